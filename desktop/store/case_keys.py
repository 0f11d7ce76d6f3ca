"""The case-key ring: one random data key per case, wrapped under the vault's case-wrap key.

A case may hold several keys (after a rotation old ops still open with old keys); the
newest seals new ops.  Keys made or received inside an op-journal transaction are
*staged*: usable at once (so a pulled page can open ops with a key it carries), written
to disk only when the transaction commits, forgotten when it rolls back.

The ring owns the ``case_keys`` table and nothing else; it never takes the store's lock
itself except in its public reads, because the journal calls it while holding it.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime

from desktop.crypto.aead import AuthenticationError, bind, new_key
from desktop.crypto.keys import unwrap_key, wrap_key
from desktop.errors import NotFoundError, VaultCorruptError
from desktop.store.ids import new_id


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def case_key_ad(case_id: str, key_id: str) -> bytes:
    """Additional data binding a wrapped case key to its case and key id."""
    return bind("case-key", case_id, key_id)


class CaseKeyRing:
    """Unwraps, caches, stages and stores case keys; ``attach`` gives it the wrap key."""

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock) -> None:
        self._conn = conn
        self._lock = lock
        self._wrap_key: bytes | None = None
        self._current: dict[str, tuple[str, bytes]] = {}
        # Every key unwrapped since the unlock, by (case id, key id): a first sync seals or
        # opens hundreds of thousands of ops, and unwrapping the key again for each one was
        # a quarter of its time.  Held no longer than the wrap key that opens them all.
        self._opened: dict[tuple[str, str], bytes] = {}
        # staged in the open transaction: (case id, key id) -> (key, wrapped)
        self._staged: dict[tuple[str, str], tuple[bytes, bytes]] = {}

    # -- life cycle ----------------------------------------------------------------------
    def attach(self, wrap_key_: bytes) -> None:
        self._wrap_key = wrap_key_

    def detach(self) -> None:
        """Forget every unwrapped key (the vault is locking)."""
        self._wrap_key = None
        self._current.clear()
        self._opened.clear()
        self._staged.clear()

    def _key(self) -> bytes:
        if self._wrap_key is None:
            raise RuntimeError("case-key ring used while the vault is locked")
        return self._wrap_key

    # -- reading ---------------------------------------------------------------------------
    def current(self, case_id: str) -> tuple[str, bytes]:
        """The (key id, data key) that seals a case's new ops."""
        with self._lock:
            cached = self._current.get(case_id)
            if cached is not None:
                return cached
            # rowid breaks ties within one second (a key rotated right after it was made).
            row = self._conn.execute(
                "SELECT key_id, wrapped FROM case_keys WHERE case_id=? "
                "ORDER BY created_at DESC, rowid DESC LIMIT 1",
                (case_id,),
            ).fetchone()
            if row is None:
                raise NotFoundError(
                    f"No key for case {case_id}: it was shredded or never existed.", case_id=case_id
                )
            key_id, wrapped = str(row[0]), bytes(row[1])
            self._current[case_id] = (key_id, self._unwrap(case_id, key_id, wrapped))
            return self._current[case_id]

    def by_id(self, case_id: str, key_id: str) -> bytes:
        """Any key a case ever had, staged ones included."""
        with self._lock:
            staged = self._staged.get((case_id, key_id))
            if staged is not None:
                return staged[0]
            cached = self._current.get(case_id)
            if cached is not None and cached[0] == key_id:
                return cached[1]
            opened = self._opened.get((case_id, key_id))
            if opened is not None:
                return opened
            row = self._conn.execute(
                "SELECT wrapped FROM case_keys WHERE case_id=? AND key_id=?", (case_id, key_id)
            ).fetchone()
            if row is None:
                if not self._known(case_id):
                    raise NotFoundError(
                        f"No key for case {case_id}: it was shredded or never existed.",
                        case_id=case_id,
                    )
                raise VaultCorruptError(
                    f"Case {case_id} has no key {key_id}.", case_id=case_id, key_id=key_id
                )
            key = self._unwrap(case_id, key_id, bytes(row[0]))
            self._opened[(case_id, key_id)] = key
            return key

    def key_ids(self, case_id: str) -> list[str]:
        """Every stored key id of a case, oldest first (the last one seals new ops)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT key_id FROM case_keys WHERE case_id=? ORDER BY created_at, rowid",
                (case_id,),
            )
            return [str(r[0]) for r in rows]

    def has_case(self, case_id: str) -> bool:
        with self._lock:
            return case_id in self._current or self._known(case_id)

    def _known(self, case_id: str) -> bool:
        if any(c == case_id for c, _ in self._staged):
            return True
        row = self._conn.execute("SELECT 1 FROM case_keys WHERE case_id=?", (case_id,)).fetchone()
        return row is not None

    def _unwrap(self, case_id: str, key_id: str, wrapped: bytes) -> bytes:
        try:
            return unwrap_key(self._key(), wrapped, case_key_ad(case_id, key_id))
        except AuthenticationError as exc:
            raise VaultCorruptError(
                f"The key of case {case_id} is damaged.", case_id=case_id
            ) from exc

    # -- staging (inside the journal's transaction) -------------------------------------
    def stage_new(self, case_id: str) -> str:
        """Make a fresh key for a case; it seals the case's next ops.  Returns its id."""
        key_id, key = new_id(), new_key()
        self._stage(case_id, key_id, key)
        self._current[case_id] = (key_id, key)
        return key_id

    def stage_received(self, case_id: str, key_id: str, key: bytes) -> None:
        """Keep a key received from elsewhere; if it is new, the newest key seals new ops."""
        self._stage(case_id, key_id, key)
        self._current.pop(case_id, None)

    def _stage(self, case_id: str, key_id: str, key: bytes) -> None:
        wrapped = wrap_key(self._key(), key, case_key_ad(case_id, key_id))
        self._staged[(case_id, key_id)] = (key, wrapped)

    def write_staged(self, conn: sqlite3.Connection) -> int:
        """Store the staged keys (inside the commit's disk transaction); returns how many
        were new (a key id already stored is kept as it was)."""
        now = _now()
        before = conn.total_changes
        conn.executemany(
            "INSERT OR IGNORE INTO case_keys(case_id, key_id, wrapped, created_at) "
            "VALUES (?,?,?,?)",
            [(c, k, wrapped, now) for (c, k), (_key, wrapped) in self._staged.items()],
        )
        return conn.total_changes - before

    def committed(self) -> None:
        self._staged.clear()

    def rolled_back(self) -> None:
        for case_id, _ in self._staged:
            self._current.pop(case_id, None)
        self._staged.clear()

    # -- removing --------------------------------------------------------------------------
    def destroy(self, conn: sqlite3.Connection, case_id: str) -> None:
        """Delete every wrap of a case key (inside the caller's transaction): shredding."""
        conn.execute("DELETE FROM case_keys WHERE case_id=?", (case_id,))
        self._current.pop(case_id, None)
        for opened in [k for k in self._opened if k[0] == case_id]:
            del self._opened[opened]
