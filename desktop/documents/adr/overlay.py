"""Marks laid over existing pages: exhibit stamps and bundle page numbers.

Exhibit pages are never re-rendered.  Each mark is a tiny page drawn by
reportlab, turned into a Form XObject and placed with a matrix computed from the
target page's visible box and /Rotate, so it lands in the *displayed* corner of
A4, A3, landscape, rotated or odd-sized pages alike.  The page's own content is
wrapped in q…Q first, so whatever graphics state it leaves behind cannot move
or hide the mark.  Exhibit pages are first put on sheets with margin bands
(:mod:`desktop.documents.adr.sheets`), so the marks land beside the evidence, not on it.

The streams that wrap and mark a page are shared between pages through
:class:`SharedStreams`: a 506-page bundle needs only a handful of distinct ones (the
same ``q``, the same number layout with the digits bound per page in its resources),
instead of two new objects per page and mark that every save would write again.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import pikepdf
from reportlab.lib.units import mm

from desktop.documents.adr.drawing import new_canvas
from desktop.documents.text import Style, draw_text, text_width

__all__ = [
    "Box",
    "Corner",
    "Mark",
    "SharedStreams",
    "box_matrix",
    "display_matrix",
    "display_size",
    "mark_rect",
    "number_box",
    "number_marks",
    "place_mark",
    "rotation_of",
    "shown_size",
    "stamp_marks",
    "to_user",
    "visible_box",
    "wrap_contents",
]

Corner = Literal["top-right", "top-left", "bottom-right", "bottom-left"]
Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 of the visible box, ordered

STAMP_STYLE = Style(size=12, bold=True, lang="ja")
NUMBER_STYLE = Style(size=9, lang="ja")
EDGE = 10 * mm  # distance of a mark from the displayed page's edges
PAD = 1.8 * mm


@dataclass(frozen=True)
class Mark:
    """A mark ready to place: Form XObjects at offsets inside a box of ``size``."""

    pieces: tuple[tuple[pikepdf.Object, float], ...]
    size: tuple[float, float]


class SharedStreams:
    """One indirect content stream per distinct bytes, for the pages of one PDF.

    A content stream holds no resources of its own (names like /MdgMark1 are looked up
    in the page that draws it), so pages whose wrapper or mark reads the same can share
    one stream object.
    """

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        self._pdf = pdf
        self._streams: dict[bytes, pikepdf.Object] = {}

    def __call__(self, data: bytes) -> pikepdf.Object:
        stream = self._streams.get(data)
        if stream is None:
            stream = self._streams[data] = self._pdf.make_stream(data)
        return stream


def wrap_contents(page: pikepdf.Page, before: pikepdf.Object, after: pikepdf.Object) -> None:
    """Put ``before`` ahead of the page's content streams and ``after`` behind them."""
    contents = page.obj.get("/Contents")
    if isinstance(contents, pikepdf.Array):
        items = list(contents)
    elif isinstance(contents, pikepdf.Stream):
        items = [contents]
    else:
        items = []
    page.obj["/Contents"] = pikepdf.Array([before, *items, after])


