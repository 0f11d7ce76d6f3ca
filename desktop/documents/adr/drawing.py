"""A reportlab canvas set up like :func:`desktop.documents.pdf.build_story`: reproducible."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from desktop.documents.text import register_fonts

__all__ = ["new_canvas"]


def new_canvas(
    buffer: io.BytesIO, pagesize: tuple[float, float], title: str, *, compress: bool = True
) -> Canvas:
    """A canvas in invariant mode (fixed dates and id), so equal inputs give equal bytes."""
    register_fonts()
    canvas = Canvas(buffer, pagesize=pagesize, invariant=1, pageCompression=compress)
    canvas.setTitle(title)
    canvas.setAuthor("Madoguchi")
    canvas.setCreator("Madoguchi")
    return canvas
