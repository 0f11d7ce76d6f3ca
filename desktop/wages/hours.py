"""Worked minutes sorted by kind: ordinary, overtime (daily or weekly), over 60 hours of
overtime in a pay period, statutory holiday, each by day and by late night.

Conventions (docs/wages.md): a shift belongs to the day it began, for the daily limit
and the week; minutes that fall on the statutory holiday's calendar day are holiday work
(which is never overtime and does not count toward the weekly or 60-hour totals); the
60 hours are counted per pay period; a break given only as a length is placed in the
middle of the shift.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.wages.inputs import Terms, WorkRecord
from desktop.wages.law import LawBook

DAY = 24 * 60
NIGHT_END = 5 * 60  # 05:00
NIGHT_START = 22 * 60  # 22:00

ORDINARY, ORDINARY_NIGHT = "ordinary", "ordinary_night"
OVERTIME, OVERTIME_NIGHT = "overtime", "overtime_night"
OVER60, OVER60_NIGHT = "overtime_over60", "overtime_over60_night"
HOLIDAY, HOLIDAY_NIGHT = "holiday", "holiday_night"
KINDS = (ORDINARY, ORDINARY_NIGHT, OVERTIME, OVERTIME_NIGHT, OVER60, OVER60_NIGHT, HOLIDAY,
         HOLIDAY_NIGHT)  # fmt: skip
_NIGHT_OF = {ORDINARY: ORDINARY_NIGHT, OVERTIME: OVERTIME_NIGHT, OVER60: OVER60_NIGHT,
             HOLIDAY: HOLIDAY_NIGHT}  # fmt: skip


def _closing(year: int, month: int, closing_day: int) -> date:
    return date(year, month, min(closing_day, calendar.monthrange(year, month)[1]))


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def period_of(day: date, closing_day: int) -> tuple[date, date]:
    """The pay period (first day, last day) holding ``day``."""
    end = _closing(day.year, day.month, closing_day)
    if day > end:
        end = _closing(*_add_months(day.year, day.month, 1), closing_day)
    before = _closing(*_add_months(end.year, end.month, -1), closing_day)
    return before + timedelta(days=1), end


def pay_date(period_end: date, terms: Terms) -> date:
    year, month = _add_months(period_end.year, period_end.month, terms.pay_month_offset)
    return date(year, month, min(terms.pay_day, calendar.monthrange(year, month)[1]))


@dataclass
class PeriodHours:
    """What the records of one pay period add up to, minute by minute."""

    start: date
    end: date
    minutes: dict[tuple[date, str], int] = field(default_factory=lambda: defaultdict(int))
    rows: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    # minutes per (input row, kind): the calculation sheet prints one line per record
    row_minutes: dict[tuple[int, str], int] = field(default_factory=lambda: defaultdict(int))
    days_worked: set[date] = field(default_factory=set)  # non-holiday days with work
    rule_ids: set[str] = field(default_factory=set)

    def total(self, kind: str) -> int:
        return sum(m for (_, k), m in self.minutes.items() if k == kind)


def _worked_intervals(record: WorkRecord) -> list[tuple[int, int]]:
    if not record.break_minutes:
        return [(record.start_minute, record.end_minute)]
    start = record.break_start_minute
    if start is None:
        start = record.start_minute + (record.end_minute - record.start_minute
                                       - record.break_minutes) // 2  # fmt: skip
    stop = start + record.break_minutes
    return [(a, b) for a, b in ((record.start_minute, start), (stop, record.end_minute)) if b > a]


def _pieces(a: int, b: int) -> Iterable[tuple[int, int]]:
    """Cut [a, b) at midnight, 05:00 and 22:00 so each piece is one day and one kind of hour."""
    while a < b:
        base = a - a % DAY
        cut = min(x for x in (base + NIGHT_END, base + NIGHT_START, base + DAY) if x > a)
        yield a, min(b, cut)
        a = min(b, cut)


def _week_of(day: date, week_starts_on: int) -> date:
    return day - timedelta(days=(day.weekday() - week_starts_on) % 7)


def classify(records: Iterable[WorkRecord], terms: Terms, law: LawBook) -> dict[date, PeriodHours]:
    """Sort every worked minute into kinds, per pay period (keyed by its last day)."""
    periods: dict[date, PeriodHours] = {}
    daily_used: dict[date, int] = defaultdict(int)
    weekly_used: dict[date, int] = defaultdict(int)
    overtime_used: dict[date, int] = defaultdict(int)
    limits: dict[date, tuple[int, int, set[str]]] = {}
    weekly_topic = "hours.weekly_limit" + ("_special" if terms.weekly_limit_special else "")
    for record in sorted(records, key=lambda r: (r.day, r.start_minute)):
        start, end = period_of(record.day, terms.period_closing_day)
        period = periods.get(end) or periods.setdefault(end, PeriodHours(start, end))
        if record.day not in limits:
            daily = law.require("hours.daily_limit", record.day)
            weekly = law.require(weekly_topic, record.day)
            limits[record.day] = (int(daily.decimal() * 60), int(weekly.decimal() * 60),
                                  {daily.id, weekly.id})  # fmt: skip
        daily_limit, weekly_limit, limit_ids = limits[record.day]
        week = _week_of(record.day, terms.week_starts_on)
        for a, b in (p for span in _worked_intervals(record) for p in _pieces(*span)):
            day = record.day + timedelta(days=a // DAY)
            night = a % DAY < NIGHT_END or a % DAY >= NIGHT_START
            length = b - a
            if day.weekday() == terms.statutory_holiday:
                parts = {HOLIDAY: length}
            else:
                period.days_worked.add(record.day)
                period.rule_ids |= limit_ids
                within = max(0, min(length, daily_limit - daily_used[record.day],
                                    weekly_limit - weekly_used[week]))  # fmt: skip
                daily_used[record.day] += length
                weekly_used[week] += within
                overtime = length - within
                over60 = 0
                rule = law.rule("premium.overtime_over_60h", day, terms.enterprise)
                if rule is not None:
                    over60 = min(overtime, max(0, overtime_used[end] + overtime - 60 * 60))
                    if over60:
                        period.rule_ids.add(rule.id)
                overtime_used[end] += overtime
                parts = {ORDINARY: within, OVERTIME: overtime - over60, OVER60: over60}
            for kind, minutes in parts.items():
                if minutes:
                    kind = _NIGHT_OF[kind] if night else kind
                    period.minutes[(day, kind)] += minutes
                    period.rows[kind].add(record.row)
                    period.row_minutes[(record.row, kind)] += minutes
    return periods
