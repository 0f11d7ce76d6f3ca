"""Printing one recorded consent as a form (同意書): language, file, then made in the background.

The dialog only gathers the choices.  The core (``desktop.documents.letters.consent_form``)
makes the PDF in Japanese and the chosen worker language, writes it atomically and audits
it; any problem comes back as one sentence shown here, and no file is left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails, RecordView
from ui import labels
from ui.dialogs.document_parts import (
    LanguageChoice,
    PdfFileField,
    StatusLine,
    WorkerLanguagePicker,
    vault_is_locked,
)
from ui.session import Session
from ui.widgets import guarded, labelled_form


def consent_form_languages() -> list[LanguageChoice]:
    """The languages the consent form's worker half exists in."""
    from desktop.documents.letters.consent_form import form_languages

    return [(code, info.name, info.review_status) for code, info in form_languages().items()]


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
        self.language = WorkerLanguagePicker(self.tr("Language of the worker's half"))
        self.pdf_file = PdfFileField(
            self.tr("Save the consent form as"),
            lambda: f"同意書_{data.ref}_{self.language.code() or 'ja'}.pdf",
        )
        form = labelled_form([(self.tr("&Language:"), self.language),
                              (self.tr("&File:"), self.pdf_file)])  # fmt: skip
        self.message = StatusLine(self.tr("Consent form status"))
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
        worker = data.worker
        spoken = (worker.data.get("languages") or []) if worker else []
        self.language.load(session, spoken, consent_form_languages, self.show_problem)

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        """Write the form to the chosen file in the background (made, written, audited)."""
        out = self.pdf_file.path()
        language = self.language.code()
        if out is None:
            self.show_problem(
                self.pdf_file.folder_named()
                or self.tr("Choose the file to save the consent form in.")
            )
            return
        if not language:
            self.show_problem(self.tr("The languages are still loading; try again."))
            return
        if vault_is_locked(self.session, self.message):
            return
        case_id, consent_id = self.data.case_id, self.consent.entity_id

        def write(service: CaseService) -> str:
            from desktop.documents.letters.consent_form import write_consent_form

            return write_consent_form(service, case_id, consent_id, str(language), out)

        self.message.note(self.tr("Making the consent form…"))
        self.save_button.setEnabled(False)
        self.session.run(
            write,
            done=guarded(self, lambda _digest: self._saved(out)),
            failed=guarded(self, self._failed),
        )

    def _saved(self, out: Path) -> None:
        self.save_button.setEnabled(True)
        self.message.note(self.tr("The consent form was saved to {0}.").format(out))
        self.saved.emit(str(out))

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.show_problem(message)

    def show_problem(self, message: str) -> None:
        self.message.problem(message)
