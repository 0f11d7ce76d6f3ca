"""The vault's own key pair: receives sealed packets and signs the ones it sends.

Two keys, made on first use and kept sealed in the vault (``sealed_records.IDENTITY``):

- an HPKE key pair on the ML-KEM-768 + X25519 hybrid KEM, so a packet stays
  confidential even against a later quantum computer (referral files stay
  sensitive for decades);
- an Ed25519 signing key, so a recipient can see who sealed a packet.

The public half travels as a small versioned JSON *key card* (``.mdgkey``).  Its
fingerprint is SHA-256 over the card's canonical bytes (sorted keys, no spaces,
UTF-8), read aloud as eight groups of four digits.  Display name and
organisation are inside the card, so the phone check confirms *whose* key it is,
not only the key bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519

from desktop.errors import MadoguchiError, VaultCorruptError
from desktop.organisation import read_letterhead
from desktop.store.sealed_records import IDENTITY, IdentityRecord
from desktop.store.vault import Vault

__all__ = [
    "CARD_FORMAT",
    "CARD_VERSION",
    "KEM_NAME",
    "SIGNATURE_NAME",
    "Identity",
    "KeyCard",
    "KeyFileError",
    "card_from_bytes",
    "ensure_identity",
    "fingerprint_digits",
    "load_identity",
    "rename_identity",
    "suite",
]

CARD_FORMAT = "madoguchi-public-key"
CARD_VERSION = 1
KEM_NAME = "MLKEM768-X25519"
SIGNATURE_NAME = "Ed25519"
MAX_CARD_BYTES = 16 * 1024
_MLKEM_PUBLIC_BYTES = 1184
_X25519_BYTES = 32
_ED25519_BYTES = 32
_MAX_NAME_CHARS = 200


class KeyFileError(MadoguchiError):
    """A public key file is malformed, of another kind or of an unknown version."""

    code = "identity.key_file"


def suite() -> hpke.Suite:
    """The one HPKE suite Madoguchi uses (see docs/packets.md)."""
    return hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def fingerprint_digits(digest: bytes) -> str:
    """Eight groups of four decimal digits, e.g. ``0381 7724 …`` (about 106 bits).

    Digits read aloud the same way in Japanese and English and need no word list.
    Each group is four bytes of the digest taken modulo 10,000.
    """
    groups = [int.from_bytes(digest[i : i + 4], "big") % 10_000 for i in range(0, 32, 4)]
    return " ".join(f"{g:04d}" for g in groups)


@dataclass(frozen=True)
class KeyCard:
    """The public half of an identity, as exchanged in a ``.mdgkey`` file."""

    display_name: str
    organisation: str
    hpke_public: bytes  # ML-KEM-768 public key (1184 bytes) || X25519 public key (32 bytes)
    signing_public: bytes  # Ed25519, 32 bytes
    created: str  # ISO 8601, UTC

    def to_json(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "version": CARD_VERSION,
            "display_name": self.display_name,
            "organisation": self.organisation,
            "kem": KEM_NAME,
            "hpke_public_key": base64.b64encode(self.hpke_public).decode(),
            "signature": SIGNATURE_NAME,
            "signing_public_key": base64.b64encode(self.signing_public).decode(),
            "created": self.created,
        }

    def canonical_bytes(self) -> bytes:
        """The exact bytes of the key file and of the fingerprint's input."""
        return json.dumps(
            self.to_json(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8")

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.canonical_bytes()).digest()

    @property
    def fingerprint(self) -> str:
        """Hex SHA-256 of the canonical card: the stable id of this key."""
        return self.digest.hex()

    @property
    def fingerprint_digits(self) -> str:
        """The fingerprint as read aloud: eight groups of four digits."""
        return fingerprint_digits(self.digest)

    @property
    def short_id(self) -> str:
        """The first two digit groups, e.g. ``0381-7724``, for messages."""
        return "-".join(self.fingerprint_digits.split()[:2])

    def hpke_key(self) -> hpke.MLKEM768X25519PublicKey:
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(self.hpke_public[:_MLKEM_PUBLIC_BYTES]),
            x25519.X25519PublicKey.from_public_bytes(self.hpke_public[_MLKEM_PUBLIC_BYTES:]),
        )

    def signing_key(self) -> ed25519.Ed25519PublicKey:
        return ed25519.Ed25519PublicKey.from_public_bytes(self.signing_public)


def card_from_json(data: object) -> KeyCard:
    """Validate a decoded key card; raise :class:`KeyFileError` naming the first problem."""
    if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
        raise KeyFileError("This is not a Madoguchi public key file.")
    version = data.get("version")
    if version != CARD_VERSION:
        raise KeyFileError(
            f"This key file is version {version}, but this Madoguchi reads version "
            f"{CARD_VERSION}; ask the sender to export it again or update Madoguchi.",
            version=version,
            card_version=CARD_VERSION,
        )
    if data.get("kem") != KEM_NAME or data.get("signature") != SIGNATURE_NAME:
        raise KeyFileError(
            f"This key file uses {data.get('kem')}/{data.get('signature')} keys; "
            f"Madoguchi needs {KEM_NAME}/{SIGNATURE_NAME}.",
            kem=data.get("kem"),
            signature=data.get("signature"),
            kem_name=KEM_NAME,
            signature_name=SIGNATURE_NAME,
        )
    names = {}
    for field in ("display_name", "organisation", "created"):
        value = data.get(field)
        if not isinstance(value, str) or len(value) > _MAX_NAME_CHARS:
            raise KeyFileError(
                f"The key file's '{field}' is missing or not a short text.", field=field
            )
        names[field] = value
    if not names["display_name"].strip() and not names["organisation"].strip():
        raise KeyFileError("The key file names neither a person nor an organisation.")
    hpke_public = _b64_field(data, "hpke_public_key", _MLKEM_PUBLIC_BYTES + _X25519_BYTES)
    signing_public = _b64_field(data, "signing_public_key", _ED25519_BYTES)
    card = KeyCard(
        display_name=names["display_name"],
        organisation=names["organisation"],
        hpke_public=hpke_public,
        signing_public=signing_public,
        created=names["created"],
    )
    try:  # the bytes must also be real keys, not only the right length
        card.hpke_key()
        card.signing_key()
    except ValueError as exc:
        raise KeyFileError("The key file holds a damaged public key.") from exc
    return card


