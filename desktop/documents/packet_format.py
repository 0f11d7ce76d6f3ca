"""The ``.mdgpkt`` byte format: framing, chunk sealing, the signed manifest.

Only bytes and keys here; what a packet carries and where it goes (consent, the vault,
the audit log) is :mod:`desktop.documents.packets`.

Layout (all integers big-endian; details and rationale in docs/packets.md)::

    magic  "\\x89MDGPKT\\n"       8 bytes
    format version              u16
    header length               u32
    header                      canonical JSON: suite names, chunk size,
                                recipient key fingerprint, HPKE "enc"
    chunks                      u32 length || AES-256-GCM ciphertext, repeated

The HPKE output (ML-KEM-768 + X25519, HKDF-SHA256, AES-256-GCM) carries a fresh
random content key; its ``info`` binds the header's suite and recipient.  Each
chunk is sealed under the content key with nonce = chunk index and additional
data binding the SHA-256 of the header, the index and a final-chunk flag, so
altered, reordered, dropped, truncated or appended chunks all fail.

The decrypted stream is: u32 manifest length || manifest JSON || Ed25519
signature (64 bytes) || each file's bytes in manifest order.  The signature
covers the header hash and the manifest, and the manifest holds every file's
size and SHA-256, so the sender vouches for every byte.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import unicodedata
from collections.abc import Iterator
from typing import IO, Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.crypto.aead import bind
from desktop.errors import DocumentError
from desktop.identity import (
    KEM_NAME,
    Identity,
    KeyCard,
    KeyFileError,
    card_from_json,
    fingerprint_digits,
    suite,
)

__all__ = [
    "AEAD_NAME",
    "CHUNK_SIZE",
    "DAMAGED",
    "FORMAT_VERSION",
    "KDF_NAME",
    "MAGIC",
    "PREFIX",
    "U32",
    "ChunkWriter",
    "DamagedPacketError",
    "NotAPacketError",
    "PacketError",
    "PacketVersionError",
    "PlainReader",
    "SignatureError",
    "WrongRecipientError",
    "canonical",
    "hpke_info",
    "safe_name",
    "signed_bytes",
    "unseal",
]

MAGIC = b"\x89MDGPKT\n"
FORMAT_VERSION = 1
CHUNK_SIZE = 1024 * 1024
KDF_NAME = "HKDF-SHA256"
AEAD_NAME = "AES-256-GCM"
_TAG = 16
_MAX_HEADER = 64 * 1024
_MAX_MANIFEST = 4 * 1024 * 1024
_SIG = 64
_DOMAIN = "madoguchi-packet/v1"
PREFIX = struct.Struct(">8sHI")
U32 = struct.Struct(">I")
DAMAGED = (
    "The packet is damaged or was altered after it was sealed; nothing was written. "
    "Ask the sender to send it again."
)


class PacketError(DocumentError):
    """A packet cannot be opened; the message says why in one sentence."""

    code = "packet.failed"


class NotAPacketError(PacketError):
    """The file is not a Madoguchi packet at all."""

    code = "packet.not_a_packet"


class PacketVersionError(PacketError):
    """The packet uses a format version this Madoguchi cannot read."""

    code = "packet.version"


class WrongRecipientError(PacketError):
    """The packet is addressed to another key."""

    code = "packet.wrong_recipient"


class DamagedPacketError(PacketError):
    """Authentication failed: the packet was altered, truncated or reordered."""

    code = "packet.damaged"


class SignatureError(PacketError):
    """The manifest's signature does not verify with the sender key it names."""

    code = "packet.signature"


# -- writing -------------------------------------------------------------------------------
class ChunkWriter:
    """Buffers plaintext and seals it in CHUNK_SIZE pieces, always holding the last one back."""

    def __init__(self, handle: IO[bytes], key: bytes, header_hash: bytes, digest: Any) -> None:
        self._handle, self._aead, self._header_hash = handle, AESGCM(key), header_hash
        self._digest = digest
        self._buffer = bytearray()
        self._index = 0
        self.size = 0

    def raw(self, data: bytes) -> None:
        self._handle.write(data)
        self._digest.update(data)
        self.size += len(data)

    def write(self, data: bytes) -> None:
        self._buffer += data
        # Strictly more than a chunk: the final chunk must carry the final flag.
        while len(self._buffer) > CHUNK_SIZE:
            self._emit(bytes(self._buffer[:CHUNK_SIZE]), final=False)
            del self._buffer[:CHUNK_SIZE]

    def close(self) -> None:
        self._emit(bytes(self._buffer), final=True)
        self._buffer.clear()

    def _emit(self, plain: bytes, *, final: bool) -> None:
        ct = self._aead.encrypt(
            _nonce(self._index), plain, _chunk_ad(self._header_hash, self._index, final)
        )
        self.raw(U32.pack(len(ct)) + ct)
        self._index += 1


