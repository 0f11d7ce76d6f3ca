"""Drawing laid-out lines on a reportlab canvas.

Unshaped pieces are drawn as text through reportlab's subset encoding, so their
ToUnicode maps give back the source characters.  Shaped pieces are drawn glyph
by glyph at HarfBuzz's positions (absolute, so no text rise can leak into the
next cluster: the Khmer-subscript baseline bug) inside a marked-content span
whose ActualText is the source text, so they copy and search as written.
Faces without a bold cut are emboldened with a thin stroke of the fill colour.
"""

from __future__ import annotations

from typing import Any

from desktop.documents.text.fonts import FONTS, char_for_glyph, font, shaping_font
from desktop.documents.text.layout import Line
from desktop.documents.text.shaping import Piece

_EMBOLDEN = 0.035  # stroke width in em for faux bold
_EPSILON = 0.01  # points: closer than this counts as "where the text cursor already is"


def actual_text(text: str) -> str:
    """The PDF marked-content operator that opens an ActualText span for ``text``."""
    hexed = ("\ufeff" + text).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{hexed}>>> BDC"


def _glyph_groups(piece: Piece, size: float, x: float, y: float,
                  ) -> list[tuple[float, float, str]]:  # fmt: skip
    """Runs of glyphs the PDF viewer can advance through by itself, with their origin."""
    assert piece.glyphs is not None
    face = font(piece.key).face
    scale = size / shaping_font(piece.key).upem
    groups: list[tuple[float, float, str]] = []
    pen = x
    expected: float | None = None
    for g in piece.glyphs:
        code = char_for_glyph(piece.key, g.gid)
        gx, gy = pen + g.x_offset * scale, y + g.y_offset * scale
        if expected is not None and abs(gx - expected) < _EPSILON and gy == groups[-1][1]:
            ox, oy, chars = groups[-1]
            groups[-1] = (ox, oy, chars + chr(code))
        else:
            groups.append((gx, gy, chr(code)))
        expected = gx + face.getCharWidth(code) * size / 1000
        pen += g.x_advance * scale
    return groups


def _draw_chunk(canvas: Any, key: str, size: float, bold: bool,
                parts: list[tuple[float, float, str]]) -> None:  # fmt: skip
    faux = bold and not FONTS[key].bold
    if faux:
        canvas.saveState()
        canvas.setLineWidth(size * _EMBOLDEN)
        fill = getattr(canvas, "_fillColorObj", None)
        if fill is not None:
            canvas.setStrokeColor(fill)
    t = canvas.beginText()
    t.setFont(font(key).fontName, size)
    if faux:
        t.setTextRenderMode(2)
    for px, py, chars in parts:
        t.setTextOrigin(px, py)
        t.textOut(chars)
    canvas.drawText(t)
    if faux:
        canvas.restoreState()


def draw_line(canvas: Any, x: float, baseline: float, line: Line, size: float,
              bold: bool) -> None:  # fmt: skip
    """Draw ``line`` with its left edge at ``x`` and its baseline at ``baseline``."""
    pending: list[Piece] = []

    def flush() -> None:
        if pending:
            text = "".join(p.drawn for p in pending)
            _draw_chunk(canvas, pending[0].key, size, bold, [(x + pending[0].x, baseline, text)])
            pending.clear()

    for piece in line.pieces:
        if piece.glyphs is None:
            if not piece.drawn:
                continue
            last = pending[-1] if pending else None
            if last and (last.key != piece.key or abs(last.x + last.width - piece.x) > _EPSILON):
                flush()
            pending.append(piece)
            continue
        flush()
        canvas.addLiteral(actual_text(piece.text))
        _draw_chunk(canvas, piece.key, size, bold,
                    _glyph_groups(piece, size, x + piece.x, baseline))  # fmt: skip
        canvas.addLiteral("EMC")
    flush()
