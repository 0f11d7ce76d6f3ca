"""Wage benchmark: ``python -m tests.bench.wages``.

Three years of daily records (six shifts a week, some past 22:00 and past 8 hours,
Sundays off) for an hourly worker in Tokyo, with a payslip per month.  ``wages_calc_ms``
is the calculation alone (records already parsed), best of five; the baseline measured
in the same run, ``parse_records_ms``, is reading the same CSV text into records.
Target: wages_calc_ms ≤ 100.  Prints one JSON object.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from desktop.wages.calculator import calculate
from desktop.wages.inputs import parse_payslips, parse_records, parse_terms
from desktop.wages.law import shipped_law
from tests.bench.timing import best_ms


def _records_csv(first: date, days: int) -> str:
    lines = ["date,start,end,break_minutes"]
    for offset in range(days):
        day = first + timedelta(days=offset)
        if day.weekday() == 6:
            continue
        end = ("23:30", "19:00", "18:00")[offset % 3]
        lines.append(f"{day},09:00,{end},60")
    return "\n".join(lines) + "\n"


def main() -> None:
    law = shipped_law()
    first = date(2022, 10, 1)
    text = _records_csv(first, 3 * 365)
    records = parse_records(text)
    slips = parse_payslips("period_end,kind,label,amount\n" + "".join(
        f"{date(2022 + (10 + m) // 12, (10 + m) % 12 + 1, 1) - timedelta(days=1)},gross,,250000\n"
        for m in range(36)))  # fmt: skip
    terms = parse_terms({"prefecture": "tokyo", "wage": {"type": "hourly", "amount": "1200"}})
    print(json.dumps({
        "records": len(records),
        "parse_records_ms": best_ms(lambda: parse_records(text)),
        "wages_calc_ms": best_ms(lambda: calculate(terms, records, slips, law, date(2026, 1, 1))),
        "target_wages_calc_ms": 100,
    }))  # fmt: skip


if __name__ == "__main__":
    main()
