"""Stored vaults of every released format open, migrate and check clean."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cases.service import CaseService
from desktop.errors import VaultFormatError
from desktop.store import format as vault_format
from desktop.store.check import check_vault
from desktop.store.database import get_meta
from desktop.vaults import open_vault
from tests.fixtures.make_vault_fixture import EVIDENCE, EXPECTED, FIXTURE_PASSPHRASE

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    target = tmp_path / "vault_v1"
    shutil.copytree(FIXTURES / "vault_v1", target)
    return target


def test_format_1_vault_opens_with_everything_in_it(v1: Path) -> None:
    vault = open_vault(v1)
    try:
        vault.unlock(FIXTURE_PASSPHRASE)
        # The fixture's snapshot holds an older projection version: it is ignored and the
        # projection rebuilt from the op log (nothing is lost; the op log is the truth).
        assert not vault.load_report.from_snapshot and vault.load_report.bad_ops == ()
        service = CaseService(vault)
        rows = service.list_cases()
        assert sorted(r.full_name for r in rows) == sorted(EXPECTED["names"])
        notes = sorted(t.data["note"] for r in rows for t in service.get_case(r.case_id).timeline)
        assert notes == sorted(EXPECTED["timeline_notes"])
        first = next(r for r in rows if r.full_name == "Nguyen Van An")
        view = service.get_case(first.case_id)
        assert view.parties[0].data["role"] == "employer"
        evidence = view.evidence[0]
        assert b"".join(service.read_evidence(evidence.entity_id)) == EVIDENCE
        assert evidence.data["sha256"] == hashlib.sha256(EVIDENCE).hexdigest()
        assert vault.read_sealed("settings") == {"organisation": "Fixture NGO"}
        assert service.find_duplicates({"full_name": "x", "residence_card_number": "ab12345678cd"})
        assert check_vault(vault).ok
    finally:
        vault.close()


def test_format_1_recovery_key_still_works(v1: Path) -> None:
    key = (v1 / "RECOVERY_KEY.txt").read_text(encoding="utf-8").strip()
    vault = open_vault(v1)
    try:
        vault.unlock_with_recovery_key(key)
        assert vault.is_unlocked
    finally:
        vault.close()


def test_a_registered_migration_runs_once_in_a_transaction(
    v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def to_v2(conn: sqlite3.Connection) -> None:
        calls.append(1)
        conn.execute("CREATE TABLE example_v2(x)")

    monkeypatch.setattr(vault_format, "FORMAT_VERSION", 2)
    monkeypatch.setitem(vault_format.MIGRATIONS, 1, to_v2)
    open_vault(v1).close()
    open_vault(v1).close()
    assert calls == [1]
    conn = sqlite3.connect(v1 / "vault.db")
    assert get_meta(conn, "format_version") == 2
    conn.close()


def test_a_failing_migration_leaves_the_old_vault_untouched(
    v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done(x)")
        raise RuntimeError("disk full")

    monkeypatch.setattr(vault_format, "FORMAT_VERSION", 2)
    monkeypatch.setitem(vault_format.MIGRATIONS, 1, broken)
    with pytest.raises(VaultFormatError, match="left unchanged"):
        open_vault(v1)
    conn = sqlite3.connect(v1 / "vault.db")
    assert get_meta(conn, "format_version") == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchone() is None
    conn.close()


def test_format_1_vault_gains_the_sync_tables(v1: Path) -> None:
    from desktop.store import sync_state

    vault = open_vault(v1)
    try:
        vault.unlock(FIXTURE_PASSPHRASE)
        assert get_meta(vault.conn, "format_version") == vault_format.FORMAT_VERSION == 2
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert {"sync_meta", "sync_quarantine", "sync_readonly", "sync_key_grants"} <= tables
        # Everything written before sync existed is waiting to be sent, in local order.
        pending = sync_state.pending_ops(vault, limit=10_000)
        assert len(pending) == sync_state.count_ops(vault, "pending") > 0
        assert [o.seq for o in pending] == sorted(o.seq for o in pending)
        sync_state.set_values(vault, {"cursor": "abc"})
        case_id = pending[0].header.case_id
        assert vault.case_key_ids(case_id) == [vault.case_key(case_id)[0]]
        assert check_vault(vault).ok
    finally:
        vault.close()
    vault = open_vault(v1)
    try:
        vault.unlock(FIXTURE_PASSPHRASE)
        assert sync_state.get_value(vault, "cursor") == "abc"
    finally:
        vault.close()
