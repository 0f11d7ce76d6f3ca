"""The case list's saved filters as a service, so the UI never hands the vault around."""

from __future__ import annotations

from desktop.cases import saved_filters as store
from desktop.cases.saved_filters import FilterState
from desktop.store.vault import Vault

__all__ = ["FilterState", "SavedFiltersService"]


class SavedFiltersService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def all(self) -> dict[str, FilterState]:
        return store.saved_filters(self._vault)

    def save(self, name: str, state: FilterState) -> dict[str, FilterState]:
        """Save (or replace) ``name``; returns every saved filter."""
        return store.save_filter(self._vault, name, state)

    def delete(self, name: str) -> dict[str, FilterState]:
        return store.delete_filter(self._vault, name)
