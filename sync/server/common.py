"""Small helpers every part of the server shares: the sequence, grants, signatures, text."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import BaseModel
from sqlalchemy import BigInteger, Connection, and_, bindparam, delete, insert, select, update

from sync.protocol import ErrorCode, OrgInfo, Role, b64d
from sync.server.db import access, counters, grants, orgs, recovery_keys
from sync.server.errors import ApiError


@dataclass(frozen=True)
class Caller:
    """The device behind a request's bearer token."""

    device_id: str
    user_id: str
    role: Role
    status: str
    signing_key: str
    token: str


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def card_fingerprint(card: dict[str, Any]) -> str:
    """SHA-256 of the key card's canonical JSON (as desktop/identity.py computes it)."""
    raw = json.dumps(card, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return sha256_hex(raw.encode("utf-8"))


def signature_ok(public_key_b64: str, signature_b64: str, data: bytes) -> bool:
    """Whether ``signature_b64`` is a valid Ed25519 signature of ``data`` (False if malformed)."""
    try:
        key = ed25519.Ed25519PublicKey.from_public_bytes(b64d(public_key_b64))
        key.verify(b64d(signature_b64), data)
    except (ValueError, InvalidSignature):
        return False
    return True


def _bad_text(value: object) -> bool:
    if isinstance(value, str):
        if value.isascii():  # nearly every string: one pass in C
            return "\x00" in value
        if "\x00" in value:
            return True
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate from JSON "\ud800"
            return True
        return False
    if isinstance(value, BaseModel):
        # A model's own field names are code; its string values are checked in one go.
        values = value.__dict__.values()
        if _bad_text("".join(v for v in values if type(v) is str)):
            return True
        return any(_bad_text(v) for v in values if type(v) is not str)
    if isinstance(value, dict):
        return any(_bad_text(key) or _bad_text(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return any(_bad_text(item) for item in value)
    return False


def storable(model: BaseModel) -> bool:
    """False when a string holds NUL or a lone surrogate (no database column takes those).
    Walks the model's own fields (a model_dump copy per op cost a push a sixth of its time)."""
    return not _bad_text(model)


def require_storable(model: BaseModel) -> None:
    if not storable(model):
        raise ApiError(400, ErrorCode.BAD_REQUEST, "Text must not contain NUL or lone surrogates.")


def lock_seq(conn: Connection) -> int:
    """Take the sequence lock for the rest of the transaction; return the last number used."""
    row = conn.execute(
        update(counters)
        .where(counters.c.name == "seq")
        .values(value=counters.c.value)
        .returning(counters.c.value)
    ).one()
    return int(row.value)


_RESERVE = (
    update(counters)
    .where(counters.c.name == "seq")
    .values(value=counters.c.value + bindparam("count", type_=BigInteger))
    .returning(counters.c.value)
)


def reserve_seq(conn: Connection, count: int) -> int:
    """Take the sequence lock for the rest of the transaction and the next ``count`` numbers
    in the same statement; return the last of them."""
    return int(conn.execute(_RESERVE, {"count": count}).scalar_one())


def store_seq(conn: Connection, value: int) -> None:
    conn.execute(update(counters).where(counters.c.name == "seq").values(value=value))


_READ_SEQ = select(counters.c.value).where(counters.c.name == "seq")


def read_seq(conn: Connection) -> int:
    return int(conn.execute(_READ_SEQ).scalar_one())


def holds_grant(conn: Connection, case_id: str, user_id: str) -> bool:
    """Whether ``user_id`` holds an unrevoked grant for ``case_id``."""
    found = conn.execute(
        select(grants.c.seq)
        .where(
            and_(
                grants.c.case_id == case_id,
                grants.c.user_id == user_id,
                grants.c.revoked.is_(False),
            )
        )
        .limit(1)
    ).first()
    return found is not None


def is_owner(conn: Connection, case_id: str, user_id: str) -> bool:
    """Whether ``user_id`` owns ``case_id``: holds an unrevoked grant with ``manage`` (its
    creator's first grants, or one given by an owner or administrator with ``share
    --manage``).  Ownership belongs to the person, so any one such row is enough."""
    found = conn.execute(
        select(grants.c.seq)
        .where(
            and_(
                grants.c.case_id == case_id,
                grants.c.user_id == user_id,
                grants.c.revoked.is_(False),
                grants.c.manage.is_(True),
            )
        )
        .limit(1)
    ).first()
    return found is not None


def refresh_access(conn: Connection, case_id: str, user_id: str) -> None:
    """Bring ``access`` in step with ``grants`` for one user and case (call in the same
    transaction as the grant change): since = the smallest seq of their unrevoked grants."""
    # The rows themselves (a few: one per key and device), their minimum taken here: asked
    # for min(seq), SQLite walked ix_grants_user_seq in seq order through every grant of the
    # user until one of this case turned up — 7 ms at 9,000 grants, paid for every grant, so
    # a first sync's grant batches grew from 60 to 600 ms (notes/sync-proxy.md).
    seqs = conn.execute(
        select(grants.c.seq).where(
            and_(
                grants.c.case_id == case_id,
                grants.c.user_id == user_id,
                grants.c.revoked.is_(False),
            )
        )
    ).scalars()
    since = min(seqs, default=None)
    key = and_(access.c.user_id == user_id, access.c.case_id == case_id)
    conn.execute(delete(access).where(key))
    if since is not None:
        conn.execute(insert(access).values(user_id=user_id, case_id=case_id, since=since))


_ORG = select(
    orgs,
    recovery_keys.c.public_key.label("recovery_key"),
    recovery_keys.c.signature.label("recovery_signature"),
).select_from(orgs.outerjoin(recovery_keys, recovery_keys.c.org_id == orgs.c.org_id))


def load_org(conn: Connection) -> OrgInfo | None:
    """The organisation, with its certified recovery key when it has one (migration 0004)."""
    row = conn.execute(_ORG).first()
    if row is None:
        return None
    return OrgInfo(
        org_id=row.org_id, name=row.name, public_key=row.public_key, fingerprint=row.fingerprint,
        recovery_key=row.recovery_key, recovery_signature=row.recovery_signature,
    )  # fmt: skip
