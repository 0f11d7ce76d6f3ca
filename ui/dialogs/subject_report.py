"""Referrals ▸ What we hold about you…: the worker's APPI disclosure document, from the window.

The same service as ``python main.py subject-report`` (desktop.documents.subject_report
``write_subject_report``): the PDF in the chosen language (then in Japanese), written
atomically, audited (``subject_report_made``: case, language, SHA-256).  The dialog only
gathers choices: the language (the worker's own preselected, each with its review status
because a worker acts on what it says) and the file.  The work runs in the background;
a case without a valid case-handling consent gets no document, and the dialog shows the
refusal as the one sentence of ``consent.missing``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails
from ui.dialogs.document_parts import LanguageChoice, PdfFileField, StatusLine, WorkerLanguagePicker
from ui.screen_fit import fit_to_screen
from ui.session import Session
from ui.widgets import guarded, labelled_form

__all__ = ["SubjectReportDialog"]


def report_languages() -> list[LanguageChoice]:
    """The report's languages as (code, name in its own script, review status)."""
    from desktop.documents.subject_report_texts import subject_languages, subject_texts

    found = []
    for code in subject_languages():
        texts = subject_texts(code)
        found.append((texts.code, texts.name, texts.review_status))
    return found


class SubjectReportDialog(QDialog):
    """Language and file; *Write* makes the document in the background."""

    def __init__(self, session: Session, data: CaseDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data = data
        self.written: Path | None = None  # the last file written (tests, status)
        self.setWindowTitle(self.tr("What we hold about you"))
        intro = QLabel(self.tr(
            "A document for the worker, in their language and then in Japanese: the personal "
            "data the desk holds, where it came from, the consents given, who received what "
            "(referrals, packets, shares) and how to withdraw consent or ask for correction "
            "or deletion. The worker has a right to it under the Act on the Protection of "
            "Personal Information. Writing it is recorded in the audit log."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.language = WorkerLanguagePicker(self.tr("Language of the document"))
        self.pdf_file = PdfFileField(
            self.windowTitle(), lambda: self.tr("{0} what we hold about you.pdf").format(data.ref)
        )
        form = labelled_form([
            (self.tr("&Language:"), self.language),
            (self.tr("&PDF file:"), self.pdf_file),
        ])  # fmt: skip
        self.message = StatusLine(self.tr("Document status"))
        self.write_button = QPushButton(self.tr("&Write document"))
        self.write_button.setDefault(True)
        self.write_button.setEnabled(False)
        self.write_button.clicked.connect(self.write)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 340)

        worker = data.worker
        spoken = (worker.data.get("languages") or []) if worker else []
        self.language.loaded.connect(lambda: self.write_button.setEnabled(True))
        self.language.load(session, spoken, report_languages, self.message.problem)

    def write(self) -> None:
        """Make, write and audit the document in the background."""
        path = self.pdf_file.path()
        if path is None:
            self.message.problem(
                self.pdf_file.folder_named()
                or self.tr("Choose where to write the PDF (a file ending in .pdf).")
            )
            return
        lang, case_id = self.language.code() or "ja", self.data.case_id

        def work(service: CaseService) -> Path:
            from desktop.documents.subject_report import write_subject_report

            write_subject_report(service, case_id, lang, path)
            return path

        self.write_button.setEnabled(False)
        self.message.note(self.tr("Writing the document…"))
        self.session.run(work, done=guarded(self, self._written),
                         failed=guarded(self, self._failed))  # fmt: skip

    def _written(self, path: Path) -> None:
        self.write_button.setEnabled(True)
        self.written = path
        self.message.note(self.tr("Written: {0} ({1}).").format(path, self.language.currentText()))

    def _failed(self, message: str) -> None:
        self.write_button.setEnabled(True)
        self.message.problem(message)
