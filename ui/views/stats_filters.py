"""The case list's filters, for the Statistics page: count only the cases the list would show.

The same choices as ui/views/case_list.py (search text, status with "Not closed", topic,
risk flag, assignee) plus nationality, which the case list's filter takes but shows no
control for.  The list's date filters (due, residence expiry) are left out: the core
refuses them for tables (desktop/stats/filters.py).  The result is a
:class:`~desktop.cases.search.CaseFilter`, so the core selects the cases with the case
list's own query.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QWidget

from desktop.cases.model import CaseStatus, Topic
from desktop.cases.search import CaseFilter
from ui import labels
from ui.place_pickers import CountryCombo

__all__ = ["CaseFilterBar"]

_ACTIVE = "active"  # the "Not closed" choice: every status but closed


class CaseFilterBar(QWidget):
    """Text, status, topic, flag, nationality and assignee; empty ones do not filter."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, notes, phone… in any script"))
        self.search.setAccessibleName(self.tr("Count only cases matching this text"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), "")
        self.status.addItem(self.tr("Not closed"), _ACTIVE)
        for code in CaseStatus:
            self.status.addItem(labels.status(code.value), code.value)
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Filter by topic"))
        self.topic.addItem(self.tr("All topics"), "")
        for topic in Topic:
            self.topic.addItem(labels.topic(topic.value), topic.value)
        self.flag = QComboBox()
        self.flag.setAccessibleName(self.tr("Filter by risk flag"))
        self.flag.addItem(self.tr("Any flag"), "")
        self.flag.addItem(self.tr("Urgent"), "urgent")
        self.flag.addItem(self.tr("Safety follow-up"), "safety_follow_up")
        self.nationality = CountryCombo()
        self.nationality.setAccessibleName(self.tr("Filter by nationality"))
        # 250 CLDR names: sized by a typical name, not the longest one.
        self.nationality.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.nationality.setMinimumContentsLength(8)
        line = self.nationality.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Any nationality"))
            line.setAccessibleName(self.tr("Filter by nationality"))
        self.assignee = QLineEdit()
        self.assignee.setPlaceholderText(self.tr("Assignee"))
        self.assignee.setAccessibleName(self.tr("Filter by assignee"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 2)
        grid.addWidget(self.assignee, 0, 2)
        grid.addWidget(self.status, 1, 0)
        grid.addWidget(self.topic, 1, 1)
        grid.addWidget(self.flag, 1, 2)
        grid.addWidget(self.nationality, 0, 3)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        for combo in (self.status, self.topic, self.flag, self.nationality):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.search, self.assignee):
            edit.editingFinished.connect(self.changed)

    def current_filter(self) -> CaseFilter:
        """The chosen filter (order and paging are the list's business, not a table's)."""
        status = str(self.status.currentData() or "")
        statuses: tuple[str, ...] = ()
        if status == _ACTIVE:
            statuses = tuple(s.value for s in CaseStatus if s is not CaseStatus.CLOSED)
        elif status:
            statuses = (status,)
        topic, flag = str(self.topic.currentData() or ""), str(self.flag.currentData() or "")
        return CaseFilter(
            text=self.search.text().strip(),
            statuses=statuses,
            topics=(topic,) if topic else (),
            assignee=self.assignee.text().strip() or None,
            nationality=self.nationality.code(),
            flags=(flag,) if flag else (),
        )

    def is_filtering(self) -> bool:
        """True when at least one choice narrows the cases."""
        return self.current_filter() != CaseFilter()

    def clear(self) -> None:
        """Back to every case (at lock: a typed name must not stay in a widget)."""
        self.search.clear()
        self.assignee.clear()
        for combo in (self.status, self.topic, self.flag):
            combo.setCurrentIndex(0)
        self.nationality.set_code(None)
