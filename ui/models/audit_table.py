"""The audit log as a Qt table model, and the proxy that filters it by text and action."""

from __future__ import annotations

import json
from datetime import datetime
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

_Index = QModelIndex | QPersistentModelIndex
_CTX = "AuditTableModel"
ACTION_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

KNOWN_ACTIONS = (
    "vault_created",
    "unlock",
    "unlock_failed",
    "unlock_recovery",
    "unlock_device",
    "import",
    "export",
    "shred",
    "passphrase_changed",
    "recovery_key_replaced",
    "device_remembered",
    "device_forgotten",
    "evidence_exported",
)


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def action_label(code: str) -> str:
    """The translated name of an audit action; unknown codes are shown as stored."""
    return {
        "vault_created": _t("Vault created"),
        "unlock": _t("Unlocked with passphrase"),
        "unlock_failed": _t("Failed unlock attempt"),
        "unlock_recovery": _t("Unlocked with recovery key"),
        "unlock_device": _t("Unlocked with this device's key"),
        "import": _t("Import"),
        "export": _t("Export"),
        "shred": _t("Case shredded"),
        "passphrase_changed": _t("Passphrase changed"),
        "recovery_key_replaced": _t("Recovery key replaced"),
        "device_remembered": _t("Vault remembered on a device"),
        "device_forgotten": _t("Device forgotten"),
        "evidence_exported": _t("Evidence exported"),
    }.get(code, code)


def local_time(at: str) -> str:
    """An ISO timestamp (UTC) in the computer's local time, to the second."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


class AuditTableModel(QAbstractTableModel):
    """Rows of :class:`AuditEntry`, oldest first; the view sorts through a proxy."""

    COLUMNS = ("at", "action", "device", "target", "details", "signed")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AuditEntry] = []

    def headers(self) -> list[str]:
        return [_t("Time"), _t("Action"), _t("Device"), _t("Target"), _t("Details"), _t("Signed")]

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
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
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.text(entry, column)
        return None

    @staticmethod
    def text(entry: AuditEntry, column: str) -> str:
        if column == "at":
            return local_time(entry.at)
        if column == "action":
            return action_label(entry.action)
        if column == "device":
            return entry.device[:8]
        if column == "target":
            return entry.target
        if column == "details":
            if not entry.details:
                return ""
            return json.dumps(entry.details, ensure_ascii=False, sort_keys=True,
                              separators=(",", ":"))  # fmt: skip
        return _t("Yes") if entry.signed else _t("No")


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
        texts = [AuditTableModel.text(entry, c) for c in AuditTableModel.COLUMNS]
        texts += [entry.action, entry.device]
        return any(self._text in t.casefold() for t in texts)
