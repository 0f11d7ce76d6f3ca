"""Evidence files as encrypted chunk files, streamed so a 2 GB file never sits in memory.

Each evidence file becomes one file under ``blobs/`` in the vault folder::

    b"MDGB" version(1) chunk_size(u32) | nonce(12) ciphertext(chunk+16) | ...

Every chunk is sealed with the case key and bound to (blob id, case id, index),
the last one also to the chunk count, so dropping, reordering, appending or
swapping chunks (or whole files) fails authentication.

Why files and not rows of ``vault.db``: SQLite's WAL writes every byte twice
(log, then checkpoint), which halves throughput for gigabyte files, and large
blobs bloat the database that every backup copies.  A blob is written to
``<id>.part``, fsynced and renamed; only then is it recorded in the ``blobs``
table, in the same transaction as the evidence op that references it.  A file
without a row (a cancelled or killed import) is removed at the next unlock.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from desktop.crypto.aead import NONCE_BYTES, AuthenticationError, bind, open_sealed, seal
from desktop.errors import Cancelled
from desktop.store.ids import new_id
from desktop.store.storage_errors import storage_errors

CHUNK_SIZE = 1024 * 1024
PROGRESS_EVERY = 8  # chunks between progress reports and cancel checks
MAX_BLOB_BYTES = 2 * 1024**3
BLOB_DIR = "blobs"
_MAGIC = b"MDGB"
_VERSION = 1
_HEADER = struct.Struct(">4sBI")
_TAG = 16


class CancelledError(Cancelled):
    """The caller cancelled storing a file; nothing was kept."""

    code = "cancelled.blob"


class BlobTooLargeError(Exception):
    pass


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    case_id: str
    key_id: str
    size: int
    sha256: str
    chunk_count: int


def blob_path(folder: Path, blob_id: str) -> Path:
    return folder / BLOB_DIR / blob_id[:2] / blob_id


def _chunk_ad(blob_id: str, case_id: str, idx: int, count: int | None) -> bytes:
    if count is None:
        return bind("chunk", blob_id, case_id, idx)
    # The last chunk also binds the total, so truncation is detected.
    return bind("chunk-last", blob_id, case_id, idx, count)


def write_blob(
    folder: Path,
    source: BinaryIO,
    *,
    case_id: str,
    key_id: str,
    case_key: bytes,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StoredBlob:
    """Stream ``source`` into an encrypted chunk file; record it with :func:`record`.

    A refused write (full disk, read-only medium, no permission) is raised as the
    StorageError that names its cause; the partial file is removed.
    """
    with storage_errors(folder / BLOB_DIR, "evidence"):
        return _write_blob(folder, source, case_id=case_id, key_id=key_id,
                           case_key=case_key, progress=progress, cancelled=cancelled)  # fmt: skip


def _write_blob(
    folder: Path,
    source: BinaryIO,
    *,
    case_id: str,
    key_id: str,
    case_key: bytes,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> StoredBlob:
    blob_id = new_id()
    final = blob_path(folder, blob_id)
    final.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = final.with_name(final.name + ".part")
    digest = hashlib.sha256()
    size = 0
    idx = 0
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb", buffering=0) as out:
            out.write(_HEADER.pack(_MAGIC, _VERSION, CHUNK_SIZE))
            chunk = source.read(CHUNK_SIZE)
            while True:
                nxt = source.read(CHUNK_SIZE) if chunk else b""
                last = not nxt
                digest.update(chunk)
                size += len(chunk)
                if size > MAX_BLOB_BYTES:
                    raise BlobTooLargeError(
                        f"the file is larger than {MAX_BLOB_BYTES // 1024**3} GB"
                    )
                ad = _chunk_ad(blob_id, case_id, idx, idx + 1 if last else None)
                nonce, ct = seal(case_key, chunk, ad)
                out.write(nonce)
                out.write(ct)
                if last or (idx + 1) % PROGRESS_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise CancelledError
                    if progress is not None:
                        progress(size)
                if last:
                    break
                chunk = nxt
                idx += 1
            os.fsync(out.fileno())
        os.replace(partial, final)
        _fsync_dir(final.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    return StoredBlob(blob_id, case_id, key_id, size, digest.hexdigest(), idx + 1)


def record(conn: sqlite3.Connection, blob: StoredBlob) -> None:
    """Register a written blob; call inside the transaction of the op that uses it."""
    conn.execute(
        "INSERT INTO blobs(blob_id, case_id, key_id, size, chunk_count, created_at) "
        "VALUES (?,?,?,?,?,?)",
        (blob.blob_id, blob.case_id, blob.key_id, blob.size, blob.chunk_count,
         datetime.now(UTC).isoformat(timespec="seconds")),
    )  # fmt: skip


def key_id_of(conn: sqlite3.Connection, blob_id: str) -> str:
    """The id of the case key the blob was sealed with (KeyError if unknown).

    A case key can be rotated (after a share is withdrawn); files written before
    keep their key, so readers must open each file with its own key id.
    """
    row = conn.execute("SELECT key_id FROM blobs WHERE blob_id=?", (blob_id,)).fetchone()
    if row is None:
        raise KeyError(blob_id)
    return str(row[0])


def forget_case(conn: sqlite3.Connection, case_id: str) -> list[str]:
    """Delete a shredded case's blob rows (inside the caller's transaction); returns their
    ids so the caller can remove the files once the transaction has committed."""
    ids = [str(r[0]) for r in conn.execute("SELECT blob_id FROM blobs WHERE case_id=?", (case_id,))]
    conn.execute("DELETE FROM blobs WHERE case_id=?", (case_id,))
    return ids


def discard(folder: Path, blob_id: str) -> None:
    """Remove a blob's file (its row, if any, is the caller's to delete)."""
    path = blob_path(folder, blob_id)
    for candidate in (path, path.with_name(path.name + ".part")):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def remove_orphans(folder: Path, conn: sqlite3.Connection) -> int:
    """Delete blob files no row refers to (unfinished imports); returns how many."""
    root = folder / BLOB_DIR
    if not root.is_dir():
        return 0
    known = {r[0] for r in conn.execute("SELECT blob_id FROM blobs")}
    removed = 0
    for path in root.glob("*/*"):
        blob_id = path.name.removesuffix(".part")
        if path.name.endswith(".part") or blob_id not in known:
            path.unlink()
            removed += 1
    return removed


def read_blob(
    folder: Path, conn: sqlite3.Connection, blob_id: str, case_id: str, case_key: bytes
) -> Iterator[bytes]:
    """Plaintext chunks in order; raises AuthenticationError on any tampering (KeyError, at
    once, when the vault has no such blob of that case)."""
    row = conn.execute(
        "SELECT chunk_count, case_id FROM blobs WHERE blob_id=?", (blob_id,)
    ).fetchone()
    if row is None or row[1] != case_id:
        raise KeyError(blob_id)
    return read_file(folder, blob_id, case_id, int(row[0]), case_key)


def chunk_count(conn: sqlite3.Connection, blob_id: str, case_id: str) -> int:
    """How many chunks a stored blob of that case has; KeyError if there is none."""
    row = conn.execute(
        "SELECT chunk_count, case_id FROM blobs WHERE blob_id=?", (blob_id,)
    ).fetchone()
    if row is None or row[1] != case_id:
        raise KeyError(blob_id)
    return int(row[0])


def read_file(
    folder: Path, blob_id: str, case_id: str, count: int, case_key: bytes
) -> Iterator[bytes]:
    """The plaintext chunks of a blob file whose row says it has ``count`` chunks."""
    try:
        handle = blob_path(folder, blob_id).open("rb")
    except FileNotFoundError:
        raise KeyError(blob_id) from None
    with handle:
        header = handle.read(_HEADER.size)
        if len(header) != _HEADER.size:
            raise AuthenticationError("blob file header is truncated")
        magic, version, chunk_size = _HEADER.unpack(header)
        if magic != _MAGIC or version != _VERSION:
            raise AuthenticationError("not a Madoguchi blob file")
        for idx in range(count):
            last = idx == count - 1
            record_bytes = handle.read(NONCE_BYTES + chunk_size + _TAG)
            if len(record_bytes) < NONCE_BYTES + _TAG or (
                not last and len(record_bytes) != NONCE_BYTES + chunk_size + _TAG
            ):
                raise AuthenticationError("blob file is truncated")
            ad = _chunk_ad(blob_id, case_id, idx, count if last else None)
            yield open_sealed(case_key, record_bytes[:NONCE_BYTES], record_bytes[NONCE_BYTES:], ad)
        if handle.read(1):
            raise AuthenticationError("blob file has data beyond its last chunk")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
