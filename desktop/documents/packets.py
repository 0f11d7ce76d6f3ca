"""Sealed referral packets (``.mdgpkt``): files for one recipient, signed by the sender.

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
import contextlib
import hashlib
import json
import os
import shutil
import struct
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.cases.model import ConsentPurpose
from desktop.cases.service import CaseService
from desktop.crypto.aead import bind, new_key
from desktop.documents.contacts import Contact, find_by_signing_key
from desktop.errors import DocumentError, InvalidValueError, VaultCorruptError
from desktop.identity import (
    KEM_NAME,
    Identity,
    KeyCard,
    KeyFileError,
    card_from_json,
    ensure_identity,
    fingerprint_digits,
    suite,
)
from desktop.store.atomic import atomic_writer
from desktop.store.vault import Vault

__all__ = [
    "CHUNK_SIZE",
    "FORMAT_VERSION",
    "DamagedPacketError",
    "NotAPacketError",
    "OpenedFile",
    "OpenedPacket",
    "PacketError",
    "PacketResult",
    "PacketVersionError",
    "SenderInfo",
    "SignatureError",
    "WrongRecipientError",
    "open_packet",
    "seal_packet",
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
_PREFIX = struct.Struct(">8sHI")
_U32 = struct.Struct(">I")
_DAMAGED = (
    "The packet is damaged or was altered after it was sealed; nothing was written. "
    "Ask the sender to send it again."
)


class PacketError(DocumentError):
    """A packet cannot be opened; the message says why in one sentence."""


class NotAPacketError(PacketError):
    """The file is not a Madoguchi packet at all."""


class PacketVersionError(PacketError):
    """The packet uses a format version this Madoguchi cannot read."""


class WrongRecipientError(PacketError):
    """The packet is addressed to another key."""


class DamagedPacketError(PacketError):
    """Authentication failed: the packet was altered, truncated or reordered."""


class SignatureError(PacketError):
    """The manifest's signature does not verify with the sender key it names."""


@dataclass(frozen=True)
class PacketResult:
    """What :func:`seal_packet` wrote."""

    path: Path
    sha256: str
    size: int
    recipient_fingerprint: str
    recipient_verified: bool
    files: tuple[tuple[str, int, str], ...]  # (name, size, sha256)

    @property
    def warning(self) -> str | None:
        """A sentence to show when the recipient's key was never checked by phone."""
        if self.recipient_verified:
            return None
        return (
            "The recipient's key has not been verified by phone; compare its fingerprint "
            "with the recipient before sending this packet."
        )


@dataclass(frozen=True)
class SenderInfo:
    """Who sealed an opened packet, as its signed key card says."""

    display_name: str
    organisation: str
    fingerprint: str
    fingerprint_digits: str
    known: bool  # the sender's key is one of this vault's contacts
    verified: bool  # ... and its fingerprint was checked by phone


@dataclass(frozen=True)
class OpenedFile:
    name: str
    path: Path
    size: int
    sha256: str


@dataclass(frozen=True)
class OpenedPacket:
    """The result of :func:`open_packet`."""

    sender: SenderInfo
    files: tuple[OpenedFile, ...]
    case_ref: str
    referral_id: str | None
    created: str


# -- sealing ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source:
    name: str
    size: int
    sha256: str
    chunks: Iterable[bytes]


