"""Key slots: damage named as damage, a MAC over all slots, KDF floors and bounds, and
`check` that does not call a vault with quarantined ops OK."""

from __future__ import annotations

import json
import random
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.crypto import kdf
from desktop.crypto.aead import new_key
from desktop.crypto.keys import wrap_key
from desktop.devicekey import SECURE_BACKENDS, DeviceKeyStore
from desktop.errors import VaultCorruptError, WrongPassphraseError
from desktop.store import slot_integrity
from desktop.store.check import check_vault
from desktop.store.database import Transaction
from desktop.store.keyslots import vmk_ad
from desktop.store.vault import Vault
from desktop.vaults import create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.test_cli import assert_one_line_error, run
from tests.test_devicekey import TEST_BACKEND, MemoryKeyring

RECOVERY_DAMAGED = "[key slots] header: the recovery key slot is damaged"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    """A locked vault and its recovery key."""
    vault, recovery = create_vault(tmp_path / "v", PASSPHRASE,
                                   kdf_params=kdf.fast_params_for_tests())  # fmt: skip
    vault.close()
    return tmp_path / "v", recovery


def _flip_slot(folder: Path, slot: str) -> None:
    conn = sqlite3.connect(folder / "vault.db")
    (wrapped,) = conn.execute("SELECT wrapped FROM key_wraps WHERE wrap_id=?", (slot,)).fetchone()
    data = bytearray(wrapped)
    data[random.randrange(len(data))] ^= 1 << random.randrange(8)
    with conn:
        conn.execute("UPDATE key_wraps SET wrapped=? WHERE wrap_id=?", (bytes(data), slot))
    conn.close()


def _check_lines(folder: Path) -> list[str]:
    vault = open_vault(folder)
    try:
        vault.unlock(PASSPHRASE)
        return [str(p) for p in check_vault(vault).problems]
    finally:
        vault.close()


# -- damaged slots ---------------------------------------------------------------------------
def test_a_damaged_recovery_slot_is_reported_while_the_passphrase_works(
    made: tuple[Path, str],
) -> None:
    folder, recovery = made
    _flip_slot(folder, "recovery")
    vault = open_vault(folder)
    try:
        vault.unlock(PASSPHRASE)  # still opens
        assert vault.slot_problems == ("the recovery key slot is damaged",)
        assert [str(p) for p in check_vault(vault).problems] == [RECOVERY_DAMAGED]
    finally:
        vault.close()
    vault = open_vault(folder)
    try:
        with pytest.raises(VaultCorruptError, match="recovery key slot is damaged; unlock with"):
            vault.unlock_with_recovery_key(recovery)
        assert vault.failed_attempts == 0  # damage is not a guess
    finally:
        vault.close()
    result = run("check", "--vault", str(folder))
    assert result.returncode == 4 and result.stdout.splitlines() == [RECOVERY_DAMAGED]


def test_a_new_recovery_key_mends_a_damaged_recovery_slot(made: tuple[Path, str]) -> None:
    folder, _ = made
    _flip_slot(folder, "recovery")
    vault = open_vault(folder)
    try:
        vault.unlock(PASSPHRASE)
        fresh = vault.new_recovery_key()
        assert vault.key_slot_problems() == []
    finally:
        vault.close()
    vault = open_vault(folder)
    try:
        vault.unlock_with_recovery_key(fresh)
    finally:
        vault.close()


def test_a_damaged_passphrase_slot_is_named_not_taken_for_a_wrong_passphrase(
    made: tuple[Path, str],
) -> None:
    folder, recovery = made
    _flip_slot(folder, "passphrase")
    result = run("check", "--vault", str(folder))
    assert_one_line_error(result, 1, "The passphrase slot is damaged; unlock with the recovery key")
    vault = open_vault(folder)
    try:
        vault.unlock_with_recovery_key(recovery)
        assert vault.key_slot_problems() == ["the passphrase slot is damaged"]
        vault.change_passphrase("a brand new passphrase")  # rewrites the slot: mended
        assert vault.key_slot_problems() == []
    finally:
        vault.close()


