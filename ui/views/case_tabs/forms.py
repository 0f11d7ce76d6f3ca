"""The shape every small record dialog shares: labelled rows, then OK/Cancel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget


def labelled_form(rows: Sequence[tuple[str, QWidget]]) -> QFormLayout:
    """A form whose labels are buddies of their fields, so mnemonics move the focus."""
    form = QFormLayout()
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
    return form


def ok_cancel(dialog: QDialog, ok_text: str, ok_name: str, cancel_name: str) -> QDialogButtonBox:
    """OK (renamed to say what it does) and Cancel, wired to the dialog.

    The texts come from the caller, translated in the caller's own context.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_name)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(cancel_name)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
