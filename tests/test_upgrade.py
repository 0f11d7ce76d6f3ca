"""Stored vaults of every released format open, migrate and check clean."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.errors import VaultFormatError
from desktop.organisation import read_letterhead
from desktop.safety.records import POOL_SETTING, SafetyService
from desktop.store import format as vault_format
from desktop.store import migrations, schema, sync_state
from desktop.store.check import check_vault
from desktop.store.database import get_meta
from desktop.store.migrations import v1 as format_1
from desktop.vaults import create_vault, open_vault
from tests.fixtures.make_vault_fixture import EVIDENCE, EXPECTED, FIXTURE_PASSPHRASE

FIXTURES = Path(__file__).parent / "fixtures"
# Every stored vault of an earlier format, by the format it was written at.
STORED = {1: "vault_v1", 2: "vault_v2", 3: "vault_v3"}
_FAST = fast_params_for_tests()


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
        assert get_meta(vault.conn, "format_version") == vault_format.FORMAT_VERSION
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


# -- format 2: the richer fixture, its contents listed in CONTENTS.json --------------------
V2_CONTENTS = json.loads((FIXTURES / "vault_v2" / "CONTENTS.json").read_text(encoding="utf-8"))


@pytest.fixture
def v2(tmp_path: Path) -> Path:
    target = tmp_path / "vault_v2"
    shutil.copytree(FIXTURES / "vault_v2", target)
    return target


def test_format_2_vault_upgrades_with_every_record_in_it(v2: Path) -> None:
    expected = V2_CONTENTS
    vault = open_vault(v2)
    try:
        vault.unlock(expected["passphrase"])
        assert get_meta(vault.conn, "format_version") == vault_format.FORMAT_VERSION
        assert vault.load_report.bad_ops == ()
        service = CaseService(vault)
        rows = {r.full_name: r.case_id for r in service.list_cases()}
        assert sorted(rows) == sorted(expected["names"])
        views = {name: service.get_case(case_id) for name, case_id in rows.items()}
        notes = sorted(t.data["note"] for v in views.values() for t in v.timeline)
        assert notes == sorted(expected["timeline_notes"])

        first = views[expected["sync"]["granted_case"]]
        assert {p.data["role"]: p.data["name"] for p in first.parties} == expected["parties"]
        assert [t.data["title"] for t in first.tasks] == ["在留期限"]
        assert [c.data["recipient"] for c in first.consents] == ["弁護士"]
        evidence = first.evidence[0]
        original = expected["evidence"]["line"].encode() * expected["evidence"]["repeat"]
        assert b"".join(service.read_evidence(evidence.entity_id)) == original
        assert evidence.data["sha256"] == expected["evidence_sha256"]
        assert hashlib.sha256(original).hexdigest() == expected["evidence_sha256"]
        assert first.referrals[0].data["evidence"] == [evidence.entity_id]
        assert service.find_duplicates({"full_name": "x", "residence_card_number": "cd87654321ef"})

        # Safety: the assisted record (consented, so it counts for the employer) and the
        # anonymous one in the Safety pool, a container that is not a case.
        safety = SafetyService(service)
        employer = expected["parties"]["employer"]
        scored = safety.responses(employer, None, date(2000, 1, 1), date(2100, 1, 1))
        assert [r.levels["retention_of_identity_documents"] for r in scored] == ["severe"]
        pool = vault.read_sealed(POOL_SETTING)
        assert pool is not None and vault.has_case(pool["case_id"])
        assert pool["case_id"] not in rows.values()

        for name, value in expected["sealed"].items():
            assert vault.read_sealed(name) == value
        assert read_letterhead(vault).name == expected["letterhead_name"]
        identity = vault.read_sealed("identity")
        assert identity is not None and {"card", "mlkem", "x25519", "ed25519"} <= set(identity)
        # The fixture's quarantined op is the one thing check reports (since format 4).
        report = check_vault(vault)
        assert [(p.area, p.where) for p in report.problems] == [("sync", "quarantine")]
        assert report.counts["quarantined_ops"] == 1
    finally:
        vault.close()


def test_format_2_sync_state_survives_the_upgrade(v2: Path) -> None:
    expected = V2_CONTENTS["sync"]
    vault = open_vault(v2)
    try:
        vault.unlock(V2_CONTENTS["passphrase"])
        cases = {r.full_name: r.case_id for r in CaseService(vault).list_cases()}
        assert sync_state.get_value(vault, "cursor") == expected["cursor"]
        assert [q.op_id for q in sync_state.quarantine(vault)] == [expected["quarantined_op"]]
        assert sync_state.count_ops(vault, "synced") == expected["pushed_ops"]
        assert sync_state.count_ops(vault, "pending") == expected["pending_ops"]
        assert sync_state.read_only_cases(vault) == {cases[expected["read_only_case"]]}
        granted = cases[expected["granted_case"]]
        assert sync_state.granted_keys(vault, granted) == {(granted, vault.case_key(granted)[0])}
    finally:
        vault.close()


def test_format_2_recovery_key_still_works(v2: Path) -> None:
    key = (v2 / "RECOVERY_KEY.txt").read_text(encoding="utf-8").strip()
    vault = open_vault(v2)
    try:
        vault.unlock_with_recovery_key(key)
        assert vault.is_unlocked
    finally:
        vault.close()


def test_a_step_failing_late_undoes_the_steps_before_it(v1: Path) -> None:
    """The chain runs in one transaction: 1→2 succeeds, 2→3 fails, the vault stays format 1."""

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE INDEX ops_hlc ON ops(hlc)")
        raise RuntimeError("disk full")

    before = (v1 / "vault.db").read_bytes()
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(vault_format.MIGRATIONS, 2, broken)
        with pytest.raises(VaultFormatError, match="left unchanged"):
            open_vault(v1)
    conn = sqlite3.connect(v1 / "vault.db")
    try:
        assert get_meta(conn, "format_version") == 1
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "sync_meta" not in names and "ops_hlc" not in names
    finally:
        conn.close()
    # Nothing of the failed attempt reached the file: it opens and upgrades cleanly.
    assert (v1 / "vault.db").read_bytes() == before
    vault = open_vault(v1)
    try:
        vault.unlock(FIXTURE_PASSPHRASE)
        assert get_meta(vault.conn, "format_version") == vault_format.FORMAT_VERSION
        assert check_vault(vault).ok
    finally:
        vault.close()


# -- the schema: built directly for new vaults, reached by the steps for old ones ------------
def _schema_of(conn: sqlite3.Connection) -> dict[str, object]:
    """Tables (columns, keys, foreign keys) and indexes (columns, order, uniqueness), as
    SQLite reports them: two schemas that compare equal behave the same."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    out: dict[str, object] = {}
    for table in tables:
        out[f"table {table}"] = {
            "kind": conn.execute(
                "SELECT type, ncol, wr, strict FROM pragma_table_list WHERE name=?", (table,)
            ).fetchall(),
            "columns": conn.execute(f"PRAGMA table_xinfo('{table}')").fetchall(),
            "foreign_keys": conn.execute(f"PRAGMA foreign_key_list('{table}')").fetchall(),
        }
        for _, index, unique, origin, partial in conn.execute(f"PRAGMA index_list('{table}')"):
            out[f"index {index}"] = {
                "table": table,
                "unique": unique,
                "origin": origin,
                "partial": partial,
                "columns": conn.execute(f"PRAGMA index_xinfo('{index}')").fetchall(),
            }
    for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('view', 'trigger')"
    ):
        out[f"{kind} {name}"] = sql
    return out


