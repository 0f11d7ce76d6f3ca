"""Devices: enrolment with a one-time code, bearer tokens, ``me`` and the directory."""

from __future__ import annotations

import json
import secrets
import time

from sqlalchemy import Connection, Engine, String, and_, bindparam, select, update
from sqlalchemy.engine import Row
from sqlalchemy.exc import IntegrityError

from sync.protocol import (
    Certificate,
    DirectoryEntry,
    DirectoryPage,
    EnrolRequest,
    EnrolResponse,
    ErrorCode,
    KeyCardWire,
    Role,
    b64d,
    parse_invite_code,
)
from sync.server.common import (
    Caller,
    card_fingerprint,
    load_org,
    now_iso,
    read_seq,
    require_storable,
)
from sync.server.common import sha256_hex as _sha
from sync.server.db import devices, invites, looking_up, reading
from sync.server.errors import ApiError

MAX_CARD_JSON = 64 * 1024


def secret_hash(secret: str) -> str:
    """What the server keeps of an invite secret (case and spaces do not matter)."""
    return _sha(secret.strip().upper().encode("utf-8"))


def token_hash(token: str) -> str:
    return _sha(token.encode("utf-8"))


# Every request runs this: built once, and only the columns a Caller needs (not key cards).
_CALLER = select(
    devices.c.device_id,
    devices.c.user_id,
    devices.c.role,
    devices.c.status,
    devices.c.signing_key,
).where(devices.c.token_hash == bindparam("token_hash", type_=String))


def authenticate(engine: Engine, token: str | None) -> Caller:
    """The caller behind a bearer token: 401 when unknown, 403 when revoked."""
    if not token:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "This request needs a device token.")
    with looking_up(engine) as conn:
        row = conn.execute(_CALLER, {"token_hash": token_hash(token)}).first()
    if row is None:
        raise ApiError(401, ErrorCode.UNAUTHENTICATED, "This device token is not known here.")
    if row.status == "revoked":
        raise ApiError(403, ErrorCode.REVOKED, "This device was revoked by an administrator.")
    return Caller(row.device_id, row.user_id, Role(row.role), row.status, row.signing_key, token)


def require_approved(caller: Caller) -> Caller:
    if caller.status != "approved":
        raise ApiError(
            403, ErrorCode.PENDING, "This device is waiting for an administrator's approval."
        )
    return caller


def check_key_card(wire: KeyCardWire) -> None:
    """The card's fingerprint and signing key must be the ones it claims (400 otherwise)."""
    if len(json.dumps(wire.card)) > MAX_CARD_JSON:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "The key card is too large.")
    if card_fingerprint(wire.card) != wire.fingerprint:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "The key card's fingerprint does not match it.")
    try:
        raw = b64d(wire.signing_key)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "The signing key is not an Ed25519 key.")
    in_card = wire.card.get("signing_public_key")
    if in_card is not None and in_card != wire.signing_key:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "The signing key differs from the key card's.")


def _invalid(message: str) -> ApiError:
    return ApiError(403, ErrorCode.INVALID_CODE, message)


def enrol(engine: Engine, request: EnrolRequest) -> EnrolResponse:
    """Use a one-time code: the device is stored as pending and receives its token."""
    require_storable(request)
    try:
        secret, prefix = parse_invite_code(request.code)
    except ValueError:
        raise _invalid("This is not an enrolment code; check it and try again.") from None
    check_key_card(request.key_card)
    token = secrets.token_urlsafe(32)
    try:
        with engine.begin() as conn:
            org = load_org(conn)
            if org is None:
                raise ApiError(409, ErrorCode.CONFLICT, "This server has no organisation yet.")
            if prefix != org.fingerprint[:16]:
                raise _invalid("This code belongs to another organisation's server.")
            invite = conn.execute(
                select(invites).where(invites.c.secret_hash == secret_hash(secret))
            ).first()
            if invite is None:
                raise _invalid("This enrolment code is not known; ask for a new one.")
            if invite.used:
                raise _invalid("This enrolment code was already used; ask for a new one.")
            if invite.expires < time.time():
                raise _invalid("This enrolment code has expired; ask for a new one.")
            _check_person(conn, request, invite)
            _check_new_device(conn, request, Role(invite.role))
            taken = conn.execute(
                update(invites)
                .where(and_(invites.c.secret_hash == invite.secret_hash, invites.c.used.is_(False)))
                .values(used=True)
            )
            if taken.rowcount != 1:  # another request used it a moment ago
                raise _invalid("This enrolment code was already used; ask for a new one.")
            conn.execute(
                devices.insert().values(
                    device_id=request.device_id,
                    user_id=request.user_id,
                    name=request.device_name,
                    role=invite.role,
                    key_card=json.dumps(request.key_card.card, ensure_ascii=False),
                    signing_key=request.key_card.signing_key,
                    fingerprint=request.key_card.fingerprint,
                    token_hash=token_hash(token),
                    status="pending",
                    certificate=None,
                    enrolled=now_iso(),
                )
            )
    except IntegrityError:
        raise ApiError(409, ErrorCode.CONFLICT, "This device id is already enrolled.") from None
    return EnrolResponse(device_token=token, org=org, role=Role(invite.role), status="pending")


