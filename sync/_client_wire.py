"""The transport envelope: what of an op and of an evidence chunk the server gets to see.

The vault keeps an op as a clear header (ids, entity, entity id, HLC, parents, author,
device, key id, schema) and a ciphertext bound to all of it.  On the wire the entity, entity
id, HLC and parents move *inside* a second AES-256-GCM seal under the same case key,
together with the vault's own nonce and ciphertext, and the whole is padded to a size
bucket (``sync.protocol.padded_size``).  The envelope's additional data binds what stays
clear (op id, case id, key id, author, device, schema), so none of those can be moved or
changed either.  The receiver opens the envelope and gets back the op exactly as the
author's vault keeps it, so the local format does not change.

Why re-seal the whole op rather than seal only the moved fields beside the vault's
ciphertext: padding has to hide the *op's* size, and a separate header ciphertext next to an
unpadded op ciphertext would leave the op's own length in the clear (measured in
notes/trust-trust-metadata.md: the second seal costs about 2 µs per op).

Evidence chunks: the vault's sealed chunk (nonce + ciphertext bound to blob id, case id and
index) is wrapped the same way, bound to blob id, case id, key id, index and chunk count,
and padded so that a chunk's length on the wire is ``padded_size(plaintext length) +
CHUNK_OVERHEAD``: a full 1 MiB chunk needs no padding, a last, short one hides its size.

The padding is zero bytes inside the sealed plaintext: altering it fails authentication,
and a plaintext whose padding is not all zeros is refused too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.crypto.aead import NONCE_BYTES, open_sealed
from desktop.store.oplog import OpHeader, SealedOp
from sync.protocol import canonical, padded_size

__all__ = [
    "CHUNK_OVERHEAD",
    "TAG_BYTES",
    "envelope_length",
    "seal_chunk",
    "seal_op",
    "unseal_chunk",
    "unseal_op",
]

TAG_BYTES = 16  # AES-GCM's tag
_LENGTH = struct.Struct(">I")
# The vault's own sealed chunk is its plaintext plus a nonce and a tag.
_VAULT_CHUNK_OVERHEAD = NONCE_BYTES + TAG_BYTES
# A wire chunk: envelope nonce, length of the vault chunk, the vault's overhead, tag.
CHUNK_OVERHEAD = NONCE_BYTES + _LENGTH.size + _VAULT_CHUNK_OVERHEAD + TAG_BYTES


def _op_binding(h: OpHeader) -> bytes:
    return canonical("wire-op", h.op_id, h.case_id, h.key_id, h.author, h.device, h.schema)


def _framed(*parts: bytes) -> bytes:
    return b"".join(_LENGTH.pack(len(part)) + part for part in parts)


def _unframed(plain: bytes, count: int) -> tuple[list[bytes], int]:
    """``count`` length-prefixed parts from the start of ``plain`` and where they end."""
    parts, at = [], 0
    for _ in range(count):
        (length,) = _LENGTH.unpack_from(plain, at)
        at += _LENGTH.size
        if at + length > len(plain):
            raise ValueError("a part runs past the end")
        parts.append(plain[at : at + length])
        at += length
    return parts, at


def _seal_deterministic(key: bytes, plaintext: bytes, binding: bytes) -> tuple[bytes, bytes]:
    """AES-GCM with a synthetic nonce, HMAC-SHA256(key, binding, plaintext): the same op
    (or chunk) sealed twice gives the same bytes, so a resent push is a "duplicate" on the
    server (which compares signatures) and a resent chunk is not "other bytes".  A nonce
    repeats only for the identical plaintext and binding, which reveals nothing new."""
    mac = hmac.new(key, b"madoguchi-wire-nonce", hashlib.sha256)
    mac.update(_LENGTH.pack(len(binding)) + binding)
    mac.update(plaintext)
    nonce = mac.digest()[:NONCE_BYTES]
    return nonce, AESGCM(key).encrypt(nonce, plaintext, binding)


def _padded(body: bytes, bucket: int) -> bytes:
    return body + bytes(bucket - len(body))


def _check_padding(plain: bytes, end: int) -> None:
    """The bytes after ``end`` must all be zero (they are authenticated anyway; this keeps
    the padding canonical, so nothing can ever be hidden in it)."""
    if plain.count(0, end) != len(plain) - end:
        raise ValueError("the padding is not all zeros")


def _moved(h: OpHeader) -> bytes:
    return json.dumps(
        [h.entity, h.entity_id, h.hlc, list(h.parents)], ensure_ascii=False, separators=(",", ":")
    ).encode()


def envelope_length(sealed: SealedOp) -> int:
    """The length :func:`seal_op` will give the op's ciphertext (to size push requests)."""
    body = 3 * _LENGTH.size + len(_moved(sealed.header)) + len(sealed.nonce)
    return padded_size(body + len(sealed.ciphertext) + TAG_BYTES)


