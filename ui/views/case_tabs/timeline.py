"""Timeline tab: consultations and actions in time order, append-only, with corrections.

An entry is never edited: "Correct…" adds a correction that points at it, and
the table shows each correction right under the entry it corrects.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import Channel, EntryKind
from desktop.cases.service import CaseService, RecordView
from desktop.cases.views import CaseDetails
from ui import labels, places
from ui.field_labels import format_datetime
from ui.place_pickers import LanguageCombo
from ui.session import Session
from ui.views.case_tabs.common import (
    CaseTab,
    Column,
    RecordTableModel,
    record_table,
    select_by_id,
    selected_record,
    shorten,
)
from ui.widgets import labelled_form, ok_cancel


def ordered_entries(entries: list[RecordView]) -> list[RecordView]:
    """Entries by time, each followed by the corrections that point at it."""
    ids = {e.entity_id for e in entries}
    corrections: dict[str, list[RecordView]] = {}
    out: list[RecordView] = []
    for entry in entries:
        target = entry.data.get("corrects")
        if entry.data.get("kind") == EntryKind.CORRECTION.value and target in ids:
            corrections.setdefault(str(target), []).append(entry)
    for entry in sorted(entries, key=lambda e: str(e.data.get("occurred_at", ""))):
        if (
            entry.data.get("kind") == EntryKind.CORRECTION.value
            and entry.data.get("corrects") in ids
        ):
            continue
        out.append(entry)
        out.extend(corrections.get(entry.entity_id, []))
    return out


def _channel_combo(accessible_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    combo.addItem("—", None)
    for code in Channel:
        combo.addItem(labels.channel(code.value), code.value)
    return combo


def _minutes_box(accessible_name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 24 * 60)
    box.setSuffix(QCoreApplication.translate("TimelineTab", " min"))
    box.setSpecialValueText("—")  # 0 means "not recorded"
    box.setAccessibleName(accessible_name)
    return box


class CorrectionDialog(QDialog):
    """Writes a correction of one entry; the original stays as it was."""

    def __init__(self, original: RecordView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct timeline entry"))
        d = original.data
        shown = QLabel(
            self.tr("Original ({0}): {1}").format(d.get("occurred_at", ""), d.get("note", ""))
        )
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QPlainTextEdit(str(d.get("note", "")))
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Corrected note"))
        self.channel = _channel_combo(self.tr("Corrected channel"))
        self.channel.setCurrentIndex(max(self.channel.findData(d.get("channel")), 0))
        self.minutes = _minutes_box(self.tr("Corrected minutes"))
        self.minutes.setValue(int(d.get("minutes") or 0))
        form = labelled_form(
            [
                (self.tr("Note:"), self.note),
                (self.tr("Channe&l:"), self.channel),
                (self.tr("Min&utes:"), self.minutes),
            ]
        )
        buttons = ok_cancel(
            self, self.tr("&Add correction"), self.tr("Add correction"), self.tr("Cancel")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(shown)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"note": self.note.toPlainText().strip()}
        if self.channel.currentData():
            out["channel"] = self.channel.currentData()
        if self.minutes.value():
            out["minutes"] = self.minutes.value()
        return out


class TimelineTab(CaseTab):
    """The entries table and a quick-entry form (Ctrl+Enter adds)."""

    kinds = frozenset({"timeline"})

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self._corrected: set[str] = set()

        def text(name: str) -> Any:
            return lambda r: str(r.data.get(name) or "")

        self.model = RecordTableModel(
            [
                Column(self.tr("Time"), self._time_text),
                Column(self.tr("Kind"), self._kind_text),
                Column(
                    self.tr("Channel"), lambda r: labels.channel(str(r.data.get("channel") or ""))
                ),
                Column(self.tr("Language"), lambda r: places.language_name(text("language")(r))),
                Column(self.tr("Interpreter"), text("interpreter")),
                Column(self.tr("Counselor"), text("counselor")),
                Column(self.tr("Minutes"), lambda r: str(r.data.get("minutes") or "")),
                Column(
                    self.tr("Note"),
                    lambda r: shorten(str(r.data.get("note") or ""), 200),
                    lambda r: str(r.data.get("note") or ""),
                ),
            ],
            self,
        )
        self.table = record_table(self.model, self.tr("Timeline entries"))
        self.correct_button = QPushButton(self.tr("Co&rrect…"))
        self.correct_button.setAccessibleName(self.tr("Correct selected entry"))
        self.correct_button.clicked.connect(self._correct)

        # -- quick entry ----------------------------------------------------------------
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Entry kind"))
        for code in (EntryKind.CONSULTATION, EntryKind.ACTION):
            self.kind.addItem(labels.entry_kind(code.value), code.value)
        self.channel = _channel_combo(self.tr("Channel"))
        # Chosen by name like the worker's languages; left empty, the core records the
        # worker's first language, which the placeholder names.
        self.language = LanguageCombo()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setMinimumContentsLength(10)
        self.interpreter = QLineEdit()
        self.interpreter.setAccessibleName(self.tr("Interpreter"))
        self.minutes = _minutes_box(self.tr("Minutes"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What was discussed or done (Ctrl+Enter adds)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("&Add entry"))
        self.add_button.setAccessibleName(self.tr("Add entry"))
        self.add_button.setToolTip(self.tr("Ctrl+Enter"))
        self.add_button.clicked.connect(self.add_entry)
        for widget in (self.kind, self.channel, self.language, self.interpreter, self.minutes,
                       self.note, self.add_button):  # fmt: skip
            widget.installEventFilter(self)

        top = QHBoxLayout()
        for text_, widget in (
            (self.tr("Kind:"), self.kind),
            (self.tr("Channe&l:"), self.channel),
            (self.tr("Lan&guage:"), self.language),
            (self.tr("&Interpreter:"), self.interpreter),
            (self.tr("Min&utes:"), self.minutes),
        ):
            label = QLabel(text_)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)
        note_label = QLabel(self.tr("Note:"))
        note_label.setBuddy(self.note)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        entry_box = QGroupBox(self.tr("New entry"))
        entry_layout = QVBoxLayout(entry_box)
        entry_layout.addLayout(top)
        entry_layout.addWidget(note_label)
        entry_layout.addLayout(bottom)

        actions = QHBoxLayout()
        actions.addWidget(self.correct_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(entry_box)

    # -- display -----------------------------------------------------------------------
    def _time_text(self, record: RecordView) -> str:
        # The counselor's clock in the interface's format, like History (not "…T17:35+09:00").
        when = format_datetime(record.data.get("occurred_at") or "")
        if record.data.get("kind") == EntryKind.CORRECTION.value:
            return "  ↳ " + when  # indented under the entry it corrects
        return when

    def _kind_text(self, record: RecordView) -> str:
        kind = labels.entry_kind(str(record.data.get("kind") or ""))
        if record.entity_id in self._corrected:
            return self.tr("{0} (corrected below)").format(kind)
        return kind

    def load(self, view: CaseDetails) -> None:
        current = selected_record(self.table, self.model)
        self._corrected = {str(e.data["corrects"]) for e in view.timeline if e.data.get("corrects")}
        # Left empty, an entry records the worker's first language (the core's default):
        # the placeholder says which, so the counselor sees it before adding.
        languages = view.worker.data.get("languages") if view.worker else None
        first = languages[0] if isinstance(languages, list) and languages else ""
        line = self.language.lineEdit()
        if line is not None:
            line.setPlaceholderText(places.language_name(str(first)) if first else "")
        self.model.set_records(ordered_entries(view.timeline))
        select_by_id(self.table, self.model, current.entity_id if current else None)

    # -- edits -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Enter anywhere in the quick form adds the entry (Enter alone makes a new line).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.add_entry()
            return True
        return super().eventFilter(watched, event)

    def add_entry(self) -> None:
        note = self.note.toPlainText().strip()
        if not note:
            self.show_error(self.tr("Write a note before adding the entry."))
            self.note.setFocus()
            return
        fields: dict[str, Any] = {"kind": self.kind.currentData(), "note": note}
        if self.channel.currentData():
            fields["channel"] = self.channel.currentData()
        language = self.language.code()
        if language:
            fields["language"] = language
        if self.interpreter.text().strip():
            fields["interpreter"] = self.interpreter.text().strip()
        if self.minutes.value():
            fields["minutes"] = self.minutes.value()
        case_id = self.case_id

        def add(service: CaseService) -> str:
            return service.add_timeline_entry(case_id, fields)

        if not self.session.is_unlocked:
            return
        self.add_button.setEnabled(False)  # one click, one entry: entries cannot be deleted
        self.change(add, done=self._added)

    def _added(self, _: object) -> None:
        # Channel, language and interpreter usually stay the same for the next entry.
        self.note.clear()
        self.minutes.setValue(0)
        self.add_button.setEnabled(True)
        self.note.setFocus()

    def show_error(self, message: str) -> None:
        self.add_button.setEnabled(True)
        super().show_error(message)

    def _correct(self) -> None:
        record = selected_record(self.table, self.model)
        if record is None:
            self.show_error(self.tr("Select an entry to correct."))
            return
        # A correction of a correction still points at the original entry.
        target = str(record.data.get("corrects") or record.entity_id)
        original = next((r for r in self.model.records() if r.entity_id == target), record)
        dialog = CorrectionDialog(record, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        if not values["note"]:
            self.show_error(self.tr("A correction needs a note."))
            return
        self.change(lambda s: s.correct_timeline_entry(original.entity_id, values))
