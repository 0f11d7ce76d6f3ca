"""Receiving a sealed referral packet: it becomes a new case, decrypted straight into the vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.cases.service import CaseService
from desktop.documents.packets import ReceivedPacket
from ui.session import Session

__all__ = ["choose_and_receive", "receive"]


def _tell(parent: QWidget, text: str) -> QMessageBox:
    title = QCoreApplication.translate("ReceivePacket", "Receive referral packet")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.open()  # not exec(): the window keeps running (and locking) behind it
    return box


def receive(session: Session, path: Path, parent: QWidget, opened: Callable[[str], None]) -> None:
    """Take ``path`` in as a new case in the background; ``opened(case_id)`` when done."""
    from desktop.documents.packets import receive_packet

    def work(service: CaseService) -> ReceivedPacket:
        return receive_packet(service, path)

    def done(received: ReceivedPacket) -> None:
        if not received.sender.verified:
            _tell(parent, QCoreApplication.translate(
                "ReceivePacket",
                "The packet opened, but the sender's key ({0}) was never compared by phone. "
                "Check it before trusting the contents."
            ).format(received.sender.fingerprint_digits))  # fmt: skip
        opened(received.case_id)

    def failed(message: str) -> None:
        _tell(parent, message)

    session.run(work, done=done, failed=failed, changes="")


def choose_and_receive(session: Session, parent: QWidget, opened: Callable[[str], None]) -> None:
    """Ask for a .mdgpkt file, then :func:`receive` it."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ReceivePacket", "Receive referral packet"),
        "",
        QCoreApplication.translate("ReceivePacket", "Madoguchi packets (*.mdgpkt)"),
    )
    if path:
        receive(session, Path(path), parent, opened)