def seal_packet(
    service: CaseService,
    *,
    case_id: str,
    recipient: Contact,
    out: Path,
    files: Sequence[tuple[str, bytes]] = (),
    evidence_ids: Sequence[str] = (),
    referral_id: str | None = None,
) -> PacketResult:
    """Seal ``files`` (name, bytes) and the case's evidence for ``recipient`` into ``out``.

    Needs a valid referral consent recorded for ``recipient.recipient_name`` (the
    contact's local name, else its organisation, else its display name).  The file
    is written atomically; the export is audited without names.  With a
    ``referral_id`` the referral records the packet's SHA-256.
    """
    service.require_consent(case_id, ConsentPurpose.REFERRAL, recipient.recipient_name)
    view = service.get_case(case_id)
    if referral_id is not None and referral_id not in {r.entity_id for r in view.referrals}:
        raise InvalidValueError(f"Referral {referral_id} is not on this case.")
    evidence = {e.entity_id: e for e in view.evidence if not e.deleted}
    sources = [_Source(n, len(b), hashlib.sha256(b).hexdigest(), (b,)) for n, b in files]
    for evidence_id in evidence_ids:
        rec = evidence.get(evidence_id)
        if rec is None:
            raise InvalidValueError(f"Evidence {evidence_id} is not on this case.")
        sources.append(
            _Source(
                str(rec.data.get("filename") or rec.data.get("title") or "evidence"),
                int(rec.data["size"]),
                str(rec.data["sha256"]),
                _checked(service.read_evidence(evidence_id), str(rec.data["sha256"])),
            )
        )
    sources = _unique_names(sources)
    if not sources:
        raise InvalidValueError("A packet needs at least one file.")
    identity = ensure_identity(service.vault)
    card = recipient.card
    header = {
        "format": "madoguchi-packet",
        "version": FORMAT_VERSION,
        "kem": KEM_NAME,
        "kdf": KDF_NAME,
        "aead": AEAD_NAME,
        "chunk_size": CHUNK_SIZE,
        "recipient": card.fingerprint,
    }
    content_key = new_key()
    header["enc"] = base64.b64encode(
        suite().encrypt(content_key, card.hpke_key(), info=_hpke_info(header))
    ).decode()
    header_bytes = _canonical(header)
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    header_hash = hashlib.sha256(prefix).digest()
    manifest = _canonical(
        {
            "format": "madoguchi-packet-manifest",
            "version": FORMAT_VERSION,
            "sender": identity.card.to_json(),
            "recipient": card.fingerprint,
            "case_ref": view.ref,
            "referral_id": referral_id,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "files": [{"name": s.name, "size": s.size, "sha256": s.sha256} for s in sources],
        }
    )
    signature = identity.signing_private.sign(_signed_bytes(header_hash, manifest))
    digest = hashlib.sha256()
    with atomic_writer(out) as handle:
        writer = _ChunkWriter(handle, content_key, header_hash, digest)
        writer.raw(prefix)
        writer.write(_U32.pack(len(manifest)) + manifest + signature)
        for source in sources:
            for chunk in source.chunks:
                writer.write(chunk)
        writer.close()
    result = PacketResult(
        path=out,
        sha256=digest.hexdigest(),
        size=writer.size,
        recipient_fingerprint=card.fingerprint,
        recipient_verified=recipient.verified,
        files=tuple((s.name, s.size, s.sha256) for s in sources),
    )
    if referral_id is not None:
        service.update_referral(referral_id, {"packet_sha256": result.sha256})
    service.vault.record_audit(
        "packet_sealed",
        case_id,
        {
            "recipient_fingerprint": card.fingerprint,
            "recipient_verified": recipient.verified,
            "files": len(sources),
            "bytes": sum(s.size for s in sources),
            "packet_sha256": result.sha256,
            "referral_id": referral_id,
        },
    )
    return result


def _checked(chunks: Iterator[bytes], sha256: str) -> Iterator[bytes]:
    """Pass evidence chunks through, failing at the end if they do not match the record."""
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
        yield chunk
    if digest.hexdigest() != sha256:
        raise VaultCorruptError("A stored evidence file does not match its recorded SHA-256.")


def _unique_names(sources: list[_Source]) -> list[_Source]:
    """Safe, distinct file names: evidence titled alike must not overwrite each other."""
    seen: set[str] = set()
    out = []
    for source in sources:
        base = _safe_name(source.name)
        stem, dot, ext = base.rpartition(".")
        if not dot or not stem:
            stem, dot, ext = base, "", ""
        name, n = base, 1
        while name.casefold() in seen:
            n += 1
            name = f"{stem} ({n}){dot}{ext}"
        seen.add(name.casefold())
        out.append(_Source(name, source.size, source.sha256, source.chunks))
    return out


def _safe_name(name: str) -> str:
    cleaned = unicodedata.normalize("NFC", name).replace("/", "_").replace("\\", "_")
    cleaned = "".join(ch for ch in cleaned if ch.isprintable()).strip().lstrip(".")
    return cleaned[:200] or "file"


class _ChunkWriter:
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
        self.raw(_U32.pack(len(ct)) + ct)
        self._index += 1


