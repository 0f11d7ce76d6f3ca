"""Line-break opportunities and grapheme clusters from ICU.

ICU's line iterator knows the kinsoku rules of Japanese and Chinese and finds
word boundaries in Thai, Khmer, Lao and Burmese with its dictionaries, which
have no spaces between words.  Iterators are expensive to build and not thread
safe, so each thread keeps one per language.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

import icu

_LOCAL = threading.local()


def _iterator(kind: str, lang: str) -> Any:
    cache: dict[tuple[str, str], Any] | None = getattr(_LOCAL, "cache", None)
    if cache is None:
        cache = _LOCAL.cache = {}
    it = cache.get((kind, lang))
    if it is None:
        locale = icu.Locale(lang)
        if kind == "line":
            it = icu.BreakIterator.createLineInstance(locale)
        else:
            it = icu.BreakIterator.createCharacterInstance(locale)
        cache[(kind, lang)] = it
    return it


def _to_python_offsets(text: str, offsets: list[int]) -> list[int]:
    """ICU counts UTF-16 code units; Python counts code points."""
    if all(ord(ch) <= 0xFFFF for ch in text):
        return offsets
    index: dict[int, int] = {}
    unit = 0
    for i, ch in enumerate(text):
        index[unit] = i
        unit += 2 if ord(ch) > 0xFFFF else 1
    index[unit] = len(text)
    return [index[o] for o in offsets if o in index]


def _boundaries(kind: str, text: str, lang: str) -> tuple[int, ...]:
    it = _iterator(kind, lang)
    it.setText(text)
    offsets = [int(o) for o in it]
    return tuple(o for o in _to_python_offsets(text, offsets) if o > 0)


@lru_cache(maxsize=4096)
def line_breaks(text: str, lang: str) -> tuple[int, ...]:
    """Offsets where a line may break (the end of the text included)."""
    if not text:
        return ()
    return _boundaries("line", text, lang)


@lru_cache(maxsize=4096)
def grapheme_breaks(text: str, lang: str) -> tuple[int, ...]:
    """Offsets between user-perceived characters (the end included)."""
    if not text:
        return ()
    return _boundaries("char", text, lang)
