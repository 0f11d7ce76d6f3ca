"""Big, touch-friendly widgets for the Safety kiosk, and how to throw one away traceless."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget

from ui.kiosk.ruby import RUBY_LANGUAGES, RubyLabel

BUTTON_HEIGHT: Final = 72
FONT_PT: Final = 22
TITLE_PT: Final = 28


def enlarge(widget: QWidget, points: int = FONT_PT) -> None:
    """Set ``widget``'s font to ``points`` (kiosk text is read at arm's length)."""
    font = QFont(widget.font())
    font.setPointSize(points)
    widget.setFont(font)


def big_label(points: int = FONT_PT) -> QLabel:
    """A word-wrapped plain-text label; worker text is never interpreted as rich text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    enlarge(label, points)
    return label


def text_label(language: str | None, points: int = FONT_PT) -> QLabel | RubyLabel:
    """A label for questionnaire text; easy Japanese shows its readings as furigana."""
    if language not in RUBY_LANGUAGES:
        return big_label(points)
    label = RubyLabel()
    enlarge(label, points)
    return label


def big_button(name: str) -> QPushButton:
    """A tall button that Enter does not press by accident (no auto-default)."""
    button = QPushButton()
    button.setObjectName(name)
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setAutoDefault(False)
    enlarge(button)
    return button


def discard(widget: QWidget) -> None:
    """Blank and detach a widget now; deleteLater alone would keep its text until the
    event loop gets round to it, and the next worker must find no trace."""
    for label in [widget, *widget.findChildren(QWidget)]:
        if isinstance(label, QLabel | RubyLabel):
            label.clear()
        elif isinstance(label, QAbstractButton):
            label.setText("")
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