def _current_schema() -> dict[str, object]:
    conn = sqlite3.connect(":memory:")
    schema.create_current_schema(conn)
    return _schema_of(conn)


def test_the_steps_lead_to_the_format_the_schema_builds() -> None:
    assert vault_format.FORMAT_VERSION == schema.SCHEMA_FORMAT
    assert sorted(migrations.STEPS) == list(range(1, vault_format.FORMAT_VERSION))
    assert vault_format.MIGRATIONS == migrations.STEPS
    # A fixture of every earlier format is committed (write one before raising the format).
    assert set(range(1, vault_format.FORMAT_VERSION)) <= set(STORED)
    assert max(STORED) <= vault_format.FORMAT_VERSION


def test_the_frozen_format_1_schema_is_what_format_1_vaults_hold(v1: Path) -> None:
    def master(conn: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()

    frozen = sqlite3.connect(":memory:")
    format_1.create(frozen)
    stored = sqlite3.connect(v1 / "vault.db")  # a copy: even a read leaves -wal/-shm files
    try:
        assert master(frozen) == master(stored)
    finally:
        stored.close()


def test_a_new_vault_has_the_schema_a_format_1_vault_is_upgraded_to() -> None:
    conn = sqlite3.connect(":memory:")
    format_1.create(conn)
    for version in range(1, vault_format.FORMAT_VERSION):
        migrations.STEPS[version](conn)
    assert _schema_of(conn) == _current_schema()


@pytest.mark.parametrize("version", sorted(STORED))
def test_every_stored_vault_is_upgraded_to_the_current_schema(version: int, tmp_path: Path) -> None:
    target = tmp_path / STORED[version]
    shutil.copytree(FIXTURES / STORED[version], target)
    conn = sqlite3.connect(target / "vault.db", isolation_level=None)
    try:
        assert get_meta(conn, "format_version") == version
        assert vault_format.migrate(conn) == version
        assert get_meta(conn, "format_version") == vault_format.FORMAT_VERSION
        assert _schema_of(conn) == _current_schema()
    finally:
        conn.close()


def test_a_vault_made_today_has_the_current_schema(tmp_path: Path) -> None:
    vault, _ = create_vault(tmp_path / "new", "a long enough passphrase", kdf_params=_FAST)
    try:
        assert get_meta(vault.conn, "format_version") == vault_format.FORMAT_VERSION
        assert _schema_of(vault.conn) == _current_schema()
    finally:
        vault.close()


# -- format 3: the clock's high-water mark is an index lookup ------------------------------
# The query Vault.__init__ runs at every open (vault.py; keep the two the same).
HIGH_WATER_MARK = "SELECT MAX(hlc) FROM ops"


def _plan(conn: sqlite3.Connection, sql: str) -> list[str]:
    return [str(row[3]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]


def test_the_high_water_mark_reads_the_hlc_index_not_the_op_log(tmp_path: Path) -> None:
    # Proven by the plan, not by timing: with the covering index, SQLite's min/max
    # optimisation reads one index entry; without it, every op row.
    vault, _ = create_vault(tmp_path / "new", "a long enough passphrase", kdf_params=_FAST)
    try:
        plan = _plan(vault.conn, HIGH_WATER_MARK)
    finally:
        vault.close()
    assert plan == ["SEARCH ops USING COVERING INDEX ops_hlc"]


@pytest.mark.parametrize("version", [v for v in sorted(STORED) if v < 3])
def test_an_upgraded_vault_finds_its_high_water_mark_by_the_index(
    version: int, tmp_path: Path
) -> None:
    target = tmp_path / STORED[version]
    shutil.copytree(FIXTURES / STORED[version], target)
    conn = sqlite3.connect(target / "vault.db", isolation_level=None)
    try:
        before = conn.execute(HIGH_WATER_MARK).fetchone()[0]
        # Before format 3 no index holds hlc (SQLite reports this walk as "SEARCH ops").
        assert not any("INDEX" in step for step in _plan(conn, HIGH_WATER_MARK))
        vault_format.migrate(conn)
        assert _plan(conn, HIGH_WATER_MARK) == ["SEARCH ops USING COVERING INDEX ops_hlc"]
        assert conn.execute(HIGH_WATER_MARK).fetchone()[0] == before
    finally:
        conn.close()


# -- format 4: the audit log sealed and headed, key slots MAC'd (keyed part at unlock) ------
V3_CONTENTS = json.loads((FIXTURES / "vault_v3" / "CONTENTS.json").read_text(encoding="utf-8"))


@pytest.fixture
def v3(tmp_path: Path) -> Path:
    target = tmp_path / "vault_v3"
    shutil.copytree(FIXTURES / "vault_v3", target)
    return target


def _file_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.name.startswith("vault"))


def test_format_3_vault_gets_its_audit_sealed_at_the_first_unlock(v3: Path) -> None:
    expected = V3_CONTENTS
    # Stored in the clear by format 3: the letter's language and facts, the employer's hash.
    assert expected["employer_sha256"].encode() in (v3 / "vault.db").read_bytes()
    vault = open_vault(v3)  # the structural part runs at open; the keyed part waits
    try:
        assert get_meta(vault.conn, "format_version") == 4
        assert get_meta(vault.conn, migrations.KEYED_MARKER) == 4
        vault.unlock(expected["passphrase"])
        assert get_meta(vault.conn, migrations.KEYED_MARKER) is None
        entries = vault.audit_entries()
        # Every old entry kept (the unsigned failed unlock now signed), then the upgrade
        # entry, then this unlock.
        actions = [e.action for e in entries]
        assert actions == [*expected["audit_actions"], "audit_upgraded", "unlock"]
        assert all(e.signed for e in entries)
        letter = next(e for e in entries if e.action == "letter_made")
        assert letter.details["language"] == expected["letter_language"]
        assert letter.details["facts"] == expected["letter_facts"]
        report = next(e for e in entries if e.action == "safety_report")
        assert report.details["employer_sha256"] == expected["employer_sha256"]
        upgraded = next(e for e in entries if e.action == "audit_upgraded")
        assert upgraded.details == {
            "from_format": 3,
            "entries": len(expected["audit_actions"]),
            "legacy_problems": [],
        }
        assert vault.key_slot_problems() == []
        result = check_vault(vault)
        assert result.ok, result.problems
    finally:
        vault.close()
    raw = _file_bytes(v3)
    assert expected["employer_sha256"].encode() not in raw
    assert b'"language": "vi"' not in raw and b'"facts"' not in raw
    key = (v3 / "RECOVERY_KEY.txt").read_text(encoding="utf-8").strip()
    again = open_vault(v3)
    try:
        again.unlock_with_recovery_key(key)
        assert check_vault(again).ok
    finally:
        again.close()


def test_format_3_audit_that_was_tampered_before_the_upgrade_stays_reported(v3: Path) -> None:
    conn = sqlite3.connect(v3 / "vault.db")
    with conn:
        conn.execute("UPDATE audit SET target='someone-else' WHERE action='letter_made'")
    conn.close()
    vault = open_vault(v3)
    try:
        vault.unlock(V3_CONTENTS["passphrase"])
        problems = check_vault(vault).problems
        assert [str(p) for p in problems] == [
            "[audit] audit log: before the upgrade to format 4, audit entry 2 was altered"
        ]
    finally:
        vault.close()


def test_a_failing_keyed_upgrade_leaves_the_vault_locked_and_unchanged(
    v3: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: sqlite3.Connection, vmk: bytes) -> None:
        conn.execute("DELETE FROM audit")
        raise RuntimeError("disk full")

    monkeypatch.setitem(migrations.KEYED_STEPS, 4, broken)
    vault = open_vault(v3)
    try:
        with pytest.raises(VaultFormatError, match="left unchanged"):
            vault.unlock(V3_CONTENTS["passphrase"])
        assert not vault.is_unlocked
        assert vault.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 4
        assert get_meta(vault.conn, migrations.KEYED_MARKER) == 4
    finally:
        vault.close()


def test_the_keyed_marker_set_on_a_format_4_vault_rewrites_nothing(tmp_path: Path) -> None:
    # Someone with the file sets the marker and trims the log, hoping the "upgrade" rewrites
    # the head from what is left: it converts nothing, and check still sees the cut.
    folder = tmp_path / "new"
    vault, _ = create_vault(folder, "a long enough passphrase", kdf_params=_FAST)
    vault.record_audit("export", "", {"cases": 1})
    vault.close()
    conn = sqlite3.connect(folder / "vault.db")
    with conn:
        conn.execute("DELETE FROM audit WHERE seq=(SELECT MAX(seq) FROM audit)")
        conn.execute("INSERT INTO meta VALUES (?, '4')", (migrations.KEYED_MARKER,))
    conn.close()
    vault = open_vault(folder)
    try:
        vault.unlock("a long enough passphrase")
        messages = [p.message for p in check_vault(vault).problems]
        assert any("short of its sealed head" in m for m in messages), messages
    finally:
        vault.close()
