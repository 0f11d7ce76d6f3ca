"""A forgotten passphrase, from the unlock page: the recovery key and a new passphrase.

The same core call as the CLI's ``recover`` (``desktop.vaults.reset_passphrase``, through
the session): the vault opens with the recovery key, the new passphrase replaces the old
one, and a new recovery key replaces the one just typed, which is shown once to print or
write down.  The second page (showing the key) is the Vault menu's "New recovery key"
page, so both read and print the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.dialogs.vault_keys import NewRecoveryKeyDialog, _message_label
from ui.passphrase_parts import StrengthMeter, new_passphrase_problem, secret_field
from ui.session import Session
from ui.widgets import labelled_form


class ResetPassphraseDialog(NewRecoveryKeyDialog):
    """Recovery key + new passphrase twice; then the new recovery key, shown once."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Reset the passphrase"))

    def _ask_page(self) -> QWidget:
        page = QWidget()
        explain = QLabel(self.tr(
            "Forgot the passphrase? Enter the recovery key from the printed sheet and choose "
            "a new passphrase. The vault then gets a new recovery key: the old one and its "
            "sheet stop working."
        ))  # fmt: skip
        explain.setWordWrap(True)
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXXX-XXXXX-…")
        # _failed (inherited) selects and focuses self.passphrase: here that is the key.
        self.passphrase = self.recovery_key
        self.new = secret_field(self.tr("New passphrase"))
        self.repeat = secret_field(self.tr("Repeat the new passphrase"))
        self.repeat.returnPressed.connect(self.submit)
        self.meter = StrengthMeter(self.new)
        self.message = _message_label(self.tr("Reset status"))
        self.make_button = QPushButton(self.tr("&Reset the passphrase"))
        self.make_button.setAccessibleName(self.tr("Reset the passphrase"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        form = labelled_form([
            (self.tr("Recovery &key:"), self.recovery_key),
            (self.tr("&New passphrase:"), self.new),
            (self.tr("R&epeat:"), self.repeat),
        ])  # fmt: skip
        form.addRow(self.tr("Strength:"), self.meter)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.make_button)
        layout.addWidget(cancel)
        return page

    def submit(self) -> None:
        key, new = self.recovery_key.text().strip(), self.new.text()
        if not key:
            self.message.setText(self.tr("Enter the recovery key."))
            return
        problem = new_passphrase_problem(new, self.repeat.text())
        if problem:
            self.message.setText(problem)
            return
        self.make_button.setEnabled(False)
        self.message.setText(self.tr("Resetting the passphrase…"))
        self.session.reset_with_recovery_key(key, new, done=self._made, failed=self._failed)

    def _made(self, key: str) -> None:
        for field in (self.new, self.repeat):
            field.clear()
        super()._made(key)
