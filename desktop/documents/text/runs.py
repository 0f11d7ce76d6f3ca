"""Font runs by glyph coverage: which shipped font draws each character.

Text is cut into clusters (a base character with its combining marks, joiners
and, after a virama or coeng, the consonant it stacks), so a cluster never
splits across fonts.  A cluster whose script has a font of its own (Latin →
Noto Sans, Han → IPAex/Droid by language, Khmer → Noto Sans Khmer, ...) goes
there if that font has every glyph; script-neutral clusters (spaces, digits,
punctuation) join the run around them; anything else takes the first font, in
the language's preference order, that covers it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import icu

from desktop.documents.text.fonts import (
    SCRIPT_FONT,
    coverage,
    han_key,
    latin_key,
    preference,
)

#: Viramas and the Khmer coeng: the consonant after one stacks into the same cluster.
#: (ZWJ is not here: it may sit between scripts, and same-script neighbours share a run.)
_JOIN_NEXT = {"\u094d", "\u09cd", "\u0dca", "\u1039", "\u17d2"}
#: Zero-width format characters: never missing, dropped where a font lacks them.
_IGNORABLE_CATEGORIES = {"Cf"}
_NEUTRAL_SCRIPTS = {"Zyyy", "Zinh", "Zzzz"}


@lru_cache(maxsize=8192)
def script_code(ch: str) -> str:
    """ICU short script name of a character ("Latn", "Thai", "Zyyy" for common)."""
    return str(icu.Script.getScript(ord(ch)).getShortName())


@lru_cache(maxsize=8192)
def _joins_previous(ch: str) -> bool:
    if unicodedata.category(ch) in ("Mn", "Mc", "Me"):
        return True
    code = ord(ch)
    return (
        ch in ("\u200c", "\u200d")
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF
        or 0x1160 <= code <= 0x11FF
    )


def is_ignorable(ch: str) -> bool:
    """Default-ignorable format characters (ZWJ, ZWNJ, ZWSP, word joiner, BOM...)."""
    code = ord(ch)
    return (
        unicodedata.category(ch) in _IGNORABLE_CATEGORIES
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


def clusters(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cluster used for font choice."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text):
            bounds.append((start, i))
        elif not (_joins_previous(text[i]) or text[i - 1] in _JOIN_NEXT):
            bounds.append((start, i))
            start = i
    return bounds if text else []


def _cluster_script(cluster: str) -> str:
    for ch in cluster:
        code = script_code(ch)
        if code not in _NEUTRAL_SCRIPTS:
            return code
    return "Zyyy"


def _script_font(script: str, lang: str, serif: bool, bold: bool) -> str | None:
    if script in ("Latn", "Cyrl", "Grek"):
        return latin_key(serif, bold)
    if script in ("Hani", "Bopo"):
        return han_key(lang, serif)
    if script in ("Hira", "Kana"):
        return han_key("ja", serif) if lang != "zh" else "zh"
    return SCRIPT_FONT.get(script)


def _covers(key: str, cluster: str) -> bool:
    cov = coverage(key)
    return all(ord(ch) in cov or is_ignorable(ch) for ch in cluster)


def _by_order(cluster: str, order: tuple[str, ...]) -> str:
    for key in order:
        if _covers(key, cluster):
            return key
    # Nothing draws the whole cluster: keep it in the font that draws its base.
    for key in order:
        if ord(cluster[0]) in coverage(key):
            return key
    return order[0]


@dataclass(frozen=True)
class Run:
    """``text[start:end]`` is drawn with font ``key``."""

    start: int
    end: int
    key: str


@lru_cache(maxsize=4096)
def font_runs(text: str, lang: str, serif: bool, bold: bool) -> tuple[Run, ...]:
    """Split ``text`` into maximal runs of one font each."""
    order = preference(lang, serif, bold)
    parts = clusters(text)
    keys: list[str | None] = []
    for start, end in parts:
        cluster = text[start:end]
        script = _cluster_script(cluster)
        if script in _NEUTRAL_SCRIPTS:
            keys.append(None)  # decided by its neighbours below
            continue
        preferred = _script_font(script, lang, serif, bold)
        if preferred is not None and _covers(preferred, cluster):
            keys.append(preferred)
        else:
            keys.append(_by_order(cluster, order))
    # Neutral clusters join the previous run, else the next one, else the order.
    following: list[str | None] = [None] * len(keys)
    nxt: str | None = None
    for i in range(len(keys) - 1, -1, -1):
        following[i] = nxt
        if keys[i] is not None:
            nxt = keys[i]
    resolved: list[str] = []
    for i, (start, end) in enumerate(parts):
        own = keys[i]
        if own is None:
            cluster = text[start:end]
            prev = resolved[-1] if resolved else None
            nxt = following[i]
            if prev is not None and _covers(prev, cluster):
                own = prev
            elif nxt is not None and _covers(nxt, cluster):
                own = nxt
            else:
                own = _by_order(cluster, order)
        resolved.append(own)
    runs: list[Run] = []
    for (start, end), key in zip(parts, resolved, strict=True):
        if runs and runs[-1].key == key:
            runs[-1] = Run(runs[-1].start, end, key)
        else:
            runs.append(Run(start, end, key))
    return tuple(runs)


def missing(text: str, lang: str, serif: bool, bold: bool) -> set[str]:
    """Characters the chosen font of their cluster cannot draw."""
    out: set[str] = set()
    for run in font_runs(text, lang, serif, bold):
        cov = coverage(run.key)
        for ch in text[run.start : run.end]:
            if ord(ch) not in cov and not is_ignorable(ch) and ch not in "\n":
                out.add(ch)
    return out
