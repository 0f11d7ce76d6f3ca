"""Country and language names in the interface language, from CLDR (babel).

The core stores ISO codes (nationality ``VN``, languages ``vi``); people read names.
Qt's QLocale only names a territory in English or in its own language, so the names
come from babel's CLDR data, in the language QLocale's default (set at start by
ui.app.install_translators) says the interface speaks.  An unknown code is shown as
stored: a code the counselor typed is still better than nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QLocale

__all__ = ["country_choices", "country_name", "language_choices", "language_name", "languages_text"]


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


# Where most workers the desk meets come from, and the languages they read: first in the
# lists, so the usual choice is a click away; the rest follow by name.
_COMMON_COUNTRIES = ("VN", "PH", "ID", "NP", "MM", "CN", "KH", "TH", "LK", "BD", "MN")
_COMMON_LANGUAGES = ("ja", "vi", "tl", "id", "ne", "my", "zh", "km", "th", "si", "bn", "mn", "en")


def _choices(names: dict[str, str], common: tuple[str, ...]) -> list[tuple[str, str]]:
    rest = sorted((name, code) for code, name in names.items() if code not in common)
    return [(code, names[code]) for code in common if code in names] + [
        (code, name) for name, code in rest
    ]


_NOT_COUNTRIES = ("ZZ", "XA", "XB", "EU", "EZ", "UN", "QO")


def country_choices() -> list[tuple[str, str]]:
    """(ISO 3166 code, name) for every country CLDR names, common ones first."""
    territories = _ui_locale().territories
    names = {
        code: str(name) for code, name in territories.items() if re.fullmatch("[A-Z]{2}", code)
    }
    # Two-letter codes that are not countries: unknown region, CLDR's pseudo-locales
    # ("疑似アクセント"), the EU, the euro area, the UN and outlying Oceania.
    for code in _NOT_COUNTRIES:
        names.pop(code, None)
    return _choices(names, _COMMON_COUNTRIES)


def language_choices() -> list[tuple[str, str]]:
    """(ISO 639-1 code, name) for every two-letter language CLDR names, common ones first."""
    languages = _ui_locale().languages
    names = {code: str(name) for code, name in languages.items() if re.fullmatch("[a-z]{2}", code)}
    return _choices(names, _COMMON_LANGUAGES)
