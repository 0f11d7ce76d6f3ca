"""Every error code the core and the sync client can raise, read from their source (AST).

Used by tests/ui/test_error_texts.py.  A code is found as a class attribute
``code = "…"`` or a ``code=…`` keyword of a call, in desktop/ and sync/ (and ui/, which
raises a core error of its own now and then; the sync
server's own tree, sync/server/, is left out: its errors go to the administrator's
terminal and reach the window only through the client's SyncError).  ``code=NAME`` is
resolved through the module-level string constants; an f-string code must be listed in
``F_STRING_CODES`` with what it can become, so a new one fails until it is.

Each raise site is kept with the names of its params (keywords, plus the positional
parts ImportRowError and ExhibitError put into params), so a template can be rendered
with exactly what each site passes.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE_FOLDERS = ("desktop", "sync", "ui")  # ui/ raises a few core errors itself
LEFT_OUT = ("sync/server/",)

F_STRING_CODES = {
    "f\"vault.wrong_{what.replace(' ', '_')}\"": (
        "vault.wrong_passphrase",
        "vault.wrong_recovery_key",
        "vault.wrong_device_key",
    ),
    "f'vault.corrupt.{slot}_slot'": (
        "vault.corrupt.passphrase_slot",
        "vault.corrupt.recovery_slot",
        "vault.corrupt.device_slot",
    ),
}
# Calls that pass a code through (a constructor's own ``code`` argument, a Refusal's).
PASS_THROUGH = frozenset({"self.code"})
CODE = re.compile(r"[a-z_]+(\.[a-z_]+)+")  # docs/errors.md
POSITIONAL_PARAMS = {
    "ImportRowError": ("row", "column", "problem"),
    "ExhibitError": ("label",),
    "ExhibitPasswordError": ("label",),
}


@dataclass(frozen=True)
class RaiseSite:
    code: str
    where: str
    params: tuple[str, ...]


def _files() -> list[Path]:
    found = []
    for folder in SOURCE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if not relative.startswith(LEFT_OUT):
                found.append(path)
    return found


def _trees() -> list[tuple[str, ast.Module]]:
    return [(p.relative_to(ROOT).as_posix(), ast.parse(p.read_text("utf-8"))) for p in _files()]


def _string(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _class_codes(trees: list[tuple[str, ast.Module]]) -> dict[str, str]:
    codes = {}
    for _, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for stmt in node.body:
                    if (
                        isinstance(stmt, ast.Assign)
                        and any(isinstance(t, ast.Name) and t.id == "code" for t in stmt.targets)
                        and _string(stmt.value) is not None
                    ):
                        codes[node.name] = str(_string(stmt.value))
    return codes


def _code_carriers(trees: list[tuple[str, ast.Module]]) -> set[str]:
    """Classes with a ``code: str`` field (devicekey's Refusal): they hand a code on."""
    return {
        node.name
        for _, tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(
            isinstance(s, ast.AnnAssign)
            and isinstance(s.target, ast.Name)
            and s.target.id == "code"
            for s in node.body
        )
    }


def _constants(trees: list[tuple[str, ast.Module]]) -> dict[str, str]:
    constants = {}
    for _, tree in trees:
        for stmt in tree.body:
            if isinstance(stmt, ast.Assign) and _string(stmt.value) is not None:
                for target in stmt.targets:
                    if isinstance(target, ast.Name):
                        constants[target.id] = str(_string(stmt.value))
    return constants


def _resolve(node: ast.expr, constants: dict[str, str]) -> tuple[str, ...]:
    text = _string(node)
    if text is not None:
        return (text,)
    if isinstance(node, ast.Name) and node.id in constants:
        return (constants[node.id],)
    source = ast.unparse(node)
    if source in F_STRING_CODES:
        return F_STRING_CODES[source]
    if source in PASS_THROUGH:
        return ()
    raise AssertionError(f"cannot tell which code {source!r} is: add it to F_STRING_CODES")


def raise_sites() -> list[RaiseSite]:
    """Every construction of an error class with the code it gets."""
    trees = _trees()
    classes, constants = _class_codes(trees), _constants(trees)
    carriers = _code_carriers(trees)
    sites = []
    for path, tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            code_kw = next((k for k in node.keywords if k.arg == "code"), None)
            if name not in classes:
                if name not in carriers:
                    continue
                # A data field called code, or super().__init__(code=code), is no raise
                # site; a code constant handed on is (devicekey's Refusal(NO_KEYRING, …)).
                for arg in [*node.args, *(k.value for k in node.keywords if k.arg == "code")]:
                    if isinstance(arg, ast.Name) and CODE.fullmatch(constants.get(arg.id, "")):
                        sites.append(RaiseSite(constants[arg.id], f"{path}:{node.lineno}", ()))
                continue
            if code_kw is not None:
                codes = _resolve(code_kw.value, constants)
            else:
                codes = (classes[str(name)],)
            params = [k.arg for k in node.keywords if k.arg not in (None, "code")]
            params += POSITIONAL_PARAMS.get(str(name), ())
            for code in codes:
                sites.append(RaiseSite(code, f"{path}:{node.lineno}", tuple(sorted(params))))
    return sites


def every_code() -> set[str]:
    """Every code: each class's default and each code a raise site gives."""
    return set(_class_codes(_trees()).values()) | {site.code for site in raise_sites()}
