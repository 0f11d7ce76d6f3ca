"""The parts every document dialog is made of, written once.

The letter, the labour-office complaint, the consent form, the "what we hold about you" report
and the company report each gather choices and hand them to the core in the background.  What
they share is here: a status line (a problem in red, progress and results in plain text), the
PDF file field with its Choose… button, the picker of the worker's language (filled in the
background, the worker's own language chosen, each language with its review status), a row of
action buttons that are disabled while the core works, and the preview of PDFs made in memory.

Strings here belong to the translation context ``DocumentParts`` (``QCoreApplication.translate``
rather than ``self.tr``, so the context does not depend on which widget subclass calls it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.cases.service import CaseService
from ui import document_labels
from ui.session import Session
from ui.widgets import guarded

__all__ = [
    "ActionRow",
    "LanguageChoice",
    "PdfFileField",
    "StatusLine",
    "WorkerLanguagePicker",
    "show_pdf_preview",
    "vault_is_locked",
]

LanguageChoice = tuple[str, str, str]  # (code, name in its own script, review status)
_PROBLEM_STYLE = "color: #d32f2f; font-weight: bold;"


class StatusLine(QLabel):
    """One line under the form: what is happening, what was made, or what went wrong."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)

    def problem(self, message: str) -> None:
        self.setStyleSheet(_PROBLEM_STYLE)
        self.setText(message)

    def note(self, text: str) -> None:
        self.setStyleSheet("")
        self.setText(text)


class PdfFileField(QWidget):
    """A file name and a Choose… button; ``path()`` is the chosen PDF, or None."""

    def __init__(
        self, dialog_title: str, suggested: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._dialog_title, self._suggested = dialog_title, suggested
        self.edit = QLineEdit()
        self.edit.setAccessibleName(
            QCoreApplication.translate("DocumentParts", "The PDF file to write")
        )
        self.edit.setPlaceholderText(
            QCoreApplication.translate("DocumentParts", "Choose where to save the PDF")
        )
        self.choose_button = QPushButton(QCoreApplication.translate("DocumentParts", "C&hoose…"))
        self.choose_button.setAccessibleName(
            QCoreApplication.translate("DocumentParts", "Choose the PDF file")
        )
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)

    def choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self._dialog_title,
            self._suggested(),
            QCoreApplication.translate("DocumentParts", "PDF (*.pdf)"),
        )
        if name:
            self.edit.setText(name if name.lower().endswith(".pdf") else f"{name}.pdf")

    def path(self) -> Path | None:
        """The file typed or chosen, if it names a PDF file (not a folder)."""
        text = self.edit.text().strip()
        if not text.lower().endswith(".pdf"):
            return None
        out = Path(text).expanduser()
        return None if out.is_dir() else out

    def folder_named(self) -> str | None:
        """The sentence for a folder typed where a file belongs (else None): the dialog's own
        "choose a file" sentence would not say what is wrong."""
        text = self.edit.text().strip()
        if text and Path(text).expanduser().is_dir():
            return QCoreApplication.translate(
                "DocumentParts", "{0} is a folder; choose a file name."
            ).format(Path(text).expanduser())
        return None


class WorkerLanguagePicker(QComboBox):
    """The languages a document exists in, each shown as "Tiếng Việt — machine-drafted" (the
    worker acts on what it says, so the review status is always in view).  Filled in the
    background by ``load``; the first of the worker's own languages that the document has is
    chosen, else Japanese.  ``loaded`` fires once the list is there."""

    loaded = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.addItem(QCoreApplication.translate("DocumentParts", "Loading languages…"), None)
        self.setEnabled(False)

    def load(
        self,
        session: Session,
        spoken: Iterable[str],
        available: Callable[[], list[LanguageChoice]],
        failed: Callable[[str], None],
    ) -> None:
        """Ask the core for ``available()`` languages; ``spoken`` are the worker's codes."""
        spoken = [str(code) for code in spoken]

        def read(_: CaseService) -> tuple[list[LanguageChoice], list[str]]:
            from desktop.documents.letters.data import language_alias

            return available(), [language_alias(code) for code in spoken]

        session.run(read, done=guarded(self, self._show), failed=guarded(self, failed))

    def _show(self, found: tuple[list[LanguageChoice], list[str]]) -> None:
        languages, spoken = found
        self.clear()
        for code, name, review in languages:
            self.addItem(f"{name} — {document_labels.review_status(review)}", code)
        codes = [code for code, _, _ in languages]
        wanted = next((c for c in spoken if c in codes), "ja")
        self.setCurrentIndex(max(self.findData(wanted), 0))
        self.setEnabled(True)
        self.loaded.emit()

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None


class ActionRow(QHBoxLayout):
    """The dialog's action buttons, then Close; all disabled while the core works."""

    def __init__(self, dialog: QDialog, *buttons: QPushButton) -> None:
        super().__init__()
        self.buttons = list(buttons)
        for button in self.buttons:
            self.addWidget(button)
        self.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            QCoreApplication.translate("DocumentParts", "Close")
        )
        close.rejected.connect(dialog.reject)
        self.addWidget(close)

    def busy(self) -> None:
        for button in self.buttons:
            button.setEnabled(False)

    def idle(self) -> None:
        for button in self.buttons:
            button.setEnabled(True)


def show_pdf_preview(parent: QWidget, title: str, pages: list[tuple[str, bytes]]) -> QDialog:
    """Open the in-memory PDFs (label, bytes) in the preview dialog; returns it (kept by the
    caller, so it is not collected while open)."""
    from ui.dialogs.pdf_preview import PdfPreviewDialog

    preview = PdfPreviewDialog(title, pages, parent)
    preview.open()
    return preview


def vault_is_locked(session: Session, status: StatusLine) -> bool:
    """Say so on the status line when the vault locked while the dialog was open."""
    if session.is_unlocked:
        return False
    status.problem(QCoreApplication.translate("DocumentParts", "The vault is locked."))
    return True
