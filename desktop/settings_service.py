"""Vault settings the counselor edits: the organisation's letterhead and the reference codes."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.organisation import Letterhead, read_letterhead, write_letterhead
from desktop.store.vault import Vault

__all__ = ["Letterhead", "ReferenceCodes", "SettingsService"]


@dataclass(frozen=True)
class ReferenceCodes:
    """The prefixes of new reference numbers (unique across offline devices)."""

    office_code: str
    device_code: str


class SettingsService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def letterhead(self) -> Letterhead:
        return read_letterhead(self._vault)

    def set_letterhead(self, letterhead: Letterhead) -> None:
        write_letterhead(self._vault, letterhead)

    def reference_codes(self) -> ReferenceCodes:
        device = self._vault.device
        return ReferenceCodes(device.office_code, device.device_code)

    def set_reference_codes(self, codes: ReferenceCodes) -> None:
        """Change the prefixes of new reference numbers (existing ones keep theirs)."""
        self._vault.set_codes(office_code=codes.office_code, device_code=codes.device_code)
