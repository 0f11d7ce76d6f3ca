"""Small records sealed under the vault's settings key (organisation, contacts, sync …).

Each record is one row of the ``sealed`` table, its ciphertext bound to the vault and
the record's name so that rows cannot be swapped.  What a record holds, and how old
versions are read, is declared in ``desktop.store.sealed_records``.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from typing import Any

from desktop.changes import ChangeSet, publish
from desktop.crypto.aead import AuthenticationError, bind, open_sealed, seal
from desktop.errors import VaultCorruptError
from desktop.store.database import Transaction


class SealedStore:
    """Reads and writes sealed records; ``attach`` gives it the settings key."""

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock, vault_id: str) -> None:
        self._conn = conn
        self._lock = lock
        self._vault_id = vault_id
        self._key: bytes | None = None

    def attach(self, key: bytes) -> None:
        self._key = key

    def detach(self) -> None:
        self._key = None

    def _require(self) -> bytes:
        if self._key is None:
            raise RuntimeError("sealed record used while the vault is locked")
        return self._key

    def names(self) -> list[str]:
        with self._lock:
            return [str(r[0]) for r in self._conn.execute("SELECT name FROM sealed ORDER BY name")]

    def read(self, name: str) -> dict[str, Any] | None:
        key = self._require()
        with self._lock:
            row = self._conn.execute(
                "SELECT nonce, ciphertext FROM sealed WHERE name=?", (name,)
            ).fetchone()
        if row is None:
            return None
        try:
            data = open_sealed(key, bytes(row[0]), bytes(row[1]), self._ad(name))
        except AuthenticationError as exc:
            raise VaultCorruptError(f"The stored {name} are damaged.", name=name) from exc
        value = json.loads(data)
        return value if isinstance(value, dict) else None

    def write(self, name: str, value: dict[str, Any]) -> None:
        key = self._require()
        nonce, ct = seal(key, json.dumps(value, ensure_ascii=False).encode(), self._ad(name))
        with self._lock, Transaction(self._conn):
            self._conn.execute(
                "INSERT OR REPLACE INTO sealed(name, nonce, ciphertext) VALUES (?,?,?)",
                (name, nonce, ct),
            )
        publish(ChangeSet(settings=frozenset({name})))

    def _ad(self, name: str) -> bytes:
        return bind("sealed", self._vault_id, name)
