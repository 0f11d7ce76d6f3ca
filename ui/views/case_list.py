"""The case list: live search in any script, filters, saved filters, and the table."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import CaseStatus, Topic
from desktop.cases.search import CaseFilter, CaseRow
from desktop.cases.service import CaseService
from ui import labels
from ui.models.case_table import CaseTableModel
from ui.session import Session


class CaseListPage(QWidget):
    """Search box and filters above the case table.  Every query runs in the background."""

    open_case = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._query_number = 0
        self.model = CaseTableModel()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, notes, phone… in any script"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), "")
        self.status.addItem(self.tr("Not closed"), "active")
        for code in CaseStatus:
            self.status.addItem(labels.status(code.value), code.value)
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Filter by topic"))
        self.topic.addItem(self.tr("All topics"), "")
        for code in Topic:
            self.topic.addItem(labels.topic(code.value), code.value)
        self.due = QComboBox()
        self.due.setAccessibleName(self.tr("Filter by due date"))
        self.due.addItem(self.tr("Any due date"), 0)
        self.due.addItem(self.tr("Due within 7 days"), 7)
        self.due.addItem(self.tr("Overdue"), -1)
        self.expiry = QComboBox()
        self.expiry.setAccessibleName(self.tr("Filter by residence expiry"))
        self.expiry.addItem(self.tr("Any residence expiry"), 0)
        self.expiry.addItem(self.tr("Residence expires within 30 days"), 30)
        self.expiry.addItem(self.tr("Residence expires within 90 days"), 90)
        self.flag = QComboBox()
        self.flag.setAccessibleName(self.tr("Filter by risk flag"))
        self.flag.addItem(self.tr("Any flag"), "")
        self.flag.addItem(self.tr("Urgent"), "urgent")
        self.flag.addItem(self.tr("Safety follow-up"), "safety_follow_up")
        self.assignee = QLineEdit()
        self.assignee.setPlaceholderText(self.tr("Assignee"))
        self.assignee.setAccessibleName(self.tr("Filter by assignee"))
        for combo in (self.status, self.topic, self.due, self.expiry, self.flag):
            combo.currentIndexChanged.connect(self.refresh)
        self.assignee.editingFinished.connect(self.refresh)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.open_case.emit(
            self.model.row_at(index.row()).case_id))  # fmt: skip
        self.count = QLabel()

        filters = QHBoxLayout()
        for widget in (self.status, self.topic, self.due, self.expiry, self.flag, self.assignee):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def current_filter(self) -> CaseFilter:
        today = date.today()
        status = self.status.currentData()
        due = int(self.due.currentData() or 0)
        expiry = int(self.expiry.currentData() or 0)
        return CaseFilter(
            text=self.search.text(),
            statuses=(
                tuple(s.value for s in CaseStatus if s is not CaseStatus.CLOSED)
                if status == "active"
                else ((status,) if status else ())
            ),
            topics=(self.topic.currentData(),) if self.topic.currentData() else (),
            assignee=self.assignee.text().strip() or None,
            due_on_or_before=(today - timedelta(days=1) if due < 0 else today + timedelta(days=due))
            if due
            else None,
            expiry_on_or_before=today + timedelta(days=expiry) if expiry else None,
            flags=(self.flag.currentData(),) if self.flag.currentData() else (),
        )

    def refresh(self) -> None:
        """Run the current query in the background; stale answers are dropped."""
        if not self.session.is_unlocked:
            return
        self._query_number += 1
        number = self._query_number
        flt = self.current_filter()

        def query(service: CaseService) -> list[CaseRow]:
            return service.list_cases(flt)

        def show(rows: list[CaseRow]) -> None:
            if number == self._query_number and self.session.is_unlocked:
                self.model.set_rows(rows)
                header = self.table.horizontalHeader()
                if header.sortIndicatorSection() >= 0 and self.table.isSortingEnabled():
                    self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
                self.count.setText(self.tr("%n case(s)", "", len(rows)))

        self.session.run(query, done=show, failed=self._failed)

    def _failed(self, message: str) -> None:
        self.count.setText(message)

    def forget(self) -> None:
        """Drop every row and the typed query (at lock)."""
        self._query_number += 1
        self.model.clear()
        self.search.clear()
