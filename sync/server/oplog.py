"""The op log: push (check, number, commit), pull (scoped, paged) and verify.

Pull order.  For one user, every op of a case they hold a grant for has a *position*:
``max(op.seq, grant_seq)`` where ``grant_seq`` is when their current access began.  Ops
stream in (position, seq) order and the cursor is the last (position, seq) sent.  So an
op pushed after the cursor arrives once, and a case granted after the cursor arrives whole
(its earlier ops all take the grant's position), and a page may end in the middle of a
long history.  ``grant_seq`` is read from the ``access`` table (derived from grants, kept
in step in every grant change), so a page's queries are index range scans whatever the
number of cases the user holds.  Grants and revocations ride along when their own seq is
within the page's positions.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import defaultdict
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
    push_bytes,
)
from sync.server.common import Caller, holds_grant, lock_seq, read_seq, signature_ok, storable
from sync.server.common import store_seq as _store_seq
from sync.server.db import access, blobs, grants, ops, reading
from sync.server.errors import ApiError

CURSOR_VERSION = 1


# -- push -----------------------------------------------------------------------------------
class _Rejected(Exception):
    pass


def push(engine: Engine, caller: Caller, request: PushRequest) -> PushResponse:
    """Check every op, number the accepted ones, commit the batch, then answer.

    What needs no database (text, names, sizes, signatures) is checked before the sequence
    lock is taken, so concurrent pushes queue only for each other's writes.  A batch
    signature that verifies stands for every op's own signature (one check instead of one
    per op, which was most of a push's time); otherwise each op's signature is checked.
    """
    decoded = [_decode(op) for op in request.ops]
    batch_signed = _batch_signed(caller, request, decoded)
    prechecked = [
        _check_alone(caller, op, d, batch_signed)
        for op, d in zip(request.ops, decoded, strict=True)
    ]
    results: list[PushResult] = []
    with engine.begin() as conn:
        top = lock_seq(conn)  # held to commit: numbers are handed out in commit order
        batch: dict[str, tuple[int, str]] = {}
        granted: dict[str, bool] = {}
        rows = []
        stored = _stored(conn, [op.op_id for op in request.ops])  # one query, not one per op
        for op, checked in zip(request.ops, prechecked, strict=True):
            known = batch.get(op.op_id) or stored.get(op.op_id)
            try:
                if isinstance(checked, _Rejected):
                    raise checked
                nonce, ciphertext, _ = checked
                _check_stored(conn, caller, op, known, granted)
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


# An op's nonce, ciphertext and the bytes its signature covers; None if its base64 is broken.
_Decoded = tuple[bytes, bytes, bytes] | None


def _decode(op: WireOp) -> _Decoded:
    try:
        nonce, ciphertext = b64d(op.nonce), b64d(op.ciphertext)
    except ValueError:
        return None
    return nonce, ciphertext, op_bytes(op, nonce, ciphertext)


def _batch_signed(caller: Caller, request: PushRequest, decoded: list[_Decoded]) -> bool:
    if request.batch_signature is None:
        return False
    signed = []
    for op, d in zip(request.ops, decoded, strict=True):
        if d is None:  # that op is rejected below; the others are checked one by one
            return False
        signed.append((d[2], op.signature))
    return signature_ok(caller.signing_key, request.batch_signature, push_bytes(signed))


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


def _check_alone(
    caller: Caller, op: WireOp, decoded: _Decoded, batch_signed: bool
) -> tuple[bytes, bytes, bytes] | _Rejected:
    """The decoded op, or why it is refused (what needs no database)."""
    if not storable(op):
        return _Rejected("text holds NUL or a lone surrogate")
    if op.device != caller.device_id:
        return _Rejected("the op names another device than the one pushing it")
    if op.author != caller.user_id:
        return _Rejected("the op names another author than the pushing device's user")
    if decoded is None:
        return _Rejected("nonce or ciphertext is not valid base64")
    if len(decoded[1]) > MAX_CIPHERTEXT:
        return _Rejected("the ciphertext is larger than one op may be; send it as a blob")
    if not batch_signed and not signature_ok(caller.signing_key, op.signature, decoded[2]):
        return _Rejected("bad signature")
    return decoded


def _check_stored(
    conn: Connection,
    caller: Caller,
    op: WireOp,
    known: tuple[int, str] | None,
    granted: dict[str, bool],
) -> None:
    """Raise _Rejected unless the op may be stored now (grant, blobs, no id clash)."""
    if known is not None:
        if known[1] != op.signature:
            raise _Rejected("this op id is already used by a different op")
        return  # a harmless resend, even if access was revoked since
    if op.case_id not in granted:
        granted[op.case_id] = holds_grant(conn, op.case_id, caller.user_id)
    if not granted[op.case_id]:
        raise _Rejected("no grant for this case")
    for blob_id in op.blobs:
        blob = conn.execute(select(blobs).where(blobs.c.blob_id == blob_id)).first()
        if blob is None or blob.case_id != op.case_id or not blob.complete:
            raise _Rejected(f"blob {blob_id} is not complete on the server")


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
    """A stored op as it travels.  Built without validation: every field was validated
    when the op was pushed (validating again took a fifth of a large pull's time)."""
    m = row._mapping
    return WireOp.model_construct(
        op_id=m["op_id"],
        case_id=m["case_id"],
        entity=m["entity"],
        entity_id=m["entity_id"],
        hlc=m["hlc"],
        parents=_json_list(m["parents"]),
        author=m["author"],
        device=m["device"],
        key_id=m["key_id"],
        schema_version=m["schema_version"],
        nonce=b64e(m["nonce"]),
        ciphertext=b64e(m["ciphertext"]),
        signature=m["signature"],
        blobs=_json_list(m["blobs"]),
        seq=m["seq"],
    )


def _json_list(text: str) -> list[str]:
    return [] if text == "[]" else list(json.loads(text))


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
# Seq numbers one page may scan for ops of cases the user already held: a device that was
# offline while the organisation wrote a million ops catches up in (mostly small) pages
# instead of sorting everything since its cursor on every page.
SCAN_WINDOW = 100_000
# A page is filled from up to this many windows or grant bounds; a page that is still short
# then says ``more`` (only a device far behind a very busy organisation sees one).
MAX_SEGMENTS = 32


def pull(engine: Engine, caller: Caller, request: PullRequest) -> PullResponse:
    """Ops, grants and revocations for this user since the cursor (see module docstring)."""
    position, after = decode_cursor(request.cursor)
    user = caller.user_id
    with reading(engine) as conn:
        high = read_seq(conn)
        if position > high:
            raise ApiError(
                409,
                ErrorCode.CONFLICT,
                "This cursor is ahead of the server (was its database restored?); "
                "a full re-download is needed.",
            )
        rows: list[Row[Any]] = []
        at, end_bound = (position, after), None
        for _ in range(MAX_SEGMENTS):
            wanted = request.limit - len(rows)
            segment, end_bound = _page(conn, user, *at, high, wanted)
            rows.extend(segment)
            if len(segment) > wanted or end_bound is None:
                break
            at = (end_bound, high)  # every row up to the bound is in: go on from there
        more = len(rows) > request.limit or end_bound is not None
        rows = rows[: request.limit]
        if len(rows) == request.limit and more:
            end, cursor = int(rows[-1].pos), encode_cursor(int(rows[-1].pos), int(rows[-1].seq))
        elif end_bound is not None:
            # Stopped at a bound before the page was full (MAX_SEGMENTS): continue after it.
            end, cursor = end_bound, encode_cursor(end_bound, high)
        else:
            end, cursor = high, encode_cursor(high, high)
        new_grants = conn.execute(
            select(grants)
            .where(and_(grants.c.user_id == user, grants.c.seq > position, grants.c.seq <= end))
            .where(grants.c.revoked.is_(False))
            .order_by(grants.c.seq)
        ).all()
        held = select(access.c.case_id).where(
            and_(access.c.user_id == user, access.c.case_id == grants.c.case_id)
        )
        lost = conn.execute(
            select(grants.c.case_id)
            .where(and_(grants.c.user_id == user, grants.c.revoked.is_(True)))
            .where(and_(grants.c.revoked_seq > position, grants.c.revoked_seq <= end))
            .where(~held.exists())
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
    conn: Connection, user: str, position: int, after: int, high: int, limit: int
) -> tuple[list[Row[Any]], int | None]:
    """The next rows in (pos, seq) order, pos = max(op seq, seq of the grant that opened the
    case to this user), strictly after the cursor (position, after).

    Two branches whose union is exactly those rows, each served by an index:
    cases granted before the cursor contribute their ops with seq >= position (a range
    on ops.seq, each op checked against the user's access row); cases granted since
    contribute their whole history (by case id).  Both stop at ``top``: the end of the scan
    window, or the grant of the last newly granted case the page needs
    (:func:`_grant_bound`).  When a page stops there, every row with pos up to ``top`` was
    included, so the order stays exact and the next page continues from ``top``, which is
    also returned.
    """
    bound = _grant_bound(conn, user, position, limit)
    top = min(high, position + SCAN_WINDOW, bound if bound is not None else high)
    held_before = select(access.c.case_id).where(
        and_(
            access.c.user_id == user,
            access.c.case_id == ops.c.case_id,
            access.c.since < position,
        )
    )
    older = (
        select(ops, ops.c.seq.label("pos"))
        .where(and_(ops.c.seq >= position, ops.c.seq <= top))
        .where(or_(ops.c.seq > position, ops.c.seq > after))
        .where(held_before.exists())
    )
    pos = case((ops.c.seq > access.c.since, ops.c.seq), else_=access.c.since)
    newer = (
        select(ops, pos.label("pos"))
        .join(access, ops.c.case_id == access.c.case_id)
        .where(access.c.user_id == user)
        .where(and_(access.c.since >= position, access.c.since <= top))
        .where(or_(pos > position, and_(pos == position, ops.c.seq > after)))
        .where(pos <= top)
    )
    both = union_all(older, newer).subquery()
    rows = list(conn.execute(select(both).order_by(both.c.pos, both.c.seq).limit(limit + 1)).all())
    return rows, (top if top < high else None)


def _grant_bound(conn: Connection, user: str, position: int, limit: int) -> int | None:
    """The grant seq of the first case granted after ``position`` (in grant order) at which
    those cases' ops add up to more than ``limit``; None when they never do.  Always above
    ``position``, so a page cut there moves the cursor on (a case granted exactly at
    ``position`` is partly sent already; its remaining rows are not counted, the page's
    ``limit + 1`` cut bounds them).

    Cutting by op count rather than by case count keeps a page's sort near its own size
    (a bound of ``limit`` cases made every page of a first pull sort about twenty pages'
    worth of rows).  Cases are counted in growing chunks, so a page usually costs one small
    index-only count.  Counting ops a case received after its grant errs on the small side:
    the page ends earlier, never out of order.  Cases granted before their first op (a new
    case) count nothing, so the scan also stops after about ``limit`` cases.
    """
    counted, offset, chunk = 0, 0, 64
    while True:
        first = (
            select(access.c.case_id, access.c.since)
            .where(and_(access.c.user_id == user, access.c.since > position))
            .order_by(access.c.since)
            .offset(offset)
            .limit(chunk)
            .subquery()
        )
        n_ops = (
            select(func.count()).select_from(ops).where(ops.c.case_id == first.c.case_id)
        ).scalar_subquery()
        rows = conn.execute(select(first.c.since, n_ops).order_by(first.c.since)).all()
        for since, count in rows:
            counted += int(count)
            if counted > limit:
                return int(since)
        if len(rows) < chunk:
            return None
        offset, chunk = offset + chunk, chunk * 2
        if offset > limit:  # many cases with no ops yet: bound the page by cases instead
            return int(rows[-1].since)


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
    with reading(engine) as conn:
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
