"""Drafting work records from a case's timeline, and adding the ones the counselor accepts.

The proposal and the merge rule are in :mod:`desktop.wages.timeline_drafts`; this module
reads the case and stores the result.  Accepting re-drafts from the stored timeline
inside the write transaction, so what is added is what the timeline says now; a draft
key that no longer exists (an entry corrected meanwhile) refuses the whole acceptance.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING

from desktop.cases.views import CaseDetails
from desktop.wages.errors import WageDraftError
from desktop.wages.timeline_drafts import DraftSheet, MergeResult, draft_records, merge_drafts

if TYPE_CHECKING:
    from desktop.cases.service import CaseService

__all__ = ["add_drafted_records", "drafts_for_case", "stored_records"]


def stored_records(details: CaseDetails) -> str:
    """The case's work records CSV ("" when it has none)."""
    if details.wages is None or details.wages.deleted:
        return ""
    return str(details.wages.data.get("records") or "")


def drafts_for_case(service: CaseService, case_id: str) -> DraftSheet:
    details = service.get_case(case_id)
    return draft_records(details, stored_records(details))


def add_drafted_records(
    service: CaseService, case_id: str, keys: Collection[str], replace: Collection[date] = ()
) -> MergeResult:
    """Add the drafts named by ``keys``; a day the case records differently is replaced
    only if it is in ``replace`` (the counselor was asked).  One transaction."""
    with service.vault.writing():
        details = service.get_case(case_id)
        stored = stored_records(details)
        by_key = {d.key: d for d in draft_records(details, stored).drafts}
        gone = [k for k in keys if k not in by_key]
        if gone:
            raise WageDraftError(
                f"The draft {gone[0]} is no longer in the timeline of {details.ref}; draft again.",
                key=gone[0],
                ref=details.ref,
            )
        result = merge_drafts(stored, [by_key[k] for k in keys], replace)
        if result.added:
            service.set_wages(case_id, {"records": result.csv})
    return result
