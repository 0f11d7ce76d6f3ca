"""Worked examples computed by hand, every intermediate figure written out.

Each example runs the real calculator on the shipped rule files (resources/law/).
Minimum wages used: Tokyo ¥1,163 from 2024-10-01 and ¥1,226 from 2025-10-03, ¥1,072 in
FY2022; Osaka ¥1,114 from 2024-10-01.  Hours are exact to the minute; premiums are
totalled per period and rounded half up to the yen.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.wages.calculator import PeriodResult, WageClaim, calculate
from desktop.wages.inputs import parse_payslips, parse_records, parse_terms
from desktop.wages.law import LAW_DIR, load_law, shipped_law

HEADER = "date,start,end,break_minutes,break_start\n"


def _claim(records: str, until: date, payslips: str = "", **terms: Any) -> WageClaim:
    data: dict[str, Any] = {"prefecture": "tokyo", "wage": {"type": "hourly", "amount": "1200"}}
    data.update(terms)
    slips = parse_payslips("period_end,kind,label,amount,basis\n" + payslips)
    return calculate(parse_terms(data), parse_records(HEADER + records), slips, shipped_law(),
                     until)  # fmt: skip


def _yen(period: PeriodResult, name: str) -> Decimal:
    return period.figures[name].amount


def test_monthly_wage_below_the_minimum_wage() -> None:
    # ¥180,000 a month for 170 scheduled hours = ¥1,058.82 an hour < Tokyo ¥1,163.
    # Shortfall = 170 h × ¥1,163 − ¥180,000 = ¥197,710 − ¥180,000 = ¥17,710.
    claim = _claim("2025-04-01,09:00,17:00,60,\n", date(2025, 6, 1),
                   wage={"type": "monthly", "amount": "180000"}, scheduled_hours_per_month="170")  # fmt: skip
    (period,) = claim.periods
    assert _yen(period, "contract_pay") == 180000
    assert _yen(period, "minimum_wage_shortfall") == 17710
    assert "minimum_wage.tokyo.2024" in period.figures["minimum_wage_shortfall"].rule_ids
    assert _yen(period, "amount_due") == 197710  # = 170 h × ¥1,163


def test_hourly_worker_with_daily_overtime() -> None:
    # Osaka ¥1,200/h; 09:00-20:00 less 60 min = 10 h: 8 h ordinary, 2 h overtime.
    # Ordinary 8 × 1,200 = 9,600; overtime 2 × 1,200 × 1.25 = 3,000; due 12,600.
    claim = _claim("2025-04-01,09:00,20:00,60,\n", date(2025, 6, 1), prefecture="osaka")
    (period,) = claim.periods
    assert period.hours == {"ordinary": 8, "overtime": 2}
    assert _yen(period, "contract_pay") == 9600
    assert _yen(period, "premium_overtime") == 3000
    assert _yen(period, "minimum_wage_shortfall") == 0  # 1,200 ≥ Osaka 1,114
    assert _yen(period, "amount_due") == 12600
    assert period.figures["premium_overtime"].rows == (2,)


def test_weekly_limit_overtime() -> None:
    # Monday 2025-04-07 to Saturday 04-12, 8 h a day: 48 h in the week (Sunday start).
    # The first 40 h are ordinary; Saturday's 8 h pass 40 h a week: weekly overtime.
    # Ordinary 40 × 1,200 = 48,000; overtime 8 × 1,200 × 1.25 = 12,000; due 60,000.
    rows = "".join(f"2025-04-{d:02},09:00,18:00,60,\n" for d in range(7, 13))
    (period,) = _claim(rows, date(2025, 6, 1)).periods
    assert period.hours == {"ordinary": 40, "overtime": 8}
    assert period.figures["premium_overtime"].rows == (7,)  # Saturday's row only
    assert _yen(period, "contract_pay") == 48000
    assert _yen(period, "premium_overtime") == 12000
    assert _yen(period, "amount_due") == 60000


def test_late_night_shift_crossing_midnight() -> None:
    # Tue 20:00 to Wed 06:00, break 00:00-01:00 = 9 h worked:
    # 20-22 ordinary (2 h), 22-24 ordinary night (2 h), 01-05 ordinary night (4 h; the
    # 8th hour ends at 05:00), 05-06 overtime (1 h).
    # Ordinary 8 × 1,200 = 9,600; night premium 6 × 1,200 × 0.25 = 1,800;
    # overtime 1 × 1,200 × 1.25 = 1,500; due 12,900.
    (period,) = _claim("2025-04-01,20:00,06:00,60,00:00\n", date(2025, 6, 1)).periods
    assert period.hours == {"ordinary": 2, "ordinary_night": 6, "overtime": 1}
    assert _yen(period, "premium_ordinary_night") == 1800
    assert _yen(period, "premium_overtime") == 1500
    assert _yen(period, "amount_due") == 12900


def test_statutory_holiday_work_with_late_night() -> None:
    # Sunday (the statutory holiday) 18:00-23:00: 4 h holiday, 1 h holiday + late night.
    # 4 × 1,200 × 1.35 = 6,480; 1 × 1,200 × 1.60 = 1,920; due 8,400 (no ordinary pay).
    (period,) = _claim("2025-04-06,18:00,23:00,0,\n", date(2025, 6, 1)).periods
    assert period.hours == {"holiday": 4, "holiday_night": 1}
    assert _yen(period, "premium_holiday") == 6480
    assert _yen(period, "premium_holiday_night") == 1920
    assert "premium.combination" in period.figures["premium_holiday_night"].rule_ids
    assert _yen(period, "amount_due") == 8400


def test_over_sixty_hours_of_overtime_in_a_month() -> None:
    # ¥1,500/h, SME, April 2025: 16 weekdays of 09:00-22:00 less 60 min = 12 h each:
    # 8 h ordinary + 4 h overtime a day -> 128 h ordinary, 64 h overtime.
    # Overtime up to 60 h: 60 × 1,500 × 1.25 = 112,500; the 4 h beyond: 4 × 1,500 × 1.5
    # = 9,000; ordinary 128 × 1,500 = 192,000; due 313,500.
    days = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22]
    rows = "".join(f"2025-04-{d:02},09:00,22:00,60,\n" for d in days)
    (period,) = _claim(rows, date(2025, 6, 1), wage={"type": "hourly", "amount": "1500"},
                       enterprise="sme").periods  # fmt: skip
    assert period.hours == {"ordinary": 128, "overtime": 60, "overtime_over60": 4}
    assert _yen(period, "premium_overtime") == 112500
    assert _yen(period, "premium_overtime_over60") == 9000
    assert "premium.overtime_over_60h.sme" in period.figures["premium_overtime_over60"].rule_ids
    assert _yen(period, "amount_due") == 313500


def test_deductions_without_an_agreement() -> None:
    # Due 12,600 (as the daily-overtime example). Payslip: gross 12,600; dormitory
    # 5,000 (no agreement), income tax 300 (statutory), savings 2,000 (agreement);
    # net 12,600 − 7,300 = 5,300.  Paid = gross − unlawful = 12,600 − 5,000 = 7,600;
    # difference = 12,600 − 7,600 = 5,000.
    slips = ("2025-04-30,gross,,12600,\n2025-04-30,deduction,寮費,5000,none\n"
             "2025-04-30,deduction,所得税,300,statutory\n"
             "2025-04-30,deduction,社内預金,2000,agreement\n2025-04-30,net,,5300,\n")  # fmt: skip
    (period,) = _claim("2025-04-01,09:00,20:00,60,\n", date(2025, 6, 1), slips,
                       prefecture="osaka").periods  # fmt: skip
    assert _yen(period, "unlawful_deductions") == 5000
    assert period.figures["unlawful_deductions"].rows == (3,)
    assert _yen(period, "amount_paid") == 7600
    assert _yen(period, "difference") == 5000


def test_period_spanning_a_minimum_wage_change() -> None:
    # Closing on the 15th: 2025-09-16 to 10-15 (30 days). ¥190,000 / 160 h = ¥1,187.50.
    # Sep 16 - Oct 2 (17 days) at ¥1,163: no gap.  Oct 3-15 (13 days) at ¥1,226:
    # gap 38.50 -> 160 × 38.50 × 13/30 = 2,669.33 -> 2,669.  Due 190,000 + 2,669.
    (period,) = _claim("2025-10-06,09:00,17:00,60,\n", date(2025, 12, 1),
                       wage={"type": "monthly", "amount": "190000"},
                       scheduled_hours_per_month="160", period_closing_day=15).periods  # fmt: skip
    assert (period.start, period.end) == (date(2025, 9, 16), date(2025, 10, 15))
    assert _yen(period, "minimum_wage_shortfall") == 2669
    assert {"minimum_wage.tokyo.2024", "minimum_wage.tokyo.2025"} <= set(
        period.figures["minimum_wage_shortfall"].rule_ids
    )
    assert _yen(period, "amount_due") == 192669


def test_claim_partly_past_its_limitation_date() -> None:
    # Two periods each owed 12,600 (8 h + 2 h overtime at ¥1,200), nothing paid.
    # January 2023, paid 2023-02-25: expires 2026-02-25, before 2026-03-01 -> expired.
    # January 2024, paid 2024-02-25: expires 2027-02-25 -> claimable 12,600; interest at
    # 3 % for 735 days: 12,600 × 0.03 × 735 / 365 = 761.18 -> 761 (rounded down).
    rows = "2023-01-10,09:00,20:00,60,\n2024-01-10,09:00,20:00,60,\n"
    claim = _claim(rows, date(2026, 3, 1))
    old, new = claim.periods
    assert (old.expires_on, old.expired) == (date(2026, 2, 25), True)
    assert "minimum_wage.tokyo.2022" in old.figures["minimum_wage_shortfall"].rule_ids
    assert _yen(old, "difference") == 12600 and _yen(old, "claimable") == 0
    assert (new.expires_on, new.expired) == (date(2027, 2, 25), False)
    assert _yen(new, "claimable") == 12600
    assert _yen(new, "interest") == 761
    assert claim.totals["claimable"] == 12600


def test_interest_before_and_after_leaving() -> None:
    # Due 12,600, unpaid; paid on 2025-05-25; left on 2025-06-30; as of 2025-12-31.
    # 3 % from 05-26 to 06-30 (36 days), 14.6 % from 07-01 to 12-31 (184 days):
    # 12,600 × (0.03 × 36 + 0.146 × 184) / 365 = 12,600 × 27.944 / 365 = 964.66 -> 964.
    (period,) = _claim("2025-04-01,09:00,20:00,60,\n", date(2025, 12, 31),
                       left_on="2025-06-30").periods  # fmt: skip
    assert period.pay_date == date(2025, 5, 25)
    assert _yen(period, "interest") == 964
    assert "interest.after_leaving" in period.figures["interest"].rule_ids


def test_no_minimum_wage_on_file_is_said_not_guessed(tmp_path: Path) -> None:
    # Kagoshima's FY2023 entry taken out of a copy of the rules: from 2023-10-01 (the
    # earliest day it could have taken effect) nothing is claimed, and the warning says so.
    folder = tmp_path / "law"
    shutil.copytree(LAW_DIR, folder)
    path = folder / "minimum_wages.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = data["prefectures"]["kagoshima"]["entries"]
    entries[:] = [e for e in entries if e["fiscal_year"] != 2023]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    terms = parse_terms({"prefecture": "kagoshima", "wage": {"type": "hourly", "amount": "800"}})
    claim = calculate(terms, parse_records(HEADER + "2023-10-10,09:00,17:00,60,\n"), {},
                      load_law(folder), date(2024, 1, 1))  # fmt: skip
    assert "no minimum wage on file for kagoshima on 2023-10-10" in claim.warnings[0]
    assert claim.warnings_ja[0].startswith("鹿児島の2023-10-10の最低賃金が登録されていないため")
    assert claim.periods[0].figures["minimum_wage_shortfall"].rule_ids == (
        "base.minimum_wage_exclusions",
    )


def test_kagoshima_fy2023_minimum_wage_from_its_effective_date() -> None:
    # ¥853 until 2023-10-05, ¥897 from 2023-10-06.  ¥870/h, 7 h a day:
    # 10-05: 7 × (853 − 870) < 0 → 0; 10-06: 7 × (897 − 870) = 7 × 27 = ¥189 short.
    claim = _claim("2023-10-05,09:00,17:00,60,\n2023-10-06,09:00,17:00,60,\n",
                   date(2024, 1, 1), prefecture="kagoshima",
                   wage={"type": "hourly", "amount": "870"})  # fmt: skip
    assert not claim.warnings or "no minimum wage" not in " ".join(claim.warnings)
    (period,) = claim.periods
    assert _yen(period, "minimum_wage_shortfall") == 189
    assert "minimum_wage.kagoshima.2023" in period.figures["minimum_wage_shortfall"].rule_ids
