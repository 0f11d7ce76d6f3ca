"""People and organisations tab: employers, supervising organisations, brokers, lawyers …"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import PartyRole
from desktop.cases.service import CaseService, RecordView
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
from ui.widgets import ok_cancel

_TEXT_FIELDS = ("name", "establishment", "corporate_number", "address", "industry", "contact",
                "note")  # fmt: skip


class PartyDialog(QDialog):
    """Add or edit one person or organisation; the name field completes known names."""

    def __init__(
        self, names: list[str], record: RecordView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit person or organisation") if record else
            self.tr("Add person or organisation")
        )  # fmt: skip
        self.edits: dict[str, QLineEdit] = {}
        accessible = {
            "name": self.tr("Name"),
            "establishment": self.tr("Establishment or branch"),
            "corporate_number": self.tr("Corporate number"),
            "address": self.tr("Address"),
            "industry": self.tr("Industry"),
            "contact": self.tr("Contact person or phone"),
            "note": self.tr("Note"),
        }
        label_text = {
            "name": self.tr("&Name:"),
            "establishment": self.tr("&Establishment:"),
            "corporate_number": self.tr("Cor&porate number:"),
            "address": self.tr("A&ddress:"),
            "industry": self.tr("&Industry:"),
            "contact": self.tr("C&ontact:"),
            "note": self.tr("No&te:"),
        }
        for name in _TEXT_FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(accessible[name])
            self.edits[name] = edit
        completer = QCompleter(QStringListModel(names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edits["name"].setCompleter(completer)
        self.edits["name"].setPlaceholderText(self.tr("Type to pick one already recorded"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for code in PartyRole:
            self.role.addItem(labels.role(code.value), code.value)

        form = QFormLayout()
        for name in _TEXT_FIELDS:
            label = QLabel(label_text[name])
            label.setBuddy(self.edits[name])
            form.addRow(label, self.edits[name])
            if name == "name":
                role_label = QLabel(self.tr("&Role:"))
                role_label.setBuddy(self.role)
                form.addRow(role_label, self.role)
        if record is not None:
            for name, edit in self.edits.items():
                edit.setText(str(record.data.get(name) or ""))
            index = self.role.findData(record.data.get("role"))
            if index >= 0:
                self.role.setCurrentIndex(index)
        self._original = self.values()

        buttons = ok_cancel(self, self.tr("&Save"), self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {n: e.text().strip() or None for n, e in self.edits.items()}
        out["role"] = self.role.currentData()
        return out

    def changed(self) -> dict[str, Any]:
        """Only edited fields, so an edit does not settle unrelated conflicts."""
        return {k: v for k, v in self.values().items() if self._original.get(k) != v}


class PeopleTab(CaseTab):
    """Table of the case's parties with add, edit and remove."""

    kinds = frozenset({"party"})

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self._known_names: list[str] = []
        self._case_names: list[str] = []

        def text(name: str) -> Any:
            return lambda r: str(r.data.get(name) or "")

        self.model = RecordTableModel(
            [
                Column(self.tr("Name"), text("name")),
                Column(self.tr("Role"), lambda r: labels.role(str(r.data.get("role", "")))),
                Column(self.tr("Establishment"), text("establishment")),
                Column(self.tr("Corporate number"), text("corporate_number")),
                Column(self.tr("Address"), text("address")),
                Column(self.tr("Contact"), text("contact")),
            ],
            self,
        )
        self.table = record_table(self.model, self.tr("People and organisations"))
        self.table.activated.connect(lambda _: self._edit())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setAccessibleName(self.tr("Add person or organisation"))
        self.add_button.clicked.connect(self._add)
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setAccessibleName(self.tr("Edit selected person or organisation"))
        self.edit_button.clicked.connect(self._edit)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove selected person or organisation"))
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def load(self, view: CaseDetails) -> None:
        current = selected_record(self.table, self.model)
        self.model.set_records(view.parties)
        select_by_id(self.table, self.model, current.entity_id if current else None)
        self._case_names = [str(p.data.get("name")) for p in view.parties if p.data.get("name")]

    def refresh_known_names(self) -> None:
        """Scan the vault for party names (the completer); the case view calls it only
        when it opens and when parties changed, since the scan reads every case."""
        if self.session.is_unlocked:
            self.session.run(CaseService.party_names, done=self._got_names)

    def _got_names(self, names: list[str]) -> None:
        self._known_names = names

    def names(self) -> list[str]:
        return sorted({*self._case_names, *self._known_names}, key=str.casefold)

    def _add(self) -> None:
        dialog = PartyDialog(self.names(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = {k: v for k, v in dialog.values().items() if v is not None}
        case_id = self.case_id
        self.change(lambda s: s.add_party(case_id, values))

    def _edit(self) -> None:
        record = selected_record(self.table, self.model)
        if record is None:
            self.show_error(self.tr("Select a person or organisation to edit."))
            return
        dialog = PartyDialog(self.names(), record, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.changed()
        if values:
            self.change(lambda s: s.update_party(record.entity_id, values))

    def _remove(self) -> None:
        record = selected_record(self.table, self.model)
        if record is None:
            self.show_error(self.tr("Select a person or organisation to remove."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr("Remove {0} from this case?").format(record.data.get("name", "")),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.change(lambda s: s.remove_party(record.entity_id))
