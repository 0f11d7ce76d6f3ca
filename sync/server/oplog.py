"""The op log: push (check, number, commit), pull (scoped, paged) and verify.

Pull order.  For one user, every op of a case they hold a grant for has a *position*:
``max(op.seq, grant_seq)`` where ``grant_seq`` is when their current access began.  Ops
stream in (position, seq) order and the cursor is the last (position, seq) sent.  So an
op pushed after the cursor arrives once, and a case granted after the cursor arrives whole
(its earlier ops all take the grant's position) — both without a second bookkeeping table,
and a page may end in the middle of a long history.  Grants and revocations ride along
when their own seq is within the page's positions.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import defaultdict
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import Connection, Engine, and_, case, func, or_, select, union_all
from sqlalchemy.engine import Row

from sync.protocol import (
    MAX_CIPHERTEXT,
    ErrorCode,
    Grant,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
    VerifyRequest,
    VerifyResponse,
    WireOp,
    b64d,
    b64e,
    case_state_hash,
    op_bytes,
)
from sync.server.common import Caller, holds_grant, lock_seq, read_seq, signature_ok, storable
from sync.server.common import store_seq as _store_seq
from sync.server.db import blobs, grants, is_sqlite, ops
from sync.server.errors import ApiError

CURSOR_VERSION = 1


# -- push -----------------------------------------------------------------------------------
class _Rejected(Exception):
    pass


def push(engine: Engine, caller: Caller, request: PushRequest) -> PushResponse:
    """Check every op, number the accepted ones, commit the batch, then answer."""
    results: list[PushResult] = []
    with engine.begin() as conn:
        top = lock_seq(conn)  # held to commit: numbers are handed out in commit order
        batch: dict[str, tuple[int, str]] = {}
        granted: dict[str, bool] = {}
        rows = []
        stored = _stored(conn, [op.op_id for op in request.ops])  # one query, not one per op
        for op in request.ops:
            known = batch.get(op.op_id) or stored.get(op.op_id)
            try:
                nonce, ciphertext = _check(conn, caller, op, known, granted)
            except _Rejected as why:
                results.append(PushResult(op_id=op.op_id, status="rejected", reason=str(why)))
                continue
            if known is not None:
                results.append(PushResult(op_id=op.op_id, seq=known[0], status="duplicate"))
                continue
            top += 1
            batch[op.op_id] = (top, op.signature)
            rows.append(_row(op, top, nonce, ciphertext))
            results.append(PushResult(op_id=op.op_id, seq=top, status="accepted"))
        if rows:
            conn.execute(ops.insert(), rows)
            _store_seq(conn, top)
    return PushResponse(results=results)


def _stored(conn: Connection, op_ids: list[str]) -> dict[str, tuple[int, str]]:
    """(seq, signature) of those op ids already stored, read under the sequence lock."""
    found: dict[str, tuple[int, str]] = {}
    unique = sorted(set(op_ids))
    for start in range(0, len(unique), 500):  # well under every database's parameter limit
        chunk = unique[start : start + 500]
        query = select(ops.c.op_id, ops.c.seq, ops.c.signature).where(ops.c.op_id.in_(chunk))
        for row in conn.execute(query):
            found[str(row.op_id)] = (int(row.seq), str(row.signature))
    return found


def _check(
    conn: Connection,
    caller: Caller,
    op: WireOp,
    known: tuple[int, str] | None,
    granted: dict[str, bool],
) -> tuple[bytes, bytes]:
    """Raise _Rejected with a reason, or return the decoded nonce and ciphertext."""
    if not storable(op):
        raise _Rejected("text holds NUL or a lone surrogate")
    if op.device != caller.device_id:
        raise _Rejected("the op names another device than the one pushing it")
    if op.author != caller.user_id:
        raise _Rejected("the op names another author than the pushing device's user")
    try:
        nonce, ciphertext = b64d(op.nonce), b64d(op.ciphertext)
        signed = op_bytes(op)
    except ValueError:
        raise _Rejected("nonce or ciphertext is not valid base64") from None
    if len(ciphertext) > MAX_CIPHERTEXT:
        raise _Rejected("the ciphertext is larger than one op may be; send it as a blob")
    if not signature_ok(caller.signing_key, op.signature, signed):
        raise _Rejected("bad signature")
    if known is not None:
        if known[1] != op.signature:
            raise _Rejected("this op id is already used by a different op")
        return nonce, ciphertext  # a harmless resend, even if access was revoked since
    if op.case_id not in granted:
        granted[op.case_id] = holds_grant(conn, op.case_id, caller.user_id)
    if not granted[op.case_id]:
        raise _Rejected("no grant for this case")
    for blob_id in op.blobs:
        blob = conn.execute(select(blobs).where(blobs.c.blob_id == blob_id)).first()
        if blob is None or blob.case_id != op.case_id or not blob.complete:
            raise _Rejected(f"blob {blob_id} is not complete on the server")
    return nonce, ciphertext


def _row(op: WireOp, seq: int, nonce: bytes, ciphertext: bytes) -> dict[str, object]:
    return {
        "seq": seq,
        "op_id": op.op_id,
        "case_id": op.case_id,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "hlc": op.hlc,
        "parents": json.dumps(op.parents),
        "author": op.author,
        "device": op.device,
        "key_id": op.key_id,
        "schema_version": op.schema_version,
        "nonce": nonce,
        "ciphertext": ciphertext,
        "signature": op.signature,
        "blobs": json.dumps(op.blobs),
    }


def wire_op(row: Row[object]) -> WireOp:
    m = row._mapping
    return WireOp(
        op_id=m["op_id"],
        case_id=m["case_id"],
        entity=m["entity"],
        entity_id=m["entity_id"],
        hlc=m["hlc"],
        parents=json.loads(m["parents"]),
        author=m["author"],
        device=m["device"],
        key_id=m["key_id"],
        schema_version=m["schema_version"],
        nonce=b64e(m["nonce"]),
        ciphertext=b64e(m["ciphertext"]),
        signature=m["signature"],
        blobs=json.loads(m["blobs"]),
        seq=m["seq"],
    )


# -- cursor ---------------------------------------------------------------------------------
def encode_cursor(position: int, seq: int) -> str:
    raw = json.dumps({"v": CURSOR_VERSION, "p": position, "s": seq}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode("ascii")


def decode_cursor(cursor: str | None) -> tuple[int, int]:
    """(position, seq) from a cursor this server made; 400 for anything else."""
    if cursor is None:
        return 0, 0
    bad = ApiError(400, ErrorCode.BAD_REQUEST, "This sync cursor is not one this server made.")
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError):
        raise bad from None
    if not isinstance(data, dict) or data.get("v") != CURSOR_VERSION:
        raise bad
    position, seq = data.get("p"), data.get("s")
    valid = all(type(v) is int and 0 <= v < 1 << 62 for v in (position, seq))
    if not valid:
        raise bad
    assert isinstance(position, int) and isinstance(seq, int)
    return position, seq


# -- pull -----------------------------------------------------------------------------------
def pull(engine: Engine, caller: Caller, request: PullRequest) -> PullResponse:
    """Ops, grants and revocations for this user since the cursor (see module docstring)."""
    position, after = decode_cursor(request.cursor)
    with _snapshot(engine) as conn:
        high = read_seq(conn)
        if position > high:
            raise ApiError(
                409,
                ErrorCode.CONFLICT,
                "This cursor is ahead of the server (was its database restored?); "
                "a full re-download is needed.",
            )
        access = (
            select(grants.c.case_id, func.min(grants.c.seq).label("since"))
            .where(and_(grants.c.user_id == caller.user_id, grants.c.revoked.is_(False)))
            .group_by(grants.c.case_id)
            .subquery()
        )
        rows, end_bound = _page(conn, access, position, after, high, request.limit)
        more = len(rows) > request.limit or end_bound is not None
        rows = rows[: request.limit]
        if len(rows) == request.limit and more:
            end, cursor = int(rows[-1].pos), encode_cursor(int(rows[-1].pos), int(rows[-1].seq))
        elif end_bound is not None:
            # Every row up to the bound was sent (fewer than a page): continue after it.
            end, cursor = end_bound, encode_cursor(end_bound, high)
        else:
            end, cursor = high, encode_cursor(high, high)
        new_grants = conn.execute(
            select(grants)
            .where(and_(grants.c.user_id == caller.user_id, grants.c.revoked.is_(False)))
            .where(and_(grants.c.seq > position, grants.c.seq <= end))
            .order_by(grants.c.seq)
        ).all()
        lost = conn.execute(
            select(grants.c.case_id)
            .where(and_(grants.c.user_id == caller.user_id, grants.c.revoked.is_(True)))
            .where(and_(grants.c.revoked_seq > position, grants.c.revoked_seq <= end))
            .where(grants.c.case_id.not_in(select(access.c.case_id)))
            .distinct()
        ).all()
    return PullResponse(
        ops=[wire_op(row) for row in rows],
        grants=[grant_model(row) for row in new_grants],
        revoked=sorted(str(row.case_id) for row in lost),
        cursor=cursor,
        more=more,
    )


def _page(
    conn: Connection, access: Any, position: int, after: int, high: int, limit: int
) -> tuple[list[Row[Any]], int | None]:
    """The next rows in (pos, seq) order, pos = max(op seq, seq of the grant that opened the
    case to this user), strictly after the cursor (position, after).

    Two branches whose union is exactly those rows, each served by an index:
    cases granted before the cursor contribute their ops with seq >= position (a range
    on ops.seq); cases granted since contribute their whole history (by case id).  The
    second branch is cut to the first ``limit + 1`` newly granted cases; when it is cut,
    only rows with pos up to that case's grant are returned (the bound, also returned) so
    the order stays exact and the next page continues from there.
    """
    bound = conn.execute(
        select(access.c.since)
        .where(access.c.since >= position)
        .order_by(access.c.since)
        .offset(limit)
        .limit(1)
    ).scalar()
    top = min(high, int(bound)) if bound is not None else high
    older = (
        select(ops, ops.c.seq.label("pos"))
        .join(access, ops.c.case_id == access.c.case_id)
        .where(access.c.since < position)
        .where(ops.c.seq >= position)
        .where(or_(ops.c.seq > position, ops.c.seq > after))
        .where(ops.c.seq <= top)
    )
    pos = case((ops.c.seq > access.c.since, ops.c.seq), else_=access.c.since)
    newer = (
        select(ops, pos.label("pos"))
        .join(access, ops.c.case_id == access.c.case_id)
        .where(access.c.since >= position)
        .where(access.c.since <= top)
        .where(or_(pos > position, and_(pos == position, ops.c.seq > after)))
        .where(pos <= top)
    )
    both = union_all(older, newer).subquery()
    rows = list(conn.execute(select(both).order_by(both.c.pos, both.c.seq).limit(limit + 1)).all())
    return rows, (top if bound is not None and top < high else None)


def _snapshot(engine: Engine) -> AbstractContextManager[Connection]:
    """A transaction that sees one snapshot (PostgreSQL REPEATABLE READ; SQLite always)."""
    if is_sqlite(str(engine.url)):
        return engine.begin()
    return engine.execution_options(isolation_level="REPEATABLE READ").begin()


def grant_model(row: Row[object]) -> Grant:
    m = row._mapping
    return Grant(
        case_id=m["case_id"],
        user_id=m["user_id"],
        key_id=m["key_id"],
        enc=m["enc"],
        wrapped=m["wrapped"],
        recipient_fingerprint=m["recipient_fingerprint"],
        granted_by=m["granted_by"],
        signature=m["signature"],
        seq=m["seq"],
    )


# -- verify ---------------------------------------------------------------------------------
def verify(engine: Engine, caller: Caller, request: VerifyRequest) -> VerifyResponse:
    """Compare the client's per-case state hashes with the server's, for granted cases only."""
    with _snapshot(engine) as conn:
        granted = {
            str(r.case_id)
            for r in conn.execute(
                select(grants.c.case_id)
                .where(and_(grants.c.user_id == caller.user_id, grants.c.revoked.is_(False)))
                .distinct()
            )
        }
        op_ids: dict[str, list[str]] = defaultdict(list)
        wanted = select(grants.c.case_id).where(
            and_(grants.c.user_id == caller.user_id, grants.c.revoked.is_(False))
        )
        for r in conn.execute(select(ops.c.case_id, ops.c.op_id).where(ops.c.case_id.in_(wanted))):
            op_ids[str(r.case_id)].append(str(r.op_id))
    differing = sorted(
        case_id
        for case_id, claimed in request.cases.items()
        if case_id in granted and case_state_hash(op_ids[case_id]) != claimed
    )
    server_only = sorted(granted - set(request.cases))
    return VerifyResponse(differing=differing, server_only=server_only)
