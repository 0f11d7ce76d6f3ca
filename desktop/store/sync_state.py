"""What the vault keeps for sync: pending ops, remote ops, quarantine, cursor, evidence chunks.

The vault knows nothing about the network (``desktop`` never imports ``sync``); the sync
client calls these functions.  Tables (added by format 2, see
``desktop/store/migrations/v1_to_v2.py``; all metadata, nothing readable):

* ``sync_meta`` — key/value: the server's opaque cursor, last sync time, last error;
* ``sync_quarantine`` — remote ops that could not be opened (unknown key id, failed
  authentication, bad payload), kept raw with the reason, retried when a key arrives;
* ``sync_readonly`` — cases whose grant was revoked: the local copy stays, nothing is
  pushed for them any more;
* ``sync_key_grants`` — (case, key id) pairs already granted on the server to this user.

Settings that are secret (device token, pinned organisation key, certificate) are sealed
under the vault key with ``write_sealed("sync")``, not kept here.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.crypto.aead import NONCE_BYTES, AuthenticationError
from desktop.errors import NotFoundError, VaultCorruptError
from desktop.store import blobs, oplog
from desktop.store.database import Transaction
from desktop.store.hlc import Stamp
from desktop.store.oplog import Op, OpHeader, SealedOp

if TYPE_CHECKING:
    from desktop.store.vault import Vault

SETTINGS_NAME = "sync"
MAX_FUTURE_MS = 5 * 60 * 1000  # a remote HLC further ahead is flagged, not adopted
# A remote op may arrive still wrapped for transport (the sync protocol seals entity, entity
# id, HLC and parents with the case key, so the server does not see them): its header then
# has an empty entity, and the caller of apply_remote passes the Unwrap that turns it, given
# the case key, into the op as the vault keeps it (AuthenticationError or ValueError if not).
WRAPPED = ""
Unwrap = Callable[[SealedOp, bytes], SealedOp]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- key/value state ----------------------------------------------------------------------
def get_value(vault: Vault, key: str, default: Any = None) -> Any:
    with vault.store_lock:
        row = vault.conn.execute("SELECT value FROM sync_meta WHERE key=?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def _set(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO sync_meta(key, value) VALUES (?, ?)", (key, json.dumps(value))
    )


def set_values(vault: Vault, values: dict[str, Any]) -> None:
    """Store several values in one transaction (cursor, last_sync, last_error …)."""
    with vault.store_lock, Transaction(vault.conn):
        for key, value in values.items():
            _set(vault.conn, key, value)


# -- pushing ------------------------------------------------------------------------------
_COLUMNS = (
    "seq, op_id, case_id, entity, entity_id, hlc, parents, author, device, key_id, schema, "
    "nonce, ciphertext, sync_state"
)


def pending_ops(vault: Vault, *, after_seq: int = 0, limit: int = 500) -> list[SealedOp]:
    """Ops still to push, in local order, skipping read-only (revoked) cases."""
    sql = (
        f"SELECT {_COLUMNS} FROM ops WHERE sync_state='pending' AND seq > ? "  # noqa: S608
        "AND case_id NOT IN (SELECT case_id FROM sync_readonly) ORDER BY seq LIMIT ?"
    )
    with vault.store_lock:
        rows = vault.conn.execute(sql, (after_seq, limit)).fetchall()
    return [oplog._row_to_sealed(row) for row in rows]


def keep_local(vault: Vault, case_id: str) -> None:
    """A case this user may not put on the server (e.g. a lawyer's case opened from a sealed
    packet) stays on this computer: its ops are 'local', never pending, never reported."""
    with vault.store_lock, Transaction(vault.conn):
        vault.journal.set_local(vault.conn, case_id)
        local = set(
            json.loads(
                (
                    vault.conn.execute(
                        "SELECT value FROM sync_meta WHERE key='local_cases'"
                    ).fetchone()
                    or ["[]"]
                )[0]
            )
        )
        _set(vault.conn, "local_cases", sorted(local | {case_id}))


def local_cases(vault: Vault) -> set[str]:
    return set(get_value(vault, "local_cases", []))


def count_ops(vault: Vault, state: str) -> int:
    with vault.store_lock:
        row = vault.conn.execute("SELECT COUNT(*) FROM ops WHERE sync_state=?", (state,)).fetchone()
    return int(row[0])


def mark_pushed(vault: Vault, accepted: dict[str, int], rejected: Iterable[str] = ()) -> None:
    """Accepted (or duplicate) ops become 'synced' with their server sequence number;
    rejected ones 'rejected' so they never block the queue."""
    vault.journal.mark_pushed(accepted, rejected)


def mark_for_resend(vault: Vault, case_ids: Iterable[str], device_id: str) -> None:
    """This device's synced ops of those cases are sent again (sync repair)."""
    vault.journal.mark_for_resend(case_ids, device_id)


