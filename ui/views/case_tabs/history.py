"""History tab: every change to the case (who, when, on which device, what), oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.cases.service import CaseService, HistoryEntry
from desktop.cases.views import CaseDetails
from ui import labels
from ui.field_labels import field_name, format_datetime, value_text
from ui.session import Session
from ui.views.case_tabs.common import CaseTab, record_table, shorten
from ui.widgets import guarded

_Index = QModelIndex | QPersistentModelIndex

# Never shown in full, even in history: someone may be looking over the shoulder.
_MASKED = frozenset({"residence_card_number"})


def change_text(entry: HistoryEntry) -> str:
    """The change in short form, in the interface language: "Changed: Status: Closed, …"."""
    parts = []
    for name, value in entry.fields.items():
        if name in _MASKED and value:
            shown = "••••"
        else:
            shown = shorten(value_text(entry.entity, name, value), 30)
        parts.append(f"{field_name(name)}: {shown}")
    kind = labels.change_kind(entry.kind)
    return f"{kind} — {', '.join(parts)}" if parts else kind


class HistoryModel(QAbstractTableModel):
    """History entries as rows (time, author, device, record, change)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entry_at(self, row: int) -> HistoryEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Time"), self.tr("Author"), self.tr("Device"), self.tr("Record"),
                self.tr("Change"),
            )[section]  # fmt: skip
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_datetime(entry.at)  # already local time
            if column == 1:
                return entry.author
            if column == 2:
                return entry.device[:8]
            if column == 3:
                return labels.entity(entry.entity)
            return change_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return entry.device
            if column == 4:
                return change_text(entry)
        return None


class HistoryTab(CaseTab):
    """Reads the decrypted op log only while the tab is visible (it can be long)."""

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.model = HistoryModel(self)
        self.table = record_table(self.model, self.tr("Change history"))
        self.status = QLabel()
        self._stale = True
        self._request = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def load(self, view: CaseDetails) -> None:
        self._stale = True
        if self.isVisible():
            self.fetch()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.fetch()

    def fetch(self) -> None:
        """Read the history in the background; a newer request wins over an older one."""
        if not self.session.is_unlocked:
            return
        self._stale = False
        self._request += 1
        number = self._request
        case_id = self.case_id

        def read(service: CaseService) -> list[HistoryEntry]:
            return service.history(case_id)

        def show(entries: list[HistoryEntry]) -> None:
            if number == self._request and self.session.is_unlocked:
                self.model.set_entries(entries)
                self.status.setText(self.tr("%n change(s)", "", len(entries)))

        self.session.run(read, done=guarded(self, show), failed=self.show_error)