@functools.lru_cache(maxsize=4)
def _drawn(texts: tuple[str, ...], style: Style, boxed: bool) -> bytes:
    """The marks' reportlab document, kept per process like a font's glyphs.

    The page-number characters are the same dozen in every bundle and the stamps of a
    matter with N exhibits read 甲第1号証 … 甲第N号証 whatever the matter: drawing them
    is a pure function of the texts, so the bytes are reused (a few kB each).
    """
    buffer = io.BytesIO()
    # Drawn uncompressed, then Flate-compressed by qpdf below (faster than reportlab's
    # pure-Python ASCII85 pass): the bundle is saved with its streams as they are.
    canvas = new_canvas(buffer, (10, 10), "marks", compress=False)
    pad = PAD if boxed else 0.0
    for text in texts:
        width = text_width(text, style) + 2 * pad
        height = style.size * 1.25 + 2 * pad
        canvas.setPageSize((width, height))
        if boxed:
            # Opaque white under the label: it stays legible on a dark scan.  On a
            # sheet it sits in the margin band, so it hides nothing of the exhibit.
            canvas.setLineWidth(0.8)
            canvas.setFillColorRGB(1, 1, 1)
            canvas.rect(0.4, 0.4, width - 0.8, height - 0.8, stroke=1, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
        draw_text(canvas, pad, pad + style.size * 0.3, text, style)
        canvas.showPage()
    canvas.save()
    compressed = io.BytesIO()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as drawn:
        drawn.save(compressed, deterministic_id=True)
    return compressed.getvalue()


def _draw_pages(texts: Sequence[str], style: Style, *, boxed: bool) -> pikepdf.Pdf:
    """One small page per text (a box around it if ``boxed``), drawn by reportlab."""
    return pikepdf.open(io.BytesIO(_drawn(tuple(texts), style, boxed)))


def _forms(
    target: pikepdf.Pdf, drawn: pikepdf.Pdf
) -> list[tuple[pikepdf.Object, tuple[float, float]]]:
    """Each drawn page as a Form XObject owned by ``target``, with its size."""
    out = []
    for page in drawn.pages:
        form = drawn.make_indirect(page.as_form_xobject())
        box = [float(v) for v in page.mediabox]
        out.append((target.copy_foreign(form), (box[2] - box[0], box[3] - box[1])))
    return out


def stamp_marks(target: pikepdf.Pdf, labels: Sequence[str]) -> list[Mark]:
    """Boxed exhibit labels (甲第1号証 …), one Form XObject each."""
    drawn = _draw_pages(labels, STAMP_STYLE, boxed=True)
    return [Mark(((form, 0.0),), size) for form, size in _forms(target, drawn)]


@functools.lru_cache(maxsize=64)
def _advance(char: str) -> float:
    """A page-number character's width (the font and its size never change)."""
    return text_width(char, NUMBER_STYLE)


def number_marks(target: pikepdf.Pdf, numbers: Sequence[str]) -> list[Mark]:
    """Page numbers "- 12 -" composed from one Form XObject per character.

    A bundle has hundreds of pages but page numbers use a dozen characters:
    drawing each character once and placing it by its advance width keeps the
    cost per page to a few bytes of content stream.
    """
    chars = sorted({c for n in numbers for c in n} | {"-"})
    glyphs = dict(zip(chars, _forms(target, _draw_pages(chars, NUMBER_STYLE, boxed=False)),
                      strict=True))  # fmt: skip
    advance = {c: _advance(c) for c in chars}
    gap = NUMBER_STYLE.size * 0.3
    height = glyphs["-"][1][1]
    out = []
    for number in numbers:
        pieces: list[tuple[pikepdf.Object, float]] = []
        x = 0.0
        for index, char in enumerate(f"-{number}-"):
            if index == 1 or index == len(number) + 1:
                x += gap
            pieces.append((glyphs[char][0], x))
            x += advance[char]
        out.append(Mark(tuple(pieces), (x, height)))
    return out


def visible_box(page: pikepdf.Page) -> Box:
    """The page's crop box (its visible part), corners ordered."""
    box = [float(v) for v in page.cropbox]
    x0, x1 = sorted((box[0], box[2]))
    y0, y1 = sorted((box[1], box[3]))
    return x0, y0, x1, y1


def rotation_of(page: pikepdf.Page) -> int:
    """The page's /Rotate as 0, 90, 180 or 270."""
    try:
        value = int(page.obj.get("/Rotate", 0))
    except (TypeError, ValueError):
        return 0
    return (round(value / 90) * 90) % 360


def display_size(page: pikepdf.Page) -> tuple[float, float]:
    """Width and height of the page as a viewer shows it (after /Rotate)."""
    return shown_size(visible_box(page), rotation_of(page))


def shown_size(box: Box, rotation: int) -> tuple[float, float]:
    """Width and height of ``box`` as displayed with ``rotation``."""
    x0, y0, x1, y1 = box
    return (y1 - y0, x1 - x0) if rotation in (90, 270) else (x1 - x0, y1 - y0)


def display_matrix(page: pikepdf.Page) -> Matrix:
    """Matrix from displayed coordinates (origin bottom-left as viewed) to user space."""
    return box_matrix(visible_box(page), rotation_of(page))


def box_matrix(box: Box, rotation: int) -> Matrix:
    """:func:`display_matrix` of a page with this visible box and rotation."""
    x0, y0, x1, y1 = box
    return {
        0: (1.0, 0.0, 0.0, 1.0, x0, y0),
        90: (0.0, 1.0, -1.0, 0.0, x1, y0),
        180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
        270: (0.0, -1.0, 1.0, 0.0, x0, y1),
    }[rotation]


def to_user(page: pikepdf.Page, u: float, v: float) -> tuple[float, float]:
    """A displayed point in the page's own coordinates."""
    a, b, c, d, e, f = display_matrix(page)
    return a * u + c * v + e, b * u + d * v + f


def _own_xobjects(page: pikepdf.Page) -> tuple[pikepdf.Dictionary, pikepdf.Dictionary | None]:
    """The page's own /Resources and its /XObject dictionary (None: it has none yet).

    Both unshared, so a mark never leaks onto other pages: only an indirect (possibly
    shared) dictionary is copied; a direct one already belongs to this page alone.
    """
    resources = page.obj.get("/Resources")
    if not isinstance(resources, pikepdf.Dictionary):
        resources = page.obj["/Resources"] = pikepdf.Dictionary()
    elif resources.is_indirect:
        resources = page.obj["/Resources"] = _copy(resources)
    xobjects = resources.get("/XObject")
    if not isinstance(xobjects, pikepdf.Dictionary):
        return resources, None
    if xobjects.is_indirect:
        xobjects = resources["/XObject"] = _copy(xobjects)
    return resources, xobjects


def _copy(dictionary: pikepdf.Dictionary) -> pikepdf.Dictionary:
    """A shallow, direct copy (values that are indirect objects stay shared)."""
    out = pikepdf.Dictionary()
    for key in dictionary.keys():  # noqa: SIM118 - pikepdf dictionaries need keys()
        out[key] = dictionary[key]
    return out


def mark_rect(page: pikepdf.Page, size: tuple[float, float],
              corner: Corner) -> tuple[float, float, float, float, float]:  # fmt: skip
    """Where a mark of ``size`` goes in a displayed corner: (u, v, width, height, scale).

    u, v is its displayed bottom-left corner; width and height are after scaling.
    """
    return _rect(shown_size(visible_box(page), rotation_of(page)), size, corner)


def _rect(shown: tuple[float, float], size: tuple[float, float],
          corner: Corner) -> tuple[float, float, float, float, float]:  # fmt: skip
    shown_w, shown_h = shown
    width, height = size
    # A mark never takes more than 60% of a small page's width (receipts, cards).
    scale = min(1.0, 0.6 * shown_w / width) if width > 0 else 1.0
    edge = min(EDGE, 0.05 * min(shown_w, shown_h))
    u = shown_w - edge - width * scale if corner.endswith("right") else edge
    v = shown_h - edge - height * scale if corner.startswith("top") else edge * 0.8
    return u, v, width * scale, height * scale, scale


@functools.lru_cache(maxsize=512)
def _mark_head(box: Box, rotation: int, size: tuple[float, float], corner: Corner) -> str:
    """The operators that close the page's own content and set up the mark's matrix.

    Computed once per page layout: a bundle's pages come in a few sizes only.
    """
    a, b, c, d, e, f = box_matrix(box, rotation)
    u, v, _, _, scale = _rect(shown_size(box, rotation), size, corner)
    matrix = (a * scale, b * scale, c * scale, d * scale, a * u + c * v + e, b * u + d * v + f)
    return f"\nQ\nq {_numbers(matrix)} cm"


@functools.lru_cache(maxsize=1024)
def _piece(dx: float, name: str) -> str:
    return f"q 1 0 0 1 {_numbers((dx,))} 0 cm {name} Do Q"


@functools.lru_cache(maxsize=8)
def number_box(digits: int) -> tuple[float, float]:
    """The size of the widest page number "- 8888 -" with ``digits`` digits (no drawing)."""
    widest = max(_advance(c) for c in "0123456789")
    dash = _advance("-")
    return 2 * dash + 2 * NUMBER_STYLE.size * 0.3 + digits * widest, NUMBER_STYLE.size * 1.25


def place_mark(page: pikepdf.Page, mark: Mark, corner: Corner, streams: SharedStreams) -> None:
    """Draw ``mark`` in a displayed corner of ``page``.

    Each piece gets the page resource name of its position (the n-th piece is the
    first free /MdgMark{n}), not one of its form: so every page number of a bundle with
    the same number of digits, on pages of the same layout, is drawn by the same bytes,
    and only the page's resources say which digit forms those names are.
    """
    resources, xobjects = _own_xobjects(page)
    ops = [_mark_head(visible_box(page), rotation_of(page), mark.size, corner)]
    if xobjects is None:  # every name is free: the dictionary is made in one step
        names = {f"/MdgMark{n}": form for n, (form, _) in enumerate(mark.pieces)}
        resources["/XObject"] = pikepdf.Dictionary(names)
        ops += [_piece(dx, name) for name, (_, dx) in zip(names, mark.pieces, strict=True)]
    else:
        for position, (form, dx) in enumerate(mark.pieces):
            name = _free_name(xobjects, position)
            xobjects[name] = form
            ops.append(_piece(dx, name))
    ops.append("Q\n")
    wrap_contents(page, streams(b"q\n"), streams(" ".join(ops).encode("ascii")))


def _numbers(values: Sequence[float]) -> str:
    return " ".join(f"{x:.4f}".rstrip("0").rstrip(".") or "0" for x in values)


def _free_name(xobjects: pikepdf.Dictionary, serial: int) -> str:
    name = f"/MdgMark{serial}"
    while name in xobjects:
        serial += 1000
        name = f"/MdgMark{serial}"
    return name
