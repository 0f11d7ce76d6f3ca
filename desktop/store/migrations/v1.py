"""Format 1 as released: the schema sqlite-utils wrote for the first vaults.

Frozen (see the package docstring): the text is what those vaults hold in
``sqlite_master``.  Nothing at run time builds a format-1 vault any more; the
upgrade tests use this to start a migration from an empty format-1 database.
"""

from __future__ import annotations

import sqlite3

_DDL = """
CREATE TABLE "meta" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT
);
CREATE TABLE "key_wraps" (
   "wrap_id" TEXT PRIMARY KEY,
   "kind" TEXT,
   "wrapped" BLOB,
   "created_at" TEXT
);
CREATE TABLE "case_keys" (
   "case_id" TEXT,
   "key_id" TEXT,
   "wrapped" BLOB,
   "created_at" TEXT,
   PRIMARY KEY ("case_id", "key_id")
);
CREATE TABLE "ops" (
   "seq" INTEGER PRIMARY KEY,
   "op_id" TEXT NOT NULL,
   "case_id" TEXT NOT NULL,
   "entity" TEXT NOT NULL,
   "entity_id" TEXT NOT NULL,
   "hlc" TEXT NOT NULL,
   "parents" TEXT,
   "author" TEXT,
   "device" TEXT,
   "key_id" TEXT,
   "schema" INTEGER,
   "nonce" BLOB NOT NULL,
   "ciphertext" BLOB NOT NULL,
   "sync_state" TEXT,
   "server_seq" INTEGER
);
CREATE UNIQUE INDEX "idx_ops_op_id"
    ON "ops" ("op_id");
CREATE INDEX "idx_ops_case_id"
    ON "ops" ("case_id");
CREATE INDEX "idx_ops_sync_state"
    ON "ops" ("sync_state");
CREATE TABLE "blobs" (
   "blob_id" TEXT PRIMARY KEY,
   "case_id" TEXT,
   "key_id" TEXT,
   "size" INTEGER,
   "chunk_count" INTEGER,
   "created_at" TEXT
);
CREATE TABLE "snapshots" (
   "snapshot_id" TEXT PRIMARY KEY,
   "up_to_seq" INTEGER,
   "projection_version" INTEGER,
   "created_at" TEXT,
   "size" INTEGER,
   "chunk_count" INTEGER
);
CREATE TABLE "snapshot_chunks" (
   "snapshot_id" TEXT,
   "idx" INTEGER,
   "nonce" BLOB,
   "ciphertext" BLOB,
   PRIMARY KEY ("snapshot_id", "idx")
);
CREATE TABLE "sealed" (
   "name" TEXT PRIMARY KEY,
   "nonce" BLOB,
   "ciphertext" BLOB
);
CREATE TABLE "audit" (
   "seq" INTEGER PRIMARY KEY,
   "at" TEXT,
   "action" TEXT,
   "device" TEXT,
   "target" TEXT,
   "details" TEXT,
   "prev_hash" TEXT,
   "hash" TEXT,
   "mac" TEXT
);
"""


def create(conn: sqlite3.Connection) -> None:
    """Create the format-1 tables in an empty database, inside the caller's transaction."""
    for statement in _DDL.split(";"):
        if statement.strip():
            conn.execute(statement.strip())
