"""The layering rule of DESIGN.md §1, enforced by parsing every import.

Each wing has a rule: the first-party modules it may import (by prefix) and the third-party
packages it must not.  Every import counts wherever it is written (module level, inside a
function, under ``if TYPE_CHECKING:``), relative imports are resolved, and
``from pkg import name`` counts as importing ``pkg.name`` when that is a module.  A check
that scans no file fails: a moved or renamed package must not pass silently.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIRST_PARTY = ("desktop", "ui", "sync", "tests", "main")
QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Rule:
    """What the ``.py`` files under ``package`` (minus ``excluding``) may import."""

    package: str  # a folder under the root, e.g. "sync/server"
    first_party: tuple[str, ...]  # allowed first-party modules, each with its submodules
    banned: tuple[str, ...] = ()  # modules it must not import, even under an allowed prefix
    excluding: tuple[str, ...] = ()  # sub-folders that have their own rule


RULES = {
    "desktop": Rule("desktop", first_party=("desktop",), banned=QT),
    "sync/server": Rule("sync/server", first_party=("sync.protocol", "sync.server"), banned=QT),
    # The client side of sync; it and the server are deployed apart, so neither imports the other.
    "sync": Rule(
        "sync",
        first_party=("sync", "desktop"),
        banned=(*QT, "sync.server"),
        excluding=("sync/server",),
    ),
    "ui": Rule("ui", first_party=("ui", "desktop", "sync.client")),
}

# The UI reaches the core through its services, domain models, documents and errors; the
# core's internals (the encrypted store, the crypto primitives, the device keyring and the
# CLI) stay behind those services (issue 14, points 2 and 8).
UI_FORBIDDEN_CORE = ("desktop.store", "desktop.crypto", "desktop.devicekey", "desktop.cli")
# Internals the UI still imports today.  Each entry is to be deleted as the UI moves onto a
# service (the test below fails when an entry is no longer needed).
UI_CORE_NOT_YET_THROUGH_SERVICES: frozenset[str] = frozenset()


def _is_core_internal(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") or name.startswith(p + "_")
               for p in UI_FORBIDDEN_CORE)  # fmt: skip


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str, root: Path) -> bool:
    base = root.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """Every module ``path`` imports, as absolute dotted names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = module_name(path, root).split(".") if path.is_relative_to(root) else [path.stem]
    package = here if path.name == "__init__.py" else here[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = package[: len(package) - (node.level - 1)]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            names.add(base)
            for alias in node.names:
                if _is_module(f"{base}.{alias.name}", root):
                    names.add(f"{base}.{alias.name}")
    names.discard("")
    return names


def _under(name: str, prefixes: tuple[str, ...] | frozenset[str]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def scan(rule: Rule, root: Path = ROOT) -> tuple[int, list[str]]:
    """(files scanned, breaches of ``rule``)."""
    excluded = [root / e for e in rule.excluding]
    files = [
        p
        for p in sorted((root / rule.package).rglob("*.py"))
        if not any(p.is_relative_to(e) for e in excluded)
    ]
    found = []
    for path in files:
        for name in sorted(imported_modules(path, root)):
            first_party = name.split(".")[0] in FIRST_PARTY
            if (first_party and not _under(name, rule.first_party)) or _under(name, rule.banned):
                found.append(f"{path.relative_to(root)} imports {name}")
    return len(files), found


def core_modules_used_by_ui(root: Path = ROOT) -> dict[str, list[str]]:
    """desktop module -> the ui files that import it."""
    used: dict[str, list[str]] = {}
    for path in sorted((root / "ui").rglob("*.py")):
        for name in imported_modules(path, root):
            if _under(name, ("desktop",)):
                used.setdefault(name, []).append(str(path.relative_to(root)))
    return used


# -- the rules, on this code base -------------------------------------------------------------
def test_the_top_level_packages_are_the_three_wings() -> None:
    # A new or renamed wing needs a rule here before its imports are trusted.
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py")}
    assert packages - {"tests"} == {"desktop", "ui", "sync"}


@pytest.mark.parametrize("package", sorted(RULES))
def test_each_rule_scans_its_package(package: str) -> None:
    assert (ROOT / package / "__init__.py").is_file(), f"{package} moved or was renamed"
    scanned, _ = scan(RULES[package])
    assert scanned >= 3, f"the {package} rule scanned {scanned} files; did the package move?"


def test_desktop_imports_only_itself_and_no_qt() -> None:
    assert scan(RULES["desktop"])[1] == []


def test_sync_server_imports_only_protocol_and_itself() -> None:
    assert scan(RULES["sync/server"])[1] == []


def test_sync_client_side_never_imports_ui_the_server_or_qt() -> None:
    assert scan(RULES["sync"])[1] == []


def test_ui_imports_only_the_core_and_the_sync_client() -> None:
    assert scan(RULES["ui"])[1] == []


def test_ui_reaches_the_core_only_through_allowed_modules() -> None:
    used = core_modules_used_by_ui()
    unexpected = {
        name: files
        for name, files in used.items()
        if _is_core_internal(name) and name not in UI_CORE_NOT_YET_THROUGH_SERVICES
    }
    assert unexpected == {}, "the UI must call the core's services (issue 14, point 2)"


def test_ui_core_exceptions_are_still_needed() -> None:
    stale = UI_CORE_NOT_YET_THROUGH_SERVICES - set(core_modules_used_by_ui())
    assert stale == set(), "no longer imported by ui: delete from UI_CORE_NOT_YET_THROUGH_SERVICES"


# -- guards: every rule can fail ----------------------------------------------------------------
def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_checker_reads_plain_relative_and_nested_imports(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "sync/__init__.py": "",
            "sync/client.py": "",
            "sync/server/__init__.py": "",
            "sync/server/app.py": (
                "import PySide6.QtCore\n"
                "from ..client import Engine\n"
                "from .. import client\n"
                "def later():\n"
                "    from ui.app import run\n"
            ),
        },
    )
    assert imported_modules(root / "sync/server/app.py", root) == {
        "PySide6.QtCore",
        "sync",
        "sync.client",
        "ui.app",
    }


def test_the_desktop_rule_sees_a_breach(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"desktop/x.py": "import PySide6.QtCore\nfrom sync import client\n"})
    assert scan(RULES["desktop"], root) == (
        1,
        ["desktop/x.py imports PySide6.QtCore", "desktop/x.py imports sync"],
    )


