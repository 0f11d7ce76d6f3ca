"""Tasks tab: follow-ups and deadlines of the case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import TaskKind
from desktop.cases.views import CaseDetails
from ui import labels
from ui.session import Session
from ui.views.case_tabs.common import (
    CaseTab,
    Column,
    RecordTableModel,
    record_table,
    select_by_id,
    selected_record,
)
from ui.widgets import display, labelled_form, ok_cancel


class TaskDialog(QDialog):
    """Asks for a new task's title, kind, due date and assignee."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add task"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Task title"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Task kind"))
        for code in TaskKind:
            self.kind.addItem(labels.task_kind(code.value), code.value)
        self.due = QDateEdit(QDate.currentDate().addDays(7))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setAccessibleName(self.tr("Due date"))
        self.assignee = QLineEdit()
        self.assignee.setAccessibleName(self.tr("Assignee"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        form = labelled_form(
            [
                (self.tr("&Title:"), self.title),
                (self.tr("&Kind:"), self.kind),
                (self.tr("&Due on:"), self.due),
                (self.tr("&Assignee:"), self.assignee),
                (self.tr("&Note:"), self.note),
            ]
        )
        buttons = ok_cancel(self, self.tr("&Add task"), self.tr("Add task"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "title": self.title.text().strip(),
            "kind": self.kind.currentData(),
            "due_on": self.due.date().toString("yyyy-MM-dd"),
        }
        for name, edit in (("assignee", self.assignee), ("note", self.note)):
            if edit.text().strip():
                out[name] = edit.text().strip()
        return out


class TasksTab(CaseTab):
    """Table of tasks with add, mark done and remove."""

    kinds = frozenset({"task"})

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.model = RecordTableModel(
            [
                Column(self.tr("Title"), lambda r: str(r.data.get("title") or "")),
                Column(self.tr("Kind"), lambda r: labels.task_kind(str(r.data.get("kind") or ""))),
                Column(self.tr("Due"), lambda r: str(r.data.get("due_on") or "")),
                Column(self.tr("Assignee"), lambda r: str(r.data.get("assignee") or "")),
                Column(self.tr("Done"), lambda r: display(bool(r.data.get("done")))),
            ],
            self,
        )
        self.table = record_table(self.model, self.tr("Tasks"))
        self.add_button = QPushButton(self.tr("&Add task…"))
        self.add_button.setAccessibleName(self.tr("Add task"))
        self.add_button.clicked.connect(self._add)
        self.done_button = QPushButton(self.tr("Ma&rk done"))
        self.done_button.setAccessibleName(self.tr("Mark selected task done"))
        self.done_button.clicked.connect(self._done)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove selected task"))
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.done_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def load(self, view: CaseDetails) -> None:
        current = selected_record(self.table, self.model)
        # Open tasks first, each group by due date.
        tasks = sorted(view.tasks, key=lambda t: (bool(t.data.get("done")),
                                                  str(t.data.get("due_on", ""))))  # fmt: skip
        self.model.set_records(tasks)
        select_by_id(self.table, self.model, current.entity_id if current else None)

    def _add(self) -> None:
        dialog = TaskDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        case_id = self.case_id
        self.change(lambda s: s.add_task(case_id, values))

    def _done(self) -> None:
        record = selected_record(self.table, self.model)
        if record is None:
            self.show_error(self.tr("Select a task to mark done."))
            return
        self.change(lambda s: s.complete_task(record.entity_id))

    def _remove(self) -> None:
        record = selected_record(self.table, self.model)
        if record is None:
            self.show_error(self.tr("Select a task to remove."))
            return
        answer = QMessageBox.question(
            self, self.tr("Remove task"),
            self.tr("Remove the task “{0}”?").format(record.data.get("title", "")),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.change(lambda s: s.remove_task(record.entity_id))
