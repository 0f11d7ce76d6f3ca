"""The sync wire protocol: schemas and signed encodings shared by client and server.

The server imports only this module (DESIGN §1).  Everything here is about
ciphertext and metadata: an op travels as the few clear fields the server needs (op id,
case id, key id, author, device, schema version, blob ids), a nonce and a ciphertext
sealed by the client with the case key, plus the authoring device's Ed25519 signature.
The entity kind, entity id, HLC and causal parents travel *inside* that ciphertext, which
is padded to a size bucket (:func:`padded_size`).  The server checks the signature, the
padding's size and the user's grant, orders ops with a sequence number and never holds a
key that opens them.

Version 3 (ops carry no entity, entity id, HLC or parents in the clear; op and evidence
chunk ciphertexts are padded).  Version 2: grants name their recipient device and carry a
signed "manage" flag; version 1 grants were per user.  A client and server agree on a
version in ``hello``; a mismatch is answered with HTTP 426 and an :class:`ErrorBody` naming
both versions.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any, Literal

from cryptography.hazmat.primitives import hpke
from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

__all__ = [
    "BLOB_ID_PATTERN",
    "MAX_BLOB_STATUS",
    "MAX_GRANT_BATCH",
    "ORG_GRANTER",
    "PROTOCOL_VERSION",
    "SUPPORTED_VERSIONS",
    "BlobId",
    "BlobStatus",
    "BlobStatusRequest",
    "BlobStatuses",
    "CaseGrantees",
    "Certificate",
    "DirectoryEntry",
    "DirectoryPage",
    "EnrolRequest",
    "EnrolResponse",
    "ErrorBody",
    "ErrorCode",
    "Grant",
    "GrantBatch",
    "GrantBatchResult",
    "HelloRequest",
    "HelloResponse",
    "KeyCardWire",
    "LegacyHeader",
    "OrgInfo",
    "PullRequest",
    "PullResponse",
    "PushRequest",
    "PushResponse",
    "PushResult",
    "RecoveryWrap",
    "RecoveryWrapResult",
    "RecoveryWrapResults",
    "RecoveryWraps",
    "Role",
    "VerifyRequest",
    "VerifyResponse",
    "WireOp",
    "b64d",
    "b64e",
    "bucket_digests",
    "bucket_key",
    "canonical",
    "case_key_info",
    "case_state",
    "case_state_hash",
    "certificate_bytes",
    "fingerprint_digits",
    "grant_bytes",
    "hpke_suite",
    "invite_code",
    "json_list",
    "op_bytes",
    "op_digest",
    "padded_size",
    "parse_invite_code",
    "recovery_info",
    "recovery_key_bytes",
    "recovery_wrap_bytes",
]

# Version 4 (issue 18): grants and blob statuses in batches (POST /v1/grants/batch,
# POST /v1/blobs/status) and PullRequest.own_through; a version-3 client is answered 426.
# Version 5 (issue 18): GET /v1/directory answers a DirectoryPage by change (?since=V) and
# lists revoked devices with their revocation's number.
# Version 6 (issue 18): verify compares digests of buckets of cases (see case_state).
PROTOCOL_VERSION = 6
SUPPORTED_VERSIONS: tuple[int, ...] = (6,)
MAX_PUSH_OPS = 1000  # per request; clients send larger backlogs in batches
MAX_PULL_OPS = 5000
MAX_CIPHERTEXT = 1 << 20  # one op's ciphertext (base64-decoded); evidence goes as blobs
BLOB_CHUNK = 4 << 20  # largest blob chunk accepted in one request
# Size buckets of padded ciphertexts: at least 256 bytes; up to 64 KiB, steps of a quarter of
# the power of two below (256, 320, 384, 448, 512, 640 … bytes: at most 25 % more, four sizes
# per doubling); above, steps of a sixteenth (64-128 KiB in 4 KiB steps, 1-2 MiB in 64 KiB
# steps: at most 6.25 %).  Plain powers of two doubled the bytes of a typical vault's ops
# (median 250 bytes), for little more hiding: a size class still spans a quarter doubling.
PAD_MIN = 256
PAD_COARSE_UP_TO = 64 << 10

Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_\-.:]+$")]
# Evidence file ids as the vault makes them (desktop.store.ids.new_id: 128 random bits as
# 22 URL-safe base64 characters).  Both sides build file names from them, so nothing else
# (no "..", "/", NUL, overlong) is accepted by the server or believed by a client.
BLOB_ID_PATTERN = r"^[A-Za-z0-9_-]{22}$"
BlobId = Annotated[str, Field(min_length=22, max_length=22, pattern=BLOB_ID_PATTERN)]
B64 = Annotated[str, Field(max_length=2 * MAX_CIPHERTEXT)]


class Role(StrEnum):
    """What a user may do (docs/sync.md has the full table)."""

    COUNSELOR = "counselor"  # creates cases, shares them within the organisation
    OUTREACH = "outreach"  # creates cases (kiosk intakes); sees only cases granted to them
    LAWYER = "lawyer"  # sees only cases granted to them; cannot share onward
    ADMIN = "admin"  # a counselor who may also be trusted with the organisation key


SHARING_ROLES = frozenset({Role.COUNSELOR, Role.OUTREACH, Role.ADMIN})


class ErrorCode(StrEnum):
    INCOMPATIBLE_VERSION = "incompatible_version"
    UNAUTHENTICATED = "unauthenticated"  # no or unknown device token
    REVOKED = "revoked"  # the device was revoked
    PENDING = "pending_approval"  # enrolled, not yet approved by an administrator
    FORBIDDEN = "forbidden"  # no grant for the case, or the role may not do this
    BAD_REQUEST = "bad_request"
    BAD_SIGNATURE = "bad_signature"
    INVALID_CODE = "invalid_code"  # enrolment code unknown, used or expired
    WRONG_USER = "wrong_user"  # the enrolment code names another person
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    UNAVAILABLE = "unavailable"  # 503: the server's database does not answer; try later


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ErrorBody(_Model):
    """Every non-2xx answer: a code a client can act on and one readable sentence."""

    code: ErrorCode
    message: str


class HelloRequest(_Model):
    versions: list[int] = Field(min_length=1, max_length=16)
    client: str = Field(max_length=64)  # e.g. "Madoguchi 0.5.0"
    client_time: str = Field(max_length=40)  # ISO 8601 with offset


class HelloResponse(_Model):
    version: int
    server: str
    server_time: str
    org: OrgInfo | None = None


class OrgInfo(_Model):
    org_id: Id
    name: str = Field(max_length=200)
    public_key: str = Field(max_length=100)  # Ed25519, base64
    fingerprint: str = Field(max_length=64)  # sha256 hex of the raw public key
    # -- organisation recovery (docs/security.md); both absent when the organisation chose none.
    # The recovery HPKE public key (ML-KEM-768 + X25519, 1,216 bytes), base64, and the
    # organisation key's Ed25519 signature over recovery_key_bytes(org_id, that key): a client
    # wraps case keys to it only when that signature verifies with the key it pinned.
    recovery_key: str | None = Field(default=None, max_length=2000)
    recovery_signature: str | None = Field(default=None, max_length=200)

    @model_serializer(mode="wrap")
    def _omit_absent_recovery(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Clients before recovery forbid unknown fields: an organisation without recovery
        # must look to them exactly as before (with recovery they cannot parse it, on purpose:
        # they would create cases the organisation cannot recover).
        data: dict[str, Any] = handler(self)
        for name in ("recovery_key", "recovery_signature"):
            if data.get(name) is None:
                data.pop(name, None)
        return data


class KeyCardWire(_Model):
    """A device's public keys (the same key card sealed packets use)."""

    card: dict[str, Any]  # desktop.identity key card JSON, opaque to the server
    fingerprint: str = Field(max_length=64)
    signing_key: str = Field(max_length=100)  # Ed25519 public key, base64 (checks op signatures)


