"""Exhibits of one ADR matter (甲第N号証): a table, a dialog, and the numbering buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import ExhibitKind, OriginalOrCopy
from desktop.cases.service import CaseService, RecordView
from ui import document_labels
from ui.views.case_tabs.common import (
    Column,
    RecordTableModel,
    record_table,
    select_by_id,
    selected_record,
)
from ui.widgets import guarded, labelled_form, ok_cancel


def label_of(record: RecordView) -> str:
    """甲第N号証(のM) of an exhibit record, as the core writes it."""
    from desktop.documents.adr.labels import exhibit_label

    branch = record.data.get("branch")
    return str(exhibit_label(int(record.data.get("number") or 0), int(branch) if branch else None))


class ExhibitDialog(QDialog):
    """Adds (choosing the evidence file) or edits one exhibit's evidence-statement entry."""

    def __init__(
        self,
        evidence: list[RecordView],
        record: RecordView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit exhibit") if record else self.tr("Add exhibit"))
        d = record.data if record else {}
        self.evidence = QComboBox()
        self.evidence.setAccessibleName(self.tr("Evidence file"))
        self.evidence.addItem(self.tr("No file (described only)"), None)
        for item in evidence:
            name = str(item.data.get("title") or item.data.get("filename") or "")
            self.evidence.addItem(name, item.entity_id)
        self.evidence.setCurrentIndex(max(0, self.evidence.findData(d.get("evidence_id"))))
        # A different file is a different exhibit, but a described-only one may get its
        # file once the worker brings it (the lawyer guide adds exhibits that way).
        self.described_only = record is not None and not d.get("evidence_id")
        self.evidence.setEnabled(record is None or self.described_only)
        self.evidence.currentIndexChanged.connect(self._file_chosen)
        self._titles = {
            e.entity_id: str(e.data.get("title") or e.data.get("filename") or "") for e in evidence
        }
        self.number = QSpinBox()
        self.number.setRange(0, 999)
        self.number.setSpecialValueText(self.tr("Next free number"))
        self.number.setAccessibleName(self.tr("Exhibit number"))
        self.number.setValue(int(d.get("number") or 0))
        self.branch = QSpinBox()
        self.branch.setRange(0, 99)
        self.branch.setSpecialValueText(self.tr("None"))
        self.branch.setAccessibleName(self.tr("Branch number"))
        self.branch.setValue(int(d.get("branch") or 0))
        self.title = QLineEdit(str(d.get("title") or ""))
        self.title.setAccessibleName(self.tr("Exhibit title"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of exhibit"))
        for code in ExhibitKind:
            self.kind.addItem(document_labels.exhibit_kind(code.value), code.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.get("kind") or "document")))
        self.original = QComboBox()
        self.original.setAccessibleName(self.tr("Original or copy"))
        for which in OriginalOrCopy:
            self.original.addItem(document_labels.original_or_copy(which.value), which.value)
        self.original.setCurrentIndex(max(0, self.original.findData(d.get("original_or_copy"))))
        if record is None:
            self.original.setCurrentIndex(self.original.findData(OriginalOrCopy.COPY.value))
        self.edits: dict[str, QLineEdit] = {}
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&File:"), self.evidence),
            (self.tr("&Number:"), self.number),
            (self.tr("&Branch:"), self.branch),
            (self.tr("&Title:"), self.title),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Original or copy:"), self.original),
        ]
        for name, text, accessible in (
            ("made_on", self.tr("&Made on:"), self.tr("Date made")),
            ("author", self.tr("A&uthor:"), self.tr("Author")),
            ("purpose", self.tr("&What it proves:"), self.tr("What it proves")),
            ("remarks", self.tr("R&emarks:"), self.tr("Remarks")),
            ("photographer", self.tr("&Photographer:"), self.tr("Photographer")),
            ("subject", self.tr("Sub&ject:"), self.tr("What the photo shows")),
            ("taken_at", self.tr("&Date and time taken:"), self.tr("When the photo was taken")),
            ("place", self.tr("P&lace:"), self.tr("Place the photo was taken")),
            ("language", self.tr("Lan&guage of the original:"),
             self.tr("Language of a foreign-language original, e.g. vi")),
        ):  # fmt: skip
            edit = QLineEdit(str(d.get(name) or ""))
            edit.setAccessibleName(accessible)
            self.edits[name] = edit
            rows.append((text, edit))
        self.edits["made_on"].setPlaceholderText("2025-04-01")
        self.edits["taken_at"].setPlaceholderText("2025-04-01T19:30")
        layout = QVBoxLayout(self)
        layout.addLayout(labelled_form(rows))
        ok = self.tr("&Save exhibit") if record else self.tr("&Add exhibit")
        layout.addWidget(ok_cancel(self, ok, self.tr("Save exhibit"), self.tr("Cancel")))

    def _file_chosen(self, _: int) -> None:
        if not self.title.text().strip():
            self.title.setText(self._titles.get(self.evidence.currentData(), ""))

    def values(self) -> dict[str, Any]:
        """The exhibit's fields; an empty box clears its field, number 0 means "next"."""
        out: dict[str, Any] = {
            "title": self.title.text().strip(),
            "kind": self.kind.currentData(),
            "original_or_copy": self.original.currentData(),
            "branch": self.branch.value() or None,
        }
        if self.number.value():
            out["number"] = self.number.value()
        if self.evidence.isEnabled() and self.evidence.currentData():
            out["evidence_id"] = self.evidence.currentData()
        for name, edit in self.edits.items():
            out[name] = edit.text().strip() or None
        return out


