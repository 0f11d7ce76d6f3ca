"""What the sync client answers: the result of enrolling, of a round, the status shown in
the window, and the colleagues a case can be shared with.  Plain data, re-exported by
:mod:`sync.client` (the UI imports them from there)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from desktop.changes import ChangeSet


@dataclass(frozen=True)
class Colleague:
    """Someone in the organisation directory whose key certificate checked out."""

    user_id: str
    role: str
    device_name: str


@dataclass(frozen=True)
class CaseHolders:
    """``users`` hold the case's key on the server; ``owners`` of them may withdraw others.
    ``on_server`` is False while this person holds no grant there (not synced yet, or they
    left the case)."""

    me: str
    users: tuple[str, ...] = ()
    owners: frozenset[str] = frozenset()
    on_server: bool = True


@dataclass(frozen=True)
class EnrolResult:
    status: str  # "pending" until an administrator approves, then "approved"
    role: str
    user_id: str
    device_id: str
    org_name: str
    org_fingerprint: str


@dataclass
class SyncReport:
    """What one round moved."""

    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    pulled: int = 0
    quarantined: int = 0  # newly quarantined this round
    released: int = 0  # quarantined before, opened this round
    conflicts: int = 0  # records now in conflict in this vault
    grants_received: int = 0
    revoked_cases: list[str] = field(default_factory=list)
    blobs_uploaded: int = 0
    blobs_downloaded: int = 0
    clock_skew_s: float = 0.0  # server clock minus this device's clock
    clock_skew_flagged: bool = False
    future_ops: int = 0  # ops stamped far ahead of this device's clock (flagged, not trusted)
    server_version: str = ""
    problems: list[str] = field(default_factory=list)
    # What pulled pages changed here (sorted, for JSON): the UI refreshes only these cases.
    changed_cases: list[str] = field(default_factory=list)
    changed_kinds: list[str] = field(default_factory=list)

    def note_changes(self, change: ChangeSet) -> None:
        self.changed_cases = sorted(set(self.changed_cases) | change.cases)
        self.changed_kinds = sorted(set(self.changed_kinds) | change.kinds)

    def change_set(self) -> ChangeSet:
        return ChangeSet(cases=frozenset(self.changed_cases), kinds=frozenset(self.changed_kinds))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


State = Literal["synced", "pending", "offline", "conflicts", "error", "not_enrolled"]


@dataclass(frozen=True)
class SyncStatus:
    state: State
    pending: int
    conflicts: int
    quarantined: int
    last_sync: str | None
    last_error: str | None
    read_only_cases: int = 0
