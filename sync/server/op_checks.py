"""What a pushed op must pass on its own, before the database is asked anything.

Text, names, sizes and signatures are checked here, outside the sequence lock, so a push
holds the lock only for what truly needs it (see :func:`sync.server.oplog.push`).
"""

from __future__ import annotations

from sync.protocol import (
    MAX_CIPHERTEXT,
    PushRequest,
    WireOp,
    b64d,
    op_bytes,
    padded_size,
    push_bytes,
)
from sync.server.common import Caller, signature_ok, storable

__all__ = ["Checked", "Rejected", "batch_signed", "check_alone", "decode"]


class Rejected(Exception):
    """Why one op is refused; the rest of its batch goes on."""


# An op's nonce, ciphertext and the bytes its signature covers, or why it is refused.
Checked = tuple[bytes, bytes, bytes] | Rejected


def decode(op: WireOp) -> tuple[bytes, bytes, bytes] | None:
    """An op's nonce, ciphertext and signed bytes; None if its base64 is broken."""
    try:
        nonce, ciphertext = b64d(op.nonce), b64d(op.ciphertext)
    except ValueError:
        return None
    return nonce, ciphertext, op_bytes(op, nonce, ciphertext)


def batch_signed(
    caller: Caller, request: PushRequest, decoded: list[tuple[bytes, bytes, bytes] | None]
) -> bool:
    if request.batch_signature is None:
        return False
    signed = []
    for op, d in zip(request.ops, decoded, strict=True):
        if d is None:  # that op is rejected below; the others are checked one by one
            return False
        signed.append((d[2], op.signature))
    return signature_ok(caller.signing_key, request.batch_signature, push_bytes(signed))


def check_alone(
    caller: Caller, op: WireOp, decoded: tuple[bytes, bytes, bytes] | None, batch_signed: bool
) -> Checked:
    """The decoded op, or why it is refused (what needs no database)."""
    if not storable(op):
        return Rejected("text holds NUL or a lone surrogate")
    if op.device != caller.device_id:
        return Rejected("the op names another device than the one pushing it")
    if op.author != caller.user_id:
        return Rejected("the op names another author than the pushing device's user")
    if decoded is None:
        return Rejected("nonce or ciphertext is not valid base64")
    if op.legacy is not None:
        return Rejected("entity, entity id, time and parents travel sealed, not in the clear")
    if len(decoded[1]) > MAX_CIPHERTEXT:
        return Rejected("the ciphertext is larger than one op may be; send it as a blob")
    if padded_size(len(decoded[1])) != len(decoded[1]):
        # The client pads every op; an unpadded one would show its size to the server.
        return Rejected("the ciphertext is not padded to a size bucket")
    if not batch_signed and not signature_ok(caller.signing_key, op.signature, decoded[2]):
        return Rejected("bad signature")
    return decoded
