"""The README's screenshot tool: it starts the app the way main.py does and shoots real screens.

``python -m ui.screenshots`` runs as a person runs it (a fresh process, which starts one
process per language); the PNGs are opened with Pillow and checked for size and content.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
README_SHOTS = ("case-list", "case-view-overview", "kiosk-languages", "import-preview", "backup")


def colours(png: Path) -> int:
    with Image.open(png) as image:
        return len(image.convert("RGB").getcolors(maxcolors=1 << 24) or [])


def test_the_shooter_starts_like_main_py_and_shoots_the_readme_screens(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(PYTHONPATH=str(ROOT), HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    done = subprocess.run(
        [sys.executable, "-m", "ui.screenshots", "--out", str(out), "--lang", "ja"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    printed = {Path(line).name for line in done.stdout.splitlines()}
    for name in README_SHOTS:
        png = out / f"ja-{name}.png"
        assert png.name in printed and png.is_file(), sorted(printed)
        # A blank or one-colour window has a handful of colours; text and tables hundreds
        # (pngquant, when installed, keeps up to 256).
        assert colours(png) > 40, (png.name, colours(png))
    with Image.open(out / "ja-kiosk-languages.png") as kiosk:
        assert kiosk.size == (1366, 768)  # the kiosk covers the whole 1366×768 screen
    with Image.open(out / "ja-case-list.png") as window:
        width, height = window.size
        assert width <= 1366 and height <= 768 and width >= 1000, window.size


def test_the_shooter_sets_up_nothing_of_its_own() -> None:
    """Fonts, translators, styles and the window come from ui.app.start, as for main.py."""
    source = (ROOT / "ui" / "screenshots.py").read_text(encoding="utf-8")
    for private in ("register_fonts", "addApplicationFont", "installTranslator",
                    "install_translators", "setFont", "setStyleSheet", "QApplication(",
                    "MainWindow(", "Preferences("):  # fmt: skip
        assert private not in source, private
    assert "from ui.app import start" in source
