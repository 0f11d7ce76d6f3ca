"""Encrypted backups: the restore drill (backup → lose the vault → restore → unlock → same
cases and evidence), through the real CLI, and the refusals that keep a vault safe."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.backup import (
    BACKUP_PREFIX,
    BackupError,
    back_up_vault,
    restore_vault,
    verify_backup,
)
from desktop.cases.service import CaseService
from desktop.errors import VaultExistsError
from desktop.store.vault import Vault
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.support.factories import make_case
from tests.test_cli import assert_one_line_error, run

EVIDENCE = b"payslip scan " * 5000


def _fill(vault: Vault) -> tuple[list[str], str]:
    service = CaseService(vault)
    case_ids = [make_case(service, index) for index in range(3)]
    evidence_id = service.add_evidence(case_ids[0], io.BytesIO(EVIDENCE), filename="payslip.png")
    return sorted(service.get_case(case_id).ref for case_id in case_ids), evidence_id


def _refs_and_evidence(folder: Path, evidence_id: str) -> tuple[list[str], bytes]:
    with open_vault(folder) as vault:
        vault.unlock(PASSPHRASE)
        service = CaseService(vault)
        refs = sorted(row.ref for row in service.list_cases())
        data = b"".join(service.read_evidence(evidence_id))
    return refs, data


def test_restore_drill_through_the_cli(vault: Vault, tmp_path: Path) -> None:
    refs, evidence_id = _fill(vault)
    folder = vault.folder
    vault.close()
    stick = tmp_path / "usb-stick"
    stick.mkdir()

    made = run("backup", "--vault", str(folder), "--to", str(stick), passphrase=None)
    assert made.returncode == 0, made.stderr
    backups = list(stick.iterdir())
    assert len(backups) == 1 and backups[0].name.startswith(BACKUP_PREFIX), backups
    assert "verified" in made.stdout

    # The laptop's disk dies: the vault is gone.
    shutil.rmtree(folder)
    restored = run("restore", "--from", str(backups[0]), "--vault", str(folder), passphrase=None)
    assert restored.returncode == 0, restored.stderr
    assert _refs_and_evidence(folder, evidence_id) == (refs, EVIDENCE)
    checked = run("check", "--vault", str(folder))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_restore_refuses_to_overwrite_a_vault(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    backup = back_up_vault(vault, tmp_path)
    folder = vault.folder
    vault.close()
    before = (folder / "vault.db").read_bytes()
    with pytest.raises(VaultExistsError, match="refuses to overwrite"):
        restore_vault(backup.folder, folder)
    assert (folder / "vault.db").read_bytes() == before
    result = run("restore", "--from", str(backup.folder), "--vault", str(folder), passphrase=None)
    assert_one_line_error(result, 1, "refuses to overwrite")


def test_a_damaged_backup_is_refused_and_nothing_is_restored(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    backup = back_up_vault(vault, tmp_path)
    vault.close()
    database = backup.folder / "vault.db"
    conn = sqlite3.connect(database)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(database.read_bytes())
    data[page_size : page_size + 64] = b"\xff" * 64  # page 2's b-tree header garbled
    database.write_bytes(bytes(data))
    target = tmp_path / "restored"
    with pytest.raises(BackupError) as caught:
        restore_vault(backup.folder, target)
    assert caught.value.code == "backup.damaged"
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_evidence_file_cut_short_fails_the_verification(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    backup = back_up_vault(vault, tmp_path)
    vault.close()
    assert backup.evidence_files >= 1
    for path in (backup.folder / "blobs").rglob("*"):
        if path.is_file():
            path.write_bytes(path.read_bytes()[:-10])  # cut short
    with pytest.raises(BackupError) as caught:
        verify_backup(backup.folder, original=vault.folder)
    assert caught.value.code == "backup.evidence_missing"


def test_backup_is_verified_and_audited_when_unlocked(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    summary = back_up_vault(vault, tmp_path)
    assert summary.folder.parent == tmp_path and summary.evidence_files == 1
    conn = sqlite3.connect(summary.folder / "vault.db")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    actions = [entry.action for entry in vault.audit_entries()]
    assert actions[-1] == "vault_backed_up"


def test_backup_to_a_missing_folder_is_one_clear_error(vault: Vault, tmp_path: Path) -> None:
    folder = vault.folder
    vault.close()
    result = run("backup", "--vault", str(folder), "--to", str(tmp_path / "nowhere"),
                 passphrase=None)  # fmt: skip
    assert_one_line_error(result, 1, "no folder")
