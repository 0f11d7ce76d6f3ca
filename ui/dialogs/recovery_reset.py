"""A forgotten passphrase, from the unlock page: the recovery key and a new passphrase.

The same core call as the CLI's ``recover`` (``desktop.vaults.reset_passphrase``, through
the session): the vault opens with the recovery key, the new passphrase replaces the old
one, and a new recovery key replaces the one just typed, which is shown once to print or
write down.  The second page (showing the key) is the Vault menu's "New recovery key"
page, so both read and print the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.errors import WeakPassphraseError
from desktop.vaults import check_passphrase_strength
from ui.dialogs.vault_keys import NewRecoveryKeyDialog, _message_label, _secret_field
from ui.error_text import user_message
from ui.session import Session
from ui.views.new_vault import strength
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
        self.new = _secret_field(self.tr("New passphrase"))
        self.new.textChanged.connect(self._update_meter)
        self.repeat = _secret_field(self.tr("Repeat the new passphrase"))
        self.repeat.returnPressed.connect(self.submit)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter_label = QLabel()
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
        form.addRow("", self.meter_label)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.make_button)
        layout.addWidget(cancel)
        return page

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
        key, new = self.recovery_key.text().strip(), self.new.text()
        if not key:
            self.message.setText(self.tr("Enter the recovery key."))
            return
        if new != self.repeat.text():
            self.message.setText(self.tr("The two new passphrases differ."))
            return
        try:
            check_passphrase_strength(new)
        except WeakPassphraseError as error:
            self.message.setText(user_message(error))
            return
        self.make_button.setEnabled(False)
        self.message.setText(self.tr("Resetting the passphrase…"))
        self.session.reset_with_recovery_key(key, new, done=self._made, failed=self._failed)

    def _made(self, key: str) -> None:
        for field in (self.new, self.repeat):
            field.clear()
        super()._made(key)
