"""The Japanese interface is complete, compiles, loads, and keeps placeholders and mnemonics.

Uses build/translations.py (the same lupdate options as ``update``), so a UI string added
without a Japanese translation fails here with the list of what is missing.  To fix:
``python build/translations.py update``, translate, see docs/translations.md.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "madoguchi_build_translations", ROOT / "build" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


tool = _load_tool()

_PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[A-Za-z0-9_]*(?:[:!][^{}]*)?\}")  # %1, {0}, {score:.0%}


def _describe(message: object) -> str:
    return f"  {message.context}: {message.source!r}"  # type: ignore[attr-defined]


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Qt's mnemonic), ignoring '&&' (a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1]
        i += 1
    return None


@pytest.fixture(scope="module")
def committed_ja() -> dict[tuple[str, str, str], object]:
    return {m.key: m for m in tool.read_ts(tool.ts_path("ja"))}


def test_every_ui_string_has_a_japanese_translation(
    committed_ja: dict[tuple[str, str, str], object],
) -> None:
    extracted = tool.fresh_messages("ja")  # lupdate over ui/ into a new temporary file
    assert extracted, "lupdate found no translatable strings under ui/"
    missing = [
        m
        for m in extracted
        if m.key not in committed_ja or not committed_ja[m.key].translated  # type: ignore[attr-defined]
    ]
    assert not missing, (
        f"{len(missing)} UI string(s) have no finished Japanese translation in "
        "resources/translations/madoguchi_ja.ts (run `python build/translations.py update`, "
        "translate them, see docs/translations.md):\n" + "\n".join(map(_describe, missing))
    )


@pytest.fixture
def compiled(tmp_path: Path) -> Iterator[dict[str, Path]]:
    out = {}
    for language in ("ja", "en"):
        qm = tmp_path / f"madoguchi_{language}.qm"
        tool.lrelease(tool.ts_path(language), qm)
        assert qm.stat().st_size > 0
        out[language] = qm
    yield out


def _install(path: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(path)), path
    QCoreApplication.installTranslator(translator)
    return translator


def test_compiled_japanese_translates_the_interface(
    qapp: object, compiled: dict[str, Path]
) -> None:
    translator = _install(compiled["ja"])
    try:
        unlock = QCoreApplication.translate("UnlockPage", "&Unlock")
        assert unlock != "&Unlock"
        assert "(&U)" in unlock
        assert "ロック" in unlock
        numerus = [m for m in tool.read_ts(tool.ts_path("ja")) if m.numerus]
        if numerus:  # %n is filled in from the Japanese (single) plural form
            m = numerus[0]
            text = QCoreApplication.translate(m.context, m.source, m.comment or None, 7)
            assert text == m.translations[0].replace("%n", "7")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("UnlockPage", "&Unlock") == "&Unlock"


def test_compiled_english_has_plural_forms(qapp: object, compiled: dict[str, Path]) -> None:
    numerus = [m for m in tool.read_ts(tool.ts_path("en")) if m.numerus]
    if not numerus:
        pytest.skip("no %n messages in the interface")
    translator = _install(compiled["en"])
    try:
        for m in numerus:
            one = QCoreApplication.translate(m.context, m.source, m.comment or None, 1)
            many = QCoreApplication.translate(m.context, m.source, m.comment or None, 3)
            assert one == m.translations[0].replace("%n", "1"), m.source
            assert many == m.translations[1].replace("%n", "3"), m.source
    finally:
        QCoreApplication.removeTranslator(translator)


def test_placeholders_and_mnemonics_survive_translation() -> None:
    problems = []
    for language in ("ja", "en"):
        for m in tool.read_ts(tool.ts_path(language)):
            if not m.translated:
                continue
            want = Counter(_PLACEHOLDER.findall(m.source))
            letter = _mnemonic(m.source)
            for text in m.translations:
                got = Counter(_PLACEHOLDER.findall(text))
                # a numerus form may leave out %n ("one case"), never add or lose others
                if m.numerus:
                    got.pop("%n", None)
                    want_here = Counter({k: v for k, v in want.items() if k != "%n"})
                else:
                    want_here = want
                if got != want_here:
                    problems.append(
                        f"{language} {m.context}: {m.source!r} -> {text!r}: placeholders"
                    )
                found = _mnemonic(text)
                if (letter or "").casefold() != (found or "").casefold():
                    problems.append(
                        f"{language} {m.context}: {m.source!r} -> {text!r}: mnemonic "
                        f"{letter!r} became {found!r}"
                    )
                elif (
                    letter
                    and language == "ja"
                    and not text.isascii()
                    and f"(&{letter.upper()})" not in text
                ):
                    # Japanese style: the Latin letter in brackets after the text, "ロック解除(&U)"
                    problems.append(
                        f"ja {m.context}: {m.source!r} -> {text!r}: write the mnemonic "
                        f"as (&{letter.upper()})"
                    )
    assert not problems, "\n".join(problems)