def open_local(vault: Vault, sealed: SealedOp) -> Op:
    """Decrypt one of this vault's ops (to find the blobs an evidence op refers to)."""
    return vault.journal.open(sealed)


# -- read-only cases and pushed grants -----------------------------------------------------
def mark_read_only(vault: Vault, case_ids: Iterable[str]) -> None:
    with vault.store_lock, Transaction(vault.conn):
        vault.conn.executemany(
            "INSERT OR IGNORE INTO sync_readonly(case_id, since) VALUES (?, ?)",
            [(c, _now()) for c in case_ids],
        )


def clear_read_only(vault: Vault, case_ids: Iterable[str]) -> None:
    """A case granted again after a revocation can be written to again."""
    with vault.store_lock, Transaction(vault.conn):
        vault.conn.executemany(
            "DELETE FROM sync_readonly WHERE case_id=?", [(c,) for c in case_ids]
        )


def is_read_only(vault: Vault, case_id: str) -> bool:
    """True if this user's access to the case was withdrawn (kept readable, not editable)."""
    with vault.store_lock:
        row = vault.conn.execute(
            "SELECT 1 FROM sync_readonly WHERE case_id=?", (case_id,)
        ).fetchone()
    return row is not None


def read_only_cases(vault: Vault) -> set[str]:
    with vault.store_lock:
        return {r[0] for r in vault.conn.execute("SELECT case_id FROM sync_readonly")}


def granted_keys(vault: Vault, case_id: str | None = None) -> set[tuple[str, str]]:
    """(case id, key id) pairs the server already holds a grant of for this user (of one
    case when ``case_id`` is given: pushes ask case by case, and the table grows with cases)."""
    with vault.store_lock:
        if case_id is None:
            rows = vault.conn.execute("SELECT case_id, key_id FROM sync_key_grants")
        else:
            rows = vault.conn.execute(
                "SELECT case_id, key_id FROM sync_key_grants WHERE case_id=?", (case_id,)
            )
        return {(r[0], r[1]) for r in rows}


