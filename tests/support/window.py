"""Starting the real app as a user would, offscreen, and checking the window stays up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def window_stays_up(*args: str, seconds: float) -> bytes:
    """Run ``python main.py ARGS`` offscreen; assert it is still running after ``seconds``
    (the window is up, nothing crashed); returns what it wrote to stderr."""
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environ, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        code = proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        code = None  # still running: the window is up
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=10)
    assert code is None, err.decode(errors="replace")
    return err
