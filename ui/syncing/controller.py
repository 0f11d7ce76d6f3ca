"""Background sync for the window: a round whenever the server answers, back-off while offline.

The controller never blocks the window: each round runs on the thread pool through
the session; only one round runs at a time (the sync engine is not re-entrant).
After a successful round the next one follows ``interval`` later; after a failure
the wait doubles up to ``max_backoff`` and "Sync now" always tries at once.

A round announces only what it changed: the session passes on the journal's record of
the pulled pages (so only open cases that received ops are read again), and cases whose
access was withdrawn are announced here, since turning read-only writes no op.

A device enrolled but not yet approved is *waiting for approval*, not failing: each round
asks the server (``/v1/me``) every ``approval_poll_ms`` without backing off, so the window
changes by itself moments after the administrator approves the key read to them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.changes import ChangeSet
from sync.client import NotApprovedError, SyncClient, SyncReport, SyncStatus
from ui.session import Session

__all__ = ["SyncController"]


def _status(client: SyncClient) -> SyncStatus:
    return client.status()


def _round(client: SyncClient) -> tuple[SyncReport | None, SyncStatus]:
    """A round's report, or None while the administrator has not approved this device."""
    try:
        report: SyncReport | None = client.sync_once()
    except NotApprovedError:
        report = None
    return report, client.status()


class SyncController(QObject):
    """Runs sync rounds for one unlocked session and reports the status."""

    status_changed = Signal(object)  # SyncStatus
    round_finished = Signal(object)  # SyncReport
    round_failed = Signal(str)
    awaiting_approval_changed = Signal(bool)  # enrolled, the administrator has not approved yet
    stopped = Signal()  # the vault locked (or none is open): no status to show

    def __init__(
        self,
        session: Session,
        *,
        interval_ms: int = 60_000,
        max_backoff_ms: int = 15 * 60_000,
        approval_poll_ms: int = 10_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.interval_ms = interval_ms
        self.max_backoff_ms = max_backoff_ms
        self.approval_poll_ms = approval_poll_ms
        self.wait_ms = interval_ms
        self.running = False
        self.awaiting_approval = False
        self.status: SyncStatus | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        session.unlocked.connect(self.start)
        session.locked.connect(self.stop)
        session.changed.connect(lambda _change: self.refresh_status())

    # -- lifecycle ----------------------------------------------------------------------
    def start(self) -> None:
        """Begin after unlock: show the status, then sync if this vault is enrolled."""
        self.wait_ms = self.interval_ms
        client = self.session.sync_client()
        self.session.run(
            lambda _: _status(client), done=self._first_status, failed=self.round_failed.emit
        )

    def _first_status(self, status: SyncStatus) -> None:
        self._set_status(status)
        if status.state != "not_enrolled":
            self.sync_now()

    def stop(self) -> None:
        self.timer.stop()
        self.running = False
        self.status = None
        self._set_awaiting(False)
        self.stopped.emit()

    def refresh_status(self) -> None:
        if self.session.is_unlocked and not self.running:
            client = self.session.sync_client()
            self.session.run(
                lambda _: _status(client), done=self._set_status, failed=lambda _m: None
            )

    # -- rounds -----------------------------------------------------------------------------
    def sync_now(self) -> None:
        """Start a round now (unless one is running or the vault is locked)."""
        if self.running or not self.session.is_unlocked:
            return
        if self.status is not None and self.status.state == "not_enrolled":
            return
        self.timer.stop()
        self.running = True
        client = self.session.sync_client()
        self.session.run(lambda _: _round(client), done=self._done, failed=self._failed,
                         origin=self)  # fmt: skip

    def _done(self, result: tuple[SyncReport | None, SyncStatus]) -> None:
        report, status = result
        self.running = False
        if report is None:  # still waiting: ask again soon, the wait is not a failure
            self._set_awaiting(True)
            self._set_status(status)
            if self.session.is_unlocked:
                self.timer.start(self.approval_poll_ms)
            return
        self._set_awaiting(False)
        if report.revoked_cases:
            self.session.announce(ChangeSet.of_cases(report.revoked_cases, origin=self))
        self.wait_ms = self.interval_ms
        self._set_status(status)
        self.round_finished.emit(report)
        self._schedule()

    def _failed(self, message: str) -> None:
        self.running = False
        self.wait_ms = min(self.wait_ms * 2, self.max_backoff_ms)
        self.round_failed.emit(message)
        self.refresh_status()
        self._schedule()

    def _schedule(self) -> None:
        if self.session.is_unlocked:
            self.timer.start(self.wait_ms)

    def _set_awaiting(self, awaiting: bool) -> None:
        if awaiting != self.awaiting_approval:
            self.awaiting_approval = awaiting
            self.awaiting_approval_changed.emit(awaiting)

    def _set_status(self, status: Any) -> None:
        self.status = status
        self.status_changed.emit(status)
