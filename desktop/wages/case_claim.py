"""A case's wage claim: the stored terms, records and payslips through the calculator.

The reader is tolerant: a stored field that no longer parses (written by another version,
or a conflict left two values) is reported as one problem line and the claim is not
computed, rather than failing the screen or the command that asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.cases.views import CaseDetails
from desktop.cases.wages_ops import demand_dates
from desktop.errors import MadoguchiError
from desktop.wages.calculator import WageClaim, calculate
from desktop.wages.inputs import (
    Payslip,
    Terms,
    WorkRecord,
    parse_payslips,
    parse_records,
    parse_terms,
)
from desktop.wages.law import LawBook, shipped_law


@dataclass
class CaseWages:
    """What a case holds for the calculator, parsed, and what could not be read."""

    terms: Terms | None = None
    records: list[WorkRecord] = field(default_factory=list)
    payslips: dict[date, Payslip] = field(default_factory=dict)
    demands: list[date] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    stored: bool = False  # the case has a wages record at all

    @property
    def ready(self) -> bool:
        return self.terms is not None and bool(self.records) and not self.problems


def read_case_wages(details: CaseDetails) -> CaseWages:
    out = CaseWages(demands=demand_dates(details))
    if details.wages is None or details.wages.deleted:
        return out
    out.stored = True
    data: dict[str, Any] = details.wages.data
    try:
        if data.get("terms"):
            out.terms = parse_terms(data["terms"], "wage terms")
        if data.get("records"):
            out.records = parse_records(str(data["records"]), "work records")
        if data.get("payslips"):
            out.payslips = parse_payslips(str(data["payslips"]), "payslips")
    except MadoguchiError as exc:
        out.problems.append(str(exc))
    except (TypeError, AttributeError):
        out.problems.append("The stored wage data is not in a form this version can read.")
    return out


def case_claim(details: CaseDetails, until: date, law: LawBook | None = None
               ) -> tuple[WageClaim | None, CaseWages]:  # fmt: skip
    """The case's claim as of ``until`` (None when terms or records are missing or bad)."""
    wages = read_case_wages(details)
    if not wages.ready or wages.terms is None:
        return None, wages
    claim = calculate(wages.terms, wages.records, wages.payslips, law or shipped_law(), until,
                      wages.demands)  # fmt: skip
    return claim, wages
