"""What the complaint (申告) draft will say, checked: consent, the wage claim, least disclosure.

``compose`` is the only place that reads the case for the complaint.  It reads the
worker facts the counselor ticked (nothing else about the worker), the employer party,
the evidence titles chosen as attachments, and the case's stored wage data through the
calculator.  Each violation it lists is a law rule (``resources/law/complaint.json``)
whose findings the calculator reports as money owed in a period not yet time-barred.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.cases.model import ConsentPurpose, PartyRole
from desktop.cases.service import CaseDetails, CaseService
from desktop.documents.complaint.texts import FACT_KEYS, DraftWords
from desktop.documents.letters.data import common
from desktop.documents.letters.facts import Fact, read_facts
from desktop.errors import InvalidValueError
from desktop.organisation import Letterhead, read_letterhead
from desktop.wages.calculator import PeriodResult, WageClaim
from desktop.wages.case_claim import case_claim, read_case_wages
from desktop.wages.errors import WageComplaintError
from desktop.wages.hours import (
    HOLIDAY,
    HOLIDAY_NIGHT,
    OVER60,
    OVER60_NIGHT,
    OVERTIME,
    OVERTIME_NIGHT,
)
from desktop.wages.law import LawBook, Rule, shipped_law

__all__ = [
    "DEFAULT_COMPLAINT_FACTS",
    "VIOLATION_RULES",
    "ComplaintContent",
    "ComplaintRequest",
    "PeriodAmount",
    "Violation",
    "compose",
    "findings_of",
]

# The name and a telephone number are what an office needs to reach the worker; the
# address, nationality and residence status go in only when ticked (least disclosure).
DEFAULT_COMPLAINT_FACTS: tuple[str, ...] = ("name", "phone")
# The violation rules in the order the 申告書 lists them (resources/law/complaint.json).
VIOLATION_RULES: tuple[str, ...] = (
    "complaint.minimum_wage",
    "complaint.premiums",
    "complaint.full_payment",
    "complaint.wages_unpaid",
)
BASIS_RULES: tuple[str, ...] = ("complaint.right.labour_standards_act",
                                "complaint.right.minimum_wage_act")  # fmt: skip
_OVERTIME = (OVERTIME, OVERTIME_NIGHT, OVER60, OVER60_NIGHT)
_HOLIDAY = (HOLIDAY, HOLIDAY_NIGHT)
_NIGHT_SUFFIX = "_night"


@dataclass(frozen=True)
class ComplaintRequest:
    """What the counselor chose for one complaint draft."""

    case_id: str
    language: str  # the worker's copy (one of the letters' worker languages)
    until: date | None = None  # figures as of this day (default: today)
    office: str = ""  # e.g. 岐阜労働基準監督署, as the consent names it; empty: the consent's
    facts: Sequence[str] = DEFAULT_COMPLAINT_FACTS
    withhold_name: bool = True  # 匿名希望: ask the office not to name the worker
    violations: Sequence[str] | None = None  # rule ids; None: every one the calculation finds
    summary: str = ""  # the counselor's own words for 申告の内容 (never the case summary)
    measures: str = ""  # 求める措置; empty: the usual request
    representative: str = ""  # the employer's representative (代表者), as known
    evidence_ids: Sequence[str] = ()  # listed as 添付資料 by title
    today: date | None = None


@dataclass(frozen=True)
class PeriodAmount:
    start: date
    end: date
    pay_date: date
    amount: Decimal
    hours: Decimal  # overtime, holiday and late-night hours (premiums only; else 0)


@dataclass(frozen=True)
class Violation:
    rule: Rule
    periods: tuple[PeriodAmount, ...]

    @property
    def total(self) -> Decimal:
        return sum((p.amount for p in self.periods), Decimal(0))

    @property
    def article(self) -> str:
        return str(self.rule.value["article"])

    @property
    def heading(self) -> str:
        return str(self.rule.value["heading"])


@dataclass(frozen=True)
class ComplaintContent:
    ref: str
    day: date
    until: date
    office: str
    facts: tuple[Fact, ...]  # the worker facts printed (ticked and held by the case)
    employer: tuple[str, str, str]  # 事業場名, 所在地, 代表者 ("" when not known)
    violations: tuple[Violation, ...]
    bases: tuple[Rule, ...]  # the articles the complaint is made under
    periods: tuple[PeriodResult, ...]  # the claimable periods the figures come from
    expired: int  # periods left out as time-barred
    total: Decimal  # the sum of the violations' amounts (what this complaint names)
    deduction_labels: tuple[tuple[str, Decimal], ...]
    hours: tuple[Decimal, Decimal, Decimal]  # overtime, holiday, late night (all periods)
    withhold_name: bool
    summary: str
    measures: str
    attachments: tuple[str, ...]
    consent_id: str
    consent_given_on: str
    letterhead: Letterhead
    claim: WageClaim
    words: DraftWords


def findings_of(period: PeriodResult) -> dict[str, Decimal]:
    """The period's claimable money split by finding, never more than the claim.

    The claimable difference is allocated in this order: deductions without a lawful
    basis (labelled on the payslip), the minimum-wage shortfall, unpaid premiums, and
    what is left (``other_unpaid``: wages due and simply not paid).  Each takes at most
    what remains, so the findings add up to the period's claim: premiums the payslip does
    not mark as premium but paid within the gross are not counted twice.
    """
    claim = period.figures["claimable"].amount if "claimable" in period.figures else Decimal(0)
    remaining = max(Decimal(0), claim)
    out: dict[str, Decimal] = {}
    for name in ("unlawful_deductions", "minimum_wage_shortfall", "unpaid_premiums"):
        figure = period.figures.get(name)
        take = min(remaining, max(Decimal(0), figure.amount if figure else Decimal(0)))
        out[name] = take
        remaining -= take
    out["other_unpaid"] = remaining
    return out


def _premium_hours(period: PeriodResult) -> Decimal:
    return sum((h for k, h in period.hours.items()
                if k in _OVERTIME or k in _HOLIDAY or k.endswith(_NIGHT_SUFFIX)),
               Decimal(0))  # fmt: skip


def _hours(periods: Sequence[PeriodResult]) -> tuple[Decimal, Decimal, Decimal]:
    overtime = sum((h for p in periods for k, h in p.hours.items() if k in _OVERTIME),
                   Decimal(0))  # fmt: skip
    holiday = sum((h for p in periods for k, h in p.hours.items() if k in _HOLIDAY),
                  Decimal(0))  # fmt: skip
    night = sum((h for p in periods for k, h in p.hours.items() if k.endswith(_NIGHT_SUFFIX)),
                Decimal(0))  # fmt: skip
    return overtime, holiday, night


def _check_choices(request: ComplaintRequest) -> tuple[tuple[str, ...], tuple[str, ...]]:
    unknown = [f for f in request.facts if f not in FACT_KEYS]
    if unknown:
        raise InvalidValueError(
            f"'{unknown[0]}' is not a fact a complaint can print; use: {', '.join(FACT_KEYS)}.",
            unknown=unknown[0],
            facts=", ".join(FACT_KEYS),
        )
    chosen = VIOLATION_RULES if request.violations is None else tuple(request.violations)
    bad = [v for v in chosen if v not in VIOLATION_RULES]
    if bad:
        raise InvalidValueError(
            f"'{bad[0]}' is not a violation a complaint can name; use: "
            f"{', '.join(VIOLATION_RULES)}.",
            unknown=bad[0],
            violations=", ".join(VIOLATION_RULES),
        )
    ticked = set(request.facts)
    return tuple(f for f in FACT_KEYS if f in ticked), chosen


def _employer(view: CaseDetails, representative: str) -> tuple[str, str, str]:
    for party in view.parties:
        if party.deleted or party.data.get("role") != PartyRole.EMPLOYER.value:
            continue
        name = str(party.data.get("name") or "")
        establishment = str(party.data.get("establishment") or "")
        place = f"{name}　{establishment}" if establishment else name
        return place, str(party.data.get("address") or ""), representative.strip()
    return "", "", representative.strip()


def _attachments(view: CaseDetails, ids: Sequence[str]) -> tuple[str, ...]:
    held = {e.entity_id: e for e in view.evidence if not e.deleted}
    out = []
    for evidence_id in dict.fromkeys(ids):
        record = held.get(evidence_id)
        if record is None:
            raise InvalidValueError(f"Evidence {evidence_id} is not on case {view.ref}.",
                                    evidence_id=evidence_id, ref=view.ref)  # fmt: skip
        out.append(str(record.data.get("title") or record.data.get("filename") or ""))
    return tuple(out)


def _claim(view: CaseDetails, until: date, law: LawBook) -> WageClaim:
    claim, wages = case_claim(view, until, law)
    if wages.problems:
        raise WageComplaintError(
            f"The wage data stored in {view.ref} cannot be read: {wages.problems[0]}",
            code="wages.complaint.unreadable", ref=view.ref, problem=wages.problems[0],
        )  # fmt: skip
    if claim is None:
        missing = "terms" if wages.terms is None else "work records"
        raise WageComplaintError(
            f"{view.ref} has no wage {missing} yet; store them (wages import) before drafting "
            "a complaint.",
            code="wages.complaint.no_data", ref=view.ref, missing=missing,
        )  # fmt: skip
    return claim


def compose(service: CaseService, request: ComplaintRequest, words: DraftWords,
            law: LawBook | None = None) -> ComplaintContent:  # fmt: skip
    """The checked content of one complaint draft.

    Raises ConsentMissingError without a valid ``labour_complaint`` consent naming
    ``request.office`` (any office when none is given; checked before the case's wage
    data is read), WageComplaintError when the case has no
    usable wage data or the calculation finds nothing to report, InvalidValueError for
    an unknown fact, violation or evidence id.
    """
    ticked, chosen = _check_choices(request)
    view = service.get_case(request.case_id)
    # As for letters: a consent names the office it covers.  Without an office chosen, the
    # latest live consent's office is the addressee.
    office = request.office.strip() or None
    service.require_consent(request.case_id, ConsentPurpose.LABOUR_COMPLAINT, office)
    purpose = ConsentPurpose.LABOUR_COMPLAINT.value
    consent = max(service.valid_consents(request.case_id, purpose, office),
                  key=lambda r: str(r.data.get("given_on", "")))  # fmt: skip
    law = law or shipped_law()
    day = request.today or date.today()
    until = request.until or day
    claim = _claim(view, until, law)
    live = tuple(p for p in claim.periods if not p.expired)
    rules = {rule_id: law.require(rule_id, until) for rule_id in VIOLATION_RULES + BASIS_RULES}
    violations = []
    for rule_id in chosen:
        rule = rules[rule_id]
        rows = []
        for period in live:
            found = findings_of(period)
            amount = sum((found[f] for f in rule.value["findings"]), Decimal(0))
            if amount > 0:
                hours = _premium_hours(period) if rule_id == "complaint.premiums" else Decimal(0)
                rows.append(PeriodAmount(period.start, period.end, period.pay_date, amount,
                                         hours))  # fmt: skip
        if rows:
            violations.append(Violation(rule, tuple(rows)))
    if not violations:
        raise WageComplaintError(
            f"The wage calculation for {view.ref} finds nothing unpaid in the periods not yet "
            f"time-barred (as of {until.isoformat()}) among the violations chosen; there is "
            "nothing to report.",
            code="wages.complaint.nothing_found", ref=view.ref, until=until.isoformat(),
        )  # fmt: skip
    named = {f for v in violations for f in v.rule.value["findings"]}
    bases = tuple(
        rules[r]
        for r in BASIS_RULES
        if not rules[r].value["findings"] or named & set(rules[r].value["findings"])
    )
    deductions: list[tuple[str, Decimal]] = []
    if "complaint.full_payment" in {v.rule.id for v in violations}:
        wages_slips = {p.end for p in live if findings_of(p)["unlawful_deductions"] > 0}
        deductions = _deduction_labels(view, wages_slips, law)
    letterhead = read_letterhead(service.vault)
    facts = tuple(read_facts(view, ticked, common(), date_style=letterhead.date_style))
    return ComplaintContent(
        ref=view.ref, day=day, until=until, facts=facts,
        office=office or str(consent.data.get("recipient") or ""),
        employer=_employer(view, request.representative), violations=tuple(violations),
        bases=bases, periods=live, expired=len(claim.periods) - len(live),
        total=sum((v.total for v in violations), Decimal(0)),
        deduction_labels=tuple(deductions), hours=_hours(live),
        withhold_name=request.withhold_name, summary=request.summary.strip(),
        measures=request.measures.strip() or words.texts["measures_default"],
        attachments=_attachments(view, request.evidence_ids), consent_id=consent.entity_id,
        consent_given_on=str(consent.data.get("given_on") or ""), letterhead=letterhead,
        claim=claim, words=words,
    )  # fmt: skip


def _deduction_labels(view: CaseDetails, period_ends: set[date], law: LawBook
                      ) -> list[tuple[str, Decimal]]:  # fmt: skip
    """The labels of deductions without a lawful basis in those periods, summed by label."""
    wages = read_case_wages(view)
    totals: dict[str, Decimal] = {}
    for end in sorted(period_ends):
        slip = wages.payslips.get(end)
        if slip is None:
            continue
        lawful = law.require("deductions.lawful_basis", end).value
        for deduction in slip.deductions:
            if deduction.basis not in lawful:
                totals[deduction.label] = totals.get(deduction.label, Decimal(0)) + deduction.amount
    return sorted(totals.items())
