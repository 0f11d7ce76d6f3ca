"""Vault ▸ Set up sync…: enrol this computer with the organisation's server, from the window.

The same call as ``python main.py enroll`` (sync.client ``enroll``), run in the pool.  The
code the administrator gave names the person; the user id is the vault's own, so a code
made for someone else is refused (``sync.enrol.wrong_user``) and nothing is saved.

After enrolling, the dialog shows this vault's key fingerprint in the app's digit groups,
large and selectable, to read aloud to the administrator, who types it into ``admin
approve``.  Until then the window's sync controller asks the server every few seconds
(``/v1/me``), and the state line below the fingerprint changes by itself once approved.
"""

from __future__ import annotations

from PySide6.QtCore import QSysInfo, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import VaultServices
from sync.client import EnrolResult, SyncStatus
from ui.screen_fit import fit_to_screen
from ui.session import Session
from ui.syncing.controller import SyncController
from ui.widgets import labelled_form

__all__ = ["SyncSetupDialog"]


def _my_fingerprint(services: VaultServices) -> str:
    return services.keys.my_key().fingerprint_digits


class SyncSetupDialog(QDialog):
    """Server address and enrolment code, then the fingerprint and the approval state."""

    def __init__(
        self, session: Session, controller: SyncController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.setWindowTitle(self.tr("Set up sync"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._fingerprint_page())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.approved = False
        controller.status_changed.connect(self._show_state)
        controller.round_finished.connect(self._round_finished)
        controller.awaiting_approval_changed.connect(lambda _waiting: self._show_state())
        fit_to_screen(self, 620, 420)
        status = controller.status
        if status is not None and status.state != "not_enrolled":
            self.approved = bool(status.last_sync) and not controller.awaiting_approval
            # Set up already (perhaps still waiting): show the key to read out again.
            self.session.run_services(_my_fingerprint, done=self._show_fingerprint,
                                      failed=self.message.setText)  # fmt: skip

    # -- page 1: the administrator's code ---------------------------------------------------
    def _form_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "Your administrator gives you the server address and an enrolment code made for "
            "you. Case contents leave this computer only encrypted; the server never sees them."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setAccessibleName(self.tr("Server address"))
        self.server.setPlaceholderText("https://sync.example.org")
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Enrolment code"))
        self.device_name = QLineEdit(QSysInfo.machineHostName() or "Madoguchi")
        self.device_name.setAccessibleName(self.tr("Name of this computer"))
        form = labelled_form([
            (self.tr("Server &address:"), self.server),
            (self.tr("Enrolment &code:"), self.code),
            (self.tr("&Name of this computer:"), self.device_name),
        ])  # fmt: skip
        self.enrol_button = QPushButton(self.tr("&Enrol"))
        self.enrol_button.setAccessibleName(self.tr("Enrol this computer"))
        self.enrol_button.setDefault(True)
        self.enrol_button.clicked.connect(self.enrol)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Enrolment status"))
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.message)
        layout.addStretch(1)
        return page

    def enrol(self) -> None:
        server, code = self.server.text().strip(), self.code.text().strip()
        name = self.device_name.text().strip() or "Madoguchi"
        if not server or not code:
            self.message.setText(self.tr(
                "Type the server address and the enrolment code your administrator gave you."
            ))  # fmt: skip
            return
        self.enrol_button.setEnabled(False)
        self.message.setText(self.tr("Enrolling with the server…"))
        self.session.enrol_for_sync(server, code, name, done=self._enrolled, failed=self._failed)

    def _failed(self, message: str) -> None:
        self.enrol_button.setEnabled(True)
        self.message.setText(message)

    def _enrolled(self, result: tuple[EnrolResult, str]) -> None:
        enrolment, fingerprint = result
        self.code.clear()  # a one-time code, spent now
        self.approved = enrolment.status == "approved"
        self.org.setText(self.tr("Enrolled with {0} as {1} ({2}).").format(
            enrolment.org_name, enrolment.user_id, enrolment.role))  # fmt: skip
        self._show_fingerprint(fingerprint)
        self.controller.start()  # rounds begin; while pending they ask for the approval

    # -- page 2: the key to read aloud, and the approval state --------------------------------
    def _fingerprint_page(self) -> QWidget:
        page = QWidget()
        self.org = QLabel()
        self.org.setWordWrap(True)
        ask = QLabel(self.tr(
            "Read this number to your administrator (by phone or in person). They type it to "
            "approve this computer; it proves the key they approve is this computer's."
        ))  # fmt: skip
        ask.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setAccessibleName(self.tr("This computer's key fingerprint"))
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.fingerprint.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["BIZ UDGothic", "monospace"])
        self.fingerprint.setFont(font)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Approval state"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.org)
        layout.addWidget(ask)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.state)
        layout.addStretch(1)
        return page

    def _show_fingerprint(self, digits: str) -> None:
        self.fingerprint.setText(digits)
        self.pages.setCurrentIndex(1)
        self._show_state()

    def _round_finished(self, _report: object) -> None:
        self.approved = True  # a round passes only once the server knows this device approved
        self._show_state()

    def _show_state(self, status: SyncStatus | None = None) -> None:
        status = status or self.controller.status
        if self.controller.awaiting_approval:
            self.approved = False
        if self.approved:
            text = self.tr("Approved: this computer syncs with the organisation's server.")
        elif status is not None and status.state == "offline":
            text = self.tr("The server cannot be reached just now; sync tries again by itself.")
        else:
            text = self.tr(
                "Waiting for the administrator to approve this computer. This changes by "
                "itself once they have; you may close this window and keep working."
            )
        self.state.setText(text)
