"""Sealed packets between two real vaults: exchange keys, seal, open, tamper."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.documents import contacts
from desktop.documents.packets import (
    DamagedPacketError,
    NotAPacketError,
    PacketError,
    PacketVersionError,
    WrongRecipientError,
    open_packet,
    seal_packet,
)
from desktop.errors import ConsentMissingError
from desktop.identity import (
    KeyFileError,
    card_from_bytes,
    ensure_identity,
    fingerprint_digits,
)
from desktop.store.vault import Vault
from desktop.vaults import create_vault
from tests.conftest import PASSPHRASE
from tests.support.factories import make_case

LETTER = b"%PDF-1.7\n% referral letter for the recipient\n" + b"L" * 5000
PAYSLIP = b"PAYSLIP-SECRET-" + bytes(range(256)) * 8
# Bigger than one chunk, so the packet has several chunks to reorder and truncate.
PHOTO = b"PHOTO-SECRET-" + os.urandom(2 * 1024 * 1024 + 4321)


def _vault(folder: Path, user: str) -> Vault:
    vault, _ = create_vault(
        folder, PASSPHRASE, kdf_params=fast_params_for_tests(), device_code="D2", user_id=user
    )
    return vault


@pytest.fixture
def recipient(tmp_path: Path) -> Iterator[Vault]:
    vault = _vault(tmp_path / "lawyer", "lawyer-tanaka")
    ensure_identity(vault, display_name="田中 弁護士", organisation="田中法律事務所")
    yield vault
    with contextlib.suppress(Exception):
        vault.close()


@dataclass
class Sealed:
    path: Path
    case_id: str
    evidence: list[str]
    contact: contacts.Contact


@pytest.fixture
def sealed(service: CaseService, recipient: Vault, tmp_path: Path) -> Sealed:
    ensure_identity(service.vault, display_name="相談員 佐藤", organisation="まどぐち支援センター")
    contact = contacts.import_key_file(service.vault, ensure_identity(recipient).key_file())
    case_id = make_case(service)
    service.add_consent(
        case_id,
        {"purpose": "referral", "recipient": "田中法律事務所", "given_on": "2026-01-10"},
    )
    ids = [
        service.add_evidence(case_id, _file(tmp_path, "payslip.pdf", PAYSLIP)),
        service.add_evidence(case_id, _file(tmp_path, "photo.jpg", PHOTO)),
    ]
    out = tmp_path / "packet.mdgpkt"
    result = seal_packet(
        service,
        case_id=case_id,
        recipient=contact,
        files=[("referral-letter.pdf", LETTER)],
        evidence_ids=ids,
        out=out,
    )
    assert result.recipient_verified is False and result.warning
    return Sealed(out, case_id, ids, contact)


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_open_on_recipient_gives_same_bytes_and_names_sender(
    sealed: Sealed, recipient: Vault, service: CaseService, tmp_path: Path
) -> None:
    sender_card = ensure_identity(service.vault).card
    contacts.mark_verified(
        recipient, contacts.import_key_file(recipient, sender_card.canonical_bytes()).fingerprint
    )
    opened = open_packet(recipient, sealed.path, tmp_path / "inbox")
    expected = {"referral-letter.pdf": LETTER, "payslip.pdf": PAYSLIP, "photo.jpg": PHOTO}
    assert [f.name for f in opened.files] == list(expected)
    for item in opened.files:
        data = item.path.read_bytes()
        assert data == expected[item.name]
        assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert sorted(p.name for p in (tmp_path / "inbox").iterdir()) == sorted(expected)
    assert opened.sender.fingerprint == sender_card.fingerprint
    assert opened.sender.organisation == "まどぐち支援センター"
    assert opened.sender.known and opened.sender.verified
    assert opened.case_ref == service.get_case(sealed.case_id).ref
    actions = [e.action for e in service.vault.audit_entries()]
    assert "packet_sealed" in actions
    sealed_entry = [e for e in service.vault.audit_entries() if e.action == "packet_sealed"][-1]
    assert "田中" not in json.dumps(sealed_entry.details, ensure_ascii=False)


def test_unknown_sender_is_reported_as_unknown(
    sealed: Sealed, recipient: Vault, tmp_path: Path
) -> None:
    opened = open_packet(recipient, sealed.path, tmp_path / "inbox")
    assert not opened.sender.known and not opened.sender.verified
    assert opened.sender.display_name == "相談員 佐藤"


def test_wrong_recipient_vault_gets_a_clear_error(
    sealed: Sealed, service: CaseService, tmp_path: Path
) -> None:
    # The sender's own vault is not the recipient.
    with pytest.raises(WrongRecipientError) as err:
        open_packet(service.vault, sealed.path, tmp_path / "inbox")
    short = "-".join(sealed.contact.card.fingerprint_digits.split()[:2])
    assert str(err.value) == (
        f"This packet is for another recipient (key {short}-…); "
        "it cannot be opened with this vault."
    )
    assert list((tmp_path / "inbox").iterdir()) == []


def test_no_plaintext_in_the_packet(sealed: Sealed) -> None:
    raw = sealed.path.read_bytes()
    for secret in (b"PAYSLIP-SECRET", b"PHOTO-SECRET", b"referral letter", PHOTO[5000:5032]):
        assert secret not in raw
    for name in ("payslip", "photo", "referral-letter", "まどぐち"):
        assert name.encode() not in raw


def test_any_flipped_byte_is_refused_and_nothing_written(
    sealed: Sealed, recipient: Vault, tmp_path: Path
) -> None:
    original = sealed.path.read_bytes()
    # Spread the examples over the whole file: header, first, middle and final chunks.
    positions = st.one_of(
        st.integers(0, 600),
        st.integers(0, len(original) - 1),
        st.integers(len(original) - 600, len(original) - 1),
    )

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(position=positions, flip=st.integers(1, 255))
    def check(position: int, flip: int) -> None:
        data = bytearray(original)
        data[position] ^= flip
        packet = tmp_path / "tampered.mdgpkt"
        packet.write_bytes(bytes(data))
        out = Path(tempfile.mkdtemp(dir=tmp_path))
        with pytest.raises(PacketError):
            open_packet(recipient, packet, out)
        assert list(out.iterdir()) == []

    check()


@pytest.mark.parametrize("cut", [1, 17, 1024 * 1024, "boundary"])
def test_truncated_packet_is_refused(
    sealed: Sealed, recipient: Vault, tmp_path: Path, cut: int | str
) -> None:
    data = sealed.path.read_bytes()
    chunks = _chunk_spans(data)
    keep = chunks[-1][0] if cut == "boundary" else len(data) - int(cut)
    packet = tmp_path / "short.mdgpkt"
    packet.write_bytes(data[:keep])
    with pytest.raises(DamagedPacketError):
        open_packet(recipient, packet, tmp_path / "inbox")
    assert list((tmp_path / "inbox").iterdir()) == []


def test_reordered_or_appended_chunks_are_refused(
    sealed: Sealed, recipient: Vault, tmp_path: Path
) -> None:
    data = sealed.path.read_bytes()
    spans = _chunk_spans(data)
    assert len(spans) >= 3
    start = spans[0][0]
    pieces = [data[a:b] for a, b in spans]
    swapped = data[:start] + pieces[1] + pieces[0] + b"".join(pieces[2:])
    appended = data + pieces[1]
    for name, variant in (("swapped", swapped), ("appended", appended)):
        packet = tmp_path / f"{name}.mdgpkt"
        packet.write_bytes(variant)
        with pytest.raises(DamagedPacketError):
            open_packet(recipient, packet, tmp_path / name)
        assert list((tmp_path / name).iterdir()) == []


def _chunk_spans(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each length-prefixed chunk after the header."""
    (header_len,) = struct.unpack(">I", data[10:14])
    pos = 14 + header_len
    spans = []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        spans.append((pos, pos + 4 + length))
        pos += 4 + length
    return spans


