"""Flipped bytes and swapped ciphertexts are detected by `check` and never shown as data."""

from __future__ import annotations

import io
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.errors import VaultCorruptError
from desktop.store.check import check_vault
from desktop.vaults import create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.support.factories import make_case

# (table, key column, ciphertext columns, area named by check)
TARGETS = [
    ("ops", "seq", ("nonce", "ciphertext"), "ops"),
    ("snapshot_chunks", "rowid", ("nonce", "ciphertext"), "snapshot"),
    ("case_keys", "rowid", ("wrapped",), "keys"),
    ("sealed", "name", ("nonce", "ciphertext"), "settings"),
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, kdf_params=fast_params_for_tests())
    service = CaseService(vault)
    for i in range(3):
        case_id = make_case(service, i)
        service.add_timeline_entry(case_id, {"note": f"entry {i}"})
        service.add_evidence(case_id, io.BytesIO(bytes(range(256)) * 9000), {"title": "scan"},
                             filename="scan.bin")  # multi-chunk  # fmt: skip
    vault.write_sealed("settings", {"organisation": "NGO"})
    vault.close()  # writes a snapshot
    return folder


def copy_of(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(template, target)
    (target / ".lock").unlink(missing_ok=True)
    return target


def cells(folder: Path, table: str, key: str, column: str) -> list[tuple[object, int]]:
    conn = sqlite3.connect(folder / "vault.db")
    rows = conn.execute(f"SELECT {key}, length({column}) FROM {table}").fetchall()
    conn.close()
    return rows


def flip(folder: Path, table: str, key: str, column: str, row_key: object, index: int) -> None:
    conn = sqlite3.connect(folder / "vault.db")
    (value,) = conn.execute(f"SELECT {column} FROM {table} WHERE {key}=?", (row_key,)).fetchone()
    data = bytearray(value)
    data[index] ^= 1 << random.randrange(8)
    with conn:
        conn.execute(f"UPDATE {table} SET {column}=? WHERE {key}=?", (bytes(data), row_key))
    conn.close()


def problems_after_unlock(folder: Path) -> tuple[list[str], object]:
    vault = open_vault(folder)
    try:
        vault.unlock(PASSPHRASE)
        report = check_vault(vault)
        return [p.area for p in report.problems], vault.load_report
    finally:
        vault.close()


@pytest.mark.parametrize("seed", range(24))
def test_any_flipped_byte_is_detected(template: Path, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    table, key, columns, area = TARGETS[seed % len(TARGETS)]
    column = rng.choice(columns)
    row_key, length = rng.choice(cells(template, table, key, column))
    folder = copy_of(template, tmp_path)
    flip(folder, table, key, column, row_key, rng.randrange(length))
    areas, _ = problems_after_unlock(folder)
    assert area in areas, areas


def test_a_tampered_op_is_never_shown(template: Path, tmp_path: Path) -> None:
    folder = copy_of(template, tmp_path)
    conn = sqlite3.connect(folder / "vault.db")
    # Drop the snapshot so that unlocking must replay (and decrypt) the tampered op.
    seq = conn.execute("SELECT MAX(seq) FROM ops WHERE entity='timeline'").fetchone()[0]
    with conn:
        conn.execute("DELETE FROM snapshots")
    conn.close()
    flip(folder, "ops", "seq", "ciphertext", seq, 3)
    vault = open_vault(folder)
    try:
        vault.unlock(PASSPHRASE)
        notes = [
            t.data["note"]
            for row in CaseService(vault).list_cases()
            for t in CaseService(vault).get_case(row.case_id).timeline
        ]
        assert "entry 2" not in notes and "entry 1" in notes
        assert len(vault.load_report.bad_ops) == 1
    finally:
        vault.close()


def blob_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "blobs").rglob("*") if p.is_file())