# -- opening ----------------------------------------------------------------------------------
def open_packet(vault: Vault, path: Path, out_dir: Path) -> OpenedPacket:
    """Decrypt ``path`` with this vault's key, verify the sender, write the files into ``out_dir``.

    Files are first decrypted into a hidden staging folder inside ``out_dir`` and only
    moved into place once every chunk, the signature and every SHA-256 check out; on
    any error nothing is left in ``out_dir``.
    """
    identity = ensure_identity(vault)
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise PacketError(f"Cannot read the packet {path.name}: {exc.strerror}.") from exc
    staging = Path(tempfile.mkdtemp(prefix=".mdgpkt-", dir=out_dir))
    try:
        with handle:
            plain, sender, manifest = _unseal(identity, handle)
            staged = [_stage_file(plain, staging, entry) for entry in manifest["files"]]
            plain.expect_end()
        opened = _move_into_place(staging, out_dir, staged)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    result = OpenedPacket(
        sender=_sender_info(vault, sender),
        files=opened,
        case_ref=str(manifest.get("case_ref") or ""),
        referral_id=manifest.get("referral_id") or None,
        created=str(manifest.get("created") or ""),
    )
    vault.record_audit(
        "packet_opened",
        "",
        {"sender_fingerprint": sender.fingerprint, "known": result.sender.known,
         "files": len(opened)},
    )  # fmt: skip
    return result


