"""Grants: storing a case key wrapped to one device of a user, and withdrawing a user's access."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, and_, case, func, select, update

from sync.protocol import SHARING_ROLES, CaseGrantees, ErrorCode, Grant, Role, grant_bytes
from sync.server.common import (
    Caller,
    holds_grant,
    is_owner,
    lock_seq,
    refresh_access,
    require_storable,
    signature_ok,
)
from sync.server.common import store_seq as _store_seq
from sync.server.db import grants, reading
from sync.server.errors import ApiError
from sync.server.grant_state import BatchGrants
from sync.server.op_rows import grant_from_values

CREATING_ROLES = frozenset({Role.COUNSELOR, Role.OUTREACH, Role.ADMIN})


def put_grant(engine: Engine, caller: Caller, grant: Grant) -> Grant:
    """Store ``grant`` (numbered like ops); an identical resend returns the stored one.

    A grant reaches one approved device of its user (``device_id`` with exactly the key
    card ``recipient_fingerprint``).  Who may store it: on a new case, its creator (to
    themselves, as owner); on an existing case, a holder in a sharing role, or any holder
    wrapping the keys they hold for their own other devices.  ``manage`` (ownership) may
    be given only by an owner or an administrator."""
    return put_grants(engine, caller, [grant])[0]


def put_grants(engine: Engine, caller: Caller, batch: list[Grant]) -> list[Grant]:
    """Store every grant of ``batch`` in one transaction, under one hold of the sequence
    lock, each checked exactly as :func:`put_grant` checks one (a grant later in the batch
    sees the earlier ones: a new case's first grant, then its creator's other devices).
    The first grant that fails refuses the whole batch (nothing is stored) with its error,
    prefixed by which grant it was when the batch holds several.

    One request per case cost a first sync ≈ 14 ms per grant (a transaction and a commit
    under the sequence lock each); the database work per grant is a fraction of that."""
    for index, grant in enumerate(batch):
        with _naming(index, batch):
            _check_signed(caller, grant)
    stored: list[Grant] = []
    with engine.begin() as conn:
        top = lock_seq(conn)
        state = BatchGrants(conn, (g.case_id for g in batch), (g.device_id for g in batch))
        last = top
        for index, grant in enumerate(batch):
            with _naming(index, batch):
                answer = _store_one(state, caller, grant, last + 1)
            if answer.seq == last + 1:
                last += 1
            stored.append(answer)
        state.write()
        if last != top:
            _store_seq(conn, last)
    return stored


_BATCH_PARAMS = ("grant", "grants", "case_id")


@contextmanager
def _naming(index: int, batch: list[Grant]) -> Iterator[None]:
    """Name the failing grant of a batch in the one-line error (its case, never a key)."""
    try:
        yield
    except ApiError as exc:
        if len(batch) == 1:
            raise
        raise ApiError(
            exc.status,
            exc.error_code,
            f"Grant {index + 1} of {len(batch)} (case {batch[index].case_id}): {exc.message} "
            "Nothing in this batch was stored.",
            code=exc.code,
            grant=index + 1,
            grants=len(batch),
            case_id=batch[index].case_id,
            **{k: v for k, v in exc.params.items() if k not in _BATCH_PARAMS},
        ) from None


def _check_signed(caller: Caller, grant: Grant) -> None:
    """What needs no database: storable text, sent and signed by the caller's device."""
    require_storable(grant)
    if grant.granted_by != caller.device_id:
        raise ApiError(403, ErrorCode.FORBIDDEN, "A grant must be signed by the device sending it.")
    try:
        signed = grant_bytes(grant)
    except ValueError:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "enc or wrapped is not valid base64.") from None
    if not signature_ok(caller.signing_key, grant.signature, signed):
        raise ApiError(400, ErrorCode.BAD_SIGNATURE, "The grant's signature does not verify.")


def _store_one(state: BatchGrants, caller: Caller, grant: Grant, seq: int) -> Grant:
    """Store one checked grant under the sequence lock; it takes ``seq`` if it is new or
    changed (the caller then moves the counter on), else keeps its stored number."""
    _check_may_grant(state, caller, grant)
    if not state.approved_device(grant.device_id, grant.user_id, grant.recipient_fingerprint):
        raise ApiError(
            404,
            ErrorCode.NOT_FOUND,
            "That device is not an approved device of that user with this key card.",
        )
    key = (grant.case_id, grant.user_id, grant.key_id, grant.device_id)
    stored = state.stored(key)
    if (
        stored is not None
        and not stored["revoked"]
        and stored["recipient_fingerprint"] == grant.recipient_fingerprint
    ):
        if stored["manage"] or not grant.manage:
            # The same key already reaches the same key card: a resend (after a dropped
            # answer the client wraps again, with a fresh HPKE encapsulation).  Keep the
            # stored grant and its number, so the case history is not sent again.
            return grant_from_values(stored)
        # A holder made an owner: the new signed row replaces the plain one, keeping
        # its number (the holder already has the key and the history).
        values = stored | grant.model_dump(exclude={"seq"}) | {"seq": stored["seq"]}
        state.put(key, values, refresh_access=False)
        return grant.model_copy(update={"seq": stored["seq"]})
    values = grant.model_dump(exclude={"seq"}) | {"seq": seq, "revoked": False, "revoked_seq": None}
    state.put(key, values, refresh_access=True)
    return grant.model_copy(update={"seq": seq})