def granted_keys_of(vault: Vault, case_ids: list[str]) -> set[tuple[str, str]]:
    """:func:`granted_keys` of some cases (a push batch's: reading every pair for each of
    a first sync's 219 batches read 1.1 million rows)."""
    found: set[tuple[str, str]] = set()
    with vault.store_lock:
        for start in range(0, len(case_ids), 500):
            chunk = case_ids[start : start + 500]
            rows = vault.conn.execute(
                "SELECT case_id, key_id FROM sync_key_grants "  # noqa: S608 - placeholders only
                f"WHERE case_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update((r[0], r[1]) for r in rows)
    return found


def record_granted(vault: Vault, pairs: Iterable[tuple[str, str]]) -> None:
    with vault.store_lock, Transaction(vault.conn):
        vault.conn.executemany(
            "INSERT OR IGNORE INTO sync_key_grants(case_id, key_id) VALUES (?, ?)", list(pairs)
        )


def case_op_ids(vault: Vault) -> dict[str, list[str]]:
    """Every op id per case (for the state-hash check); quarantined ops count as present."""
    out: dict[str, list[str]] = {}
    with vault.store_lock:
        for case_id, op_id in vault.conn.execute(
            "SELECT case_id, op_id FROM ops WHERE sync_state != 'pending' "
            "UNION ALL SELECT case_id, op_id FROM sync_quarantine"
        ):
            out.setdefault(case_id, []).append(op_id)
    return out


# -- applying remote ops --------------------------------------------------------------------
@dataclass(frozen=True)
class RemoteOp:
    """A sealed op received from the server, with the server's sequence number."""

    sealed: SealedOp
    server_seq: int


@dataclass(frozen=True)
class ReceivedKey:
    case_id: str
    key_id: str
    key: bytes


@dataclass(frozen=True)
class ApplyResult:
    applied: int
    skipped: int  # already present
    quarantined: int
    released: int  # quarantined earlier, opened now that a key arrived
    future_clock: int  # ops stamped more than MAX_FUTURE_MS ahead of this device's clock
    cases: frozenset[str]


@dataclass(frozen=True)
class QuarantinedOp:
    op_id: str
    case_id: str
    key_id: str
    reason: str
    received_at: str


def _unwrapped(vault: Vault, sealed: SealedOp, unwrap: Unwrap | None) -> tuple[SealedOp, str]:
    """The op as the vault keeps it, or why it cannot be had yet (then ``sealed`` as it is)."""
    h = sealed.header
    if h.entity != WRAPPED:
        return sealed, ""
    if unwrap is None:
        return sealed, "still wrapped for transport"
    try:
        key = vault.key_by_id(h.case_id, h.key_id)
    except (VaultCorruptError, NotFoundError):
        return sealed, _NO_KEY
    try:
        inner = unwrap(sealed, key)
    except (AuthenticationError, ValueError):
        return sealed, _ALTERED
    if inner.header.op_id != h.op_id or inner.header.case_id != h.case_id:
        return sealed, _ALTERED
    return inner, ""


_NO_KEY = "no key for this case or key id (not granted to this user yet)"
_ALTERED = "failed authentication (altered, or sealed with another key)"


def _open_checked(vault: Vault, sealed: SealedOp) -> tuple[Op | None, str]:
    h = sealed.header
    try:
        key = vault.key_by_id(h.case_id, h.key_id)
    except (VaultCorruptError, NotFoundError):
        return None, _NO_KEY
    try:
        op = oplog.open_op(sealed, key)
    except AuthenticationError:
        return None, _ALTERED
    except ValueError:
        return None, "the payload is not valid"
    payload = op.payload
    if (
        not isinstance(payload, dict)
        or payload.get("t") not in ("put", "delete")
        or not isinstance(payload.get("f", {}), dict)
    ):
        return None, "the payload is not valid"
    existing = vault.projection.get(h.entity, h.entity_id)
    if existing is not None and existing.case_id != h.case_id:
        return None, "the op names a record of another case"
    return op, ""


def _quarantine(conn: sqlite3.Connection, sealed: SealedOp, server_seq: int, reason: str) -> None:
    h = sealed.header
    header = {
        "entity": h.entity, "entity_id": h.entity_id, "hlc": h.hlc, "parents": list(h.parents),
        "author": h.author, "device": h.device, "schema": h.schema,
    }  # fmt: skip
    conn.execute(
        "INSERT OR REPLACE INTO sync_quarantine(op_id, case_id, key_id, header, nonce, "
        "ciphertext, server_seq, reason, received_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (h.op_id, h.case_id, h.key_id, json.dumps(header), sealed.nonce, sealed.ciphertext,
         server_seq, reason, _now()),
    )  # fmt: skip


def _quarantined_sealed(vault: Vault, case_ids: Iterable[str]) -> list[RemoteOp]:
    out: list[RemoteOp] = []
    # The quarantine is small (usually empty): read which cases it holds once, rather than
    # asking for each case whose key arrived (a first pull receives ten thousand keys).
    held = {str(r[0]) for r in vault.conn.execute("SELECT DISTINCT case_id FROM sync_quarantine")}
    for case_id in sorted(set(case_ids) & held):
        rows = vault.conn.execute(
            "SELECT op_id, case_id, key_id, header, nonce, ciphertext, server_seq "
            "FROM sync_quarantine WHERE case_id=? ORDER BY server_seq, rowid",
            (case_id,),
        )
        for op_id, c, key_id, header, nonce, ct, seq in rows:
            h = json.loads(header)
            sealed = SealedOp(
                OpHeader(op_id, c, h["entity"], h["entity_id"], h["hlc"], tuple(h["parents"]),
                         h["author"], h["device"], key_id, int(h["schema"])),
                bytes(nonce), bytes(ct),
            )  # fmt: skip
            out.append(RemoteOp(sealed, int(seq)))
    return out


