"""No import loops among first-party modules (issue 14, point 8).

The graph has an edge from a module to every first-party module it imports, wherever the
import is written: at module level *and* inside functions (a loop hidden in a function is
still a loop: the two modules cannot be understood, tested or moved apart).  Imports under
``if TYPE_CHECKING:`` count too, by choice: they never run, but a module written in terms
of another's types depends on it all the same, and issue 14 names such a loop
(``store/format.py`` -> ``sync_state.py`` -> ``vault.py``, closed by a TYPE_CHECKING
import).  Today that is the only TYPE_CHECKING import in the code, so the rule costs
nothing; share a type through a third module (or a Protocol) instead.

``from pkg import name`` is an edge to ``pkg.name`` when that is a module, else to ``pkg``.
Parent packages are not added as edges of their own (``import a.b.c`` runs ``a/__init__``
too, but our ``__init__`` files are plain, and counting them would only add noise).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("desktop", "ui", "sync")

# The loops that exist today, each being removed on its own branch of issue 14.  Delete an
# entry when its fix lands (the lead empties this after merging); a loop not listed here
# fails the test, and so does an entry that no longer matches a loop.
KNOWN_LOOPS: frozenset[frozenset[str]] = frozenset()


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str, root: Path) -> bool:
    base = root.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def _import_statements(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement, at any depth (functions, classes, TYPE_CHECKING blocks)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node


def imports_of(path: Path, root: Path, packages: tuple[str, ...]) -> set[str]:
    """The first-party modules ``path`` imports."""
    here = module_name(path, root).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: set[str] = set()
    for node in _import_statements(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            continue
        if node.level:
            anchor = package[: len(package) - (node.level - 1)]
            base = ".".join([*anchor, *([node.module] if node.module else [])])
        else:
            base = node.module or ""
        for alias in node.names:
            sub = f"{base}.{alias.name}"
            found.add(sub if _is_module(sub, root) else base)
    return {name for name in found if name.split(".")[0] in packages and _is_module(name, root)}


def import_graph(root: Path, packages: tuple[str, ...]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            name = module_name(path, root)
            graph[name] = imports_of(path, root, packages) - {name}
    return graph


def loops(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.add(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _describe(loop: frozenset[str]) -> str:
    return " <-> ".join(sorted(loop))


def test_the_graph_covers_every_package() -> None:
    graph = import_graph(ROOT, PACKAGES)
    for package in PACKAGES:
        assert sum(name.split(".")[0] == package for name in graph) >= 3, package
    assert any(graph.values()), "no imports found at all: the parser is broken"


def test_no_import_loops_outside_the_known_ones() -> None:
    found = loops(import_graph(ROOT, PACKAGES))
    new = sorted(_describe(loop) for loop in found - KNOWN_LOOPS)
    assert new == [], "break these import loops (move the shared part into its own module)"


def test_every_known_loop_still_exists() -> None:
    # A fixed loop, or one that grew or shrank, must update KNOWN_LOOPS.
    found = loops(import_graph(ROOT, PACKAGES))
    gone = sorted(_describe(loop) for loop in KNOWN_LOOPS - found)
    assert gone == [], "these loops are gone or changed: delete or update their KNOWN_LOOPS entry"


# -- guards: the detector can find a loop ---------------------------------------------------------
def _package(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_detector_finds_a_loop_hidden_in_a_function(tmp_path: Path) -> None:
    _package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "from pkg import b\n",
            "pkg/b.py": "from pkg.c import thing\n",
            "pkg/c.py": "def later():\n    from . import a\n",
            "pkg/d.py": "import pkg.a\n",  # reaches the loop but is not part of it
        },
    )
    graph = import_graph(tmp_path, ("pkg",))
    assert graph["pkg.c"] == {"pkg.a"}
    assert loops(graph) == {frozenset({"pkg.a", "pkg.b", "pkg.c"})}


def test_type_checking_imports_count(tmp_path: Path) -> None:
    _package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "from pkg import b\n",
            "pkg/b.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from pkg import a\n"
                "else:\n    import json\n"
            ),
        },
    )
    graph = import_graph(tmp_path, ("pkg",))
    assert graph == {"pkg": set(), "pkg.a": {"pkg.b"}, "pkg.b": {"pkg.a"}}
    assert loops(graph) == {frozenset({"pkg.a", "pkg.b"})}
