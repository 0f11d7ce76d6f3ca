"""The vault schema at the current format, built directly for a new vault.

Old vaults reach the same schema through the frozen steps in
``desktop/store/migrations``; ``tests/test_upgrade.py`` compares the two (tables,
columns, indexes) so they cannot drift.  Unlike a migration step, this module is
edited with every format change: it always describes today's vault.

Only ids, timestamps, sizes and ciphertext are stored in the clear (see
``docs/storage.md`` for what each table holds).
"""

from __future__ import annotations

import sqlite3

# The format this schema is; format.FORMAT_VERSION must be the same (a test checks).
SCHEMA_FORMAT = 4

_DDL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
-- checksum: SHA-256 of the slot (damage, not attack; desktop/store/slot_integrity.py)
CREATE TABLE key_wraps(
    wrap_id TEXT PRIMARY KEY, kind TEXT, wrapped BLOB, created_at TEXT, checksum TEXT
);
CREATE TABLE case_keys(
    case_id TEXT, key_id TEXT, wrapped BLOB, created_at TEXT, PRIMARY KEY(case_id, key_id)
);

-- The op log.  seq is the local order; server_seq the server's, once pushed.
CREATE TABLE ops(
    seq INTEGER PRIMARY KEY,
    op_id TEXT NOT NULL,
    case_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    parents TEXT,
    author TEXT,
    device TEXT,
    key_id TEXT,
    schema INTEGER,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    sync_state TEXT,
    server_seq INTEGER
);
CREATE UNIQUE INDEX idx_ops_op_id ON ops(op_id);
CREATE INDEX idx_ops_case_id ON ops(case_id);
CREATE INDEX idx_ops_sync_state ON ops(sync_state);
CREATE INDEX ops_sync_state ON ops(sync_state, seq);
-- Vault open reads MAX(hlc) as the clock's high-water mark: one index entry, not a scan.
CREATE INDEX ops_hlc ON ops(hlc);

CREATE TABLE blobs(
    blob_id TEXT PRIMARY KEY, case_id TEXT, key_id TEXT, size INTEGER, chunk_count INTEGER,
    created_at TEXT
);
CREATE TABLE snapshots(
    snapshot_id TEXT PRIMARY KEY, up_to_seq INTEGER, projection_version INTEGER,
    created_at TEXT, size INTEGER, chunk_count INTEGER
);
CREATE TABLE snapshot_chunks(
    snapshot_id TEXT, idx INTEGER, nonce BLOB, ciphertext BLOB, PRIMARY KEY(snapshot_id, idx)
);
CREATE TABLE sealed(name TEXT PRIMARY KEY, nonce BLOB, ciphertext BLOB);
-- details: AES-256-GCM ciphertext (nonce first) since format 4; see desktop/store/audit.py
CREATE TABLE audit(
    seq INTEGER PRIMARY KEY, at TEXT, action TEXT, device TEXT, target TEXT, details TEXT,
    prev_hash TEXT, hash TEXT, mac TEXT
);
-- Failed unlocks (written without the key) until the next unlock moves them into audit.
CREATE TABLE audit_pending(
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, device TEXT NOT NULL,
    details TEXT NOT NULL
);

-- What the sync client keeps (desktop/store/sync_state.py describes each table).
CREATE TABLE sync_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sync_quarantine(
    op_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, key_id TEXT NOT NULL,
    header TEXT NOT NULL, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL,
    server_seq INTEGER NOT NULL DEFAULT 0, reason TEXT NOT NULL, received_at TEXT NOT NULL
);
CREATE INDEX sync_quarantine_case ON sync_quarantine(case_id);
CREATE TABLE sync_readonly(case_id TEXT PRIMARY KEY, since TEXT NOT NULL);
CREATE TABLE sync_key_grants(
    case_id TEXT NOT NULL, key_id TEXT NOT NULL, PRIMARY KEY(case_id, key_id)
);
"""


def create_current_schema(conn: sqlite3.Connection) -> None:
    """Create every table of the current format in an empty database.

    Runs inside the caller's transaction (``executescript`` would commit it)."""
    for statement in _statements(_DDL):
        conn.execute(statement)


def _statements(script: str) -> list[str]:
    """The statements of a DDL script, without its ``--`` comment lines."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
