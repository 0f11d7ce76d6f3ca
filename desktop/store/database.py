"""The on-disk vault database: connection settings, meta values, transactions.

The tables are defined in ``desktop/store/schema.py`` (new vaults) and
``desktop/store/migrations`` (the frozen steps that bring old vaults there).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from desktop.store.storage_errors import storage_error, storage_errors

DB_NAME = "vault.db"


def connect(path: Path) -> sqlite3.Connection:
    """Open the vault database with durable, crash-safe settings.

    A folder or medium that refuses writes is named here (WAL mode writes at once).
    """
    with storage_errors(path, "vault"):
        return _connect(path)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
    # Only takes effect when the file is new: 16 KiB pages read snapshot chunks
    # about a third faster than the default 4 KiB (measured in tests/bench/vault.py).
    conn.execute("PRAGMA page_size=16384")
    # WAL keeps readers working during writes; FULL makes every commit durable
    # before we acknowledge it (the op log promises no acknowledged write is lost).
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    # Freed pages are zeroed, so a shredded case's ciphertext does not linger.
    conn.execute("PRAGMA secure_delete=ON")
    # Sorting spills never go to temp files.
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def get_meta(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def set_meta(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES(?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
        (key, json.dumps(value, sort_keys=True)),
    )


def database_path(conn: sqlite3.Connection) -> Path:
    """The file behind ``conn`` (for naming it in an error)."""
    with contextlib.suppress(sqlite3.Error):
        for _seq, name, file in conn.execute("PRAGMA database_list"):
            if name == "main" and file:
                return Path(file)
    return Path(DB_NAME)


class Transaction:
    """``with Transaction(conn):`` — BEGIN IMMEDIATE … COMMIT, or ROLLBACK on error.

    All or nothing even when the disk refuses the write: a failed COMMIT (a full disk
    fails there, at the latest) is rolled back too, and SQLite's code becomes the
    StorageError that names the cause ("the disk is full", "read-only medium" …).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> sqlite3.Connection:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            self._raise_mapped(error)
            raise
        return self._conn

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if exc is None:
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as error:
                self._roll_back()
                self._raise_mapped(error)
                raise
            return
        self._roll_back()
        if isinstance(exc, (sqlite3.Error, OSError)):
            self._raise_mapped(exc)

    def _roll_back(self) -> None:
        # SQLite may already have rolled back by itself (SQLITE_FULL, SQLITE_IOERR);
        # ROLLBACK without a transaction would raise and hide the real error.
        if self._conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def _raise_mapped(self, error: BaseException) -> None:
        mapped = storage_error(error, database_path(self._conn), "vault")
        if mapped is not None:
            raise mapped from error
