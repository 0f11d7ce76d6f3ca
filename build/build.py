"""Build the one-folder Madoguchi app for this OS: ``python build/build.py``.

Steps: make sure PyInstaller is installed (the ``build`` extra), compile the translations,
render the app icon from ``resources/icons/madoguchi.svg`` (PNG, plus ``.ico`` on Windows
and ``.icns`` on macOS), run PyInstaller on ``build/madoguchi.spec``, and print the output
folder and its size.  Outputs go to ``dist/`` and ``build/pyinstaller-work/`` (both ignored
by git).  Run it with the project's venv (``.venv/bin/python build/build.py``); started
from a Python outside any venv, it creates ``.venv`` and re-runs itself there.

See docs/building.md.  Then ``python build/smoke.py`` checks the built binary.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build" / "madoguchi.spec"
SVG = ROOT / "resources" / "icons" / "madoguchi.svg"
DEFAULT_DIST = ROOT / "dist"
DEFAULT_WORK = ROOT / "build" / "pyinstaller-work"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return ROOT / ".venv" / scripts / ("python.exe" if os.name == "nt" else "python")


def ensure_environment(argv: list[str]) -> None:
    """Run inside a venv that has the project and PyInstaller; re-exec there if needed."""
    if sys.prefix == sys.base_prefix:  # not a venv: use (or make) the project's own
        python = venv_python()
        if not python.exists():
            print(f"creating {python.parent.parent}")
            subprocess.run([sys.executable, "-m", "venv", str(ROOT / ".venv")], check=True)
        raise SystemExit(subprocess.call([str(python), __file__, *argv]))
    if importlib.util.find_spec("PyInstaller") is None:
        print("installing the build extra (PyInstaller)")
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "-e", f"{ROOT}[build]"], check=True
        )


def compile_translations() -> None:
    subprocess.run([sys.executable, str(ROOT / "build" / "translations.py"), "compile"], check=True)


def render_icons(out: Path) -> None:
    """PNG at every size from the SVG (QtSvg), then .ico / .icns with Pillow."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    pngs = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out / f"madoguchi-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"cannot write {path}")
        pngs[size] = path
    shutil.copyfile(pngs[256], out / "madoguchi.png")
    largest = Image.open(pngs[1024]).convert("RGBA")
    # Pillow scales the largest image down for each size; the hand-rendered small sizes
    # are sharper, so they are appended where the format allows.
    small = [Image.open(pngs[s]).convert("RGBA") for s in (16, 24, 32, 48, 64, 128)]
    Image.open(pngs[256]).convert("RGBA").save(
        out / "madoguchi.ico",
        sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
        append_images=small,
    )
    largest.save(out / "madoguchi.icns")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path, work: Path, clean: bool) -> Path:
    """Run every step; returns the one-folder app."""
    started = time.monotonic()
    compile_translations()
    icons = work / "icons"
    render_icons(icons)
    env = {**os.environ, "MADOGUCHI_ICON_DIR": str(icons)}
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    app = dist / "madoguchi"
    size_mb = folder_size(app) / 1e6
    print(f"built {app} ({size_mb:.0f} MB) in {time.monotonic() - started:.0f} s")
    if sys.platform == "darwin":
        print(f"macOS app bundle: {dist / 'Madoguchi.app'}")
    return app


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="output folder")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="PyInstaller work folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(args_list)
    ensure_environment(args_list)
    build(args.dist.resolve(), args.work.resolve(), args.clean)
    return 0


if __name__ == "__main__":
    sys.exit(main())
