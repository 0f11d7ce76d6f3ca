"""My work: urgent tasks and overdue follow-ups, tasks due this week, residence cards about
to expire — the counselor's own by default, everyone's at the flick of a switch — and wage
claims about to expire (with the amount at risk, an estimate).

All three lists come from one background query.  "Mine" is what is assigned to the person at
this desk (their user id or name, see ``Counselor.is_me``); a task without its own assignee
belongs to its case's.  Urgent tasks (a worker asked at the kiosk to be contacted) head the
first list whatever their date.  Overdue items are marked with
bold text *and* the word "Overdue" (never colour alone), so they stand out for
everyone, screen-reader users included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import CaseStatus, TaskKind
from desktop.cases.search import CaseFilter, CaseRow, DueTask
from desktop.cases.service import CaseService
from desktop.changes import ChangeSet
from desktop.deadlines import Deadline, claims_at_risk, expiring_claims
from desktop.services import VaultServices
from desktop.settings_service import Counselor
from ui import labels
from ui.session import Session

TASK_DAYS = 7
EXPIRY_DAYS = 30
CLAIM_DAYS = (30, 90)  # wage claims: the short and the long look ahead
_CASE_ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Work:
    today: date
    me: Counselor
    follow_ups: list[DueTask]
    tasks: list[DueTask]
    expiring: list[CaseRow]
    claims: list[Deadline]


# What the three lists come from: tasks (follow-ups are tasks), and for expiring residence
# cards the worker's expiry date and the case's status (closed cases drop out); for wage
# claims the stored wage inputs and the timeline (a demand letter moves an expiry).
MY_WORK_KINDS = frozenset({"task", "worker", "case", "wages", "timeline"})


def _load(services: VaultServices, today: date, everyone: bool) -> _Work:
    service: CaseService = services.cases
    me = services.settings.counselor()
    due = service.tasks_due(today + timedelta(days=TASK_DAYS))
    if not everyone:
        due = [t for t in due if me.is_me(t.assignee)]
    # tasks_due puts urgent tasks first, so they head the first list.
    follow_ups = [
        t
        for t in due
        if t.urgent or (t.kind == TaskKind.FOLLOW_UP.value and t.due_on < today.isoformat())
    ]
    others = [t for t in due if t not in follow_ups]
    active = tuple(s.value for s in CaseStatus if s is not CaseStatus.CLOSED)
    expiring = service.list_cases(
        CaseFilter(
            expiry_on_or_before=today + timedelta(days=EXPIRY_DAYS), statuses=active, order="expiry"
        )
    )
    if not everyone:
        expiring = [c for c in expiring if me.is_me(c.assignee)]
    # Wage claims are listed for every case: money about to be lost is everyone's business.
    claims = expiring_claims(service, max(CLAIM_DAYS), today)
    return _Work(today, me, follow_ups, others, expiring, claims)


def _days_between(start: date, end: str | None) -> int | None:
    try:
        return (date.fromisoformat(str(end)) - start).days
    except ValueError:
        return None


class MyWorkPage(QWidget):
    """Three short lists of what needs doing; activating a row opens its case."""

    open_case = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._query_number = 0

        self.follow_ups = self._table(
            self.tr("Urgent tasks and overdue follow-ups"),
            [self.tr("Due"), self.tr("Urgency"), self.tr("Task"), self.tr("Case"),
             self.tr("Assignee")],
        )  # fmt: skip
        self.tasks = self._table(
            self.tr("Tasks due within 7 days"),
            [self.tr("Due"), self.tr("When"), self.tr("Kind"), self.tr("Task"), self.tr("Case"),
             self.tr("Assignee")],
        )  # fmt: skip
        self.expiring = self._table(
            self.tr("Residence cards expiring within 30 days"),
            [self.tr("Expires"), self.tr("Days left"), self.tr("Case"), self.tr("Name"),
             self.tr("Residence status"), self.tr("Assignee")],
        )  # fmt: skip
        self.claims = self._table(
            self.tr("Wage claims expiring within 90 days"),
            [self.tr("Expires"), self.tr("Days left"), self.tr("Case"), self.tr("Pay period"),
             self.tr("Amount at risk (estimate)")],
        )  # fmt: skip
        self.follow_ups_heading = self._heading(
            self.tr("Urgent tasks and &overdue follow-ups"), self.follow_ups
        )
        self.tasks_heading = self._heading(self.tr("&Tasks due within 7 days"), self.tasks)
        self.expiring_heading = self._heading(
            self.tr("&Residence cards expiring within 30 days"), self.expiring
        )
        self.claims_heading = self._heading(
            self.tr("&Wage claims expiring within 90 days"), self.claims
        )
        self.claims_count = QLabel()
        self.follow_ups_count = QLabel()
        self.tasks_count = QLabel()
        self.expiring_count = QLabel()

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("My work status"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh my work"))
        self.refresh_button.clicked.connect(self.refresh)
        self.everyone = QCheckBox(self.tr("Show &everyone's work"))
        self.everyone.setAccessibleName(self.tr("Show everyone's work, not only mine"))
        self.everyone.toggled.connect(lambda _: self.refresh())

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.everyone)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for heading, count, table in (
            (self.follow_ups_heading, self.follow_ups_count, self.follow_ups),
            (self.tasks_heading, self.tasks_count, self.tasks),
            (self.expiring_heading, self.expiring_count, self.expiring),
            (self.claims_heading, self.claims_count, self.claims),
        ):
            row = QHBoxLayout()
            row.addWidget(heading)
            row.addWidget(count)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(table, 1)

    # -- building ----------------------------------------------------------------
    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab moves to the next list, arrows move in it
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.activated.connect(lambda index, t=table: self._activated(t, index.row()))
        return table

    @staticmethod
    def _heading(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setBuddy(buddy)
        return label

    def _activated(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None and item.data(_CASE_ID):
            self.open_case.emit(str(item.data(_CASE_ID)))

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, list[str], bool]]) -> None:
        """Rows of (case id, cell texts, emphasised)."""
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for r, (case_id, cells, strong) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_CASE_ID, case_id)
                if strong:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)

    # -- content -------------------------------------------------------------------
    def _when(self, today: date, due_on: str) -> tuple[str, bool]:
        days = _days_between(today, due_on)
        if days is None:
            return "", False
        if days < 0:
            return self.tr("Overdue by %n day(s)", "", -days), True
        if days == 0:
            return self.tr("Today"), False
        return self.tr("In %n day(s)", "", days), False

    def _urgency(self, today: date, task: DueTask) -> str:
        """ "Urgent" in words (never colour alone), with how overdue it is when it is."""
        when = self._when(today, task.due_on)[0]
        if not task.urgent:
            return when
        return self.tr("Urgent") + (f" · {when}" if when else "")

    def _days_left(self, today: date, expiry: str | None) -> tuple[str, bool]:
        days = _days_between(today, expiry)
        if days is None:
            return "", False
        if days < 0:
            return self.tr("Expired %n day(s) ago", "", -days), True
        if days == 0:
            return self.tr("Expires today"), True
        return self.tr("%n day(s) left", "", days), days <= 14

    def show_work(self, work: _Work) -> None:
        today = work.today
        self._fill(
            self.follow_ups,
            [
                (t.case_id, [t.due_on, self._urgency(today, t), t.title, t.ref,
                             t.assignee], True)
                for t in work.follow_ups
            ],
        )  # fmt: skip
        task_rows = []
        for t in work.tasks:
            when, overdue = self._when(today, t.due_on)
            cells = [t.due_on, when, labels.task_kind(t.kind), t.title, t.ref, t.assignee]
            task_rows.append((t.case_id, cells, overdue))
        self._fill(self.tasks, task_rows)
        expiry_rows = []
        for c in work.expiring:
            left, urgent = self._days_left(today, c.residence_expiry)
            cells = [c.residence_expiry or "", left, c.ref, c.full_name,
                     labels.residence_status(c.residence_status or ""), c.assignee]  # fmt: skip
            expiry_rows.append((c.case_id, cells, urgent))
        self._fill(self.expiring, expiry_rows)
        self.follow_ups_count.setText(self.tr("(%n task(s))", "", len(work.follow_ups)))
        self.tasks_count.setText(self.tr("(%n task(s))", "", len(work.tasks)))
        self.expiring_count.setText(self.tr("(%n case(s))", "", len(work.expiring)))
        self._show_claims(work)
        if self.everyone.isChecked():
            whose = self.tr("Everyone's work")
        else:
            whose = self.tr("Assigned to {0}").format(work.me.name or work.me.user_id)
        self.status.setText(self.tr("{0}, as of {1}").format(whose, today.isoformat()))

    def _show_claims(self, work: _Work) -> None:
        rows = []
        for claim in work.claims:
            left, _ = self._days_left(work.today, claim.on.isoformat())
            urgent = claim.on <= work.today + timedelta(days=min(CLAIM_DAYS))
            cells = [claim.on.isoformat(), left, claim.ref, claim.detail.replace("/", " – "),
                     f"¥{claim.amount_at_risk or 0:,}"]  # fmt: skip
            rows.append((claim.case_id, cells, urgent))
        self._fill(self.claims, rows)
        soon_count, soon_amount = claims_at_risk(work.claims, CLAIM_DAYS[0], work.today)
        all_count, all_amount = claims_at_risk(work.claims, CLAIM_DAYS[1], work.today)
        self.claims_count.setText(
            self.tr("(within 30 days: %n pay period(s), ¥{0}; within 90 days: {1}, ¥{2}; "
                    "estimates)", "", soon_count).format(f"{soon_amount:,}", all_count,
                                                         f"{all_amount:,}")
        )  # fmt: skip

    def apply(self, change: ChangeSet) -> None:
        """Refresh when tasks, or a case's status or the worker's residence, changed."""
        if self.concerns(change):
            self.refresh()

    def concerns(self, change: ChangeSet) -> bool:
        """Whether ``change`` can alter the lists."""
        return change.concerns_kinds(MY_WORK_KINDS) or change.all_cases

    def refresh(self) -> None:
        """Query the three lists in the background; stale answers are dropped."""
        if not self.session.is_unlocked:
            return
        self._query_number += 1
        number = self._query_number
        today = date.today()

        def done(work: _Work) -> None:
            if number == self._query_number and self.session.is_unlocked:
                self.show_work(work)

        everyone = self.everyone.isChecked()
        self.session.run_services(
            lambda services: _load(services, today, everyone), done=done, failed=self._failed
        )

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def forget(self) -> None:
        """Drop every row (at lock)."""
        self._query_number += 1
        for table in (self.follow_ups, self.tasks, self.expiring, self.claims):
            table.setRowCount(0)
