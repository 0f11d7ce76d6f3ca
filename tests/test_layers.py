"""The layering rule of DESIGN.md §1, enforced by parsing every import."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "desktop": ("ui", "sync", "PySide6", "shiboken6"),
    "sync/server": ("desktop", "ui", "PySide6", "shiboken6"),
    "sync": ("ui", "PySide6", "shiboken6"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def breaches(package: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for name in imported_modules(path):
            top = name.split(".")[0]
            if top in forbidden or name in forbidden:
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


def test_desktop_never_imports_ui_sync_or_qt() -> None:
    assert breaches("desktop", FORBIDDEN["desktop"]) == []


def test_sync_server_imports_only_protocol() -> None:
    found = (
        breaches("sync/server", FORBIDDEN["sync/server"]) if (ROOT / "sync/server").exists() else []
    )
    assert found == []


def test_sync_never_imports_ui_or_qt() -> None:
    assert breaches("sync", FORBIDDEN["sync"]) == []


def test_ui_reaches_sync_only_through_the_client() -> None:
    found = [
        b
        for b in breaches("ui", ("sync",))
        if not b.endswith(("imports sync.client", "imports sync"))
    ]
    assert found == []


def test_the_checker_sees_a_breach(tmp_path: Path) -> None:
    # Guard against a checker that can never fail.
    bad = tmp_path / "bad.py"
    bad.write_text("import PySide6.QtCore\nfrom ui.app import run\n", encoding="utf-8")
    assert imported_modules(bad) == {"PySide6.QtCore", "ui.app"}