def test_not_a_packet_and_unknown_version(recipient: Vault, sealed: Sealed, tmp_path: Path) -> None:
    other = tmp_path / "letter.pdf"
    other.write_bytes(LETTER)
    with pytest.raises(NotAPacketError, match="not a Madoguchi packet"):
        open_packet(recipient, other, tmp_path / "a")
    data = bytearray(sealed.path.read_bytes())
    data[8:10] = struct.pack(">H", 7)
    future = tmp_path / "future.mdgpkt"
    future.write_bytes(bytes(data))
    with pytest.raises(PacketVersionError, match=r"version 7.*version 1"):
        open_packet(recipient, future, tmp_path / "b")


def test_sealing_needs_referral_consent_for_the_recipient(
    service: CaseService, recipient: Vault, tmp_path: Path
) -> None:
    contact = contacts.import_key_file(service.vault, ensure_identity(recipient).key_file())
    case_id = make_case(service)
    service.add_consent(
        case_id, {"purpose": "referral", "recipient": "別のNGO", "given_on": "2026-01-10"}
    )
    out = tmp_path / "p.mdgpkt"
    with pytest.raises(ConsentMissingError, match="田中法律事務所"):
        seal_packet(service, case_id=case_id, recipient=contact, files=[("a.txt", b"x")], out=out)
    assert not out.exists()
    # A local recipient name maps the contact to the name the consent was recorded under.
    renamed = contacts.set_recipient_name(service.vault, contact.fingerprint, "別のNGO")
    seal_packet(service, case_id=case_id, recipient=renamed, files=[("a.txt", b"x")], out=out)
    assert out.exists()


