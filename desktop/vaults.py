"""Creating and opening vaults: the one public door to the vault for the UI and the CLI.

The UI may not import :mod:`desktop.store` or :mod:`desktop.crypto` (issue 14, point 2), so
what it needs before a vault is unlocked lives here: where the vault folder is by default,
the passphrase strength rule, the vault type itself and the fast key-derivation settings
that demo vaults and screenshots use.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import platformdirs

from desktop.cases.derive import CaseDeriver
from desktop.crypto.kdf import KdfParams, fast_params_for_tests
from desktop.settings_service import clean_counselor_name, clean_user_id, write_counselor_name
from desktop.store.keyslots import check_passphrase_strength
from desktop.store.vault import Vault

__all__ = [
    "KdfParams",
    "Vault",
    "check_passphrase_strength",
    "create_vault",
    "default_vault_dir",
    "fast_params_for_tests",
    "open_vault",
    "reset_passphrase",
]


def default_vault_dir() -> Path:
    """Where the vault lives when none is chosen (per-user data folder)."""
    return platformdirs.user_data_path("Madoguchi", appauthor=False) / "vault"


def _deriver(vault: Vault) -> CaseDeriver:
    return CaseDeriver(vault.blind_index)


def create_vault(
    folder: Path,
    passphrase: str,
    *,
    kdf_params: KdfParams | None = None,
    office_code: str = "MDG",
    device_code: str | None = None,
    user_id: str = "counselor",
    counselor_name: str = "",
) -> tuple[Vault, str]:
    """A new, unlocked vault and its recovery key (to show the user once).

    ``counselor_name`` is the person's name as the first run asked it (sealed, editable in
    Settings until the vault syncs)."""
    # Refused before anything is written, so a bad name leaves no half-made vault.
    clean_name = clean_counselor_name(counselor_name)
    user_id = clean_user_id(user_id)
    vault, recovery = Vault.create(
        folder,
        passphrase,
        _deriver,
        kdf_params=kdf_params,
        office_code=office_code,
        device_code=device_code,
        user_id=user_id,
    )
    if clean_name:
        write_counselor_name(vault, clean_name)
    return vault, recovery


def open_vault(folder: Path, *, sleep: Callable[[float], None] = time.sleep) -> Vault:
    """An existing vault, still locked."""
    return Vault.open(folder, _deriver, sleep=sleep)


def reset_passphrase(vault: Vault, new_passphrase: str, kdf_params: KdfParams | None = None) -> str:
    """A forgotten passphrase: on a vault just unlocked with its recovery key, set the new
    passphrase and replace the recovery key; returns the new key (show it once).

    The CLI's ``recover`` and the unlock page's "Forgot the passphrase?" both end here.  The
    recovery key was typed where others may have seen it, so it is replaced at once: the
    old one and its printed sheet stop working.  The strength rule runs before anything
    changes; the two steps are two commits, so if the second fails the passphrase is new
    and the old recovery key still works (nothing is lost, ``new-recovery-key`` repeats it).
    """
    check_passphrase_strength(new_passphrase)
    vault.change_passphrase(new_passphrase, kdf_params)
    return vault.new_recovery_key()
