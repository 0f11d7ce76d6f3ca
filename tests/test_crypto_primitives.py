"""desktop/crypto holds primitives only: it never reaches into the vault or the domain."""

from __future__ import annotations

import ast
from pathlib import Path

CRYPTO = Path(__file__).resolve().parents[1] / "desktop" / "crypto"
ALLOWED = ("desktop.crypto", "desktop.errors")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_crypto_imports_only_primitives() -> None:
    files = sorted(CRYPTO.glob("*.py"))
    assert files, "desktop/crypto has no modules: did it move?"
    breaches = {
        f"{path.name}: {name}"
        for path in files
        for name in _imports(path)
        if name.split(".")[0] in {"desktop", "ui", "sync"} and not name.startswith(ALLOWED)
    }
    assert breaches == set()
