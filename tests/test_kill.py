"""A writer killed with SIGKILL at random points loses nothing it acknowledged."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.cases.model import Entity
from desktop.cases.service import CaseService
from desktop.store.check import check_vault
from desktop.store.vault import Vault
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("MADOGUCHI_KILLS", "50"))


def run_and_kill(folder: Path, seed: int, delay: float) -> list[dict[str, str]]:
    env = {**os.environ, "MADOGUCHI_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.writer", str(folder), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    acks: list[dict[str, str]] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            acks.append(json.loads(line))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 30
    while not acks and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)  # wait for "ready": unlocked and writing
    assert acks and acks[0]["kind"] == "ready", proc.stderr.read().decode() if proc.stderr else ""
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    reader.join(timeout=10)
    assert proc.stderr is not None
    proc.stderr.close()
    proc.stdout.close()
    return [a for a in acks if a["kind"] != "ready"]


@pytest.mark.slow
def test_sigkill_at_random_points_keeps_every_acknowledged_write(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    rng = random.Random(20261121)
    acknowledged: list[dict[str, str]] = []
    for round_ in range(KILLS):
        acknowledged += run_and_kill(folder, round_, rng.uniform(0.02, 0.5))
        reopened = open_vault(folder)
        try:
            reopened.unlock(PASSPHRASE)
            report = check_vault(reopened)
            assert report.ok, [str(p) for p in report.problems]
            # unfinished evidence files were cleaned up at unlock
            assert list((folder / "blobs").rglob("*.part")) == []
            expect_all(CaseService(reopened), acknowledged)
        finally:
            reopened.close()
    assert len(acknowledged) > KILLS  # the writer really wrote between kills


def expect_all(service: CaseService, acknowledged: list[dict[str, str]]) -> None:
    summaries: dict[str, set[str]] = {}
    for a in acknowledged:
        if a["kind"] == "case":
            summaries.setdefault(a["case"], set()).add(a["value"])
    for case_id, values in summaries.items():
        # A write may also have committed just before the kill without its ACK being
        # printed, so the current value can be newer; every acknowledged one is in history.
        history = {h.fields.get("summary") for h in service.history(case_id)}
        assert values <= history
    for a in acknowledged:
        if a["kind"] == "timeline":
            rec = service.vault.projection.get(Entity.TIMELINE.value, a["id"])
            assert rec is not None and rec.data["note"] == a["value"]
        elif a["kind"] == "evidence":
            rec = service.vault.projection.get(Entity.EVIDENCE.value, a["id"])
            assert rec is not None and rec.data["title"] == a["value"]
