"""What every case service shares: reading one record, and writing ops against its heads.

A change is made under one hold of the store's lock (``vault.writing()``): the record is
read, checked and written against the heads it was read with, so a change made on another
thread in between becomes a conflict to resolve, never a silent overwrite.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop.cases.model import (
    APPEND_ONLY,
    Entity,
)
from desktop.cases.validation import clean
from desktop.errors import (
    InvalidValueError,
    NotFoundError,
    ReadOnlyCaseError,
)
from desktop.store import sync_state
from desktop.store.ids import new_id
from desktop.store.projection import Record
from desktop.store.vault import Vault


class CaseServiceBase:
    """The vault of one unlocked desk, and the record helpers the services build on."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # -- helpers -----------------------------------------------------------------
    def _record(self, entity: Entity, entity_id: str) -> Record:
        with self.vault.reading() as db:
            rec = db.get(entity.value, entity_id)
        if rec is None or rec.deleted_by is not None:
            raise NotFoundError(
                f"No {entity.value} {entity_id} in this vault.",
                entity=entity.value,
                entity_id=entity_id,
            )
        return rec

    def _require_case(self, case_id: str) -> Record:
        return self._record(Entity.CASE, case_id)

    def _parents(self, rec: Record | None, names: Sequence[str]) -> list[str]:
        if rec is None:
            return []
        heads: set[str] = set()
        for name in names:
            heads.update(h[0] for h in rec.field_heads(name))
        heads.update(rec.delete_heads)
        return sorted(heads)

    def _writable(self, case_id: str) -> None:
        # A case whose share was withdrawn stays readable here (what was seen cannot be
        # unseen) but takes no new changes: they could never reach anyone.
        if sync_state.is_read_only(self.vault, case_id):
            raise ReadOnlyCaseError(
                "Access to this case was withdrawn by its owner; it can be read here but not "
                "changed."
            )

    def _create(self, case_id: str, entity: Entity, fields: Mapping[str, Any]) -> str:
        values = {k: v for k, v in clean(entity, fields, creating=True).items() if v is not None}
        entity_id = new_id()
        with self.vault.writing():
            self._writable(case_id)
            self.vault.put(case_id, entity.value, entity_id, values, [])
        return entity_id

    def _update(self, entity: Entity, entity_id: str, fields: Mapping[str, Any]) -> None:
        if entity in APPEND_ONLY:
            raise InvalidValueError(
                f"A {entity.value} entry cannot be changed; add a correction instead.",
                entity=entity.value,
            )
        values = clean(entity, fields)
        # Read and write under one hold of the store's lock: the parents must be the heads
        # the change was made against, not what another thread committed in between.
        with self.vault.writing():
            rec = self._record(entity, entity_id)
            self._writable(rec.case_id)
            changed = {k: v for k, v in values.items() if rec.data.get(k) != v or k in rec.alts}
            if changed:
                self.vault.put(rec.case_id, entity.value, entity_id, changed,
                               self._parents(rec, list(changed)))  # fmt: skip

    def _remove(self, entity: Entity, entity_id: str) -> None:
        if entity in APPEND_ONLY:
            raise InvalidValueError(
                f"A {entity.value} entry cannot be deleted.", entity=entity.value
            )
        with self.vault.writing():
            rec = self._record(entity, entity_id)
            self._writable(rec.case_id)
            self.vault.put(rec.case_id, entity.value, entity_id, {},
                           self._parents(rec, list(rec.data)), kind="delete")  # fmt: skip
