"""The bundle's first pages: an index (目次) whose every row links to its page.

Rows have a fixed height, so the number of index pages is known before any
page number is: the index is drawn once, with final numbers, and the link
rectangles it returns are exact.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop.documents.adr.drawing import new_canvas
from desktop.documents.text import Style, draw_text, text_width

__all__ = ["IndexEntry", "LinkBox", "draw_index", "index_pages_needed"]

TOP = A4[1] - 22 * mm
BOTTOM = 22 * mm
LEFT = 22 * mm
RIGHT = A4[0] - 22 * mm
ROW = 7.5 * mm
HEADER = 30 * mm  # title and matter lines on the first page
TITLE = Style(size=16, bold=True, lang="ja")
LINE = Style(size=10.5, lang="ja")
SUB = Style(size=9.5, lang="ja")


@dataclass(frozen=True)
class IndexEntry:
    """One row: its text, indentation level, printed page number and target page index.

    A row without a target (an exhibit described only, with no pages) has no link.
    """

    text: str
    level: int
    printed: str
    target: int | None


@dataclass(frozen=True)
class LinkBox:
    """Where a row sits on the index: page index and rectangle (x0, y0, x1, y1)."""

    page: int
    rect: tuple[float, float, float, float]
    target: int


def _rows_on(page: int) -> int:
    usable = TOP - BOTTOM - (HEADER if page == 0 else 0)
    return int(usable // ROW)


def index_pages_needed(rows: int) -> int:
    """How many index pages ``rows`` rows take."""
    pages, left = 0, rows
    while left > 0 or pages == 0:
        left -= _rows_on(pages)
        pages += 1
    return pages


def _fit(text: str, style: Style, width: float) -> str:
    """The text, shortened with … if it does not fit ``width``."""
    if text_width(text, style) <= width:
        return text
    while text and text_width(text + "…", style) > width:
        text = text[:-1]
    return text + "…"


def draw_index(title: str, subtitle: str, entries: list[IndexEntry]) -> tuple[bytes, list[LinkBox]]:
    """The index pages (PDF bytes) and the link boxes of their rows."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A4, f"目次 {title}")
    boxes: list[LinkBox] = []
    pages = index_pages_needed(len(entries))
    position = 0
    for page in range(pages):
        y = TOP
        if page == 0:
            draw_text(canvas, A4[0] / 2, y - 16, "目　次", TITLE, anchor="center")
            draw_text(canvas, LEFT, y - 38, _fit(title, SUB, RIGHT - LEFT), SUB)
            draw_text(canvas, LEFT, y - 54, _fit(subtitle, SUB, RIGHT - LEFT), SUB)
            y -= HEADER
        for _ in range(_rows_on(page)):
            if position >= len(entries):
                break
            entry = entries[position]
            position += 1
            baseline = y - ROW + 2.2 * mm
            indent = LEFT + entry.level * 8 * mm
            number_w = text_width(entry.printed, LINE)
            room = RIGHT - indent - number_w - 12 * mm
            shown = _fit(entry.text, LINE, room)
            used = draw_text(canvas, indent, baseline, shown, LINE)
            draw_text(canvas, RIGHT, baseline, entry.printed, LINE, anchor="right")
            # A dotted leader guides the eye from the title to its page number.
            canvas.saveState()
            canvas.setDash(1, 2.5)
            canvas.setLineWidth(0.5)
            canvas.line(
                indent + used + 2 * mm, baseline + 1, RIGHT - number_w - 2 * mm, baseline + 1
            )
            canvas.restoreState()
            if entry.target is not None:
                boxes.append(LinkBox(page, (indent - 1, y - ROW, RIGHT + 1, y), entry.target))
            y -= ROW
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), boxes
