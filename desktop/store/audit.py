"""The audit log: hash-chained, signed, details sealed, its head sealed; nobody without the
vault key can read it, trim it or rewrite it unnoticed.

* **Entries** (table ``audit``): time, action, device and target id stay in the clear (no
  case content); the *details* are sealed with AES-256-GCM under the audit-details key,
  bound to the entry's seq, the previous hash and its clear fields, so a ciphertext moved
  to another entry fails.  Each entry's hash covers the previous hash and the entry as
  stored (the ciphertext, not the plaintext: a hash of low-entropy details such as a
  language code could be guessed); an HMAC under the audit key signs the hash.
* **The head** (``meta.audit_head``): the count, last seq and last hash, sealed under the
  audit-head key and rewritten in the same transaction as every entry.  Deleting the
  newest entries, or all of them, leaves a head that no longer matches; the head is
  counted forward from itself, never from the table, so a gap stays visible for good.
* **Failed unlocks** have no key: they go to ``audit_pending`` (clear: time, device,
  method; no chain, no signature) and the next signed entry — the unlock that follows —
  moves them into the chain in its own transaction.  Someone holding the file could
  delete pending rows before that (hiding their own guesses) or add fake ones; they
  cannot touch the signed chain.  ``meta.failed_attempts`` (the brake) is clear too.

All three keys are derived from the vault master key (docs/security.md, the key tree).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.crypto.aead import AuthenticationError, bind, open_sealed, seal
from desktop.crypto.keys import subkey
from desktop.store.database import Transaction, get_meta, set_meta

GENESIS = "0" * 64
HEAD_META = "audit_head"
UPGRADE_ACTION = "audit_upgraded"  # written by migrations/v3_to_v4.py
_DAMAGED_DETAILS = {"damaged": "the details of this entry could not be opened"}


@dataclass(frozen=True)
class AuditKeys:
    mac: bytes
    details: bytes
    head: bytes

    @classmethod
    def from_vmk(cls, vmk: bytes) -> AuditKeys:
        return cls(mac=subkey(vmk, "audit/v1"), details=subkey(vmk, "audit-details/v1"),
                   head=subkey(vmk, "audit-head/v1"))  # fmt: skip


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    device: str
    target: str
    details: dict[str, Any]
    signed: bool  # False only for failed unlocks not yet moved into the chain


@dataclass(frozen=True)
class _Head:
    count: int
    seq: int
    hash: str
    rebuilt_at: tuple[int, ...] = ()  # seqs at which a damaged head was written anew


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _entry_hash(prev: str, seq: int, at: str, action: str, device: str, target: str,
                sealed: bytes) -> str:  # fmt: skip
    material = json.dumps([prev, seq, at, action, device, target, sealed.hex()])
    return hashlib.sha256(material.encode()).hexdigest()


def _details_ad(seq: int, prev: str, at: str, action: str, device: str, target: str) -> bytes:
    return bind("audit-details/v1", seq, prev, at, action, device, target)


def _mac(key: bytes, entry_hash: str) -> str:
    return hmac.new(key, entry_hash.encode(), hashlib.sha256).hexdigest()


# -- the head -----------------------------------------------------------------------------------
def _read_head(conn: sqlite3.Connection, keys: AuditKeys) -> _Head | None:
    """The sealed head; None if it is missing; AuthenticationError/ValueError if damaged."""
    stored = get_meta(conn, HEAD_META)
    if stored is None:
        return None
    raw = bytes.fromhex(str(stored))
    data = json.loads(open_sealed(keys.head, raw[:12], raw[12:], bind("audit-head/v1")))
    return _Head(int(data["count"]), int(data["seq"]), str(data["hash"]),
                 tuple(int(s) for s in data.get("rebuilt_at", ())))  # fmt: skip


def _write_head(conn: sqlite3.Connection, keys: AuditKeys, head: _Head) -> None:
    plain = json.dumps({"count": head.count, "seq": head.seq, "hash": head.hash,
                        "rebuilt_at": list(head.rebuilt_at)}).encode()  # fmt: skip
    nonce, ct = seal(keys.head, plain, bind("audit-head/v1"))
    set_meta(conn, HEAD_META, (nonce + ct).hex())


def write_empty_head(conn: sqlite3.Connection, keys: AuditKeys) -> None:
    """The head of a new vault (inside its creating transaction): from then on a missing
    head, or a head with fewer entries than it counts, is always damage."""
    _write_head(conn, keys, _Head(0, 0, GENESIS))


# -- writing ------------------------------------------------------------------------------------
def append_pending(
    conn: sqlite3.Connection, action: str, *, device: str, details: dict[str, Any]
) -> None:
    """Record an event that happens without the key (a failed unlock), in the clear and
    unsigned, until the next signed entry moves it into the chain."""
    conn.execute(
        "INSERT INTO audit_pending(at, action, device, details) VALUES (?,?,?,?)",
        (_now(), action, device, json.dumps(details, sort_keys=True)),
    )


def append(
    conn: sqlite3.Connection,
    keys: AuditKeys,
    action: str,
    *,
    device: str,
    target: str = "",
    details: dict[str, Any] | None = None,
) -> None:
    """Add a signed entry and move the head (inside the caller's transaction); failed
    unlocks waiting in ``audit_pending`` go into the chain first, in their order."""
    pending = conn.execute(
        "SELECT seq, at, action, device, details FROM audit_pending ORDER BY seq"
    ).fetchall()
    for pending_seq, at, pending_action, pending_device, text in pending:
        _append_one(conn, keys, at, pending_action, pending_device, "", json.loads(text))
        conn.execute("DELETE FROM audit_pending WHERE seq=?", (pending_seq,))
    _append_one(conn, keys, _now(), action, device, target, details or {})


def _append_one(conn: sqlite3.Connection, keys: AuditKeys, at: str, action: str, device: str,
                target: str, details: dict[str, Any]) -> None:  # fmt: skip
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, GENESIS)
    plain = json.dumps(details, sort_keys=True, ensure_ascii=False).encode()
    nonce, ct = seal(keys.details, plain, _details_ad(seq, prev, at, action, device, target))
    sealed = nonce + ct
    digest = _entry_hash(prev, seq, at, action, device, target, sealed)
    conn.execute(
        "INSERT INTO audit(seq, at, action, device, target, details, prev_hash, hash, mac) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        (seq, at, action, device, target, sealed, prev, digest, _mac(keys.mac, digest)),
    )
    try:
        head = _read_head(conn, keys)
    except (AuthenticationError, ValueError, KeyError, TypeError):
        head = None
    if head is None:
        # Missing or damaged: start counting again from the table, and remember where, so
        # `check` keeps saying the log was damaged instead of the damage being forgotten.
        count = conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] - 1
        head = _Head(count, seq - 1, prev, (seq,))
    _write_head(conn, keys, _Head(head.count + 1, seq, digest, head.rebuilt_at))


# -- reading ------------------------------------------------------------------------------------
def _open_details(keys: AuditKeys, row: tuple[Any, ...]) -> dict[str, Any]:
    seq, at, action, device, target, sealed, prev = row
    raw = bytes(sealed) if isinstance(sealed, bytes | memoryview) else b""
    try:
        plain = open_sealed(keys.details, raw[:12], raw[12:],
                            _details_ad(seq, prev, at, action, device, target))  # fmt: skip
        value = json.loads(plain)
    except (AuthenticationError, ValueError):
        return dict(_DAMAGED_DETAILS)
    return value if isinstance(value, dict) else dict(_DAMAGED_DETAILS)


def entries(conn: sqlite3.Connection, keys: AuditKeys) -> list[AuditEntry]:
    """Every entry with its details opened, then failed unlocks not yet in the chain."""
    rows = conn.execute(
        "SELECT seq, at, action, device, target, details, prev_hash FROM audit ORDER BY seq"
    ).fetchall()
    chain = [
        AuditEntry(row[0], row[1], row[2], row[3], row[4], _open_details(keys, row), True)
        for row in rows
    ]
    last = chain[-1].seq if chain else 0
    pending = conn.execute(
        "SELECT at, action, device, details FROM audit_pending ORDER BY seq"
    ).fetchall()
    return chain + [
        AuditEntry(last + n, at, action, device, "", json.loads(text), False)
        for n, (at, action, device, text) in enumerate(pending, start=1)
    ]


def verify(conn: sqlite3.Connection, keys: AuditKeys) -> list[str]:
    """Problems with the chain and its head, as sentences; empty when it verifies."""
    problems: list[str] = []
    prev, count, last_seq = GENESIS, 0, 0
    rows = conn.execute(
        "SELECT seq, at, action, device, target, details, prev_hash, hash, mac "
        "FROM audit ORDER BY seq"
    ).fetchall()
    for seq, at, action, device, target, sealed, prev_hash, digest, mac in rows:
        count, last_seq = count + 1, seq
        raw = bytes(sealed) if isinstance(sealed, bytes | memoryview) else b""
        if prev_hash != prev:
            problems.append(f"audit entry {seq} does not follow the entry before it")
        if _entry_hash(prev_hash, seq, at, action, device, target, raw) != digest:
            problems.append(f"audit entry {seq} was altered")
        elif mac is None:
            problems.append(f"audit entry {seq} ({action}) is not signed")
        elif not hmac.compare_digest(str(mac), _mac(keys.mac, digest)):
            problems.append(f"audit entry {seq} has an invalid signature")
        details = _open_details(keys, (seq, at, action, device, target, sealed, prev_hash))
        if details == _DAMAGED_DETAILS:
            problems.append(f"the details of audit entry {seq} do not open")
        elif action == UPGRADE_ACTION:
            for problem in details.get("legacy_problems", []):
                problems.append(f"before the upgrade to format 4, {problem}")
        prev = digest
    problems.extend(_head_problems(conn, keys, count, last_seq, prev))
    return problems


def _head_problems(
    conn: sqlite3.Connection, keys: AuditKeys, count: int, last_seq: int, last_hash: str
) -> list[str]:
    try:
        head = _read_head(conn, keys)
    except (AuthenticationError, ValueError, KeyError, TypeError):
        return ["the audit log's sealed head is damaged"]
    if head is None:
        return ["the audit log's sealed head is missing: entries may have been removed"]
    found = [
        f"the audit log's sealed head was missing or damaged and was written anew at entry "
        f"{seq}: entries before it may have been removed"
        for seq in head.rebuilt_at
    ]
    if count < head.count:
        found.append(
            f"the audit log ends {head.count - count} entries short of its sealed head "
            f"({count} of {head.count}): entries were removed"
        )
    elif count > head.count:
        found.append(
            f"the audit log holds {count} entries but its sealed head counts only {head.count}"
        )
    elif last_seq != head.seq or not hmac.compare_digest(last_hash, head.hash):
        found.append("the last audit entry is not the one its sealed head names")
    return found


class AuditLog:
    """The vault's audit log: entries signed and sealed with keys from the vault key.

    Inside an op-journal transaction an entry is written with the ops (``defer`` is the
    journal's ``after_commit``), so an import and its audit entry stand or fall together.
    """

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock, device_id: str) -> None:
        self._conn = conn
        self._lock = lock
        self._device_id = device_id
        self._keys: AuditKeys | None = None

    def attach(self, keys: AuditKeys) -> None:
        self._keys = keys

    def detach(self) -> None:
        self._keys = None

    def _require(self) -> AuditKeys:
        if self._keys is None:
            raise RuntimeError("signed audit entry while the vault is locked")
        return self._keys

    def append_in(
        self,
        conn: sqlite3.Connection,
        action: str,
        target: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        """Add a signed entry inside the caller's transaction."""
        append(conn, self._require(), action, device=self._device_id, target=target,
               details=details)  # fmt: skip

    def record(
        self,
        action: str,
        target: str = "",
        details: dict[str, Any] | None = None,
        *,
        defer: Callable[[Callable[[sqlite3.Connection], None]], None] | None = None,
    ) -> None:
        """Add a signed entry now, or with the open journal transaction when ``defer``."""
        if defer is not None:
            defer(lambda conn: self.append_in(conn, action, target, details))
            return
        with self._lock, Transaction(self._conn):
            self.append_in(self._conn, action, target, details)

    def entries(self) -> list[AuditEntry]:
        with self._lock:
            return entries(self._conn, self._require())

    def verify(self) -> list[str]:
        with self._lock:
            return verify(self._conn, self._require())