# -- reading -------------------------------------------------------------------------------
def _read_header(handle: BinaryIO) -> tuple[dict[str, Any], bytes]:
    head = handle.read(PREFIX.size)
    if len(head) < len(MAGIC) or head[: len(MAGIC)] != MAGIC:
        raise NotAPacketError("This file is not a Madoguchi packet (.mdgpkt).")
    if len(head) < PREFIX.size:
        raise DamagedPacketError(DAMAGED)
    _, version, length = PREFIX.unpack(head)
    if version != FORMAT_VERSION:
        raise PacketVersionError(
            f"This packet is format version {version}, but this Madoguchi opens version "
            f"{FORMAT_VERSION}; update Madoguchi or ask the sender for a version "
            f"{FORMAT_VERSION} packet.",
            version=version,
            format_version=FORMAT_VERSION,
        )
    raw = handle.read(length) if length <= _MAX_HEADER else b""
    try:
        header = json.loads(raw.decode("utf-8"))
        valid = (
            isinstance(header, dict)
            and canonical(header) == raw
            and header.get("format") == "madoguchi-packet"
            and header.get("version") == FORMAT_VERSION
            and isinstance(header.get("enc"), str)
            and isinstance(header.get("chunk_size"), int)
            and 0 < header["chunk_size"] <= 16 * CHUNK_SIZE
            and isinstance(header.get("recipient"), str)
            and len(bytes.fromhex(header["recipient"])) == 32
        )
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError):
        valid = False
    if not valid:
        raise DamagedPacketError(DAMAGED)
    if (header["kem"], header.get("kdf"), header.get("aead")) != (KEM_NAME, KDF_NAME, AEAD_NAME):
        raise PacketVersionError(
            f"This packet uses the {header['kem']}/{header.get('kdf')}/{header.get('aead')} "
            f"suite; this Madoguchi opens {KEM_NAME}/{KDF_NAME}/{AEAD_NAME} packets.",
            kem=header["kem"],
            kdf=header.get("kdf"),
            aead=header.get("aead"),
            kem_name=KEM_NAME,
            kdf_name=KDF_NAME,
            aead_name=AEAD_NAME,
        )
    return header, hashlib.sha256(head + raw).digest()


def _chunks(handle: BinaryIO, key: bytes, header_hash: bytes, chunk_size: int) -> Iterator[bytes]:
    """Authenticated plaintext chunks; a chunk is final exactly when the file ends after it."""
    aead = AESGCM(key)
    index = 0
    pending = _read_chunk(handle, chunk_size)
    if pending is None:
        raise DamagedPacketError(DAMAGED)
    while pending is not None:
        following = _read_chunk(handle, chunk_size)
        final = following is None
        try:
            yield aead.decrypt(_nonce(index), pending, _chunk_ad(header_hash, index, final))
        except InvalidTag as exc:
            raise DamagedPacketError(DAMAGED) from exc
        pending = following
        index += 1


def _read_chunk(handle: BinaryIO, chunk_size: int) -> bytes | None:
    head = handle.read(U32.size)
    if not head:
        return None
    if len(head) < U32.size:
        raise DamagedPacketError(DAMAGED)
    (length,) = U32.unpack(head)
    if not _TAG <= length <= chunk_size + _TAG:
        raise DamagedPacketError(DAMAGED)
    data = handle.read(length)
    if len(data) != length:
        raise DamagedPacketError(DAMAGED)
    return data


