"""Import cases from a CSV or Excel file: a preview first, then one all-or-nothing import.

The preview reads and checks every row (desktop.cases.importer.read_cases, nothing is
written) and lists every bad row at once, so an NGO's spreadsheet is fixed in one pass,
not one error per attempt; it also lists rows that look like cases already in the vault.
The import is the CLI's ``import``: one commit for every row and one audit entry with the
file's SHA-256.  The file is read again at import and must be the one previewed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.importer import ImportedCase, read_cases
from desktop.cases.service import CaseService
from desktop.errors import ImportFileError, ImportRowError
from ui.error_text import user_message
from ui.screen_fit import fit_to_screen
from ui.session import Session


@dataclass(frozen=True)
class ImportPreview:
    """What a file would import: its rows, every bad row, and likely duplicates."""

    rows: int
    errors: tuple[ImportRowError, ...]  # one per bad row, in file order
    duplicates: tuple[tuple[int, str, str], ...]  # (row, existing reference, existing name)
    sha256: str


def preview_file(service: CaseService, path: Path) -> ImportPreview:
    """Check every row of ``path`` and look for duplicates; writes nothing (pool thread)."""
    row_errors: list[ImportRowError] = []
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
    cases = read_cases(path, row_errors=row_errors)
    duplicates = []
    for case in cases:
        for match in service.find_duplicates(case.worker, limit=1):
            duplicates.append((case.row, match.ref, match.full_name))
    return ImportPreview(
        rows=len(cases) + len(row_errors),
        errors=tuple(row_errors),
        duplicates=tuple(duplicates),
        sha256=digest,
    )


def import_file(service: CaseService, path: Path, expected_sha256: str) -> int:
    """Import every row of ``path`` in one commit (the CLI's ``import``); returns the count."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != expected_sha256:
        raise ImportFileError(
            f"{path} changed after the preview; check it again before importing.",
            code="import.file.changed",
            path=path,
        )
    rows: list[ImportedCase] = read_cases(path)
    vault = service.vault
    with vault.writing():
        for row in rows:
            service.create_case(row.worker, case=row.case, topics=row.topics, note=row.note)
        vault.record_audit("import", details={"rows": len(rows), "sha256": digest})
    return len(rows)


class ImportCasesDialog(QDialog):
    """Choose a file, see what it holds, import it whole or not at all."""

    imported = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview: ImportPreview | None = None
        self._previewed = Path()
        self.setWindowTitle(self.tr("Import cases"))
        intro = QLabel(self.tr(
            "Import cases from a CSV or Excel (.xlsx) file: one row per worker. Every row is "
            "checked first; the file is imported whole or not at all."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.textChanged.connect(self._path_changed)
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the file"))
        self.choose_button.clicked.connect(self.choose)
        self.check_button = QPushButton(self.tr("Chec&k the file"))
        self.check_button.setAccessibleName(self.tr("Check the file"))
        self.check_button.clicked.connect(self.check)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import status"))
        self.errors = QListWidget()
        self.errors.setAccessibleName(self.tr("Rows with errors"))
        self.duplicates = QListWidget()
        self.duplicates.setAccessibleName(self.tr("Possible duplicates"))
        self.errors_label = QLabel(self.tr("&Rows to fix:"))
        self.errors_label.setBuddy(self.errors)
        self.duplicates_label = QLabel(self.tr("Possible &duplicates of cases in the vault:"))
        self.duplicates_label.setBuddy(self.duplicates)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the cases"))
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors, 2)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates, 1)
        layout.addWidget(self.buttons)
        self._show_lists(errors=False, duplicates=False)
        # Wide enough for a row error quoting its value on one line (1366 px screens and up).
        fit_to_screen(self, 880, 520)

    def _show_lists(self, *, errors: bool, duplicates: bool) -> None:
        self.errors_label.setVisible(errors)
        self.errors.setVisible(errors)
        self.duplicates_label.setVisible(duplicates)
        self.duplicates.setVisible(duplicates)

    def _path_changed(self) -> None:
        self.preview = None  # a preview belongs to the file it read
        self.import_button.setEnabled(False)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import cases"), "", self.tr("Case lists (*.csv *.xlsx)")
        )
        if name:
            self.path.setText(name)
            self.check()

    def check(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.summary.setText(self.tr("Choose the file to import."))
            return
        path = Path(text)
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking every row…"))
        self.session.run(lambda service: preview_file(service, path),
                         done=lambda preview: self._previewed_file(path, preview),
                         failed=self._failed)  # fmt: skip

    def _previewed_file(self, path: Path, preview: ImportPreview) -> None:
        self.check_button.setEnabled(True)
        self.preview = preview
        self._previewed = path
        self.errors.clear()
        self.errors.addItems([user_message(error) for error in preview.errors])
        self.duplicates.clear()
        for row, ref, name in preview.duplicates:
            self.duplicates.addItem(self.tr("Row {0}: like {1} ({2})").format(row, ref, name))
        self._show_lists(errors=bool(preview.errors), duplicates=bool(preview.duplicates))
        if preview.errors:
            self.summary.setText(self.tr(
                "{0} of {1} rows have errors. Fix them in the file and check it again; "
                "nothing is imported until every row is right."
            ).format(len(preview.errors), preview.rows))  # fmt: skip
            return
        text = self.tr("All {0} rows are ready to import.").format(preview.rows)
        if preview.duplicates:
            text += " " + self.tr(
                "{0} rows look like cases already in the vault: they are imported as new "
                "cases; merge or close them afterwards if they are the same person."
            ).format(len(preview.duplicates))  # fmt: skip
        self.summary.setText(text)
        self.import_button.setEnabled(True)
        self.import_button.setDefault(True)

    def start_import(self) -> None:
        preview = self.preview
        if preview is None or preview.errors:
            return
        path, digest = self._previewed, preview.sha256
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        self.session.run(lambda service: import_file(service, path, digest),
                         done=self._imported, failed=self._failed, changes="")  # fmt: skip

    def _imported(self, count: int) -> None:
        self.imported.emit(count)
        self.accept()

    def _failed(self, message: str) -> None:
        self.check_button.setEnabled(True)
        self.preview = None
        self.summary.setText(message)
