"""The calculator's inputs: employment terms (JSON), day records and payslips (CSV).

Plain frozen dataclasses, checked as they are read: a bad field is one
:class:`WageInputError` naming the file, the row and the problem, and nothing is
computed from a half-read file.  Formats: docs/wages.md.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from desktop.wages.errors import WageInputError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WAGE_TYPES = ("hourly", "daily", "monthly")
ALLOWANCE_KINDS = ("family", "commuting", "separate_living", "child_education", "housing",
                   "attendance", "temporary", "over_one_month", "other")  # fmt: skip
PAYSLIP_KINDS = ("gross", "premium_paid", "deduction", "net")
DEDUCTION_BASES = ("statutory", "agreement", "none")
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_SHIFT_MINUTES = 24 * 60


@dataclass(frozen=True)
class Allowance:
    label: str
    kind: str
    monthly_amount: Decimal


@dataclass(frozen=True)
class Terms:
    prefecture: str
    wage_type: str
    wage_amount: Decimal
    allowances: tuple[Allowance, ...]
    scheduled_hours_per_day: Decimal
    scheduled_hours_per_month: Decimal
    statutory_holiday: int  # date.weekday(): Monday 0 … Sunday 6
    week_starts_on: int
    weekly_limit_special: bool  # the 44-hour special measure applies to the workplace
    enterprise: str  # "sme" or "large": the 60-hour rule reached SMEs later
    period_closing_day: int  # 1-31; 31 (or more than the month has) means the month's end
    pay_day: int
    pay_month_offset: int  # 0: paid in the closing month, 1: the month after
    left_on: date | None


@dataclass(frozen=True)
class WorkRecord:
    row: int  # the CSV line, so every figure can point back at it
    day: date  # the day the shift began: a shift crossing midnight belongs to it
    start_minute: int  # minutes after that day's midnight
    end_minute: int  # may pass 1440 for a shift ending after midnight
    break_minutes: int
    break_start_minute: int | None


@dataclass(frozen=True)
class Deduction:
    row: int
    label: str
    amount: Decimal
    basis: str  # statutory, agreement (a labour-management agreement covers it) or none


@dataclass(frozen=True)
class Payslip:
    period_end: date
    gross: Decimal
    premium_paid: Decimal  # the part of gross paid as overtime, holiday or late-night pay
    deductions: tuple[Deduction, ...]
    net: Decimal | None
    rows: tuple[int, ...]


def _bad(file: str, problem: str, row: int | None = None) -> WageInputError:
    where = f"{file}, row {row}" if row is not None else file
    return WageInputError(f"{where}: {problem}", file=file, row=row, problem=problem)


def _amount(file: str, value: object, what: str, row: int | None = None) -> Decimal:
    text = str(value).replace(",", "").replace("¥", "").strip()
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise _bad(file, f"{what} '{value}' is not an amount", row) from None
    if not amount.is_finite() or amount < 0:
        raise _bad(file, f"{what} '{value}' is not an amount of 0 or more", row)
    return amount


def _weekday(file: str, value: object, what: str) -> int:
    name = str(value).strip().lower()
    if name not in WEEKDAYS:
        raise _bad(file, f"{what} '{value}' is not a weekday name like sunday")
    return WEEKDAYS.index(name)


def _day_number(file: str, value: object, what: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _bad(file, f"{what} must be a whole number from {low} to {high}")
    return value


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _bad(path.name, "the file is larger than 10 MB")
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise _bad(path.name, "the file does not exist") from None
    except UnicodeDecodeError:
        raise _bad(path.name, "the file is not UTF-8 text") from None
    except OSError as error:
        raise _bad(path.name, f"the file cannot be read ({error.strerror})") from None


def parse_terms(data: Mapping[str, Any], file: str = "terms") -> Terms:
    """Check a terms object (as read from JSON) and build :class:`Terms`."""
    wage = data.get("wage")
    if not isinstance(wage, dict) or wage.get("type") not in WAGE_TYPES:
        raise _bad(file, f"'wage' needs a type ({', '.join(WAGE_TYPES)}) and an amount")
    allowances = []
    for raw in data.get("allowances") or ():
        if not isinstance(raw, dict) or raw.get("kind") not in ALLOWANCE_KINDS:
            raise _bad(file, f"each allowance needs a kind ({', '.join(ALLOWANCE_KINDS)})")
        label = str(raw.get("label") or raw["kind"])
        amount = _amount(file, raw.get("amount"), f"allowance '{label}'")
        allowances.append(Allowance(label, raw["kind"], amount))
    per_month = data.get("scheduled_hours_per_month")
    if per_month is None and wage["type"] != "hourly":
        raise _bad(file, "'scheduled_hours_per_month' is needed for a daily or monthly wage")
    month_hours = _amount(file, per_month if per_month is not None else "0",
                          "scheduled_hours_per_month")  # fmt: skip
    if (wage["type"] == "monthly" or allowances) and month_hours == 0:
        raise _bad(file, "'scheduled_hours_per_month' must be more than 0")
    day_hours = _amount(file, data.get("scheduled_hours_per_day", "8"), "scheduled_hours_per_day")
    if day_hours == 0 or day_hours > 24:
        raise _bad(file, "'scheduled_hours_per_day' must be more than 0 and at most 24")
    enterprise = data.get("enterprise", "sme")
    if enterprise not in ("sme", "large"):
        raise _bad(file, "'enterprise' must be sme or large")
    left_on = data.get("left_on")
    try:
        left = date.fromisoformat(left_on) if left_on else None
    except (TypeError, ValueError):
        raise _bad(file, f"'left_on' '{left_on}' is not a date like 2025-03-31") from None
    prefecture = str(data.get("prefecture") or "").strip().lower()
    if not prefecture:
        raise _bad(file, "'prefecture' (the workplace's, e.g. tokyo) is missing")
    return Terms(
        prefecture=prefecture, wage_type=wage["type"],
        wage_amount=_amount(file, wage.get("amount"), "the wage amount"),
        allowances=tuple(allowances), scheduled_hours_per_day=day_hours,
        scheduled_hours_per_month=month_hours,
        statutory_holiday=_weekday(file, data.get("statutory_holiday", "sunday"),
                                   "statutory_holiday"),
        week_starts_on=_weekday(file, data.get("week_starts_on", "sunday"), "week_starts_on"),
        weekly_limit_special=bool(data.get("weekly_limit_special", False)),
        enterprise=enterprise,
        period_closing_day=_day_number(file, data.get("period_closing_day", 31),
                                       "'period_closing_day'", 1, 31),
        pay_day=_day_number(file, data.get("pay_day", 25), "'pay_day'", 1, 31),
        pay_month_offset=_day_number(file, data.get("pay_month_offset", 1),
                                     "'pay_month_offset'", 0, 2),
        left_on=left,
    )  # fmt: skip


def read_terms(path: Path) -> Terms:
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as error:
        raise _bad(path.name, f"not valid JSON (line {error.lineno})") from None
    if not isinstance(data, dict):
        raise _bad(path.name, "the file must hold one JSON object")
    return parse_terms(data, path.name)


def _rows(text: str, file: str, required: Iterable[str]) -> list[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or ()]
    missing = [c for c in required if c not in header]
    if missing:
        raise _bad(file, f"the header lacks the column(s) {', '.join(missing)}")
    reader.fieldnames = header
    rows = []
    try:
        for values in reader:
            if None in values:
                raise _bad(file, "the row has more fields than the header", reader.line_num)
            if any((v or "").strip() for v in values.values()):
                rows.append((reader.line_num, {k: (v or "").strip() for k, v in values.items()}))
    except csv.Error as error:
        raise _bad(file, f"not readable CSV ({error})", reader.line_num) from None
    return rows


def _clock(file: str, text: str, row: int, what: str, latest: int) -> int:
    hours, sep, minutes = text.partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise _bad(file, f"{what} '{text}' is not a time like 09:00", row)
    value = int(hours) * 60 + int(minutes)
    if int(minutes) > 59 or value > latest:
        raise _bad(file, f"{what} '{text}' is not a time of day", row)
    return value


def _row_date(file: str, text: str, row: int, what: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _bad(file, f"{what} '{text}' is not a date like 2025-04-01", row) from None


def parse_records(text: str, file: str = "records") -> list[WorkRecord]:
    """Day records: ``date,start,end[,break_minutes][,break_start]``; end ≤ start means
    the shift ended after midnight (so does an end like 26:00)."""
    records = []
    for row, values in _rows(text, file, ("date", "start", "end")):
        day = _row_date(file, values["date"], row, "date")
        start = _clock(file, values["start"], row, "start", 24 * 60 - 1)
        end = _clock(file, values["end"], row, "end", 48 * 60 - 1)
        if end <= start:
            end += 24 * 60
        if end - start > MAX_SHIFT_MINUTES:
            raise _bad(file, "the shift is longer than 24 hours", row)
        breaks = values.get("break_minutes") or "0"
        if not breaks.isdigit() or int(breaks) > end - start:
            raise _bad(file, f"break_minutes '{breaks}' is not a number of minutes in the shift",
                       row)  # fmt: skip
        break_start = None
        if values.get("break_start"):
            break_start = _clock(file, values["break_start"], row, "break_start", 48 * 60 - 1)
            if break_start < start:
                break_start += 24 * 60
            if not start <= break_start <= end - int(breaks):
                raise _bad(file, "the break does not fall inside the shift", row)
        records.append(WorkRecord(row, day, start, end, int(breaks), break_start))
    return records


def read_records(path: Path) -> list[WorkRecord]:
    return parse_records(_read_text(path), path.name)


def parse_payslips(text: str, file: str = "payslips") -> dict[date, Payslip]:
    """Payslips: ``period_end,kind,label,amount[,basis]``, one row per item; one gross per
    period, and a net, when given, must equal gross minus the deductions."""
    items: dict[date, list[tuple[int, str, str, Decimal, str]]] = {}
    for row, values in _rows(text, file, ("period_end", "kind", "amount")):
        end = _row_date(file, values["period_end"], row, "period_end")
        kind = values["kind"].lower()
        if kind not in PAYSLIP_KINDS:
            raise _bad(file, f"kind '{values['kind']}' is not one of {', '.join(PAYSLIP_KINDS)}",
                       row)  # fmt: skip
        basis = (values.get("basis") or "none").lower()
        if kind == "deduction" and basis not in DEDUCTION_BASES:
            raise _bad(file, f"basis '{basis}' is not one of {', '.join(DEDUCTION_BASES)}", row)
        amount = _amount(file, values["amount"], "amount", row)
        items.setdefault(end, []).append((row, kind, values.get("label") or kind, amount, basis))
    slips = {}
    for end, rows in items.items():
        gross = [r for r in rows if r[1] == "gross"]
        nets = [r for r in rows if r[1] == "net"]
        if len(gross) != 1 or len(nets) > 1:
            raise _bad(file, f"the period ending {end} needs one gross (and at most one net)",
                       rows[0][0])  # fmt: skip
        deductions = tuple(Deduction(r[0], r[2], r[3], r[4]) for r in rows if r[1] == "deduction")
        net = nets[0][3] if nets else None
        if net is not None and net != gross[0][3] - sum((d.amount for d in deductions), Decimal()):
            raise _bad(file, f"for the period ending {end}, net is not gross minus the "
                       "deductions", nets[0][0])  # fmt: skip
        premium = sum((r[3] for r in rows if r[1] == "premium_paid"), Decimal())
        slips[end] = Payslip(end, gross[0][3], premium, deductions, net,
                             tuple(r[0] for r in rows))  # fmt: skip
    return slips


def read_payslips(path: Path) -> dict[date, Payslip]:
    return parse_payslips(_read_text(path), path.name)