class EnrolRequest(_Model):
    code: str = Field(max_length=200)
    user_id: Id
    device_id: Id
    device_name: str = Field(max_length=200)
    key_card: KeyCardWire


class Certificate(_Model):
    """The organisation's signature binding a user, device, role and key card."""

    org_id: Id
    user_id: Id
    device_id: Id
    role: Role
    key_fingerprint: str = Field(max_length=64)
    issued: str = Field(max_length=40)
    signature: str = Field(max_length=200)  # Ed25519 by the organisation key, base64


class EnrolResponse(_Model):
    # Sent once, in the answer to the enrolment; ``/v1/me`` never repeats it.
    device_token: str | None = Field(default=None, max_length=200)
    org: OrgInfo
    role: Role
    status: str  # "pending" until an administrator approves; "approved"
    certificate: Certificate | None = None


class DirectoryEntry(_Model):
    user_id: Id
    device_id: Id
    device_name: str
    role: Role
    key_card: KeyCardWire
    certificate: Certificate
    # Protocol 5: the directory also lists revoked devices (never to wrap keys for), with the
    # sequence number of their revocation: a grant numbered before it was made while the
    # device was trusted; one numbered at or after it is refused.
    status: Literal["approved", "revoked"] = "approved"
    revoked_seq: int | None = Field(default=None, ge=0)