def apply_remote(
    vault: Vault,
    ops: list[RemoteOp],
    cursor: str | None,
    *,
    keys: Iterable[ReceivedKey] = (),
    read_only: Iterable[str] = (),
    retry_cases: Iterable[str] = (),
    unwrap: Unwrap | None = None,
) -> ApplyResult:
    """Apply one pulled page in ONE local transaction: received keys, quarantined ops they
    open, the new ops (duplicates skipped, unopenable ones quarantined), revocations and the
    cursor.  On any error nothing is kept, on disk or in the projection.

    A page is applied with a few statements, not a few per op (a first pull brings hundreds
    of thousands): one lookup of the ops already here and of the records not yet here, one
    insert of the opened ones in the order they were folded into the projection.
    ``unwrap``: opens ops that arrive wrapped for transport (see :data:`WRAPPED`)."""
    vault.projection  # noqa: B018 - raises VaultLockedError when locked
    keys = list(keys)
    read_only = list(read_only)
    wall_ms = datetime.now(UTC).timestamp() * 1000
    skipped = quarantined = released = future = 0
    touched: set[str] = set()
    journal = vault.journal
    conn = vault.conn

    def keep(sealed: SealedOp, op: Op, server_seq: int) -> None:
        journal.add_remote(sealed, op, server_seq)
        touched.add(op.header.case_id)

    # The journal's one transaction: keys, ops and these steps reach the disk together,
    # or (on any error) neither the disk nor the projection keeps anything.
    with journal.transaction():
        for received in keys:
            vault.case_keys.stage_received(received.case_id, received.key_id, received.key)
        retry = set(retry_cases) | {k.case_id for k in keys}
        released_ids: list[str] = []
        for remote in _quarantined_sealed(vault, retry):
            sealed, reason = _unwrapped(vault, remote.sealed, unwrap)
            op, _ = _open_checked(vault, sealed) if not reason else (None, reason)
            if op is None:
                continue
            released_ids.append(sealed.header.op_id)
            keep(sealed, op, remote.server_seq)
            released += 1
        seen = _known_op_ids(conn, [r.sealed.header.op_id for r in ops])
        # Unwrapped first (entity and entity id travel sealed), then looked up together.
        unwrapped = [_unwrapped(vault, r.sealed, unwrap) for r in ops]
        vault.projection.look_up_missing(
            (sealed.header.entity, sealed.header.entity_id)
            for sealed, reason in unwrapped
            if not reason
        )
        seen.update(released_ids)
        to_quarantine: list[tuple[SealedOp, int, str]] = []
        for remote, (sealed, reason) in zip(ops, unwrapped, strict=True):
            h = sealed.header
            if h.op_id in seen:
                skipped += 1
                continue
            seen.add(h.op_id)
            op, reason = _open_checked(vault, sealed) if not reason else (None, reason)
            if op is None:
                to_quarantine.append((sealed, remote.server_seq, reason))
                quarantined += 1
                continue
            try:
                stamp = Stamp.decode(h.hlc)
            except ValueError:
                stamp = Stamp(0, 0)
            if stamp.wall_ms > wall_ms + MAX_FUTURE_MS:
                future += 1  # shown, not adopted: our clock does not jump ahead
            else:
                journal.clock.observe(stamp)
            keep(sealed, op, remote.server_seq)

        def bookkeeping(conn: sqlite3.Connection) -> None:
            conn.executemany(
                "DELETE FROM sync_quarantine WHERE op_id=?", [(o,) for o in released_ids]
            )
            for sealed, server_seq, reason in to_quarantine:
                _quarantine(conn, sealed, server_seq, reason)
            conn.executemany(
                "INSERT OR IGNORE INTO sync_readonly(case_id, since) VALUES (?, ?)",
                [(c, _now()) for c in read_only],
            )
            if cursor is not None:
                _set(conn, "cursor", cursor)

        journal.after_commit(bookkeeping)
    applied = len(ops) - skipped - quarantined  # new ops opened and kept
    return ApplyResult(applied, skipped, quarantined, released, future, frozenset(touched))


def _known_op_ids(conn: sqlite3.Connection, op_ids: list[str]) -> set[str]:
    """Those of ``op_ids`` already in the log or in quarantine."""
    known: set[str] = set()
    for start in range(0, len(op_ids), 500):  # well under SQLite's parameter limit
        chunk = op_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT op_id FROM ops WHERE op_id IN ({marks}) "  # noqa: S608 - placeholders only
            f"UNION ALL SELECT op_id FROM sync_quarantine WHERE op_id IN ({marks})",
            chunk + chunk,
        )
        known.update(str(r[0]) for r in rows)
    return known


def quarantine(vault: Vault) -> list[QuarantinedOp]:
    """Ops kept aside, with the reason, oldest first."""
    with vault.store_lock:
        rows = vault.conn.execute(
            "SELECT op_id, case_id, key_id, reason, received_at FROM sync_quarantine "
            "ORDER BY server_seq, rowid"
        ).fetchall()
    return [QuarantinedOp(*map(str, row)) for row in rows]


