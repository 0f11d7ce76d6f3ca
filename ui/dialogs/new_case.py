"""New case: the worker's first details, with a live warning about likely duplicates.

While the counselor types a name, phone or residence card number, existing
cases that probably concern the same person are looked up in the background,
so a returning worker's case is reopened instead of duplicated.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.duplicates import DuplicateMatch
from desktop.cases.model import ResidenceStatus, Topic
from desktop.cases.service import CaseService
from ui import labels
from ui.place_pickers import CountryCombo, LanguagesPicker
from ui.screen_fit import ScrollWhenSmall, fit_to_screen
from ui.session import Session

DEBOUNCE_MS = 300  # wait for a pause in typing before searching


class NewCaseDialog(QDialog):
    """Creates a case; emits ``open_case`` with the new id, or with an existing one chosen."""

    open_case = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._query = 0
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(560)

        def line(name: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit()
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
            return edit

        self.full_name = line(self.tr("Full name (Latin letters)"), "NGUYEN VAN AN")
        self.name_katakana = line(self.tr("Name in katakana"), "グエン・ヴァン・アン")
        self.name_native = line(self.tr("Name in native script"))
        self.nationality = CountryCombo()
        self.nationality.setAccessibleName(self.tr("Nationality"))
        self.languages = LanguagesPicker(self.tr("Languages"))
        self.phone = line(self.tr("Phone"))
        self.card = line(self.tr("Residence card number"))
        # Readable while typing, masked once the counselor moves on.
        self.card.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.show_card = QCheckBox(self.tr("Sho&w"))
        self.show_card.setAccessibleName(self.tr("Show residence card number"))
        self.show_card.toggled.connect(
            lambda on: self.card.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.PasswordEchoOnEdit
            )
        )
        self.residence_status = QComboBox()
        self.residence_status.setAccessibleName(self.tr("Residence status"))
        self.residence_status.addItem(self.tr("—"), None)
        for status in ResidenceStatus:
            self.residence_status.addItem(labels.residence_status(status.value), status.value)
        self.residence_expiry = line(self.tr("Residence expiry"), "2026-03-31")
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.addItem(self.tr("(choose later)"), None)
        for code in Topic:
            self.topic.addItem(labels.topic(code.value), code.value)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(70)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("First note"))
        self.note.setPlaceholderText(self.tr("What the worker told you in this first contact"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        # Whose case it is: the person at this desk unless changed (read in the background).
        self.assignee = line(self.tr("Assignee (user id)"))
        if session.is_unlocked:
            session.run_services(lambda services: services.settings.counselor().user_id,
                                 done=self._default_assignee)  # fmt: skip

        card_row = QWidget()
        card_layout = QHBoxLayout(card_row)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.card, 1)
        card_layout.addWidget(self.show_card)
        form = QFormLayout()
        for text, widget, buddy in (
            (self.tr("Full &name:"), self.full_name, None),
            (self.tr("&Katakana:"), self.name_katakana, None),
            (self.tr("Nat&ive script:"), self.name_native, None),
            (self.tr("Nationalit&y:"), self.nationality, None),
            (self.tr("&Languages:"), self.languages, None),
            (self.tr("&Phone:"), self.phone, None),
            (self.tr("Residence &card no.:"), card_row, self.card),
            (self.tr("Residence stat&us:"), self.residence_status, None),
            (self.tr("Residence e&xpiry:"), self.residence_expiry, None),
            (self.tr("&Topic:"), self.topic, None),
            (self.tr("Su&mmary:"), self.summary, None),
            (self.tr("&First note:"), self.note, None),
            (self.tr("Assi&gnee:"), self.assignee, None),
        ):
            label = QLabel(text)
            label.setBuddy(buddy or widget)
            form.addRow(label, widget)

        # -- likely duplicates ---------------------------------------------------------
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Existing cases that may be the same worker"))
        self.matches.setMaximumHeight(110)
        self.matches.itemActivated.connect(lambda _: self._open_existing())
        self.open_existing = QPushButton(self.tr("&Open this case instead"))
        self.open_existing.setAccessibleName(self.tr("Open the selected existing case instead"))
        self.open_existing.clicked.connect(self._open_existing)
        self.duplicates = QGroupBox(self.tr("This worker may already have a case"))
        dup_layout = QVBoxLayout(self.duplicates)
        dup_layout.addWidget(self.matches)
        dup_layout.addWidget(self.open_existing, 0, Qt.AlignmentFlag.AlignRight)
        self.duplicates.hide()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d32f2f; font-weight: bold;")
        self.message.hide()
        self.create_button = QPushButton(self.tr("C&reate case"))
        self.create_button.setAccessibleName(self.tr("Create case"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_case)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        fields = QWidget()
        fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollWhenSmall(fields), 1)  # scrolls only on a very small screen
        layout.addWidget(self.duplicates)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        hint = self.sizeHint()
        fit_to_screen(self, hint.width(), hint.height())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_duplicates)
        for edit in (self.full_name, self.name_katakana, self.name_native, self.phone, self.card):
            edit.textChanged.connect(self._timer.start)
        self.full_name.setFocus()

    def _default_assignee(self, user_id: str) -> None:
        if not self.assignee.text():
            self.assignee.setText(user_id)

    # -- duplicates --------------------------------------------------------------------
    def _identity(self) -> dict[str, str]:
        """The worker fields duplicates are found by (only those filled in)."""
        fields = {
            "full_name": self.full_name.text(),
            "name_katakana": self.name_katakana.text(),
            "name_native": self.name_native.text(),
            "phone": self.phone.text(),
            "residence_card_number": self.card.text(),
        }
        return {k: v.strip() for k, v in fields.items() if v.strip()}

    def search_duplicates(self) -> None:
        """Look up likely duplicates in the background; an older answer is dropped."""
        self._query += 1
        number = self._query
        worker = self._identity()
        if not worker or not self.session.is_unlocked:
            self._show_matches(number, [])
            return

        def find(service: CaseService) -> list[DuplicateMatch]:
            return service.find_duplicates(worker)

        def show(found: list[DuplicateMatch]) -> None:
            if shiboken6.isValid(self):  # the dialog may be gone by the time the answer comes
                self._show_matches(number, found)

        self.session.run(find, done=show, failed=self._show_error)

    def _show_matches(self, number: int, found: list[DuplicateMatch]) -> None:
        if number != self._query:
            return
        self.matches.clear()
        for match in found:
            reasons = ", ".join(labels.duplicate_reason(r) for r in match.reasons)
            item = QListWidgetItem(
                self.tr("{ref} – {name} ({score:.0%}: {reasons})").format(
                    ref=match.ref, name=match.full_name, score=match.score, reasons=reasons
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, match.case_id)
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)
        self.duplicates.setVisible(bool(found))

    def _open_existing(self) -> None:
        # The stub omits None, which Qt returns when nothing is selected.
        item: QListWidgetItem | None = self.matches.currentItem()
        if item is None:
            return
        self.open_case.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        self.reject()  # nothing was created

    # -- creating ------------------------------------------------------------------------
    def worker_fields(self) -> dict[str, Any]:
        worker: dict[str, Any] = dict(self._identity())
        if self.nationality.code():
            worker["nationality"] = self.nationality.code()
        if self.residence_expiry.text().strip():
            worker["residence_expiry"] = self.residence_expiry.text().strip()
        if self.languages.codes():
            worker["languages"] = self.languages.codes()
        if self.residence_status.currentData():
            worker["residence_status"] = self.residence_status.currentData()
        return worker

    def create_case(self) -> None:
        """Create the case in the background, then open it."""
        if not self.full_name.text().strip():
            self._show_error(self.tr("Enter the worker's full name in Latin letters."))
            self.full_name.setFocus()
            return
        if not self.session.is_unlocked:
            return
        worker = self.worker_fields()
        summary = self.summary.toPlainText().strip()
        case = {"summary": summary} if summary else {}
        if self.assignee.text().strip():
            case["assignee"] = self.assignee.text().strip()
        topics = [{"category": self.topic.currentData()}] if self.topic.currentData() else []
        note = self.note.toPlainText().strip() or None

        def work(service: CaseService) -> str:
            return service.create_case(worker, case=case, topics=topics, note=note)

        self.message.hide()
        self.create_button.setEnabled(False)
        self.session.run(work, done=self._created, failed=self._show_error, changes="")

    def _created(self, case_id: str) -> None:
        self.create_button.setEnabled(True)
        self.open_case.emit(case_id)
        self.accept()

    def _show_error(self, message: str) -> None:
        self.create_button.setEnabled(True)
        self.message.setText(message)
        self.message.show()
