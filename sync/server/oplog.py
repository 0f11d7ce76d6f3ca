"""The op log: push (check, number, commit) and pull (scoped, paged).  Verify, and the
per-case states a push keeps for it, are in ``case_states.py``.

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
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Engine,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.engine import Row
from sqlalchemy.exc import IntegrityError

from sync.protocol import (
    ErrorCode,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    WireOp,
)
from sync.server import case_states
from sync.server.common import Caller, read_seq, reserve_seq
from sync.server.db import access, blobs, grants, looking_up, ops, reading
from sync.server.errors import ApiError
from sync.server.op_checks import Checked, Rejected, batch_signed, check_alone, decode
from sync.server.op_rows import grant_model, stored_row, wire_op

# grant_model and wire_op moved to op_rows; named here too for the callers that import them.
__all__ = [
    "CURSOR_VERSION",
    "MAX_SEGMENTS",
    "SCAN_WINDOW",
    "decode_cursor",
    "encode_cursor",
    "grant_model",
    "pull",
    "push",
    "wire_op",
]

CURSOR_VERSION = 1


# -- push -----------------------------------------------------------------------------------
class _LookAgain(Exception):
    """Something the look-ups relied on changed before the lock was taken."""


# One op's answer, the fields of a PushResult.
_Answer = dict[str, str | int]


@dataclass(frozen=True)
class _Fresh:
    """An op that passed every check and will be stored with the next numbers."""

    op: WireOp
    nonce: bytes
    ciphertext: bytes


def push(engine: Engine, caller: Caller, request: PushRequest) -> PushResponse:
    """Check every op, number the accepted ones, commit the batch, then answer.

    Pushes wait for one another only while one holds the sequence lock, so as little as
    possible happens under it.  What needs no database (text, names, sizes, signatures) is
    checked first; a batch signature that verifies stands for every op's own signature (one
    check instead of one per op).  Then, in autocommit, which of the batch's cases the user
    holds and which blobs are complete.  Only then is the lock taken, together with the
    numbers (one statement); under it the user's grants for the batch's cases are read once
    more, the rows inserted and the transaction committed.

    The first try assumes the ops are new, as nearly every push's are, and skips looking
    them up: an op id already stored makes the insert fail (unique), and the push is tried
    again with the look-up, which answers "duplicate" for it (a resend after a lost answer,
    or one racing its original).  A grant revoked between look-up and lock also rolls the
    try back and the next one refuses that case's ops.  A third try can only fail through
    yet another race and is answered 409 "send again".
    """
    decoded = [decode(op) for op in request.ops]
    signed_as_batch = batch_signed(caller, request, decoded)
    checked = [
        check_alone(caller, op, d, signed_as_batch)
        for op, d in zip(request.ops, decoded, strict=True)
    ]
    for assume_new in (True, False, False):
        try:
            return _push_checked(engine, caller, request.ops, checked, assume_new)
        except (IntegrityError, _LookAgain):
            continue
    raise ApiError(
        409, ErrorCode.CONFLICT, "These ops were being stored by another request; send again."
    )


def _push_checked(
    engine: Engine, caller: Caller, wire: list[WireOp], checked: list[Checked], assume_new: bool
) -> PushResponse:
    candidates = [op for op, c in zip(wire, checked, strict=True) if not isinstance(c, Rejected)]
    with looking_up(engine) as conn:  # each look-up is rechecked or only ever grows
        held = _held(conn, caller.user_id, {op.case_id for op in candidates})
        complete = _complete_blobs(conn, {blob for op in candidates for blob in op.blobs})
        if assume_new:
            # Except those refused here: a resend of an op stored before its case was
            # revoked is answered "duplicate", never "rejected".
            wanted = [op.op_id for op in candidates if not _storable_now(op, held, complete)]
        else:
            wanted = [op.op_id for op in candidates]
        stored = _stored(conn, wanted)
    fresh: dict[str, _Fresh] = {}  # by op id, in batch order
    verdicts = [
        _verdict(op, c, stored, fresh, held, complete) for op, c in zip(wire, checked, strict=True)
    ]
    numbers: dict[str, int] = {}
    if fresh:
        with engine.begin() as conn:
            numbers = _store(conn, caller.user_id, list(fresh.values()))
    # Answers as plain dicts validated once as a whole: for 1,000 results 0.6 ms, against
    # 1.0 ms validating each PushResult and 1.9 ms for model_construct (slower still).
    results: list[_Answer] = []
    answered: set[str] = set()
    for op, verdict in zip(wire, verdicts, strict=True):
        if verdict is not None:
            results.append(verdict)
        else:
            status = "duplicate" if op.op_id in answered else "accepted"
            answered.add(op.op_id)
            results.append({"op_id": op.op_id, "seq": numbers[op.op_id], "status": status})
    return PushResponse.model_validate({"results": results})


def _verdict(
    op: WireOp,
    checked: Checked,
    stored: dict[str, tuple[int, str]],
    fresh: dict[str, _Fresh],
    held: set[str],
    complete: dict[str, str],
) -> _Answer | None:
    """The op's answer, or None (and the op added to ``fresh``) if it is to be stored or is
    a repeat, within this batch, of one that is."""
    if isinstance(checked, Rejected):
        return _rejection(op, str(checked))
    known = stored.get(op.op_id)
    signature = known[1] if known is not None else None
    if op.op_id in fresh:
        signature = fresh[op.op_id].op.signature
    if signature is not None and signature != op.signature:
        return _rejection(op, "this op id is already used by a different op")
    if known is not None:  # a harmless resend, even if access was revoked since
        return {"op_id": op.op_id, "seq": known[0], "status": "duplicate"}
    if op.op_id in fresh:
        return None
    if op.case_id not in held:
        return _rejection(op, "no grant for this case")
    for blob_id in op.blobs:
        if complete.get(blob_id) != op.case_id:
            return _rejection(op, f"blob {blob_id} is not complete on the server")
    nonce, ciphertext, _ = checked
    fresh[op.op_id] = _Fresh(op, nonce, ciphertext)
    return None


def _storable_now(op: WireOp, held: set[str], complete: dict[str, str]) -> bool:
    """The user holds the op's case and every blob it names is complete in that case."""
    return op.case_id in held and all(complete.get(blob) == op.case_id for blob in op.blobs)


