"""The audit log as a Qt table model, and the proxy that filters it by text and action."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.audit_service import AuditEntry
from ui.audit_labels import action_label, details_text
from ui.field_labels import format_datetime

_Index = QModelIndex | QPersistentModelIndex
ACTION_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(at: str) -> str:
    """An ISO timestamp (UTC) in the computer's local time, in the interface's format."""
    return format_datetime(at)


class AuditTableModel(QAbstractTableModel):
    """Rows of :class:`AuditEntry`, oldest first; the view sorts through a proxy."""

    COLUMNS = ("at", "action", "device", "target", "details", "signed")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AuditEntry] = []
        self._refs: dict[str, str] = {}

    def headers(self) -> list[str]:
        # Literal calls: lupdate extracts these (it cannot see through a helper).
        return [
            QCoreApplication.translate("AuditTableModel", "Time"),
            QCoreApplication.translate("AuditTableModel", "Action"),
            QCoreApplication.translate("AuditTableModel", "Device"),
            QCoreApplication.translate("AuditTableModel", "Case"),
            QCoreApplication.translate("AuditTableModel", "Details"),
            QCoreApplication.translate("AuditTableModel", "Signed"),
        ]

    def set_entries(self, entries: list[AuditEntry], refs: dict[str, str] | None = None) -> None:
        """Show ``entries``; ``refs`` maps case ids to the reference numbers people use."""
        self.beginResetModel()
        self._rows = list(entries)
        self._refs = dict(refs or {})
        self.endResetModel()

    def entry_at(self, row: int) -> AuditEntry:
        return self._rows[row]

    def actions(self) -> list[str]:
        """Every action code present, in first-seen order."""
        return list(dict.fromkeys(e.action for e in self._rows))

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
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ACTION_ROLE:
            return entry.action
        if role == SORT_ROLE:
            return entry.seq if column == "at" else self.text(entry, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == "details":
            return details_text(entry.details, "\n")
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.text(entry, column)
        return None

    def text(self, entry: AuditEntry, column: str) -> str:
        if column == "at":
            return local_time(entry.at)
        if column == "action":
            return action_label(entry.action)
        if column == "device":
            return entry.device[:8]
        if column == "target":
            return self.case_text(entry)
        if column == "details":
            return details_text({k: v for k, v in entry.details.items() if k != "ref"})
        if entry.signed:
            return QCoreApplication.translate("AuditTableModel", "Yes")
        return QCoreApplication.translate("AuditTableModel", "No")

    def case_text(self, entry: AuditEntry) -> str:
        """The case's reference number; a shredded case keeps the one recorded with it."""
        if not entry.target:
            return ""
        if entry.target in self._refs:
            return self._refs[entry.target]
        recorded = str(entry.details.get("ref") or "")
        if recorded:
            return recorded
        return QCoreApplication.translate("AuditTableModel", "(case not in this vault)")


class AuditFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose text contains the filter (any column) and whose action matches."""

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._action = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_action(self, action: str) -> None:
        self.beginFilterChange()
        self._action = action
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AuditTableModel):
            return True
        entry = model.entry_at(source_row)
        if self._action and entry.action != self._action:
            return False
        if not self._text:
            return True
        texts = [model.text(entry, c) for c in AuditTableModel.COLUMNS]
        texts += [entry.action, entry.device]
        return any(self._text in t.casefold() for t in texts)
