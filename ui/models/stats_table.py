"""A statistics table (desktop.stats) as a Qt table model, with translated labels.

A hidden figure is shown as the core marks it, ``<5`` (fewer than k) or ``x`` (hidden so
that a small one cannot be worked out), **never as a number**: the model never hands
the view a hidden count, in any role.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.stats.export import marker
from desktop.stats.table import TOTAL, StatsTable
from ui import document_labels, labels
from ui.places import country_name, language_name

_Index = QModelIndex | QPersistentModelIndex
HIDDEN_ROLE = Qt.ItemDataRole.UserRole  # "primary", "complementary" or None
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (row code, column code)


def dimension_name(code: str) -> str:
    """A breakdown field's name in the interface language."""
    return {
        "month": QCoreApplication.translate("Statistics", "Month"),
        "quarter": QCoreApplication.translate("Statistics", "Quarter"),
        "fiscal_year": QCoreApplication.translate("Statistics", "Fiscal year"),
        "nationality": QCoreApplication.translate("Statistics", "Nationality"),
        "residence_status": QCoreApplication.translate("Statistics", "Status of residence"),
        "topic": QCoreApplication.translate("Statistics", "Topic"),
        "subtopic": QCoreApplication.translate("Statistics", "Subtopic"),
        "channel": QCoreApplication.translate("Statistics", "Channel"),
        "language": QCoreApplication.translate("Statistics", "Language"),
        "prefecture": QCoreApplication.translate("Statistics", "Prefecture (workplace)"),
        "referral": QCoreApplication.translate("Statistics", "Referred to"),
        "outcome": QCoreApplication.translate("Statistics", "Outcome"),
        "status": QCoreApplication.translate("Statistics", "Status"),
    }.get(code, code)


def measure_name(code: str) -> str:
    """What a table counts, in the interface language."""
    return {
        "cases": QCoreApplication.translate("Statistics", "Cases"),
        "new_cases": QCoreApplication.translate("Statistics", "New cases"),
        "consultations": QCoreApplication.translate("Statistics", "Consultations"),
        "minutes": QCoreApplication.translate("Statistics", "Time spent (minutes)"),
    }.get(code, code)


def category_name(dimension: str, code: str) -> str:
    """A category of ``dimension`` as people read it (codes of the core translated)."""
    if code == TOTAL:
        return QCoreApplication.translate("Statistics", "Total")
    if code == "unknown":
        return QCoreApplication.translate("Statistics", "Unknown")
    if dimension == "referral" and code == "none":
        return QCoreApplication.translate("Statistics", "None")
    named = {
        "nationality": country_name,
        "language": language_name,
        "topic": labels.topic,
        "subtopic": labels.subtopic,
        "status": labels.status,
        "outcome": labels.outcome,
        "channel": labels.channel,
        "residence_status": labels.residence_status,
        "referral": document_labels.recipient_type,
    }.get(dimension)
    return named(code) if named is not None else code


class StatsTableModel(QAbstractTableModel):
    """Rows are the first field's categories then Total; columns the second field's
    categories then Total (or the one measure column of a one-way table)."""

    def __init__(self) -> None:
        super().__init__()
        self.table: StatsTable | None = None
        self._rows: list[str] = []
        self._columns: list[str] = []

    def set_table(self, table: StatsTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self._rows = [*table.rows, TOTAL] if table is not None else []
        self._columns = [c for c in table.columns if c != TOTAL] + [TOTAL] if table else []
        self.endResetModel()

    def key(self, row: int, column: int) -> tuple[str, str]:
        return self._rows[row], self._columns[column]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        table = self.table
        if table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return category_name(table.dimensions[0], self._rows[section])
        if len(table.dimensions) == 1:
            return measure_name(table.measure)
        return category_name(table.dimensions[1], self._columns[section])

    def text(self, row: int, column: int) -> str:
        """The figure as shown: the marker when hidden, else the published number."""
        assert self.table is not None
        key = self.key(row, column)
        figure = self.table.figures[key]
        if figure.hidden:
            return marker(self.table, figure.hidden)
        return f"{self.table.shown(key):,}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        key = self.key(index.row(), index.column())
        hidden = self.table.figures[key].hidden
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == HIDDEN_ROLE:
            return hidden
        if role == KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.ToolTipRole and hidden:
            return hidden_explanation(self.table.k, hidden)
        return None


def hidden_explanation(k: int, hidden: str) -> str:
    """Why a figure is not shown (its tooltip)."""
    if hidden == "primary":
        return QCoreApplication.translate(
            "Statistics", "Fewer than {0}: hidden so that no one can be identified."
        ).format(k)
    return QCoreApplication.translate(
        "Statistics",
        "At least {0}, hidden so that the figures under {0} cannot be worked out "
        "from totals or earlier tables.",
    ).format(k)