def _rejection(op: WireOp, reason: str) -> _Answer:
    return {"op_id": op.op_id, "status": "rejected", "reason": reason}


def _store(conn: Connection, user: str, fresh: list[_Fresh]) -> dict[str, int]:
    """Number and insert ``fresh`` under the sequence lock (op id -> seq); _LookAgain when a
    grant they need was revoked since the look-up (the transaction is then rolled back)."""
    last = reserve_seq(conn, len(fresh))  # the lock is held to commit: see db.py
    cases = {f.op.case_id for f in fresh}
    if _held(conn, user, cases) != cases:
        raise _LookAgain
    numbers: dict[str, int] = {}
    rows = []
    for seq, f in enumerate(fresh, start=last - len(fresh) + 1):
        numbers[f.op.op_id] = seq
        rows.append(stored_row(f.op, seq, f.nonce, f.ciphertext))
    conn.execute(_INSERT, rows)
    case_states.add_ops(conn, [(f.op.case_id, f.op.op_id) for f in fresh])
    return numbers


# Look-ups take their keys in chunks, well under every database's parameter limit.
_CHUNK = 500

# The statements a push or pull runs, built once: building an expression and its cache key
# on every request cost more than executing it (they are compiled once, too).
_IDS = bindparam("ids", type_=String, expanding=True)
_USER = bindparam("user", type_=String)
_INSERT = ops.insert()
_STORED = select(ops.c.op_id, ops.c.seq, ops.c.signature).where(ops.c.op_id.in_(_IDS))
_HELD = select(access.c.case_id).where(and_(access.c.user_id == _USER, access.c.case_id.in_(_IDS)))
_COMPLETE = select(blobs.c.blob_id, blobs.c.case_id).where(
    and_(blobs.c.blob_id.in_(_IDS), blobs.c.complete.is_(True))
)


def _chunks(keys: set[str] | list[str]) -> list[list[str]]:
    unique = sorted(set(keys))
    return [unique[start : start + _CHUNK] for start in range(0, len(unique), _CHUNK)]


def _stored(conn: Connection, op_ids: list[str]) -> dict[str, tuple[int, str]]:
    """(seq, signature) of those op ids already stored."""
    found: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(op_ids):
        for row in conn.execute(_STORED, {"ids": chunk}):
            found[str(row.op_id)] = (int(row.seq), str(row.signature))
    return found


def _held(conn: Connection, user: str, case_ids: set[str]) -> set[str]:
    """Those of ``case_ids`` the user holds an unrevoked grant for (``access`` has a row for
    exactly those: it changes in the same transaction as the grants)."""
    held: set[str] = set()
    for chunk in _chunks(case_ids):
        held.update(str(row.case_id) for row in conn.execute(_HELD, {"user": user, "ids": chunk}))
    return held


def _complete_blobs(conn: Connection, blob_ids: set[str]) -> dict[str, str]:
    """blob id -> case id of those blobs that are complete (a blob never becomes incomplete
    again, so this needs no second look under the lock)."""
    found: dict[str, str] = {}
    for chunk in _chunks(blob_ids):
        rows = conn.execute(_COMPLETE, {"ids": chunk})
        found.update((str(row.blob_id), str(row.case_id)) for row in rows)
    return found


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
    mine = _Own(user, caller.device_id, request.own_through)
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
            segment, end_bound = _page(conn, mine, *at, high, wanted)
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
        span = {"user": user, "position": position, "end": end}
        new_grants = conn.execute(_NEW_GRANTS, span).all()
        lost = conn.execute(_LOST, span).all()
    return PullResponse(
        ops=[wire_op(row) for row in rows],
        grants=[grant_model(row) for row in new_grants],
        revoked=sorted(str(row.case_id) for row in lost),
        cursor=cursor,
        more=more,
    )


