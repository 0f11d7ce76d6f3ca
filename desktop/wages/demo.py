"""Demo wage data: a few labour cases get employment terms, daily work records and payslips.

So that the demo shows what the Wages tab, the calculation sheet, "use as the claim" and My
work's expiring claims do, a handful of synthetic labour cases (the ADR matters' cases first)
get the wage inputs a counselor would type or import: a monthly wage that falls below the
prefecture's minimum wage once hours are counted, long days with overtime and some late
nights, a worked statutory holiday now and then, and payslips with a "management fee"
deducted without any agreement.  The first two cases started work long enough ago that their
earliest claims expire within 30 and 90 days of ``today``, so the legal clock has something
to warn about; the first also has a consultation in which the worker tells the hours of two
more days, for "Draft from timeline…".  Everything is deterministic for the same vault
contents, ``seed`` and ``today``, and the inputs go through the same checks as an import
(``CaseService.set_wages``).
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

from desktop.cases.model import PartyRole
from desktop.cases.service import CaseDetails, CaseService

__all__ = ["add_demo_wages"]

MAX_CASES = 6
MONTHLY_WAGE = 162_000
# (prefecture key in resources/law/minimum_wages.json, months of records)
PLACES = [("aichi", 14), ("gifu", 12), ("ibaraki", 6), ("hiroshima", 5), ("osaka", 4),
          ("tokyo", 3)]  # fmt: skip
# How far from ``today`` the first two cases' earliest claims expire (days).
FIRST_EXPIRIES = (20, 70)


def _month_start(day: date, months_back: int) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _first_month(today: date, index: int, months: int) -> date:
    """The first month of records: for the first two cases, the month whose pay date
    (the 25th of the next month) plus three years falls FIRST_EXPIRIES days from today."""
    if index < len(FIRST_EXPIRIES):
        pay_date = today + timedelta(days=FIRST_EXPIRIES[index])
        pay_date = pay_date.replace(year=pay_date.year - 3)
        return _month_start(pay_date, 1)
    return _month_start(today, months)


def _records(rng: random.Random, first: date, months: int) -> str:
    lines = ["date,start,end,break_minutes,break_start"]
    day, last = first, _month_end(_month_start(first, -(months - 1)))
    while day <= last:
        # Monday to Friday; every other Saturday; a Sunday (the statutory holiday) now and then.
        chance = {5: 0.5, 6: 0.1}.get(day.weekday(), 1.0)
        if rng.random() < chance:
            start = rng.choice(("07:30", "08:00", "08:00", "08:00"))
            # Mostly an hour or two past the scheduled 17:00; a late night now and then.
            end = rng.choice(("17:00", "18:00", "18:00", "19:00", "19:00", "20:00", "22:30"))
            lines.append(f"{day.isoformat()},{start},{end},60,12:00")
        day += timedelta(days=1)
    return "\n".join(lines) + "\n"


def _payslips(rng: random.Random, first: date, months: int) -> str:
    lines = ["period_end,kind,label,amount,basis"]
    for n in range(months):
        end = _month_end(_month_start(first, -n)).isoformat()
        overtime_paid = rng.choice((0, 0, 8_000, 12_000))
        gross = MONTHLY_WAGE + overtime_paid
        deductions = [("所得税", 3_000, "statutory"), ("寮費", 45_000, "agreement"),
                      ("管理費", 20_000, "none"), ("水道光熱費", 8_500, "agreement")]  # fmt: skip
        lines.append(f"{end},gross,,{gross},")
        if overtime_paid:
            lines.append(f"{end},premium_paid,残業手当,{overtime_paid},")
        lines.extend(f"{end},deduction,{label},{amount},{basis}"
                     for label, amount, basis in deductions)  # fmt: skip
        lines.append(f"{end},net,,{gross - sum(a for _, a, _ in deductions)},")
    return "\n".join(lines) + "\n"


def _terms(prefecture: str) -> dict[str, object]:
    return {
        "prefecture": prefecture,
        "wage": {"type": "monthly", "amount": str(MONTHLY_WAGE)},
        "allowances": [],
        "scheduled_hours_per_day": "8",
        "scheduled_hours_per_month": "173",
        "statutory_holiday": "sunday",
        "week_starts_on": "sunday",
        "weekly_limit_special": False,
        "enterprise": "sme",
        "period_closing_day": 31,
        "pay_day": 25,
        "pay_month_offset": 1,
    }


def _account_entry(records_end: date) -> dict[str, object]:
    """A consultation in which the worker tells the hours of two days after the records
    end: what "Draft from timeline…" turns into work records."""
    month = _month_start(records_end, -1)
    first, second = month.replace(day=6), month.replace(day=7)
    note = (f"本人の話：{first.month}月{first.day}日は8時から22時まで働いた（休憩1時間）。"
            f"{second.month}月{second.day}日も8:00〜21:30、休憩は1時間。"
            "タイムカードの写しはない。")  # fmt: skip
    return {"occurred_at": f"{month.replace(day=10).isoformat()}T15:00", "kind": "consultation",
            "channel": "phone", "language": "ja", "minutes": 20, "note": note}  # fmt: skip


def _labour_cases(service: CaseService) -> list[CaseDetails]:
    """Cases naming an employer, those with an ADR matter first, in reference order."""
    found = []
    for row in sorted(service.list_cases(), key=lambda r: r.ref):
        view = service.get_case(row.case_id)
        roles = {str(p.data.get("role")) for p in view.parties}
        if PartyRole.EMPLOYER.value in roles and view.worker:
            found.append(view)
    found.sort(key=lambda v: not v.adr_matters)  # stable: reference order within each
    return found[:MAX_CASES]


def add_demo_wages(service: CaseService, *, today: date, seed: int = 1) -> int:
    """Give a few demo labour cases wage inputs; returns how many cases got them."""
    added = 0
    for index, view in enumerate(_labour_cases(service)):
        if view.wages is not None:
            continue  # running the demo twice must not replace what is there
        prefecture, months = PLACES[index % len(PLACES)]
        rng = random.Random(f"{seed}:{view.ref}")
        first = _first_month(today, index, months)
        service.set_wages(view.case_id, {
            "terms": _terms(prefecture),
            "records": _records(rng, first, months),
            "payslips": _payslips(rng, first, months),
        })  # fmt: skip
        if index == 0:
            last = _month_end(_month_start(first, -(months - 1)))
            service.add_timeline_entry(view.case_id, _account_entry(last))
        added += 1
    return added
