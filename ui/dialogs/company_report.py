"""Vault ▸ Company report…: the k-anonymous report for an employer, from the window.

Two services, as on the command line.  With *Include consultation topics* (the default)
it is ``python main.py company-report`` (desktop.stats.company_report
``write_company_feedback``): the consultation topics of the employer's workers who
consented to company feedback, then the Safety section, in one PDF + CSV; fewer than k
consenting cases is refused before anything is written, and the dialog shows the
refusal as one sentence (error ``stats.too_few_consenting``).  Without it, the Safety
report alone (``python main.py safety report``, desktop.safety.report
``write_company_report``), which is still written when it shows no figures (too few
consented answers, or overlapping one already published), saying so.

Either way: written atomically, recorded in the sealed ledgers and the audit log.  The
employer is picked from the employers named in the vault's anonymous Safety responses and
in cases with a company feedback consent (or typed); the period snaps to whole months;
k is 5 or more.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from desktop.safety.aggregate import MIN_K, REASON_OVERLAPS_PUBLISHED, CompanyReport
from desktop.safety.records import SafetyService, records_of_case
from desktop.safety.report import write_company_report
from desktop.stats.company_feedback import feedback_employers
from desktop.stats.company_report import CompanyFeedback, write_company_feedback
from ui.dialogs.document_parts import PdfFileField, StatusLine
from ui.screen_fit import fit_to_screen
from ui.session import Session
from ui.widgets import labelled_form

__all__ = ["CompanyReportDialog"]


def employers_in_vault(cases: CaseService) -> dict[str, list[str]]:
    """Employer -> establishments named in the vault's anonymous Safety responses and in
    the cases that consented to company feedback to that employer."""
    found: dict[str, set[str]] = {
        name: set(sites) for name, sites in feedback_employers(cases.vault).items()
    }
    for record in records_of_case(cases, SafetyService(cases).pool_id()):
        employer = str(record.data.get("employer") or "").strip()
        if employer:
            sites = found.setdefault(employer, set())
            if record.data.get("establishment"):
                sites.add(str(record.data["establishment"]))
    return {name: sorted(sites) for name, sites in sorted(found.items())}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CompanyReportDialog(QDialog):
    """Employer, establishment (optional), period, k, the PDF to write."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sites: dict[str, list[str]] = {}
        self.pdf = Path()
        self.setWindowTitle(self.tr("Company report: consultations and Safety"))
        intro = QLabel(self.tr(
            "A report for one employer: the consultation topics of workers who consented to "
            "feedback to that employer, and the consented Safety answers. Only groups of at "
            "least k are shown, and nothing that an earlier report would let someone work out. "
            "The PDF and a CSV with the same figures are written."
        ))  # fmt: skip
        self.consultations = QCheckBox(self.tr(
            "Include &consultation topics (only workers who consented to feedback to this "
            "employer; refused below k such cases)"
        ))  # fmt: skip
        self.consultations.setChecked(True)
        intro.setWordWrap(True)
        self.employer = QComboBox()
        self.employer.setEditable(True)
        self.employer.setAccessibleName(self.tr("Employer"))
        self.employer.currentTextChanged.connect(self._employer_changed)
        self.establishment = QComboBox()
        self.establishment.setEditable(True)
        self.establishment.setAccessibleName(self.tr("Establishment (optional)"))
        today = date.today()
        start = date(today.year - (today.month <= 5), (today.month - 6) % 12 + 1, 1)
        self.start = QDateEdit(_qdate(start))
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("Period from"))
        self.end = QDateEdit(_qdate(today))
        self.end.setCalendarPopup(True)
        self.end.setAccessibleName(self.tr("Period to"))
        self.k = QSpinBox()
        self.k.setRange(MIN_K, 1000)
        self.k.setValue(MIN_K)
        self.k.setAccessibleName(self.tr("Minimum group size k"))
        self.pdf_file = PdfFileField(self.windowTitle(), lambda: "")
        form = labelled_form([
            (self.tr("&Employer:"), self.employer),
            (self.tr("E&stablishment:"), self.establishment),
            (self.tr("&From:"), self.start),
            (self.tr("T&o:"), self.end),
            (self.tr("Minimum group size &k:"), self.k),
            (self.tr("&PDF file:"), self.pdf_file),
        ])  # fmt: skip
        self.message = StatusLine(self.tr("Report status"))
        self.write_button = QPushButton(self.tr("&Write report"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.consultations)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 460)
        self.write_button.setEnabled(False)
        self.message.note(self.tr("Reading the employers in the Safety records…"))
        session.run(employers_in_vault, done=self._employers, failed=self.message.problem)

    def _employers(self, sites: dict[str, list[str]]) -> None:
        self.sites = sites
        self.employer.addItems(list(sites))
        self.write_button.setEnabled(True)
        self.message.note(
            "" if sites else self.tr("No employer is named in the Safety records yet.")
        )

    def _employer_changed(self, name: str) -> None:
        self.establishment.clear()
        self.establishment.addItem("")  # the whole employer
        self.establishment.addItems(self.sites.get(name, []))

    def write(self) -> None:
        employer = self.employer.currentText().strip()
        establishment = self.establishment.currentText().strip() or None
        pdf = self.pdf_file.path()
        if not employer:
            self.message.problem(self.tr("Choose the employer first."))
            return
        if pdf is None:
            self.message.problem(self.pdf_file.folder_named() or self.tr(
                "Choose where to write the PDF (a file ending in .pdf; the CSV goes next to it)."
            ))  # fmt: skip
            return
        start, end = _pydate(self.start.date()), _pydate(self.end.date())
        k = self.k.value()
        with_topics = self.consultations.isChecked()

        def work(cases: CaseService) -> CompanyReport | CompanyFeedback:
            if with_topics:  # refused (nothing written) below k consenting cases
                return write_company_feedback(
                    cases.vault, employer=employer, establishment=establishment, start=start,
                    end=end, out_pdf=pdf, k=k,
                )  # fmt: skip
            return write_company_report(
                SafetyService(cases), employer=employer, establishment=establishment,
                start=start, end=end, out_pdf=pdf, k=k,
            )  # fmt: skip

        self.write_button.setEnabled(False)
        self.message.note(self.tr("Writing the report…"))
        self.pdf = pdf
        self.session.run(work, done=self._written, failed=self._failed)

    def _failed(self, message: str) -> None:
        self.write_button.setEnabled(True)
        self.message.problem(message)

    def _written(self, written: CompanyReport | CompanyFeedback) -> None:
        self.write_button.setEnabled(True)
        if isinstance(written, CompanyFeedback):
            self.message.note(self._feedback_text(written))
            return
        report = written
        period = f"{report.period_start.isoformat()} – {report.period_end.isoformat()}"
        csv = self.pdf.with_suffix(".csv")
        if report.total is None and REASON_OVERLAPS_PUBLISHED in report.suppressed_reasons:
            text = self.tr(
                "Refused: {0} overlaps a report already published for this employer; the "
                "files written show no figures ({1}, {2})."
            ).format(period, self.pdf, csv)
        elif report.total is None:
            text = self.tr(
                "Too few answers: fewer than {0} consented answers for {1}; the files written "
                "show no figures ({2}, {3})."
            ).format(report.k, period, self.pdf, csv)
        else:
            text = self.tr("Report for {0} ({1} answers) written: {2} and {3}.").format(
                period, report.total, self.pdf, csv
            )
        self.message.note(text)

    def _feedback_text(self, written: CompanyFeedback) -> str:
        topics, safety = written.topics, written.safety
        period = f"{topics.start.isoformat()} – {topics.end.isoformat()}"
        hidden = sum(1 for t in topics.tables for f in t.figures.values() if f.hidden)
        if safety.total is None and REASON_OVERLAPS_PUBLISHED in safety.suppressed_reasons:
            part = self.tr("the Safety section shows no figures (it overlaps a report already "
                           "published)")  # fmt: skip
        elif safety.total is None:
            part = self.tr("the Safety section shows no figures (fewer than {0} consented "
                           "answers)").format(safety.k)  # fmt: skip
        else:
            part = self.tr("the Safety section shows {0} answers").format(safety.total)
        csv = self.pdf.with_suffix(".csv")
        return self.tr(
            "Report for {0} written: consultation topics of {1} consenting cases ({2} figures "
            "hidden), and {3}. Files: {4} and {5}."
        ).format(period, topics.cases, hidden, part, self.pdf, csv)
