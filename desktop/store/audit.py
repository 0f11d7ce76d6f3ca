"""The hash-chained audit log: unlocks, failed unlocks, imports, exports, shreds.

Each entry's hash covers the previous hash and the entry's own fields, so a
removed, reordered or edited entry breaks the chain.  Entries written while the
vault is unlocked also carry an HMAC under a key derived from the vault key;
since each covers the chain before it, someone without the passphrase can at
most add unsigned entries, and only failed unlocks may be unsigned (they are
written without the key), so ``verify`` reports any other unsigned entry.
Details never contain names, notes or file paths: only ids, counts and hashes.
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

from desktop.store.database import Transaction

GENESIS = "0" * 64
UNSIGNED_ACTIONS = frozenset({"unlock_failed"})


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    action: str
    device: str
    target: str
    details: dict[str, Any]
    signed: bool


def _entry_hash(prev: str, at: str, action: str, device: str, target: str, details: str) -> str:
    material = json.dumps([prev, at, action, device, target, details], ensure_ascii=False)
    return hashlib.sha256(material.encode()).hexdigest()


def _mac(key: bytes, entry_hash: str) -> str:
    return hmac.new(key, entry_hash.encode(), hashlib.sha256).hexdigest()


def append(
    conn: sqlite3.Connection,
    action: str,
    *,
    device: str,
    target: str = "",
    details: dict[str, Any] | None = None,
    mac_key: bytes | None = None,
) -> None:
    """Add an entry (inside the caller's transaction, if any)."""
    row = conn.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at = datetime.now(UTC).isoformat(timespec="milliseconds")
    text = json.dumps(details or {}, sort_keys=True, ensure_ascii=False)
    digest = _entry_hash(prev, at, action, device, target, text)
    mac = _mac(mac_key, digest) if mac_key else None
    conn.execute(
        "INSERT INTO audit(at, action, device, target, details, prev_hash, hash, mac) "
        "VALUES (?,?,?,?,?,?,?,?)",
        (at, action, device, target, text, prev, digest, mac),
    )


def entries(conn: sqlite3.Connection) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT seq, at, action, device, target, details, mac FROM audit ORDER BY seq"
    )
    return [
        AuditEntry(seq, at, action, device, target, json.loads(details), mac is not None)
        for seq, at, action, device, target, details, mac in rows
    ]


def verify(conn: sqlite3.Connection, mac_key: bytes | None) -> list[str]:
    """Problems with the chain, as sentences; empty when it verifies."""
    problems: list[str] = []
    prev = GENESIS
    rows = conn.execute(
        "SELECT seq, at, action, device, target, details, prev_hash, hash, mac "
        "FROM audit ORDER BY seq"
    )
    for seq, at, action, device, target, details, prev_hash, digest, mac in rows:
        if prev_hash != prev:
            problems.append(f"audit entry {seq} does not follow the entry before it")
        expected = _entry_hash(prev_hash, at, action, device, target, details)
        if expected != digest:
            problems.append(f"audit entry {seq} was altered")
        if mac is None and action not in UNSIGNED_ACTIONS:
            problems.append(f"audit entry {seq} ({action}) is not signed")
        if (
            mac is not None
            and mac_key is not None
            and not hmac.compare_digest(mac, _mac(mac_key, digest))
        ):
            problems.append(f"audit entry {seq} has an invalid signature")
        prev = digest
    return problems


class AuditLog:
    """The vault's audit chain: entries signed with the audit key while unlocked.

    Inside an op-journal transaction an entry is written with the ops (``defer`` is the
    journal's ``after_commit``), so an import and its audit entry stand or fall together.
    """

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock, device_id: str) -> None:
        self._conn = conn
        self._lock = lock
        self._device_id = device_id
        self._mac_key: bytes | None = None

    def attach(self, mac_key: bytes) -> None:
        self._mac_key = mac_key

    def detach(self) -> None:
        self._mac_key = None

    def append_in(
        self,
        conn: sqlite3.Connection,
        action: str,
        target: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        """Add a signed entry inside the caller's transaction."""
        if self._mac_key is None:
            raise RuntimeError("signed audit entry while the vault is locked")
        append(conn, action, device=self._device_id, target=target, details=details,
               mac_key=self._mac_key)  # fmt: skip

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
            return entries(self._conn)

    def verify(self) -> list[str]:
        with self._lock:
            return verify(self._conn, self._mac_key)