class DirectoryPage(_Model):
    """``GET /v1/directory[?since=V]`` (protocol 5).  ``version``: the highest sequence
    number of any approval or revocation listed (or ``since`` when nothing changed), to send
    as ``since`` next time.  ``full``: this is the whole directory, not a change list."""

    version: int = Field(ge=0)
    full: bool
    entries: list[DirectoryEntry]


class LegacyHeader(_Model):
    """The clear fields an op pushed by a version-2 client was stored with (its ciphertext
    is the vault's own, not wrapped for transport).  Only the server sends it, for rows
    older than migration 0005; a pushed op carrying one is refused."""

    entity: Id
    entity_id: Id
    hlc: str = Field(max_length=40)
    parents: list[Id] = Field(max_length=256)


class WireOp(_Model):
    """One sealed op as it travels.  ``seq`` is set by the server (0 when pushed).

    ``nonce`` and ``ciphertext``: the transport envelope (sync/_client_wire.py) sealed
    with the case key: entity, entity id, HLC, parents and the vault's own sealed op, padded
    so the ciphertext's length is a :func:`padded_size` bucket."""

    op_id: Id
    case_id: Id
    author: str = Field(max_length=64)
    device: Id
    key_id: Id
    schema_version: int = Field(ge=1, le=1000)
    nonce: str = Field(max_length=64)
    ciphertext: B64
    signature: str = Field(max_length=200)
    blobs: list[Id] = Field(default_factory=list, max_length=64)  # blob ids it references
    seq: int = 0
    legacy: LegacyHeader | None = None


class PushRequest(_Model):
    ops: list[WireOp] = Field(max_length=MAX_PUSH_OPS)
    # The pushing device's Ed25519 signature over push_bytes(ops), base64: one check for
    # the whole batch.  Without it, or when it does not verify, the server checks every
    # op's own signature instead (and rejects exactly the ops whose signature fails).
    batch_signature: str | None = Field(default=None, max_length=200)


class PushResult(_Model):
    op_id: str
    seq: int = 0
    status: str  # "accepted", "duplicate" (seen before: harmless), "rejected"
    reason: str = ""


class PushResponse(_Model):
    results: list[PushResult]


class Grant(_Model):
    """A case key wrapped (HPKE) to one device's key card; signed by the granting device.

    A case key is wrapped to every approved device of every user holding the case, one
    grant each.  ``manage``: the holder becomes an owner of the case (may withdraw others);
    only an owner or an administrator may give it."""

    case_id: Id
    user_id: Id
    key_id: Id
    device_id: Id  # the recipient device, whose key card has recipient_fingerprint
    enc: str = Field(max_length=4096)  # HPKE encapsulation, base64
    wrapped: str = Field(max_length=512)  # the case key sealed by HPKE, base64
    recipient_fingerprint: str = Field(max_length=64)
    granted_by: Id  # device id
    signature: str = Field(max_length=200)
    manage: bool = False
    seq: int = 0


ORG_GRANTER = "org:recovery"  # Grant.granted_by of grants signed by the organisation key


class RecoveryWrap(_Model):
    """A case key wrapped (HPKE) to the organisation's recovery key, signed by the wrapping
    device.  Stored by the server for ``admin recover-cases``; never sent to any device."""

    case_id: Id
    key_id: Id
    enc: str = Field(max_length=4096)
    wrapped: str = Field(max_length=512)
    recovery_fingerprint: str = Field(max_length=64)  # sha256 hex of the raw recovery key
    wrapped_by: Id  # device id
    signature: str = Field(max_length=200)


MAX_RECOVERY_WRAPS = 500  # per request (each about 1.8 KB)


class RecoveryWraps(_Model):
    wraps: list[RecoveryWrap] = Field(max_length=MAX_RECOVERY_WRAPS)


class RecoveryWrapResult(_Model):
    case_id: str
    key_id: str
    status: str  # "stored", "duplicate" (a wrap of that key is already stored), "refused"
    reason: str = ""


class RecoveryWrapResults(_Model):
    results: list[RecoveryWrapResult]


class CaseGrantees(_Model):
    """Who holds an unrevoked grant for a case (so a key rotation reaches all of them)."""

    case_id: Id
    users: list[Id]
    owners: list[Id] = Field(default_factory=list)  # those of users who may withdraw others


MAX_GRANT_BATCH = 500  # grants per POST /v1/grants/batch (each about 1.6 KB)


