"""Wage inputs stored in a case, the demand letter's suspension, and the legal clock.

Real vault, real calculator on the shipped rules.  Figures: an hourly wage of ¥2,000 in
Tokyo (above every minimum wage on file), one 8-hour day, no payslip: ¥16,000 due and
claimable.  The golden monthly example of tests/test_wages_golden.py is reused for the
stored-versus-files check.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.cases.service import CaseService
from desktop.deadlines import (
    ADR_SESSION,
    RENEWAL_OPENS,
    RESIDENCE_EXPIRY,
    TASK,
    WAGE_CLAIM,
    claims_at_risk,
    deadlines,
    live_claim_periods,
)
from desktop.errors import InvalidValueError
from desktop.wages.calculator import calculate
from desktop.wages.case_claim import case_claim
from desktop.wages.errors import WageInputError
from desktop.wages.inputs import parse_records, parse_terms
from desktop.wages.law import shipped_law
from desktop.wages.limitation import add_months, add_years, claim_expiry
from tests.test_cli import assert_one_line_error, run

HEADER = "date,start,end,break_minutes,break_start\n"
HOURLY = {"prefecture": "tokyo", "wage": {"type": "hourly", "amount": "2000"}}


# -- the demand letter (民法第150条) ---------------------------------------------------
def test_a_demand_holds_off_expiry_six_months_once() -> None:
    law = shipped_law()
    paid = date(2025, 5, 25)
    assert claim_expiry(paid, law).on == date(2028, 5, 25)
    # Sent before expiry: the claim lives until six months after the demand.
    moved = claim_expiry(paid, law, [date(2028, 3, 31)])
    assert moved.on == date(2028, 9, 30) and moved.suspended_by == date(2028, 3, 31)
    assert "limitation.demand_suspension" in moved.rule_ids
    # A second demand during the suspension has no effect (第150条第2項).
    assert claim_expiry(paid, law, [date(2028, 3, 31), date(2028, 9, 1)]).on == date(2028, 9, 30)
    # A demand after the claim expired revives nothing.
    assert claim_expiry(paid, law, [date(2028, 5, 26)]).on == date(2028, 5, 25)
    # A demand long before expiry changes nothing: its six months end first.
    assert claim_expiry(paid, law, [date(2026, 1, 10)]).on == date(2028, 5, 25)
    # ...but a later one, after that suspension ended, counts.
    assert claim_expiry(paid, law, [date(2026, 1, 10), date(2028, 5, 1)]).on == date(2028, 11, 1)


def test_month_arithmetic_clamps_to_the_month_end() -> None:
    assert add_months(date(2028, 8, 31), 6) == date(2029, 2, 28)
    assert add_months(date(2028, 5, 31), -3) == date(2028, 2, 29)
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)


# -- storing the inputs in a case ----------------------------------------------------
def test_stored_inputs_give_the_same_claim_as_the_files(service: CaseService) -> None:
    # The golden monthly example: ¥180,000 for 170 h in Tokyo, shortfall ¥17,710.
    terms = {"prefecture": "tokyo", "wage": {"type": "monthly", "amount": "180000"},
             "scheduled_hours_per_month": "170"}  # fmt: skip
    records = HEADER + "2025-04-01,09:00,17:00,60,\n"
    case_id = service.create_case({"full_name": "Nguyen Van A"})
    service.set_wages(case_id, {"terms": terms, "records": records})
    claim, wages = case_claim(service.get_case(case_id), date(2025, 6, 1))
    assert claim is not None and not wages.problems
    from_files = calculate(parse_terms(terms), parse_records(records), {}, shipped_law(),
                           date(2025, 6, 1))  # fmt: skip
    (period,) = claim.periods
    assert period.figures["minimum_wage_shortfall"].amount == 17710
    assert claim.totals == from_files.totals


def test_a_bad_file_is_refused_and_what_was_stored_stays(service: CaseService) -> None:
    case_id = service.create_case({"full_name": "Nguyen Van A"})
    records = HEADER + "2025-04-01,09:00,17:00,60,\n"
    service.set_wages(case_id, {"terms": HOURLY, "records": records})
    with pytest.raises(WageInputError, match="work records, row 2"):
        service.set_wages(case_id, {"records": HEADER + "2025-04-31,09:00,17:00,60,\n"})
    with pytest.raises(WageInputError):
        service.set_wages(case_id, {"terms": {"prefecture": "tokyo"}})
    stored = service.get_case(case_id).wages
    assert stored is not None
    assert stored.data["records"] == records and stored.data["terms"] == HOURLY


def test_unreadable_stored_data_is_one_problem_not_a_crash(service: CaseService) -> None:
    # As if a newer version (or a peer) wrote a field this version cannot parse.
    case_id = service.create_case({"full_name": "Nguyen Van A"})
    with service.vault.writing():
        service.vault.put(case_id, "wages", case_id,
                          {"terms": HOURLY, "records": "when,what\nyesterday,a lot\n"}, [])  # fmt: skip
    claim, wages = case_claim(service.get_case(case_id), date(2025, 6, 1))
    assert claim is None and len(wages.problems) == 1
    assert "work records" in wages.problems[0]
    assert deadlines(service, 3650) == []  # the legal clock still runs for everything else


def test_a_demand_letter_cannot_be_dated_in_the_future(service: CaseService) -> None:
    case_id = service.create_case({"full_name": "Nguyen Van A"})
    with pytest.raises(InvalidValueError, match="still to come"):
        service.record_demand_letter(case_id, date.today() + timedelta(days=1), "催告")


# -- the legal clock -------------------------------------------------------------------
def _claim_case(service: CaseService, today: date) -> str:
    """A case whose one day of work (¥16,000 unpaid) expires 20 to 80 days from ``today``."""
    worked = add_years(today, -3) + timedelta(days=20)
    case_id = service.create_case({"full_name": "Tran Thi B"})
    service.set_wages(case_id, {"terms": HOURLY,
                                "records": HEADER + f"{worked},09:00,18:00,60,\n"})  # fmt: skip
    return case_id


def test_deadlines_list_claims_residence_sessions_and_tasks(service: CaseService) -> None:
    today = date.today()
    claim_case = _claim_case(service, today)
    (period,) = live_claim_periods(service.get_case(claim_case), today)
    assert today + timedelta(days=20) <= period.expires_on <= today + timedelta(days=80)
    soon = service.create_case({"full_name": "Le C", "residence_expiry":
                                (today + timedelta(days=50)).isoformat()})  # fmt: skip
    later = service.create_case({"full_name": "Pham D", "residence_expiry":
                                 (today + timedelta(days=100)).isoformat()})  # fmt: skip
    service.add_task(soon, {"title": "ADR 第1回期日", "kind": "adr_session",
                            "due_on": (today + timedelta(days=5)).isoformat()})  # fmt: skip
    service.add_task(soon, {"title": "ADR 準備期日", "kind": "adr_session",
                            "due_on": (today - timedelta(days=2)).isoformat()})  # fmt: skip
    service.add_task(soon, {"title": "Call employer",
                            "due_on": (today - timedelta(days=3)).isoformat()})  # fmt: skip
    closed = service.create_case({"full_name": "Closed E", "residence_expiry":
                                  (today + timedelta(days=10)).isoformat()})  # fmt: skip
    service.add_task(closed, {"title": "old", "due_on": today.isoformat()})
    service.close_case(closed, "resolved")

    items = deadlines(service, 90, today)
    got = [(d.case_id, d.kind, d.on) for d in items]
    assert got == sorted(got, key=lambda g: g[2])
    assert (soon, TASK, today - timedelta(days=3)) in got  # overdue tasks stay
    assert (soon, ADR_SESSION, today + timedelta(days=5)) in got
    assert (soon, ADR_SESSION, today - timedelta(days=2)) not in got  # a session that passed
    assert (soon, RESIDENCE_EXPIRY, today + timedelta(days=50)) in got
    assert not any(c == soon and k == RENEWAL_OPENS for c, k, _ in got)  # already open
    assert (later, RENEWAL_OPENS, add_months(today + timedelta(days=100), -3)) in got
    assert (later, RESIDENCE_EXPIRY, today + timedelta(days=100)) not in got  # past 90 days
    assert (claim_case, WAGE_CLAIM, period.expires_on) in got
    assert not any(c == closed for c, _, _ in got)
    wage = next(d for d in items if d.kind == WAGE_CLAIM)
    assert wage.amount_at_risk == Decimal(16000)
    assert claims_at_risk(items, 90, today) == (1, Decimal(16000))
    assert claims_at_risk(items, 10, today) == (0, Decimal(0))


def test_a_demand_letter_moves_the_claim_expiry_once(service: CaseService) -> None:
    today = date.today()
    case_id = _claim_case(service, today)
    assert [d.kind for d in deadlines(service, 90, today)] == [WAGE_CLAIM]
    first = today - timedelta(days=10)
    service.record_demand_letter(case_id, first, "催告書を内容証明で送付")
    service.record_demand_letter(case_id, today, "再度の催告")  # during the suspension
    assert deadlines(service, 90, today) == []
    (moved,) = deadlines(service, 200, today)
    assert moved.kind == WAGE_CLAIM and moved.on == add_months(first, 6)
    details = service.get_case(case_id)
    assert [e.data["kind"] for e in details.timeline].count("demand_letter") == 2


def test_claims_are_computed_once_per_distinct_inputs(service: CaseService) -> None:
    """My work asks for every case's claims at each refresh: the same inputs give the very
    same figures without a second calculation, and any change to what the claim depends on
    (the records, the payslips, the day) gives fresh ones."""
    today = date.today()
    case_id = _claim_case(service, today)
    first = live_claim_periods(service.get_case(case_id), today)
    assert live_claim_periods(service.get_case(case_id), today) is first  # kept
    (period,) = first
    assert period.figures["claimable"].amount == Decimal(16000)
    worked = period.start.isoformat()
    service.set_wages(case_id, {"payslips": f"period_end,kind,label,amount,basis\n"
                                            f"{period.end},gross,,6000,\n"})  # fmt: skip
    (paid,) = live_claim_periods(service.get_case(case_id), today)
    assert paid.figures["claimable"].amount == Decimal(10000)  # the payslip counted
    service.set_wages(case_id, {"records": HEADER + f"{worked},09:00,14:00,60,\n"})
    (shorter,) = live_claim_periods(service.get_case(case_id), today)
    assert shorter.figures["claimable"].amount == Decimal(2000)  # 4 h at ¥2,000, ¥6,000 paid
    later = live_claim_periods(service.get_case(case_id), today + timedelta(days=1))
    assert later is not live_claim_periods(service.get_case(case_id), today)  # another day


# -- the commands ------------------------------------------------------------------------
def test_cli_import_calc_case_and_deadlines(tmp_path: Path, service: CaseService) -> None:
    today = date.today()
    case_id = _claim_case(service, today)
    ref = service.get_case(case_id).ref
    other = service.create_case({"full_name": "Hoang F"})
    other_ref = service.get_case(other).ref
    folder = str(service.vault.folder)
    service.vault.close()
    terms = tmp_path / "terms.json"
    terms.write_text(json.dumps(HOURLY))
    records = tmp_path / "records.csv"
    records.write_text(HEADER + "2025-04-01,09:00,20:00,60\n")
    done = run("wages", "import", "--vault", folder, "--case", other_ref, "--terms", str(terms),
               "--records", str(records))  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = run("wages", "calc", "--vault", folder, "--case", other_ref, "--until", "2025-06-01",
               "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (
        json.loads(done.stdout)["totals"]["amount_due"] == "21000"
    )  # 8 h × 2,000 + 2 h × 2,000 × 1.25
    done = run("deadlines", "--vault", folder, "--within", "90", "--json")
    assert done.returncode == 0, done.stderr
    (item,) = json.loads(done.stdout)
    assert item["ref"] == ref and item["kind"] == "wage_claim"
    assert item["amount_at_risk"] == "16000"
    done = run("deadlines", "--vault", folder, "--within", "90")
    assert "wage claim expires" in done.stdout and "¥16,000 at risk (estimate)" in done.stdout
    records.write_text(HEADER + "2025-04-01,09:00\n")
    done = run("wages", "import", "--vault", folder, "--case", other_ref, "--records",
               str(records))  # fmt: skip
    assert_one_line_error(done, 1, "work records", "row 2")
    done = run("wages", "calc", "--vault", folder, "--case", "NO-SUCH-REF")
    assert_one_line_error(done, 1, "NO-SUCH-REF")
