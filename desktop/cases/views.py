"""What the case services hand back: records, one case with all its parts, its history.

Plain frozen values: a view never holds the vault or a lock, so the UI can keep one on
the GUI thread while another thread commits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["CaseDetails", "HistoryEntry", "RecordView"]


@dataclass(frozen=True)
class RecordView:
    """One record as the UI shows it: current values plus any unresolved alternatives."""

    entity: str
    entity_id: str
    data: dict[str, Any]
    alternatives: dict[str, dict[str, Any]]
    deleted: bool
    in_conflict: bool
    created_by: str
    updated_by: str
    updated_hlc: str


@dataclass(frozen=True)
class CaseDetails:
    """Everything about one case, read from the projection."""

    case_id: str
    case: RecordView
    worker: RecordView | None
    parties: list[RecordView]
    topics: list[RecordView]
    timeline: list[RecordView]
    tasks: list[RecordView]
    consents: list[RecordView]
    evidence: list[RecordView]
    referrals: list[RecordView] = field(default_factory=list)
    adr_matters: list[RecordView] = field(default_factory=list)
    exhibits: list[RecordView] = field(default_factory=list)
    wages: RecordView | None = None  # wage terms, day records and payslips (CSV text)

    def exhibits_of(self, matter_id: str) -> list[RecordView]:
        """The matter's exhibits in filing order (number, then branch)."""
        mine = [e for e in self.exhibits if e.data.get("matter") == matter_id and not e.deleted]
        return sorted(mine, key=lambda e: (int(e.data["number"]), int(e.data.get("branch") or 0)))

    @property
    def ref(self) -> str:
        return str(self.case.data.get("ref", ""))


@dataclass(frozen=True)
class HistoryEntry:
    """One change to a case: who, when, on which device, what."""

    op_id: str
    hlc: str
    at: datetime
    author: str
    device: str
    entity: str
    entity_id: str
    kind: str
    fields: dict[str, Any]
