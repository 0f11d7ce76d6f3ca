"""Interface benchmark: ``python -m tests.bench.ui --cases 10000``.

Builds a vault of synthetic cases in a child process (as tests/bench/vault.py does),
then measures, each phase in its own child process on Qt's offscreen platform unless
QT_QPA_PLATFORM says otherwise:

* ``first_paint_s``: from starting ``python`` (the time of Popen) to the first paint
  of the main window showing the unlock page, through ``ui.app.run`` as main.py calls it
  (median of three starts).
* ``unlock_to_list_s``: passphrase submitted on the unlock page (the real KDF) until the
  case list model holds the vault's cases.
* ``search_keystroke_p95_ms``: one character typed into the search box until the table
  model is reset with the answer, over about 100 keystrokes of realistic queries.
* ``scroll_frame_p95_ms``: the table of every case scrolled page by page with its
  vertical scrollbar, each page repainted synchronously.
* ``edit_to_refreshed_ms``: with a case open in its tab, the worker's name edited on the
  Overview and "Save worker details" clicked, until every view on screen shows it: the
  case view's header and its tab's title.  Median of 20 edits; ``_p95_ms`` too, and
  ``edit_to_list_ms``: until the case list, hidden behind the case's tab and shown once
  the case view has the edit (a hidden list reads when shown), has it as well.

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.bench.vault import PASSPHRASE, percentile

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter: patch MainWindow.show to watch for its first paint, then
# start the app exactly as main.py does (ui.app.run), and quit once painted.
FIRST_PAINT = r"""
import json, sys, time
import ui.main_window
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.seen = False

    def eventFilter(self, watched, event):
        if (not self.seen and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and watched.window() is self.window):
            self.seen = True
            print(json.dumps({"painted_at": time.time(),
                              "page": type(self.window.stack.currentWidget()).__name__}),
                  flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

_show = ui.main_window.MainWindow.show

def show(self):
    self._first_paint = FirstPaint(self)
    QApplication.instance().installEventFilter(self._first_paint)
    _show(self)

ui.main_window.MainWindow.show = show
from ui.app import run
sys.exit(run(["madoguchi", "--vault", sys.argv[1], "--lang", "ja"]))
"""


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(work / "config")  # never the user's own preferences
    return env


def _run(work: Path, command: list[str]) -> dict[str, object]:
    """Run a child; its last line of output is a JSON object."""
    out = subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, env=_env(work), timeout=600
    )
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} failed:\n{out.stderr[-3000:]}")
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def first_paint(folder: Path, work: Path) -> float:
    started = time.time()
    line = _run(work, [sys.executable, "-c", FIRST_PAINT, str(folder)])
    assert line["page"] == "UnlockPage", line
    return float(line["painted_at"]) - started  # type: ignore[arg-type]


# -- the measuring child -------------------------------------------------------------
def _queries(rows: list[object], rng: random.Random) -> list[str]:
    """Realistic searches, about 100 keystrokes in all: names, katakana, words from notes."""
    queries: list[str] = []
    for row in rng.sample(rows, 10):
        queries.append(row.full_name.split()[0][:7])  # type: ignore[attr-defined]
    for row in rng.sample(rows, 6):
        if row.name_katakana:  # type: ignore[attr-defined]
            queries.append(row.name_katakana[:3])  # type: ignore[attr-defined]
    queries += ["nguyen", "Nguyễn", "残業", "パスポート", "寮", "overtime", "080", "giữ hộ", "給料"]
    return queries


_NONE_PAD: list[None] = []


def _pad_none_refcount() -> bool:
    """Work around PySide6 6.12.0 on CPython < 3.12 (where None is not immortal).

    That release drops a reference to None on every call of a method returning nothing
    (``resize``, ``setText``, ``setItem`` …), so a process aborts with "none_dealloc" after
    a few thousand calls.  Holding extra references lets the benchmark finish; the JSON
    says so and how many references were dropped.
    """
    import PySide6

    if sys.version_info >= (3, 12) or not PySide6.__version__.startswith("6.12."):
        return False
    _NONE_PAD.extend([None] * 5_000_000)
    return True


def measure(folder: Path) -> dict[str, object]:
    from PySide6.QtCore import QEvent, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    padded = _pad_none_refcount()
    none_refs = sys.getrefcount(None)
    app = QApplication(["madoguchi-bench"])
    from ui.main_window import MainWindow
    from ui.prefs import Preferences
    from ui.session import Session
    from ui.tasks import Background

    heartbeat = QTimer()  # wakes the waiting loops below even when nothing else happens
    heartbeat.start(50)

    def wait(condition: Callable[[], bool], timeout_s: float = 300) -> None:
        deadline = time.perf_counter() + timeout_s
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the interface did not answer in time")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    prefs = Preferences(QSettings(str(folder.parent / "prefs.ini"), QSettings.Format.IniFormat))
    prefs.idle_minutes = 120
    background = Background()
    session = Session(folder, background)
    window = MainWindow(session, prefs)
    window.resize(1200, 760)
    window.show()
    wait(lambda: window.isVisible())
    app.processEvents()

    # -- unlock to list -----------------------------------------------------------
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    started = time.perf_counter()
    QTest.keyClick(page.passphrase, Qt.Key.Key_Return)
    wait(lambda: window.workspace is not None and window.workspace.cases.model.rowCount() > 0)
    unlock_to_list = time.perf_counter() - started
    assert window.workspace is not None and session.vault is not None
    cases = window.workspace.cases
    rows = [cases.model.row_at(i) for i in range(cases.model.rowCount())]
    kdf_s = session.vault.timings.get("kdf_s", 0.0)

    # -- search keystrokes ------------------------------------------------------------
    resets: list[float] = []
    cases.model.modelReset.connect(lambda: resets.append(time.perf_counter()))

    def type_char(widget: QWidget, char: str) -> None:
        if char.isascii():
            QTest.keyClick(widget, char)
        else:  # QTest.keyClick takes Latin-1 only; other scripts arrive as key text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)

    keystroke_ms: list[float] = []
    for query in _queries(rows, random.Random(3)):
        for char in query:
            before = len(resets)
            started = time.perf_counter()
            type_char(cases.search, char)
            wait(lambda before=before: len(resets) > before)
            keystroke_ms.append((resets[-1] - started) * 1000)
        assert cases.search.text() == query, (cases.search.text(), query)
        before = len(resets)
        cases.search.clear()
        wait(lambda before=before: len(resets) > before)
    wait(lambda: cases.model.rowCount() == len(rows))

    # -- scrolling ---------------------------------------------------------------------
    view = cases.table
    app.processEvents()
    bar = view.verticalScrollBar()
    frame_ms: list[float] = []
    model = cases.model
    # Page down through every case: the model fetches further pages in the background
    # as the view nears its end; only the repaint of each page is timed.
    while True:
        started = time.perf_counter()
        bar.setValue(min(bar.value() + bar.pageStep(), bar.maximum()))
        view.viewport().repaint()
        frame_ms.append((time.perf_counter() - started) * 1000)
        app.processEvents()
        if bar.value() >= bar.maximum():
            if model.rowCount() >= model.total:
                break
            count = model.rowCount()
            model.fetchMore()
            wait(lambda count=count: model.rowCount() > count)
            app.processEvents()
    scrolled_rows = model.rowCount()
    rows_total = model.total
    edit_ms, list_ms = _edit_to_refreshed(window, rows[0].case_id, wait)  # type: ignore[attr-defined]

    window.close()
    background.wait()
    dropped = none_refs - sys.getrefcount(None)
    return {
        "none_refcount_workaround": padded,
        "none_refs_dropped": dropped,
        "rows": scrolled_rows,
        "rows_total": rows_total,
        "kdf_s": round(kdf_s, 3),
        "unlock_to_list_s": round(unlock_to_list, 3),
        "keystrokes": len(keystroke_ms),
        "search_keystroke_p50_ms": round(percentile(keystroke_ms, 50), 1),
        "search_keystroke_p95_ms": round(percentile(keystroke_ms, 95), 1),
        "scroll_frames": len(frame_ms),
        "scroll_frame_p50_ms": round(percentile(frame_ms, 50), 2),
        "scroll_frame_p95_ms": round(percentile(frame_ms, 95), 2),
        "edits": len(edit_ms),
        "edit_to_refreshed_ms": round(statistics.median(edit_ms), 1),
        "edit_to_refreshed_p95_ms": round(percentile(edit_ms, 95), 1),
        "edit_to_list_ms": round(statistics.median(list_ms), 1),
    }


def _edit_to_refreshed(
    window: Any, case_id: str, wait: Callable[..., None]
) -> tuple[list[float], list[float]]:
    """Edit the worker's name on an open case's Overview, through its Save button, and time
    each edit until the case view's header and tab title show it, and until the case list
    (another tab) has it too."""
    from PySide6.QtWidgets import QApplication

    workspace = window.workspace
    cases = workspace.cases
    view = workspace.open_case(case_id)
    wait(lambda: bool(view.header.text()) and bool(view.overview.full_name.line.text()))
    list_resets: list[float] = []
    cases.model.modelReset.connect(lambda: list_resets.append(time.perf_counter()))

    def list_shows(name: str) -> bool:
        model = cases.model
        shown = [model.row_at(i) for i in range(model.rowCount())]
        return all(row.full_name == name for row in shown if row.case_id == case_id)

    timings: list[float] = []
    in_list: list[float] = []  # the same edits, until the hidden case list had them too
    for number in range(20):
        name = f"Bench Edit {number:02d}"
        view.overview.full_name.line.setText(name)
        before = len(list_resets)
        seen: list[float] = []

        def refreshed(name: str = name, before: int = before, seen: list[float] = seen) -> bool:
            in_view = name in view.header.text() and workspace.tabs.tabText(
                workspace.tabs.indexOf(view)
            ).endswith(name)
            if in_view and not seen:
                seen.append(time.perf_counter())
                workspace.tabs.setCurrentWidget(cases)  # a hidden list reads when shown
            return in_view and len(list_resets) > before and list_shows(name)

        workspace.tabs.setCurrentWidget(view)
        QApplication.processEvents()  # the tab's own repaint is not the edit's
        started = time.perf_counter()
        view.overview.save_worker.click()
        wait(refreshed)
        in_list.append((time.perf_counter() - started) * 1000)
        timings.append((seen[0] - started) * 1000)
    return timings, in_list


def _child(work: Path, *args: str) -> dict[str, object]:
    return _run(work, [sys.executable, "-m", "tests.bench.ui", *args])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--starts", type=int, default=3, help="app starts for first paint")
    parser.add_argument("--phase", choices=["measure"])
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    if args.phase == "measure":
        print(json.dumps(measure(args.folder)), flush=True)
        os._exit(0)  # no teardown: with the None workaround, finalizing would abort

    work = Path(tempfile.mkdtemp(prefix="madoguchi-bench-ui-"))
    folder = work / "vault"
    try:
        started = time.perf_counter()
        _run(work, [sys.executable, "-m", "tests.bench.vault", "--phase", "build",
                    "--cases", str(args.cases), "--folder", str(folder)])  # fmt: skip
        result: dict[str, object] = {
            "cases": args.cases,
            "build_s": round(time.perf_counter() - started, 1),
        }
        paints = [first_paint(folder, work) for _ in range(args.starts)]
        result["first_paint_s"] = round(statistics.median(paints), 3)
        result["first_paint_max_s"] = round(max(paints), 3)
        result |= _child(work, "--phase", "measure", "--folder", str(folder))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