@pytest.mark.parametrize("seed", range(8))
def test_any_flipped_byte_in_an_evidence_file_is_detected(
    template: Path, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    folder = copy_of(template, tmp_path)
    path = rng.choice(blob_files(folder))
    data = bytearray(path.read_bytes())
    data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    areas, _ = problems_after_unlock(folder)
    assert "evidence" in areas


@pytest.mark.parametrize("damage", ["swap-chunks", "swap-files", "truncate", "append"])
def test_rearranged_evidence_files_are_detected(
    template: Path, tmp_path: Path, damage: str
) -> None:
    folder = copy_of(template, tmp_path)
    first, second = blob_files(folder)[:2]
    data = first.read_bytes()
    record = 12 + 1024 * 1024 + 16
    head = 9
    if damage == "swap-chunks":
        one, two = data[head : head + record], data[head + record : head + 2 * record]
        first.write_bytes(data[:head] + two + one + data[head + 2 * record :])
    elif damage == "swap-files":
        first.write_bytes(second.read_bytes())
        second.write_bytes(data)
    elif damage == "truncate":
        first.write_bytes(data[: head + record])
    else:
        first.write_bytes(data + data[head : head + record])
    areas, _ = problems_after_unlock(folder)
    assert "evidence" in areas


@pytest.mark.parametrize("table,key", [("ops", "seq"), ("snapshot_chunks", "rowid")])
def test_swapped_ciphertexts_are_detected(
    template: Path, tmp_path: Path, table: str, key: str
) -> None:
    folder = copy_of(template, tmp_path)
    conn = sqlite3.connect(folder / "vault.db")
    rows = conn.execute(f"SELECT {key}, nonce, ciphertext FROM {table} ORDER BY {key}").fetchall()
    if len(rows) < 2:
        # a small snapshot has one chunk: swap it with an op's ciphertext instead
        rows.append(conn.execute("SELECT seq, nonce, ciphertext FROM ops LIMIT 1").fetchone())
    (a, na, ca), (b, nb, cb) = rows[:2]
    with conn:
        conn.execute(f"UPDATE {table} SET nonce=?, ciphertext=? WHERE {key}=?", (nb, cb, a))
        if len(rows) > 2 or table == "ops":
            conn.execute(f"UPDATE {table} SET nonce=?, ciphertext=? WHERE {key}=?", (na, ca, b))
    conn.close()
    areas, _ = problems_after_unlock(folder)
    assert ("ops" if table == "ops" else "snapshot") in areas


def test_swapped_case_keys_and_edited_headers_are_detected(template: Path, tmp_path: Path) -> None:
    folder = copy_of(template, tmp_path)
    conn = sqlite3.connect(folder / "vault.db")
    (c1, w1), (c2, w2) = conn.execute("SELECT case_id, wrapped FROM case_keys LIMIT 2").fetchall()
    with conn:
        conn.execute("UPDATE case_keys SET wrapped=? WHERE case_id=?", (w2, c1))
        conn.execute("UPDATE case_keys SET wrapped=? WHERE case_id=?", (w1, c2))
        # move one op's clear header in time: the sealed AD no longer matches
        conn.execute("UPDATE ops SET hlc='0000000000001.00000' WHERE seq=1")
    conn.close()
    areas, _ = problems_after_unlock(folder)
    assert "keys" in areas and "ops" in areas


def test_flipped_passphrase_slot_does_not_unlock(template: Path, tmp_path: Path) -> None:
    folder = copy_of(template, tmp_path)
    flip(folder, "key_wraps", "wrap_id", "wrapped", "passphrase", 20)
    vault = open_vault(folder, sleep=lambda s: None)
    try:
        # Named as damage (its checksum), not taken for a wrong passphrase.
        with pytest.raises(VaultCorruptError, match="passphrase slot is damaged"):
            vault.unlock(PASSPHRASE)
    finally:
        vault.close()


def test_edited_audit_entry_breaks_the_chain(template: Path, tmp_path: Path) -> None:
    folder = copy_of(template, tmp_path)
    conn = sqlite3.connect(folder / "vault.db")
    with conn:
        conn.execute("UPDATE audit SET action='nothing_happened' WHERE seq=1")
    conn.close()
    areas, _ = problems_after_unlock(folder)
    assert "audit" in areas


def test_untouched_copy_checks_clean(template: Path, tmp_path: Path) -> None:
    areas, _ = problems_after_unlock(copy_of(template, tmp_path))
    assert areas == []
