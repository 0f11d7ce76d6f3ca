"""Consent tab: what the worker agreed to share, with whom, and when it was withdrawn."""

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

from desktop.cases.model import ConsentMethod, ConsentPurpose
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
from ui.widgets import labelled_form, ok_cancel


class ConsentDialog(QDialog):
    """Records one consent: purpose, recipient, scope, how and when it was given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add consent"))
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        for code in ConsentPurpose:
            self.purpose.addItem(labels.consent_purpose(code.value), code.value)
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.setPlaceholderText(self.tr("Who may receive the information"))
        self.scope = QLineEdit()
        self.scope.setAccessibleName(self.tr("Scope"))
        self.scope.setPlaceholderText(self.tr("Which information"))
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Method"))
        for method in ConsentMethod:
            self.method.addItem(labels.consent_method(method.value), method.value)
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("yyyy-MM-dd")
        self.given_on.setAccessibleName(self.tr("Given on"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        form = labelled_form(
            [
                (self.tr("&Purpose:"), self.purpose),
                (self.tr("&Recipient:"), self.recipient),
                (self.tr("&Scope:"), self.scope),
                (self.tr("&Method:"), self.method),
                (self.tr("&Given on:"), self.given_on),
                (self.tr("&Note:"), self.note),
            ]
        )
        buttons = ok_cancel(
            self, self.tr("&Add consent"), self.tr("Add consent"), self.tr("Cancel")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "purpose": self.purpose.currentData(),
            "recipient": self.recipient.text().strip(),
            "method": self.method.currentData(),
            "given_on": self.given_on.date().toString("yyyy-MM-dd"),
        }
        for name, edit in (("scope", self.scope), ("note", self.note)):
            if edit.text().strip():
                out[name] = edit.text().strip()
        return out


class ConsentTab(CaseTab):
    """Table of consents with add and withdraw (consents are withdrawn, never deleted)."""

    kinds = frozenset({"consent"})

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.details: CaseDetails | None = None
        self.form_dialog: QDialog | None = None

        def text(name: str) -> Any:
            return lambda r: str(r.data.get(name) or "")

        self.model = RecordTableModel(
            [
                Column(
                    self.tr("Purpose"),
                    lambda r: labels.consent_purpose(str(r.data.get("purpose") or "")),
                ),
                Column(self.tr("Recipient"), text("recipient")),
                Column(self.tr("Scope"), text("scope")),
                Column(
                    self.tr("Method"),
                    lambda r: labels.consent_method(str(r.data.get("method") or "")),
                ),
                Column(self.tr("Given on"), text("given_on")),
                Column(self.tr("Withdrawn on"), text("withdrawn_on")),
            ],
            self,
        )
        self.table = record_table(self.model, self.tr("Consents"))
        self.add_button = QPushButton(self.tr("&Add consent…"))
        self.add_button.setAccessibleName(self.tr("Add consent"))
        self.add_button.clicked.connect(self._add)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw selected consent"))
        self.withdraw_button.clicked.connect(self._withdraw)
        self.form_button = QPushButton(self.tr("Print consent fo&rm…"))
        self.form_button.setAccessibleName(self.tr("Print the selected consent as a form"))
        self.form_button.clicked.connect(self.print_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.form_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def load(self, view: CaseDetails) -> None:
        self.details = view
        current = selected_record(self.table, self.model)
        self.model.set_records(view.consents)
        select_by_id(self.table, self.model, current.entity_id if current else None)

    def _add(self) -> None:
        dialog = ConsentDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        case_id = self.case_id
        self.change(lambda s: s.add_consent(case_id, values))

    def _withdraw(self) -> None:
        record = selected_record(self.table, self.model)
        if record is None:
            self.show_error(self.tr("Select a consent to withdraw."))
            return
        if record.data.get("withdrawn_on"):
            self.show_error(self.tr("This consent was already withdrawn."))
            return
        answer = QMessageBox.question(
            self, self.tr("Withdraw consent"),
            self.tr("Record that the worker withdrew this consent today?"),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.change(lambda s: s.withdraw_consent(record.entity_id))

    def print_form(self) -> None:
        """The selected consent as a form (同意書) in Japanese and the worker's language."""
        record = selected_record(self.table, self.model)
        if record is None or self.details is None:
            self.show_error(self.tr("Select a consent to print as a form."))
            return
        from ui.dialogs.consent_form import ConsentFormDialog

        self.clear_error()
        self.form_dialog = ConsentFormDialog(self.session, self.details, record, self)
        self.form_dialog.open()
