"""Background work for the UI: the core runs on a thread pool, results come back as signals.

Nothing that touches disk, crypto or the network runs on the GUI thread.  A job
is a plain function; it may accept ``progress`` and ``cancelled`` keyword
arguments to report and to stop early.  Errors from the core arrive as one
readable sentence; anything unexpected becomes a generic message (never a
traceback in a window).
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from desktop.errors import Cancelled, MadoguchiError
from ui.error_text import user_message


class Cancel:
    """A flag the GUI sets and the job polls."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def is_cancelled(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(object)  # bytes done: may exceed 2**31 for large files
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, cancel: Cancel) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.cancel = cancel

    def run(self) -> None:
        kwargs: dict[str, Any] = {}
        params = inspect.signature(self.fn).parameters
        if "progress" in params:
            kwargs["progress"] = self.signals.progress.emit
        if "cancelled" in params:
            kwargs["cancelled"] = lambda: self.cancel.is_cancelled
        try:
            result = self.fn(**kwargs)
        except Cancelled:  # any kind: an import, a bundle, a sync round
            self.signals.cancelled.emit()
        except MadoguchiError as exc:
            self.signals.failed.emit(user_message(exc))
        except Exception as exc:  # noqa: BLE001 - shown as a message, never a traceback
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "Background", "Something went wrong ({0}). Nothing was lost."
                ).format(type(exc).__name__)
            )
        else:
            self.signals.done.emit(result)


class Background(QObject):
    """Runs jobs on a thread pool and delivers their outcome on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._live: set[_Signals] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], None] | None = None,
    ) -> Cancel:
        """Start ``fn`` in the background; callbacks run on the GUI thread."""
        signals = _Signals()
        cancel = Cancel()
        self._live.add(signals)

        def forget(*_: object) -> None:
            self._live.discard(signals)

        if done is not None:
            signals.done.connect(done)
        if failed is not None:
            signals.failed.connect(failed)
        if progress is not None:
            signals.progress.connect(progress)
        if cancelled is not None:
            signals.cancelled.connect(cancelled)
        for signal in (signals.done, signals.failed, signals.cancelled):
            signal.connect(forget)
        self.pool.start(_Job(fn, signals, cancel))
        return cancel

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job finished (tests and shutdown only)."""
        return self.pool.waitForDone(msecs)
