"""Referrals tab: who the case was handed to, and where each referral stands.

A referral moves draft → sent → acknowledged → accepted/declined → completed;
only the steps ``REFERRAL_NEXT`` allows are offered.  Marking one sent asks for
a follow-up date, which becomes a task in "My work".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import REFERRAL_NEXT, ReferralStatus
from desktop.cases.views import CaseDetails
from ui import document_labels
from ui.field_labels import format_date
from ui.places import language_name
from ui.session import Session
from ui.views.case_tabs.common import (
    CaseTab,
    Column,
    RecordTableModel,
    record_table,
    select_by_id,
    selected_record,
)
from ui.widgets import labelled_form, ok_cancel

FOLLOW_UP_DAYS = 14  # a referral unanswered after two weeks needs a call


class FollowUpDialog(QDialog):
    """Asks when to follow up a referral being marked sent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark referral sent"))
        self.date = QDateEdit(QDate.currentDate().addDays(FOLLOW_UP_DAYS))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Follow-up date"))
        note = QLabel(self.tr("A follow-up task on this date appears in My work."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(labelled_form([(self.tr("&Follow up on:"), self.date)]))
        layout.addWidget(note)
        layout.addWidget(
            ok_cancel(self, self.tr("&Mark sent"), self.tr("Mark sent"), self.tr("Cancel"))
        )

    def value(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")


class ReferralsTab(CaseTab):
    """Table of referrals, "New letter…" and the follow-up steps."""

    kinds = frozenset({"referral"})

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.data: CaseDetails | None = None
        self.letter_dialog: QDialog | None = None
        self.subject_dialog: QDialog | None = None

        def text(name: str) -> Any:
            return lambda r: str(r.data.get(name) or "")

        self.model = RecordTableModel(
            [
                Column(self.tr("Recipient"), text("recipient")),
                Column(
                    self.tr("Type"),
                    lambda r: document_labels.recipient_type(str(r.data.get("recipient_type"))),
                ),
                Column(
                    self.tr("Status"),
                    lambda r: document_labels.referral_status(str(r.data.get("status") or "")),
                ),
                Column(self.tr("Sent on"), lambda r: format_date(r.data.get("sent_on"))),
                Column(self.tr("Follow up on"), lambda r: format_date(r.data.get("follow_up_on"))),
                Column(
                    self.tr("Worker's copy"),
                    lambda r: language_name(str(r.data.get("language") or "")),
                ),
            ],
            self,
        )
        self.table = record_table(self.model, self.tr("Referrals"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton(self.tr("Ne&w letter…"))
        self.new_button.setAccessibleName(self.tr("New referral letter"))
        self.new_button.clicked.connect(self.new_letter)
        self.subject_button = QPushButton(self.tr("What we hold &about you…"))
        self.subject_button.setAccessibleName(
            self.tr("Write the worker's document: what the desk holds about them")
        )
        self.subject_button.clicked.connect(self.subject_report)
        self.complaint_button = QPushButton(self.tr("La&bour office complaint…"))
        self.complaint_button.setAccessibleName(
            self.tr("Draft a complaint to the labour standards office")
        )
        self.complaint_button.clicked.connect(self.new_complaint)
        self.share_button = QPushButton(self.tr("Share thro&ugh sync…"))
        self.share_button.setAccessibleName(self.tr("Share this case through sync"))
        self.share_button.clicked.connect(self.share_case)
        self.status_buttons: dict[ReferralStatus, QPushButton] = {}
        for status, title, name in (
            (ReferralStatus.SENT, self.tr("&Mark sent…"), self.tr("Mark referral sent")),
            (ReferralStatus.ACKNOWLEDGED, self.tr("Acknowled&ged"),
             self.tr("Mark referral acknowledged")),
            (ReferralStatus.ACCEPTED, self.tr("A&ccepted"), self.tr("Mark referral accepted")),
            (ReferralStatus.DECLINED, self.tr("Decl&ined"), self.tr("Mark referral declined")),
            (ReferralStatus.COMPLETED, self.tr("Comp&leted"),
             self.tr("Mark referral completed")),
        ):  # fmt: skip
            button = QPushButton(title)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, s=status: self._step(s))
            self.status_buttons[status] = button
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.subject_button)
        buttons.addWidget(self.complaint_button)
        buttons.addWidget(self.share_button)
        buttons.addStretch(1)
        for button in self.status_buttons.values():
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self._update_buttons()

    def share_case(self) -> None:
        """Give a colleague (e.g. the lawyer) this case through sync instead of a file."""
        from ui.dialogs.share_case import ShareCaseDialog

        self.share_dialog = ShareCaseDialog(self.session, self.case_id, self)
        self.share_dialog.open()

    def load(self, view: CaseDetails) -> None:
        self.data = view
        current = selected_record(self.table, self.model)
        self.model.set_records(view.referrals)
        select_by_id(self.table, self.model, current.entity_id if current else None)
        self._update_buttons()

    def allowed(self) -> frozenset[ReferralStatus]:
        """The steps the selected referral may take now."""
        record = selected_record(self.table, self.model)
        if record is None:
            return frozenset()
        try:
            current = ReferralStatus(str(record.data.get("status") or "draft"))
        except ValueError:
            return frozenset()
        return REFERRAL_NEXT[current]

    def _update_buttons(self, *_: object) -> None:
        allowed = self.allowed()
        for status, button in self.status_buttons.items():
            button.setEnabled(status in allowed)

    # -- letters ---------------------------------------------------------------------------
    def new_letter(self) -> None:
        """Open the letter dialog over the case as last read."""
        if self.data is None:
            return
        from ui.dialogs.letter import LetterDialog

        dialog = LetterDialog(self.session, self.data, self)
        dialog.saved.connect(
            lambda folder: self.notice.setText(self.tr("Letters saved in {0}.").format(folder))
        )
        self.letter_dialog = dialog
        dialog.open()

    def subject_report(self) -> None:
        """Open "What we hold about you" (APPI disclosure) over the case as last read."""
        if self.data is None:
            return
        from ui.dialogs.subject_report import SubjectReportDialog

        self.subject_dialog = SubjectReportDialog(self.session, self.data, self)
        self.subject_dialog.open()

    def new_complaint(self) -> None:
        """Open the labour standards office complaint (申告) draft over the case as last read."""
        if self.data is None:
            return
        from ui.dialogs.wage_complaint import WageComplaintDialog

        dialog = WageComplaintDialog(self.session, self.data, self)
        dialog.saved.connect(
            lambda path: self.notice.setText(self.tr("Complaint draft saved: {0}.").format(path))
        )
        self.letter_dialog = dialog
        dialog.open()

    # -- follow-up -------------------------------------------------------------------------
    def _step(self, status: ReferralStatus) -> None:
        follow_up: str | None = None
        if status is ReferralStatus.SENT:
            dialog = FollowUpDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            follow_up = dialog.value()
        self.advance(status, follow_up)

    def advance(self, status: ReferralStatus, follow_up_on: str | None = None) -> None:
        """Move the selected referral to ``status`` (background); the table refreshes after."""
        record = selected_record(self.table, self.model)
        if record is None:
            self.show_error(self.tr("Select a referral first."))
            return
        if status not in self.allowed():
            self.show_error(self.tr("That step is not possible for this referral now."))
            return
        referral_id = record.entity_id
        # The follow-up task is stored text: written in the counselor's language now.
        title = self.tr("Follow up referral to {0}")
        self.change(
            lambda s: s.advance_referral(
                referral_id, status, follow_up_on=follow_up_on, follow_up_title=title
            )
        )
