"""Demo wage data (desktop/wages/demo.py): the demo shows what the wage calculator and the
legal clock do. A few labour cases get terms, day records and payslips that compute (through
the same checks as an import), show a minimum-wage shortfall, unpaid premiums and an
unlawful deduction, and two of them have claims expiring within 30 and 90 days, which the
deadline list reports with the money at stake."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.cases.demo import add_demo_cases
from desktop.cases.service import CaseService
from desktop.cases.wage_drafts import drafts_for_case
from desktop.deadlines import WAGE_CLAIM, claims_at_risk, deadlines
from desktop.documents.demo import add_demo_documents
from desktop.store.vault import Vault
from desktop.wages.case_claim import case_claim
from desktop.wages.demo import MAX_CASES, add_demo_wages

TODAY = date(2026, 12, 7)


def test_demo_wages_compute_and_put_claims_on_the_clock(vault: Vault) -> None:
    service = CaseService(vault)
    with vault.writing():
        add_demo_cases(service, 60, seed=1, with_evidence=False, today=TODAY)
        add_demo_documents(service, today=TODAY, with_files=False)
        assert add_demo_wages(service, today=TODAY) == MAX_CASES
        assert add_demo_wages(service, today=TODAY) == 0  # twice: nothing replaced
    views = [service.get_case(r.case_id) for r in service.list_cases()]
    with_wages = [v for v in views if v.wages is not None]
    assert len(with_wages) == MAX_CASES
    assert any(v.adr_matters for v in with_wages)  # the ADR matters' cases come first

    for view in with_wages:
        claim, problems = case_claim(view, TODAY)
        assert claim is not None, (view.ref, problems)
        assert claim.totals["difference"] > 0
        assert claim.totals["unlawful_deductions"] > 0  # the "management fee"
        assert any(p.figures["minimum_wage_shortfall"].amount > 0 for p in claim.periods)

    # The first case's worker told the hours of two more days: drafted as new records.
    (told,) = [v for v in with_wages
               if any("本人の話" in str(e.data.get("note")) for e in v.timeline)]  # fmt: skip
    sheet = drafts_for_case(service, told.case_id)
    assert [d.status for d in sheet.drafts] == ["new", "new"]
    assert [(d.shift.start, d.shift.end) for d in sheet.drafts] == [
        ("08:00", "22:00"),
        ("08:00", "21:30"),
    ]

    items = deadlines(service, 90, today=TODAY)
    claims = [d for d in items if d.kind == WAGE_CLAIM]
    assert claims and all(d.amount_at_risk and d.amount_at_risk > 0 for d in claims)
    count_30, money_30 = claims_at_risk(items, 30, today=TODAY)
    count_90, money_90 = claims_at_risk(items, 90, today=TODAY)
    assert count_30 >= 1 and count_90 > count_30 and money_90 > money_30 > Decimal(0)
