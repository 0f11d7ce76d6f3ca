"""Text layout for every generated document (STUB: final signatures, simple body).

The public surface below is what letters, bundles and reports call.  The body is
a placeholder that uses one Japanese font; the real implementation (font runs by
glyph coverage, HarfBuzz shaping, ICU line breaking, ActualText) replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

Align = Literal["left", "center", "right", "justify"]
Anchor = Literal["left", "center", "right"]

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


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

    @property
    def line_height(self) -> float:
        return self.leading if self.leading is not None else self.size * 1.5


def register_fonts() -> None:
    """Register every shipped font with reportlab (idempotent)."""
    if "MadoguchiGothic" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("MadoguchiGothic", str(FONT_DIR / "ipag.ttf")))


def _pstyle(style: Style) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        "p",
        fontName="MadoguchiGothic",
        fontSize=style.size,
        leading=style.line_height,
        alignment=_ALIGN[style.align],
        spaceBefore=style.space_before,
        spaceAfter=style.space_after,
        wordWrap="CJK",
    )


def paragraph(text: str, style: Style = Style()) -> Flowable:
    """A flowable paragraph that wraps ``text`` (plain text; newlines are line breaks)."""
    markup = "<br/>".join(escape(line) for line in text.split("\n"))
    return Paragraph(markup, _pstyle(style))


def text_width(text: str, style: Style = Style()) -> float:
    """Width in points of ``text`` set on one line."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, "MadoguchiGothic", style.size))


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    style: Style = Style(),
    anchor: Anchor = "left",
) -> float:
    """Draw one line of ``text`` with its baseline at ``y``; returns its width."""
    register_fonts()
    width = text_width(text, style)
    left = {"left": x, "center": x - width / 2, "right": x - width}[anchor]
    canvas.setFont("MadoguchiGothic", style.size)
    canvas.drawString(left, y, text)
    return width


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that no shipped font can draw (whitespace ignored)."""
    register_fonts()
    face = pdfmetrics.getFont("MadoguchiGothic").face
    return {ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph}
