"""The sync status line: synced / N pending / offline / N conflicts / error / waiting for
approval, and "Sync now"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from sync.client import SyncStatus
from ui.syncing.controller import SyncController

__all__ = ["SyncStatusWidget"]


class SyncStatusWidget(QWidget):
    """Shows the controller's status; buttons for a round now, conflicts and quarantine."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.label = QLabel(self.tr("Sync: —"))
        self.label.setAccessibleName(self.tr("Sync status"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self._sync_now)
        # Off until the controller knows a status: with no vault open (the first-run page,
        # the lock screen) there is nothing to sync, and "working…" would never be answered.
        self.sync_button.setEnabled(False)
        self.quarantine_button = QPushButton()
        self.quarantine_button.setAccessibleName(self.tr("Show quarantined changes"))
        self.quarantine_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.quarantine_button)
        layout.addWidget(self.sync_button)
        controller.status_changed.connect(self.show_status)
        controller.round_failed.connect(self.show_failure)
        controller.stopped.connect(self.show_no_vault)

    def _sync_now(self) -> None:
        self.label.setText(self.tr("Sync: working…"))
        self.controller.sync_now()

    def show_status(self, status: SyncStatus) -> None:
        """Put the status in words (and colour only as an extra cue)."""
        texts = {
            "synced": self.tr("Sync: up to date"),
            "pending": self.tr("Sync: {0} change(s) waiting to be sent").format(status.pending),
            "offline": self.tr("Sync: offline — {0} change(s) waiting").format(status.pending),
            "conflicts": self.tr("Sync: {0} conflict(s) to settle").format(status.conflicts),
            "error": self.tr("Sync: problem — {0}").format(status.last_error or self.tr(
                "some changes could not be applied")),
            "not_enrolled": self.tr("Sync: not set up (works offline)"),
        }  # fmt: skip
        text = texts.get(status.state, status.state)
        if self.controller.awaiting_approval:
            text = self.tr("Sync: waiting for the administrator to approve this computer")
        self.label.setText(text)
        tip = self.tr("Last sync: {0}").format(status.last_sync or self.tr("never"))
        if status.last_error and status.state in ("offline", "error"):
            tip += "\n" + status.last_error
        self.label.setToolTip(tip)
        self.sync_button.setEnabled(status.state != "not_enrolled")
        self.quarantine_button.setVisible(status.quarantined > 0)
        self.quarantine_button.setText(self.tr("{0} quarantined…").format(status.quarantined))

    def show_no_vault(self) -> None:
        self.label.setText(self.tr("Sync: —"))
        self.label.setToolTip("")
        self.sync_button.setEnabled(False)
        self.quarantine_button.hide()

    def show_failure(self, message: str) -> None:
        # The status that follows says "offline"/"problem"; the sentence explains why.
        self.label.setToolTip(message)