def test_referral_records_the_packet_hash(
    service: CaseService, recipient: Vault, tmp_path: Path
) -> None:
    contact = contacts.import_key_file(service.vault, ensure_identity(recipient).key_file())
    contact = contacts.mark_verified(service.vault, contact.fingerprint)
    case_id = make_case(service)
    service.add_consent(
        case_id, {"purpose": "referral", "recipient": "田中法律事務所", "given_on": "2026-01-10"}
    )
    referral = service.add_referral(
        case_id, {"recipient_type": "lawyer", "recipient": "田中法律事務所"}
    )
    result = seal_packet(
        service, case_id=case_id, recipient=contact, files=[("a.txt", b"x")],
        out=tmp_path / "p.mdgpkt", referral_id=referral,
    )  # fmt: skip
    assert result.warning is None
    stored = next(r for r in service.get_case(case_id).referrals if r.entity_id == referral)
    assert stored.data["packet_sha256"] == result.sha256
    opened = open_packet(recipient, result.path, tmp_path / "in")
    assert opened.referral_id == referral


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\x00\x01garbage", "not JSON"),
        (b'{"format": "something-else"}', "not a Madoguchi public key file"),
        (b'{"format": "madoguchi-public-key", "version": 9}', "version 9"),
    ],
)
def test_malformed_key_files_are_refused(vault: Vault, raw: bytes, message: str) -> None:
    with pytest.raises(KeyFileError, match=message):
        contacts.import_key_file(vault, raw)
    assert contacts.list_contacts(vault) == []


def test_damaged_key_in_key_file_is_refused(vault: Vault, recipient: Vault) -> None:
    card = json.loads(ensure_identity(recipient).key_file())
    card["signing_public_key"] = card["signing_public_key"][:-8]
    with pytest.raises(KeyFileError, match="signing_public_key"):
        contacts.import_key_file(vault, json.dumps(card).encode())


