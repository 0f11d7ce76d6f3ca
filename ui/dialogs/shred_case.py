"""Shredding a case from its view: the CLI's ``shred``, confirmed by typing the reference.

Shredding destroys the case's key, so every copy of its records becomes unreadable; it
cannot be undone, hence a typed confirmation rather than a Yes button that a hurried
click (or Return) could press.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from ui.session import Session
from ui.widgets import labelled_form


class ShredCaseDialog(QDialog):
    """Type the case's reference to enable the shred button."""

    shredded = Signal(str)  # the case id

    def __init__(self, session: Session, case_id: str, ref: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.ref = ref
        self.setWindowTitle(self.tr("Shred case {0}").format(ref))
        warning = QLabel(self.tr(
            "Shredding destroys the key of case {0}: its worker, records, notes and evidence "
            "can never be read again, here or in any backup or synced copy. The audit log "
            "keeps only the reference. This cannot be undone."
        ).format(ref))  # fmt: skip
        warning.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Type the reference to confirm"))
        self.typed.setPlaceholderText(ref)
        self.typed.textChanged.connect(self._update)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Shred status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.shred_button = QPushButton(self.tr("Shred for good"))
        self.shred_button.setAccessibleName(self.tr("Shred the case for good"))
        self.shred_button.setEnabled(False)
        self.shred_button.setAutoDefault(False)  # Return never shreds
        self.buttons.addButton(self.shred_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.shred_button.clicked.connect(self.shred)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(labelled_form([(self.tr("&Reference:"), self.typed)]))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _update(self) -> None:
        self.shred_button.setEnabled(self.typed.text().strip() == self.ref)

    def shred(self) -> None:
        if self.typed.text().strip() != self.ref:
            return
        self.shred_button.setEnabled(False)
        self.typed.setEnabled(False)
        self.message.setText(self.tr("Shredding…"))
        case_id = self.case_id

        def work(service: CaseService) -> None:
            service.shred_case(case_id)

        self.session.run(work, done=self._done, failed=self._failed, changes=case_id)

    def _done(self, _: object) -> None:
        self.shredded.emit(self.case_id)
        self.accept()

    def _failed(self, message: str) -> None:
        self.typed.setEnabled(True)
        self._update()
        self.message.setText(message)
