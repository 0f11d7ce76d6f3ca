"""Dates as letters print them: Western (2026年11月21日) or Japanese era (令和8年11月21日)."""

from __future__ import annotations

from datetime import date

__all__ = ["era_date", "japanese_date"]

# (first day, era name); the first year of an era is written 元年.
_ERAS: tuple[tuple[date, str], ...] = (
    (date(2019, 5, 1), "令和"),
    (date(1989, 1, 8), "平成"),
    (date(1926, 12, 25), "昭和"),
)


def era_date(day: date) -> str:
    """The date in the Japanese era calendar, e.g. 令和8年11月21日 (元年 for year 1)."""
    for start, name in _ERAS:
        if day >= start:
            year = day.year - start.year + 1
            return f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    return japanese_date(day)


def japanese_date(day: date, *, style: str = "western") -> str:
    """The date in Japanese: Western calendar by default, era calendar if asked."""
    if style == "japanese":
        return era_date(day)
    return f"{day.year}年{day.month}月{day.day}日"
