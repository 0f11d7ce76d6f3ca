"""Per-case state digests, kept as ops arrive, and verify by buckets of cases.

A case's state (``protocol.case_state``) is its op count and the sum of its ops'
``op_digest`` modulo 2**256.  :func:`add_ops` adds a push's ops to their cases' rows in the
push's own transaction, after the sequence lock is taken (``oplog._store``): every writer
of ops holds that lock until its commit, so no two pushes read and rewrite a case's row at
once, and a push that reads the row sees every earlier push's ops (PostgreSQL runs it at
READ COMMITTED: its statements after the lock see what committed before).  The rows are
also read ``FOR UPDATE`` and a new case's row is inserted, so even without that lock two
pushes could not both add to the same old value: one would wait, or fail on the key and be
tried again like any push that loses a race.

Verify (``POST /v1/verify``) is one request whatever the number of cases.  The client sends
the digest of each of ``2 ** bits`` buckets of its cases; the server computes the same over
the states of the cases the user holds (one index range scan of ``access`` joined to
``case_states``: no op is read) and answers, for every bucket that differs, the state of
each case the user holds in it.  The client then compares case by case.  So the request is
a few hundred kilobytes at 100,000 cases, the answer is in proportion to what differs, and
the server keeps nothing between requests.  (Two rounds, the client's per-case states for
the differing buckets in the second, would cost a second request and a second scan for the
same answer: the server is the side that knows which cases the user holds.)
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Engine, String, bindparam, cast, insert, select, update

from sync.protocol import (
    BUCKET_DIGEST,
    ErrorCode,
    VerifyRequest,
    VerifyResponse,
    b64d,
    bucket_digests,
    bucket_key,
    case_state_hash,
    op_digest,
)
from sync.server.common import Caller
from sync.server.db import access, case_states, reading
from sync.server.errors import ApiError

_MOD = 1 << 256
_CHUNK = 500
_EMPTY = case_state_hash([])

_IDS = bindparam("ids", type_=String, expanding=True)
_READ = (
    select(case_states.c.case_id, case_states.c.op_count, case_states.c.op_sum)
    .where(case_states.c.case_id.in_(_IDS))
    .with_for_update()
)
_UPDATE = (
    update(case_states)
    .where(case_states.c.case_id == bindparam("b_case"))
    .values(op_count=bindparam("b_count"), op_sum=bindparam("b_sum"))
)
_INSERT = insert(case_states)
# Each held case with its bucket key and state as case_state writes it (count, "-", the
# stored 64 lowercase hex digits), made by the database; NULLs for a case without ops.
_HELD = (
    select(
        case_states.c.bucket_key,
        access.c.case_id,
        cast(case_states.c.op_count, String) + "-" + case_states.c.op_sum,
    )
    .select_from(access.outerjoin(case_states, case_states.c.case_id == access.c.case_id))
    .where(access.c.user_id == bindparam("user", type_=String))
)


def add_ops(conn: Connection, ops: list[tuple[str, str]]) -> None:
    """Add ``(case id, op id)`` pairs, all new to the server, to their cases' states (in the
    transaction that stores them, holding the sequence lock)."""
    added: dict[str, tuple[int, int]] = {}
    for case_id, op_id in ops:
        count, total = added.get(case_id, (0, 0))
        added[case_id] = (count + 1, total + op_digest(op_id))
    cases = sorted(added)
    known: dict[str, tuple[int, int]] = {}
    for start in range(0, len(cases), _CHUNK):
        for row in conn.execute(_READ, {"ids": cases[start : start + _CHUNK]}):
            known[str(row.case_id)] = (int(row.op_count), int(str(row.op_sum), 16))
    updates, inserts = [], []
    for case_id in cases:
        count, total = added[case_id]
        old_count, old_total = known.get(case_id, (0, 0))
        value = f"{(old_total + total) % _MOD:064x}"
        if case_id in known:
            updates.append({"b_case": case_id, "b_count": old_count + count, "b_sum": value})
        else:
            inserts.append(
                {
                    "case_id": case_id,
                    "op_count": count,
                    "op_sum": value,
                    "bucket_key": bucket_key(case_id),
                }
            )
    if updates:
        conn.execute(_UPDATE, updates)
    if inserts:
        conn.execute(_INSERT, inserts)


def verify(engine: Engine, caller: Caller, request: VerifyRequest) -> VerifyResponse:
    """The server's state of each case the user holds in a bucket whose digest differs."""
    bits = request.bucket_bits
    try:
        claimed = b64d(request.buckets)
    except ValueError:
        claimed = b""
    if len(claimed) != BUCKET_DIGEST << bits:
        raise ApiError(
            400,
            ErrorCode.BAD_REQUEST,
            f"Verify needs {1 << bits} bucket digests of {BUCKET_DIGEST} bytes each.",
            buckets=1 << bits,
            digest_bytes=BUCKET_DIGEST,
        )
    with reading(engine) as conn:
        # The driver's tuples: SQLAlchemy's Row objects cost a fifth of the request here.
        result = conn.execute(_HELD, {"user": caller.user_id})
        rows: Sequence[tuple[int | None, str, str | None]] = result.cursor.fetchall()
        result.close()
    with_ops = [(k, c, s) for k, c, s in rows if k is not None and s is not None]
    digests = bucket_digests(with_ops, bits)
    shift = 32 - bits
    differ = {
        bucket
        for bucket, digest in enumerate(digests)
        if digest != claimed[bucket * BUCKET_DIGEST : (bucket + 1) * BUCKET_DIGEST]
    }
    if not differ:  # the usual answer: one pass over the held cases, no second
        return VerifyResponse(cases={})
    # Every held case of those buckets, with ops or not.  A bucket where the user holds
    # nothing has nothing to answer, whatever the client holds there (cases withdrawn from
    # the user, or never granted: verify speaks of held cases only).
    answer = {
        case_id: state or _EMPTY
        for key, case_id, state in rows
        if (bucket_key(case_id) if key is None else key) >> shift in differ
    }
    return VerifyResponse(cases=answer)
