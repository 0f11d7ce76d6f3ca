"""The packaging recipe's fast checks (the real build and its smoke test run in run-tests).

The one-folder build itself takes a minute or two, so the suite checks what can drift
without building: every resource folder is in the recipe, the icon renders into the
formats each OS wants, and the smoke test really fails on a broken binary.
"""

from __future__ import annotations

import importlib.util
import os
import stat
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"_madoguchi_build_{name}", ROOT / "build" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_resource_folder_is_in_the_recipe() -> None:
    spec = (ROOT / "build" / "madoguchi.spec").read_text(encoding="utf-8")
    folders = sorted(p.name for p in (ROOT / "resources").iterdir() if p.is_dir())
    assert folders, "resources/ has no folders"
    missing = [name for name in folders if f'RES / "{name}"' not in spec]
    assert missing == [], f"resources/ folders not bundled by build/madoguchi.spec: {missing}"


def test_the_server_stack_stays_out_of_the_app() -> None:
    spec = (ROOT / "build" / "madoguchi.spec").read_text(encoding="utf-8")
    for module in ("sync.server", "fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg"):
        assert f'"{module}",' in spec, f"{module} is not excluded from the desktop build"


def test_icon_renders_for_every_os(qapp: object, tmp_path: Path) -> None:
    load("build").render_icons(tmp_path)
    with Image.open(tmp_path / "madoguchi.ico") as ico:
        assert {(16, 16), (32, 32), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "madoguchi.icns") as icns:
        assert icns.size[0] >= 512
    with Image.open(tmp_path / "madoguchi-16.png") as small:
        assert small.size == (16, 16)
        # Readable at 16 px: the middle (the window in the bubble) is opaque, not blank.
        colours = {
            small.convert("RGBA").getpixel((x, y)) for x in range(5, 11) for y in range(5, 11)
        }
        assert all(c[3] == 255 for c in colours) and len(colours) > 2


@pytest.mark.skipif(sys.platform == "win32", reason="the fake binary is a shell script")
def test_smoke_test_fails_on_a_broken_binary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = tmp_path / "madoguchi"
    app.mkdir()
    fake = app / "madoguchi"
    # Answers --version like the real one, then breaks the way a missing resource does.
    fake.write_text(
        '#!/bin/sh\nif [ "$1" = --version ]; then echo "Madoguchi 0 (vault format 2)"; exit 0; fi\n'
        'echo "Traceback (most recent call last):" >&2; exit 1\n'
    )
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    assert load("smoke").main(["--app", str(app)]) == 1
    out = capsys.readouterr()
    assert "ok  --version" in out.out
    assert "SMOKE TEST FAILED: `demo --vault` exited 1" in out.err


def test_smoke_test_names_a_missing_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert load("smoke").main(["--app", str(tmp_path / "nothing")]) == 1
    assert "build/build.py" in capsys.readouterr().err
    assert not os.listdir(tmp_path)
