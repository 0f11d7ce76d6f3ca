"""The real ``main.py`` in a real X window (Xvfb), driven with the keyboard as a person does.

The offscreen platform hides what only a real display shows: fonts found through
fontconfig for the xcb platform, the window manager-less geometry, keyboard focus, Qt's
warnings on stderr.  Here the app runs as a counselor starts it (``main.py --demo --lang
ja``), is unlocked with Return, and the Safety kiosk is opened from the Vault menu with
Alt+V, K; screenshots of each step are kept (``MADOGUCHI_SCREENSHOTS=DIR`` copies them out).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.xserver import XServer, distinct_colours, missing_x_tools, xvfb

ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1366, 768
# What Qt prints when a font is missing or unusable ("OpenType support missing for …",
# "Cannot find font directory", "QFont::setPointSize: Point size <= 0" …).
FONT_WARNING = re.compile(r"qt\.text\.font|qt\.qpa\.fonts|QFont|OpenType support|font directory",
                          re.IGNORECASE)  # fmt: skip
# Window titles in Japanese (resources/translations/madoguchi_ja.ts).
MAIN_TITLE = "Madoguchi — デモ"
KIOSK_SETUP_TITLE = "セーフティ・キオスクの開始"
KIOSK_TITLE = "セーフティ・セルフチェック"


@pytest.fixture
def xserver() -> Iterator[XServer]:
    missing = missing_x_tools()
    if missing:
        message = f"the real-window test needs {', '.join(missing)} (run-tests installs them)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    with xvfb(WIDTH, HEIGHT) as server:
        yield server


def private_environment(tmp_path: Path, display: str) -> dict[str, str]:
    """A display, a home and XDG folders of the test's own: nothing of the developer's."""
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith(("QT_", "XDG_", "WAYLAND", "DBUS_SESSION"))}  # fmt: skip
    environ.update(
        DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home), PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"), XDG_RUNTIME_DIR=str(runtime),
    )  # fmt: skip
    return environ


def keep(shot: Path) -> Path:
    """Copy a screenshot where a person can look at it, when asked to."""
    folder = os.environ.get("MADOGUCHI_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(folder) / shot.name)
    return shot


def differing_pixels(first: Path, second: Path) -> int:
    done = subprocess.run(["compare", "-metric", "AE", str(first), str(second), "null:"],
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    return int(float(done.stderr.split()[0]))


def settled_screenshot(server: XServer, path: Path, *, unlike: Path | None = None,
                       seconds: float = 90) -> Path:  # fmt: skip
    """A screenshot once the screen has changed from ``unlike`` and stopped changing."""
    deadline = time.monotonic() + seconds
    previous = path.with_suffix(".previous.png")
    server.screenshot(previous)
    while True:
        time.sleep(0.7)
        server.screenshot(path)
        changed = unlike is None or differing_pixels(unlike, path) > 2000
        if changed and differing_pixels(previous, path) == 0:
            previous.unlink()
            return keep(path)
        if time.monotonic() > deadline:
            raise AssertionError(f"the screen did not settle for {path.name} in {seconds} s")
        shutil.copy(path, previous)


def fits_the_screen(server: XServer, window_id: str, what: str) -> dict[str, int]:
    box = server.geometry(window_id)
    assert box["x"] >= 0 and box["y"] >= 0, f"{what} starts off screen: {box}"
    assert box["x"] + box["width"] <= server.width, f"{what} wider than the screen: {box}"
    assert box["y"] + box["height"] <= server.height, f"{what} taller than the screen: {box}"
    return box


def covers_the_screen(server: XServer, window_id: str, seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    while (box := server.geometry(window_id)) != {"x": 0, "y": 0, "width": server.width,
                                                  "height": server.height}:  # fmt: skip
        assert time.monotonic() < deadline, f"the kiosk does not cover the screen: {box}"
        time.sleep(0.2)


def test_main_py_comes_up_unlocks_and_opens_the_kiosk_in_a_real_x_window(
    xserver: XServer, tmp_path: Path
) -> None:
    environ = private_environment(tmp_path, xserver.display)
    stderr_path = tmp_path / "stderr.txt"
    with stderr_path.open("w") as stderr:
        app = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--demo", "--vault", str(tmp_path / "vault"),
             "--lang", "ja"],
            cwd=tmp_path, env=environ, stdin=subprocess.DEVNULL, stdout=stderr, stderr=stderr,
        )  # fmt: skip
        try:
            # The demo vault is written first (a few seconds), then the window opens.
            window = xserver.find_window(MAIN_TITLE, timeout=180)
            box = fits_the_screen(xserver, window, "the main window")
            assert box["width"] >= 800 and box["height"] >= 500, box
            locked = settled_screenshot(xserver, tmp_path / "1-unlock-page.png")
            assert distinct_colours(locked) > 20, "the unlock page looks blank"

            # The demo passphrase is filled in and has the focus: Return unlocks.
            xserver.focus(window)
            xserver.key("Return")
            desk = settled_screenshot(xserver, tmp_path / "2-case-list.png", unlike=locked)
            assert distinct_colours(desk) > 100, "the case list looks blank"
            fits_the_screen(xserver, window, "the unlocked main window")

            xserver.key("alt+v", "k")  # Vault menu, Safety kiosk…
            setup = xserver.find_window(KIOSK_SETUP_TITLE, timeout=30)
            xserver.focus(setup)
            xserver.type("Xvfb check")
            xserver.key("Return")  # "Start kiosk" is the default button
            kiosk = xserver.find_window(KIOSK_TITLE, timeout=30)
            covers_the_screen(xserver, kiosk)
            page = settled_screenshot(xserver, tmp_path / "3-kiosk-languages.png", unlike=desk)
            assert distinct_colours(page) > 20, "the kiosk's language page looks blank"
            assert app.poll() is None, "the app ended by itself"
        finally:
            app.terminate()
            try:
                app.wait(timeout=20)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait(timeout=10)
    output = stderr_path.read_text(errors="replace")
    assert "Traceback" not in output, output[-3000:]
    warnings = [line for line in output.splitlines() if FONT_WARNING.search(line)]
    assert not warnings, "\n".join(warnings[:20])


def test_every_kiosk_text_has_glyphs_on_the_real_display(xserver: XServer, tmp_path: Path) -> None:
    """Every language button, question 1 and kiosk text in all 17 languages, laid out in the
    fonts the app registered at start: no character falls back to an empty box."""
    environ = private_environment(tmp_path, xserver.display)
    out = tmp_path / "glyphs.json"
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.kiosk_glyphs", "--vault", str(tmp_path / "vault"),
         "--out", str(out)],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    assert report["platform"] == "xcb"
    assert report["checked"] > 17 * 3, report["checked"]  # names, questions, kiosk texts
    assert not report["missing"], "\n".join(report["missing"][:40])
    warnings = [line for line in done.stderr.splitlines() if FONT_WARNING.search(line)]
    assert not warnings, "\n".join(warnings[:20])
