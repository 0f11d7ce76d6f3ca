"""The counselor's way out of kiosk mode: a masked passphrase prompt."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CounselorExitDialog(QDialog):
    """Asks for the counselor's passphrase (masked) to leave kiosk mode."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.setModal(True)
        label = QLabel(self.tr("Counselor &passphrase:"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Counselor passphrase"))
        label.setBuddy(self.passphrase)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        self.ok_button = QPushButton(self.tr("&Leave kiosk"))
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.passphrase.returnPressed.connect(self.ok_button.click)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def clear(self) -> None:
        """Forget what was typed, ready for the next try."""
        self.passphrase.clear()
        self.message.clear()
        self.ok_button.setEnabled(True)
