"""The labour standards office complaint (申告) draft for the open case.

The dialog gathers the counselor's choices — the office (as the consent names it), the
worker's copy language, the date the figures are computed to, which worker facts to
print, whether the worker asks for anonymity, the counselor's own words, and the
evidence to list as attachments — and hands them to the core
(``desktop.documents.complaint``) in the background.  A missing consent or missing wage
data comes back as one translated sentence; nothing is written then.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import SENSITIVE_FACTS, ConsentPurpose
from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails
from desktop.documents.complaint import DEFAULT_COMPLAINT_FACTS, FACT_KEYS
from ui import document_labels
from ui.dialogs.document_parts import (
    ActionRow,
    StatusLine,
    WorkerLanguagePicker,
    show_pdf_preview,
    vault_is_locked,
)
from ui.dialogs.letter import letter_languages
from ui.session import Session
from ui.widgets import guarded, labelled_form


def consented_offices(data: CaseDetails) -> list[str]:
    """The offices a live labour-complaint consent names, latest consent first."""
    live = [c for c in data.consents if not c.deleted and not c.data.get("withdrawn_on")
            and c.data.get("purpose") == ConsentPurpose.LABOUR_COMPLAINT.value]  # fmt: skip
    live.sort(key=lambda c: str(c.data.get("given_on") or ""), reverse=True)
    return list(dict.fromkeys(str(c.data.get("recipient") or "") for c in live if
                              c.data.get("recipient")))  # fmt: skip


class WageComplaintDialog(QDialog):
    """Preview or save the 申告書 draft and the worker's copy."""

    saved = Signal(str)  # the draft's path

    def __init__(self, session: Session, data: CaseDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data = data
        self.preview_dialog: QDialog | None = None
        self.result: Any = None
        self.setWindowTitle(self.tr("Complaint to the labour standards office"))
        self.office = QComboBox()
        self.office.setEditable(True)
        self.office.setAccessibleName(self.tr("Labour standards office"))
        line = self.office.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setAccessibleName(self.tr("Labour standards office"))
        for office in consented_offices(data):
            self.office.addItem(office)
        self.language = WorkerLanguagePicker(self.tr("Language of the worker's copy"))
        self.until = QDateEdit(QDate.currentDate())
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setAccessibleName(self.tr("Figures as of"))
        self.representative = QLineEdit()
        self.representative.setAccessibleName(self.tr("Employer's representative"))
        self.representative.setPlaceholderText(self.tr("As known; empty: “unknown”"))
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("What happened, in your words"))
        self.summary.setPlaceholderText(self.tr("Optional; added to the generated description"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 3 + 12)
        form = labelled_form([
            (self.tr("&Office:"), self.office),
            (self.tr("&Worker's copy in:"), self.language),
            (self.tr("Figures &as of:"), self.until),
            (self.tr("&Representative:"), self.representative),
            (self.tr("What &happened:"), self.summary),
        ])  # fmt: skip
        self.withhold = QCheckBox(self.tr("Ask the office not to tell the employer the "
                                          "worker's name (anonymity)"))  # fmt: skip
        self.withhold.setChecked(True)
        self.withhold.setAccessibleName(self.tr("Anonymity requested"))
        self.facts: dict[str, QCheckBox] = {}
        facts_box = QGroupBox(self.tr("Print about the worker"))
        grid = QGridLayout(facts_box)
        for i, code in enumerate(FACT_KEYS):
            text = document_labels.fact(code)
            if code in SENSITIVE_FACTS:
                text = self.tr("{0} (sensitive)").format(text)
            box = QCheckBox(text)
            box.setAccessibleName(text)
            box.setChecked(code in DEFAULT_COMPLAINT_FACTS)
            self.facts[code] = box
            grid.addWidget(box, i // 3, i % 3)
        self.evidence: dict[str, QCheckBox] = {}
        evidence_box = QGroupBox(self.tr("List as attachments"))
        ev_grid = QGridLayout(evidence_box)
        live = [r for r in data.evidence if not r.deleted]
        for i, record in enumerate(live):
            name = str(record.data.get("title") or record.data.get("filename") or "")
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("Attach {0}").format(name))
            self.evidence[record.entity_id] = box
            ev_grid.addWidget(box, i // 2, i % 2)
        if not live:
            ev_grid.addWidget(QLabel(self.tr("This case has no evidence files.")), 0, 0)
        note = QLabel(self.tr("A draft to be checked: the amounts are estimates from the wage "
                              "calculation. Needs the worker's consent for a complaint to "
                              "the labour standards office."))  # fmt: skip
        note.setWordWrap(True)
        self.message = StatusLine(self.tr("Complaint status"))
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setAccessibleName(self.tr("Preview the draft and the worker's copy"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setAccessibleName(self.tr("Save the draft and the worker's copy"))
        self.save_button.clicked.connect(self._choose_file)
        self.action_row = ActionRow(self, self.preview_button, self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.withhold)
        layout.addWidget(facts_box)
        layout.addWidget(evidence_box)
        layout.addWidget(self.message)
        layout.addLayout(self.action_row)
        worker = data.worker
        spoken = (worker.data.get("languages") or []) if worker else []
        self.language.load(session, spoken, letter_languages, self.show_problem)

    # -- the request ----------------------------------------------------------------------
    def request(self) -> Any:
        """The ComplaintRequest for the current choices."""
        from desktop.documents.complaint import ComplaintRequest

        return ComplaintRequest(
            case_id=self.data.case_id,
            language=self.language.code() or "ja",
            until=date.fromisoformat(self.until.date().toString("yyyy-MM-dd")),
            office=self.office.currentText().strip(),
            facts=tuple(code for code, box in self.facts.items() if box.isChecked()),
            withhold_name=self.withhold.isChecked(),
            summary=self.summary.toPlainText().strip(),
            representative=self.representative.text().strip(),
            evidence_ids=tuple(eid for eid, box in self.evidence.items() if box.isChecked()),
        )

    def _ready(self) -> bool:
        return not vault_is_locked(self.session, self.message)

    def show_problem(self, message: str) -> None:
        self.message.problem(message)

    def _busy(self, text: str) -> None:
        self.message.note(text)
        self.action_row.busy()

    def _failed(self, message: str) -> None:
        self.action_row.idle()
        self.show_problem(message)

    # -- preview and save -----------------------------------------------------------------
    def preview(self) -> None:
        """Make both PDFs in memory (background) and show them."""
        if not self._ready():
            return
        request = self.request()

        def make(service: CaseService) -> tuple[bytes, bytes]:
            from desktop.documents.complaint import make_complaint

            complaint = make_complaint(service, request)
            return complaint.draft_pdf, complaint.worker_pdf

        self._busy(self.tr("Making the preview…"))
        self.session.run(make, done=guarded(self, self._show_preview),
                         failed=guarded(self, self._failed))  # fmt: skip

    def _show_preview(self, pdfs: tuple[bytes, bytes]) -> None:
        self.action_row.idle()
        self.message.clear()
        draft, worker = pdfs
        self.preview_dialog = show_pdf_preview(
            self,
            self.tr("Complaint draft preview"),
            [(self.tr("Draft for the office"), draft), (self.tr("Worker's copy"), worker)],
        )

    def _choose_file(self) -> None:
        if not self._ready():
            return
        suggested = f"{self.data.ref}-complaint.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the complaint draft as"), suggested, "PDF (*.pdf)"
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, out: Path) -> None:
        """Write the draft to ``out`` and the worker's copy beside it (background)."""
        if not self._ready():
            return
        request = self.request()

        def write(service: CaseService) -> Any:
            from desktop.documents.complaint import write_complaint

            return write_complaint(service, request, out)

        self._busy(self.tr("Saving the complaint draft…"))
        self.session.run(write, done=guarded(self, self._saved),
                         failed=guarded(self, self._failed), changes=self.data.case_id)  # fmt: skip

    def _saved(self, result: Any) -> None:
        self.result = result
        self.action_row.idle()
        self.message.note(self.tr("Saved the draft {0} and the worker's copy {1}.").format(
            result.draft_path.name, result.worker_path.name))  # fmt: skip
        self.saved.emit(str(result.draft_path))
