"""A private X server (Xvfb) for tests that drive the real window, and the X tools around it.

``run-tests`` installs xvfb, xdotool, x11-utils (xdpyinfo, xwininfo) and imagemagick
(``import``); on a developer's machine without them the tests skip, in CI they fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

X_TOOLS = ("Xvfb", "xdpyinfo", "xdotool", "xwininfo", "import", "convert")


def missing_x_tools() -> list[str]:
    return [tool for tool in X_TOOLS if shutil.which(tool) is None]


@dataclass(frozen=True)
class XServer:
    display: str  # ":N"
    width: int
    height: int

    def run(self, *args: str, timeout: float = 30) -> str:
        """Run an X client (xdotool, xwininfo, import …) on this display; its stdout."""
        done = subprocess.run(
            list(args), env=dict(os.environ, DISPLAY=self.display),
            capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise AssertionError(f"{' '.join(args)} failed ({done.returncode}): {done.stderr}")
        return done.stdout

    def find_window(self, name: str, timeout: float = 60) -> str:
        """The id of the first window whose title matches ``name`` (a regex), waiting for it."""
        deadline = time.monotonic() + timeout
        while True:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", name],
                env=dict(os.environ, DISPLAY=self.display),
                capture_output=True, text=True, timeout=30, check=False,
            )  # fmt: skip
            ids = found.stdout.split()
            if ids:
                return ids[0]
            if time.monotonic() > deadline:
                raise AssertionError(f"no window named {name!r} came up in {timeout:.0f} s")
            time.sleep(0.25)

    def geometry(self, window_id: str) -> dict[str, int]:
        """Absolute position and size of a window (xwininfo)."""
        text = self.run("xwininfo", "-id", window_id)
        fields = {
            "x": r"Absolute upper-left X:\s+(-?\d+)",
            "y": r"Absolute upper-left Y:\s+(-?\d+)",
            "width": r"Width:\s+(\d+)",
            "height": r"Height:\s+(\d+)",
        }
        geometry: dict[str, int] = {}
        for key, pattern in fields.items():
            match = re.search(pattern, text)
            assert match, f"xwininfo gave no {key}: {text}"
            geometry[key] = int(match.group(1))
        return geometry

    def screenshot(self, path: Path) -> Path:
        self.run("import", "-window", "root", str(path))
        return path

    def key(self, *keys: str) -> None:
        """Press keys the way a person does (XTEST), into the window that has the focus."""
        self.run("xdotool", "key", "--delay", "120", *keys)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "60", text)

    def focus(self, window_id: str) -> None:
        """No window manager runs here: put the pointer on the window and give it the focus."""
        self.run("xdotool", "mousemove", "--window", window_id, "5", "5")
        self.run("xdotool", "windowfocus", "--sync", window_id)


def distinct_colours(png: Path) -> int:
    """How many different colours a screenshot has (a blank or one-colour screen has 1–2)."""
    out = subprocess.run(
        ["convert", str(png), "-format", "%k", "info:"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    return int(out.strip())


def _free_display() -> int:
    for number in range(90, 200):
        if not (Path(f"/tmp/.X{number}-lock").exists() or
                Path(f"/tmp/.X11-unix/X{number}").exists()):  # fmt: skip
            return number
    raise AssertionError("no free X display number between :90 and :199")


@contextmanager
def xvfb(width: int = 1366, height: int = 768) -> Iterator[XServer]:
    """Start ``Xvfb :N -screen 0 WxHx24 -nolisten tcp``, wait until it answers, stop it after."""
    for _attempt in range(5):  # another test run may take the same number at the same moment
        display = f":{_free_display()}"
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 15
        ready = False
        while time.monotonic() < deadline and server.poll() is None:
            probe = subprocess.run(["xdpyinfo", "-display", display], capture_output=True,
                                   timeout=10, check=False)  # fmt: skip
            if probe.returncode == 0:
                ready = True
                break
            time.sleep(0.1)
        if ready:
            break
        server.kill()
        server.wait(timeout=10)
    else:
        raise AssertionError("Xvfb did not start (5 attempts)")
    try:
        yield XServer(display, width, height)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        if server.stderr is not None:
            server.stderr.close()
