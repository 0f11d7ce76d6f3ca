"""The quarantine screen: changes that arrived but could not be opened, and why.

A malformed or undecryptable op never blocks the others; it waits here (and is
retried when a new case key arrives) so that nobody mistakes it for lost data.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from sync.client import SyncClient
from ui.screen_fit import fit_to_screen
from ui.session import Session

__all__ = ["QuarantineDialog"]


def _load(client: SyncClient, service: CaseService) -> list[tuple[str, str, str, str]]:
    items = client.quarantine()
    refs = service.refs(item.case_id for item in items)
    return [
        (item.received_at, refs.get(item.case_id, item.case_id), item.reason, item.op_id)
        for item in items
    ]


class QuarantineDialog(QDialog):
    """Read-only list: when it arrived, which case, the reason, the op id (for IT staff)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quarantined changes"))
        fit_to_screen(self, 820, 420)
        self.intro = QLabel(self.tr(
            "These changes reached this computer but could not be opened (damaged, or sealed "
            "with a key this vault does not hold yet). Everything else was applied. They are "
            "tried again after every sync; if they stay, tell your administrator."
        ))  # fmt: skip
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Quarantined changes"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Received"), self.tr("Case"), self.tr("Reason"), self.tr("Change id")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        client = session.sync_client()
        session.run(
            lambda service: _load(client, service), done=self._show, failed=self.intro.setText
        )

    def _show(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
