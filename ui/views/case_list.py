"""The case list: live search in any script, filters, saved filters, and the table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
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
from desktop.changes import ChangeSet
from ui import labels
from ui.models.case_table import CaseTableModel
from ui.session import Session
from ui.views.saved_filters import SavedFilters

PAGE_SIZE = 500  # rows per query: a keystroke never waits for 10,000 rows


# Record kinds a case row is derived from (desktop/cases/derive.py): the case itself,
# the worker's names and residence, topics, and open tasks (next due date).
LIST_KINDS = frozenset({"case", "worker", "topic", "task"})


class CaseListPage(QWidget):
    """Search box and filters above the case table.  Every query runs in the background."""

    open_case = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._query_number = 0
        self._applying = False
        self._last_filter = CaseFilter(limit=PAGE_SIZE)
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
        for topic in Topic:
            self.topic.addItem(labels.topic(topic.value), topic.value)
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

        self.model.fetcher = self._fetch_more
        self.model.sort_requested.connect(self.refresh)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # most recently changed first until a header is clicked
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line per case: long names are elided, not wrapped
        for column, width in enumerate((170, 180, 200, 90, 150, 90, 100)):
            self.table.setColumnWidth(column, width)
        # Names (Latin and native script) take the spare width: they were elided with "…"
        # while only the last column (assignee) stretched.  Interactive elsewhere: fitting
        # 10,000 rows' contents would read every page.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_case.emit(
            self.model.row_at(index.row()).case_id))  # fmt: skip
        self.count = QLabel()

        self.saved = SavedFilters(session)
        self.saved.chosen.connect(self.apply_state)
        if session.is_unlocked:
            self.saved.load()
        self.saved.save_button.clicked.connect(lambda: self.saved.ask_and_save(self.state()))

        filters = QHBoxLayout()
        for widget in (self.status, self.topic, self.due, self.expiry, self.flag, self.assignee):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.saved, 2)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    _COMBOS = ("status", "topic", "due", "expiry", "flag")

    def state(self) -> dict[str, Any]:
        """The search text and filters, to save under a name."""
        state: dict[str, Any] = {"text": self.search.text(), "assignee": self.assignee.text()}
        for name in self._COMBOS:
            state[name] = getattr(self, name).currentData()
        return state

    def apply_state(self, state: dict[str, Any]) -> None:
        """Restore a saved filter (one query, not one per widget)."""
        self._applying = True
        try:
            self.search.setText(str(state.get("text", "")))
            self.assignee.setText(str(state.get("assignee", "")))
            for name in self._COMBOS:
                combo: QComboBox = getattr(self, name)
                index = combo.findData(state.get(name))
                combo.setCurrentIndex(max(index, 0))
        finally:
            self._applying = False
        self.refresh()

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
            order=self.model.order,
            descending=self.model.descending,
            limit=PAGE_SIZE,
        )

    def apply(self, change: ChangeSet) -> None:
        """Refresh when the change can alter what the list shows."""
        if self.concerns(change):
            self.refresh()

    def concerns(self, change: ChangeSet) -> bool:
        """Whether ``change`` can alter what the list shows."""
        if change.all_cases or change.concerns_kinds(LIST_KINDS):
            return True
        if not change.cases:
            return False
        # A typed query matches notes, parties …, so any change may bring a case in;
        # a shown case may gain or lose a conflict (its row counts them) in any kind.
        if self.search.text().strip():
            return True
        shown = {self.model.row_at(row).case_id for row in range(self.model.rowCount())}
        return not shown.isdisjoint(change.cases)

    def refresh(self) -> None:
        """Run the current query in the background; stale answers are dropped."""
        if not self.session.is_unlocked or self._applying:
            return
        self._query_number += 1
        number = self._query_number
        flt = self.current_filter()

        def query(service: CaseService) -> tuple[list[CaseRow], int]:
            return service.list_page(flt)

        def show(result: tuple[list[CaseRow], int]) -> None:
            if number == self._query_number and self.session.is_unlocked:
                rows, total = result
                self._last_filter = flt
                self.model.set_rows(rows, total)
                self.count.setText(self.tr("%n case(s)", "", total))

        self.session.run(query, done=show, failed=self._failed)

    def _fetch_more(self, offset: int) -> None:
        """The next page of the same query, as the table scrolls towards its end."""
        number = self._query_number
        flt = replace(self._last_filter, offset=offset)

        def query(service: CaseService) -> list[CaseRow]:
            return service.list_cases(flt)

        def add(rows: list[CaseRow]) -> None:
            if number == self._query_number and self.session.is_unlocked:
                self.model.append_rows(rows)

        self.session.run(query, done=add, failed=self._failed)

    def _failed(self, message: str) -> None:
        self.count.setText(message)

    def forget(self) -> None:
        """Drop every row and the typed query (at lock)."""
        self._query_number += 1
        self.model.clear()
        self.search.clear()
        self.saved.forget()
