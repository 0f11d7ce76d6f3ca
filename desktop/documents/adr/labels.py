"""How exhibits, dates and amounts are written in ADR papers."""

from __future__ import annotations

from datetime import date, datetime

from desktop.documents.dates import era_date, japanese_date

__all__ = ["exhibit_label", "format_date", "format_datetime", "yen"]


def exhibit_label(number: int, branch: int | None = None) -> str:
    """The applicant's exhibit number: 甲第3号証, or 甲第3号証の1 for a branch."""
    if number < 1 or (branch is not None and branch < 1):
        raise ValueError("exhibit numbers and branches start at 1")
    return f"甲第{number}号証" + (f"の{branch}" if branch else "")


def format_date(value: object, style: str = "western") -> str:
    """An ISO date (or date) as 2025年4月1日 / 令和7年4月1日; other text is kept as written."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return era_date(value) if style == "japanese" else japanese_date(value)
    text = str(value or "").strip()
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        return text  # free text such as "2025年4月頃" is printed as the counselor wrote it
    rest = text[10:].lstrip("T ")
    printed = era_date(day) if style == "japanese" else japanese_date(day)
    return f"{printed} {rest[:5]}" if rest else printed


def format_datetime(value: object, style: str = "western") -> str:
    """An ISO date-time as 2025年4月1日 14:30 (minutes only)."""
    return format_date(value, style)


def yen(amount: object) -> str:
    """An amount of yen with thousands separators: 金1,234,567円."""
    try:
        number = int(str(amount))
    except ValueError:
        return str(amount)
    return f"金{number:,}円"
