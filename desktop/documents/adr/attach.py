"""Giving a described-only exhibit its file later (issue 16 point 7).

An exhibit may be added with no file (``adr exhibit add --described-only``): the statement
of evidence and the bundle's index list it, with no pages (adr/described.py).  Once the
worker brings the document, it is stored as evidence of the case and attached here; the
file is opened the way a bundle will open it before anything is recorded, so a file no
bundle could include is refused whole and the exhibit stays described-only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.cases.model import Entity
from desktop.cases.service import CaseService
from desktop.documents.adr.matter import exhibit_of
from desktop.documents.adr.sources import check_exhibit_evidence
from desktop.errors import InvalidValueError

__all__ = ["attach_exhibit_file"]


def attach_exhibit_file(
    service: CaseService,
    exhibit_id: str,
    evidence_id: str,
    fields: Mapping[str, Any] | None = None,
) -> str | None:
    """Attach the evidence file to a described-only exhibit; returns a note to show (a
    password-protected PDF: the bundle will ask for its password) or None.

    ``fields`` are other edits of the exhibit made at the same time (the window's exhibit
    dialog): they are recorded in the same commit as the file, so a refused file leaves
    them unrecorded too.

    Raises :class:`InvalidValueError` when the exhibit already has a file or the evidence is
    another case's, and :class:`~desktop.errors.ExhibitError` for a file no bundle can take;
    in every case nothing is recorded."""
    case = service.get_case(service.case_of(Entity.EXHIBIT, exhibit_id))
    exhibit = exhibit_of(next(e for e in case.exhibits if e.entity_id == exhibit_id))
    if exhibit.data.get("evidence_id"):
        raise InvalidValueError(
            f"{exhibit.label} already has its file; remove the exhibit and add it again to "
            "use another file.",
            code="exhibit.has_file",
            label=exhibit.label,
        )
    if not any(e.entity_id == evidence_id and not e.deleted for e in case.evidence):
        raise InvalidValueError(
            f"That evidence is not in the case of {exhibit.label}; add the file to this case "
            "first.",
            code="exhibit.evidence_elsewhere",
            label=exhibit.label,
        )
    with service.vault.writing():  # an exception here records nothing
        service.update_exhibit(exhibit_id, {**(fields or {}), "evidence_id": evidence_id})
        return check_exhibit_evidence(service, exhibit_id)
