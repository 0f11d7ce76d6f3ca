"""The application (申立書) of one ADR matter as a form: parties, relief, grounds, chronology."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.model import AdrStatus, PartyRole, Publication
from desktop.cases.service import RecordView
from desktop.cases.views import CaseDetails
from ui import document_labels, labels
from ui.widgets import labelled_form

_MAX_YEN = 10**12 - 1  # what the core accepts; QSpinBox cannot hold it, a QLineEdit can


def _text_box(name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class MatterForm(QWidget):
    """Edits one matter; ``values()`` gives the fields to save, ``problem()`` what is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Matter title"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Matter status"))
        for code in AdrStatus:
            self.status.addItem(document_labels.adr_status(code.value), code.value)
        self.respondents = QListWidget()
        self.respondents.setAccessibleName(self.tr("Respondents"))
        self.respondents.setMaximumHeight(self.respondents.fontMetrics().lineSpacing() * 5 + 12)
        self.agent = QComboBox()
        self.agent.setAccessibleName(self.tr("Agent (lawyer)"))
        self.relief_sought = _text_box(self.tr("Relief sought"), 3)
        self.grounds = _text_box(self.tr("Grounds"), 4)
        self.chronology = _text_box(self.tr("Chronology"), 6)
        self.draft_button = QPushButton(self.tr("Draft from timeline"))
        self.draft_button.setAccessibleName(self.tr("Draft the chronology from the timeline"))
        chronology = QWidget()
        column = QVBoxLayout(chronology)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chronology)
        row = QHBoxLayout()
        row.addWidget(self.draft_button)
        row.addStretch(1)
        column.addLayout(row)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount claimed in yen"))
        self.amount.setPlaceholderText(self.tr("Whole yen, e.g. 480000"))
        self.extra_mediators = QSpinBox()
        self.extra_mediators.setRange(0, 9)
        self.extra_mediators.setAccessibleName(self.tr("Extra mediators"))
        self.referred = QCheckBox(self.tr("Referred from the &bar's legal consultation"))
        self.referred.setAccessibleName(self.tr("Referred from the bar's legal consultation"))
        self.publication = QComboBox()
        self.publication.setAccessibleName(self.tr("Publication of anonymised details"))
        for choice in Publication:
            self.publication.addItem(document_labels.publication(choice.value), choice.value)
        form = labelled_form(
            [
                (self.tr("Title:"), self.title),
                (self.tr("Status:"), self.status),
                (self.tr("&Respondents:"), self.respondents),
                (self.tr("A&gent:"), self.agent),
                (self.tr("Re&lief sought:"), self.relief_sought),
                (self.tr("Grounds:"), self.grounds),
                (self.tr("Chronology:"), chronology),
                (self.tr("Amo&unt claimed (¥):"), self.amount),
                (self.tr("Extra mediators:"), self.extra_mediators),
                ("", self.referred),
                (self.tr("Publication:"), self.publication),
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

    def show_matter(self, record: RecordView, data: CaseDetails) -> None:
        """Fill the form from ``record``; respondents and agent come from the case's parties."""
        d = record.data
        self.title.setText(str(d.get("title") or ""))
        self.status.setCurrentIndex(max(0, self.status.findData(str(d.get("status") or ""))))
        chosen = {str(x) for x in d.get("respondents") or ()}
        self.respondents.clear()
        self.agent.clear()
        self.agent.addItem(self.tr("No agent"), None)
        for party in data.parties:
            name = str(party.data.get("name") or "")
            role = str(party.data.get("role") or "")
            item = QListWidgetItem(f"{name} ({labels.role(role)})" if role else name)
            item.setData(Qt.ItemDataRole.UserRole, party.entity_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = party.entity_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.respondents.addItem(item)
            if role == PartyRole.LAWYER.value or party.entity_id == d.get("agent"):
                self.agent.addItem(name, party.entity_id)
        self.agent.setCurrentIndex(max(0, self.agent.findData(d.get("agent"))))
        self.relief_sought.setPlainText(str(d.get("relief_sought") or ""))
        self.grounds.setPlainText(str(d.get("grounds") or ""))
        self.chronology.setPlainText(str(d.get("chronology") or ""))
        amount = d.get("amount_claimed")
        self.amount.setText("" if amount is None else str(amount))
        self.extra_mediators.setValue(int(d.get("extra_mediators") or 0))
        self.referred.setChecked(bool(d.get("referred_from_consultation")))
        publication = str(d.get("publication") or Publication.ALLOW.value)
        self.publication.setCurrentIndex(max(0, self.publication.findData(publication)))

    def chosen_respondents(self) -> list[str]:
        out = []
        for row in range(self.respondents.count()):
            item = self.respondents.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def problem(self) -> str | None:
        """What stops saving, as a sentence; None when the form can be saved."""
        if not self.title.text().strip():
            return self.tr("Give the matter a title.")
        amount = self.amount.text().strip().replace(",", "").replace("¥", "")
        if amount and (not amount.isdigit() or int(amount) > _MAX_YEN):
            return self.tr("Write the amount claimed in whole yen, digits only.")
        return None

    def values(self) -> dict[str, Any]:
        """The fields as the core stores them (empty text clears a field)."""
        amount = self.amount.text().strip().replace(",", "").replace("¥", "")
        return {
            "title": self.title.text().strip(),
            "status": self.status.currentData(),
            "respondents": self.chosen_respondents(),
            "agent": self.agent.currentData() or None,
            "relief_sought": self.relief_sought.toPlainText().strip() or None,
            "grounds": self.grounds.toPlainText().strip() or None,
            "chronology": self.chronology.toPlainText().strip() or None,
            "amount_claimed": int(amount) if amount else None,
            "extra_mediators": self.extra_mediators.value(),
            "referred_from_consultation": self.referred.isChecked(),
            "publication": self.publication.currentData(),
        }