# -- evidence chunks --------------------------------------------------------------------------
@dataclass(frozen=True)
class BlobInfo:
    blob_id: str
    case_id: str
    key_id: str
    size: int
    chunk_count: int


def blob_info(vault: Vault, blob_id: str) -> BlobInfo | None:
    with vault.store_lock:
        row = vault.conn.execute(
            "SELECT blob_id, case_id, key_id, size, chunk_count FROM blobs WHERE blob_id=?",
            (blob_id,),
        ).fetchone()
    if row is None:
        return None
    return BlobInfo(str(row[0]), str(row[1]), str(row[2]), int(row[3]), int(row[4]))


def sealed_chunks(vault: Vault, blob_id: str) -> Iterator[bytes]:
    """The blob file's sealed chunks (nonce + ciphertext) as stored: what the server keeps."""
    info = blob_info(vault, blob_id)
    if info is None:
        raise NotFoundError(f"Evidence file {blob_id} is not in this vault.", blob_id=blob_id)
    with blobs.blob_path(vault.folder, blob_id).open("rb") as handle:
        header = handle.read(blobs._HEADER.size)
        _, _, chunk_size = blobs._HEADER.unpack(header)
        for _ in range(info.chunk_count):
            yield handle.read(NONCE_BYTES + chunk_size + blobs._TAG)


def store_remote_blob(
    vault: Vault,
    blob_id: str,
    case_id: str,
    key_id: str,
    size: int,
    chunk_count: int,
    chunks: Iterable[bytes],
) -> None:
    """Write a downloaded evidence file (streamed, chunk by chunk) and record it, after
    checking every chunk opens with the case key: a damaged or swapped download is refused."""
    key = vault.key_by_id(case_id, key_id)
    stored = write_remote_blob(
        vault.folder, blob_id, case_id, key_id, key, size, chunk_count, chunks
    )
    record_remote_blobs(vault, [stored])


def write_remote_blob(
    folder: Path,
    blob_id: str,
    case_id: str,
    key_id: str,
    key: bytes,
    size: int,
    chunk_count: int,
    chunks: Iterable[bytes],
) -> blobs.StoredBlob:
    """The file half of :func:`store_remote_blob`: written to ``.part``, fsynced, renamed,
    then read back and opened with the case ``key`` (every chunk, the size).  Touches no
    table, so downloads run it side by side on several threads (its fsync and file system
    calls were most of a 10,000-case first pull's evidence time); the vault records the
    file afterwards (:func:`record_remote_blobs`).  Until then it is a file without a row,
    which the next unlock removes."""
    overhead = NONCE_BYTES + blobs._TAG
    final = blobs.blob_path(folder, blob_id)
    final.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = final.with_name(final.name + ".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            written = 0
            for chunk in chunks:
                if written == 0:
                    # Every chunk but the last has the sender's chunk size.
                    chunk_size = len(chunk) - overhead if chunk_count > 1 else blobs.CHUNK_SIZE
                    out.write(blobs._HEADER.pack(blobs._MAGIC, blobs._VERSION, chunk_size))
                out.write(chunk)
                written += 1
            if written != chunk_count:
                raise ValueError("chunk count differs")
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, final)
        total = 0
        for plain in blobs.read_file(folder, blob_id, case_id, chunk_count, key):
            total += len(plain)
        if total != size:
            raise ValueError("size differs")
    except (AuthenticationError, ValueError) as exc:
        with contextlib.suppress(FileNotFoundError):
            final.unlink()
        raise VaultCorruptError(
            f"Evidence file {blob_id} from the server did not authenticate; it was not kept.",
            blob_id=blob_id,
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return blobs.StoredBlob(blob_id, case_id, key_id, size, "", chunk_count)


def record_remote_blobs(vault: Vault, stored: list[blobs.StoredBlob]) -> None:
    """Record downloaded files (written by :func:`write_remote_blob`) in one transaction;
    one recorded meanwhile is left as it is."""
    with vault.store_lock, Transaction(vault.conn):
        for blob in stored:
            if (
                vault.conn.execute(
                    "SELECT 1 FROM blobs WHERE blob_id=?", (blob.blob_id,)
                ).fetchone()
                is None
            ):
                blobs.record(vault.conn, blob)
