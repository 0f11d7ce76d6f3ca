"""Long work stays off the GUI thread: a 500 MB evidence import keeps the UI responsive.

A 10 ms timer on the GUI thread measures how late each tick arrives while the import
runs through ``Session.run`` on the thread pool; progress arrives as signals and the
import can be cancelled midway without leaving anything behind.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.ui.conftest import wait_for
from ui.session import Session

MIB = 1024 * 1024
TICK_MS = 10


def _evidence_file(folder: Path, mib: int) -> Path:
    path = folder / "evidence.bin"
    with path.open("wb") as handle:
        for _ in range(mib):
            handle.write(os.urandom(MIB))
    return path


def _case(qtbot: object, session: Session) -> str:
    return wait_for(  # type: ignore[no-any-return]
        qtbot, session, lambda s: s.create_case({"full_name": "Nguyen Van An"})
    )


class LatencyProbe:
    """A 10 ms precise timer; ``max_late_ms`` is the worst lateness of a tick."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.ticks = 0
        self.max_late_ms = 0.0
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = (now - self._last) * 1000 - TICK_MS
        self.max_late_ms = max(self.max_late_ms, late)
        self.ticks += 1
        self._last = now


@pytest.mark.slow
def test_500_mb_import_keeps_the_event_loop_responsive(
    qtbot, session: Session, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(qtbot, session)
    size_mib = 500
    path = _evidence_file(tmp_path, size_mib)
    progress: list[int] = []
    outcome: list[object] = []
    probe = LatencyProbe()
    probe.start()
    started = time.perf_counter()
    session.run(
        lambda s, progress, cancelled: s.add_evidence(
            case_id, path, {}, progress=progress, cancelled=cancelled
        ),
        done=outcome.append,
        failed=outcome.append,
        progress=progress.append,
        changes=case_id,
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=300_000)
    elapsed = time.perf_counter() - started
    probe.stop()
    path.unlink()

    assert isinstance(outcome[0], str) and outcome[0], outcome  # the evidence id
    assert len(progress) > 10, progress
    assert progress == sorted(progress)
    assert progress[-1] == size_mib * MIB
    assert probe.ticks > elapsed * 1000 / TICK_MS / 4, (probe.ticks, elapsed)
    assert probe.max_late_ms < 100, (
        f"the GUI thread stalled {probe.max_late_ms:.0f} ms during the import"
    )
    evidence = wait_for(qtbot, session, lambda s: s.get_case(case_id).evidence)
    assert len(evidence) == 1


def test_cancel_midway_stores_nothing(qtbot, session: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case_id = _case(qtbot, session)
    path = _evidence_file(tmp_path, 256)
    progress: list[int] = []
    outcome: list[object] = []
    cancelled: list[bool] = []

    def on_progress(done: int) -> None:
        progress.append(done)
        if len(progress) == 2:  # a little way in
            cancel.cancel()

    cancel = session.run(
        lambda s, progress, cancelled: s.add_evidence(
            case_id, path, {}, progress=progress, cancelled=cancelled
        ),
        done=outcome.append,
        failed=outcome.append,
        progress=on_progress,
        cancelled=lambda: cancelled.append(True),
        changes=case_id,
    )
    qtbot.waitUntil(lambda: bool(outcome or cancelled), timeout=120_000)

    assert cancelled == [True], outcome
    assert not outcome
    assert 0 < progress[-1] < 256 * MIB
    evidence = wait_for(qtbot, session, lambda s: s.get_case(case_id).evidence)
    assert evidence == []
    assert session.vault is not None
    assert not [p for p in (session.vault.folder / "blobs").rglob("*") if p.is_file()]
