"""Work records drafted from the case's timeline: tick the ones to add (Wages tab).

Each draft shows the entry it came from, so the counselor checks the figures against the
worker's words.  New days are ticked; a day the case already records the same way cannot
be ticked; a day recorded differently, or told differently by another entry, starts
unticked, and adding it replaces that day's records only after a yes to a question that
names the days (desktop/wages/timeline_drafts.py holds the rule).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from desktop.cases.wage_drafts import add_drafted_records, drafts_for_case
from desktop.wages.timeline_drafts import DIFFERS, SAME, Draft, DraftSheet, MergeResult
from ui.dialogs.document_parts import StatusLine
from ui.field_labels import format_date
from ui.session import Session
from ui.widgets import guarded


def _days(days: list[date]) -> list[str]:
    """Days as the interface writes dates (2025/03/04 in Japanese)."""
    return [format_date(day.isoformat()) for day in days]


class WageDraftsDialog(QDialog):
    """The drafts in a table with check boxes; "Add ticked records" stores them."""

    added = Signal(str)  # what was done, for the tab's notice line

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.drafts: list[Draft] = []
        self.confirm: QMessageBox | None = None
        self.setWindowTitle(self.tr("Work records from the timeline"))
        intro = QLabel(self.tr(
            "These work records were read from the case's timeline entries. Check each one "
            "against the entry it came from; only the ticked ones are added. A day the case "
            "already records differently is replaced only if you tick it and confirm."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Add"), self.tr("Date"), self.tr("Start"), self.tr("End"),
            self.tr("Break"), self.tr("Compared with the records"), self.tr("From the entry"),
        ])  # fmt: skip
        self.table.setAccessibleName(self.tr("Drafted work records"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The worker's words matter most: the comparison wraps in a column of its own width,
        # the entry takes the rest, and rows grow to show both.
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 190)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.message = StatusLine(self.tr("Drafting status"))
        self.message.note(self.tr("Reading the timeline…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton(self.tr("Add ticked records"))
        self.add_button.setAccessibleName(self.tr("Add the ticked records to the work records"))
        self.add_button.setEnabled(False)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.clicked.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.left_out)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 420)  # fits 1366×768 and the smallest screens the tour checks
        case = case_id
        self.session.run(lambda s: drafts_for_case(s, case), done=guarded(self, self.show_sheet),
                         failed=guarded(self, self.message.problem))  # fmt: skip

    # -- showing -------------------------------------------------------------------------------
    def _status(self, draft: Draft) -> str:
        if draft.status == SAME:
            text = self.tr("Already recorded")
        elif draft.status == DIFFERS:
            held = ", ".join(f"{r[1]}–{r[2]}" for r in draft.existing)
            text = self.tr("Differs from the record on file ({0}): ticking replaces it").format(
                held
            )
        else:
            text = self.tr("New")
        if draft.disputed:
            text += " " + self.tr("(another entry says otherwise)")
        return text

    def _break(self, draft: Draft) -> str:
        s = draft.shift
        if s.break_minutes is None:
            return self.tr("not stated")
        if s.break_start:
            return self.tr("{0} min from {1}").format(s.break_minutes, s.break_start)
        return self.tr("{0} min").format(s.break_minutes)

    def _reason(self, code: str) -> str:
        reasons = {
            "no_day": self.tr("no day given"),
            "habit": self.tr("a habit, not one day"),
            "period": self.tr("a period of several days"),
            "future": self.tr("a day after the entry"),
            "unusable": self.tr("times that cannot be a shift"),
            "appointment": self.tr("an appointment, not a shift"),
        }
        return reasons.get(code, code)

    def show_sheet(self, sheet: DraftSheet) -> None:
        self.drafts = sheet.drafts
        self.table.setRowCount(len(sheet.drafts))
        for row, draft in enumerate(sheet.drafts):
            tick = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if draft.status != SAME:
                flags |= Qt.ItemFlag.ItemIsEnabled
            tick.setFlags(flags)
            ticked = draft.status not in (SAME, DIFFERS) and not draft.disputed
            tick.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            s = draft.shift
            source = f"{format_date(draft.entry_day.isoformat())}: {s.text}"
            cells = [format_date(s.day.isoformat()), s.start, s.end, self._break(draft),
                     self._status(draft), source]  # fmt: skip
            self.table.setItem(row, 0, tick)
            for column, text in enumerate(cells, 1):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if sheet.unplaced:
            lines = [f"{format_date(day.isoformat())}: {u.text} ({self._reason(u.reason)})"
                     for _e, day, u in sheet.unplaced]  # fmt: skip
            shown = lines[:5] + ([f"… (+{len(lines) - 5})"] if len(lines) > 5 else [])
            # In the label itself (a tooltip is out of reach of the keyboard), all in the tooltip.
            self.left_out.setText("\n".join([self.tr(
                "Times in {0} passage(s) were not drafted (no day given, a habit such as "
                "“every day”, a period of several days, or an appointment); type those days "
                "in by hand:"
            ).format(len(sheet.unplaced)), *shown]))  # fmt: skip
            self.left_out.setToolTip("\n".join(lines))
        self.message.note(
            self.tr("{0} work record(s) drafted.").format(len(sheet.drafts))
            if sheet.drafts
            else self.tr("No timeline entry states a day with a start and an end time.")
        )
        self.add_button.setEnabled(bool(sheet.drafts))

    # -- adding --------------------------------------------------------------------------------
    def ticked(self) -> list[Draft]:
        chosen = []
        for row, draft in enumerate(self.drafts):
            tick = self.table.item(row, 0)
            if tick is not None and tick.checkState() == Qt.CheckState.Checked:
                chosen.append(draft)
        return chosen

    def add(self) -> None:
        chosen = self.ticked()
        if not chosen:
            self.message.problem(self.tr("Tick the records to add first."))
            return
        replace = sorted({d.shift.day for d in chosen if d.status == DIFFERS})
        if not replace:
            self._store(chosen, [])
            return
        self.confirm = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace work records"),
            self.tr("The case already records these days differently: {0}. Replace their "
                    "records with the drafts?").format(", ".join(_days(replace))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )  # fmt: skip
        self.confirm.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm.finished.connect(lambda _: self._answered(chosen, replace))
        self.confirm.open()

    def _answered(self, chosen: list[Draft], replace: list[date]) -> None:
        assert self.confirm is not None
        if self.confirm.standardButton(self.confirm.clickedButton()) == (
            QMessageBox.StandardButton.Yes
        ):
            self._store(chosen, replace)
        else:
            self.message.note(self.tr("Nothing was added."))

    def _store(self, chosen: list[Draft], replace: list[date]) -> None:
        self.add_button.setEnabled(False)
        keys, case_id = [d.key for d in chosen], self.case_id

        def work(service: CaseService) -> MergeResult:
            return add_drafted_records(service, case_id, keys, replace)

        self.session.run(work, done=guarded(self, self._stored),
                         failed=guarded(self, self._failed), changes=case_id)  # fmt: skip

    def _failed(self, message: str) -> None:
        self.add_button.setEnabled(True)
        self.message.problem(message)

    def _stored(self, result: MergeResult) -> None:
        parts = [self.tr("{0} work record(s) added from the timeline.").format(len(result.added))]
        if result.replaced_days:
            parts.append(self.tr("Records replaced on: {0}.").format(
                ", ".join(_days(result.replaced_days))))  # fmt: skip
        if result.disputed_days:
            parts.append(self.tr("Not added, the entries disagree on: {0}.").format(
                ", ".join(_days(result.disputed_days))))  # fmt: skip
        self.added.emit(" ".join(parts))
        self.accept()
