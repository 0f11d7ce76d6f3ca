"""Every service of one unlocked vault, built together: what the UI is handed instead of the vault.

The UI and the CLI call the same methods for the same use-case (issue 14, point 2).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.audit_service import AuditService
from desktop.cases.service import CaseService
from desktop.device_keyring import DeviceKeyring
from desktop.keys_service import KeysService
from desktop.saved_filters_service import SavedFiltersService
from desktop.settings_service import SettingsService
from desktop.store.vault import Vault

__all__ = ["VaultServices"]


@dataclass(frozen=True)
class VaultServices:
    cases: CaseService
    keys: KeysService
    audit: AuditService
    settings: SettingsService
    saved_filters: SavedFiltersService
    device_keyring: DeviceKeyring

    @classmethod
    def for_vault(cls, vault: Vault, cases: CaseService | None = None) -> VaultServices:
        return cls(
            cases=cases if cases is not None else CaseService(vault),
            keys=KeysService(vault),
            audit=AuditService(vault),
            settings=SettingsService(vault),
            saved_filters=SavedFiltersService(vault),
            device_keyring=DeviceKeyring(vault),
        )
