"""Cell values of an import file, read into the values the case service stores.

Each ``parse_*`` takes a raw cell (text from CSV; text, numbers or dates from Excel) and
returns the stored value, or raises :class:`BadValue` saying what is wrong in words NGO
staff can act on (the importer adds the row and the column).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from desktop.cases.import_codes import (
    COUNTRY_CODES,
    COUNTRY_LOOKUP,
    GENDER_LOOKUP,
    LANGUAGE_CODES,
    LANGUAGE_HINTS,
    LANGUAGE_LOOKUP,
    NUMBERED_STATUS,
    RESIDENCE_LOOKUP,
    STATUS_LOOKUP,
    TOPIC_LOOKUP,
    code_key,
    key,
)
from desktop.cases.model import SUBTOPICS, CaseStatus, Gender, ResidenceStatus, Topic

__all__ = [
    "BadValue",
    "as_text",
    "is_blank",
    "parse_card_number",
    "parse_date",
    "parse_flags",
    "parse_gender",
    "parse_katakana",
    "parse_languages",
    "parse_nationality",
    "parse_phone",
    "parse_residence_status",
    "parse_status",
    "parse_text",
    "parse_topics",
    "quote",
]


def quote(value: object) -> str:
    """A bad value, quoted briefly for an error message."""
    text = " ".join(str(value).split())
    if len(text) > 40:
        text = text[:39] + "…"
    return f"'{text}'"


class BadValue(Exception):
    """A cell holds a value its column cannot take; ``problem`` says why."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value: object) -> str:
    """A cell as trimmed text; whole numbers from Excel lose their '.0'."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def _split(text: str, extra: str = "") -> list[str]:
    """Items of a list cell: separated by ';', ',', '、', line breaks or ``extra``."""
    parts = re.split(f"[;,、\n\r{re.escape(extra)}]+", unicodedata.normalize("NFKC", text))
    return [part.strip() for part in parts if part.strip()]


# --- value parsers: raw cell -> stored value, or BadValue -----------------------------


def parse_text(value: object) -> str:
    return unicodedata.normalize("NFC", as_text(value))


def parse_phone(value: object) -> str:
    return as_text(value)


def parse_katakana(value: object) -> str:
    # NFKC turns half-width ｶﾀｶﾅ into full-width, so searches find both.
    return unicodedata.normalize("NFKC", as_text(value))


_ISO_DATE = re.compile(
    r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})"  # 2025-03-31, 2025/3/31, 2025.03.31
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"  # an optional time, ignored
)
_JA_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_DATE_HINT = "write dates like 2025-03-31, 2025/03/31, 2025.03.31 or 2025年3月31日"


def _plausible(day: date) -> str:
    """ISO text of a date between 1900 and 2100; other years are typing mistakes."""
    if not 1900 <= day.year <= 2100:
        raise BadValue(f"'{day.isoformat()}' is not between the years 1900 and 2100")
    return day.isoformat()


def parse_date(value: object) -> str:
    if isinstance(value, datetime):
        return _plausible(value.date())
    if isinstance(value, date):
        return _plausible(value)
    if isinstance(value, int | float | time | timedelta):  # bool is an int too
        raise BadValue(f"{quote(value)} is not a date; format the cell as a date or {_DATE_HINT}")
    text = unicodedata.normalize("NFKC", as_text(value))
    iso = _ISO_DATE.match(text)
    ja = _JA_DATE.match(text)
    if iso:
        parts = (iso.group(1), iso.group(3), iso.group(4))
    elif ja:
        parts = (ja.group(1), ja.group(2), ja.group(3))
    else:
        raise BadValue(f"{quote(text)} is not a date; {_DATE_HINT}")
    try:
        return _plausible(date(int(parts[0]), int(parts[1]), int(parts[2])))
    except ValueError:
        raise BadValue(f"{quote(text)} is not a real date (there is no such day)") from None


def parse_nationality(value: object) -> str:
    text = as_text(value)
    folded = unicodedata.normalize("NFKC", text).strip()
    if re.fullmatch(r"[A-Za-z]{2}", folded):
        code = folded.upper()
        if code in COUNTRY_CODES:
            return code
        raise BadValue(f"{quote(text)} is not an ISO country code (such as VN, ID or PH)")
    code_or_none = COUNTRY_LOOKUP.get(key(text))
    if code_or_none is None:
        raise BadValue(
            f"unknown nationality {quote(text)}; use a two-letter ISO country code "
            "such as VN, ID, PH, NP, MM or CN"
        )
    return code_or_none


_LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})((?:-[A-Za-z0-9]{1,8})*)$")


def _language_code(item: str) -> str:
    named = LANGUAGE_LOOKUP.get(key(item))
    if named:
        return named
    match = _LANGUAGE_TAG.match(item.replace("_", "-"))
    if not match:
        raise BadValue(
            f"unknown language {quote(item)}; use codes such as vi, id, tl, ne, my or zh, "
            "separated by ';'"
        )
    primary = match.group(1).lower()
    if len(primary) == 2 and primary not in LANGUAGE_CODES:
        hint = LANGUAGE_HINTS.get(primary)
        better = f" (did you mean {hint}?)" if hint else ""
        raise BadValue(f"{quote(item)} is not a language code{better}")
    subtags = [primary]
    for sub in match.group(2).split("-")[1:]:
        if len(sub) == 4 and sub.isalpha():
            subtags.append(sub.title())  # script, e.g. zh-Hant
        elif (len(sub) == 2 and sub.isalpha()) or (len(sub) == 3 and sub.isdigit()):
            subtags.append(sub.upper())  # region, e.g. pt-BR
        else:
            subtags.append(sub.lower())
    return "-".join(subtags)


def parse_languages(value: object) -> list[str]:
    codes: list[str] = []
    for item in _split(as_text(value), extra="・/"):  # ベトナム語・日本語
        code = _language_code(item)
        if code not in codes:
            codes.append(code)
    return codes


def _coded(
    lookup: dict[str, str], what: str, allowed: type[StrEnum], names: str = ""
) -> Callable[[object], str]:
    """A parser for a code list: a code, or one of its known names."""
    codes = [member.value for member in allowed]
    choices = ", ".join(codes) + (f" (or Japanese names such as {names})" if names else "")

    def parse(value: object) -> str:
        text = as_text(value)
        code = code_key(text)
        if code in codes:
            return code
        named = lookup.get(key(text))
        if named is None:
            raise BadValue(f"unknown {what} {quote(text)}; use one of: {choices}")
        return named

    return parse


parse_gender = _coded(GENDER_LOOKUP, "gender", Gender, "女性 and 男性")
parse_status = _coded(STATUS_LOOKUP, "status", CaseStatus, "対応中")
_topic_category = _coded(TOPIC_LOOKUP, "topic", Topic, "労働 and 生活")
_plain_residence = _coded(
    RESIDENCE_LOOKUP, "residence status", ResidenceStatus, "技能実習1号 and 特定技能1号"
)

_RESIDENCE_NUMBERED = {
    ("技能実習", "1"): ResidenceStatus.TECHNICAL_INTERN_1,
    ("技能実習", "2"): ResidenceStatus.TECHNICAL_INTERN_2,
    ("技能実習", "3"): ResidenceStatus.TECHNICAL_INTERN_3,
    ("特定技能", "1"): ResidenceStatus.SPECIFIED_SKILLED_1,
    ("特定技能", "2"): ResidenceStatus.SPECIFIED_SKILLED_2,
}


def parse_residence_status(value: object) -> str:
    text = as_text(value)
    numbered = NUMBERED_STATUS.match(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))
    if numbered:
        status = _RESIDENCE_NUMBERED.get((numbered.group(1), numbered.group(2)))
        if status is None:
            raise BadValue(f"unknown residence status {quote(text)}")
        return status.value
    return _plain_residence(value)


def parse_card_number(value: object) -> str:
    text = as_text(value)
    number = re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", text).upper())
    if not re.fullmatch(r"[A-Z]{2}\d{8}[A-Z]{2}", number):
        raise BadValue(
            f"{quote(text)} is not a residence card number "
            "(2 letters, 8 digits, 2 letters, like AB12345678CD)"
        )
    return number


def parse_topics(value: object) -> list[dict[str, object]]:
    topics: list[dict[str, object]] = []
    for item in _split(as_text(value)):
        category_text, _, sub_text = item.partition(":")
        category = _topic_category(category_text)
        topic: dict[str, object] = {"category": category}
        if sub_text.strip():
            subtopic = code_key(sub_text)
            allowed = SUBTOPICS[Topic(category)]
            if not allowed:
                raise BadValue(
                    f"{quote(sub_text.strip())} cannot be a sub-topic: {category} has none"
                )
            if subtopic not in allowed:
                raise BadValue(
                    f"{quote(sub_text.strip())} is not a sub-topic of {category}; "
                    f"its sub-topics are: {', '.join(allowed)}"
                )
            topic["subtopic"] = subtopic
        topic["status"] = "open"
        if topic not in topics:
            topics.append(topic)
    return topics


def parse_flags(value: object) -> list[str]:
    flags: list[str] = []
    for item in _split(as_text(value)):
        if item not in flags:
            flags.append(item)
    return flags
