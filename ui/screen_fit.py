"""Windows open at a size that fits the screen they open on.

A 1366×768 laptop (common at NGO desks) leaves about 1366×728 once the task bar is
drawn; a window asked for more opens with its status bar or its buttons off-screen.
Each window asks for its preferred size through here and gets at most what the
screen's available area holds, less room for the window manager's title bar.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

__all__ = ["FRAME_ALLOWANCE", "fit_to_screen"]

# Room for the title bar and borders the window manager adds around resize()'s size.
FRAME_ALLOWANCE = QSize(16, 48)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to (width, height), shrunk to fit the available screen area."""
    screen = window.screen()  # the parent's screen for a dialog not yet shown
    room = screen.availableGeometry().size() - FRAME_ALLOWANCE
    window.resize(min(width, room.width()), min(height, room.height()))
