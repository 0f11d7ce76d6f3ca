"""The demo vault: separate folder, synthetic content, a passphrase shown on screen."""

from __future__ import annotations

from pathlib import Path

from desktop.cases.service import CaseService
from desktop.demo_vault import DEMO_PASSPHRASE, ensure_demo_vault
from desktop.settings_service import SettingsService
from desktop.vaults import open_vault
from tests.support.window import window_stays_up

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
        # "mine" in My work is not empty: the demo counselor has cases of their own
        me = SettingsService(vault).counselor()
        assert me.name and any(v.case.data.get("assignee") == me.name for v in views)


def test_main_demo_opens_the_window_on_the_demo_vault(tmp_path: Path) -> None:
    window_stays_up("--demo", "--vault", str(tmp_path / "d"), seconds=25)
    assert (tmp_path / "d" / "vault.db").exists()
