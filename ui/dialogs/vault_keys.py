"""The vault's keys from the Vault menu: change the passphrase, make a new recovery key.

The same core calls as the CLI's ``passwd`` and ``new-recovery-key`` (through the
session); both ask for the current passphrase first, so a counselor who stepped away
from an unlocked window cannot have the vault's keys changed behind their back.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.passphrase_parts import (
    RecoveryKeyPanel,
    StrengthMeter,
    new_passphrase_problem,
    secret_field,
)
from ui.session import Session
from ui.widgets import labelled_form


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
        self.old = secret_field(self.tr("Current passphrase"))
        self.new = secret_field(self.tr("New passphrase"))
        self.repeat = secret_field(self.tr("Repeat the new passphrase"))
        self.meter = StrengthMeter(self.new)
        self.message = _message_label(self.tr("Passphrase status"))
        form = labelled_form([
            (self.tr("&Current passphrase:"), self.old),
            (self.tr("&New passphrase:"), self.new),
            (self.tr("&Repeat:"), self.repeat),
        ])  # fmt: skip
        form.addRow(self.tr("Strength:"), self.meter)
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

    def submit(self) -> None:
        old, new = self.old.text(), self.new.text()
        if not old:
            self.message.setText(self.tr("Enter the current passphrase."))
            return
        if new == old:
            self.message.setText(self.tr("The new passphrase is the same as the current one."))
            return
        problem = new_passphrase_problem(new, self.repeat.text())
        if problem:
            self.message.setText(problem)
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
        self.passphrase = secret_field(self.tr("Passphrase"))
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
        self.recovery_panel = RecoveryKeyPanel(
            self.session,
            self.tr(
                "This is the new recovery key. It is shown only this once. Write it down or "
                "print it and keep it somewhere safe, away from this computer; destroy the old "
                "sheet."
            ),
            self.tr("&Close"),
            self.tr("Close"),
        )
        panel = self.recovery_panel
        # The names the vault-maintenance tests use.
        self.recovery, self.print_button = panel.recovery, panel.print_button
        self.saved, self.close_button = panel.saved, panel.proceed
        panel.proceeded.connect(self.accept)
        return panel

    def submit(self) -> None:
        if not self.passphrase.text():
            self.message.setText(self.tr("Enter the passphrase."))
            return
        self.make_button.setEnabled(False)
        self.message.setText(self.tr("Making the new recovery key…"))
        self.session.new_recovery_key(self.passphrase.text(), done=self._made, failed=self._failed)

    def _made(self, key: str) -> None:
        self.passphrase.clear()
        self.stack.setCurrentIndex(1)
        self.recovery_panel.show_key(key)

    def _failed(self, message: str) -> None:
        self.make_button.setEnabled(True)
        self.message.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    @property
    def key_on_show(self) -> bool:
        """The new key is on screen and not yet confirmed as saved."""
        return self.stack.currentIndex() == 1 and self.recovery_panel.unconfirmed

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
        self.recovery_panel.forget()
        super().done(result)