def test_fingerprint_is_stable_and_differs_between_keys(
    vault: Vault, recipient: Vault, tmp_path: Path
) -> None:
    mine = ensure_identity(vault)
    again = ensure_identity(vault)
    assert mine.card.fingerprint == again.card.fingerprint
    pretty = json.dumps(json.loads(mine.key_file()), indent=2).encode()
    assert card_from_bytes(pretty).fingerprint == mine.card.fingerprint
    assert mine.card.fingerprint != ensure_identity(recipient).card.fingerprint
    assert mine.card.fingerprint == hashlib.sha256(mine.key_file()).hexdigest()
    digits = mine.card.fingerprint_digits
    assert len(digits.split()) == 8 and all(len(g) == 4 and g.isdigit() for g in digits.split())
    assert fingerprint_digits(bytes(32)) == "0000 0000 0000 0000 0000 0000 0000 0000"


def test_identity_survives_lock_and_unlock(vault: Vault) -> None:
    before = ensure_identity(vault).card.fingerprint
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert ensure_identity(vault).card.fingerprint == before


def test_contacts_list_remove_and_verify(vault: Vault, recipient: Vault) -> None:
    contact = contacts.import_key_file(vault, ensure_identity(recipient).key_file())
    assert not contact.verified
    verified = contacts.mark_verified(vault, contact.fingerprint)
    assert verified.verified_on is not None
    # Re-importing the same card keeps the phone check.
    assert contacts.import_key_file(vault, ensure_identity(recipient).key_file()).verified
    assert [c.fingerprint for c in contacts.list_contacts(vault)] == [contact.fingerprint]
    contacts.remove_contact(vault, contact.fingerprint)
    assert contacts.list_contacts(vault) == []


def test_manifest_signed_by_another_key_is_refused(
    service: CaseService, recipient: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A packet that names one sender but was signed by another key (a forgery)."""
    import dataclasses

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.documents import packets

    contact = contacts.import_key_file(service.vault, ensure_identity(recipient).key_file())
    case_id = make_case(service)
    service.add_consent(
        case_id, {"purpose": "referral", "recipient": "田中法律事務所", "given_on": "2026-01-10"}
    )
    real = ensure_identity(service.vault)
    forged = dataclasses.replace(real, signing_private=Ed25519PrivateKey.generate())
    monkeypatch.setattr(packets, "ensure_identity", lambda _vault: forged)
    out = tmp_path / "forged.mdgpkt"
    seal_packet(service, case_id=case_id, recipient=contact, files=[("a.txt", b"x")], out=out)
    monkeypatch.undo()
    with pytest.raises(packets.SignatureError, match="signature does not match"):
        open_packet(recipient, out, tmp_path / "in")
    assert list((tmp_path / "in").iterdir()) == []


def test_receive_creates_a_case_with_the_files_and_no_plaintext_on_disk(
    sealed: Sealed, recipient: Vault, tmp_path: Path
) -> None:
    from desktop.documents.packets import receive_packet

    receiver = CaseService(recipient)
    before = set(p for p in recipient.folder.rglob("*") if p.is_file())
    received = receive_packet(receiver, sealed.path)
    view = receiver.get_case(received.case_id)
    stored = {
        e.data["filename"]: b"".join(receiver.read_evidence(e.entity_id)) for e in view.evidence
    }
    assert stored == {"referral-letter.pdf": LETTER, "payslip.pdf": PAYSLIP, "photo.jpg": PHOTO}
    assert received.case_ref in str(view.case.data["summary"])
    assert "NOT verified" in view.timeline[0].data["note"]
    for path in recipient.folder.rglob("*"):
        if path.is_file() and path not in before:
            assert PAYSLIP[:64] not in path.read_bytes()


@pytest.mark.parametrize("cut", [1, 100])
def test_receiving_a_damaged_packet_leaves_the_vault_unchanged(
    sealed: Sealed, recipient: Vault, tmp_path: Path, cut: int
) -> None:
    from desktop.documents.packets import receive_packet

    receiver = CaseService(recipient)
    packet = tmp_path / "short.mdgpkt"
    packet.write_bytes(sealed.path.read_bytes()[:-cut])
    with pytest.raises(DamagedPacketError):
        receive_packet(receiver, packet)
    assert receiver.list_cases() == []