def seal_op(sealed: SealedOp, key: bytes) -> tuple[bytes, bytes]:
    """(nonce, ciphertext) of the envelope of a vault op; the ciphertext's length (tag
    included) is a padded_size bucket."""
    h = sealed.header
    body = _framed(_moved(h), sealed.nonce, sealed.ciphertext)
    bucket = padded_size(len(body) + TAG_BYTES) - TAG_BYTES
    return _seal_deterministic(key, _padded(body, bucket), _op_binding(h))


def unseal_op(wrapped: SealedOp, key: bytes) -> SealedOp:
    """The vault op inside an envelope whose clear fields are ``wrapped.header``'s;
    AuthenticationError if it was altered, ValueError if its inside is malformed."""
    clear = wrapped.header
    if padded_size(len(wrapped.ciphertext)) != len(wrapped.ciphertext):
        raise ValueError("the envelope is not padded to a bucket")
    plain = open_sealed(key, wrapped.nonce, wrapped.ciphertext, _op_binding(clear))
    (moved_json, nonce, ciphertext), end = _unframed_checked(plain, 3)
    _check_padding(plain, end)
    moved = json.loads(moved_json)
    if not (isinstance(moved, list) and len(moved) == 4 and isinstance(moved[3], list)):
        raise ValueError("the sealed header is malformed")
    entity, entity_id, hlc, parents = moved
    if not all(isinstance(v, str) and v for v in (entity, entity_id, hlc)) or not all(
        isinstance(p, str) for p in parents
    ):
        raise ValueError("the sealed header is malformed")
    header = OpHeader(
        op_id=clear.op_id, case_id=clear.case_id, entity=entity, entity_id=entity_id, hlc=hlc,
        parents=tuple(parents), author=clear.author, device=clear.device, key_id=clear.key_id,
        schema=clear.schema,
    )  # fmt: skip
    return SealedOp(header, nonce, ciphertext, sync_state="synced")


def _unframed_checked(plain: bytes, count: int) -> tuple[list[bytes], int]:
    try:
        return _unframed(plain, count)
    except struct.error:
        raise ValueError("the envelope is cut short") from None


def _chunk_binding(blob_id: str, case_id: str, key_id: str, index: int, chunks: int) -> bytes:
    return canonical("wire-chunk", blob_id, case_id, key_id, index, chunks)


def seal_chunk(
    vault_chunk: bytes, key: bytes, *, blob_id: str, case_id: str, key_id: str, index: int,
    chunks: int,
) -> bytes:  # fmt: skip
    """The wire form of one of the vault's sealed chunks: nonce + envelope ciphertext, of
    length ``padded_size(chunk plaintext length) + CHUNK_OVERHEAD``."""
    plain_length = len(vault_chunk) - _VAULT_CHUNK_OVERHEAD
    if plain_length < 0:
        raise ValueError("a sealed chunk is shorter than its nonce and tag")
    bucket = padded_size(plain_length) + _LENGTH.size + _VAULT_CHUNK_OVERHEAD
    body = _padded(_framed(vault_chunk), bucket)
    binding = _chunk_binding(blob_id, case_id, key_id, index, chunks)
    nonce, ciphertext = _seal_deterministic(key, body, binding)
    return nonce + ciphertext


def unseal_chunk(
    wire_chunk: bytes, key: bytes, *, blob_id: str, case_id: str, key_id: str, index: int,
    chunks: int,
) -> bytes:  # fmt: skip
    """The vault's sealed chunk inside a wire chunk; AuthenticationError if it was altered
    (or belongs elsewhere), ValueError if its inside is malformed."""
    nonce, ciphertext = wire_chunk[:NONCE_BYTES], wire_chunk[NONCE_BYTES:]
    binding = _chunk_binding(blob_id, case_id, key_id, index, chunks)
    plain = open_sealed(key, nonce, ciphertext, binding)
    (vault_chunk,), end = _unframed_checked(plain, 1)
    _check_padding(plain, end)
    return vault_chunk
