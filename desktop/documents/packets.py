"""Sealed referral packets (``.mdgpkt``): files for one recipient, signed by the sender.

Sealing checks the referral consent, gathers the letter and the case's evidence and
audits the export; opening writes the files into a folder, receiving takes them straight
into a new case.  The byte format itself (framing, chunk sealing, the signed manifest)
is :mod:`desktop.documents.packet_format`, whose errors are named here too.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.cases.model import ConsentPurpose
from desktop.cases.service import CaseService
from desktop.crypto.aead import new_key
from desktop.documents.contacts import Contact, find_by_signing_key
from desktop.documents.packet_format import (
    AEAD_NAME,
    CHUNK_SIZE,
    DAMAGED,
    FORMAT_VERSION,
    KDF_NAME,
    MAGIC,
    PREFIX,
    U32,
    ChunkWriter,
    DamagedPacketError,
    NotAPacketError,
    PacketError,
    PacketVersionError,
    PlainReader,
    SignatureError,
    WrongRecipientError,
    canonical,
    hpke_info,
    safe_name,
    signed_bytes,
    unseal,
)
from desktop.errors import InvalidValueError, VaultCorruptError
from desktop.identity import KEM_NAME, KeyCard, ensure_identity, suite
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
    "ReceivedPacket",
    "SenderInfo",
    "SignatureError",
    "WrongRecipientError",
    "open_packet",
    "receive_packet",
    "seal_packet",
]


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
        raise InvalidValueError(
            f"Referral {referral_id} is not on this case.", referral_id=referral_id
        )
    evidence = {e.entity_id: e for e in view.evidence if not e.deleted}
    sources = [_Source(n, len(b), hashlib.sha256(b).hexdigest(), (b,)) for n, b in files]
    for evidence_id in evidence_ids:
        rec = evidence.get(evidence_id)
        if rec is None:
            raise InvalidValueError(
                f"Evidence {evidence_id} is not on this case.", evidence_id=evidence_id
            )
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
        suite().encrypt(content_key, card.hpke_key(), info=hpke_info(header))
    ).decode()
    header_bytes = canonical(header)
    prefix = PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    header_hash = hashlib.sha256(prefix).digest()
    manifest = canonical(
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
    signature = identity.signing_private.sign(signed_bytes(header_hash, manifest))
    digest = hashlib.sha256()
    with atomic_writer(out) as handle:
        writer = ChunkWriter(handle, content_key, header_hash, digest)
        writer.raw(prefix)
        writer.write(U32.pack(len(manifest)) + manifest + signature)
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
        base = safe_name(source.name)
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
        raise PacketError(
            f"Cannot read the packet {path.name}: {exc.strerror}.",
            path_name=path.name,
            strerror=exc.strerror,
        ) from exc
    staging = Path(tempfile.mkdtemp(prefix=".mdgpkt-", dir=out_dir))
    try:
        with handle:
            plain, sender, manifest = unseal(identity, handle)
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


def _stage_file(plain: PlainReader, staging: Path, entry: dict[str, Any]) -> OpenedFile:
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
        raise DamagedPacketError(DAMAGED)
    return OpenedFile(entry["name"], target, entry["size"], entry["sha256"])


def _move_into_place(
    staging: Path, out_dir: Path, staged: list[OpenedFile]
) -> tuple[OpenedFile, ...]:
    clashes = [f.name for f in staged if (out_dir / f.name).exists()]
    if clashes:
        raise PacketError(
            f"The folder already holds a file named {clashes[0]}; choose an empty folder.",
            clashes=clashes[0],
        )
    moved = []
    for item in staged:
        final = out_dir / item.name
        os.replace(item.path, final)
        moved.append(OpenedFile(item.name, final, item.size, item.sha256))
    with contextlib.suppress(OSError):
        staging.rmdir()
    return tuple(moved)


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

    def __init__(self, plain: PlainReader, entry: dict[str, Any]) -> None:
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
                    raise DamagedPacketError(DAMAGED)
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
        raise PacketError(
            f"Cannot read the packet {path.name}: {exc.strerror}.",
            path_name=path.name,
            strerror=exc.strerror,
        ) from exc
    with handle:
        plain, sender, manifest = unseal(identity, handle)
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
