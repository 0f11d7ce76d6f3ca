"""Keys and contacts: this vault's public key and the keys of organisations we seal packets for.

The one place the UI and the CLI export, import and verify keys, so both write the same
file the same way (issue 14, point 2): the key file holds no secret, but it is written like
every other export (atomically, mode 0600) and leaves one audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.documents import contacts as contact_book
from desktop.documents.contacts import Contact
from desktop.identity import Identity, ensure_identity
from desktop.store.atomic import write_bytes_atomic
from desktop.store.vault import Vault

__all__ = ["Contact", "Identity", "KeysService", "MyKey"]

KEY_FILE_MODE = 0o600


@dataclass(frozen=True)
class MyKey:
    """What a counselor reads aloud to prove this vault's key: who and its fingerprint."""

    name: str
    organisation: str
    fingerprint_digits: str


class KeysService:
    """This vault's key pair (made on first use) and its address book of contacts' keys."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def vault_id(self) -> str:
        """The id printed on the recovery sheet, tying the sheet to this vault."""
        return self._vault.device.vault_id

    def verify_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphraseError unless ``passphrase`` opens this vault."""
        self._vault.verify_passphrase(passphrase)

    def identity(self) -> Identity:
        return ensure_identity(self._vault)

    def my_key(self) -> MyKey:
        card = self.identity().card
        return MyKey(card.display_name, card.organisation, card.fingerprint_digits)

    def export_key_file(self, path: Path) -> Identity:
        """Write this vault's public key file to ``path`` and audit it once."""
        identity = self.identity()
        write_bytes_atomic(path, identity.key_file(), mode=KEY_FILE_MODE)
        self._vault.record_audit(
            "public_key_exported", "", {"fingerprint": identity.card.fingerprint}
        )
        return identity

    def export_key_card(self, path: Path) -> None:
        """Write the printable key card (QR code and fingerprint) as a PDF."""
        from desktop.documents.key_card import key_card_pdf
        from desktop.documents.pdf import write_bytes

        write_bytes(path, key_card_pdf(self.identity()))

    def contacts(self) -> list[Contact]:
        return contact_book.list_contacts(self._vault)

    def contact(self, fingerprint: str) -> Contact:
        return contact_book.get_contact(self._vault, fingerprint)

    def import_key_file(self, source: Path | bytes) -> Contact:
        """Add a contact from their key file; it is not trusted until verified by phone."""
        return contact_book.import_key_file(self._vault, source)

    def mark_verified(self, fingerprint: str) -> Contact:
        """Record today's phone check of a contact's fingerprint."""
        return contact_book.mark_verified(self._vault, fingerprint)

    def set_recipient_name(self, fingerprint: str, name: str | None) -> Contact:
        return contact_book.set_recipient_name(self._vault, fingerprint, name)
