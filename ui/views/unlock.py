"""The unlock screen: passphrase (or recovery key), clear errors, nothing else visible."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.session import Session


class UnlockPage(QWidget):
    """Asks for the passphrase; emits ``unlocked`` when the vault opened."""

    unlocked = Signal()

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, demo_passphrase: str | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.demo_passphrase = demo_passphrase
        title = QLabel(self.tr("Madoguchi is locked"))
        title.setObjectName("title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.submit)
        self.use_recovery = QCheckBox(self.tr("&Use the recovery key instead"))
        self.use_recovery.setAccessibleName(self.tr("Use the recovery key instead"))
        self.use_recovery.toggled.connect(self._recovery_toggled)
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock status"))
        self.label = QLabel(self.tr("&Passphrase:"))
        self.label.setBuddy(self.passphrase)

        form = QFormLayout()
        form.addRow(self.label, self.passphrase)
        form.addRow("", self.use_recovery)
        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        if demo_passphrase:
            self.demo_note = QLabel(self.tr(
                "This is the demo vault: every person in it is made up. Its passphrase is "
                "“{0}” (already filled in). Your real vault is separate."
            ).format(demo_passphrase))  # fmt: skip
            self.demo_note.setWordWrap(True)
            inner.addWidget(self.demo_note)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _recovery_toggled(self, on: bool) -> None:
        self.label.setText(self.tr("&Recovery key:") if on else self.tr("&Passphrase:"))
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
        self.passphrase.setFocus()

    def open_vault(self) -> None:
        """Show the page ready for the passphrase while the vault file opens in the
        background; if it cannot be opened, say why and keep the button off."""
        self.reset()
        self.session.open_in_background(done=lambda: None, failed=self._cannot_open)

    def _cannot_open(self, message: str) -> None:
        self.message.setText(message)
        self.button.setEnabled(False)

    def reset(self) -> None:
        self.passphrase.setText(self.demo_passphrase or "")
        self.message.clear()
        self.use_recovery.setChecked(False)
        self.button.setEnabled(True)
        self.passphrase.setFocus()

    def submit(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.message.setText(self.tr("Enter the passphrase."))
            return
        self.button.setEnabled(False)
        self.message.setText(self.tr("Unlocking…"))
        self.session.unlock(
            secret, done=self._done, failed=self._failed, recovery=self.use_recovery.isChecked()
        )

    def _done(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.button.setEnabled(True)
        self.unlocked.emit()

    def _failed(self, message: str) -> None:
        self.passphrase.selectAll()
        self.button.setEnabled(True)
        self.message.setText(message)
        self.passphrase.setFocus()
