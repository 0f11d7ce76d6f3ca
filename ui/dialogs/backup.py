"""Encrypted backup to a folder or USB stick (Vault menu) and restoring one (first-run page).

The backup is the sealed vault (desktop.backup), verified after writing; the window never
copies anything itself.  Restoring is offered where a lost or broken computer lands: the
page shown when there is no vault, since restore never overwrites one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.backup import BackupSummary, restore_vault
from ui.session import Session


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}"


class _FolderDialog(QDialog):
    """A folder field with a Choose button, a status line and one action button."""

    def __init__(self, title: str, intro: str, field_label: str, field_name: str,
                 action: str, action_name: str, parent: QWidget | None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(field_name)
        label = QLabel(field_label)
        label.setBuddy(self.folder)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose the folder"))
        choose.clicked.connect(self.choose)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Backup status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.action = QPushButton(action)
        self.action.setAccessibleName(action_name)
        self.action.setDefault(True)
        self.buttons.addButton(self.action, QDialogButtonBox.ButtonRole.ActionRole)
        self.action.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def choose(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.windowTitle())
        if name:
            self.folder.setText(name)

    def chosen(self) -> Path | None:
        text = self.folder.text().strip()
        if not text:
            self.message.setText(self.tr("Choose a folder first."))
            return None
        return Path(text)

    def start(self) -> None:
        raise NotImplementedError

    def _failed(self, message: str) -> None:
        self.action.setEnabled(True)
        self.message.setText(message)


class BackupDialog(_FolderDialog):
    """Back the unlocked vault up into a new folder inside the chosen one."""

    backed_up = Signal(object)  # BackupSummary

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Encrypted backup"),
            self.tr(
                "Copies the vault, still encrypted, with its evidence files into a new folder "
                "in the folder you choose (a USB stick, say), then checks the copy. It opens "
                "only with this vault's passphrase or recovery key: keep the recovery sheet "
                "apart from the stick."
            ),
            self.tr("&Folder:"), self.tr("Where to write the backup"),
            self.tr("&Back up"), self.tr("Back up the vault"), parent,
        )  # fmt: skip
        self.session = session

    def start(self) -> None:
        destination = self.chosen()
        if destination is None:
            return
        self.action.setEnabled(False)
        self.message.setText(self.tr("Backing up and checking the copy…"))
        self.session.back_up(destination, done=self._done, failed=self._failed)

    def _done(self, summary: BackupSummary) -> None:
        self.action.setEnabled(True)
        size = _megabytes(summary.size_bytes)
        self.message.setText(self.tr(
            "Backup written and checked: {0} ({1} evidence files, {2} MB)."
        ).format(summary.folder, summary.evidence_files, size))  # fmt: skip
        self.backed_up.emit(summary)


class RestoreDialog(_FolderDialog):
    """Restore a backup folder as this computer's vault (there is none yet)."""

    restored = Signal(object)  # BackupSummary

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Restore a backup"),
            self.tr(
                "Choose the backup folder (named madoguchi-backup-…). It is checked, copied "
                "as this computer's vault and opens with the passphrase or recovery key the "
                "vault had when it was backed up."
            ),
            self.tr("&Backup folder:"), self.tr("The backup folder"),
            self.tr("&Restore"), self.tr("Restore the backup"), parent,
        )  # fmt: skip
        self.session = session

    def start(self) -> None:
        source = self.chosen()
        if source is None:
            return
        target = self.session.folder
        self.action.setEnabled(False)
        self.message.setText(self.tr("Checking and restoring the backup…"))
        self.session.background.run(
            lambda: restore_vault(source, target), done=self._done, failed=self._failed
        )

    def _done(self, summary: BackupSummary) -> None:
        self.restored.emit(summary)
        self.accept()