class PlainReader:
    """Exact-length reads across authenticated chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""

    def read(self, n: int) -> bytes:
        while len(self._buffer) < n:
            chunk = next(self._chunks, None)
            if chunk is None:
                raise DamagedPacketError(DAMAGED)
            self._buffer += chunk
        out, self._buffer = self._buffer[:n], self._buffer[n:]
        return out

    def stream(self, n: int) -> Iterator[bytes]:
        """``n`` bytes in pieces of at most one chunk (large files never sit in memory)."""
        while n > 0:
            if not self._buffer:
                chunk = next(self._chunks, None)
                if chunk is None:
                    raise DamagedPacketError(DAMAGED)
                self._buffer = chunk
            piece, self._buffer = self._buffer[:n], self._buffer[n:]
            n -= len(piece)
            yield piece

    def expect_end(self) -> None:
        """The stream must end exactly here (the final chunk is the last one)."""
        if self._buffer or any(True for chunk in self._chunks if chunk):
            raise DamagedPacketError(DAMAGED)


def unseal(identity: Identity, handle: BinaryIO) -> tuple[PlainReader, KeyCard, dict[str, Any]]:
    """Check the packet is for ``identity``, open its content key and its signed manifest;
    the files follow in the returned reader."""
    header, header_hash = _read_header(handle)
    if not identity.owns(header["recipient"]):
        short = "-".join(fingerprint_digits(bytes.fromhex(header["recipient"])).split()[:2])
        raise WrongRecipientError(
            f"This packet is for another recipient (key {short}-…); "
            "it cannot be opened with this vault.",
            short=short,
        )
    try:
        content_key = suite().decrypt(
            base64.b64decode(header["enc"], validate=True),
            identity.hpke_private,
            info=hpke_info(header),
        )
    except (InvalidTag, ValueError) as exc:
        raise DamagedPacketError(DAMAGED) from exc
    plain = PlainReader(_chunks(handle, content_key, header_hash, header["chunk_size"]))
    sender, manifest = _read_manifest(plain, header_hash, header["recipient"])
    return plain, sender, manifest


def _read_manifest(
    plain: PlainReader, header_hash: bytes, recipient: str
) -> tuple[KeyCard, dict[str, Any]]:
    (length,) = U32.unpack(plain.read(U32.size))
    if length > _MAX_MANIFEST:
        raise DamagedPacketError(DAMAGED)
    manifest_bytes = plain.read(length)
    signature = plain.read(_SIG)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        sender = card_from_json(manifest["sender"])
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, KeyFileError) as exc:
        raise DamagedPacketError(DAMAGED) from exc
    try:
        sender.signing_key().verify(signature, signed_bytes(header_hash, manifest_bytes))
    except InvalidSignature as exc:
        raise SignatureError(
            "The packet's signature does not match the sender key it names; "
            "do not trust its contents and ask the sender to seal it again."
        ) from exc
    files = manifest.get("files")
    if manifest.get("recipient") != recipient or not isinstance(files, list):
        raise DamagedPacketError(DAMAGED)
    names = set()
    for entry in files:
        ok = (
            isinstance(entry, dict)
            and isinstance(entry.get("name"), str)
            and safe_name(entry["name"]) == entry["name"]
            and isinstance(entry.get("size"), int)
            and entry["size"] >= 0
            and isinstance(entry.get("sha256"), str)
        )
        if not ok or entry["name"].casefold() in names:
            raise DamagedPacketError(DAMAGED)
        names.add(entry["name"].casefold())
    return sender, manifest


def safe_name(name: str) -> str:
    cleaned = unicodedata.normalize("NFC", name).replace("/", "_").replace("\\", "_")
    cleaned = "".join(ch for ch in cleaned if ch.isprintable()).strip().lstrip(".")
    return cleaned[:200] or "file"


# -- shared --------------------------------------------------------------------------------
def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def hpke_info(header: dict[str, Any]) -> bytes:
    return bind(_DOMAIN, header["kem"], header["kdf"], header["aead"], header["chunk_size"],
                header["recipient"])  # fmt: skip


def _nonce(index: int) -> bytes:
    # The content key is fresh for every packet, so a counter nonce never repeats.
    return index.to_bytes(12, "big")


def _chunk_ad(header_hash: bytes, index: int, final: bool) -> bytes:
    return bind(_DOMAIN + "/chunk", header_hash, index, 1 if final else 0)


def signed_bytes(header_hash: bytes, manifest: bytes) -> bytes:
    return bind(_DOMAIN + "/manifest", header_hash, manifest)
