"""Importing evidence files one after another in the background, with progress and Cancel."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.cases.service import CaseService
from ui.session import Session
from ui.tasks import Cancel

# Progress is shown in KiB: a QProgressBar counts in int, and files may reach 2 GB.
_UNIT = 1024


class ImportPanel(QWidget):
    """A progress row that imports queued files into a case; hidden when idle.

    Emits ``imported`` with each new evidence id, ``failed`` with a message a
    person can read, and ``finished`` when the queue is empty.
    """

    imported = Signal(str)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self._queue: list[tuple[str, dict[str, Any]]] = []
        self._cancel: Cancel | None = None
        self._cancel_asked = False  # Cancel was pressed while the current file was under way
        self._total = 0
        self._number = 0
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setAccessibleName(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def add(self, paths: list[str], fields: dict[str, Any]) -> None:
        """Queue files; the first starts at once, the rest one by one."""
        self._queue.extend((path, dict(fields)) for path in paths)
        self._total += len(paths)
        if not self.busy:
            self._next()

    def cancel(self) -> None:
        """Stop the file being imported (nothing of it is kept) and drop the rest."""
        self._queue.clear()
        if self._cancel is not None:
            self._cancel_asked = True
            self._cancel.cancel()
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _next(self) -> None:
        if not self._queue or not self.session.is_unlocked:
            self._idle()
            return
        path, fields = self._queue.pop(0)
        self._number += 1
        try:
            size = os.path.getsize(path)
        except OSError as exc:
            self.failed.emit(self.tr("Cannot read {0}: {1}").format(path, exc.strerror or exc))
            self._next()
            return
        self.bar.setRange(0, max(1, size // _UNIT))
        self.bar.setValue(0)
        self.label.setText(
            self.tr("Adding {0} ({1} of {2})…").format(
                os.path.basename(path), self._number, self._total
            )
        )
        self.cancel_button.setEnabled(True)
        self.show()
        case_id = self.case_id

        def work(service: CaseService, *, progress: Any, cancelled: Any) -> str:
            return service.add_evidence(
                case_id, Path(path), fields, progress=progress, cancelled=cancelled
            )

        self._cancel = self.session.run(
            work,
            done=self._done,
            failed=self._failed,
            progress=self._progress,
            cancelled=self._cancelled,
            changes=case_id,
        )

    def _progress(self, done_bytes: int) -> None:
        self.bar.setValue(min(self.bar.maximum(), done_bytes // _UNIT))

    def _done(self, evidence_id: str) -> None:
        self._cancel = None
        self.imported.emit(evidence_id)
        if self._cancel_asked:
            # A small file can be stored before the request to stop reaches it: say it was
            # kept rather than leave the counselor believing it was dropped.
            self._cancel_asked = False
            self.failed.emit(self.tr(
                "The file was already added when Cancel was pressed; it was kept. Delete "
                "it from the list if it should go."
            ))  # fmt: skip
        self._next()

    def _failed(self, message: str) -> None:
        self._cancel = None
        self.failed.emit(message)
        self._next()

    def _cancelled(self) -> None:
        self._cancel = None
        self.failed.emit(self.tr("Import cancelled; nothing of that file was kept."))
        self._idle()

    def _idle(self) -> None:
        self._cancel = None
        self._cancel_asked = False
        self._queue.clear()
        self._total = 0
        self._number = 0
        self.hide()
        self.finished.emit()
