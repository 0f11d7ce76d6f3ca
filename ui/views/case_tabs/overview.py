"""Overview tab: the case's status, topics, summary, flags and the worker's details."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import (
    SUBTOPICS,
    CaseStatus,
    Gender,
    Outcome,
    ResidenceStatus,
    Topic,
)
from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails
from desktop.deadlines import live_claim_periods
from ui import labels
from ui.session import Session
from ui.views.case_tabs.common import CaseTab, conflicted
from ui.views.case_tabs.fields import (
    ComboField,
    CountryField,
    FormField,
    LanguagesField,
    LineField,
    TextField,
    add_row,
    changed_values,
)
from ui.widgets import labelled_form, ok_cancel

FLAGS = ("urgent", "safety_follow_up")
DATE_HINT = "2026-03-31"


class FlagsField(FormField):
    """The case's risk flags as check boxes; flags this version does not know are kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.urgent = QCheckBox(self.tr("&Urgent"))
        self.urgent.setAccessibleName(self.tr("Urgent"))
        self.safety = QCheckBox(self.tr("Safety follow-up"))
        self.safety.setAccessibleName(self.tr("Safety follow-up"))
        row.addWidget(self.urgent)
        row.addWidget(self.safety)
        row.addStretch(1)
        self._other: list[str] = []
        super().__init__("flags", box, self.tr("Risk flags"), parent=parent)

    def value(self) -> Any:
        checked = [
            code for code, box in zip(FLAGS, (self.urgent, self.safety), strict=True)
            if box.isChecked()
        ]  # fmt: skip
        return sorted({*self._other, *checked})

    def normal(self, value: Any) -> Any:
        return sorted(str(v) for v in value or [])

    def set_value(self, value: Any) -> None:
        flags = list(value or [])
        self.urgent.setChecked("urgent" in flags)
        self.safety.setChecked("safety_follow_up" in flags)
        self._other = [f for f in flags if f not in FLAGS]


