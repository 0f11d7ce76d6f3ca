"""The case's wage claim as a calculation sheet, and "use as the claim" for an ADR matter.

``use_as_claim`` is one change, audited: the matter's ``amount_claimed`` becomes the
claimable principal, an amount written in its relief sought (申立ての趣旨) is rewritten to
match, and the calculation sheet is stored as evidence and made an exhibit of the matter.
Run again, it replaces the sheet of the exhibit it made before (same 甲号証 number) instead
of adding a second one.  The amount is the principal only: delay interest keeps running
until payment, so the relief sought claims it as a rate ("…及びこれに対する遅延損害金")
rather than as a figure frozen on one day (docs/wages.md).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.cases.model import Entity
from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails
from desktop.documents.adr.matter import exhibit_of
from desktop.documents.pdf import write_bytes
from desktop.documents.wage_sheet import SheetInputs, calculation_sheet_pdf
from desktop.errors import NotFoundError
from desktop.store import blobs
from desktop.wages.calculator import WageClaim
from desktop.wages.case_claim import case_claim
from desktop.wages.errors import WageClaimEmptyError, WageDataMissingError
from desktop.wages.law import LawBook, shipped_law

__all__ = [
    "SHEET_SOURCE",
    "ClaimUse",
    "SavedSheet",
    "case_sheet",
    "relief_with_amount",
    "save_calculation_sheet",
    "use_as_claim",
]

# The evidence ``source`` of a sheet this module stored: how a later run finds the
# exhibit to replace (titles can be edited by hand; this field is not shown for editing).
SHEET_SOURCE = "Madoguchi wage calculation sheet"
SHEET_TITLE = "賃金計算書（概算）"
SHEET_PURPOSE = "未払賃金・割増賃金の額及びその計算根拠"
# A yen amount as written in a relief sought: 金42万円, 金420,000円, 金４２０，０００円.
_AMOUNT = re.compile(r"金\s*[0-9０-９][0-9０-９,，万千百億]*\s*円")


@dataclass(frozen=True)
class Sheet:
    pdf: bytes
    claim: WageClaim
    reference: str


@dataclass(frozen=True)
class SavedSheet:
    path: Path
    sha256: str
    claimable: int


@dataclass(frozen=True)
class ClaimUse:
    """What "use as the claim" changed (the UI and CLI say it back)."""

    case_id: str
    matter_id: str
    amount: int  # the principal now in amount_claimed
    interest: int  # delay interest to ``until``, on the sheet only
    exhibit_id: str
    exhibit_label: str  # 甲第N号証
    evidence_id: str
    sha256: str
    replaced: bool  # an earlier sheet exhibit was given the new sheet
    relief_updated: bool  # an amount in the relief sought was rewritten
    relief_note: str | None  # why the relief sought was left as it was, if it was


def _details_sheet(details: CaseDetails, until: date, law: LawBook) -> Sheet:
    claim, wages = case_claim(details, until, law)
    if wages.problems:
        raise WageDataMissingError(
            f"The wage data stored in {details.ref} cannot be read: {wages.problems[0]}",
            code="wages.stored_unreadable",
            ref=details.ref,
            problem=wages.problems[0],
        )
    if claim is None or wages.terms is None:
        if wages.terms is None:
            raise WageDataMissingError(
                f"{details.ref} has no employment terms for the wage calculation yet.",
                code="wages.no_terms",
                ref=details.ref,
            )
        raise WageDataMissingError(
            f"{details.ref} has no work records for the wage calculation yet.", ref=details.ref
        )
    pdf = calculation_sheet_pdf(SheetInputs(claim, wages.terms, wages.records, law, details.ref))
    return Sheet(pdf, claim, details.ref)


def case_sheet(service: CaseService, case_id: str, until: date) -> Sheet:
    """The case's calculation sheet as of ``until`` (not audited: nothing left the vault)."""
    return _details_sheet(service.get_case(case_id), until, shipped_law())


def save_calculation_sheet(
    service: CaseService, case_id: str, until: date, out: Path
) -> SavedSheet:
    """Write the sheet to ``out`` atomically; audited as ``wage_sheet_saved``."""
    sheet = case_sheet(service, case_id, until)
    digest = write_bytes(out, sheet.pdf)
    claimable = int(sheet.claim.totals["claimable"])
    service.vault.record_audit(
        "wage_sheet_saved",
        case_id,
        {"sha256": digest, "until": until.isoformat(), "claimable": claimable},
    )
    return SavedSheet(out, digest, claimable)


