"""Printing one recorded consent as a form (同意書): language, file, then made in the background.

The dialog only gathers the choices.  The core (``desktop.documents.letters.consent_form``)
makes the PDF in Japanese and the chosen worker language, writes it atomically and audits
it; any problem comes back as one sentence shown here, and no file is left.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
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

from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails, RecordView
from ui import document_labels, labels
from ui.session import Session
from ui.widgets import guarded, labelled_form


class ConsentFormDialog(QDialog):
    """Language (the worker's by default) and output file; Save writes the form."""

    saved = Signal(str)  # the PDF written

    def __init__(
        self,
        session: Session,
        data: CaseDetails,
        consent: RecordView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.data, self.consent = session, data, consent
        self.setWindowTitle(self.tr("Print consent form"))
        about = self.tr("Consent for {0}, to {1}, given on {2}.").format(
            labels.consent_purpose(str(consent.data.get("purpose") or "")),
            str(consent.data.get("recipient") or ""),
            str(consent.data.get("given_on") or ""),
        )
        self.about = QLabel(about)
        self.about.setWordWrap(True)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the worker's half"))
        self.language.setEnabled(False)  # filled in the background
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("PDF file to write"))
        self.file.setPlaceholderText(self.tr("Choose where to save the PDF"))
        self.browse_button = QPushButton(self.tr("C&hoose…"))
        self.browse_button.setAccessibleName(self.tr("Choose the PDF file"))
        self.browse_button.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse_button)
        file_box = QWidget()
        file_box.setLayout(file_row)
        file_row.setContentsMargins(0, 0, 0, 0)
        form = labelled_form([(self.tr("&Language:"), self.language),
                              (self.tr("&File:"), file_box)])  # fmt: skip
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Consent form status"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the consent form"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._load_languages()

    # -- languages ------------------------------------------------------------------------
    def _load_languages(self) -> None:
        worker = self.data.worker
        spoken = [str(x) for x in (worker.data.get("languages") or [])] if worker else []

        def read(_: CaseService) -> tuple[dict[str, Any], list[str]]:
            from desktop.documents.letters.consent_form import form_languages
            from desktop.documents.letters.data import language_alias

            return form_languages(), [language_alias(code) for code in spoken]

        self.session.run(read, done=guarded(self, self._show_languages),
                         failed=guarded(self, self.show_problem))  # fmt: skip

    def _show_languages(self, found: tuple[dict[str, Any], list[str]]) -> None:
        languages, spoken = found
        self.language.clear()
        for code, info in languages.items():
            review = document_labels.review_status(info.review_status)
            self.language.addItem(f"{info.name} — {review}", code)
        # The worker's own language first; Japanese only (one half) when none is known.
        wanted = next((c for c in spoken if c in languages), "ja" if "ja" in languages else None)
        if wanted is not None:
            self.language.setCurrentIndex(self.language.findData(wanted))
        self.language.setEnabled(True)

    # -- saving ---------------------------------------------------------------------------
    def _browse(self) -> None:
        suggested = f"同意書_{self.data.ref}_{self.language.currentData() or 'ja'}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the consent form as"), suggested, self.tr("PDF (*.pdf)")
        )
        if path:
            self.file.setText(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def save(self) -> None:
        """Write the form to the chosen file in the background (made, written, audited)."""
        text = self.file.text().strip()
        language = self.language.currentData()
        if not text:
            self.show_problem(self.tr("Choose the file to save the consent form in."))
            return
        out = Path(text).expanduser()
        if out.is_dir():
            self.show_problem(self.tr("{0} is a folder; choose a file name.").format(out))
            return
        if not language:
            self.show_problem(self.tr("The languages are still loading; try again."))
            return
        if not self.session.is_unlocked:
            self.show_problem(self.tr("The vault is locked."))
            return
        case_id, consent_id = self.data.case_id, self.consent.entity_id

        def write(service: CaseService) -> str:
            from desktop.documents.letters.consent_form import write_consent_form

            return write_consent_form(service, case_id, consent_id, str(language), out)

        self.message.setStyleSheet("")
        self.message.setText(self.tr("Making the consent form…"))
        self.save_button.setEnabled(False)
        self.session.run(
            write,
            done=guarded(self, lambda _digest: self._saved(out)),
            failed=guarded(self, self._failed),
        )

    def _saved(self, out: Path) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("The consent form was saved to {0}.").format(out))
        self.saved.emit(str(out))

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.show_problem(message)

    def show_problem(self, message: str) -> None:
        self.message.setStyleSheet("color: #d32f2f; font-weight: bold;")
        self.message.setText(message)
