"""Editable form fields bound to one record field, each with a visible conflict marker.

A field remembers the value it last loaded, so a refresh (after someone else's
change) never overwrites what the counselor is typing, and a save sends only
the fields the counselor actually changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import places
from ui.place_pickers import CountryCombo, LanguagesPicker
from ui.views.case_tabs.common import alternatives_text
from ui.widgets import display


class FormField(QWidget):
    """One record field: an editor, the value last loaded, and a conflict marker under it."""

    def __init__(
        self,
        name: str,
        editor: QWidget,
        accessible_name: str,
        fmt: Callable[[Any], str] = display,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.editor = editor
        self.fmt = fmt
        editor.setAccessibleName(accessible_name)
        self.marker = QLabel()
        self.marker.setWordWrap(True)
        self.marker.setStyleSheet("color: #d32f2f;")
        self.keep = QPushButton(self.tr("Keep shown value"))
        self.keep.setAccessibleName(self.tr("Keep the shown value of {0}").format(accessible_name))
        self.keep.setCheckable(True)
        self.keep.setToolTip(self.tr("Saving then settles the conflict with the value shown."))
        self.conflict = QWidget()
        conflict_row = QHBoxLayout(self.conflict)
        conflict_row.setContentsMargins(0, 0, 0, 0)
        conflict_row.addWidget(self.marker, 1)
        conflict_row.addWidget(self.keep)
        self.conflict.hide()
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(editor, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        layout.addWidget(self.conflict)
        self._loaded: Any = None
        self._has_loaded = False

    # -- to be provided by each kind of editor ------------------------------------
    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def normal(self, value: Any) -> Any:
        """A stored value in the form value() returns, so the two compare."""
        return display(value).strip() or None

    # -- shared behaviour -----------------------------------------------------------
    def is_changed(self) -> bool:
        return bool(self.value() != self._loaded) or self.keep.isChecked()

    def load(self, data: dict[str, Any], alternatives: dict[str, dict[str, Any]]) -> None:
        new = self.normal(data.get(self.name))
        # Keep what the counselor is typing: only an untouched editor follows the data.
        if not self._has_loaded or self.value() == self._loaded:
            self.set_value(new)
        self.keep.setChecked(False)
        self._loaded = new
        self._has_loaded = True
        values = alternatives.get(self.name) or {}
        if len(values) > 1:
            self.marker.setText(
                self.tr("⚠ Conflict — edited on two devices: {0}").format(
                    alternatives_text(values, self.fmt)
                )
            )
            self.conflict.show()
        else:
            self.conflict.hide()

    @property
    def in_conflict(self) -> bool:
        return not self.conflict.isHidden()


class LineField(FormField):
    """A one-line text field; ``secret`` masks it until the counselor asks to see it."""

    def __init__(
        self,
        name: str,
        accessible_name: str,
        placeholder: str = "",
        *,
        secret: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        super().__init__(name, self.line, accessible_name, parent=parent)
        self.show_toggle: QCheckBox | None = None
        if secret:
            self.line.setEchoMode(QLineEdit.EchoMode.Password)
            self.show_toggle = QCheckBox(self.tr("Sho&w"))
            self.show_toggle.setAccessibleName(self.tr("Show {0}").format(accessible_name))
            self.show_toggle.toggled.connect(
                lambda on: self.line.setEchoMode(
                    QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
                )
            )
            self.row.addWidget(self.show_toggle)

    def value(self) -> Any:
        return self.line.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.line.setText(display(value))


class ListField(LineField):
    """A list of short codes typed comma-separated (e.g. languages "vi, ja")."""

    def value(self) -> Any:
        items = [part.strip() for part in self.line.text().replace("、", ",").split(",")]
        return [item for item in items if item] or None

    def normal(self, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value] or None
        return [str(value)] if value else None

    def set_value(self, value: Any) -> None:
        self.line.setText(", ".join(value or []))


class ComboField(FormField):
    """A choice from a code list; ``blank`` allows "not recorded"."""

    def __init__(
        self,
        name: str,
        accessible_name: str,
        items: Iterable[tuple[str, str]],
        *,
        blank: bool = True,
        fmt: Callable[[Any], str] = display,
        parent: QWidget | None = None,
    ) -> None:
        self.combo = QComboBox()
        if blank:
            self.combo.addItem(self.tr("—"), None)
        for code, label in items:
            self.combo.addItem(label, code)
        super().__init__(name, self.combo, accessible_name, fmt, parent)

    def value(self) -> Any:
        return self.combo.currentData() or None

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value:
            # A code this version does not know (written by a newer one): show, keep it.
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class TextField(FormField):
    """Several lines of free text (a summary)."""

    def __init__(self, name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # keyboard users must be able to leave the box
        self.text.setMaximumHeight(110)
        super().__init__(name, self.text, accessible_name, parent=parent)

    def value(self) -> Any:
        return self.text.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.text.setPlainText(display(value))


def add_row(form: QFormLayout, text: str, field: FormField) -> QLabel:
    """A labelled row whose mnemonic moves focus to the field's editor."""
    label = QLabel(text)
    label.setBuddy(field.editor)
    form.addRow(label, field)
    return label


def changed_values(fields: Iterable[FormField]) -> dict[str, Any]:
    """Only what the counselor changed; saving untouched fields would end conflicts silently."""
    return {f.name: f.value() for f in fields if f.is_changed()}


class CountryField(FormField):
    """A country chosen by name (ui.place_pickers); the stored value is its ISO code."""

    def __init__(self, name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        self.combo = CountryCombo()
        super().__init__(name, self.combo, accessible_name, places.country_name, parent)

    def value(self) -> Any:
        return self.combo.code()

    def set_value(self, value: Any) -> None:
        self.combo.set_code(str(value) if value else None)


class LanguagesField(FormField):
    """Languages chosen by name, in order; the stored value is the list of codes."""

    def __init__(self, name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        self.picker = LanguagesPicker(accessible_name)
        super().__init__(name, self.picker, accessible_name, places.languages_text, parent)

    def value(self) -> Any:
        return self.picker.codes() or None

    def normal(self, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value] or None
        return [str(value)] if value else None

    def set_value(self, value: Any) -> None:
        self.picker.set_codes(list(value or []))
