"""Saved case-list filters: named filter states, sealed in the vault (a query can name a person).

A filter state is the case list's own description of its filter widgets (a JSON
object); this module stores it and gives it back unchanged, so the UI alone decides
what a state holds.
"""

from __future__ import annotations

from typing import Any

from desktop.errors import InvalidValueError
from desktop.store.sealed_records import SAVED_FILTERS, SavedFiltersRecord, SealedStore

__all__ = ["FilterState", "delete_filter", "save_filter", "saved_filters"]

FilterState = dict[str, Any]


def saved_filters(vault: SealedStore) -> dict[str, FilterState]:
    """Every saved filter by name; empty when none was saved."""
    stored = SAVED_FILTERS.read(vault)
    return dict(stored.filters) if stored else {}


def save_filter(vault: SealedStore, name: str, state: FilterState) -> dict[str, FilterState]:
    """Save ``state`` as ``name`` (replacing a filter of that name); returns every filter."""
    name = name.strip()
    if not name:
        raise InvalidValueError("A saved filter needs a name.")

    def add(stored: SavedFiltersRecord | None) -> SavedFiltersRecord:
        filters = dict(stored.filters) if stored else {}
        filters[name] = dict(state)
        return SavedFiltersRecord(filters=filters)

    return dict(SAVED_FILTERS.update(vault, add).filters)


def delete_filter(vault: SealedStore, name: str) -> dict[str, FilterState]:
    """Forget the filter ``name`` (nothing happens if there is none); returns every filter."""

    def remove(stored: SavedFiltersRecord | None) -> SavedFiltersRecord:
        filters = dict(stored.filters) if stored else {}
        filters.pop(name, None)
        return SavedFiltersRecord(filters=filters)

    return dict(SAVED_FILTERS.update(vault, remove).filters)
