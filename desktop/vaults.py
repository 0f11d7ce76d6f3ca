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
) -> tuple[Vault, str]:
    """A new, unlocked vault and its recovery key (to show the user once)."""
    return Vault.create(
        folder,
        passphrase,
        _deriver,
        kdf_params=kdf_params,
        office_code=office_code,
        device_code=device_code,
        user_id=user_id,
    )


def open_vault(folder: Path, *, sleep: Callable[[float], None] = time.sleep) -> Vault:
    """An existing vault, still locked."""
    return Vault.open(folder, _deriver, sleep=sleep)
