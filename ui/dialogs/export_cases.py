"""Export every case to an unencrypted JSON file, after the same explicit confirmation the
CLI's ``export`` asks for: the file is readable by anyone who gets it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from desktop.cases.export import export_json
from desktop.cases.service import CaseService
from ui.session import Session


class ExportCasesDialog(QDialog):
    """Where to write the export, and a checked box saying it is unencrypted."""

    exported = Signal(int, str)  # number of cases, the file

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export cases (unencrypted)"))
        warning = QLabel(self.tr(
            "The export holds every case in plain JSON: NOT encrypted, readable by anyone who "
            "gets the file. Use it only to move the cases to another system, keep it on an "
            "encrypted disk, and delete it when done. For a backup, use Vault ▸ Back up "
            "instead: that copy stays encrypted."
        ))  # fmt: skip
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b71c1c;")
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Export file"))
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose the export file"))
        choose.clicked.connect(self.choose)
        self.confirm = QCheckBox(self.tr(
            "I &understand the file is unencrypted and readable by anyone who gets it"
        ))  # fmt: skip
        self.confirm.setAccessibleName(self.tr("Confirm the unencrypted export"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Export status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setAccessibleName(self.tr("Export the cases"))
        self.export_button.setEnabled(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self.confirm.toggled.connect(self._update)
        self.path.textChanged.connect(self._update)
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(row)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _update(self) -> None:
        self.export_button.setEnabled(self.confirm.isChecked() and bool(self.path.text().strip()))

    def choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export cases"), "madoguchi-export.json", self.tr("JSON (*.json)")
        )
        if name:
            self.path.setText(name)

    def start_export(self) -> None:
        if not self.confirm.isChecked():  # the button is off too; never export unconfirmed
            return
        out = Path(self.path.text().strip())
        if out.is_dir():
            self.message.setText(self.tr("{0} is a folder; name a file.").format(out))
            return
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))

        def work(service: CaseService) -> int:
            return export_json(service, out)

        self.session.run(work, done=lambda count: self._exported(count, out), failed=self._failed)

    def _exported(self, count: int, out: Path) -> None:
        self.exported.emit(count, str(out))
        self.accept()

    def _failed(self, message: str) -> None:
        self._update()
        self.message.setText(message)
