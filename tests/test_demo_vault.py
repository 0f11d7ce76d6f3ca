"""The demo vault: separate folder, synthetic content, a passphrase shown on screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.cases.service import CaseService
from desktop.demo_vault import DEMO_PASSPHRASE, ensure_demo_vault
from desktop.vaults import open_vault

ROOT = Path(__file__).resolve().parent.parent


def test_the_demo_vault_is_made_once_with_cases_referrals_and_an_adr_matter(
    tmp_path: Path,
) -> None:
    folder = ensure_demo_vault(tmp_path / "demo", cases=60)
    stamp = (folder / "vault.db").stat().st_mtime_ns
    assert ensure_demo_vault(folder, cases=60) == folder  # already there: left alone
    assert (folder / "vault.db").stat().st_mtime_ns == stamp
    with open_vault(folder) as vault:
        vault.unlock(DEMO_PASSPHRASE)
        service = CaseService(vault)
        rows = service.list_cases()
        assert len(rows) == 60
        views = [service.get_case(r.case_id) for r in rows]
        assert any(v.adr_matters for v in views) and any(v.referrals for v in views)


def test_main_demo_opens_the_window_on_the_demo_vault(tmp_path: Path) -> None:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--demo", "--vault", str(tmp_path / "d")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environ, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        code = proc.wait(timeout=25)
    except subprocess.TimeoutExpired:
        code = None  # still running: the window is up
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=10)
    assert code is None, err.decode(errors="replace")
    assert (tmp_path / "d" / "vault.db").exists()
