"""Shifts named in a worker's own words: days and start–end times in free text.

A worker's account in a timeline entry often says when they worked ("3月3日は8時から23時
まで", "on 3 March I worked 8am to 11pm, no break").  :func:`find_shifts` reads such text
and returns each shift it can place on a day, with the words it came from, so the
counselor can accept it as a work record.  It is deliberately strict: a time needs a
colon, 時 or am/pm ("8-23" or "from 8 to 11" are not read: too many other things look
like that), a day needs a date or "today"/"yesterday", and a sentence that speaks of
habit ("every day", "usually", 毎日, いつも) or a period ("3/1〜3/31") yields nothing,
because it does not say what happened on one day.  What was seen but not placed is
returned too, so the counselor knows what to type by hand.  Rules: docs/wages.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Shift", "Unplaced", "find_shifts"]


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags | re.IGNORECASE)  # "March", "PM", "Break" alike


DAY = 24 * 60


@dataclass(frozen=True)
class Shift:
    day: date  # the day the shift began
    start: str  # "HH:MM"
    end: str  # "HH:MM"; at or before start, or 24:00 and later: the next morning
    break_minutes: int | None  # None: the text says nothing about a break
    break_start: str | None
    text: str  # the sentence it was read from


@dataclass(frozen=True)
class Unplaced:
    """Times found that give no work record, and why (``reason`` is a code)."""

    text: str
    reason: str  # "no_day", "habit", "period", "future", "unusable", "appointment"


def _time(p: str) -> str:
    """One time of day; ``p`` prefixes the group names (a range holds two)."""
    return (
        rf"(?P<{p}next>翌日?の?|翌朝|next\s+day\s+|the\s+next\s+day\s+)?"
        rf"(?P<{p}ja>午前|午後|早朝|明け方|朝|夕方|夜|深夜)?の?\s*"
        rf"(?<![\d:/.,])(?:"
        rf"(?P<{p}h>\d{{1,2}}):(?P<{p}m>\d{{2}})(?![\d:])(?:\s*(?P<{p}ap>am|pm)\b)?"
        rf"|(?P<{p}jh>\d{{1,2}})\s*時(?!間)(?:\s*(?P<{p}jm>\d{{1,2}})\s*分|(?P<{p}half>半))?"
        rf"|(?P<{p}eh>\d{{1,2}})\s*(?P<{p}eap>am|pm)\b)"
    )


_CONNECTOR = r"\s*(?:~|〜|-|–|—|−|ー|から|より|to|till|until|through|thru)\s*"
_AFTER_END = (
    r"(?P<after>\s*\(?(?:翌日|翌朝|翌|the\s+next\s+(?:day|morning)|next\s+(?:day|morning))\)?)?"
)
_RANGE = _compile(_time("s") + _CONNECTOR + _time("e") + r"(?:\s*まで)?" + _AFTER_END)

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(?P<mon>january|february|march|april|may|june|july|august|september|october|"
          r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?")  # fmt: skip
_DATES = [
    _compile(r"(?<![\d/.-])(?P<y>20\d\d)[-/.](?P<mo>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d/])"),
    _compile(
        r"(?:(?P<y>20\d\d)\s*年|(?P<era>令和|R)\s*(?P<ey>\d{1,2}|元)\s*年)?\s*"
        r"(?P<mo>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    ),
    _compile(r"(?<![\d/.-])(?P<mo>\d{1,2})/(?P<d>\d{1,2})(?![\d/])"),
    _compile(
        r"(?<![\d:])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + _MONTH
        + r"(?:,?\s+(?P<y>20\d\d))?"
    ),
    _compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d)(?:,?\s+(?P<y>20\d\d))?"),
]
_RELATIVE = _compile(r"(?P<rel>today|yesterday|本日|今日|(?<!一)昨日|一昨日|おととい)")
_SHIFT_BY = {"today": 0, "本日": 0, "今日": 0, "yesterday": 1, "昨日": 1, "一昨日": 2,
             "おととい": 2}  # fmt: skip
_HABIT = _compile(
    r"usually|normally|every\s*day|each\s+day|always|typically|in\s+general|contract|"
    r"scheduled|supposed|promised|いつも|普段|毎日|毎朝|通常|契約|所定|予定|本来|求人|約束|平日は"
)
# The desk's own appointments are timed too ("3/5 10:00-11:00 会社と面談"): a sentence
# naming one, and no work, is not a worker's shift.  (Not 相談: "相談者によると3/7は8時から
# 23時" is the worker's account as the counselor wrote it down.)
_APPOINTMENT = _compile(
    r"面談|面会|電話|会議|打ち合わせ|打合せ|予約|来所|同行|訪問|受診|通訳|"
    r"meeting|appointment|interview|phone|call(?:ed)?\b|visit|hearing|session"
)
_WORK = _compile(r"働|勤務|仕事|出勤|退勤|労働|残業|シフト|夜勤|作業|work|shift|job|overtime")
_PERIOD_JOIN = _compile(r"\s*(?:~|〜|-|–|から|to|until|till|through)\s*$")
_SEGMENT_END = _compile(r"\n|。|;|；|(?<=[a-z)])\.(?=\s)|！|!|\?|？")

# Breaks, as a length (minutes) or as a range marked as one.
_BREAK_WORD = r"(?:休憩|昼休み|lunch|break)"
_BREAK_BEFORE = _compile(_BREAK_WORD + r"(?:\s|は|が|:|\(|（|from|time)*$")
_NOT_A_BREAK_RANGE = r"(?!\s*(?:は|が)?\s*(?:\d|なし|無し|ない|なかった|取れ|とれ))"
_BREAK_AFTER = _compile(r"^(?:は|が|\(|（)?(?:休憩|昼休み)" + _NOT_A_BREAK_RANGE)
_LENGTH = (r"(?:(?P<h>\d+(?:\.\d+)?)\s*(?:時間|h|hrs?|hours?)(?P<half>半)?"
           r"|(?P<mi>\d+)\s*(?:分|min|mins|minutes?))")  # fmt: skip
_BREAK_LENGTHS = [
    _compile(r"(?:休憩|break)(?:時間)?\s*(?:は|が|of|was|:)?\s*" + _LENGTH),
    _compile(_LENGTH + r"\s*(?:間)?(?:の)?\s*(?:of\s+)?(?:lunch\s+)?(?:休憩|break)"),
    _compile(r"(?P<hour>an?\s+hour(?:'s)?)\s+(?:lunch\s+)?break"),
    _compile(r"(?P<halfhour>half\s+an\s+hour(?:'s)?)\s+(?:lunch\s+)?break"),
    _compile(r"(?P<none>休憩(?:は|が)?(?:なし|無し|ない|なかった|取れ(?:なかった|ず)|"
               r"とれ(?:なかった|ず))|no\s+(?:lunch\s+)?break|without\s+(?:a\s+)?break)"),
]  # fmt: skip


@dataclass
class _Range:
    start: int
    end: int  # raw clock minutes as written (may pass 24:00)
    span: tuple[int, int]
    is_break: bool = False


def _minutes(match: re.Match[str], p: str) -> tuple[int, str | None, str | None] | None:
    """(minutes after midnight, am/pm, Japanese marker) of one time, or None."""
    g = match.group
    if g(p + "h") is not None:
        hour, minute, ampm = int(g(p + "h")), int(g(p + "m")), g(p + "ap")
    elif g(p + "jh") is not None:
        hour = int(g(p + "jh"))
        minute = 30 if g(p + "half") else int(g(p + "jm") or 0)
        ampm = None
    else:
        hour, minute, ampm = int(g(p + "eh")), 0, g(p + "eap")
    if minute > 59:
        return None
    ja = g(p + "ja")
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
    elif ja in ("午後", "夕方", "夜") and hour < 12:
        hour += 12
    elif ja in ("夜", "深夜") and hour == 12:
        hour = 24  # 夜12時, 深夜12時: midnight, the end of the day
    elif ja in ("午前", "朝", "早朝", "明け方") and hour > 12:
        return None
    return hour * 60 + minute, ampm, ja


def _range(match: re.Match[str]) -> _Range | None:
    start, end = _minutes(match, "s"), _minutes(match, "e")
    if start is None or end is None:
        return None
    (s, s_ap, s_ja), (e, e_ap, e_ja) = start, end
    # "午後1時から5時": the end shares the start's afternoon; "8:30am-5:30": the end is pm.
    afternoon = s_ja in ("午後", "夕方") and e + 12 * 60 > s
    morning_start = (s_ap or "").lower() == "am" and e < s
    if e_ap is None and e_ja is None and e < 12 * 60 and (afternoon or morning_start):
        e += 12 * 60
    if (match.group("enext") or match.group("after")) and s < e < DAY:
        return None  # "8:00〜翌9:00": longer than a day
    effective = e if e > s else e + DAY
    if s >= DAY or e >= 2 * DAY or not 0 < effective - s <= DAY:
        return None
    return _Range(s, e, match.span())


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _month_number(match: re.Match[str]) -> int:
    if "mon" in match.groupdict() and match.group("mon"):
        return _MONTHS.index(match.group("mon")[:3].lower()) + 1
    return int(match.group("mo"))


def _date_of(match: re.Match[str], reference: date) -> date | None:
    groups = match.groupdict()
    month, day = _month_number(match), int(match.group("d"))
    year: int | None = int(groups["y"]) if groups.get("y") else None
    if groups.get("era"):
        era_year = groups.get("ey")
        year = 2018 + (1 if era_year == "元" else int(era_year or 0))
    try:
        if year is not None:
            return date(year, month, day)
        # No year: the latest such day not after the entry (an account looks back).
        found = date(reference.year, month, day)
        return found if found <= reference else date(reference.year - 1, month, day)
    except ValueError:
        return None  # 2/30, 13/1: not a day


def _dates(text: str, masked: str, reference: date) -> list[tuple[int, int, date | None]]:
    """(start, end, day) of each date in ``masked`` (times blanked out); day None: not a day."""
    found: list[tuple[int, int, date | None]] = []
    taken = [False] * len(masked)
    for pattern in _DATES:
        for match in pattern.finditer(masked):
            a, b = match.span()
            if any(taken[a:b]) or not masked[a:b].strip():
                continue
            taken[a:b] = [True] * (b - a)
            found.append((a, b, _date_of(match, reference)))
    for match in _RELATIVE.finditer(masked):
        a, b = match.span()
        if not any(taken[a:b]):
            shift = _SHIFT_BY[match.group("rel").lower()]
            found.append((a, b, reference - timedelta(days=shift)))
    return sorted(found, key=lambda f: f[0])


def _normalise(text: str) -> str:
    # NFKC: full-width digits, colons and tildes as ASCII; "a.m." as "am".  No lowercasing
    # (the sentence is shown as written); the patterns ignore case.
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\b([ap])\.\s?m\.?", r"\1m", text, flags=re.I)


def _segments(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SEGMENT_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _break_lengths(segment: str) -> list[tuple[int, int]]:
    """(position, minutes) of each break length stated in the segment."""
    found: list[tuple[int, int]] = []
    taken: set[int] = set()
    for pattern in _BREAK_LENGTHS:
        for match in pattern.finditer(segment):
            if match.start() in taken:
                continue
            taken.update(range(*match.span()))
            g = match.groupdict()
            if g.get("none"):
                minutes = 0
            elif g.get("hour"):
                minutes = 60
            elif g.get("halfhour"):
                minutes = 30
            elif g.get("h"):
                minutes = round(float(g["h"]) * 60) + (30 if g.get("half") else 0)
            else:
                minutes = int(g["mi"])
            found.append((match.start(), minutes))
    return found


def _pair_days(
    ranges: list[_Range], dates: list[tuple[int, int, date | None]], carried: list[date | None]
) -> list[list[date | None]]:
    """The day(s) each work range belongs to: a date written before it ("3/3 8:00-23:00",
    several for "3/3と3/4は…"), or after it ("8am to 11pm on 3 March") when the sentence
    starts with a time; a sentence with no date takes the entry's last date before it."""
    if not dates:
        return [list(carried) for _ in ranges]
    before_style = dates[0][0] < ranges[0].span[0]
    result: list[list[date | None]] = []
    for i, current in enumerate(ranges):
        if before_style:
            low = ranges[i - 1].span[1] if i else -1
            days = [d for a, _b, d in dates if low <= a < current.span[0]]
        else:
            high = ranges[i + 1].span[0] if i + 1 < len(ranges) else 1 << 30
            days = [d for a, _b, d in dates if current.span[1] <= a < high]
        result.append(days)
    # A range with no date of its own shares its neighbour's ("3/3 8:00-12:00, 13:00-18:00").
    order = range(len(ranges)) if before_style else range(len(ranges) - 1, -1, -1)
    last: list[date | None] = list(carried)
    for i in order:
        if result[i]:
            last = result[i]
        else:
            result[i] = list(last)
    return result