def relief_with_amount(relief: str, amount: int) -> tuple[str, str | None]:
    """``relief`` with its one yen amount replaced by ``amount``; with a reason (and the
    text unchanged) when it holds no amount or several (which one is the wages?)."""
    found = _AMOUNT.findall(relief)
    if not found:
        return relief, "no amount"
    if len(found) > 1:
        return relief, "several amounts"
    return _AMOUNT.sub(f"金{amount:,}円", relief, count=1), None


def _sheet_exhibit(details: CaseDetails, matter_id: str) -> str | None:
    """The exhibit of the matter holding a sheet an earlier run stored, if any."""
    sheets = {
        e.entity_id
        for e in details.evidence
        if not e.deleted and e.data.get("source") == SHEET_SOURCE
    }
    for exhibit in details.exhibits_of(matter_id):
        if str(exhibit.data.get("evidence_id") or "") in sheets:
            return exhibit.entity_id
    return None


def use_as_claim(service: CaseService, matter_id: str, until: date) -> ClaimUse:
    """Fill the ADR matter's claim from the case's wage calculation (one audited change)."""
    case_id = service.case_of(Entity.ADR, matter_id)
    details = service.get_case(case_id)
    matter = next(
        (m for m in details.adr_matters if m.entity_id == matter_id and not m.deleted), None
    )
    if matter is None:
        raise NotFoundError(f"No ADR matter {matter_id} in {details.ref}.", ref=details.ref)
    sheet = _details_sheet(details, until, shipped_law())
    amount = int(sheet.claim.totals["claimable"])
    if amount <= 0:
        raise WageClaimEmptyError(
            f"The calculation for {details.ref} leaves nothing to claim as of {until}.",
            ref=details.ref,
            until=until.isoformat(),
        )
    relief, relief_note = relief_with_amount(str(matter.data.get("relief_sought") or ""), amount)
    earlier = _sheet_exhibit(details, matter_id)
    stored: list[str] = []  # the sheet's blob, to discard if the change does not commit
    try:
        with service.vault.writing():  # the evidence, the matter and the exhibit, or nothing
            evidence_id, exhibit_id, digest = _record(
                service, case_id, matter_id, sheet, until, relief, relief_note, earlier, stored
            )
    except BaseException:
        # add_evidence discards its blob only when it fails itself; a later step failing
        # rolls the records back but would leave the encrypted file behind.
        for blob_id in stored:
            blobs.discard(service.vault.folder, blob_id)
        raise
    exhibit = next(e for e in service.get_case(case_id).exhibits if e.entity_id == exhibit_id)
    return ClaimUse(
        case_id,
        matter_id,
        amount,
        int(sheet.claim.totals["interest"]),
        exhibit_id,
        exhibit_of(exhibit).label,
        evidence_id,
        digest,
        earlier is not None,
        relief_note is None,
        relief_note,
    )


def _record(
    service: CaseService,
    case_id: str,
    matter_id: str,
    sheet: Sheet,
    until: date,
    relief: str,
    relief_note: str | None,
    earlier: str | None,
    stored: list[str],
) -> tuple[str, str, str]:
    """The ops of "use as the claim" (inside the caller's transaction)."""
    amount = int(sheet.claim.totals["claimable"])
    name = f"wage-sheet-{sheet.reference}-{until.isoformat()}.pdf"
    evidence_id = service.add_evidence(
        case_id,
        io.BytesIO(sheet.pdf),
        {"title": f"{SHEET_TITLE} {until.isoformat()}", "source": SHEET_SOURCE},
        filename=name,
    )
    record = next(e for e in service.get_case(case_id).evidence if e.entity_id == evidence_id)
    stored.append(str(record.data["blob_id"]))
    digest = str(record.data["sha256"])
    changes: dict[str, object] = {"amount_claimed": amount}
    if relief_note is None:
        changes["relief_sought"] = relief
    service.update_adr_matter(matter_id, changes)
    exhibit_fields = {
        "evidence_id": evidence_id,
        "title": SHEET_TITLE,
        "made_on": until.isoformat(),
        "purpose": SHEET_PURPOSE,
        "original_or_copy": "original",
        "kind": "document",
    }
    if earlier is None:
        exhibit_id = service.add_exhibit(matter_id, exhibit_fields)
    else:
        exhibit_id = earlier
        service.update_exhibit(exhibit_id, exhibit_fields)
    service.vault.record_audit(
        "wage_claim_used",
        case_id,
        {
            "matter": matter_id,
            "amount": amount,
            "sha256": digest,
            "replaced": earlier is not None,
            "until": until.isoformat(),
        },
    )
    return evidence_id, exhibit_id, digest