@dataclass(frozen=True)
class _Own:
    """Whose pull: the user, and the calling device's own ops it holds already (its ops with
    seq <= ``through`` are left out: the first sync of a vault pushed them a moment ago,
    and sending them back cost it every page of its history; another device of the same
    person still receives them)."""

    user: str
    device: str
    through: int


_POSITION = bindparam("position", type_=BigInteger)
_DEVICE = bindparam("device", type_=String)
_OWN_THROUGH = bindparam("own_through", type_=BigInteger)
# Not the caller's own ops it already holds (the same condition on both branches).
_NOT_HELD_OWN = or_(ops.c.device != _DEVICE, ops.c.seq > _OWN_THROUGH)
_AFTER = bindparam("after", type_=BigInteger)
_TOP = bindparam("top", type_=BigInteger)
_END = bindparam("end", type_=BigInteger)
# Grants that began, and cases this user lost (revoked, no other grant left), in a span.
_NEW_GRANTS = (
    select(grants)
    .where(and_(grants.c.user_id == _USER, grants.c.seq > _POSITION, grants.c.seq <= _END))
    .where(grants.c.revoked.is_(False))
    .order_by(grants.c.seq)
)
_LOST = (
    select(grants.c.case_id)
    .where(and_(grants.c.user_id == _USER, grants.c.revoked.is_(True)))
    .where(and_(grants.c.revoked_seq > _POSITION, grants.c.revoked_seq <= _END))
    .where(
        ~select(access.c.case_id)
        .where(and_(access.c.user_id == _USER, access.c.case_id == grants.c.case_id))
        .exists()
    )
    .distinct()
)


def _page_statement() -> Select[Any]:
    """The query of :func:`_page`, with parameters user, position, after, top and limit."""
    held_before = select(access.c.case_id).where(
        and_(
            access.c.user_id == _USER,
            access.c.case_id == ops.c.case_id,
            access.c.since < _POSITION,
        )
    )
    older = (
        select(ops, ops.c.seq.label("pos"))
        .where(and_(ops.c.seq >= _POSITION, ops.c.seq <= _TOP))
        .where(or_(ops.c.seq > _POSITION, ops.c.seq > _AFTER))
        .where(held_before.exists())
        .where(_NOT_HELD_OWN)
    )
    pos = case((ops.c.seq > access.c.since, ops.c.seq), else_=access.c.since)
    newer = (
        select(ops, pos.label("pos"))
        .join(access, ops.c.case_id == access.c.case_id)
        .where(access.c.user_id == _USER)
        .where(and_(access.c.since >= _POSITION, access.c.since <= _TOP))
        .where(or_(pos > _POSITION, and_(pos == _POSITION, ops.c.seq > _AFTER)))
        .where(pos <= _TOP)
        .where(_NOT_HELD_OWN)
    )
    both = union_all(older, newer).subquery()
    return select(both).order_by(both.c.pos, both.c.seq).limit(bindparam("limit"))


_PAGE = _page_statement()


def _page(
    conn: Connection, mine: _Own, position: int, after: int, high: int, limit: int
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
    bound = _grant_bound(conn, mine.user, position, limit)
    top = min(high, position + SCAN_WINDOW, bound if bound is not None else high)
    params = {
        "user": mine.user, "position": position, "after": after, "top": top,
        "limit": limit + 1, "device": mine.device, "own_through": mine.through,
    }  # fmt: skip
    rows = list(conn.execute(_PAGE, params).all())
    return rows, (top if top < high else None)


def _grant_bound_statement() -> Select[Any]:
    """Per case granted after ``position`` (``chunk`` of them from ``offset``, in grant
    order): its grant seq and its number of ops."""
    first = (
        select(access.c.case_id, access.c.since)
        .where(and_(access.c.user_id == _USER, access.c.since > _POSITION))
        .order_by(access.c.since)
        .offset(bindparam("offset"))
        .limit(bindparam("chunk"))
        .subquery()
    )
    n_ops = (
        select(func.count()).select_from(ops).where(ops.c.case_id == first.c.case_id)
    ).scalar_subquery()
    return select(first.c.since, n_ops).order_by(first.c.since)


_GRANTED_SINCE = _grant_bound_statement()


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
        params = {"user": user, "position": position, "offset": offset, "chunk": chunk}
        rows = conn.execute(_GRANTED_SINCE, params).all()
        for since, count in rows:
            counted += int(count)
            if counted > limit:
                return int(since)
        if len(rows) < chunk:
            return None
        offset, chunk = offset + chunk, chunk * 2
        if offset > limit:  # many cases with no ops yet: bound the page by cases instead
            return int(rows[-1].since)