def _check_person(conn: Connection, request: EnrolRequest, invite: Row[object]) -> None:
    """The code enrols only the person it names: a new one, or a next device of one."""
    named = invite._mapping["user_id"]
    if named is None:
        raise _invalid("This enrolment code names no person (an older code); ask for a new one.")
    if request.user_id != named:
        raise ApiError(
            403,
            ErrorCode.WRONG_USER,
            f"This enrolment code is for user {named}, not {request.user_id}.",
            user_id=named,
            requested=request.user_id,
        )
    has_device = conn.execute(
        select(devices.c.device_id).where(devices.c.user_id == named).limit(1)
    ).first()
    if invite._mapping["device_of"] and has_device is None:
        raise _invalid(f"This code is for another device of {named}, who has none; ask again.")
    if not invite._mapping["device_of"] and has_device is not None:
        raise _invalid(
            f"User {named} already has a device; a next device needs a code made with --device-of."
        )


def _check_new_device(conn: Connection, request: EnrolRequest, role: Role) -> None:
    if conn.execute(select(devices).where(devices.c.device_id == request.device_id)).first():
        raise ApiError(409, ErrorCode.CONFLICT, "This device id is already enrolled.")
    other = conn.execute(select(devices.c.role).where(devices.c.user_id == request.user_id)).first()
    if other is not None and other.role != role.value:
        raise ApiError(
            409, ErrorCode.CONFLICT, "This user id is already enrolled with another role."
        )


def me(engine: Engine, caller: Caller) -> EnrolResponse:
    """The caller's own status and, once approved, certificate."""
    with reading(engine) as conn:
        org = load_org(conn)
        row = conn.execute(select(devices).where(devices.c.device_id == caller.device_id)).one()
    assert org is not None  # a device exists only once an organisation does
    return EnrolResponse(  # without the token: it is given once, at enrolment
        org=org,
        role=Role(row.role),
        status=row.status,
        certificate=_certificate(row),
    )


def _certificate(row: Row[object]) -> Certificate | None:
    raw = row._mapping["certificate"]
    return Certificate.model_validate_json(raw) if raw else None


def directory(engine: Engine, user_id: str | None = None) -> list[DirectoryEntry]:
    """Every approved, unrevoked device (of ``user_id`` when given) with its key card and
    certificate: the devices to wrap keys for."""
    query = select(devices).where(devices.c.status == "approved")
    if user_id is not None:
        query = query.where(devices.c.user_id == user_id)
    with reading(engine) as conn:
        rows = conn.execute(query.order_by(devices.c.device_id)).all()
    return [entry for row in rows if (entry := _entry(row)) is not None]


def directory_page(engine: Engine, since: int | None) -> DirectoryPage:
    """The directory (approved and revoked devices that carry a certificate), whole when
    ``since`` is None, else only the devices approved or revoked after ``since``.

    ``version`` is the sequence number as this snapshot sees it.  Approvals and revocations
    take their number under the sequence lock, so numbers commit in order: every change
    numbered up to ``version`` is in this snapshot, and one committed later is numbered
    above it.  A ``since`` above the sequence (a database restored from an older backup)
    gets the whole directory, so a client never keeps a version the server has not reached.
    """
    query = select(devices).where(
        devices.c.status.in_(("approved", "revoked")), devices.c.certificate.is_not(None)
    )
    with reading(engine) as conn:
        version = read_seq(conn)
        whole = since is None or since > version
        if not whole:
            query = query.where(devices.c.changed_seq > since)
        rows = conn.execute(query.order_by(devices.c.device_id)).all()
    return DirectoryPage(
        version=version,
        full=whole,
        entries=[entry for row in rows if (entry := _entry(row)) is not None],
    )


def _entry(row: Row[object]) -> DirectoryEntry | None:
    cert = _certificate(row)
    if cert is None:
        return None
    card = KeyCardWire(
        card=json.loads(row.key_card), fingerprint=row.fingerprint, signing_key=row.signing_key
    )
    revoked = row.status == "revoked"
    return DirectoryEntry(
        user_id=row.user_id,
        device_id=row.device_id,
        device_name=row.name,
        role=Role(row.role),
        key_card=card,
        certificate=cert,
        status="revoked" if revoked else "approved",
        revoked_seq=row.revoked_seq if revoked else None,
    )