class CloseCaseDialog(QDialog):
    """Asks for the outcome (and an optional closing note) before closing a case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close case"))
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for code in Outcome:
            self.outcome.addItem(labels.outcome(code.value), code.value)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Closing note"))
        self.note.setPlaceholderText(self.tr("Optional: what was achieved, what remains"))
        form = labelled_form([(self.tr("&Outcome:"), self.outcome), (self.tr("&Note:"), self.note)])
        buttons = ok_cancel(self, self.tr("&Close case"), self.tr("Close case"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str | None]:
        return str(self.outcome.currentData()), self.note.toPlainText().strip() or None


class OverviewTab(CaseTab):
    """Case details, topics and the worker's details, each saved with its own button."""

    kinds = frozenset({"case", "worker", "topic"})

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self._status = ""
        self._category_of: dict[str, str] = {}

        # -- the case ---------------------------------------------------------------
        self.ref = QLabel()
        self.ref.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = ComboField(
            "status",
            self.tr("Status"),
            [(c.value, labels.status(c.value)) for c in CaseStatus],
            blank=False,
            fmt=lambda v: labels.status(str(v)),
        )
        self.assignee = LineField("assignee", self.tr("Assignee"))
        self.opened_on = LineField("opened_on", self.tr("Opened on"), DATE_HINT)
        self.flags = FlagsField()
        self.summary = TextField("summary", self.tr("Summary"))
        self.closed = QLabel()
        self.closed.setWordWrap(True)
        self.case_fields: list[FormField] = [
            self.status, self.assignee, self.opened_on, self.flags, self.summary,
        ]  # fmt: skip
        self.save_case = QPushButton(self.tr("Save case deta&ils"))
        self.save_case.setAccessibleName(self.tr("Save case details"))
        self.save_case.clicked.connect(self._save_case)
        self.close_button = QPushButton(self.tr("C&lose case…"))
        self.close_button.setAccessibleName(self.tr("Close case"))
        self.close_button.clicked.connect(self._close_case)
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.reopen_button.setAccessibleName(self.tr("Reopen case"))
        self.reopen_button.clicked.connect(self._reopen)

        case_form = QFormLayout()
        case_form.addRow(self.tr("Reference:"), self.ref)
        add_row(case_form, self.tr("Status:"), self.status)
        add_row(case_form, self.tr("Assignee:"), self.assignee)
        add_row(case_form, self.tr("Opened on:"), self.opened_on)
        case_form.addRow(self.tr("Flags:"), self.flags)
        add_row(case_form, self.tr("Summary:"), self.summary)
        case_form.addRow("", self.closed)
        case_buttons = QHBoxLayout()
        case_buttons.addWidget(self.save_case)
        case_buttons.addStretch(1)
        case_buttons.addWidget(self.close_button)
        case_buttons.addWidget(self.reopen_button)
        case_box = QGroupBox(self.tr("Case"))
        case_layout = QVBoxLayout(case_box)
        case_layout.addLayout(case_form)
        case_layout.addLayout(case_buttons)

        # -- topics -------------------------------------------------------------------
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setMaximumHeight(110)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Topic category"))
        for code in Topic:
            self.category.addItem(labels.topic(code.value), code.value)
        self.subtopic = QComboBox()
        self.subtopic.setAccessibleName(self.tr("Sub-topic"))
        self.category.currentIndexChanged.connect(self._fill_subtopics)
        self._fill_subtopics()
        self.add_topic = QPushButton(self.tr("Add topic"))
        self.add_topic.setAccessibleName(self.tr("Add topic"))
        self.add_topic.clicked.connect(self._add_topic)
        self.remove_topic = QPushButton(self.tr("Remove topic"))
        self.remove_topic.setAccessibleName(self.tr("Remove selected topic"))
        self.remove_topic.clicked.connect(self._remove_topic)
        topic_label = QLabel(self.tr("Topics:"))
        topic_label.setBuddy(self.topics)
        topic_row = QHBoxLayout()
        topic_row.addWidget(self.category)
        topic_row.addWidget(self.subtopic)
        topic_row.addWidget(self.add_topic)
        topic_row.addStretch(1)
        topic_row.addWidget(self.remove_topic)
        topic_box = QGroupBox(self.tr("Topics"))
        topic_layout = QVBoxLayout(topic_box)
        topic_layout.addWidget(topic_label)
        topic_layout.addWidget(self.topics)
        topic_layout.addLayout(topic_row)

        # -- the worker -----------------------------------------------------------------
        self.full_name = LineField("full_name", self.tr("Full name (Latin letters)"))
        self.name_katakana = LineField("name_katakana", self.tr("Name in katakana"))
        self.name_native = LineField("name_native", self.tr("Name in native script"))
        self.nationality = CountryField("nationality", self.tr("Nationality"))
        self.languages = LanguagesField("languages", self.tr("Languages"))
        self.date_of_birth = LineField("date_of_birth", self.tr("Date of birth"), DATE_HINT)
        self.gender = ComboField(
            "gender",
            self.tr("Gender"),
            [(c.value, labels.gender(c.value)) for c in Gender],
            fmt=lambda v: labels.gender(str(v)),
        )
        self.phone = LineField("phone", self.tr("Phone"))
        self.line_id = LineField("line_id", self.tr("LINE ID"))
        self.email = LineField("email", self.tr("Email"))
        self.address = LineField("address", self.tr("Address"))
        self.residence_status = ComboField(
            "residence_status",
            self.tr("Residence status"),
            [(c.value, labels.residence_status(c.value)) for c in ResidenceStatus],
            fmt=lambda v: labels.residence_status(str(v)),
        )
        self.residence_expiry = LineField(
            "residence_expiry", self.tr("Residence expiry"), DATE_HINT
        )
        # Masked by default: the card number is the most sensitive thing on screen.
        self.residence_card_number = LineField(
            "residence_card_number", self.tr("Residence card number"), secret=True
        )
        worker_form = QFormLayout()
        rows: list[tuple[str, FormField]] = [
            (self.tr("Full name:"), self.full_name),
            (self.tr("Katakana:"), self.name_katakana),
            (self.tr("Native script:"), self.name_native),
            (self.tr("Nationality:"), self.nationality),
            (self.tr("Lan&guages:"), self.languages),
            (self.tr("Date of &birth:"), self.date_of_birth),
            (self.tr("Gender:"), self.gender),
            (self.tr("Phone:"), self.phone),
            (self.tr("LINE ID:"), self.line_id),
            (self.tr("Email:"), self.email),
            (self.tr("Address:"), self.address),
            (self.tr("Residence status:"), self.residence_status),
            (self.tr("Residence e&xpiry:"), self.residence_expiry),
            (self.tr("Residence card no.:"), self.residence_card_number),
        ]
        for text, field in rows:
            add_row(worker_form, text, field)
        self.worker_fields = [field for _, field in rows]
        self.save_worker = QPushButton(self.tr("S&ave worker details"))
        self.save_worker.setAccessibleName(self.tr("Save worker details"))
        self.save_worker.clicked.connect(self._save_worker)
        worker_box = QGroupBox(self.tr("Worker"))
        worker_layout = QVBoxLayout(worker_box)
        worker_layout.addLayout(worker_form)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_worker)
        save_row.addStretch(1)
        worker_layout.addLayout(save_row)

        inner = QWidget()
        columns = QHBoxLayout(inner)
        left = QVBoxLayout()
        left.addWidget(case_box)
        left.addWidget(topic_box)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(worker_box, 1, Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    # -- filling -----------------------------------------------------------------------
    def load(self, view: CaseDetails) -> None:
        case = view.case
        self.ref.setText(view.ref)
        for field in self.case_fields:
            field.load(case.data, case.alternatives)
        self._status = str(case.data.get("status", ""))
        is_closed = self._status == CaseStatus.CLOSED.value
        # Closing needs an outcome, so "Closed" is reached only through "Close case…".
        self.status.combo.setEnabled(not is_closed)
        closed_item = self.status.combo.findData(CaseStatus.CLOSED.value)
        combo_model = self.status.combo.model()
        if isinstance(combo_model, QStandardItemModel) and closed_item >= 0:
            closed_entry = combo_model.item(closed_item)
            if closed_entry is not None:
                closed_entry.setEnabled(is_closed)
        self.close_button.setEnabled(not is_closed)
        self.reopen_button.setEnabled(is_closed)
        if is_closed:
            self.closed.setText(
                self.tr("Closed on {0} — outcome: {1}").format(
                    case.data.get("closed_on", ""), labels.outcome(str(case.data.get("outcome")))
                )
            )
        self.closed.setVisible(is_closed)

        worker = view.worker
        data = worker.data if worker else {}
        alternatives = worker.alternatives if worker else {}
        for field in self.worker_fields:
            field.load(data, alternatives)

        current = self.topics.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.topics.clear()
        self._category_of.clear()
        for topic in view.topics:
            d = topic.data
            text = labels.topic(str(d.get("category", "")))
            if d.get("subtopic"):
                text += " – " + labels.subtopic(str(d["subtopic"]))
            if conflicted(topic):
                text = "⚠ " + text + self.tr(" (conflicting edits)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, topic.entity_id)
            self.topics.addItem(item)
            self._category_of[topic.entity_id] = str(d.get("category", ""))
            if topic.entity_id == current_id:
                self.topics.setCurrentItem(item)

    def _fill_subtopics(self) -> None:
        self.subtopic.clear()
        self.subtopic.addItem(self.tr("(no sub-topic)"), None)
        category = Topic(self.category.currentData())
        for code in SUBTOPICS.get(category, ()):
            self.subtopic.addItem(labels.subtopic(code), code)

    # -- edits -------------------------------------------------------------------------
    def _save_case(self) -> None:
        values = changed_values(self.case_fields)
        if values:
            self.change(lambda s: s.update_case(self.case_id, values))

    def _save_worker(self) -> None:
        values = changed_values(self.worker_fields)
        if values:
            self.change(lambda s: s.update_worker(self.case_id, values))

    def _close_case(self) -> None:
        # Money still claimable is lost when no one watches its expiry: say so first.
        def live(service: CaseService) -> tuple[int, Decimal]:
            periods = live_claim_periods(service.get_case(self.case_id), date.today())
            return len(periods), sum((p.figures["claimable"].amount for p in periods), Decimal(0))

        self.session.run(live, done=self._confirm_close, failed=self.show_error)

    def _confirm_close(self, live: tuple[int, Decimal]) -> None:
        count, amount = live
        if count:
            answer = QMessageBox.warning(
                self, self.tr("Wage claims still live"),
                self.tr("This case has %n pay period(s) of unpaid wages still claimable, "
                        "¥{0} in all (an estimate). Their expiry stays in the deadlines "
                        "list after closing. Close the case anyway?", "", count
                        ).format(f"{amount:,}"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        dialog = CloseCaseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome, note = dialog.values()
        self.change(lambda s: s.close_case(self.case_id, outcome, note=note))

    def _reopen(self) -> None:
        self.change(lambda s: s.reopen_case(self.case_id))

    def _add_topic(self) -> None:
        fields = {"category": self.category.currentData()}
        if self.subtopic.currentData():
            fields["subtopic"] = self.subtopic.currentData()
        case_id = self.case_id

        def add(service: CaseService) -> str:
            return service.add_topic(case_id, fields)

        self.change(add)

    def _remove_topic(self) -> None:
        # The stub omits None, which Qt returns when nothing is selected.
        item: QListWidgetItem | None = self.topics.currentItem()
        if item is None:
            self.show_error(self.tr("Select a topic to remove."))
            return
        topic_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.change(lambda s: s.remove_topic(topic_id))
