"""The case list as a Qt table model over rows the core returns (no data of its own)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.cases.search import CaseRow
from ui import labels

_Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """A page-by-page window on a case list; sorting and paging happen in the core (SQL).

    The first page arrives with the total count; further pages are asked for as
    the view scrolls (``canFetchMore``/``fetchMore``), through ``fetcher``.
    """

    COLUMNS = ("ref", "name", "native", "status", "topics", "next_due", "expiry", "assignee")
    # core sort key for each column (desktop.cases.search.SORTABLE)
    SORT_KEYS = ("ref", "name", "native", "status", "topics", "due", "expiry", "assignee")

    sort_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CaseRow] = []
        self.total = 0
        self.order = "updated"
        self.descending: bool | None = None
        self.fetcher: Callable[[int], None] | None = None
        self._fetching = False
        self._texts: dict[int, tuple[str, ...]] = {}  # row -> cell texts, built when first shown

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
    def set_rows(self, rows: list[CaseRow], total: int | None = None) -> None:
        """Show the first page of a new result (``total`` counts every match)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self.total = len(rows) if total is None else total
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: list[CaseRow]) -> None:
        """Add the next page."""
        self._fetching = False
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def clear(self) -> None:
        """Forget every row (at lock)."""
        self.set_rows([], 0)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.fetcher is not None and self.canFetchMore(parent):
            self._fetching = True
            self.fetcher(len(self._rows))

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
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
        row = index.row()
        texts = self._texts.get(row)
        if texts is None:
            # Painting asks for every cell several times a frame: compute a row once.
            record = self._rows[row]
            texts = tuple(self._text(record, column) for column in self.COLUMNS)
            self._texts[row] = texts
        return texts[index.column()]

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
        """Ask for the list again in another order (the core sorts all rows, not one page)."""
        if 0 <= column < len(self.SORT_KEYS):
            self.order = self.SORT_KEYS[column]
            self.descending = order == Qt.SortOrder.DescendingOrder
        else:
            self.order, self.descending = "updated", None
        self.sort_requested.emit()
