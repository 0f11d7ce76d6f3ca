"""The app registers its bundled fonts when it starts the way main.py starts it.

Before, only the screenshot tool registered them, so the screenshots looked right while the
real window showed Burmese, Thai, Khmer, Sinhala, Bengali, Nepali and Korean names as boxes.
This starts ``ui.app.run`` in a fresh process (no test helper in between) and, at the moment
the event loop would start, asks Qt which scripts the registered families cover.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
import ui.app

def report(self=None):
    systems = set()
    for family in QFontDatabase.families():
        if QFontDatabase.isPrivateFamily(family):
            continue
        systems.update(ws.name for ws in QFontDatabase.writingSystems(family))
    print(json.dumps(sorted(systems)))
    return 0

QApplication.exec = report
sys.exit(ui.app.run(["madoguchi", "--vault", sys.argv[1], "--lang", "ja"]))
"""

WORKER_SCRIPTS = {"Myanmar", "Thai", "Khmer", "Sinhala", "Bengali", "Devanagari", "Korean",
                  "Japanese", "Vietnamese"}  # fmt: skip


def test_main_registers_a_font_for_every_worker_script(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "vault")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    covered = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert WORKER_SCRIPTS - covered == set()
