"""Format 1 → 2: the tables the sync client keeps (released with sync).

Frozen (see the package docstring): a copy of the DDL ``sync_state`` ran when
format 2 was released.  What the tables hold is described in
``desktop/store/sync_state.py``.
"""

from __future__ import annotations

import sqlite3

_DDL = """
CREATE TABLE IF NOT EXISTS sync_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sync_quarantine(
    op_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, key_id TEXT NOT NULL,
    header TEXT NOT NULL, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL,
    server_seq INTEGER NOT NULL DEFAULT 0, reason TEXT NOT NULL, received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sync_quarantine_case ON sync_quarantine(case_id);
CREATE TABLE IF NOT EXISTS sync_readonly(case_id TEXT PRIMARY KEY, since TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sync_key_grants(
    case_id TEXT NOT NULL, key_id TEXT NOT NULL, PRIMARY KEY(case_id, key_id)
);
CREATE INDEX IF NOT EXISTS ops_sync_state ON ops(sync_state, seq);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    """Add the sync tables; runs inside the caller's transaction."""
    for statement in _DDL.split(";"):
        if statement.strip():
            conn.execute(statement)
