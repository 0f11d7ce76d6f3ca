"""What every screen that sets a passphrase or shows a recovery key is made of, written once.

Three screens choose a new passphrase (the first run's new vault, Change passphrase, and the
forgotten-passphrase reset) and three show a new recovery key once (the same three, the
second through New recovery key).  They share: the hidden passphrase field, the strength meter
(a rough guide; the core's ``check_passphrase_strength`` decides), the checks made before the
core is asked, and the recovery-key panel (the key in large type, its sheet printed from
memory and never written to disk, and a step that stays disabled until the counselor says the
key is saved).

Strings here belong to the translation context ``PassphraseParts`` (``QCoreApplication``'s
``translate`` with the context written out, so lupdate finds them whichever screen uses them).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
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

__all__ = [
    "RecoveryKeyPanel",
    "StrengthMeter",
    "new_passphrase_problem",
    "secret_field",
    "strength",
]


def strength(passphrase: str) -> int:
    """0–100: a rough estimate of guessing effort, for the meter only (the core decides)."""
    if not passphrase:
        return 0
    pools = [
        any(c.islower() for c in passphrase),
        any(c.isupper() for c in passphrase),
        any(c.isdigit() for c in passphrase),
        any(not c.isalnum() for c in passphrase),
        any(ord(c) > 127 for c in passphrase),
    ]
    alphabet = 26 * pools[0] + 26 * pools[1] + 10 * pools[2] + 20 * pools[3] + 100 * pools[4]
    unique = len(set(passphrase))
    bits = min(len(passphrase), unique * 2) * max(1.0, alphabet.bit_length())
    return int(min(100, bits * 100 / 80))


def secret_field(accessible_name: str) -> QLineEdit:
    """A line edit that shows dots, named for screen readers."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


def new_passphrase_problem(new: str, repeat: str) -> str | None:
    """The sentence that stops a new passphrase before the core is asked, or None."""
    if new != repeat:
        return QCoreApplication.translate("PassphraseParts", "The two passphrases differ.")
    try:
        check_passphrase_strength(new)
    except WeakPassphraseError as error:
        return user_message(error)
    return None


class StrengthMeter(QWidget):
    """A bar and a word under it (weak, fair, strong) for the passphrase in ``field``."""

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(
            QCoreApplication.translate("PassphraseParts", "Passphrase strength")
        )
        self.label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        field.textChanged.connect(self.show_for)

    def show_for(self, passphrase: str) -> None:
        value = strength(passphrase)
        self.bar.setValue(value)
        if value < 40:
            word = QCoreApplication.translate("PassphraseParts", "Weak: easy to guess")
        elif value < 75:
            word = QCoreApplication.translate("PassphraseParts", "Fair: longer is better")
        else:
            word = QCoreApplication.translate("PassphraseParts", "Strong")
        self.label.setText(word)

    def value(self) -> int:
        return self.bar.value()


class RecoveryKeyPanel(QWidget):
    """A recovery key shown once: the key, Print recovery sheet…, "I have saved the recovery
    key", and the step onwards (``proceed``), enabled only once that box is ticked."""

    proceeded = Signal()

    def __init__(
        self,
        session: Session,
        explanation: str,
        proceed_text: str,
        proceed_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._key = ""
        explain = QLabel(explanation)
        explain.setWordWrap(True)
        self.recovery = QLabel()
        self.recovery.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery.setAccessibleName(
            QCoreApplication.translate("PassphraseParts", "Recovery key")
        )
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 3)
        self.recovery.setFont(font)
        self.recovery.setWordWrap(True)
        self.print_button = QPushButton(
            QCoreApplication.translate("PassphraseParts", "&Print recovery sheet…")
        )
        self.print_button.setAccessibleName(
            QCoreApplication.translate("PassphraseParts", "Print recovery sheet")
        )
        self.print_button.clicked.connect(self.print_sheet)
        self.saved = QCheckBox(
            QCoreApplication.translate("PassphraseParts", "I have &saved the recovery key")
        )
        self.saved.setAccessibleName(
            QCoreApplication.translate("PassphraseParts", "I have saved the recovery key")
        )
        self.proceed = QPushButton(proceed_text)
        self.proceed.setAccessibleName(proceed_name)
        self.proceed.setEnabled(False)
        self.saved.toggled.connect(self.proceed.setEnabled)
        self.proceed.clicked.connect(self.proceeded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explain)
        layout.addWidget(self.recovery)
        layout.addWidget(self.print_button)
        layout.addWidget(self.saved)
        layout.addWidget(self.proceed)
        layout.addStretch(1)

    def show_key(self, key: str) -> None:
        self._key = key
        self.recovery.setText(key.replace("-", " - "))
        self.saved.setFocus()

    def key(self) -> str:
        return self._key

    def forget(self) -> None:
        """The key is shown once: gone from the screen and from memory the app holds."""
        self._key = ""
        self.recovery.clear()

    @property
    def unconfirmed(self) -> bool:
        """A key is on show and the counselor has not said it is saved."""
        return bool(self._key) and not self.saved.isChecked()

    def sheet(self, vault_id: str = "") -> bytes:
        """The printable recovery sheet (PDF bytes, kept in memory only)."""
        return recovery_sheet_pdf(
            self._key, vault_id=vault_id, organisation="", created=date.today()
        )

    def print_sheet(self) -> None:
        """Make the sheet in the background (fonts load on first use), then print it; it is
        never written to disk by the app."""
        key = self._key

        def make(services: VaultServices) -> bytes:
            return recovery_sheet_pdf(
                key, vault_id=services.keys.vault_id(), organisation="", created=date.today()
            )

        def failed(message: str) -> None:
            self.print_button.setEnabled(True)
            QMessageBox.warning(
                self, QCoreApplication.translate("PassphraseParts", "Recovery sheet"), message
            )

        self.print_button.setEnabled(False)
        self.session.run_services(make, done=self._print_ready, failed=failed)

    def _print_ready(self, data: bytes) -> None:
        self.print_button.setEnabled(True)
        ask_and_print(data, self, QCoreApplication.translate("PassphraseParts", "Recovery sheet"))