def _check_may_grant(state: BatchGrants, caller: Caller, grant: Grant) -> None:
    if not state.case_exists(grant.case_id):  # creating a case
        if caller.role not in CREATING_ROLES:
            raise ApiError(403, ErrorCode.FORBIDDEN, "This role may not create cases.")
        if grant.user_id != caller.user_id or not grant.manage:
            raise ApiError(
                403,
                ErrorCode.FORBIDDEN,
                "A new case's first grant must be to its creator, as its owner.",
            )
        return
    holds = state.holds(grant.case_id, caller.user_id)
    own_device = grant.user_id == caller.user_id
    if not holds or not (own_device or caller.role in SHARING_ROLES):
        raise ApiError(403, ErrorCode.FORBIDDEN, "You may not share this case.")
    if grant.manage and not (
        caller.role is Role.ADMIN or state.holds(grant.case_id, caller.user_id, managing=True)
    ):
        raise ApiError(
            403,
            ErrorCode.FORBIDDEN,
            "Only the case's owners and administrators may make someone an owner.",
        )


def may_withdraw(conn: Connection, caller: Caller, case_id: str, user_id: str) -> bool:
    """Anyone holding the case may withdraw themselves; others only its owners (who hold
    it) and organisation administrators."""
    if caller.role is Role.ADMIN:
        return True
    if not holds_grant(conn, case_id, caller.user_id):
        return False
    return caller.user_id == user_id or is_owner(conn, case_id, caller.user_id)


def _only_revoked(conn: Connection, case_id: str, user_id: str) -> bool:
    """The user held the case once and holds it no more."""
    states = {
        bool(r[0])
        for r in conn.execute(
            select(grants.c.revoked).where(
                and_(grants.c.case_id == case_id, grants.c.user_id == user_id)
            )
        )
    }
    return states == {True}


def revoke_grant(engine: Engine, caller: Caller, case_id: str, user_id: str) -> None:
    """End ``user_id``'s access to ``case_id`` on every device (see :func:`may_withdraw`)."""
    with engine.begin() as conn:
        top = lock_seq(conn)
        # Withdrawing is idempotent: when the answer to a withdrawal was lost, the client asks
        # again, and a 404 then stopped it before it rotated the case key.  A user whose
        # grants for the case are all revoked already is answered as withdrawn.
        if caller.user_id == user_id and _only_revoked(conn, case_id, user_id):
            return
        if not may_withdraw(conn, caller, case_id, user_id):
            raise ApiError(
                403,
                ErrorCode.FORBIDDEN,
                "Only the case's owners and administrators may withdraw others; you may "
                "withdraw only yourself.",
            )
        done = conn.execute(
            update(grants)
            .where(
                and_(
                    grants.c.case_id == case_id,
                    grants.c.user_id == user_id,
                    grants.c.revoked.is_(False),
                )
            )
            .values(revoked=True, revoked_seq=top + 1)
        )
        if done.rowcount == 0:
            if _only_revoked(conn, case_id, user_id):
                return  # withdrawn before (a retry): nothing changes, no number is taken
            raise ApiError(404, ErrorCode.NOT_FOUND, "That user holds no grant for this case.")
        refresh_access(conn, case_id, user_id)
        _store_seq(conn, top + 1)


def grantees(engine: Engine, caller: Caller, case_id: str) -> CaseGrantees:
    """Users holding an unrevoked grant for the case; only for someone who holds one too."""
    with reading(engine) as conn:
        if not holds_grant(conn, case_id, caller.user_id):
            raise ApiError(403, ErrorCode.FORBIDDEN, "You hold no grant for this case.")
        rows = conn.execute(
            select(grants.c.user_id, func.max(case((grants.c.manage.is_(True), 1), else_=0)))
            .where(and_(grants.c.case_id == case_id, grants.c.revoked.is_(False)))
            .group_by(grants.c.user_id)
            .order_by(grants.c.user_id)
        ).all()
    return CaseGrantees(
        case_id=case_id,
        users=[str(r[0]) for r in rows],
        owners=[str(r[0]) for r in rows if r[1]],
    )
