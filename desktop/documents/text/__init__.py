"""Text layout for every generated document: the one way text reaches a PDF page.

``paragraph`` and ``draw_text`` take plain text in any of the supported languages
and draw it with the right fonts: each character goes to the first shipped font
(in a language-aware order) that has its glyph, complex scripts are shaped with
HarfBuzz and wrapped in ActualText, and lines break where ICU allows (dictionary
word boundaries for Thai, Khmer and Burmese, kinsoku for Japanese and Chinese).
See docs/fonts-and-text.md.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from reportlab.platypus import Flowable

from desktop.documents.text.breaking import line_breaks
from desktop.documents.text.fonts import FONT_DIR, base_lang, make_default
from desktop.documents.text.layout import Line, Setting, layout_line
from desktop.documents.text.render import draw_line
from desktop.documents.text.runs import missing, script_code

__all__ = [
    "FONT_DIR",
    "Style",
    "TextBlock",
    "draw_text",
    "missing_glyphs",
    "paragraph",
    "register_fonts",
    "script_of",
    "text_width",
]

make_default()

Align = Literal["left", "center", "right", "justify"]
Anchor = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Style:
    """How a piece of text looks.  ``lang`` is a language code such as "ja", "vi", "my"."""

    size: float = 10.5
    leading: float | None = None
    bold: bool = False
    serif: bool = False
    align: Align = "left"
    lang: str | None = None
    space_before: float = 0
    space_after: float = 0
    keep_with_next: bool = False  # a heading: never the last thing on a page

    @property
    def line_height(self) -> float:
        """Distance between baselines (1.5 × size unless ``leading`` is set)."""
        return self.leading if self.leading is not None else self.size * 1.5


def register_fonts() -> None:
    """Make the embedded Noto Sans the canvas default (idempotent).

    The other shipped fonts are registered when a run of text first needs them
    (``fonts.font``): parsing all fourteen costs about 2 s of a cold start, and a
    Japanese letter uses three or four of them.  ``fonts.register_all`` loads them all.
    """
    make_default()


@lru_cache(maxsize=256)
def _setting(style: Style, wrap: bool = True) -> Setting:
    lang = base_lang(style.lang)
    return Setting(
        size=style.size,
        leading=style.line_height,
        lang=lang,
        icu_lang=lang,
        serif=style.serif,
        bold=style.bold,
        align=style.align if wrap else "left",
    )


_SPACES_KEPT = {" ", "\u00a0", "\u3000"}


@lru_cache(maxsize=4096)
def _clean(text: str) -> str:
    """Normalise line ends; odd spaces become plain spaces; control characters go."""
    text = text.replace("\r\n", "\n")
    out: list[str] = []
    for ch in text:
        if ch in "\r\u2028\u2029\n":
            out.append("\n")
            continue
        cat = unicodedata.category(ch)
        if ch == "\t" or (cat == "Zs" and ch not in _SPACES_KEPT):
            out.append(" ")
        elif cat != "Cc":
            out.append(ch)
    return "".join(out)


def _spans(text: str, names: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """(start, end) of every occurrence of each name in ``text``."""
    out: list[tuple[int, int]] = []
    for name in names:
        if not name:
            continue
        start = text.find(name)
        while start >= 0:
            out.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    return tuple(sorted(out))


# Shaping and breaking a line is most of the time spent drawing a document's text, and the
# same lines come back: headings, labels, the parties' names, and every line of a bundle
# rebuilt after one exhibit changed.  The result depends only on these arguments (a frozen
# Setting, the spans as a tuple) and nothing changes a Line once laid out, so the lines are
# shared between the documents a process makes.
_layout_line = lru_cache(maxsize=8192)(layout_line)


def _layout(
    text: str, width: float | None, style: Style, names: tuple[str, ...] = ()
) -> list[tuple[int, Line]]:
    """(offset of the hard line in ``text``, line) for every line of ``text``."""
    setting = _setting(style, width is not None)
    out: list[tuple[int, Line]] = []
    offset = 0
    for hard in text.split("\n"):
        lines = _layout_line(hard, width, setting, _spans(hard, names))
        out.extend((offset, line) for line in lines)
        offset += len(hard) + 1
    return out


class TextBlock(Flowable):  # type: ignore[misc]
    """A wrapping paragraph of plain text (what :func:`paragraph` returns)."""

    def __init__(
        self,
        text: str,
        style: Style,
        _lines: tuple[float, list[tuple[int, Line]]] | None = None,
        names: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self.text = _clean(text)
        self.style = style
        self.names = tuple(_clean(n).strip() for n in names if n and n.strip())
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self.keepWithNext = style.keep_with_next  # reportlab's own attribute name
        self._laid = _lines  # set when this block is the first half of a split

    def _lines(self, width: float) -> list[tuple[int, Line]]:
        if self._laid is None or abs(self._laid[0] - width) > 1e-6:
            self._laid = (width, _layout(self.text, width, self.style, self.names))
        return self._laid[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._lines(availWidth)
        self.width = availWidth
        self.height = sum(line.height for _, line in lines)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._lines(availWidth)
        used, fit = 0.0, 0
        for _, line in lines:
            if used + line.height > availHeight + 1e-6:
                break
            used += line.height
            fit += 1
        if fit == 0:
            return []
        if fit == len(lines):
            return [self]
        offset, first_rest = lines[fit]
        cut = offset + first_rest.start
        head = Style(**{**self.style.__dict__, "space_after": 0})
        tail = Style(**{**self.style.__dict__, "space_before": 0})
        return [
            TextBlock(self.text[:cut].removesuffix("\n"), head,
                      (availWidth, lines[:fit]), self.names),
            TextBlock(self.text[cut:], tail, names=self.names),
        ]  # fmt: skip

    def line_spans(self, width: float) -> list[tuple[int, int, float]]:
        """(start, end, width) of each line set in ``width`` points; offsets into ``text``."""
        return [(off + line.start, off + line.end, line.width) for off, line in self._lines(width)]

    def minWidth(self) -> float:
        """Width of the widest unbreakable piece (for tables that size columns)."""
        widest = 0.0
        for hard in self.text.split("\n"):
            start = 0
            for end in line_breaks(hard, _setting(self.style).icu_lang):
                widest = max(widest, text_width(hard[start:end].rstrip(), self.style))
                start = end
        return widest

    def draw(self) -> None:
        top = self.height
        for _, line in self._lines(self.width):
            draw_line(self.canv, 0.0, top - line.ascent, line, self.style.size, self.style.bold)
            top -= line.height


def paragraph(text: str, style: Style = Style(), *, names: Sequence[str] = ()) -> Flowable:
    """A flowable paragraph that wraps ``text`` (plain text; newlines are line breaks).

    Each of ``names`` (a person's or an organisation's name) is kept whole on one line
    wherever it occurs: ICU would break a Japanese name between any two kanji, and in a
    Thai or Khmer sentence wherever its dictionary guesses a word ends.  Only a name
    wider than the whole line is still cut (at a grapheme boundary).
    """
    return TextBlock(text, style, names=tuple(names))


def _one_line(text: str, style: Style) -> Line:
    lines = _layout(_clean(text).replace("\n", " "), None, style)
    return lines[0][1]


def text_width(text: str, style: Style = Style()) -> float:
    """Width in points of ``text`` set on one line."""
    return _one_line(text, style).width


def draw_text(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    style: Style = Style(),
    anchor: Anchor = "left",
) -> float:
    """Draw one line of ``text`` with its baseline at ``y``; returns its width."""
    line = _one_line(text, style)
    left = {"left": x, "center": x - line.width / 2, "right": x - line.width}[anchor]
    draw_line(canvas, left, y, line, style.size, style.bold)
    return line.width


def missing_glyphs(text: str, lang: str | None = None, *, style: Style | None = None) -> set[str]:
    """Characters of ``text`` that no shipped font would draw (tofu), for ``lang``.

    Exact: it asks the same font-run split that drawing uses.  Whitespace and
    zero-width format characters are never missing.
    """
    style = style or Style(lang=lang)
    if lang is not None and style.lang != lang:
        style = Style(**{**style.__dict__, "lang": lang})
    setting = _setting(style)
    out: set[str] = set()
    for hard in _clean(text).split("\n"):
        out |= missing(hard, setting.lang, setting.serif, setting.bold)
    return {ch for ch in out if not ch.isspace()}


def script_of(text: str) -> str:
    """The first specific script of ``text`` as an ICU short name ("Latn", "Mymr")."""
    for ch in text:
        code = script_code(ch)
        if code not in ("Zyyy", "Zinh", "Zzzz"):
            return code
    return "Zyyy"
