"""Vault lifecycle: create, unlock, lock, passphrase change, recovery, slow-down, busy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.cases.service import CaseService
from desktop.crypto.kdf import MIN_MEMORY_KIB, KdfParams, calibrate, fast_params_for_tests
from desktop.errors import (
    VaultBusyError,
    VaultExistsError,
    VaultFormatError,
    VaultLockedError,
    VaultNotFoundError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from desktop.store.database import get_meta, set_meta
from desktop.store.vault import Vault, unlock_delay
from desktop.vaults import create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.support.factories import make_case


def reopen(vault: Vault, **kwargs: object) -> Vault:
    folder = vault.folder
    vault.close()
    return open_vault(folder, **kwargs)  # type: ignore[arg-type]


def test_data_survives_lock_and_reopen(vault: Vault, service: CaseService) -> None:
    case_id = make_case(service)
    vault.lock()
    assert not vault.is_unlocked
    with pytest.raises(VaultLockedError):
        service.get_case(case_id)
    vault.unlock(PASSPHRASE)
    assert service.get_case(case_id).worker is not None
    again = reopen(vault)
    try:
        again.unlock(PASSPHRASE)
        assert CaseService(again).get_case(case_id).worker.data["full_name"] == "Nguyen Van An"  # type: ignore[union-attr]
    finally:
        again.close()


def test_wrong_passphrase_is_refused_counted_and_audited(vault: Vault) -> None:
    again = reopen(vault, sleep=lambda s: None)
    try:
        with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
            again.unlock("not the passphrase at all")
        assert again.failed_attempts == 1
        assert not again.is_unlocked
        again.unlock(PASSPHRASE)
        assert again.failed_attempts == 0
        actions = [e.action for e in again.audit_entries()]
        assert actions[-2:] == ["unlock_failed", "unlock"]
        assert again.verify_audit() == []
    finally:
        again.close()


def test_repeated_wrong_passphrases_slow_down(vault: Vault) -> None:
    waits: list[float] = []
    again = reopen(vault, sleep=waits.append)
    try:
        for _ in range(6):
            with pytest.raises(WrongPassphraseError):
                again.unlock("wrong passphrase again")
        assert again.failed_attempts == 6
        # the first three tries are free, then the wait doubles
        assert [round(w) for w in waits] == [1, 2, 4]
        assert again.seconds_until_next_try() > 0
        again.unlock(PASSPHRASE)
        assert again.seconds_until_next_try() == 0
    finally:
        again.close()
    assert unlock_delay(2) == 0 and unlock_delay(3) == 1 and unlock_delay(50) == 60


def test_recovery_key_unlocks_and_resets_passphrase(vault_dir: Path) -> None:
    vault, recovery = create_vault(vault_dir, PASSPHRASE, kdf_params=fast_params_for_tests())
    service = CaseService(vault)
    case_id = make_case(service)
    vault.close()
    vault = open_vault(vault_dir)
    # lower case, missing dashes and a 0-for-O slip still parse
    vault.unlock_with_recovery_key(recovery.lower().replace("-", " "))
    vault.change_passphrase("a brand new passphrase", kdf_params=fast_params_for_tests())
    vault.close()
    vault = open_vault(vault_dir, sleep=lambda s: None)
    with pytest.raises(WrongPassphraseError):
        vault.unlock(PASSPHRASE)
    vault.unlock("a brand new passphrase")
    assert CaseService(vault).get_case(case_id)
    vault.close()


def test_mistyped_recovery_key_is_caught_by_its_checksum(vault: Vault) -> None:
    again = reopen(vault, sleep=lambda s: None)
    try:
        with pytest.raises(WrongPassphraseError, match="mistyped"):
            again.unlock_with_recovery_key("AAAA-BBBB-CCCC")
    finally:
        again.close()


def test_replaced_recovery_key_invalidates_the_old_one(vault_dir: Path) -> None:
    vault, old = create_vault(vault_dir, PASSPHRASE, kdf_params=fast_params_for_tests())
    new = vault.new_recovery_key()
    vault.close()
    vault = open_vault(vault_dir, sleep=lambda s: None)
    with pytest.raises(WrongPassphraseError):
        vault.unlock_with_recovery_key(old)
    vault.unlock_with_recovery_key(new)
    vault.close()


def test_weak_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphraseError):
        create_vault(tmp_path / "v", "short", kdf_params=fast_params_for_tests())
    assert not (tmp_path / "v" / "vault.db").exists()


def test_create_refuses_existing_and_open_refuses_missing(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(VaultExistsError):
        create_vault(vault.folder, PASSPHRASE, kdf_params=fast_params_for_tests())
    with pytest.raises(VaultNotFoundError, match="No vault found"):
        open_vault(tmp_path / "nowhere")


def test_second_opener_is_told_the_vault_is_busy(vault: Vault) -> None:
    with pytest.raises(VaultBusyError, match="open in another"):
        open_vault(vault.folder)


def test_newer_format_is_refused_clearly(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    conn = sqlite3.connect(folder / "vault.db")
    with conn:
        set_meta(conn, "format_version", 99)
    conn.close()
    with pytest.raises(VaultFormatError, match="newer Madoguchi"):
        open_vault(folder)


def test_not_a_vault_file_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / "vault.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(Exception) as info:
        open_vault(folder)
    assert "damaged or is not a vault" in str(info.value)


def test_kdf_parameters_are_stored_versioned_and_at_least_64_mib(vault: Vault) -> None:
    stored = get_meta(vault.conn, "kdf")
    assert stored["algorithm"] == "argon2id" and stored["version"] == 1
    params = KdfParams.from_json(stored)
    assert params.memory_kib >= MIN_MEMORY_KIB
    assert len(params.salt) == 16


def test_calibration_targets_the_requested_cost() -> None:
    params = calibrate(target_seconds=0.2)
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 1


def test_verify_passphrase_on_an_unlocked_vault(vault: Vault) -> None:
    vault.verify_passphrase(PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        vault.verify_passphrase("not the passphrase")
    assert vault.failed_attempts == 1 and vault.is_unlocked
    assert vault.audit_entries()[-1].action == "unlock_failed"
    vault.verify_passphrase(PASSPHRASE)
    assert vault.failed_attempts == 0


def test_default_device_codes_are_letters_and_digits(tmp_path: Path) -> None:
    """A new vault's device code (the middle of every reference number) came from the first
    four characters of a URL-safe id, so about one vault in eight got a "-" or "_" in it
    ("DEMO-3DR_-2026-00002") that Settings itself would refuse."""
    from desktop.store.ids import default_device_code, new_id

    codes = [default_device_code(new_id()) for _ in range(2000)]
    assert all(len(c) == 4 and c.isalnum() and c == c.upper() for c in codes)
    assert len(set(codes)) > 1900  # still a spread, not a constant
    created, _ = create_vault(tmp_path / "v", PASSPHRASE, kdf_params=fast_params_for_tests(),
                              office_code="tst")  # fmt: skip
    with created:
        code = created.device.device_code
        assert code == default_device_code(created.device.device_id) and code.isalnum()
        created.set_codes(office_code="TST", device_code=code)  # what Settings would accept
