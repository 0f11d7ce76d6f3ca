"""A referral letter: recipient, the worker's copy language, what to disclose; preview and save.

The dialog only gathers choices.  The core (``desktop.documents.letters``)
checks consent, makes both PDFs and records the referral; a missing consent
comes back as one sentence shown here, and nothing is made.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import DEFAULT_FACTS, REFERRAL_FACTS, SENSITIVE_FACTS, RecipientType
from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails
from ui import document_labels
from ui.dialogs.document_parts import (
    ActionRow,
    LanguageChoice,
    StatusLine,
    WorkerLanguagePicker,
    show_pdf_preview,
    vault_is_locked,
)
from ui.session import Session
from ui.widgets import guarded, labelled_form


def letter_languages() -> list[LanguageChoice]:
    """The languages a worker's copy (of a letter or a complaint) exists in."""
    from desktop.documents.letters import worker_languages

    return [(code, info.name, info.review_status) for code, info in worker_languages().items()]


def recipient_choices(data: CaseDetails) -> list[tuple[str, str]]:
    """(name, address) of whom this case may be referred to: consents first, then parties."""
    out: dict[str, str] = {}
    for consent in data.consents:
        d = consent.data
        if d.get("purpose") == "referral" and not d.get("withdrawn_on") and d.get("recipient"):
            out.setdefault(str(d["recipient"]), "")
    for party in data.parties:
        name = str(party.data.get("name") or "")
        if name:
            address = str(party.data.get("address") or "")
            if not out.get(name):
                out[name] = address
    return list(out.items())


