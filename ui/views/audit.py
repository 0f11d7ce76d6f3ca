"""The audit viewer: every unlock, import, export and shred, and whether the chain verifies."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.audit_service import AuditEntry
from desktop.services import VaultServices
from ui.audit_labels import ACTIONS, action_label
from ui.models.audit_table import AuditFilterProxy, AuditTableModel
from ui.screen_fit import fit_to_screen
from ui.session import Session

_OK_STYLE = (
    "QLabel { border: 2px solid palette(mid); border-radius: 4px; padding: 6px; "
    "background: #e6f4ea; color: #0d3d1a; }"
)
_PROBLEM_STYLE = (
    "QLabel { border: 3px solid #a50e0e; border-radius: 4px; padding: 6px; "
    "background: #fce8e6; color: #5c0000; font-weight: bold; }"
)


_Loaded = tuple[list[AuditEntry], list[str], dict[str, str]]


def _load(services: VaultServices) -> _Loaded:
    """The entries, the chain's problems, and the reference numbers of the cases named."""
    entries = services.audit.entries()
    refs = services.cases.refs({e.target for e in entries if e.target})
    return entries, services.audit.verify(), refs


class AuditDialog(QDialog):
    """Read-only audit log with a verification banner, a text filter and an action filter."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Audit log"))
        fit_to_screen(self, 980, 560)

        self.banner = QLabel(self.tr("Checking the audit chain…"))
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Audit chain status"))
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = AuditTableModel()
        self.proxy = AuditFilterProxy()
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Text in any column"))
        self.filter.setAccessibleName(self.tr("Filter audit entries"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)

        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Filter by action"))
        self._fill_actions([])
        self.action.currentIndexChanged.connect(
            lambda _: self.proxy.set_action(str(self.action.currentData() or ""))
        )
        action_label_widget = QLabel(self.tr("&Action:"))
        action_label_widget.setBuddy(self.action)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.reload_button = buttons.addButton(
            self.tr("&Reload"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reload_button.setAccessibleName(self.tr("Reload the audit log"))
        self.reload_button.clicked.connect(self.refresh)

        filters = QHBoxLayout()
        filters.addWidget(filter_label)
        filters.addWidget(self.filter, 2)
        filters.addWidget(action_label_widget)
        filters.addWidget(self.action, 1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter.setFocus()
        self.refresh()

    def _fill_actions(self, present: list[str]) -> None:
        current = str(self.action.currentData() or "")
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("All actions"), "")
        codes = [a for a in ACTIONS if a in present] + [a for a in present if a not in ACTIONS]
        for code in codes:
            self.action.addItem(action_label(code), code)
        index = self.action.findData(current)
        self.action.setCurrentIndex(max(index, 0))
        self.action.blockSignals(False)
        self.proxy.set_action(str(self.action.currentData() or ""))

    def refresh(self) -> None:
        """Read the log and verify its chain in the background."""
        if not self.session.is_unlocked:
            self.banner.setText(self.tr("The vault is locked."))
            return
        self.reload_button.setEnabled(False)
        self.session.run_services(_load, done=self._loaded, failed=self._failed)

    def _loaded(self, result: _Loaded) -> None:
        entries, problems, refs = result
        self.reload_button.setEnabled(True)
        self.model.set_entries(entries, refs)
        self._fill_actions(self.model.actions())
        self.count.setText(self.tr("%n entry(ies)", "", len(entries)))
        if problems:
            lines = "\n".join(f"• {p}" for p in problems)
            self.banner.setText(
                self.tr("⚠ Problems found in the audit chain (%n):", "", len(problems))
                + "\n"
                + lines
            )
            self.banner.setStyleSheet(_PROBLEM_STYLE)
        else:
            self.banner.setText(self.tr("✓ Audit chain verified: %n entry(ies)", "", len(entries)))
            self.banner.setStyleSheet(_OK_STYLE)

    def _failed(self, message: str) -> None:
        self.reload_button.setEnabled(True)
        self.banner.setText(self.tr("⚠ Could not read the audit log: {0}").format(message))
        self.banner.setStyleSheet(_PROBLEM_STYLE)
