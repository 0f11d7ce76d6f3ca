"""Contacts: the public key cards of people and organisations this vault sends packets to.

Stored sealed in the vault (``sealed_records.CONTACTS``), keyed by fingerprint.
A contact is *verified* once someone compared its fingerprint with the owner by
phone (or in person) and ticked it; sealing to an unverified key is allowed, but
the result says so (see :class:`desktop.documents.packets.PacketResult`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from desktop.errors import NotFoundError, VaultCorruptError
from desktop.identity import KeyCard, KeyFileError, card_from_bytes, card_from_json
from desktop.store.sealed_records import CONTACTS, ContactsRecord
from desktop.store.vault import Vault

__all__ = [
    "Contact",
    "KeyFileError",
    "find_by_signing_key",
    "get_contact",
    "import_key_file",
    "list_contacts",
    "mark_verified",
    "remove_contact",
    "set_recipient_name",
]


@dataclass(frozen=True)
class Contact:
    """A recipient's key card plus what this vault knows about it."""

    card: KeyCard
    added_on: str
    verified_on: str | None = None  # ISO date of the phone check, None if not done
    local_name: str | None = None  # the consent recipient name, if not the card's

    @property
    def fingerprint(self) -> str:
        return self.card.fingerprint

    @property
    def display_name(self) -> str:
        return self.card.display_name

    @property
    def organisation(self) -> str:
        return self.card.organisation

    @property
    def verified(self) -> bool:
        return self.verified_on is not None

    @property
    def recipient_name(self) -> str:
        """The name consents are recorded under: the local name, else organisation, else person."""
        return self.local_name or self.card.organisation or self.card.display_name


def _load(vault: Vault) -> dict[str, dict[str, Any]]:
    stored = CONTACTS.read(vault)
    return dict(stored.contacts) if stored else {}


def _save(vault: Vault, entries: dict[str, dict[str, Any]]) -> None:
    CONTACTS.write(vault, ContactsRecord(contacts=entries))


def _contact(entry: dict[str, Any]) -> Contact:
    try:
        card = card_from_json(entry["card"])
    except (KeyError, KeyFileError) as exc:
        raise VaultCorruptError("A stored contact key is damaged.") from exc
    return Contact(
        card=card,
        added_on=str(entry.get("added_on", "")),
        verified_on=entry.get("verified_on") or None,
        local_name=entry.get("local_name") or None,
    )


def import_key_file(vault: Vault, source: Path | bytes) -> Contact:
    """Validate a ``.mdgkey`` file and store it as a contact (re-importing keeps its state).

    Raises :class:`KeyFileError` with one sentence when the file is not a valid key file.
    """
    if isinstance(source, Path):
        try:
            raw = source.read_bytes()
        except OSError as exc:
            raise KeyFileError(
                f"Cannot read the key file {source.name}: {exc.strerror}.",
                source_name=source.name,
                strerror=exc.strerror,
            ) from exc
    else:
        raw = source
    card = card_from_bytes(raw)
    entries = _load(vault)
    entry = entries.get(card.fingerprint) or {
        "added_on": datetime.now(UTC).isoformat(timespec="seconds"),
        "verified_on": None,
    }
    entry["card"] = card.to_json()
    entries[card.fingerprint] = entry
    _save(vault, entries)
    vault.record_audit("contact_imported", "", {"fingerprint": card.fingerprint})
    return _contact(entry)


def list_contacts(vault: Vault) -> list[Contact]:
    """Every contact, sorted by organisation then name."""
    contacts = [_contact(e) for e in _load(vault).values()]
    return sorted(contacts, key=lambda c: (c.organisation, c.display_name, c.fingerprint))


def get_contact(vault: Vault, fingerprint: str) -> Contact:
    """The contact with this (hex) fingerprint, or NotFoundError."""
    entry = _load(vault).get(fingerprint)
    if entry is None:
        raise NotFoundError("No contact with that key fingerprint in this vault.")
    return _contact(entry)


def find_by_signing_key(vault: Vault, signing_public: bytes) -> Contact | None:
    """The contact whose card carries this Ed25519 key (any of its cards), if any."""
    for contact in list_contacts(vault):
        if contact.card.signing_public == signing_public:
            return contact
    return None


def remove_contact(vault: Vault, fingerprint: str) -> None:
    """Forget a contact (packets already sealed to it are unaffected)."""
    entries = _load(vault)
    if entries.pop(fingerprint, None) is None:
        raise NotFoundError("No contact with that key fingerprint in this vault.")
    _save(vault, entries)
    vault.record_audit("contact_removed", "", {"fingerprint": fingerprint})


def mark_verified(vault: Vault, fingerprint: str, on: date | None = None) -> Contact:
    """Record that the fingerprint was compared with its owner by phone on ``on`` (today)."""
    entries = _load(vault)
    if fingerprint not in entries:
        raise NotFoundError("No contact with that key fingerprint in this vault.")
    entries[fingerprint]["verified_on"] = (on or date.today()).isoformat()
    _save(vault, entries)
    vault.record_audit("contact_verified", "", {"fingerprint": fingerprint})
    return _contact(entries[fingerprint])


def set_recipient_name(vault: Vault, fingerprint: str, name: str | None) -> Contact:
    """Record the name consents for this recipient use, when it differs from the card."""
    entries = _load(vault)
    if fingerprint not in entries:
        raise NotFoundError("No contact with that key fingerprint in this vault.")
    entries[fingerprint]["local_name"] = (name or "").strip() or None
    _save(vault, entries)
    return _contact(entries[fingerprint])