class ExhibitsPanel(QWidget):
    """The matter's exhibits in filing order with add, edit, remove and move up/down.

    ``change`` runs an edit in the background (the case tab's); ``build`` asks for a bundle.
    """

    build_requested = Signal()

    def __init__(
        self,
        change: Callable[[Callable[[CaseService], Any], Callable[[Any], None] | None], None],
    ) -> None:
        super().__init__()
        self._change = change
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.matter_id: str | None = None
        self.evidence: list[RecordView] = []

        def text(name: str) -> Callable[[RecordView], str]:
            return lambda r: str(r.data.get(name) or "")

        self.model = RecordTableModel(
            [
                Column(self.tr("Exhibit"), label_of),
                Column(self.tr("Title"), text("title")),
                Column(
                    self.tr("Kind"),
                    lambda r: document_labels.exhibit_kind(str(r.data.get("kind") or "")),
                ),
                Column(
                    self.tr("Original or copy"),
                    lambda r: document_labels.original_or_copy(str(r.data.get("original_or_copy"))),
                ),
                Column(self.tr("Made on"), text("made_on")),
                Column(self.tr("Author"), text("author")),
                Column(self.tr("What it proves"), text("purpose")),
            ],
            self,
        )
        self.table = record_table(self.model, self.tr("Exhibits"))
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        for title, name, slot in (
            (self.tr("&Add exhibit…"), self.tr("Add exhibit"), self.add),
            (self.tr("Edit exhi&bit…"), self.tr("Edit selected exhibit"), self.edit),
            (self.tr("Remo&ve exhibit"), self.tr("Remove selected exhibit"), self.remove),
            (
                self.tr("Move &up"),
                self.tr("Move selected exhibit up"),
                lambda: self.move_selected(-1),
            ),
            (
                self.tr("Move do&wn"),
                self.tr("Move selected exhibit down"),
                lambda: self.move_selected(1),
            ),
            (self.tr("Bui&ld bundle…"), self.tr("Build the bundle PDF"), self.build_requested.emit),
        ):
            button = QPushButton(title)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, fn=slot: fn())
            self.buttons.append(button)
            row.addWidget(button)
        row.insertStretch(5, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addLayout(row)

    def show_exhibits(
        self, matter_id: str | None, exhibits: list[RecordView], evidence: list[RecordView]
    ) -> None:
        current = selected_record(self.table, self.model)
        self.matter_id = matter_id
        self.evidence = evidence
        self.model.set_records(exhibits)
        select_by_id(self.table, self.model, current.entity_id if current else None)
        for button in self.buttons:
            button.setEnabled(matter_id is not None)

    def add(self) -> None:
        matter_id = self.matter_id
        if matter_id is None:
            return
        dialog = ExhibitDialog(self.evidence, None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = {k: v for k, v in dialog.values().items() if v is not None}
        self._change(lambda s: s.add_exhibit(matter_id, values), None)

    def edit(self) -> None:
        record = selected_record(self.table, self.model)
        if record is None:
            return
        dialog = ExhibitDialog(self.evidence, record, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        values.setdefault("number", record.data.get("number"))
        evidence_id = values.pop("evidence_id", None) if dialog.described_only else None
        if evidence_id:
            self.attach_file(record, evidence_id, values)
        else:
            self._change(lambda s: s.update_exhibit(record.entity_id, values), None)

    def attach_file(
        self, record: RecordView, evidence_id: str, fields: dict[str, Any] | None = None
    ) -> None:
        """Give a described-only exhibit its file (and any other edits, in one commit).

        The core opens the file the way the bundle will first: one it cannot include is
        refused whole, with its reason, and the exhibit stays described-only."""
        from desktop.documents.adr.attach import attach_exhibit_file

        label = label_of(record)
        self.notice.clear()

        def attached(note: str | None) -> None:
            if note:
                self.notice.setText(self.tr(
                    "{0} now has its file. It is password-protected: building the bundle "
                    "will ask for its password."
                ).format(label))  # fmt: skip
            else:
                self.notice.setText(
                    self.tr("{0} now has its file; the bundle can include it.").format(label)
                )

        self._change(
            lambda s: attach_exhibit_file(s, record.entity_id, evidence_id, fields),
            guarded(self, attached),
        )

    def remove(self) -> None:
        """Remove the selected exhibit; the core closes the gap in the numbers after it."""
        record = selected_record(self.table, self.model)
        if record is None:
            return
        self._change(lambda service: service.remove_exhibit(record.entity_id), None)

    def move_selected(self, step: int) -> None:
        """Swap the selected exhibit's place with its neighbour's (filing order)."""
        record = selected_record(self.table, self.model)
        if record is None:
            return

        def work(service: CaseService) -> None:
            service.move_exhibit(record.entity_id, step)

        self._change(work, None)  # the selection follows the record to its new row after reload