def test_the_sync_server_rule_sees_a_breach(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "sync/client.py": "",
            "sync/server/x.py": (
                "from sync.protocol import WireOp\nfrom sync.server.db import ops\n"
                "from sync.client import SyncEngine\nfrom desktop.errors import VaultError\n"
            ),
        },
    )
    assert scan(RULES["sync/server"], root)[1] == [
        "sync/server/x.py imports desktop.errors",
        "sync/server/x.py imports sync.client",
    ]


def test_the_sync_client_rule_sees_a_breach(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "sync/client.py": "import shiboken6\nfrom sync.server.db import ops\nfrom ui import app\n",
            "sync/server/x.py": "import PySide6\n",  # the server's own rule covers it
        },
    )
    assert scan(RULES["sync"], root) == (
        1,
        [
            "sync/client.py imports shiboken6",
            "sync/client.py imports sync.server.db",
            "sync/client.py imports ui",
        ],
    )


def test_the_ui_rules_see_a_breach(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "sync/__init__.py": "",
            "sync/protocol.py": "",
            "ui/x.py": "from sync import protocol\nfrom desktop.store.projection import P\n",
        },
    )
    assert scan(RULES["ui"], root)[1] == ["ui/x.py imports sync", "ui/x.py imports sync.protocol"]
    assert _is_core_internal("desktop.store.projection")
    assert not _is_core_internal("desktop.cases.service")
    assert core_modules_used_by_ui(root) == {"desktop.store.projection": ["ui/x.py"]}


def test_a_missing_package_scans_nothing(tmp_path: Path) -> None:
    # What test_each_rule_scans_its_package catches: a rule pointed at a folder that moved.
    assert scan(RULES["sync/server"], tmp_path) == (0, [])


# -- the store's locks and connections stay inside desktop/store (issue 14, points 1 and 2) -----
# Outside the store nobody takes its locks or reads its connections; the UI and sync also never
# read the projection directly (the vault's readers and the services do, under the lock).
STORE_INTERNALS_OUTSIDE_STORE = frozenset({"conn", "store_lock"})
STORE_INTERNALS_FOR_UI_AND_SYNC = frozenset({"conn", "store_lock", "_lock", "projection"})
# Known breaches, each to be deleted as it moves behind a vault accessor (the test below fails
# when an entry is no longer needed).
STORE_ATTRIBUTES_NOT_YET_PRIVATE: frozenset[str] = frozenset()


def attribute_uses(path: Path, names: frozenset[str]) -> set[str]:
    """The attributes among ``names`` that ``path`` reads or writes on anything (``x.name``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr in names}


def store_attribute_breaches(root: Path = ROOT) -> set[str]:
    found = set()
    for folder, names in (("ui", STORE_INTERNALS_FOR_UI_AND_SYNC),
                          ("sync", STORE_INTERNALS_FOR_UI_AND_SYNC),
                          ("desktop", STORE_INTERNALS_OUTSIDE_STORE)):  # fmt: skip
        for path in sorted((root / folder).rglob("*.py")):
            if path.is_relative_to(root / "desktop" / "store"):
                continue
            found.update(f"{path.relative_to(root)}: .{a}" for a in attribute_uses(path, names))
    return found


def test_store_locks_and_connections_stay_inside_the_store() -> None:
    assert store_attribute_breaches() - STORE_ATTRIBUTES_NOT_YET_PRIVATE == set()


def test_store_attribute_exceptions_are_still_needed() -> None:
    assert STORE_ATTRIBUTES_NOT_YET_PRIVATE - store_attribute_breaches() == set()


def test_the_attribute_scan_sees_a_breach(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "ui/x.py": "def f(vault):\n    with vault.store_lock:\n        vault.projection.get()\n",
            "sync/y.py": "s._lock.acquire()\n",
            "desktop/z.py": "v.conn.execute('')\nv.projection\n",
            "desktop/store/ok.py": "self.conn.execute('')\n",
        },
    )
    assert store_attribute_breaches(root) == {
        "ui/x.py: .store_lock",
        "ui/x.py: .projection",
        "sync/y.py: ._lock",
        "desktop/z.py: .conn",
    }
