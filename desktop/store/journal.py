"""The op journal: the one transaction that writes ops and applies them to the projection.

Local edits (``put``) and pulled pages (``add_remote``) go through the same path: inside
``transaction()`` every op is sealed or checked, applied to the in-memory projection at
once (so later reads in the same transaction see it), and staged; when the outermost
transaction ends, ONE disk transaction writes the staged case keys, the ops and every
step registered with ``after_commit`` (evidence rows, audit entries, counters, sync
bookkeeping), then the projection commits.  On any error both roll back and nothing is
kept, on disk or in memory.  A commit that kept something publishes what it touched as a
:class:`~desktop.changes.ChangeSet` (case ids and entities) to whoever is recording.

The journal owns every write to the ``ops`` table (appending, sync states, shredding);
nobody else issues SQL against it.  The store's lock is taken here, not by callers.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop.changes import ChangeSet, publish
from desktop.crypto.aead import AuthenticationError
from desktop.errors import NotFoundError, VaultCorruptError
from desktop.store import oplog
from desktop.store.case_keys import CaseKeyRing
from desktop.store.database import Transaction, get_meta, set_meta
from desktop.store.hlc import HybridClock, Stamp
from desktop.store.oplog import Op, OpHeader, SealedOp
from desktop.store.projection import Projection

Step = Callable[[sqlite3.Connection], None]


@dataclass
class _Staged:
    ops: list[SealedOp] = field(default_factory=list)
    server_seqs: list[int | None] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    case_ids: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)

    def change_set(self) -> ChangeSet:
        return ChangeSet(cases=frozenset(self.case_ids), kinds=frozenset(self.kinds))


class OpJournal:
    """Seals, stages and commits ops; reads the sealed log back for replay and history."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        lock: threading.RLock,
        keys: CaseKeyRing,
        projection: Callable[[], Projection],
        author: Callable[[], tuple[str, str]],
    ) -> None:
        self._conn = conn
        self._lock = lock
        self._keys = keys
        self._projection = projection
        self._author = author  # (user id, device id) of changes made here
        self._depth = 0
        self._staged = _Staged()
        last = conn.execute("SELECT MAX(hlc) FROM ops").fetchone()[0]
        self.clock = HybridClock(Stamp.decode(last) if last else None)

    # -- the transaction -------------------------------------------------------------------
    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group ops into one all-or-nothing commit; nested uses join the outer one."""
        with self._lock:
            projection = self._projection()
            outer = self._depth == 0
            if outer:
                projection.begin()
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outer:
                    self._abort(projection)
                raise
            self._depth -= 1
            if outer:
                self._commit(projection)

    def _require_transaction(self, what: str) -> None:
        if self._depth == 0:
            raise RuntimeError(f"{what} outside writing()")

    def _commit(self, projection: Projection) -> None:
        staged, self._staged = self._staged, _Staged()
        try:
            with Transaction(self._conn):
                self._keys.write_staged(self._conn)
                oplog.insert(self._conn, staged.ops, staged.server_seqs)
                for step in staged.steps:
                    step(self._conn)
                for name, value in staged.counters.items():
                    set_meta(self._conn, name, value)
                if staged.ops:
                    projection.mark_applied(oplog.last_seq(self._conn))
        except BaseException:
            self._keys.rolled_back()
            projection.rollback()
            raise
        self._keys.committed()
        projection.commit()
        # Only after both commits: a rolled-back transaction reports nothing.
        publish(staged.change_set())

    def _abort(self, projection: Projection) -> None:
        self._staged = _Staged()
        self._keys.rolled_back()
        projection.rollback()

    def after_commit(self, step: Step) -> None:
        """Run ``step(conn)`` inside the disk transaction that commits the staged ops."""
        self._require_transaction("after_commit()")
        self._staged.steps.append(step)

    def next_counter(self, name: str) -> int:
        """A per-device counter (reference numbers), committed with the transaction."""
        self._require_transaction("next_counter()")
        key = f"counter:{name}"
        counters = self._staged.counters
        if key not in counters:
            counters[key] = int(get_meta(self._conn, key, 0))
        counters[key] += 1
        return counters[key]

    # -- local ops ---------------------------------------------------------------------------
    def new_case(self, case_id: str) -> None:
        """Give a new case its own random data key (inside the transaction)."""
        self._require_transaction("new_case()")
        self._keys.stage_new(case_id)

    def put(
        self,
        case_id: str,
        entity: str,
        entity_id: str,
        fields: dict[str, Any],
        parents: list[str],
        kind: str = "put",
    ) -> str:
        """Record one op made here; the projection sees it at once."""
        self._require_transaction("put()")
        key_id, key = self._keys.current(case_id)
        user_id, device_id = self._author()
        header = OpHeader(
            op_id=oplog.new_op_id(),
            case_id=case_id,
            entity=entity,
            entity_id=entity_id,
            hlc=self.clock.tick().encode(),
            parents=tuple(parents),
            author=user_id,
            device=device_id,
            key_id=key_id,
        )
        payload: dict[str, Any] = {"t": kind, "f": fields}
        self._stage(oplog.seal_op(header, payload, key), Op(header, payload), None)
        return header.op_id

    # -- ops received by sync ------------------------------------------------------------------
    def add_remote(self, sealed: SealedOp, op: Op, server_seq: int) -> None:
        """Keep an op pulled from the server (already opened and checked by the caller)."""
        self._require_transaction("add_remote()")
        sealed.sync_state = "synced"
        self._stage(sealed, op, server_seq)

    def _stage(self, sealed: SealedOp, op: Op, server_seq: int | None) -> None:
        self._staged.ops.append(sealed)
        self._staged.server_seqs.append(server_seq)
        self._staged.case_ids.add(sealed.header.case_id)
        self._staged.kinds.add(sealed.header.entity)
        self._projection().apply(op)

    def open(self, sealed: SealedOp) -> Op:
        """Decrypt a sealed op with the key it names (staged keys included)."""
        return oplog.open_op(sealed, self._keys.by_id(sealed.header.case_id, sealed.header.key_id))

    # -- reading the log ---------------------------------------------------------------------
    def last_hlc(self) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT MAX(hlc) FROM ops").fetchone()
            return str(row[0]) if row[0] else None

    def last_seq(self) -> int:
        with self._lock:
            return oplog.last_seq(self._conn)

    def replay(self, projection: Projection, after_seq: int) -> tuple[int, list[str]]:
        """Apply sealed ops after ``after_seq``; returns (applied, ids of ops that failed)."""
        bad: list[str] = []
        applied = 0
        with self._lock:
            projection.begin()
            for sealed in oplog.read_after(self._conn, after_seq):
                try:
                    op = self.open(sealed)
                except (AuthenticationError, VaultCorruptError, NotFoundError, ValueError):
                    bad.append(sealed.header.op_id)
                    continue
                projection.apply(op)
                applied += 1
            projection.commit()
        return applied, bad

    def case_ops(self, case_id: str) -> list[SealedOp]:
        """A case's sealed ops in log order (for its history)."""
        with self._lock:
            return list(oplog.read_case(self._conn, case_id))

    def op_authors(self, op_ids: Iterable[str]) -> dict[str, tuple[str, str, str]]:
        """(author, device, hlc) of stored ops, by op id."""
        out: dict[str, tuple[str, str, str]] = {}
        with self._lock:
            for op_id in op_ids:
                row = self._conn.execute(
                    "SELECT author, device, hlc FROM ops WHERE op_id=?", (op_id,)
                ).fetchone()
                if row is not None:
                    out[op_id] = (str(row[0] or ""), str(row[1] or ""), str(row[2]))
        return out

    def authored_by_other(self, device_id: str, user_id: str) -> bool:
        """Whether this device has written ops under an author other than ``user_id``."""
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM ops WHERE device=? AND author!=? LIMIT 1", (device_id, user_id)
            ).fetchone()
            return row is not None

    # -- sync states (the only other writes to the ops table) ---------------------------------
    def mark_pushed(self, accepted: dict[str, int], rejected: Iterable[str] = ()) -> None:
        """Accepted (or duplicate) ops become 'synced' with their server sequence number;
        rejected ones 'rejected' so they never block the queue."""
        with self._lock, Transaction(self._conn):
            self._conn.executemany(
                "UPDATE ops SET sync_state='synced', server_seq=? WHERE op_id=?",
                [(seq, op_id) for op_id, seq in accepted.items()],
            )
            self._conn.executemany(
                "UPDATE ops SET sync_state='rejected' WHERE op_id=?", [(o,) for o in rejected]
            )

    def set_local(self, conn: sqlite3.Connection, case_id: str) -> None:
        """A case kept on this computer: its pending ops become 'local' (caller's txn)."""
        conn.execute(
            "UPDATE ops SET sync_state='local' WHERE case_id=? AND sync_state='pending'",
            (case_id,),
        )

    def mark_for_resend(self, case_ids: Iterable[str], device_id: str) -> None:
        """This device's synced ops of those cases become pending again (sync repair)."""
        with self._lock, Transaction(self._conn):
            self._conn.executemany(
                "UPDATE ops SET sync_state='pending' WHERE case_id=? AND sync_state='synced' "
                "AND device=?",
                [(case_id, device_id) for case_id in case_ids],
            )

    def destroy_case(self, conn: sqlite3.Connection, case_id: str) -> None:
        """Delete a shredded case's ops (inside the caller's transaction)."""
        conn.execute("DELETE FROM ops WHERE case_id=?", (case_id,))
