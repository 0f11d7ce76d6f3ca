"""Locking on idle and keeping copied case text from outliving the session."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after a period without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_timeout_ms(int(minutes * 60_000))
        app = QGuiApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_timeout_ms(self, msecs: int) -> None:
        self._timer.setInterval(max(1, msecs))
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False


class ClipboardGuard(QObject):
    """Remembers text copied from the app and clears it from the clipboard a minute later
    and at lock.

    Anything that lands on the clipboard while a Madoguchi window is active came
    from a case (a copied name, phone, note), so it is treated as sensitive.
    Text copied in other programs is left alone.
    """

    def __init__(self, parent: QObject | None = None, *, clear_after_ms: int = 60_000) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._sensitive: str | None = None
        # Copied case text does not outlive its use: cleared a minute later (or at lock).
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.setInterval(clear_after_ms)
        self._expiry.timeout.connect(self.clear_if_ours)
        self._clipboard.dataChanged.connect(self._on_change)

    def copy(self, text: str) -> None:
        """Copy case text explicitly (for example from a context menu)."""
        self._clipboard.setText(text)
        self._sensitive = text
        self._expiry.start()

    def _on_change(self) -> None:
        if QGuiApplication.focusWindow() is not None:
            self._sensitive = self._clipboard.text()
            self._expiry.start()

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds text copied from the app."""
        if self._sensitive is not None and self._clipboard.text() == self._sensitive:
            self._clipboard.clear()
        self._sensitive = None
