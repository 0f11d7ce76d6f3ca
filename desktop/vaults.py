"""Creating and opening vaults with the case tables wired in."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from desktop.cases.derive import CaseDeriver
from desktop.crypto.kdf import KdfParams
from desktop.store.vault import Vault


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
