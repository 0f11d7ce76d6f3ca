"""Sealed snapshots of the in-memory projection.

A snapshot is the serialized projection database, sealed in 8 MiB chunks with a
key derived from the vault key.  Each chunk is bound to the vault, the
snapshot, the op sequence it covers, the projection version, its index and the
chunk count, so a chunk that is altered, dropped, reordered or moved fails.
Only the newest snapshot is kept; writing one replaces the last in the same
transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.crypto.aead import AuthenticationError, bind, seal
from desktop.store.database import Transaction
from desktop.store.ids import new_id

CHUNK = 8 * 1024 * 1024
_TAG = 16


def _ad(vault_id: str, snapshot_id: str, up_to: int, version: int, idx: int, count: int) -> bytes:
    return bind("snapshot", vault_id, snapshot_id, up_to, version, idx, count)


def write(
    conn: sqlite3.Connection, key: bytes, vault_id: str, image: bytes, up_to: int, version: int
) -> None:
    """Seal ``image`` (a serialized projection) as the vault's only snapshot."""
    view = memoryview(image)
    snapshot_id = new_id()
    count = max(1, -(-len(view) // CHUNK))
    with Transaction(conn):
        conn.execute("DELETE FROM snapshot_chunks")
        conn.execute("DELETE FROM snapshots")
        conn.execute(
            "INSERT INTO snapshots(snapshot_id, up_to_seq, projection_version, created_at, size, "
            "chunk_count) VALUES (?,?,?,?,?,?)",
            (snapshot_id, up_to, version, datetime.now(UTC).isoformat(timespec="seconds"),
             len(view), count),
        )  # fmt: skip
        for idx in range(count):
            piece = view[idx * CHUNK : (idx + 1) * CHUNK]
            nonce, ct = seal(key, piece, _ad(vault_id, snapshot_id, up_to, version, idx, count))
            conn.execute(
                "INSERT INTO snapshot_chunks(snapshot_id, idx, nonce, ciphertext) VALUES (?,?,?,?)",
                (snapshot_id, idx, nonce, ct),
            )
    view.release()


def newest(conn: sqlite3.Connection, version: int) -> tuple[str, int] | None:
    """(snapshot id, op sequence covered) of the newest snapshot of this projection version."""
    row = conn.execute(
        "SELECT snapshot_id, up_to_seq FROM snapshots WHERE projection_version=? "
        "ORDER BY up_to_seq DESC LIMIT 1",
        (version,),
    ).fetchone()
    return (str(row[0]), int(row[1])) if row else None


def read(conn: sqlite3.Connection, key: bytes, vault_id: str, snapshot_id: str) -> bytearray:
    """Decrypt a snapshot into one buffer; raises AuthenticationError if it was altered."""
    row = conn.execute(
        "SELECT up_to_seq, projection_version, size, chunk_count FROM snapshots "
        "WHERE snapshot_id=?",
        (snapshot_id,),
    ).fetchone()
    if row is None:
        raise AuthenticationError("snapshot is missing")
    up_to, version, size, count = (int(v) for v in row)
    image = bytearray(size)
    view = memoryview(image)
    offset = 0
    expected = 0
    aead = AESGCM(key)
    cursor = conn.execute(
        "SELECT idx, nonce, ciphertext FROM snapshot_chunks WHERE snapshot_id=? ORDER BY idx",
        (snapshot_id,),
    )
    try:
        for idx, nonce, ct in cursor:
            length = len(ct) - _TAG
            if idx != expected or idx >= count or length < 0 or offset + length > size:
                raise AuthenticationError("snapshot chunks are missing or out of order")
            ad = _ad(vault_id, snapshot_id, up_to, version, idx, count)
            try:
                # Straight into the image: no per-chunk copy of 150 MB of plaintext.
                aead.decrypt_into(nonce, ct, ad, view[offset : offset + length])
            except InvalidTag as exc:
                raise AuthenticationError("snapshot chunk failed authentication") from exc
            offset += length
            expected += 1
    finally:
        view.release()
    if expected != count or offset != size:
        raise AuthenticationError("snapshot is truncated")
    return image


def problems(conn: sqlite3.Connection, key: bytes, vault_id: str) -> list[str]:
    """Snapshots that fail authentication, as sentences."""
    found = []
    for (snapshot_id,) in conn.execute("SELECT snapshot_id FROM snapshots").fetchall():
        try:
            read(conn, key, vault_id, snapshot_id)
        except AuthenticationError:
            found.append(f"snapshot {snapshot_id} was altered (authentication failed)")
    return found