def _read_header(handle: BinaryIO) -> tuple[dict[str, Any], bytes]:
    head = handle.read(_PREFIX.size)
    if len(head) < len(MAGIC) or head[: len(MAGIC)] != MAGIC:
        raise NotAPacketError("This file is not a Madoguchi packet (.mdgpkt).")
    if len(head) < _PREFIX.size:
        raise DamagedPacketError(_DAMAGED)
    _, version, length = _PREFIX.unpack(head)
    if version != FORMAT_VERSION:
        raise PacketVersionError(
            f"This packet is format version {version}, but this Madoguchi opens version "
            f"{FORMAT_VERSION}; update Madoguchi or ask the sender for a version "
            f"{FORMAT_VERSION} packet."
        )
    raw = handle.read(length) if length <= _MAX_HEADER else b""
    try:
        header = json.loads(raw.decode("utf-8"))
        valid = (
            isinstance(header, dict)
            and _canonical(header) == raw
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
        raise DamagedPacketError(_DAMAGED)
    if (header["kem"], header.get("kdf"), header.get("aead")) != (KEM_NAME, KDF_NAME, AEAD_NAME):
        raise PacketVersionError(
            f"This packet uses the {header['kem']}/{header.get('kdf')}/{header.get('aead')} "
            f"suite; this Madoguchi opens {KEM_NAME}/{KDF_NAME}/{AEAD_NAME} packets."
        )
    return header, hashlib.sha256(head + raw).digest()


def _chunks(handle: BinaryIO, key: bytes, header_hash: bytes, chunk_size: int) -> Iterator[bytes]:
    """Authenticated plaintext chunks; a chunk is final exactly when the file ends after it."""
    aead = AESGCM(key)
    index = 0
    pending = _read_chunk(handle, chunk_size)
    if pending is None:
        raise DamagedPacketError(_DAMAGED)
    while pending is not None:
        following = _read_chunk(handle, chunk_size)
        final = following is None
        try:
            yield aead.decrypt(_nonce(index), pending, _chunk_ad(header_hash, index, final))
        except InvalidTag as exc:
            raise DamagedPacketError(_DAMAGED) from exc
        pending = following
        index += 1


def _read_chunk(handle: BinaryIO, chunk_size: int) -> bytes | None:
    head = handle.read(_U32.size)
    if not head:
        return None
    if len(head) < _U32.size:
        raise DamagedPacketError(_DAMAGED)
    (length,) = _U32.unpack(head)
    if not _TAG <= length <= chunk_size + _TAG:
        raise DamagedPacketError(_DAMAGED)
    data = handle.read(length)
    if len(data) != length:
        raise DamagedPacketError(_DAMAGED)
    return data


class _PlainReader:
    """Exact-length reads across authenticated chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""

    def read(self, n: int) -> bytes:
        while len(self._buffer) < n:
            chunk = next(self._chunks, None)
            if chunk is None:
                raise DamagedPacketError(_DAMAGED)
            self._buffer += chunk
        out, self._buffer = self._buffer[:n], self._buffer[n:]
        return out

    def stream(self, n: int) -> Iterator[bytes]:
        """``n`` bytes in pieces of at most one chunk (large files never sit in memory)."""
        while n > 0:
            if not self._buffer:
                chunk = next(self._chunks, None)
                if chunk is None:
                    raise DamagedPacketError(_DAMAGED)
                self._buffer = chunk
            piece, self._buffer = self._buffer[:n], self._buffer[n:]
            n -= len(piece)
            yield piece

    def expect_end(self) -> None:
        """The stream must end exactly here (the final chunk is the last one)."""
        if self._buffer or any(True for chunk in self._chunks if chunk):
            raise DamagedPacketError(_DAMAGED)


def _unseal(identity: Identity, handle: BinaryIO) -> tuple[_PlainReader, KeyCard, dict[str, Any]]:
    """Check the packet is for ``identity``, open its content key and its signed manifest;
    the files follow in the returned reader."""
    header, header_hash = _read_header(handle)
    if not identity.owns(header["recipient"]):
        short = "-".join(fingerprint_digits(bytes.fromhex(header["recipient"])).split()[:2])
        raise WrongRecipientError(
            f"This packet is for another recipient (key {short}-…); "
            "it cannot be opened with this vault."
        )
    try:
        content_key = suite().decrypt(
            base64.b64decode(header["enc"], validate=True),
            identity.hpke_private,
            info=_hpke_info(header),
        )
    except (InvalidTag, ValueError) as exc:
        raise DamagedPacketError(_DAMAGED) from exc
    plain = _PlainReader(_chunks(handle, content_key, header_hash, header["chunk_size"]))
    sender, manifest = _read_manifest(plain, header_hash, header["recipient"])
    return plain, sender, manifest


def _sender_info(vault: Vault, sender: KeyCard) -> SenderInfo:
    contact = find_by_signing_key(vault, sender.signing_public)
    return SenderInfo(
        display_name=sender.display_name,
        organisation=sender.organisation,
        fingerprint=sender.fingerprint,
        fingerprint_digits=sender.fingerprint_digits,
        known=contact is not None,
        verified=bool(contact and contact.verified),
    )


def _read_manifest(
    plain: _PlainReader, header_hash: bytes, recipient: str
) -> tuple[KeyCard, dict[str, Any]]:
    (length,) = _U32.unpack(plain.read(_U32.size))
    if length > _MAX_MANIFEST:
        raise DamagedPacketError(_DAMAGED)
    manifest_bytes = plain.read(length)
    signature = plain.read(_SIG)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        sender = card_from_json(manifest["sender"])
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, KeyFileError) as exc:
        raise DamagedPacketError(_DAMAGED) from exc
    try:
        sender.signing_key().verify(signature, _signed_bytes(header_hash, manifest_bytes))
    except InvalidSignature as exc:
        raise SignatureError(
            "The packet's signature does not match the sender key it names; "
            "do not trust its contents and ask the sender to seal it again."
        ) from exc
    files = manifest.get("files")
    if manifest.get("recipient") != recipient or not isinstance(files, list):
        raise DamagedPacketError(_DAMAGED)
    names = set()
    for entry in files:
        ok = (
            isinstance(entry, dict)
            and isinstance(entry.get("name"), str)
            and _safe_name(entry["name"]) == entry["name"]
            and isinstance(entry.get("size"), int)
            and entry["size"] >= 0
            and isinstance(entry.get("sha256"), str)
        )
        if not ok or entry["name"].casefold() in names:
            raise DamagedPacketError(_DAMAGED)
        names.add(entry["name"].casefold())
    return sender, manifest


def _stage_file(plain: _PlainReader, staging: Path, entry: dict[str, Any]) -> OpenedFile:
    target = staging / entry["name"]
    digest = hashlib.sha256()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        for piece in plain.stream(entry["size"]):
            digest.update(piece)
            handle.write(piece)
        handle.flush()
        os.fsync(handle.fileno())
    if digest.hexdigest() != entry["sha256"]:
        raise DamagedPacketError(_DAMAGED)
    return OpenedFile(entry["name"], target, entry["size"], entry["sha256"])


def _move_into_place(
    staging: Path, out_dir: Path, staged: list[OpenedFile]
) -> tuple[OpenedFile, ...]:
    clashes = [f.name for f in staged if (out_dir / f.name).exists()]
    if clashes:
        raise PacketError(
            f"The folder already holds a file named {clashes[0]}; choose an empty folder."
        )
    moved = []
    for item in staged:
        final = out_dir / item.name
        os.replace(item.path, final)
        moved.append(OpenedFile(item.name, final, item.size, item.sha256))
    with contextlib.suppress(OSError):
        staging.rmdir()
    return tuple(moved)


# -- shared -----------------------------------------------------------------------------------
def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _hpke_info(header: dict[str, Any]) -> bytes:
    return bind(_DOMAIN, header["kem"], header["kdf"], header["aead"], header["chunk_size"],
                header["recipient"])  # fmt: skip


def _nonce(index: int) -> bytes:
    # The content key is fresh for every packet, so a counter nonce never repeats.
    return index.to_bytes(12, "big")


def _chunk_ad(header_hash: bytes, index: int, final: bool) -> bytes:
    return bind(_DOMAIN + "/chunk", header_hash, index, 1 if final else 0)


def _signed_bytes(header_hash: bytes, manifest: bytes) -> bytes:
    return bind(_DOMAIN + "/manifest", header_hash, manifest)


# -- receiving into the vault -------------------------------------------------------------------
@dataclass(frozen=True)
class ReceivedPacket:
    """A packet taken into this vault as a new case (see :func:`receive_packet`)."""

    case_id: str
    sender: SenderInfo
    evidence_ids: tuple[str, ...]
    case_ref: str


class _EntryReader:
    """A read-only file over one packet entry that checks its SHA-256 at the end."""

    def __init__(self, plain: _PlainReader, entry: dict[str, Any]) -> None:
        self._pieces = plain.stream(int(entry["size"]))
        self._expected = str(entry["sha256"])
        self._digest = hashlib.sha256()
        self._buffer = b""
        self._done = False

    def read(self, size: int = -1) -> bytes:
        while not self._done and (size < 0 or len(self._buffer) < size):
            piece = next(self._pieces, None)
            if piece is None:
                self._done = True
                if self._digest.hexdigest() != self._expected:
                    raise DamagedPacketError(_DAMAGED)
                break
            self._digest.update(piece)
            self._buffer += piece
        if size < 0:
            out, self._buffer = self._buffer, b""
        else:
            out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out


def receive_packet(service: CaseService, path: Path) -> ReceivedPacket:
    """Open a packet sealed to this vault straight into a new case: nothing plaintext on disk.

    The recipient (a lawyer, a shelter) gets a case holding the letter and the
    evidence as encrypted evidence records, with a timeline entry naming the sender.
    All or nothing: a damaged packet leaves the vault as it was.
    """
    vault = service.vault
    identity = ensure_identity(vault)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise PacketError(f"Cannot read the packet {path.name}: {exc.strerror}.") from exc
    with handle:
        plain, sender, manifest = _unseal(identity, handle)
        info = _sender_info(vault, sender)
        source = " / ".join(x for x in (sender.organisation, sender.display_name) if x)
        case_ref = str(manifest.get("case_ref") or "")
        received = datetime.now(UTC).astimezone().isoformat(timespec="minutes")
        with vault.writing():
            case_id = service.create_case(
                {"full_name": f"({case_ref or 'referred case'})"},
                case={"summary": f"Referred by {source} ({case_ref}); read the letter."},
            )
            evidence = [
                service.add_evidence(
                    case_id, _EntryReader(plain, entry),  # type: ignore[arg-type]
                    {"source": f"sealed packet from {source}", "captured_at": received},
                    filename=str(entry["name"]),
                )
                for entry in manifest["files"]
            ]  # fmt: skip
            plain.expect_end()
            service.add_timeline_entry(case_id, {
                "occurred_at": received,
                "kind": "action",
                "channel": "letter",
                "note": f"Sealed referral packet received from {source} (key "
                f"{sender.fingerprint_digits}, {'verified' if info.verified else 'NOT verified'}"
                f" by phone); {len(evidence)} file(s).",
            })  # fmt: skip
    vault.record_audit(
        "packet_received",
        case_id,
        {"sender_fingerprint": sender.fingerprint, "known": info.known, "files": len(evidence)},
    )
    return ReceivedPacket(case_id, info, tuple(evidence), case_ref)
