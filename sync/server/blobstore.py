"""Encrypted attachment blobs: idempotent, resumable chunk upload; reads by grantees only."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from contextlib import AbstractContextManager, nullcontext
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, and_, select, update
from sqlalchemy.exc import IntegrityError

from sync.protocol import BLOB_CHUNK, BLOB_ID_PATTERN, BlobStatus, ErrorCode
from sync.server.common import Caller, holds_grant, sha256_hex
from sync.server.db import blob_chunks, blobs, reading
from sync.server.errors import ApiError

MAX_CHUNKS = 65536
_BLOB_ID = re.compile(BLOB_ID_PATTERN.removeprefix("^").removesuffix("$"))


def require_blob_ids(blob_ids: Iterable[str]) -> None:
    """400 ``bad_request`` if any id is not in the form the app makes (a pushed op's list;
    the routes check their parameters too, and the functions below check again)."""
    for blob_id in blob_ids:
        if not _BLOB_ID.fullmatch(blob_id):
            raise ApiError(
                400,
                ErrorCode.BAD_REQUEST,
                "A blob id must be 22 URL-safe base64 characters, as the app makes them.",
                code="server.api.bad_blob_id",
            )


def put_chunk(
    engine: Engine, caller: Caller, blob_id: str, index: int, case_id: str, chunks: int, data: bytes
) -> BlobStatus:
    """Store one chunk; the same bytes again are fine, other bytes for a stored index conflict."""
    require_blob_ids([blob_id])
    if len(data) > BLOB_CHUNK:
        raise ApiError(413, ErrorCode.BAD_REQUEST, "A blob chunk may be at most 4 MiB.")
    if index >= chunks:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "The chunk index is beyond the blob's chunks.")
    with _one_writer(engine):
        try:
            return _put(engine, caller, blob_id, index, case_id, chunks, data)
        except IntegrityError:  # another process stored the same row a moment ago: look again
            return _put(engine, caller, blob_id, index, case_id, chunks, data)


# SQLite: chunk uploads of one process queue here, not on SQLite's write lock.  A writer that
# finds that lock taken sleeps in SQLite's busy handler (1, 2, 5, 10 … ms) whatever happens
# meanwhile, so a client's four chunks in flight each waited ~35 ms for a transaction of
# ~8 ms; on a Python lock the next one starts the moment the last commits.
_sqlite_writers: WeakKeyDictionary[Engine, threading.Lock] = WeakKeyDictionary()
_sqlite_writers_lock = threading.Lock()


def _one_writer(engine: Engine) -> AbstractContextManager[object]:
    if engine.dialect.name != "sqlite":
        return nullcontext()  # PostgreSQL commits chunks side by side
    with _sqlite_writers_lock:
        return _sqlite_writers.setdefault(engine, threading.Lock())


def _put(
    engine: Engine, caller: Caller, blob_id: str, index: int, case_id: str, chunks: int, data: bytes
) -> BlobStatus:
    digest = sha256_hex(data)
    with engine.begin() as conn:
        if not holds_grant(conn, case_id, caller.user_id):
            raise ApiError(403, ErrorCode.FORBIDDEN, "You hold no grant for this case.")
        # The blob's row is locked until commit (PostgreSQL; SQLite's BEGIN IMMEDIATE already
        # serialises writers): two chunks of one file stored at once would otherwise each
        # count only their own and the file would never be marked complete.
        blob = conn.execute(
            select(blobs).where(blobs.c.blob_id == blob_id).with_for_update()
        ).first()
        if blob is None:
            conn.execute(
                blobs.insert().values(
                    blob_id=blob_id, case_id=case_id, chunks=chunks, complete=False
                )
            )
            complete = False
        elif blob.case_id != case_id or blob.chunks != chunks:
            raise ApiError(
                409, ErrorCode.CONFLICT, "This blob id is already used with another case or size."
            )
        else:
            complete = bool(blob.complete)
        # A blob row this transaction just made has no chunks yet: nothing to compare.
        where = and_(blob_chunks.c.blob_id == blob_id, blob_chunks.c.idx == index)
        stored = (
            None
            if blob is None
            else conn.execute(select(blob_chunks.c.sha256).where(where)).first()
        )
        if stored is None:
            conn.execute(
                blob_chunks.insert().values(blob_id=blob_id, idx=index, data=data, sha256=digest)
            )
        elif stored.sha256 != digest:
            raise ApiError(409, ErrorCode.CONFLICT, "This chunk was stored with other bytes.")
        # The answer from what is known here: one query for the chunks held (it also tells
        # whether the file is complete), not a count, then the blob row and the chunks again
        # (a first sync uploads thousands of files; on PostgreSQL each statement is a round
        # trip).
        received = list(
            conn.execute(
                select(blob_chunks.c.idx)
                .where(blob_chunks.c.blob_id == blob_id)
                .order_by(blob_chunks.c.idx)
            ).scalars()
        )
        if len(received) == chunks and not complete:
            conn.execute(update(blobs).where(blobs.c.blob_id == blob_id).values(complete=True))
            complete = True
        return BlobStatus(
            blob_id=blob_id, case_id=case_id, chunks=chunks, received=received, complete=complete
        )


def _status(conn: Connection, blob_id: str) -> BlobStatus:
    blob = conn.execute(select(blobs).where(blobs.c.blob_id == blob_id)).one()
    received = conn.execute(
        select(blob_chunks.c.idx)
        .where(blob_chunks.c.blob_id == blob_id)
        .order_by(blob_chunks.c.idx)
    ).scalars()
    return BlobStatus(
        blob_id=blob.blob_id,
        case_id=blob.case_id,
        chunks=blob.chunks,
        received=list(received),
        complete=blob.complete,
    )


def _readable(conn: Connection, caller: Caller, blob_id: str) -> None:
    blob = conn.execute(select(blobs.c.case_id).where(blobs.c.blob_id == blob_id)).first()
    if blob is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, "There is no such blob.")
    if not holds_grant(conn, blob.case_id, caller.user_id):
        raise ApiError(403, ErrorCode.FORBIDDEN, "You hold no grant for this blob's case.")


def blob_status(engine: Engine, caller: Caller, blob_id: str) -> BlobStatus:
    """Which chunks the server holds (for resuming an upload)."""
    require_blob_ids([blob_id])
    with reading(engine) as conn:
        _readable(conn, caller, blob_id)
        return _status(conn, blob_id)


def blob_statuses(engine: Engine, caller: Caller, blob_ids: list[str]) -> list[BlobStatus]:
    """The status of each of ``blob_ids`` the server knows (one request for a push batch's
    evidence instead of one per file); unknown ids are left out (nothing uploaded yet).  A
    known blob of a case the caller holds no grant for refuses the whole request, as the
    single status does: 403, and nothing is answered."""
    require_blob_ids(blob_ids)
    unique = sorted(set(blob_ids))
    with reading(engine) as conn:
        known = conn.execute(
            select(blobs.c.blob_id, blobs.c.case_id).where(blobs.c.blob_id.in_(unique))
        ).all()
        for case_id in sorted({str(row.case_id) for row in known}):
            if not holds_grant(conn, case_id, caller.user_id):
                raise ApiError(
                    403,
                    ErrorCode.FORBIDDEN,
                    "You hold no grant for the case of one of these blobs.",
                )
        return [_status(conn, str(row.blob_id)) for row in sorted(known, key=lambda r: r.blob_id)]


def get_chunk(engine: Engine, caller: Caller, blob_id: str, index: int) -> bytes:
    require_blob_ids([blob_id])
    with reading(engine) as conn:
        _readable(conn, caller, blob_id)
        data = conn.execute(
            select(blob_chunks.c.data).where(
                and_(blob_chunks.c.blob_id == blob_id, blob_chunks.c.idx == index)
            )
        ).scalar_one_or_none()
    if data is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, "The server does not hold this chunk.")
    return bytes(data)
