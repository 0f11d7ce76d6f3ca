"""Keeping the worker inside the kiosk: other windows hidden, no shortcut reaches them.

The kiosk installs one application-wide event filter while it runs.  It cannot rely
on its own key handling alone: a shortcut of a hidden window (new case, lock,
settings) would still fire, and a key typed with focus elsewhere would reach a field
of the vault.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)


class KioskLockdown(QObject):
    """While :attr:`active`: the app's other windows are hidden and its keys swallowed.

    ``on_activity`` is called for each key press, click or touch inside the kiosk (the
    kiosk restarts its idle timer).  Closing the kiosk is refused until
    :attr:`may_close` is set.
    """

    def __init__(self, kiosk: QWidget, on_activity: Callable[[], None]) -> None:
        super().__init__(kiosk)
        self.kiosk = kiosk
        self.on_activity = on_activity
        self.active = False
        self.may_close = False
        self._hidden_windows: list[QWidget] = []

    def engage(self) -> None:
        """Hide every other visible window of the app and start filtering its events."""
        self._hidden_windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self.kiosk and w.isVisible() and not self.owns(w)
        ]
        for w in self._hidden_windows:
            w.hide()
        self.active = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def release(self) -> None:
        """Stop filtering; the kiosk may close.  Call :meth:`restore_windows` after."""
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.may_close = True

    def restore_windows(self) -> None:
        """Show again the windows :meth:`engage` hid."""
        for w in self._hidden_windows:
            w.show()
        self._hidden_windows = []

    def owns(self, obj: QObject) -> bool:
        """Whether ``obj`` is the kiosk or inside it (its dialogs included)."""
        current: QObject | None = obj
        while current is not None:
            if current is self.kiosk:
                return True
            current = current.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active:
            return False
        kind = event.type()
        if kind in _ACTIVITY and self.owns(watched):
            self.on_activity()
        if kind == QEvent.Type.ShortcutOverride:
            # Accepting the override turns every would-be shortcut into a plain key
            # press: no action of another window (new case, lock, settings) can fire.
            event.accept()
            return isinstance(watched, QWidget) and not self.owns(watched)
        if kind == QEvent.Type.Shortcut:
            return not self.owns(watched)
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return isinstance(watched, QWidget) and not self.owns(watched)
        if kind == QEvent.Type.Close and watched is self.kiosk and not self.may_close:
            event.ignore()
            return True
        return False
