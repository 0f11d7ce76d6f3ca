"""Everything that would stop a bundle, found before anyone chooses a folder (issue 16 point 7).

``build_bundle`` stops at the first problem; a counselor fixing a matter for filing wants
the whole list at once: the missing consent, a matter without exhibits (or none with a
file), and every exhibit whose file is missing, unreadable or not a document a bundle can
take.  A password-protected PDF is not a problem: the build asks for its password; nor is
an exhibit described only (no file): it is listed without pages (adr/described.py).
"""

from __future__ import annotations

from desktop.cases.model import ConsentPurpose
from desktop.cases.service import CaseService
from desktop.documents.adr.matter import matter_case_id
from desktop.documents.adr.sources import check_exhibit_evidence
from desktop.errors import DocumentError, ExhibitError, MadoguchiError

__all__ = ["bundle_problems"]


def bundle_problems(service: CaseService, matter_id: str) -> list[MadoguchiError]:
    """Every problem that would stop the matter's bundle, in filing order; [] when none."""
    case_id = matter_case_id(service, matter_id)
    problems: list[MadoguchiError] = []
    try:
        service.require_consent(case_id, ConsentPurpose.ADR, None)
    except MadoguchiError as exc:
        problems.append(exc)
    case = service.get_case(case_id)
    exhibits = case.exhibits_of(matter_id)
    if not exhibits:
        title = str(next(m for m in case.adr_matters if m.entity_id == matter_id).data["title"])
        problems.append(DocumentError(
            f"ADR matter '{title}' has no exhibits; add its evidence as exhibits first.",
            code="document.no_exhibits", title=title,
        ))  # fmt: skip
    filed = [e for e in exhibits if e.data.get("evidence_id")]
    if exhibits and not filed:
        title = str(next(m for m in case.adr_matters if m.entity_id == matter_id).data["title"])
        problems.append(DocumentError(
            f"No exhibit of ADR matter '{title}' has a file (all are described only); attach "
            "at least one exhibit's file to build the bundle.",
            code="document.no_exhibit_files", title=title,
        ))  # fmt: skip
    for exhibit in filed:
        try:
            check_exhibit_evidence(service, exhibit.entity_id)
        except ExhibitError as exc:
            problems.append(exc)
    return problems
