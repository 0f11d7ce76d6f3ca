"""Key wrapping and the human-readable recovery key."""

from __future__ import annotations

import base64
import hashlib
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.crypto.aead import AuthenticationError, open_sealed, seal

RECOVERY_BYTES = 32
_CHECK_BYTES = 2


def wrap_key(kek: bytes, key: bytes, ad: bytes) -> bytes:
    """Encrypt ``key`` under ``kek``; the result is nonce || ciphertext."""
    nonce, ct = seal(kek, key, ad)
    return nonce + ct


def unwrap_key(kek: bytes, wrapped: bytes, ad: bytes) -> bytes:
    """Inverse of :func:`wrap_key`; raises AuthenticationError on a wrong key or tampering."""
    if len(wrapped) < 12 + 16:
        raise AuthenticationError("wrapped key too short")
    return open_sealed(kek, wrapped[:12], wrapped[12:], ad)


def subkey(master: bytes, purpose: str) -> bytes:
    """A purpose-specific key derived from a master key (HKDF-SHA256)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"madoguchi/{purpose}".encode()
    ).derive(master)


def new_recovery_secret() -> bytes:
    return os.urandom(RECOVERY_BYTES)


def format_recovery_key(secret: bytes) -> str:
    """Groups of four base32 characters with a 16-bit checksum that catches typos."""
    check = hashlib.sha256(secret).digest()[:_CHECK_BYTES]
    text = base64.b32encode(secret + check).decode().rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The secret in a typed recovery key, or None if it is malformed or mistyped."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        raw = base64.b32decode(padded)
    except ValueError:
        return None
    if len(raw) != RECOVERY_BYTES + _CHECK_BYTES:
        return None
    secret, check = raw[:RECOVERY_BYTES], raw[RECOVERY_BYTES:]
    if hashlib.sha256(secret).digest()[:_CHECK_BYTES] != check:
        return None
    return secret


def recovery_kek(secret: bytes) -> bytes:
    """The recovery key has full entropy, so HKDF (not a slow KDF) is enough."""
    return subkey(secret, "recovery-kek/v1")