def find_shifts(text: str, reference: date) -> tuple[list[Shift], list[Unplaced]]:
    """The shifts ``text`` places on a day; ``reference`` is the day the entry was written
    (the year of "3月3日", the day of "today"; a day after it is not taken)."""
    norm = _normalise(text)
    shifts: list[Shift] = []
    unplaced: list[Unplaced] = []
    carried: list[date | None] = []
    for a, b in _segments(norm):
        segment = norm[a:b]
        shown = segment.strip()
        matches = list(_RANGE.finditer(segment))
        ranges = [r for m in matches if (r := _range(m)) is not None]
        if len(ranges) < len(matches):
            unplaced.append(Unplaced(shown, "unusable"))  # "8:00〜翌9:00", "13pm"
        masked = list(segment)
        for m in matches:
            masked[m.start() : m.end()] = " " * (m.end() - m.start())
        dates = _dates(segment, "".join(masked), reference)
        period = {
            i for i in range(len(dates) - 1)
            if _PERIOD_JOIN.fullmatch(segment[dates[i][1] : dates[i + 1][0]] + "")
        }  # fmt: skip
        period_days = {dates[i][2] for i in period} | {dates[i + 1][2] for i in period}
        for r in ranges:
            head, tail = segment[max(0, r.span[0] - 8) : r.span[0]], segment[r.span[1] :]
            r.is_break = bool(_BREAK_BEFORE.search(head) or _BREAK_AFTER.match(tail))
        work = [r for r in ranges if not r.is_break]
        if not work:
            lengths = _break_lengths(segment)
            if lengths and shifts and shifts[-1].break_minutes is None and not dates:
                # "8:00〜23:00まで働いた。休憩なし。": the break of the shift just told.
                last = shifts[-1]
                shifts[-1] = Shift(last.day, last.start, last.end, lengths[0][1], None,
                                   f"{last.text} {shown}")  # fmt: skip
            if dates:
                carried = [d for _a, _b, d in dates[-1:]]
            continue
        if _HABIT.search(segment):
            unplaced.append(Unplaced(shown, "habit"))
            continue
        if _APPOINTMENT.search(segment) and not _WORK.search(segment):
            unplaced.append(Unplaced(shown, "appointment"))
            continue
        breaks = _assign_breaks(segment, work, [r for r in ranges if r.is_break])
        for r, days in zip(work, _pair_days(work, dates, carried), strict=True):
            if not days:
                unplaced.append(Unplaced(shown, "no_day"))
            for day in days:
                reason = _refusal(day, reference, period_days)
                if reason is not None:
                    unplaced.append(Unplaced(shown, reason))
                    continue
                assert day is not None
                minutes, break_start = breaks.get(id(r), (None, None))
                length = (r.end if r.end > r.start else r.end + DAY) - r.start
                if minutes is not None and minutes > length:
                    unplaced.append(Unplaced(shown, "unusable"))  # a break longer than the shift
                    continue
                shifts.append(Shift(day, _clock(r.start), _clock(r.end), minutes,
                                    break_start, shown))  # fmt: skip
        if dates:
            carried = [d for _a, _b, d in dates[-1:]]
    return shifts, list(dict.fromkeys(unplaced))  # one line per sentence and reason


def _refusal(day: date | None, reference: date, period_days: set[date | None]) -> str | None:
    if day is None:
        return "no_day"
    if day in period_days:
        return "period"
    if day > reference:
        return "future"
    return None


def _assign_breaks(
    segment: str, work: list[_Range], marked: list[_Range]
) -> dict[int, tuple[int | None, str | None]]:
    """Each break to the work range nearest to it (a marked range: the one containing it)."""
    out: dict[int, tuple[int | None, str | None]] = {}

    def nearest(position: int) -> _Range:
        return min(work, key=lambda r: min(abs(position - r.span[0]), abs(position - r.span[1])))

    for position, minutes in _break_lengths(segment):
        target = nearest(position)
        before, _ = out.get(id(target), (None, None))
        out[id(target)] = ((before or 0) + minutes, None)
    for b in marked:
        b_end = b.end if b.end > b.start else b.end + DAY
        for r in work:
            r_end = r.end if r.end > r.start else r.end + DAY
            start = b.start if b.start >= r.start else b.start + DAY
            if r.start <= start and start + (b_end - b.start) <= r_end:
                out[id(r)] = (b_end - b.start, _clock(start % DAY))
                break
    return out
