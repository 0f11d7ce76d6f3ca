"""The in-memory plaintext projection of the op log.

Rebuilt at unlock from the newest encrypted snapshot plus the ops after it, and
dropped at lock.  It lives in an in-memory SQLite database (``temp_store`` in
memory too), so plaintext never reaches a disk.

Each record keeps, per field, its *heads*: the ops whose value is current.  An
op supersedes the heads named in its causal parents; a head it did not see stays,
so concurrent edits keep every value (a multi-value register) until someone
resolves them with a new op.  Ops must be applied in causal order (the local log
and the server's order both guarantee it).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from desktop.store.oplog import Op

PROJECTION_VERSION = 2  # 2: concurrent deletes kept as a set (deletes column)


class Deriver(Protocol):
    """Domain-specific tables and search text kept in step with the records."""

    def setup(self, conn: sqlite3.Connection) -> None: ...

    def search_text(self, entity: str, data: dict[str, Any]) -> str: ...

    def refresh_cases(self, conn: sqlite3.Connection, case_ids: Iterable[str]) -> None: ...


@dataclass
class Record:
    entity: str
    entity_id: str
    case_id: str
    data: dict[str, Any]
    base_op: str
    base_hlc: str
    heads: dict[str, list[list[str]]]  # fields whose heads differ from [[base_op, base_hlc]]
    alts: dict[str, dict[str, Any]]  # conflicted fields: op id -> value
    deleted_by: str | None
    delete_conflict: bool
    created_by: str
    updated_hlc: str
    updated_by: str
    fts_rowid: int | None
    is_new: bool = False
    # Every delete not yet superseded (concurrent deletes are all kept), and every op
    # some delete has seen: whether a delete raced an edit follows from the op set,
    # never from the order ops arrived in.
    delete_heads: list[str] = field(default_factory=list)
    delete_seen: list[str] = field(default_factory=list)

    def field_heads(self, name: str) -> list[list[str]]:
        if name in self.heads:
            return self.heads[name]
        if name in self.data:
            return [[self.base_op, self.base_hlc]]
        return []

    @property
    def in_conflict(self) -> bool:
        # A record deleted with every value seen has nothing left to settle.
        if self.deleted_by is not None:
            return self.delete_conflict
        return any(len(h) > 1 for h in self.heads.values())

    def _settle_deletes(self) -> None:
        self.delete_heads.sort()
        self.deleted_by = self.delete_heads[-1] if self.delete_heads else None
        seen = set(self.delete_seen)
        self.delete_conflict = bool(self.delete_heads) and any(
            head[0] not in seen for name in self.data for head in self.field_heads(name)
        )


_SCHEMA = """
CREATE TABLE records(
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, case_id TEXT NOT NULL,
    data TEXT NOT NULL, base_op TEXT NOT NULL, base_hlc TEXT NOT NULL,
    heads TEXT, alts TEXT, deleted_by TEXT, deletes TEXT, delete_conflict INT NOT NULL DEFAULT 0,
    conflict INT NOT NULL DEFAULT 0, created_by TEXT, updated_hlc TEXT, updated_by TEXT,
    fts_rowid INTEGER,
    PRIMARY KEY(entity, entity_id)
);
CREATE INDEX records_case ON records(case_id, entity);
CREATE INDEX records_conflicted ON records(conflict) WHERE conflict = 1;
CREATE VIRTUAL TABLE search USING fts5(
    text, case_id UNINDEXED, tokenize='trigram', detail='none', columnsize=0
);
CREATE TABLE info(key TEXT PRIMARY KEY, value TEXT);
"""


def _new_memory_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA temp_store=MEMORY")
    return conn


class Projection:
    """Plaintext state of every case, in memory only."""

    def __init__(self, deriver: Deriver, conn: sqlite3.Connection | None = None) -> None:
        self.deriver = deriver
        if conn is None:
            conn = _new_memory_db()
            conn.executescript(_SCHEMA)
            deriver.setup(conn)
            conn.execute("INSERT INTO info(key, value) VALUES('applied_seq', '0')")
        self.conn = conn
        self._dirty_records: dict[tuple[str, str], Record] = {}
        self._dirty_cases: set[str] = set()
        self._pending_seq = 0
        # Within begin()..commit(): records looked up and not found (a pulled page checks,
        # then creates, thousands of new records; each lookup would hit the database twice).
        self._absent: set[tuple[str, str]] | None = None

    # -- snapshots -----------------------------------------------------------
    def serialize(self) -> bytes:
        """The whole database image, search index merged first so queries stay fast."""
        self.flush()
        self.conn.execute("INSERT INTO search(search) VALUES('optimize')")
        return self.conn.serialize()

    @classmethod
    def deserialize(cls, deriver: Deriver, data: bytes | bytearray) -> Projection:
        conn = _new_memory_db()
        conn.deserialize(data)
        return cls(deriver, conn)

    def close(self) -> None:
        self.conn.close()

    # -- bookkeeping ---------------------------------------------------------
    def _set_info(self, key: str, value: Any) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO info(key, value) VALUES(?, ?)", (key, json.dumps(value))
        )

    @property
    def applied_seq(self) -> int:
        row = self.conn.execute("SELECT value FROM info WHERE key='applied_seq'").fetchone()
        return int(json.loads(row[0])) if row else 0

    def mark_applied(self, seq: int) -> None:
        """Record that every op up to local sequence ``seq`` is folded in."""
        self._pending_seq = max(self._pending_seq, seq)

    def begin(self) -> None:
        self.conn.execute("BEGIN")
        self._absent = set()

    def commit(self) -> None:
        self._absent = None
        self.flush()
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        self._absent = None
        self._pending_seq = 0
        self._dirty_records.clear()
        self._dirty_cases.clear()
        self.conn.execute("ROLLBACK")

    # -- reading -------------------------------------------------------------
    def get(self, entity: str, entity_id: str) -> Record | None:
        key = (entity, entity_id)
        if key in self._dirty_records:
            return self._dirty_records[key]
        if self._absent is not None and key in self._absent:
            return None
        row = self.conn.execute(
            "SELECT case_id, data, base_op, base_hlc, heads, alts, deleted_by, delete_conflict, "
            "created_by, updated_hlc, updated_by, fts_rowid, deletes FROM records "
            "WHERE entity=? AND entity_id=?",
            key,
        ).fetchone()
        if row is None:
            if self._absent is not None:
                self._absent.add(key)
            return None
        return Record(
            entity=entity,
            entity_id=entity_id,
            case_id=row[0],
            data=json.loads(row[1]),
            base_op=row[2],
            base_hlc=row[3],
            heads=json.loads(row[4]) if row[4] else {},
            alts=json.loads(row[5]) if row[5] else {},
            deleted_by=row[6],
            delete_conflict=bool(row[7]),
            created_by=row[8] or "",
            updated_hlc=row[9] or row[3],
            updated_by=row[10] or row[8] or "",
            fts_rowid=row[11],
            delete_heads=json.loads(row[12])["heads"] if row[12] else [],
            delete_seen=json.loads(row[12])["seen"] if row[12] else [],
        )

    def look_up_missing(self, keys: Iterable[tuple[str, str]]) -> None:
        """Find out in a few queries which of these records do not exist yet, so that
        :meth:`get` answers None for them without a query each (inside begin()..commit();
        a pulled page creates thousands of records)."""
        if self._absent is None:
            return
        wanted = sorted({k for k in keys if k not in self._dirty_records} - self._absent)
        for start in range(0, len(wanted), 400):  # 800 parameters: under SQLite's limit
            chunk = wanted[start : start + 400]
            values = ",".join("(?,?)" for _ in chunk)
            found = set(
                self.conn.execute(
                    # A join, not "(entity, entity_id) IN (VALUES ...)": SQLite scans the
                    # whole table for that row-value IN.
                    f"SELECT r.entity, r.entity_id FROM (VALUES {values}) AS v "  # noqa: S608
                    "JOIN records r ON r.entity = v.column1 AND r.entity_id = v.column2",
                    [part for key in chunk for part in key],
                )
            )
            self._absent.update(key for key in chunk if key not in found)

    # -- applying ops --------------------------------------------------------
    def apply(self, op: Op) -> None:
        """Fold one op into the records (buffered until :meth:`flush`)."""
        h = op.header
        rec = self.get(h.entity, h.entity_id)
        if rec is None:
            rec = Record(
                entity=h.entity,
                entity_id=h.entity_id,
                case_id=h.case_id,
                data={},
                base_op=h.op_id,
                base_hlc=h.hlc,
                heads={},
                alts={},
                deleted_by=None,
                delete_conflict=False,
                created_by=h.author,
                updated_hlc=h.hlc,
                updated_by=h.author,
                fts_rowid=None,
                is_new=True,
            )
        parents = set(h.parents)
        # Deletes this op saw are superseded (a put that saw them brings the record back).
        rec.delete_heads = [d for d in rec.delete_heads if d not in parents]
        if op.kind == "delete":
            rec.delete_heads.append(h.op_id)
            rec.delete_seen = sorted(set(rec.delete_seen) | parents)
        else:
            data, heads = rec.data, rec.heads
            for name, value in op.fields.items():
                if name in data or name in heads:
                    self._put_field(rec, name, value, h.op_id, h.hlc, parents)
                else:
                    # A field no op has set yet: nothing to supersede or to conflict with
                    # (on a first pull, nearly every field of every record).
                    data[name] = value
                    if h.op_id != rec.base_op:
                        heads[name] = [[h.op_id, h.hlc]]
        # Deleted while some value no delete has seen exists: a conflict, not a win.
        rec._settle_deletes()
        if h.hlc >= rec.updated_hlc:
            rec.updated_hlc, rec.updated_by = h.hlc, h.author
        self._dirty_records[(h.entity, h.entity_id)] = rec
        self._dirty_cases.add(h.case_id)
        if op.seq:
            self._pending_seq = max(self._pending_seq, op.seq)

    @staticmethod
    def _put_field(
        rec: Record, name: str, value: Any, op_id: str, hlc: str, parents: set[str]
    ) -> None:
        current = rec.field_heads(name)
        survivors = [head for head in current if head[0] not in parents]
        if not survivors:
            rec.data[name] = value
            rec.alts.pop(name, None)
            if op_id == rec.base_op:
                rec.heads.pop(name, None)
            else:
                rec.heads[name] = [[op_id, hlc]]
            return
        # Concurrent edit: keep every value that nobody has seen superseded.
        values = rec.alts.get(name) or {current[0][0]: rec.data.get(name)}
        values = {op: v for op, v in values.items() if op not in parents}
        values[op_id] = value
        heads = sorted([*survivors, [op_id, hlc]], key=lambda head: (head[1], head[0]))
        rec.heads[name] = heads
        rec.alts[name] = values
        winner = max(heads, key=lambda head: (head[1], head[0]))
        rec.data[name] = values[winner[0]]

    def flush(self) -> None:
        """Write buffered records, their search text and the derived case rows."""
        if self._absent is not None:
            self._absent.clear()  # written records exist from here on
        if self._dirty_records:
            self._write(list(self._dirty_records.values()))
            self._dirty_records.clear()
        if self._pending_seq:
            self._set_info("applied_seq", self._pending_seq)
            self._pending_seq = 0
        if self._dirty_cases:
            self.deriver.refresh_cases(self.conn, self._dirty_cases)
            self._dirty_cases.clear()

    def _write(self, records: list[Record]) -> None:
        """Replace the records and their search rows, a statement per kind, not per record."""
        stale = [(rec.fts_rowid,) for rec in records if rec.fts_rowid is not None]
        self.conn.executemany("DELETE FROM search WHERE rowid=?", stale)
        row = self.conn.execute("SELECT rowid FROM search ORDER BY rowid DESC LIMIT 1").fetchone()
        next_rowid = (row[0] if row else 0) + 1
        texts = []
        for rec in records:
            text = "" if rec.deleted_by else self.deriver.search_text(rec.entity, rec.data)
            rec.fts_rowid = next_rowid if text else None
            if text:
                texts.append((next_rowid, text, rec.case_id))
                next_rowid += 1
        self.conn.executemany("INSERT INTO search(rowid, text, case_id) VALUES(?, ?, ?)", texts)
        self.conn.executemany(
            "INSERT OR REPLACE INTO records(entity, entity_id, case_id, data, base_op, base_hlc, "
            "heads, alts, deleted_by, delete_conflict, conflict, created_by, updated_hlc, "
            "updated_by, fts_rowid, deletes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [_record_row(rec) for rec in records],
        )

    def drop_case(self, case_id: str) -> None:
        """Forget every record of a case (after it was shredded)."""
        self.flush()
        self._absent = None if self._absent is None else set()
        self.conn.execute(
            "DELETE FROM search WHERE rowid IN "
            "(SELECT fts_rowid FROM records WHERE case_id=? AND fts_rowid IS NOT NULL)",
            (case_id,),
        )
        self.conn.execute("DELETE FROM records WHERE case_id=?", (case_id,))
        self.deriver.refresh_cases(self.conn, [case_id])

    # -- integrity -----------------------------------------------------------
    def fingerprint(self) -> list[tuple[Any, ...]]:
        """A canonical listing of the state, to compare two projections."""
        self.flush()
        return list(
            self.conn.execute(
                "SELECT entity, entity_id, case_id, data, heads, alts, deleted_by, deletes, "
                "delete_conflict FROM records ORDER BY entity, entity_id"
            )
        )

    def search_index_ok(self) -> bool:
        try:
            self.conn.execute("INSERT INTO search(search, rank) VALUES('integrity-check', 1)")
        except sqlite3.DatabaseError:
            return False
        return True


# Sorted keys: the same state is the same text whatever the arrival order.  Encoders made
# once: json.dumps with options builds a new one per call, and a first pull writes
# hundreds of thousands of records.
_data_text = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode
_heads_text = json.JSONEncoder(sort_keys=True).encode
_alts_text = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def _record_row(rec: Record) -> tuple[Any, ...]:
    return (
        rec.entity,
        rec.entity_id,
        rec.case_id,
        _data_text(rec.data),
        rec.base_op,
        rec.base_hlc,
        _heads_text(rec.heads) if rec.heads else None,
        _alts_text(rec.alts) if rec.alts else None,
        rec.deleted_by,
        int(rec.delete_conflict),
        int(rec.in_conflict),
        rec.created_by,
        # Most records are never edited: store nothing when equal to the base.
        None if rec.updated_hlc == rec.base_hlc else rec.updated_hlc,
        None if rec.updated_by == rec.created_by else rec.updated_by,
        rec.fts_rowid,
        json.dumps({"heads": rec.delete_heads, "seen": rec.delete_seen})
        if rec.delete_heads or rec.delete_seen
        else None,
    )
