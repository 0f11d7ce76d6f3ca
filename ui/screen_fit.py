"""Windows open at a size that fits the screen they open on.

A 1366×768 laptop (common at NGO desks) leaves about 1366×728 once the task bar is
drawn; a window asked for more opens with its status bar or its buttons off-screen.
Each window asks for its preferred size through here and gets at most what the
screen's available area holds, less room for the window manager's title bar.

Display scaling makes screens smaller than they look: a 1920×1080 laptop at 200 % lays
windows out on 960×540 logical pixels (150 %: 1280×720).  Windows whose content cannot
shrink that far put it in a :class:`ScrollWhenSmall`, which scrolls only then.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

__all__ = ["FRAME_ALLOWANCE", "ScrollWhenSmall", "fit_to_screen", "keep_on_screen"]

# Room for the title bar and borders the window manager adds around resize()'s size.
FRAME_ALLOWANCE = QSize(16, 48)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to (width, height), shrunk to fit the available screen area."""
    screen = window.screen()  # the parent's screen for a dialog not yet shown
    room = screen.availableGeometry().size() - FRAME_ALLOWANCE
    window.resize(min(width, room.width()), min(height, room.height()))


def keep_on_screen(window: QWidget) -> None:
    """Move a window that grew after it was shown back inside the screen's available area.
    Window managers (and Qt without one) place a dialog once, centred on its parent at its
    first size; a dialog that then grows to fit its content keeps its top-left corner, so it
    grew past the screen's right and bottom edges, buttons and all."""
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    x = max(room.left(), min(frame.left(), room.right() + 1 - frame.width()))
    y = max(room.top(), min(frame.top(), room.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)


# The least a scrolling area asks for: a few lines of a form stay visible on any screen.
_SCROLL_MINIMUM = QSize(320, 160)


class ScrollWhenSmall(QScrollArea):
    """A frameless scroll area around ``content`` that looks like no scroll area at all
    while the window has room: it asks for the content's whole size (and reports the
    content's height for a width, so wrapped notes still size their dialog), but it can
    shrink to a few lines, and then scrolls.  Tab moves scroll the focused control into
    view (QScrollArea does that).

    The content is sized here, not by QScrollArea's ``widgetResizable``: that sizes content
    with any wrapped label to its *preferred* height for the width, so a window would
    scroll with room to spare.  Here the content fills the view and is never smaller than
    its minimum size, which is what the window itself would have kept without us."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(content)
        content.installEventFilter(self)  # its minimum changes with what it shows

    def _content(self) -> QWidget:
        content = self.widget()
        assert content is not None  # set in __init__, never taken
        return content

    def sizeHint(self) -> QSize:
        return self._content().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._content().minimumSizeHint().boundedTo(_SCROLL_MINIMUM)

    def hasHeightForWidth(self) -> bool:
        return self._content().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self._content().heightForWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_content()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_content()

    def _fit_content(self) -> None:
        content = self._content()
        least = content.minimumSizeHint().expandedTo(content.minimumSize())
        room = self.size()
        # A bar takes room from the other direction: decide the vertical one first.
        vertical = room.height() < least.height()
        width = room.width() - (self.verticalScrollBar().sizeHint().width() if vertical else 0)
        horizontal = width < least.width()
        height = room.height() - (
            self.horizontalScrollBar().sizeHint().height() if horizontal else 0
        )
        content.resize(max(width, least.width()), max(height, least.height()))
