"""Signing ops and grants, wrapping case keys to key cards, checking certificates.

A case key travels to another user only HPKE-wrapped (ML-KEM-768 + X25519) to the key card
the organisation certified for that user's device.  The HPKE ``info`` binds the case id, key
id and recipient user id, so a wrap cannot be replayed as another case's or user's key.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from desktop.identity import Identity, KeyCard, KeyFileError, card_from_json, suite
from desktop.store.oplog import OpHeader, SealedOp
from desktop.store.sync_state import WRAPPED, RemoteOp
from sync import _client_wire as wire
from sync._client_http import KeySubstitutionError, SyncError
from sync.protocol import (
    ORG_GRANTER,
    Certificate,
    DirectoryEntry,
    Grant,
    KeyCardWire,
    OrgInfo,
    PushRequest,
    WireOp,
    b64d,
    b64e,
    case_key_info,
    certificate_bytes,
    grant_bytes,
    op_bytes,
    push_bytes,
)

_WRAPPED_BYTES = 32 + 16  # AES-256 key + GCM tag; the rest of HPKE's output is the encapsulation


def key_card_wire(identity: Identity) -> KeyCardWire:
    return KeyCardWire(
        card=identity.card.to_json(),
        fingerprint=identity.card.fingerprint,
        signing_key=b64e(identity.card.signing_public),
    )


def org_fingerprint(public_key_b64: str) -> str:
    """SHA-256 hex of the raw Ed25519 organisation key (what invite codes carry a prefix of)."""
    return hashlib.sha256(b64d(public_key_b64)).hexdigest()


def to_wire(sealed: SealedOp, identity: Identity, blob_ids: list[str], key: bytes) -> WireOp:
    """The op as it travels, in its transport envelope under the case ``key`` (entity,
    entity id, HLC and parents sealed and padded, sync/_client_wire.py), signed by this
    device (protocol.op_bytes)."""
    return signed_wire(sealed, identity, blob_ids, key)[0]


def signed_wire(
    sealed: SealedOp, identity: Identity, blob_ids: list[str], key: bytes
) -> tuple[WireOp, bytes]:
    """:func:`to_wire` and the op's signed bytes (the batch signature hashes them again)."""
    h = sealed.header
    nonce, ciphertext = wire.seal_op(sealed, key)
    fields = {
        "op_id": h.op_id, "case_id": h.case_id, "author": h.author, "device": h.device,
        "key_id": h.key_id, "schema_version": h.schema, "nonce": b64e(nonce),
        "ciphertext": b64e(ciphertext), "signature": "", "blobs": sorted(blob_ids),
    }  # fmt: skip
    unsigned = WireOp.model_validate(fields)  # validated once: nothing sent breaks the schema
    signed = op_bytes(unsigned, nonce, ciphertext)
    fields["signature"] = b64e(identity.signing_private.sign(signed))
    # The same fields, validated above; only the signature differs (a base64 string).
    return WireOp.model_construct(**fields, seq=0, legacy=None), signed  # type: ignore[arg-type]


def batch_signed(ops: list[WireOp], signed: list[bytes], identity: Identity) -> PushRequest:
    """The push of ``ops`` signed as a whole, from each op's signed bytes (as
    :func:`signed_wire` gave them: not computed twice)."""
    pairs = [(data, op.signature) for op, data in zip(ops, signed, strict=True)]
    signature = identity.signing_private.sign(push_bytes(pairs))
    return PushRequest.model_construct(ops=ops, batch_signature=b64e(signature))


def from_wire(op: WireOp) -> RemoteOp:
    """The op as received: still in its transport envelope (header entity
    ``sync_state.WRAPPED``; apply_remote opens it with :func:`open_envelope` once the case key is
    there), or, for an op a version-2 client pushed, the vault's sealed op itself."""
    legacy = op.legacy
    header = OpHeader(
        op_id=op.op_id, case_id=op.case_id,
        entity=legacy.entity if legacy else WRAPPED,
        entity_id=legacy.entity_id if legacy else "",
        hlc=legacy.hlc if legacy else "",
        parents=tuple(legacy.parents) if legacy else (),
        author=op.author, device=op.device, key_id=op.key_id, schema=op.schema_version,
    )  # fmt: skip
    try:
        nonce, ciphertext = b64d(op.nonce), b64d(op.ciphertext)
    except ValueError:
        nonce, ciphertext = b"", b""  # fails authentication, so it is quarantined
    return RemoteOp(SealedOp(header, nonce, ciphertext, sync_state="synced"), op.seq)


def open_envelope(wrapped: SealedOp, key: bytes) -> SealedOp:
    """The vault op inside a received envelope (``sync_state.Unwrap``)."""
    return wire.unseal_op(wrapped, key)


def _info(case_id: str, key_id: str, user_id: str) -> bytes:
    return case_key_info(case_id, key_id, user_id)


def wrap_for(
    card: KeyCard,
    *,
    case_id: str,
    key_id: str,
    user_id: str,
    recipient_device: str,
    key: bytes,
    identity: Identity,
    device_id: str,
    manage: bool = False,
) -> Grant:
    """A grant of one case key to the key card of one device (``recipient_device``) of a
    user, signed by this device (``device_id``); ``manage`` makes the user an owner."""
    sealed = suite().encrypt(key, card.hpke_key(), info=_info(case_id, key_id, user_id))
    unsigned = Grant(
        case_id=case_id, user_id=user_id, key_id=key_id, device_id=recipient_device,
        enc=b64e(sealed[:-_WRAPPED_BYTES]), wrapped=b64e(sealed[-_WRAPPED_BYTES:]),
        recipient_fingerprint=card.fingerprint, granted_by=device_id, signature="",
        manage=manage,
    )  # fmt: skip
    signature = identity.signing_private.sign(grant_bytes(unsigned))
    return unsigned.model_copy(update={"signature": b64e(signature)})


