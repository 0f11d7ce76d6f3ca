"""What every generated PDF shares: A4, fixed metadata, byte-for-byte reproducible output.

reportlab's ``invariant`` mode fixes the creation date and document id, so the
same inputs always give the same bytes (the ADR manifest depends on it).
Files are written atomically: a reader never sees half a PDF.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from desktop.documents.text import register_fonts
from desktop.store.atomic import atomic_writer

__all__ = ["A4", "MARGIN", "build_story", "write_bytes"]

MARGIN = 20 * mm
PageHook = Callable[[Any, Any], None]


def build_story(
    story: list[Flowable],
    *,
    title: str,
    subject: str = "",
    lang: str = "ja",
    pagesize: tuple[float, float] = A4,
    margins: tuple[float, float, float, float] = (MARGIN, MARGIN, MARGIN, MARGIN),
    on_page: PageHook | None = None,
) -> bytes:
    """Lay ``story`` out on pages and return the PDF bytes (deterministic)."""
    register_fonts()
    buffer = io.BytesIO()
    left, right, top, bottom = margins
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        subject=subject,
        author="Madoguchi",
        creator="Madoguchi",
        lang=lang,
        invariant=1,
    )
    hook = on_page or (lambda _canvas, _doc: None)
    doc.build(story, onFirstPage=hook, onLaterPages=hook)
    return buffer.getvalue()


def write_bytes(out: Path, data: bytes) -> str:
    """Write ``data`` to ``out`` atomically (temp file, fsync, rename); returns its SHA-256."""
    with atomic_writer(out) as handle:
        handle.write(data)
    return hashlib.sha256(data).hexdigest()
