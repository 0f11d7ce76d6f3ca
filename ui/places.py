"""Country and language names in the interface language, from CLDR (babel).

The core stores ISO codes (nationality ``VN``, languages ``vi``); people read names.
Qt's QLocale only names a territory in English or in its own language, so the names
come from babel's CLDR data, in the language QLocale's default (set at start by
ui.app.install_translators) says the interface speaks.  An unknown code is shown as
stored: a code the counselor typed is still better than nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QLocale

__all__ = ["country_name", "language_name", "languages_text"]


@lru_cache(maxsize=8)
def _cldr(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def _ui_locale() -> Locale:
    return _cldr(QLocale().name().split("_")[0] or "en")


def country_name(code: str) -> str:
    """``VN`` → ベトナム (Japanese interface) or Vietnam (English)."""
    text = str(code or "").strip()
    if not text:
        return ""
    return str(_ui_locale().territories.get(text.upper(), text))


def language_name(code: str) -> str:
    """``vi`` → ベトナム語 / Vietnamese; ``ja-easy`` (やさしい日本語) keeps its base name."""
    text = str(code or "").strip()
    if not text:
        return ""
    names = _ui_locale().languages
    key = text.replace("-", "_")
    if key in names:
        return str(names[key])
    base = key.split("_")[0].lower()
    return str(names.get(base, text))


def languages_text(codes: Iterable[object] | object) -> str:
    """A list of language codes as names joined the way the interface joins lists."""
    if isinstance(codes, str) or not isinstance(codes, Iterable):
        codes = [codes] if codes else []
    return ", ".join(language_name(str(c)) for c in codes if c)