def unwrap(grant: Grant, identity: Identity) -> bytes:
    """The case key in a grant addressed to this vault; SyncError if it does not open."""
    if not identity.owns(grant.recipient_fingerprint):
        raise SyncError(
            f"A key for case {grant.case_id} was wrapped to another device's key.",
            case_id=grant.case_id,
        )
    try:
        sealed = b64d(grant.enc) + b64d(grant.wrapped)
        key = suite().decrypt(
            sealed, identity.hpke_private, info=_info(grant.case_id, grant.key_id, grant.user_id)
        )
    except Exception:  # noqa: BLE001 - any failure to open means the same: unusable grant
        raise SyncError(
            f"The key for case {grant.case_id} could not be opened.", case_id=grant.case_id
        ) from None
    if len(key) != 32:
        raise SyncError(
            f"The key for case {grant.case_id} has the wrong length.", case_id=grant.case_id
        )
    return key


def verify_certificate(
    cert: Certificate, org: OrgInfo, *, user_id: str, device_id: str, card: KeyCardWire
) -> KeyCard:
    """The certified key card, or KeySubstitutionError: the organisation (pinned at enrolment)
    must have signed exactly this user, device and key fingerprint."""
    problem = _certificate_problem(cert, org, user_id=user_id, device_id=device_id, card=card)
    if problem:
        raise KeySubstitutionError(
            f"The server presented a key for {user_id} that the organisation did not certify "
            f"({problem}); nothing was shared. Tell your administrator.",
            user_id=user_id,
            problem=problem,
        )
    return card_from_json(card.card)


def _certificate_problem(
    cert: Certificate, org: OrgInfo, *, user_id: str, device_id: str, card: KeyCardWire
) -> str:
    if cert.org_id != org.org_id:
        return "another organisation"
    if cert.user_id != user_id or cert.device_id != device_id:
        return "issued to someone else"
    try:
        parsed = card_from_json(card.card)
    except KeyFileError:
        return "a damaged key card"
    if parsed.fingerprint != card.fingerprint or cert.key_fingerprint != parsed.fingerprint:
        return "the key's fingerprint differs from the certified one"
    if card.signing_key != b64e(parsed.signing_public):
        return "the signing key differs from the key card's"
    try:
        org_key = ed25519.Ed25519PublicKey.from_public_bytes(b64d(org.public_key))
        org_key.verify(b64d(cert.signature), certificate_bytes(cert))
    except (InvalidSignature, ValueError):
        return "the organisation's signature does not verify"
    return ""


def verify_grant(
    grant: Grant,
    granter: DirectoryEntry | None,
    org: OrgInfo,
    certified: dict[str, KeyCard] | None = None,
) -> None:
    """A received grant must be signed by a device the organisation certified.

    ``certified`` (device id -> key card) remembers granters whose certificate was already
    checked against ``org`` for this directory, so a pull of thousands of grants from one
    colleague checks the certificate once, not once per grant.

    A grant made by ``admin recover-cases`` (granted_by ORG_GRANTER) must carry a valid
    signature by the organisation key itself, the one pinned at enrolment."""
    if grant.granted_by == ORG_GRANTER:
        _verify_org_grant(grant, org)
        return
    if granter is None:
        raise KeySubstitutionError(
            f"A key for case {grant.case_id} was granted by device {grant.granted_by}, which "
            "is not in the organisation's directory; it was not used.",
            case_id=grant.case_id,
            granted_by=grant.granted_by,
        )
    if granter.status == "revoked" and not made_before_revocation(grant, granter):
        raise KeySubstitutionError(
            f"A key for case {grant.case_id} was granted by device {grant.granted_by} after "
            "that device was revoked; it was not used.",
            code="sync.key_substitution.revoked_granter",
            case_id=grant.case_id,
            granted_by=grant.granted_by,
        )
    card = certified.get(granter.device_id) if certified is not None else None
    if card is None:
        card = verify_certificate(
            granter.certificate,
            org,
            user_id=granter.user_id,
            device_id=granter.device_id,
            card=granter.key_card,
        )
        if certified is not None:
            certified[granter.device_id] = card
    try:
        card.signing_key().verify(b64d(grant.signature), grant_bytes(grant))
    except (InvalidSignature, ValueError):
        raise KeySubstitutionError(
            f"The key for case {grant.case_id} carries a signature that does not verify; "
            "it was not used.",
            case_id=grant.case_id,
        ) from None


def made_before_revocation(grant: Grant, granter: DirectoryEntry) -> bool:
    """Whether the server numbered ``grant`` before it revoked ``granter``: then the device
    was still trusted when it made the grant (a colleague who pulls it only now must still
    be able to open the case).  Numbers are the server's shared sequence; a grant without a
    number (0) or a revocation without one counts as after."""
    return grant.seq > 0 and granter.revoked_seq is not None and grant.seq < granter.revoked_seq


def _verify_org_grant(grant: Grant, org: OrgInfo) -> None:
    try:
        org_key = ed25519.Ed25519PublicKey.from_public_bytes(b64d(org.public_key))
        org_key.verify(b64d(grant.signature), grant_bytes(grant))
    except (InvalidSignature, ValueError):
        raise KeySubstitutionError(
            f"A key for case {grant.case_id} claims to come from the organisation's recovery "
            "but is not signed by the organisation key; it was not used.",
            code="sync.key_substitution.org_grant",
            case_id=grant.case_id,
        ) from None


def signing_key_b64(identity: Identity) -> str:
    return base64.b64encode(identity.card.signing_public).decode()
