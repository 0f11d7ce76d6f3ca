"""Table models of the Wages tab: editable rows of text (work records, payslips,
allowances) and the read-only result per pay period.

The editable model holds the stored CSV's cells as text; columns with a fixed set of
codes (a payslip item's kind, a deduction's basis) show their label and are edited with a
combo box (:class:`ChoiceDelegate`), so no code is shown raw.  Checking the rows is the
core's job (desktop/wages/tables.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.wages.calculator import WageClaim

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TextColumn:
    key: str
    header: str
    choices: Mapping[str, str] = field(default_factory=dict)  # code -> label; empty: free text
    placeholder: str = ""  # an example shown as the tooltip


class TextRowsModel(QAbstractTableModel):
    """Rows of text cells, edited in place; the grid of records, payslips or allowances."""

    def __init__(self, columns: Sequence[TextColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[list[str]] = []
        self.dirty = False  # edited since the last set_rows

    # -- contents ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._rows = [[str(c) for c in row] + [""] * (len(self.columns) - len(row)) for row in rows]
        self.endResetModel()
        self.dirty = False

    def rows(self) -> list[list[str]]:
        return [list(row) for row in self._rows]

    def add_row(self, values: Sequence[str] = ()) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([*values, *[""] * (len(self.columns) - len(values))])
        self.endInsertRows()
        self.dirty = True
        return row

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                self.dirty = True

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)  # the row number the error list names

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.choices.get(value, value) if column.choices else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.placeholder or None
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value if value is not None else "").strip()
        if self._rows[index.row()][index.column()] == text:
            return True
        self._rows[index.row()][index.column()] = text
        self.dirty = True
        self.dataChanged.emit(index, index, [role])
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the columns whose cells take one of a fixed set of codes."""

    def __init__(self, model: TextRowsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows_model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = self.rows_model.columns[index.column()]
        if not column.choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(column.header)
        for code, label in column.choices.items():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _hours(value: Decimal) -> str:
    minutes = int(value * 60)
    return f"{minutes // 60}:{minutes % 60:02d}" if minutes else ""


def _yen(value: Decimal) -> str:
    return f"{int(value):,}"


class ResultModel(QAbstractTableModel):
    """Per pay period: hours by kind, due, paid, difference, expiry; a totals row last."""

    KIND_GROUPS = (
        ("ordinary", "ordinary_night"),
        ("overtime", "overtime_night", "overtime_over60", "overtime_over60_night"),
        ("ordinary_night", "overtime_night", "overtime_over60_night", "holiday_night"),
        ("holiday", "holiday_night"),
    )

    def __init__(
        self,
        headers: Sequence[str],
        totals_label: str,
        expired_label: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.totals_label = totals_label
        self.expired_label = expired_label
        self._rows: list[list[str]] = []

    def set_claim(self, claim: WageClaim | None) -> None:
        self.beginResetModel()
        self._rows = []
        if claim is not None:
            for p in claim.periods:
                hours = [
                    _hours(sum((p.hours.get(k, Decimal(0)) for k in group), Decimal(0)))
                    for group in self.KIND_GROUPS
                ]
                f = p.figures
                expiry = p.expires_on.isoformat()
                self._rows.append(
                    [
                        f"{p.start.isoformat()} – {p.end.isoformat()}",
                        *hours,
                        _yen(f["amount_due"].amount),
                        _yen(f["amount_paid"].amount),
                        _yen(f["difference"].amount),
                        f"{expiry} {self.expired_label}" if p.expired else expiry,
                    ]
                )
            t = claim.totals
            self._rows.append(
                [
                    self.totals_label,
                    "",
                    "",
                    "",
                    "",
                    _yen(t["amount_due"]),
                    _yen(t["amount_paid"]),
                    _yen(t["difference"]),
                    "",
                ]
            )
        self.endResetModel()

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
