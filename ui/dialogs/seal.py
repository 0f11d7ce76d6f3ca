"""Sealing a saved referral letter (and its evidence) for one contact's key.

The packet is readable only by the recipient's Madoguchi; the core checks the
referral consent for that recipient and audits the export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from desktop.services import VaultServices
from ui.session import Session


def contact_text(contact: Any) -> str:
    """How a contact is offered: organisation, name, and whether its key was checked."""
    who = " / ".join(x for x in (contact.organisation, contact.display_name) if x)
    if contact.verified:
        return QCoreApplication.translate("Seal", "{0} (verified)").format(who)
    return QCoreApplication.translate("Seal", "{0} (not verified by phone)").format(who)


def seal_letter(
    session: Session,
    case_id: str,
    result: Any,
    fingerprint: str,
    out: Path,
    *,
    done: Callable[[Any], None],
    failed: Callable[[str], None],
) -> None:
    """Seal ``result`` (a LetterResult) for the contact with ``fingerprint`` into ``out``."""
    letter = result.letter

    def work(services: VaultServices) -> Any:
        from desktop.documents.packets import seal_packet

        return seal_packet(
            services.cases,
            case_id=case_id,
            recipient=services.keys.contact(fingerprint),
            out=out,
            files=[(result.letter_path.name, letter.recipient_pdf)],
            evidence_ids=tuple(letter.evidence_ids),
            referral_id=result.referral_id,
        )

    session.run_services(work, done=done, failed=failed)


def choose_and_seal(
    parent: QWidget,
    session: Session,
    case_id: str,
    result: Any,
    done: Callable[[Any], None],
    failed: Callable[[str], None],
) -> None:
    """Ask which contact and where, then seal (contacts are read in the background)."""

    def read(services: VaultServices) -> list[Any]:
        return services.keys.contacts()

    def chosen(contacts: list[Any]) -> None:
        if not contacts:
            failed(
                QCoreApplication.translate(
                    "Seal",
                    "No contact keys yet: import the recipient's key file under "
                    "Keys and contacts first.",
                )
            )
            return
        names = [contact_text(c) for c in contacts]
        name, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("Seal", "Seal for recipient"),
            QCoreApplication.translate("Seal", "Seal the letter for:"),
            names,
            0,
            False,
        )
        if not ok:
            return
        contact = contacts[names.index(name)]
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Seal", "Save the sealed packet"),
            f"{result.letter.reference}.mdgpkt",
            QCoreApplication.translate("Seal", "Sealed packets (*.mdgpkt)"),
        )
        if path:
            seal_letter(
                session, case_id, result, contact.fingerprint, Path(path), done=done, failed=failed
            )

    session.run_services(read, done=chosen, failed=failed)
