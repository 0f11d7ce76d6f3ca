"""The conflicts screen: every value that concurrent edits left side by side, and settling them.

Each competing value is shown with its author, device and time; the counselor
picks one or writes a merged value, which the core records as a new op that
supersedes them all (so the resolution syncs like any other edit).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.conflicts import Conflict, list_conflicts, resolve_delete, resolve_field
from desktop.cases.model import Entity
from desktop.cases.service import CaseService
from ui import labels
from ui.screen_fit import fit_to_screen
from ui.session import Session
from ui.widgets import display

__all__ = ["ConflictsDialog"]


class ConflictsDialog(QDialog):
    """Conflicts on the left; the chosen one's values and the settling buttons on the right."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.conflicts: list[Conflict] = []
        self.setWindowTitle(self.tr("Conflicts"))
        fit_to_screen(self, 860, 520)
        self.summary = QLabel(self.tr("Looking for conflicts…"))
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.currentRowChanged.connect(self._show)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.choices = QVBoxLayout()
        self.group = QButtonGroup(self)
        self.merged_choice = QRadioButton(self.tr("A merged value:"))
        self.merged_choice.setAccessibleName(self.tr("Use a merged value"))
        self.merged = QPlainTextEdit()
        self.merged.setAccessibleName(self.tr("Merged value"))
        self.merged.setMaximumHeight(90)
        self.merged.textChanged.connect(lambda: self.merged_choice.setChecked(True))
        self.keep_button = QPushButton(self.tr("&Keep the chosen value"))
        self.keep_button.setAccessibleName(self.tr("Keep the chosen value"))
        self.keep_button.clicked.connect(self.keep_chosen)
        self.keep_record = QPushButton(self.tr("Keep the &record"))
        self.keep_record.clicked.connect(lambda: self.settle_delete(keep=True))
        self.delete_record = QPushButton(self.tr("&Delete the record"))
        self.delete_record.clicked.connect(lambda: self.settle_delete(keep=False))
        self.message = QLabel()
        self.message.setWordWrap(True)

        right = QVBoxLayout()
        right.addWidget(self.detail)
        right.addLayout(self.choices)
        right.addWidget(self.merged_choice)
        right.addWidget(self.merged)
        buttons_row = QHBoxLayout()
        for button in (self.keep_button, self.keep_record, self.delete_record):
            buttons_row.addWidget(button)
        right.addLayout(buttons_row)
        right.addWidget(self.message)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self._show(-1)
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the conflicts again in the background."""
        self.session.run(list_conflicts, done=self._loaded, failed=self.message.setText)

    def _loaded(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        self.list.clear()
        for conflict in conflicts:
            what = labels.entity(conflict.entity)
            field = conflict.field or self.tr("deleted while edited")
            item = QListWidgetItem(f"{conflict.ref} · {what} · {field}")
            self.list.addItem(item)
        self.summary.setText(
            self.tr("No conflicts: every edit has been settled.")
            if not conflicts
            else self.tr("{0} conflict(s). Nothing is lost until you choose.").format(
                len(conflicts)
            )
        )
        self.list.setCurrentRow(0 if conflicts else -1)

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, _row: int) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            self.choices.removeWidget(button)
            button.deleteLater()
        self.merged.clear()
        conflict = self.current()
        is_field = conflict is not None and conflict.field is not None
        for widget in (self.merged_choice, self.merged, self.keep_button):
            widget.setVisible(is_field)
        for widget in (self.keep_record, self.delete_record):
            widget.setVisible(conflict is not None and conflict.field is None)
        if conflict is None:
            self.detail.clear()
            return
        if conflict.field is None:
            who = conflict.candidates[0]
            self.detail.setText(self.tr(
                "{0} deleted this record on {1} ({2}) while someone else edited it. Keep it with "
                "the current values, or delete it."
            ).format(who.author, who.at.strftime("%Y-%m-%d %H:%M"), who.device))  # fmt: skip
            return
        self.detail.setText(self.tr("Values written for “{0}” without seeing each other:").format(
            conflict.field
        ))  # fmt: skip
        for candidate in conflict.candidates:
            text = self.tr("{0} — {1}, device {2}, {3}").format(
                display(candidate.value), candidate.author, candidate.device,
                candidate.at.strftime("%Y-%m-%d %H:%M"),
            )  # fmt: skip
            radio = QRadioButton(text)
            radio.setProperty("value", candidate.value)
            self.group.addButton(radio)
            self.choices.addWidget(radio)
        first = self.group.buttons()[0]
        first.setChecked(True)

    # -- settling ------------------------------------------------------------------------
    def chosen_value(self) -> Any:
        if self.merged_choice.isChecked():
            return self.merged.toPlainText()
        checked = self.group.checkedButton()
        return None if checked is None else checked.property("value")

    def keep_chosen(self) -> None:
        conflict = self.current()
        if conflict is None or conflict.field is None:
            return
        value, field = self.chosen_value(), conflict.field

        def settle(service: CaseService) -> None:
            resolve_field(service, Entity(conflict.entity), conflict.entity_id, field, value)

        self.session.run(settle, done=lambda _: self.reload(), failed=self.message.setText,
                         changes=conflict.case_id)  # fmt: skip

    def settle_delete(self, *, keep: bool) -> None:
        conflict = self.current()
        if conflict is None or conflict.field is not None:
            return

        def settle(service: CaseService) -> None:
            resolve_delete(service, Entity(conflict.entity), conflict.entity_id, keep=keep)

        self.session.run(settle, done=lambda _: self.reload(), failed=self.message.setText,
                         changes=conflict.case_id)  # fmt: skip
