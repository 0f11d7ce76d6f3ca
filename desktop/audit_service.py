"""The audit log as the UI reads it: its entries and whether the hash chain still verifies."""

from __future__ import annotations

from desktop.store.audit import AuditEntry
from desktop.store.vault import Vault

__all__ = ["AuditEntry", "AuditService"]


class AuditService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def entries(self) -> list[AuditEntry]:
        return self._vault.audit_entries()

    def verify(self) -> list[str]:
        """The problems found in the chain (none when it verifies)."""
        return self._vault.verify_audit()