class LetterDialog(QDialog):
    """Gathers a letter request; Preview shows both PDFs, Save writes them and records it."""

    saved = Signal(str)  # the folder the letters went to

    def __init__(self, session: Session, data: CaseDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data = data
        self.setWindowTitle(self.tr("New referral letter"))
        self.preview_dialog: QDialog | None = None

        self.recipient_type = QComboBox()
        self.recipient_type.setAccessibleName(self.tr("Recipient type"))
        for kind in RecipientType:
            self.recipient_type.addItem(document_labels.recipient_type(kind.value), kind.value)
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.setAccessibleName(self.tr("Recipient organisation"))
        line = self.recipient.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setAccessibleName(self.tr("Recipient organisation"))
        self._addresses = dict(recipient_choices(data))
        for name in self._addresses:
            self.recipient.addItem(name)
        self.recipient.currentTextChanged.connect(self._recipient_changed)
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(self.tr("Recipient address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 12)
        self.language = WorkerLanguagePicker(self.tr("Language of the worker's copy"))
        self.requested_action = QPlainTextEdit()
        self.requested_action.setAccessibleName(self.tr("Requested action"))
        self.requested_action.setPlaceholderText(self.tr("Empty: the template's usual request"))
        self.requested_action.setTabChangesFocus(True)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summary for the recipient"))
        self.summary.setPlaceholderText(self.tr("Empty: the case summary"))
        self.summary.setTabChangesFocus(True)
        form = labelled_form(
            [
                (self.tr("Recipient &type:"), self.recipient_type),
                (self.tr("&Recipient:"), self.recipient),
                (self.tr("A&ddress:"), self.address),
                (self.tr("&Worker's copy in:"), self.language),
                (self.tr("Requested &action:"), self.requested_action),
                (self.tr("Su&mmary:"), self.summary),
            ]
        )

        self.facts: dict[str, QCheckBox] = {}
        facts_box = QGroupBox(self.tr("Disclose"))
        grid = QGridLayout(facts_box)
        for i, code in enumerate(REFERRAL_FACTS):
            text = document_labels.fact(code)
            if code in SENSITIVE_FACTS:
                text = self.tr("{0} (sensitive)").format(text)
            box = QCheckBox(text)
            box.setAccessibleName(text)
            box.setChecked(code in DEFAULT_FACTS and code not in SENSITIVE_FACTS)
            self.facts[code] = box
            grid.addWidget(box, i // 3, i % 3)

        self.evidence: dict[str, QCheckBox] = {}
        evidence_box = QGroupBox(self.tr("Enclose evidence"))
        ev_layout = QVBoxLayout(evidence_box)
        for record in data.evidence:
            name = str(record.data.get("title") or record.data.get("filename") or "")
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("Enclose {0}").format(name))
            self.evidence[record.entity_id] = box
            ev_layout.addWidget(box)
        if not data.evidence:
            ev_layout.addWidget(QLabel(self.tr("This case has no evidence files.")))

        self.message = StatusLine(self.tr("Letter status"))
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setAccessibleName(self.tr("Preview both letters"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("&Save letters…"))
        self.save_button.setAccessibleName(self.tr("Save both letters to a folder"))
        self.save_button.clicked.connect(self._choose_folder)
        self.seal_button = QPushButton(self.tr("Sea&l for recipient…"))
        self.seal_button.setAccessibleName(self.tr("Seal the saved letter for a contact's key"))
        self.seal_button.setToolTip(self.tr("Save the letters first"))
        self.seal_button.setEnabled(False)
        self.seal_button.clicked.connect(self._choose_seal)
        self.result: Any = None  # the LetterResult once saved
        self.action_row = ActionRow(self, self.preview_button, self.save_button, self.seal_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(facts_box)
        layout.addWidget(evidence_box)
        layout.addWidget(self.message)
        layout.addLayout(self.action_row)
        self._recipient_changed(self.recipient.currentText())
        worker = data.worker
        spoken = (worker.data.get("languages") or []) if worker else []
        self.language.load(session, spoken, letter_languages, self.show_problem)

    def _recipient_changed(self, name: str) -> None:
        address = self._addresses.get(name.strip())
        if address is not None:
            self.address.setPlainText(address)

    # -- the request ----------------------------------------------------------------------
    def request(self) -> Any:
        """The LetterRequest for the current choices."""
        from desktop.documents.letters import LetterRequest

        language = self.language.code()
        action = self.requested_action.toPlainText().strip()
        summary = self.summary.toPlainText().strip()
        return LetterRequest(
            case_id=self.data.case_id,
            recipient_type=str(self.recipient_type.currentData()),
            recipient=self.recipient.currentText().strip(),
            language=language or "ja",
            facts=tuple(code for code, box in self.facts.items() if box.isChecked()),
            evidence_ids=tuple(eid for eid, box in self.evidence.items() if box.isChecked()),
            requested_action=action or None,
            summary=summary or None,
            recipient_address=self.address.toPlainText().strip(),
        )

    def _ready(self) -> bool:
        if not self.recipient.currentText().strip():
            self.show_problem(self.tr("Name the organisation the letter goes to."))
            return False
        return not vault_is_locked(self.session, self.message)

    def show_problem(self, message: str) -> None:
        self.message.problem(message)

    def _busy(self, text: str) -> None:
        self.message.note(text)
        self.action_row.busy()

    def _idle(self) -> None:
        self.action_row.idle()
        self.seal_button.setEnabled(self.result is not None)

    def _failed(self, message: str) -> None:
        self._idle()
        self.show_problem(message)

    # -- preview and save -----------------------------------------------------------------
    def preview(self) -> None:
        """Make both PDFs in memory (background) and show them in the preview."""
        if not self._ready():
            return
        request = self.request()

        def make(service: CaseService) -> tuple[bytes, bytes]:
            from desktop.documents.letters import make_letter

            letter = make_letter(service, request)
            return letter.recipient_pdf, letter.worker_pdf

        self._busy(self.tr("Making the preview…"))
        self.session.run(make, done=guarded(self, self._show_preview),
                         failed=guarded(self, self._failed))  # fmt: skip

    def _show_preview(self, pdfs: tuple[bytes, bytes]) -> None:
        self._idle()
        self.message.clear()
        recipient, worker = pdfs
        self.preview_dialog = show_pdf_preview(
            self,
            self.tr("Referral letter preview"),
            [(self.tr("Letter to the recipient"), recipient), (self.tr("Worker's copy"), worker)],
        )

    def _choose_folder(self) -> None:
        if not self._ready():
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the letters in"))
        if folder:
            self.save_to(Path(folder))

    def save_to(self, folder: Path) -> None:
        """Write both letters into ``folder`` and record the referral (background)."""
        if not self._ready():
            return
        request = self.request()

        def write(service: CaseService) -> Any:
            from desktop.documents.letters import write_letter

            return write_letter(service, request, folder)

        self._busy(self.tr("Saving the letters…"))
        self.session.run(
            write,
            done=guarded(self, lambda result: self._saved(folder, result)),
            failed=guarded(self, self._failed),
            changes=self.data.case_id,
        )

    def _saved(self, folder: Path, result: Any) -> None:
        self.result = result
        self._idle()
        self.message.note(
            self.tr("Both letters were saved in {0} and the referral was recorded.").format(folder)
        )
        self.saved.emit(str(folder))

    # -- sealed packet --------------------------------------------------------------------
    def _choose_seal(self) -> None:
        from ui.dialogs.seal import choose_and_seal

        if self.result is not None and self.session.is_unlocked:
            choose_and_seal(
                self,
                self.session,
                self.data.case_id,
                self.result,
                guarded(self, self._sealed),
                guarded(self, self.show_problem),
            )

    def seal_for(self, fingerprint: str, out: Path) -> None:
        """Seal the saved letter and its evidence for one contact into ``out`` (background)."""
        from ui.dialogs.seal import seal_letter

        if self.result is None or not self.session.is_unlocked:
            return
        self._busy(self.tr("Sealing…"))
        seal_letter(
            self.session,
            self.data.case_id,
            self.result,
            fingerprint,
            out,
            done=guarded(self, self._sealed),
            failed=guarded(self, self._failed),
        )

    def _sealed(self, packet: Any) -> None:
        self._idle()
        lines = [self.tr("Sealed packet saved: {0}").format(packet.path)]
        if packet.warning:
            lines.append(self.tr("The recipient's key was not verified by phone; compare its "
                                 "fingerprint with them before sending."))  # fmt: skip
        self.message.note("\n".join(lines))
