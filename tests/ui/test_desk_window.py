"""The counselor's desk as a person meets it: Japanese without codes, fitting the screen.

The tour (tests/ui/desk_tour.py) runs in a fresh process on an offscreen screen of the
size asked for, started the way main.py starts the app, on the demo vault.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui.audit_labels import ACTIONS

ROOT = Path(__file__).resolve().parents[2]
_AUDIT_CALLS = {"record_audit", "append_in", "record"}


def recorded_actions() -> set[str]:
    """Every audit action code the core and the sync client write (found in the source)."""
    actions: set[str] = set()
    for folder in ("desktop", "sync"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                # Codes kept in a constant (AUDIT_ACTION = "stats_table") count too.
                if (
                    isinstance(node, ast.Assign)
                    and isinstance(node.value, ast.Constant)
                    and isinstance(node.value.value, str)
                    and any(isinstance(t, ast.Name) and t.id.endswith("_ACTION")
                            for t in node.targets)
                ):  # fmt: skip
                    actions.add(node.value.value)
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                    continue
                name = node.func.attr
                is_audit_append = name in ("append", "append_pending") and (
                    isinstance(node.func.value, ast.Name) and node.func.value.id == "audit"
                )
                strings = [a.value for a in node.args
                           if isinstance(a, ast.Constant) and isinstance(a.value, str)]  # fmt: skip
                if (
                    name == "_finish_unlock"
                    or is_audit_append
                    or (name in _AUDIT_CALLS and "audit" in ast.unparse(node.func))
                ):
                    actions.update(strings[:1])
    return actions


def test_every_recorded_audit_action_has_a_label() -> None:
    found = recorded_actions()
    assert {"letter_made", "adr_bundle_made", "identity_created", "unlock_failed",
            "unlock_recovery", "shred", "sync_enrolled"} <= found  # fmt: skip
    missing = sorted(found - set(ACTIONS))
    assert not missing, f"audit actions without a label in ui/audit_labels.py: {missing}"


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.demo_vault import ensure_demo_vault

    return ensure_demo_vault(tmp_path_factory.mktemp("demo") / "vault", cases=40)


def run_tour(  # type: ignore[type-arg]
    demo_vault: Path, tmp_path: Path, width: int, height: int, lang: str, scale: float = 1.0
) -> dict:
    """The tour on a screen of ``width`` × ``height`` device pixels at ``scale`` (the
    system's display scaling, Qt's device pixel ratio).  The offscreen platform takes the
    screen's size in logical pixels, so a 1920×1080 panel at 150 % is given as 1280×720
    with a ratio of 1.5: what the app lays out on, as on Windows or GNOME at 150 %."""
    vault = tmp_path / "vault"
    shutil.copytree(demo_vault, vault)
    screen = tmp_path / "screen.json"
    logical = {"width": round(width / scale), "height": round(height / scale)}
    screen.write_text(json.dumps({"screens": [{"name": "desk", "x": 0, "y": 0, **logical,
                      "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": scale}]}))  # fmt: skip
    out = tmp_path / "tour.json"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               PYTHONPATH=str(ROOT))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.desk_tour", "--vault", str(vault), "--lang", lang,
         "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    report = dict(json.loads(out.read_text()))
    # The tour really ran on that screen (a platform that ignored the ratio would pass
    # at 100 % and prove nothing).
    assert report["screen"] == {**logical, "dpr": scale}, report["screen"]
    return report


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, 1.0), (1280, 720, 1.0), (1920, 1080, 1.5), (1920, 1080, 2.0)],
)
def test_desk_in_japanese_fits_the_screen_and_shows_no_codes(
    demo_vault: Path, tmp_path: Path, width: int, height: int, scale: float
) -> None:
    report = run_tour(demo_vault, tmp_path, width, height, "ja", scale)
    assert {
        "audit log",
        "case summary preview",
        "reset passphrase dialog",
        "exhibit dialog",
        "PDF page viewer",
    } <= set(report["seen"])
    problems = report["problems"]
    assert not problems, "\n".join(problems)
    if (width, height, scale) == (1366, 768, 1.0):
        # The common NGO laptop: the window and its dialogs fit without scrolling; smaller
        # screens (and display scaling) scroll the forms instead of cutting them off.
        assert report["scrolled"] == [], report["scrolled"]


def test_every_window_uses_each_mnemonic_letter_once(demo_vault: Path, tmp_path: Path) -> None:
    """Alt+letter reaches one control: the window's tabs, the case tabs, the menu bar and
    the visible tab's controls share one set of letters (English uses the same letters:
    tests/ui/test_translations.py keeps them equal)."""
    report = run_tour(demo_vault, tmp_path, 1366, 768, "ja")
    collisions = report["mnemonics"]
    assert not collisions, "\n".join(collisions)