def test_a_damaged_device_slot_is_reported_while_the_passphrase_works(vault: Vault) -> None:
    store = DeviceKeyStore(MemoryKeyring(), allowed=SECURE_BACKENDS | {TEST_BACKEND})
    vault.remember_on_device(store)
    assert vault.key_slot_problems() == []
    folder = vault.folder
    vault.close()
    _flip_slot(folder, "device")
    assert _check_lines(folder) == ["[key slots] header: the device key slot is damaged"]
    again = open_vault(folder)
    try:
        with pytest.raises(VaultCorruptError, match="device key slot is damaged"):
            again.unlock_with_device_key(store)
    finally:
        again.close()


def test_forgetting_the_device_while_locked_keeps_the_slots_valid(vault: Vault) -> None:
    store = DeviceKeyStore(MemoryKeyring(), allowed=SECURE_BACKENDS | {TEST_BACKEND})
    vault.remember_on_device(store)
    folder = vault.folder
    vault.close()
    locked = open_vault(folder)
    locked.forget_on_device(store)  # no key: the MAC over the other slots takes over
    locked.close()
    assert _check_lines(folder) == []


def test_a_slot_replaced_with_a_matching_checksum_fails_the_mac(vault: Vault) -> None:
    # Someone who recomputes the checksum (it is no defence against that) cannot make the
    # MAC, which needs the vault key: a foreign recovery wrap is still found.
    folder = vault.folder
    vault_id = vault.device.vault_id
    vault.close()
    foreign = wrap_key(new_key(), new_key(), vmk_ad(vault_id, "recovery"))
    conn = sqlite3.connect(folder / "vault.db", isolation_level=None)
    with Transaction(conn):
        conn.execute("UPDATE key_wraps SET wrapped=? WHERE wrap_id='recovery'", (foreign,))
        slot_integrity.refresh_checksum(conn, "recovery")
    conn.close()
    assert _check_lines(folder) == [
        "[key slots] header: the key slots were changed without the vault key "
        "(their MAC does not match)"
    ]


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(made: tuple[Path, str]) -> None:
    folder, _ = made
    vault = open_vault(folder, sleep=lambda s: None)
    try:
        with pytest.raises(WrongPassphraseError):
            vault.unlock("not the passphrase at all")
    finally:
        vault.close()


# -- KDF floors and bounds ----------------------------------------------------------------
def test_calibration_under_load_never_goes_below_the_floor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A machine so loaded that every derivation seems to take 10 s: calibration alone would
    # pick 1 iteration.
    ticks = iter(range(0, 10_000, 10))
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: float(next(ticks)))
    monkeypatch.setattr(kdf, "derive", lambda passphrase, params: b"")
    params = kdf.calibrate()
    assert params.iterations == kdf.MIN_ITERATIONS == 3
    assert params.memory_kib >= 64 * 1024
    assert kdf.calibrate(memory_kib=1024).memory_kib == 64 * 1024


def test_a_vault_created_under_load_gets_the_floor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ticks = iter(range(0, 10_000, 10))
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: float(next(ticks)))
    vault, _ = create_vault(tmp_path / "v", PASSPHRASE)  # calibrated, as users create
    try:
        stored = json.loads(
            vault.conn.execute("SELECT value FROM meta WHERE key='kdf'").fetchone()[0]
        )
        assert stored["iterations"] >= 3 and stored["memory_kib"] >= 64 * 1024
    finally:
        vault.close()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 2**40),
        ("memory_kib", 8),
        ("iterations", 10**9),
        ("iterations", 0),
        ("iterations", True),
        ("iterations", "3"),
        ("lanes", 0),
        ("lanes", 2**24),
        ("salt", ""),
        ("salt", "zz" * 16),
        ("salt", "00" * 4096),
        ("memory_kib", None),
    ],
)
def test_tampered_kdf_values_are_refused_fast_in_one_line(
    made: tuple[Path, str], field: str, value: object
) -> None:
    folder, _ = made
    conn = sqlite3.connect(folder / "vault.db")
    params = json.loads(conn.execute("SELECT value FROM meta WHERE key='kdf'").fetchone()[0])
    params[field] = value
    with conn:
        conn.execute("UPDATE meta SET value=? WHERE key='kdf'", (json.dumps(params),))
    conn.close()
    vault = open_vault(folder)
    try:
        started = time.perf_counter()
        with pytest.raises(VaultCorruptError) as caught:
            vault.unlock(PASSPHRASE)
        assert time.perf_counter() - started < 1.0
    finally:
        vault.close()
    assert str(caught.value) == (
        "The vault header is damaged (KDF parameters out of range); restore the vault from a "
        "backup."
    )
    assert caught.value.code == "vault.corrupt.kdf_params"


