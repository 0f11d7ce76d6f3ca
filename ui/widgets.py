"""Small building blocks shared by the views and the dialogs.

Labelled forms and OK/Cancel button boxes (the shape every small record dialog
shares), one-line display text for a field value, and background callbacks that
stop once their widget is gone.  Views and dialogs both import from here, so no
dialog reaches into a view package for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

__all__ = ["display", "guarded", "labelled_form", "ok_cancel"]


def guarded(owner: QObject, fn: Callable[[Any], None]) -> Callable[[Any], None]:
    """A background callback that does nothing once ``owner`` is gone (its tab was closed).

    Bound methods are disconnected by Qt when their object dies; closures are not.
    """

    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            fn(value)

    return call


def display(value: Any) -> str:
    """A field value as one line of text: lists joined, booleans as yes/no, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        # The "CaseTab" context is where these words were first translated: kept so the
        # existing translations still apply.
        if value:
            return QCoreApplication.translate("CaseTab", "Yes")
        return QCoreApplication.translate("CaseTab", "No")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


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
