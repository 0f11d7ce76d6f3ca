"""The unlock screen: passphrase (or recovery key), clear errors, nothing else visible.

When this computer remembers the vault (a key in a secure system keyring), a button
unlocks with that key, and another forgets it.  A button, not an automatic unlock at
start: an office laptop is often shared, and opening the app (or coming back to an
idle-locked window) should not show cases to whoever sits down; one deliberate click
is the price.  docs/desktop.md says the same to counselors.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.device_keyring import DeviceKeyState, Forgotten
from ui.device_key_texts import device_key_message
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
        self.use_recovery = QCheckBox(self.tr("Use the recovery &key instead"))
        self.use_recovery.setAccessibleName(self.tr("Use the recovery key instead"))
        self.use_recovery.toggled.connect(self._recovery_toggled)
        self.forgot_button = QPushButton(self.tr("F&orgot the passphrase?"))
        self.forgot_button.setAccessibleName(
            self.tr("Forgot the passphrase? Reset it with the recovery key")
        )
        self.forgot_button.clicked.connect(self.reset_with_recovery_key)
        self.reset_dialog: QDialog | None = None
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock status"))
        self._device_key_usable = False
        self.device_button = QPushButton(self.tr("Unlock with this &device's key"))
        self.device_button.setAccessibleName(self.tr("Unlock with this device's key"))
        self.device_button.clicked.connect(self.unlock_with_device_key)
        self.device_button.setEnabled(False)  # until the vault says it remembers this device
        self.forget_button = QPushButton(self.tr("&Forget this device's key"))
        self.forget_button.setAccessibleName(self.tr("Forget this device's key"))
        self.forget_button.setToolTip(self.tr(
            "Remove the key from the system keyring and from the vault: the passphrase is "
            "needed again on this device."
        ))  # fmt: skip
        self.forget_button.clicked.connect(self.forget_device_key)
        self._show_device_buttons(visible=False)
        self.label = QLabel(self.tr("&Passphrase:"))
        self.label.setBuddy(self.passphrase)

        form = QFormLayout()
        form.addRow(self.label, self.passphrase)
        form.addRow("", self.use_recovery)
        box = QWidget()
        # A fixed width, not a maximum: centred in the page, the box would otherwise get its
        # size hint's width, narrower than the one its wrapped note measured its height at,
        # and the note's last line was cut off.
        box.setFixedWidth(520)
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
        inner.addWidget(self.device_button)
        inner.addWidget(self.forget_button)
        inner.addWidget(self.message)
        inner.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignRight)
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
        self.session.open_in_background(done=self._opened, failed=self._cannot_open)

    def _opened(self) -> None:
        self.session.device_key_state(self._device_key_known)

    def _device_key_known(self, state: DeviceKeyState) -> None:
        self._device_key_usable = state.usable
        self._show_device_buttons(visible=state.remembered)
        self.device_button.setEnabled(state.usable)
        if state.remembered and state.refusal_code is not None:
            self.message.setText(device_key_message(state.refusal_code))

    def _show_device_buttons(self, *, visible: bool) -> None:
        self.device_button.setVisible(visible)
        self.forget_button.setVisible(visible)

    def _cannot_open(self, message: str) -> None:
        self.message.setText(message)
        self.button.setEnabled(False)

    def reset(self) -> None:
        self.passphrase.setText(self.demo_passphrase or "")
        self.message.clear()
        self.use_recovery.setChecked(False)
        self.button.setEnabled(True)
        self._device_key_usable = False  # until the vault says again
        self.device_button.setEnabled(False)
        self._show_device_buttons(visible=False)
        self.passphrase.setFocus()

    def _busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.forget_button.setEnabled(not busy)
        self.device_button.setEnabled(not busy and self._device_key_usable)

    def unlock_with_device_key(self) -> None:
        self._busy(True)
        self.message.setText(self.tr("Unlocking…"))
        self.session.unlock_with_device_key(
            done=self._done, refused=self._device_key_refused, failed=self._failed
        )

    def _device_key_refused(self, code: str) -> None:
        """Say why in one line and ask for the passphrase instead."""
        self._busy(False)
        if not code.startswith("keyring.unavailable"):
            self._device_key_usable = False  # the key is gone for good
            self._show_device_buttons(visible=False)
        self.message.setText(device_key_message(code))
        self.passphrase.setFocus()

    def forget_device_key(self) -> None:
        self._busy(True)
        self.message.setText(self.tr("Forgetting this device's key…"))
        self.session.forget_device_key(
            done=self._forgotten, refused=self._device_key_refused, failed=self._failed
        )

    def _forgotten(self, outcome: Forgotten) -> None:
        self._device_key_usable = False
        self._busy(False)
        self._show_device_buttons(visible=False)
        if outcome is Forgotten.DONE:
            self.message.setText(self.tr(
                "This device no longer remembers the vault: the key is gone from the system "
                "keyring and from the vault. Enter the passphrase."
            ))  # fmt: skip
        else:
            self.message.setText(self.tr(
                "The key is gone from the system keyring. The vault stops offering it when "
                "you next unlock with the passphrase."
            ))  # fmt: skip
        self.passphrase.setFocus()

    def reset_with_recovery_key(self) -> None:
        """The "Forgot the passphrase?" button: the recovery key and a new passphrase in a
        dialog; the window opens once the new recovery key it shows has been saved."""
        from ui.dialogs.recovery_reset import ResetPassphraseDialog

        self.message.clear()
        dialog = ResetPassphraseDialog(self.session, self)
        dialog.finished.connect(self._reset_finished)
        self.reset_dialog = dialog
        dialog.open()

    def _reset_finished(self, _: int) -> None:
        self.reset_dialog = None
        if self.session.is_unlocked:
            self._done()

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
        self._busy(False)
        self.unlocked.emit()

    def _failed(self, message: str) -> None:
        self.passphrase.selectAll()
        self._busy(False)
        self.message.setText(message)
        self.passphrase.setFocus()
