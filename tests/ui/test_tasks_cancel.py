"""Every kind of cancellation from the core reaches the window the same way."""

from __future__ import annotations

import pytest

from desktop.documents.adr import BundleCancelled
from desktop.store.blobs import CancelledError
from sync.client import SyncCancelledError
from ui.tasks import Background


@pytest.mark.parametrize("error", [CancelledError(), BundleCancelled("stopped"),
                                   SyncCancelledError("stopped")])  # fmt: skip
def test_a_cancelled_job_reports_cancelled_not_failed(qtbot, error: Exception) -> None:  # type: ignore[no-untyped-def]
    background = Background()
    outcome: list[str] = []

    def job() -> None:
        raise error

    background.run(job, done=lambda _: outcome.append("done"),
                   failed=lambda m: outcome.append(f"failed: {m}"),
                   cancelled=lambda: outcome.append("cancelled"))  # fmt: skip
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    assert outcome == ["cancelled"]
    background.wait()