def test_an_oversized_kdf_header_is_one_line_from_the_cli(made: tuple[Path, str]) -> None:
    folder, _ = made
    conn = sqlite3.connect(folder / "vault.db")
    params = json.loads(conn.execute("SELECT value FROM meta WHERE key='kdf'").fetchone()[0])
    params["memory_kib"] = 2**31
    with conn:
        conn.execute("UPDATE meta SET value=? WHERE key='kdf'", (json.dumps(params),))
    conn.close()
    assert_one_line_error(run("check", "--vault", str(folder)), 1, "KDF parameters out of range")


def test_a_damaged_kdf_value_within_range_is_a_damaged_passphrase_slot(
    made: tuple[Path, str],
) -> None:
    folder, _ = made
    conn = sqlite3.connect(folder / "vault.db")
    params = json.loads(conn.execute("SELECT value FROM meta WHERE key='kdf'").fetchone()[0])
    params["iterations"] += 1  # in range, but not what the slot was written with
    with conn:
        conn.execute("UPDATE meta SET value=? WHERE key='kdf'", (json.dumps(params),))
    conn.close()
    vault = open_vault(folder)
    try:
        with pytest.raises(VaultCorruptError, match="passphrase slot is damaged"):
            vault.unlock(PASSPHRASE)
    finally:
        vault.close()


# -- check and the sync quarantine -----------------------------------------------------------
def test_quarantined_ops_make_check_exit_non_zero(made: tuple[Path, str]) -> None:
    folder, _ = made
    assert run("check", "--vault", str(folder)).returncode == 0
    conn = sqlite3.connect(folder / "vault.db")
    with conn:
        for n in (1, 2):
            conn.execute(
                "INSERT INTO sync_quarantine(op_id, case_id, key_id, header, nonce, ciphertext, "
                "server_seq, reason, received_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (f"op-{n}", "case-x", "key-x", "{}", b"n", b"c", n, "no key", "2026-11-01"),
            )
    conn.close()
    result = run("check", "--vault", str(folder))
    assert result.returncode == 4
    assert result.stdout.splitlines() == [
        "[sync] quarantine: 2 op(s) received from the sync server could not be opened and are "
        "set aside; see them with 'python main.py sync-status'"
    ]


def test_the_cli_warns_at_unlock_and_new_recovery_key_mends_the_slot(
    made: tuple[Path, str],
) -> None:
    """The damage is said by every command that unlocks (not only `check`), and mended from
    the command line with the passphrase alone."""
    folder, _ = made
    _flip_slot(folder, "recovery")
    result = run("search", "--vault", str(folder))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        "warning: the recovery key slot is damaged; run 'check', and 'new-recovery-key' to "
        "replace it."
    )
    result = run("new-recovery-key", "--vault", str(folder))
    assert result.returncode == 0, result.stderr
    fresh = result.stdout.split("passphrase is forgotten.")[1].split()[0]
    assert run("check", "--vault", str(folder)).returncode == 0
    result = run(
        "recover", "--vault", str(folder),
        MADOGUCHI_RECOVERY_KEY=fresh, MADOGUCHI_NEW_PASSPHRASE=PASSPHRASE + " again",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
