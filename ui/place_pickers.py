"""Choosing a country and languages by name (in the interface language), storing codes.

The vault keeps ISO codes (nationality ``VN``, languages ``["vi", "ja"]``); the counselor
picks names from ui.places' CLDR lists.  The combo boxes are editable with completion
(typing "ベト" or "viet" finds ベトナム / Vietnam anywhere in the name).  A code the list
does not know (typed before, or by a newer version) is shown as stored and kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ui import places

__all__ = ["CodeCombo", "CountryCombo", "LanguageCombo", "LanguagesPicker"]


class CodeCombo(QComboBox):
    """An editable list of (code, name); ``code()`` is the chosen code or None."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for code, name in choices:
            self.addItem(name, code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMaxVisibleItems(15)

    def code(self) -> str | None:
        """The code of the name shown (as typed too: a name or a code in any case)."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.findData(text) if self.findData(text) >= 0 else self._by_code(text)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data else None
        return text  # not in the list: kept as typed, like the text field before

    def _by_code(self, text: str) -> int:
        for index in range(self.count()):
            data = self.itemData(index)
            if data and str(data).lower() == text.lower():
                return index
        return -1

    def set_code(self, code: str | None) -> None:
        if not code:
            self.setCurrentIndex(0)
            return
        index = self.findData(code)
        if index < 0:  # a code the list lacks: show it as stored, keep it
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class CountryCombo(CodeCombo):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(places.country_choices(), parent)


class LanguageCombo(CodeCombo):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(places.language_choices(), parent)


class LanguagesPicker(QWidget):
    """Languages in order of preference: pick one by name, Add; select one, Remove."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(accessible_name)
        self.chosen.setFlow(QListWidget.Flow.LeftToRight)
        self.chosen.setWrapping(True)
        self.chosen.setMaximumHeight(self.fontMetrics().height() * 2 + 12)
        self.choice = LanguageCombo()
        self.choice.setAccessibleName(self.tr("Language to add"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the language"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected language"))
        self.add_button.clicked.connect(self._add_choice)
        self.remove_button.clicked.connect(self._remove_selected)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.chosen, 2)
        row.addWidget(self.choice, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        self.setFocusProxy(self.choice)  # the label's mnemonic lands where one picks

    def codes(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.chosen.item(i) for i in range(self.chosen.count()))
            if item is not None
        ]

    def set_codes(self, codes: list[str] | None) -> None:
        self.chosen.clear()
        for code in codes or []:
            self._append(code)

    def add(self, code: str) -> None:
        if code and code not in self.codes():
            self._append(code)
            self.changed.emit()

    def _append(self, code: str) -> None:
        item = QListWidgetItem(places.language_name(code))
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.chosen.addItem(item)

    def _add_choice(self) -> None:
        code = self.choice.code()
        if code:
            self.add(code)
        self.choice.set_code(None)

    def _remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()
