"""The multi-value register: concurrent edits keep every value; deletes racing edits conflict."""

from __future__ import annotations

import itertools
from typing import Any

from desktop.cases.derive import CaseDeriver
from desktop.store.oplog import Op, OpHeader
from desktop.store.projection import Projection

_ids = itertools.count(1)


def op(
    entity_id: str, fields: dict[str, Any], parents: list[str], kind: str = "put", hlc: str = ""
) -> Op:
    n = next(_ids)
    header = OpHeader(
        op_id=f"op{n}",
        case_id="c1",
        entity="party",
        entity_id=entity_id,
        hlc=hlc or f"{n:013d}.00000",
        parents=tuple(parents),
        author="a",
        device="d",
        key_id="k",
    )
    return Op(header, {"t": kind, "f": fields})


def fresh() -> Projection:
    return Projection(CaseDeriver(lambda s: "h" + s))


def apply_all(projection: Projection, *ops: Op) -> None:
    projection.begin()
    for o in ops:
        projection.apply(o)
    projection.commit()


def test_sequential_edits_supersede() -> None:
    p = fresh()
    a = op("p1", {"name": "A", "role": "employer"}, [])
    b = op("p1", {"name": "B"}, [a.header.op_id])
    apply_all(p, a, b)
    rec = p.get("party", "p1")
    assert rec is not None and rec.data == {"name": "B", "role": "employer"}
    assert not rec.in_conflict


def test_concurrent_edits_keep_both_values_until_resolved() -> None:
    p = fresh()
    a = op("p1", {"name": "A"}, [])
    b = op("p1", {"name": "B"}, [a.header.op_id])
    c = op("p1", {"name": "C"}, [a.header.op_id])  # did not see b
    apply_all(p, a, b, c)
    rec = p.get("party", "p1")
    assert rec is not None and rec.in_conflict
    assert set(rec.alts["name"].values()) == {"B", "C"}
    resolve = op("p1", {"name": "B and C merged"}, [b.header.op_id, c.header.op_id])
    apply_all(p, resolve)
    rec = p.get("party", "p1")
    assert rec is not None and not rec.in_conflict and rec.data["name"] == "B and C merged"


def test_delete_racing_an_edit_is_a_conflict_not_a_win() -> None:
    p = fresh()
    a = op("p1", {"name": "A"}, [])
    edit = op("p1", {"name": "edited"}, [a.header.op_id])
    delete = op("p1", {}, [a.header.op_id], kind="delete")
    apply_all(p, a, edit, delete)
    rec = p.get("party", "p1")
    assert rec is not None and rec.deleted_by == delete.header.op_id and rec.delete_conflict
    assert rec.data["name"] == "edited"  # the edit is kept, not lost


def test_edit_after_a_seen_delete_restores_without_conflict() -> None:
    p = fresh()
    a = op("p1", {"name": "A"}, [])
    delete = op("p1", {}, [a.header.op_id], kind="delete")
    restore = op("p1", {"name": "back"}, [a.header.op_id, delete.header.op_id])
    apply_all(p, a, delete, restore)
    rec = p.get("party", "p1")
    assert rec is not None and rec.deleted_by is None and not rec.in_conflict


def test_snapshot_round_trip_keeps_state() -> None:
    p = fresh()
    apply_all(p, op("p1", {"name": "グエン"}, []))
    copy = Projection.deserialize(CaseDeriver(lambda s: s), p.serialize())
    assert copy.fingerprint() == p.fingerprint()
