"""What every case tab shares: the base widget, a read-only record table, conflict markers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from desktop.cases.service import CaseService, RecordView
from desktop.cases.views import CaseDetails
from ui.session import Session
from ui.widgets import display

_Index = QModelIndex | QPersistentModelIndex

SHORT = 60  # characters of a value shown in a table cell or a conflict marker


def shorten(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())  # notes span lines; a cell shows one
    return text if len(text) <= limit else text[: limit - 1] + "…"


def alternatives_text(values: dict[str, Any], fmt: Callable[[Any], str] = display) -> str:
    """The competing values of one conflicted field, e.g. "'A' / 'B'"."""
    return " / ".join(f"“{shorten(fmt(v), 40)}”" for v in values.values())


def conflicted(record: RecordView) -> dict[str, dict[str, Any]]:
    """Fields with more than one current value (edits made concurrently on two devices)."""
    return {name: vals for name, vals in record.alternatives.items() if len(vals) > 1}


class CaseTab(QWidget):
    """Base of the case tabs: knows its case, runs edits in the background, shows errors."""

    # The record kinds (entities) the tab shows: the case view reloads the tab only when
    # one of them changed.  ``None``: every kind (the history shows every op).
    kinds: frozenset[str] | None = None

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("error")
        # Red and bold reads in light and dark schemes; the text itself says what failed.
        self.message.setStyleSheet("color: #d32f2f; font-weight: bold;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

    def load(self, view: CaseDetails) -> None:
        """Fill the tab from freshly read case data."""
        raise NotImplementedError

    def change(
        self,
        fn: Callable[[CaseService], Any],
        done: Callable[[Any], None] | None = None,
    ) -> None:
        """Run an edit of this case in the background; the workspace refreshes us after.

        The tab is named as the origin of the change, so views can tell their own edits
        from others'; the case id widens the notice only if the journal saw no op of it.
        """
        self.clear_error()
        if not self.session.is_unlocked:
            return
        self.session.run(fn, done=done, failed=self.show_error, changes=self.case_id, origin=self)

    def show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def clear_error(self) -> None:
        self.message.clear()
        self.message.hide()


@dataclass(frozen=True)
class Column:
    """One table column: its header and how a record becomes the cell's text (and tooltip)."""

    header: str
    text: Callable[[RecordView], str]
    tooltip: Callable[[RecordView], str] | None = None


class RecordTableModel(QAbstractTableModel):
    """Read-only rows of records; a conflicted record is marked in its first column."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._records: list[RecordView] = []

    def set_records(self, records: Sequence[RecordView]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record_at(self, row: int) -> RecordView:
        return self._records[row]

    def records(self) -> list[RecordView]:
        return list(self._records)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        clash = conflicted(record)
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.text(record)
            if index.column() == 0 and (clash or record.deleted):
                text = "⚠ " + text  # visible without colour, for screen readers too
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0 and (clash or record.deleted):
                return self._conflict_tip(record, clash)
            return column.tooltip(record) if column.tooltip else None
        return None

    def _conflict_tip(self, record: RecordView, clash: dict[str, dict[str, Any]]) -> str:
        lines = [self.tr("Conflict: edited on two devices at the same time.")]
        if record.deleted:
            lines.append(self.tr("Removed on one device, changed on another."))
        for name, values in clash.items():
            lines.append(f"{name}: {alternatives_text(values)}")
        return "\n".join(lines)


def record_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A keyboard-friendly, read-only table of whole rows."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    stretch_informative_columns(table)
    return table


def stretch_informative_columns(table: QTableView, informative: Sequence[int] = (0, -1)) -> None:
    """Names and titles take the spare width; short columns (dates, states) fit their text.

    In every case tab the first column names the record (name, title, recipient) and the
    last holds free text: with only the last one stretching, native-script names ended in
    "…" on a 1366-pixel screen while a note column stood half empty.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    count = table.model().columnCount()
    for column in informative:
        if count:
            header.setSectionResizeMode(column % count, QHeaderView.ResizeMode.Stretch)


def selected_record(table: QTableView, model: RecordTableModel) -> RecordView | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    return model.record_at(rows[0].row())


def select_by_id(table: QTableView, model: RecordTableModel, entity_id: str | None) -> None:
    """Keep the same record selected after a reload (rows may have moved)."""
    if entity_id is None:
        return
    for row, record in enumerate(model.records()):
        if record.entity_id == entity_id:
            table.selectRow(row)
            return
