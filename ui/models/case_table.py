"""The case list as a Qt table model over rows the core returns (no data of its own)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.cases.search import CaseRow
from ui import labels

_Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Rows of :class:`CaseRow`; sorting happens here, in memory, not in the view."""

    COLUMNS = ("ref", "name", "native", "status", "topics", "next_due", "expiry", "assignee")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CaseRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Reference"),
            self.tr("Name"),
            self.tr("Native / katakana"),
            self.tr("Status"),
            self.tr("Topics"),
            self.tr("Next due"),
            self.tr("Residence expiry"),
            self.tr("Assignee"),
        ]

    # -- content -------------------------------------------------------------
    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (at lock)."""
        self.set_rows([])

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        return self._text(self._rows[index.row()], self.COLUMNS[index.column()])

    @staticmethod
    def _text(row: CaseRow, column: str) -> str:
        if column == "ref":
            return row.ref
        if column == "name":
            return row.full_name
        if column == "native":
            return " / ".join(n for n in (row.name_native, row.name_katakana) if n)
        if column == "status":
            flags = " ⚑" if row.flags else ""
            return labels.status(row.status) + flags
        if column == "topics":
            return ", ".join(labels.topic(t) for t in row.topics)
        if column == "next_due":
            return row.next_due or ""
        if column == "expiry":
            return row.residence_expiry or ""
        return row.assignee

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.COLUMNS[column]
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda r: (self._text(r, name) == "", self._text(r, name).casefold()),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutChanged.emit()
