"""Measuring pieces of text: HarfBuzz for complex scripts, plain advances otherwise.

We shape with uharfbuzz ourselves instead of reportlab's ``shaping=1`` path:
that path crashes when one word mixes fonts, misplaces the baseline after
Khmer subscripts (it shifts a text rise per cluster), enables ``dlig`` (which
mangles Japanese) and leaves no way to add ActualText.  Only the six complex
scripts are shaped; Latin, Cyrillic and CJK are drawn from the cmap, which keeps
their text extractable character for character.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from desktop.documents.text.fonts import FONTS, coverage, font, shaping_font
from desktop.documents.text.runs import is_ignorable


@dataclass(frozen=True)
class Glyph:
    """One positioned glyph, in font units."""

    gid: int
    x_advance: int
    x_offset: int
    y_offset: int


@dataclass
class Piece:
    """Text in one font, measured at a size; ``x`` is set when a line is laid out."""

    key: str
    text: str  # the source text (ActualText of a shaped piece)
    drawn: str  # what an unshaped piece draws (ignorables the font lacks removed)
    width: float
    glyphs: tuple[Glyph, ...] | None  # set for shaped pieces
    x: float = 0.0


@lru_cache(maxsize=16384)
def shape(key: str, text: str, lang: str) -> tuple[Glyph, ...]:
    """HarfBuzz glyphs for ``text`` in font ``key`` (default OpenType features)."""
    sf = shaping_font(key)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.direction = "ltr"
    buf.script = FONTS[key].script
    buf.language = lang
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(sf.hb_font, buf, {})
    return tuple(
        Glyph(info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset)
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    )


@lru_cache(maxsize=16384)
def _drawn(key: str, text: str) -> str:
    cov = coverage(key)
    return "".join(ch for ch in text if ord(ch) in cov or not is_ignorable(ch))


@lru_cache(maxsize=16384)
def _unit_width(key: str, text: str) -> float:
    """Width at size 1 of unshaped text."""
    return float(pdfmetrics.stringWidth(text, font(key).fontName, 1.0))


def measure(key: str, text: str, size: float, lang: str, *, shaped: bool = True) -> Piece:
    """A piece of ``text`` in font ``key`` at ``size`` points."""
    if shaped and FONTS[key].shaped and text.strip():
        glyphs = shape(key, text, lang)
        upem = shaping_font(key).upem
        width = sum(g.x_advance for g in glyphs) * size / upem
        return Piece(key, text, text, width, glyphs)
    drawn = _drawn(key, text)
    return Piece(key, text, drawn, _unit_width(key, drawn) * size, None)