def card_from_bytes(raw: bytes) -> KeyCard:
    """Parse a ``.mdgkey`` file's bytes (any JSON layout; canonicalised for the fingerprint)."""
    if len(raw) > MAX_CARD_BYTES:
        raise KeyFileError("This file is too large to be a Madoguchi public key file.")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KeyFileError("This is not a Madoguchi public key file (it is not JSON).") from exc
    return card_from_json(data)


def _b64_field(data: dict[str, Any], field: str, length: int) -> bytes:
    value = data.get(field)
    try:
        raw = base64.b64decode(str(value), validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != length:
        raise KeyFileError(f"The key file's '{field}' is missing or damaged.", field=field)
    return raw


@dataclass(frozen=True)
class Identity:
    """This vault's private keys and its current key card."""

    card: KeyCard
    hpke_private: hpke.MLKEM768X25519PrivateKey
    signing_private: ed25519.Ed25519PrivateKey
    previous_fingerprints: tuple[str, ...] = ()

    def owns(self, fingerprint: str) -> bool:
        """Whether a packet addressed to ``fingerprint`` is for this vault (old cards count)."""
        return fingerprint == self.card.fingerprint or fingerprint in self.previous_fingerprints

    def key_file(self) -> bytes:
        """The ``.mdgkey`` file to hand to others (canonical JSON)."""
        return self.card.canonical_bytes()


def _clean_name(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()[:_MAX_NAME_CHARS]


def load_identity(vault: Vault) -> Identity | None:
    """The vault's identity, or None if none was made yet."""
    raw = IDENTITY.read(vault)
    if raw is None:
        return None
    try:
        card = card_from_json(raw.card)
        seeds = {
            k: base64.b64decode(getattr(raw, k), validate=True)
            for k in ("mlkem", "x25519", "ed25519")
        }
        private = hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(seeds["mlkem"]),
            x25519.X25519PrivateKey.from_private_bytes(seeds["x25519"]),
        )
        signing = ed25519.Ed25519PrivateKey.from_private_bytes(seeds["ed25519"])
        previous = raw.previous_fingerprints
    except (KeyError, ValueError, TypeError, KeyFileError) as exc:
        raise VaultCorruptError("The vault's own key pair is damaged.") from exc
    return Identity(card, private, signing, previous)


def ensure_identity(
    vault: Vault, *, display_name: str | None = None, organisation: str | None = None
) -> Identity:
    """The vault's identity, created (and audited) on first use.

    Names default to the vault's user id and the letterhead's organisation name;
    they are only used when the identity is first made (see :func:`rename_identity`).
    """
    existing = load_identity(vault)
    if existing is not None:
        return existing
    if organisation is None:
        organisation = read_letterhead(vault).name
    mlkem_key = mlkem.MLKEM768PrivateKey.generate()
    x_key = x25519.X25519PrivateKey.generate()
    signing = ed25519.Ed25519PrivateKey.generate()
    hpke_private = hpke.MLKEM768X25519PrivateKey(mlkem_key, x_key)
    card = KeyCard(
        display_name=_clean_name(display_name or vault.device.user_id),
        organisation=_clean_name(organisation),
        hpke_public=mlkem_key.public_key().public_bytes_raw()
        + x_key.public_key().public_bytes_raw(),
        signing_public=signing.public_key().public_bytes_raw(),
        created=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    identity = Identity(card, hpke_private, signing)
    _store(vault, identity, mlkem_key.private_bytes_raw(), x_key.private_bytes_raw())
    vault.record_audit("identity_created", "", {"fingerprint": card.fingerprint})
    return identity


def rename_identity(vault: Vault, *, display_name: str, organisation: str) -> Identity:
    """Issue a new key card with other names for the same keys.

    The fingerprint changes (the names are part of it), so contacts must import
    the new card; packets addressed to an older card still open here.
    """
    current = ensure_identity(vault)
    raw = IDENTITY.read(vault)
    if raw is None:  # ensure_identity stored it just now
        raise VaultCorruptError("The vault's own key pair is damaged.")
    card = KeyCard(
        display_name=_clean_name(display_name),
        organisation=_clean_name(organisation),
        hpke_public=current.card.hpke_public,
        signing_public=current.card.signing_public,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    previous = (*current.previous_fingerprints, current.card.fingerprint)
    renamed = Identity(card, current.hpke_private, current.signing_private, previous)
    _store(
        vault,
        renamed,
        base64.b64decode(raw.mlkem),
        base64.b64decode(raw.x25519),
    )
    vault.record_audit("identity_renamed", "", {"fingerprint": card.fingerprint})
    return renamed


def _store(vault: Vault, identity: Identity, mlkem_seed: bytes, x25519_raw: bytes) -> None:
    IDENTITY.write(
        vault,
        IdentityRecord(
            card=identity.card.to_json(),
            mlkem=base64.b64encode(mlkem_seed).decode(),
            x25519=base64.b64encode(x25519_raw).decode(),
            ed25519=base64.b64encode(identity.signing_private.private_bytes_raw()).decode(),
            previous_fingerprints=identity.previous_fingerprints,
        ),
    )
