"""Conflicts: concurrent edits that sync kept side by side, and how a person settles them.

No edit is silently lost (DESIGN §4): when two people change the same field
without seeing each other's change, the projection keeps every value.  This
module lists them with who, on which device and when, and settles one by
writing a new op whose parents are all the competing values — the resolution
is itself an edit that syncs like any other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.cases.model import Entity
from desktop.cases.service import CaseService
from desktop.cases.validation import clean
from desktop.errors import InvalidValueError, NotFoundError
from desktop.store.projection import Record

__all__ = ["Candidate", "Conflict", "list_conflicts", "resolve_delete", "resolve_field"]


@dataclass(frozen=True)
class Candidate:
    """One competing value (or the competing delete) and who wrote it."""

    op_id: str
    value: Any
    author: str
    device: str
    at: datetime


@dataclass(frozen=True)
class Conflict:
    """A field with several values, or a record deleted by one person and edited by another.

    ``field`` is None for a delete conflict; then ``candidates`` holds the delete
    (value None) and the record's current values are in ``data``.
    """

    case_id: str
    ref: str
    entity: str
    entity_id: str
    field: str | None
    candidates: tuple[Candidate, ...]
    data: dict[str, Any]


def _when(hlc: str) -> datetime:
    return datetime.fromtimestamp(int(hlc.split(".")[0]) / 1000).astimezone()


def _candidate(service: CaseService, op_id: str, value: Any) -> Candidate:
    found = service.vault.journal.op_authors([op_id]).get(op_id)
    if found is None:  # the op is known to the projection but not stored: should not happen
        return Candidate(op_id, value, "", "", datetime.now().astimezone())
    author, device, hlc = found
    return Candidate(op_id, value, author, device, _when(hlc))


def list_conflicts(service: CaseService) -> list[Conflict]:
    """Every unresolved conflict in the vault, oldest case first."""
    with service.vault.reading(flush=True) as db:
        rows = db.execute(
            "SELECT r.entity, r.entity_id, COALESCE(c.ref, '') FROM records r "
            "LEFT JOIN cases c ON c.case_id = r.case_id "
            # conflict covers delete races too (Record.in_conflict)
            "WHERE r.conflict = 1 ORDER BY c.ref, r.base_hlc"
        ).fetchall()
        out: list[Conflict] = []
        for entity, entity_id, ref in rows:
            rec = db.get(entity, entity_id)
            if rec is None:
                continue
            out.extend(_conflicts_of(service, rec, str(ref)))
        return out


def count_conflicts(service: CaseService) -> int:
    """How many records hold an unresolved conflict (the sync status shows it)."""
    with service.vault.reading(flush=True) as db:
        return int(db.execute("SELECT COUNT(*) FROM records WHERE conflict=1").fetchone()[0])


def _conflicts_of(service: CaseService, rec: Record, ref: str) -> list[Conflict]:
    found = []
    if rec.delete_conflict and rec.delete_heads:
        deletes = tuple(_candidate(service, op_id, None) for op_id in rec.delete_heads)
        found.append(
            Conflict(rec.case_id, ref, rec.entity, rec.entity_id, None, deletes, dict(rec.data))
        )
    for name, heads in sorted(rec.heads.items()):
        if len(heads) < 2:
            continue
        values = rec.alts.get(name, {})
        candidates = tuple(_candidate(service, op_id, values.get(op_id)) for op_id, _hlc in heads)
        found.append(
            Conflict(rec.case_id, ref, rec.entity, rec.entity_id, name, candidates, dict(rec.data))
        )
    return found


def _live(service: CaseService, entity: Entity, entity_id: str) -> Record:
    with service.vault.reading() as db:
        rec = db.get(entity.value, entity_id)
    if rec is None:
        raise NotFoundError(
            f"No {entity.value} {entity_id} in this vault.",
            entity=entity.value,
            entity_id=entity_id,
        )
    return rec


def resolve_field(
    service: CaseService, entity: Entity, entity_id: str, field: str, value: Any
) -> str:
    """Settle a field: ``value`` (one of the candidates, or a merged text) supersedes them all."""
    with service.vault.writing():  # read the heads and write against them under one lock
        rec = _live(service, entity, entity_id)
        heads = [op_id for op_id, _hlc in rec.field_heads(field)]
        if len(heads) < 2:
            raise InvalidValueError(
                f"'{field}' is not in conflict any more; reload and check.", field=field
            )
        cleaned = clean(entity, {field: value})
        return service.vault.put(rec.case_id, entity.value, entity_id, cleaned, sorted(heads))


def resolve_delete(service: CaseService, entity: Entity, entity_id: str, *, keep: bool) -> str:
    """Settle a delete that raced an edit: keep the record (current values) or delete it."""
    with service.vault.writing():  # read the heads and write against them under one lock
        rec = _live(service, entity, entity_id)
        if not rec.delete_conflict or not rec.delete_heads:
            raise InvalidValueError("This record is not in a delete conflict any more.")
        parents = set(rec.delete_heads)
        for name in rec.data:
            parents.update(op_id for op_id, _hlc in rec.field_heads(name))
        if keep:
            values = json.loads(json.dumps(rec.data))
            return service.vault.put(rec.case_id, entity.value, entity_id, values,
                                     sorted(parents))  # fmt: skip
        return service.vault.put(rec.case_id, entity.value, entity_id, {}, sorted(parents),
                                 kind="delete")  # fmt: skip