class GrantBatch(_Model):
    """Grants stored together: one request, one transaction; one bad grant refuses all."""

    grants: list[Grant] = Field(min_length=1, max_length=MAX_GRANT_BATCH)


class GrantBatchResult(_Model):
    grants: list[Grant]  # as stored (with their numbers), in the order sent


class PullRequest(_Model):
    cursor: str | None = Field(default=None, max_length=400)
    limit: int = Field(default=MAX_PULL_OPS, ge=1, le=MAX_PULL_OPS)
    # Ops pushed by the calling device with seq <= own_through are left out: the device
    # holds them already (the highest number its vault holds of its own ops; 0 = send all).
    own_through: int = Field(default=0, ge=0, lt=1 << 62)


class PullResponse(_Model):
    ops: list[WireOp]
    grants: list[Grant]  # wraps for this user that are new since the cursor
    revoked: list[Id]  # cases this user lost access to since the cursor
    cursor: str
    more: bool


MAX_BUCKET_BITS = 16  # verify splits cases into at most 65,536 buckets
BUCKET_DIGEST = 16  # bytes of each bucket's digest


class VerifyRequest(_Model):
    # base64 of the digest of each of 2 ** bucket_bits buckets of the client's cases
    bucket_bits: int = Field(ge=0, le=MAX_BUCKET_BITS)
    buckets: str = Field(max_length=4 * (BUCKET_DIGEST << MAX_BUCKET_BITS) // 3 + 4)


class VerifyResponse(_Model):
    cases: dict[Id, str]  # each case held in a bucket that differs -> the server's state


class BlobStatus(_Model):
    blob_id: Id
    case_id: Id
    chunks: int
    received: list[int]
    complete: bool


MAX_BLOB_STATUS = 500  # blob ids per POST /v1/blobs/status


class BlobStatusRequest(_Model):
    blob_ids: list[BlobId] = Field(min_length=1, max_length=MAX_BLOB_STATUS)


class BlobStatuses(_Model):
    blobs: list[BlobStatus]  # of the asked blobs the server knows; the others are unknown


# -- canonical encodings --------------------------------------------------------------------
def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    """Strict base64 (ValueError on anything else)."""
    return base64.b64decode(text.encode("ascii"), validate=True)


_pack_length = struct.Struct(">I").pack


def canonical(*parts: str | int | bytes | None) -> bytes:
    """Unambiguous encoding for signing: each part tagged and length-prefixed."""
    chunks = [b"MDGS1"]
    append = chunks.append
    for part in parts:
        # Exact str and bytes first: every op is encoded on push and on pull (thousands per
        # second), and a type() test is cheaper than isinstance; subclasses take the slow way.
        if type(part) is str:
            raw = part.encode("utf-8")
            append(b"S" + _pack_length(len(raw)) + raw)
        elif type(part) is bytes:
            append(b"B" + _pack_length(len(part)) + part)
        elif part is None:
            append(b"N")
        else:
            if isinstance(part, int):
                raw, tag = str(part).encode(), b"I"
            elif isinstance(part, bytes):
                raw, tag = part, b"B"
            else:
                raw, tag = part.encode("utf-8"), b"S"
            append(tag + _pack_length(len(raw)) + raw)
    return b"".join(chunks)


def json_list(values: list[str]) -> str:
    """The JSON text of an op's parents or blobs (most ops have none: no encoder call)."""
    return "[]" if not values else json.dumps(values)


def op_bytes(op: WireOp, nonce: bytes | None = None, ciphertext: bytes | None = None) -> bytes:
    """What the authoring device signs: every field of the op except seq, signature and
    legacy.  ``nonce`` and ``ciphertext``: the op's own, already decoded (saves decoding
    twice)."""
    return canonical(
        "op3", op.op_id, op.case_id, op.author, op.device, op.key_id, op.schema_version,
        b64d(op.nonce) if nonce is None else nonce,
        b64d(op.ciphertext) if ciphertext is None else ciphertext,
        json_list(sorted(op.blobs)),
    )  # fmt: skip


def padded_size(length: int) -> int:
    """The bucket a ciphertext of ``length`` bytes is padded up to (see PAD_MIN)."""
    if length <= PAD_MIN:
        return PAD_MIN
    below = 1 << ((length - 1).bit_length() - 1)  # the power of two below length
    step = below // 4 if length <= PAD_COARSE_UP_TO else below // 16
    return -(-length // step) * step


def push_bytes(signed: list[tuple[bytes, str]]) -> bytes:
    """What a device signs for a whole push, from each op's (op_bytes, own signature) in
    order: the SHA-256 of every op's signed bytes and its signature.  So the batch
    signature vouches for each op exactly as its own signature does, and for the signature
    it carries."""
    parts: list[str | int | bytes | None] = ["push", len(signed)]
    for data, signature in signed:
        parts += [hashlib.sha256(data).digest(), signature]
    return canonical(*parts)


def grant_bytes(grant: Grant) -> bytes:
    return canonical(
        "grant2", grant.case_id, grant.user_id, grant.key_id, grant.device_id, b64d(grant.enc),
        b64d(grant.wrapped), grant.recipient_fingerprint, grant.granted_by, int(grant.manage),
    )  # fmt: skip


def case_key_info(case_id: str, key_id: str, user_id: str) -> bytes:
    """HPKE ``info`` of a grant: binds the wrap to its case, key and recipient user."""
    return canonical("madoguchi-case-key", case_id, key_id, user_id)


def hpke_suite() -> hpke.Suite:
    """The HPKE suite of grants and recovery wraps: the same as ``desktop.identity.suite()``
    (the server may not import the desktop core; a test checks the two interoperate)."""
    return hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def recovery_key_bytes(org_id: str, recovery_key: bytes) -> bytes:
    """What the organisation key signs to certify its recovery public key (raw bytes)."""
    return canonical("org-recovery-key", org_id, recovery_key)


def recovery_info(case_id: str, key_id: str) -> bytes:
    """HPKE ``info`` of a recovery wrap: binds it to its case and key."""
    return canonical("madoguchi-recovery-wrap", case_id, key_id)


def recovery_wrap_bytes(wrap: RecoveryWrap) -> bytes:
    return canonical(
        "recovery-wrap", wrap.case_id, wrap.key_id, b64d(wrap.enc), b64d(wrap.wrapped),
        wrap.recovery_fingerprint, wrap.wrapped_by,
    )  # fmt: skip


def certificate_bytes(cert: Certificate) -> bytes:
    return canonical(
        "cert", cert.org_id, cert.user_id, cert.device_id, cert.role.value, cert.key_fingerprint,
        cert.issued,
    )  # fmt: skip


def op_digest(op_id: str) -> int:
    return int.from_bytes(hashlib.sha256(op_id.encode()).digest(), "big")


def case_state(count: int, total: int) -> str:
    """Op count and sum of op_digest mod 2**256: order-free, so a push adds to it without reading
    the case's other ops; a sum (XOR cancels a doubled id) and the count show any lost op."""
    return f"{count}-{total % (1 << 256):064x}"


def case_state_hash(op_ids: list[str]) -> str:
    return case_state(len(op_ids), sum(op_digest(op_id) for op_id in op_ids))


def bucket_key(case_id: str) -> int:  # a case's verify bucket is the key's top bits
    return int.from_bytes(hashlib.sha256(case_id.encode()).digest()[:4], "big")


def bucket_digests(keyed: Iterable[tuple[int, str, str]], bits: int) -> list[bytes]:
    """Per verify bucket, SHA-256 of its sorted "id state" lines; keyed: (bucket_key, id, state)."""
    lines: list[list[str]] = [[] for _ in range(1 << bits)]
    for key, case_id, state in keyed:
        lines[key >> (32 - bits)].append(f"{case_id} {state}\n")
    return [hashlib.sha256("".join(sorted(g)).encode()).digest()[:BUCKET_DIGEST] for g in lines]


def fingerprint_digits(fingerprint_hex: str) -> str:
    """A key fingerprint (hex SHA-256) as the app shows it and people read it aloud: eight
    groups of four decimal digits, each four bytes of the digest modulo 10,000 (the same
    as ``desktop.identity.fingerprint_digits``; the server may not import it)."""
    digest = bytes.fromhex(fingerprint_hex)
    groups = [int.from_bytes(digest[i : i + 4], "big") % 10_000 for i in range(0, 32, 4)]
    return " ".join(f"{g:04d}" for g in groups)


def invite_code(secret: str, org_fingerprint: str) -> str:
    """What an administrator hands a new user: the one-time secret and the organisation key's
    fingerprint prefix, so the client can pin the right organisation key at enrolment."""
    return f"{secret}-{org_fingerprint[:16]}"


def parse_invite_code(code: str) -> tuple[str, str]:
    """(secret, organisation fingerprint prefix); ValueError if malformed."""
    secret, _, prefix = code.strip().rpartition("-")
    if not secret or len(prefix) != 16 or any(c not in "0123456789abcdef" for c in prefix):
        raise ValueError("not an enrolment code")
    return secret, prefix


HelloResponse.model_rebuild()
