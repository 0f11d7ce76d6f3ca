"""The vault's keys from the Vault menu: change the passphrase, make a new recovery key.

The same core calls as the CLI's ``passwd`` and ``new-recovery-key`` (through the
session); both ask for the current passphrase first, so a counselor who stepped away
from an unlocked window cannot have the vault's keys changed behind their back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.recovery_sheet import recovery_sheet_pdf
from desktop.errors import WeakPassphraseError
from desktop.services import VaultServices
from desktop.vaults import check_passphrase_strength
from ui.error_text import user_message
from ui.printing import ask_and_print
from ui.session import Session
from ui.views.new_vault import strength
from ui.widgets import labelled_form


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


class ChangePassphraseDialog(QDialog):
    """Old passphrase, the new one twice with the strength meter of the new-vault page."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Change passphrase"))
        self.old = _secret_field(self.tr("Current passphrase"))
        self.new = _secret_field(self.tr("New passphrase"))
        self.new.textChanged.connect(self._update_meter)
        self.repeat = _secret_field(self.tr("Repeat the new passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter_label = QLabel()
        self.message = _message_label(self.tr("Passphrase status"))
        form = labelled_form([
            (self.tr("&Current passphrase:"), self.old),
            (self.tr("&New passphrase:"), self.new),
            (self.tr("&Repeat:"), self.repeat),
        ])  # fmt: skip
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.meter_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Change &passphrase"))
        self.ok.setAccessibleName(self.tr("Change passphrase"))
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr(
            "The new passphrase replaces the old one on this computer at once. The recovery "
            "key stays the same. Other devices that sync keep their own passphrase."
        ))  # fmt: skip
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _update_meter(self, text: str) -> None:
        value = strength(text)
        self.meter.setValue(value)
        if value < 40:
            self.meter_label.setText(self.tr("Weak: easy to guess"))
        elif value < 75:
            self.meter_label.setText(self.tr("Fair: longer is better"))
        else:
            self.meter_label.setText(self.tr("Strong"))

    def submit(self) -> None:
        old, new = self.old.text(), self.new.text()
        if not old:
            self.message.setText(self.tr("Enter the current passphrase."))
            return
        if new != self.repeat.text():
            self.message.setText(self.tr("The two new passphrases differ."))
            return
        if new == old:
            self.message.setText(self.tr("The new passphrase is the same as the current one."))
            return
        try:
            check_passphrase_strength(new)
        except WeakPassphraseError as error:
            self.message.setText(user_message(error))
            return
        self.ok.setEnabled(False)
        self.message.setText(self.tr("Changing the passphrase…"))
        self.session.change_passphrase(old, new, done=self._done, failed=self._failed)

    def _done(self, _: object) -> None:
        for field in (self.old, self.new, self.repeat):
            field.clear()
        self.accept()  # the window says it is done (status bar), no second dialog to close

    def _failed(self, message: str) -> None:
        self.ok.setEnabled(True)
        self.message.setText(message)
        self.old.selectAll()
        self.old.setFocus()


class NewRecoveryKeyDialog(QDialog):
    """Confirm the passphrase, make a new recovery key, show it once (and print the sheet)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._key = ""
        self.setWindowTitle(self.tr("New recovery key"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._ask_page())
        self.stack.addWidget(self._show_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.setMinimumWidth(480)

    def _ask_page(self) -> QWidget:
        page = QWidget()
        explain = QLabel(self.tr(
            "A new recovery key replaces the old one: the old key and its printed sheet stop "
            "working. Do this when the sheet is lost or the recovery key was reported "
            "damaged. Enter the passphrase to confirm."
        ))  # fmt: skip
        explain.setWordWrap(True)
        self.passphrase = _secret_field(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.submit)
        self.message = _message_label(self.tr("Recovery key status"))
        self.make_button = QPushButton(self.tr("&Make a new recovery key"))
        self.make_button.setAccessibleName(self.tr("Make a new recovery key"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addLayout(labelled_form([(self.tr("&Passphrase:"), self.passphrase)]))
        layout.addWidget(self.message)
        layout.addWidget(self.make_button)
        layout.addWidget(cancel)
        return page

    def _show_page(self) -> QWidget:
        page = QWidget()
        explain = QLabel(self.tr(
            "This is the new recovery key. It is shown only this once. Write it down or print "
            "it and keep it somewhere safe, away from this computer; destroy the old sheet."
        ))  # fmt: skip
        explain.setWordWrap(True)
        self.recovery = QLabel()
        self.recovery.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 3)
        self.recovery.setFont(font)
        self.recovery.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print recovery sheet…"))
        self.print_button.setAccessibleName(self.tr("Print recovery sheet"))
        self.print_button.clicked.connect(self.print_sheet)
        self.saved = QCheckBox(self.tr("I have &saved the recovery key"))
        self.saved.setAccessibleName(self.tr("I have saved the recovery key"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setEnabled(False)
        self.saved.toggled.connect(self.close_button.setEnabled)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.recovery)
        layout.addWidget(self.print_button)
        layout.addWidget(self.saved)
        layout.addWidget(self.close_button)
        return page

    def submit(self) -> None:
        if not self.passphrase.text():
            self.message.setText(self.tr("Enter the passphrase."))
            return
        self.make_button.setEnabled(False)
        self.message.setText(self.tr("Making the new recovery key…"))
        self.session.new_recovery_key(self.passphrase.text(), done=self._made, failed=self._failed)

    def _made(self, key: str) -> None:
        self.passphrase.clear()
        self._key = key
        self.recovery.setText(key.replace("-", " - "))
        self.stack.setCurrentIndex(1)
        self.saved.setFocus()

    def _failed(self, message: str) -> None:
        self.make_button.setEnabled(True)
        self.message.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def print_sheet(self) -> None:
        """The sheet is made in memory and printed, never written to disk by the app."""
        key = self._key

        def make(services: VaultServices) -> bytes:
            return recovery_sheet_pdf(
                key, vault_id=services.keys.vault_id(), organisation="", created=date.today()
            )

        def failed(message: str) -> None:
            self.print_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Recovery sheet"), message)

        self.print_button.setEnabled(False)
        self.session.run_services(make, done=self._print_ready, failed=failed)

    def _print_ready(self, data: bytes) -> None:
        self.print_button.setEnabled(True)
        ask_and_print(data, self, self.tr("Recovery sheet"))

    @property
    def key_on_show(self) -> bool:
        """The new key is on screen and not yet confirmed as saved."""
        return self.stack.currentIndex() == 1 and not self.saved.isChecked()

    def reject(self) -> None:
        # Escape must not throw away the only copy of the new recovery key: the old one
        # already stopped working.
        if not self.key_on_show:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.key_on_show:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Closing forgets the key: it is shown once."""
        self._key = ""
        self.recovery.clear()
        super().done(result)
