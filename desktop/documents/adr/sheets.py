"""Exhibit pages placed on A4 (or A3) sheets, leaving margin bands for the marks.

A stamp or a page number drawn over an exhibit could hide what it proves (a footer, a
signature, a dark scan).  So by default each exhibit page is put, whole, on a sheet
whose top and bottom bands the page never reaches; the marks go in those bands.

The page is not re-rendered: its content is scaled (never cropped: its whole visible
box is kept, and only what lay outside it is clipped away) and moved by one ``cm``
operator, in the page's own unrotated space, so ``/Rotate`` keeps working and
annotations (links, comments) only need their coordinates scaled and moved the same
way.  A tiny page (a 4 pt square) is scaled *up* to fill the sheet.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import pikepdf
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm

from desktop.documents.adr.carry import Bookmark
from desktop.documents.adr.overlay import (
    Box,
    SharedStreams,
    box_matrix,
    rotation_of,
    shown_size,
    visible_box,
    wrap_contents,
)

__all__ = [
    "MARGIN_BOTTOM",
    "MARGIN_SIDE",
    "MARGIN_TOP",
    "Placement",
    "move_bookmarks",
    "move_destinations",
    "move_view",
    "put_on_sheet",
    "sheet_size",
]

MARGIN_TOP = 24 * mm  # the stamp's band (the stamp sits 10 mm from the top edge)
MARGIN_BOTTOM = 16 * mm  # the page number's band
MARGIN_SIDE = 10 * mm
_A4_LONG = A4[1]
_COORDINATE_KEYS = ("/QuadPoints", "/InkList", "/Vertices", "/L", "/CL")


def sheet_size(shown_w: float, shown_h: float) -> tuple[float, float]:
    """A4, or A3 for a source larger than A4, in the page's displayed orientation."""
    long_side, short_side = A3[1], A3[0]
    if max(shown_w, shown_h) <= _A4_LONG * 1.05 and min(shown_w, shown_h) <= A4[0] * 1.05:
        long_side, short_side = A4[1], A4[0]
    return (long_side, short_side) if shown_w > shown_h else (short_side, long_side)


@dataclass(frozen=True)
class Placement:
    """How a page's own coordinates moved onto its sheet: x' = scale·x + tx, same for y."""

    scale: float
    tx: float
    ty: float

    def x(self, value: float) -> float:
        return self.scale * value + self.tx

    def y(self, value: float) -> float:
        return self.scale * value + self.ty


def put_on_sheet(page: pikepdf.Page, streams: SharedStreams) -> Placement | None:
    """Place ``page``'s visible content, scaled to fit, on a sheet with margin bands.

    The wrapping streams come from ``streams``: pages of one size share them.  Returns
    how its coordinates moved (None: an empty page, left as it was), so that
    destinations into the page can keep pointing at the same spot.
    """
    rotated = int(page.obj.get("/Rotate", 0)) % 180 != 0
    layout = _layout(visible_box(page), rotation_of(page), rotated)
    if layout is None:
        return None
    user_w, user_h, placement, before = layout
    for key in ("/CropBox", "/BleedBox", "/TrimBox", "/ArtBox"):
        if key in page.obj:
            del page.obj[key]
    page.obj["/MediaBox"] = pikepdf.Array([0, 0, user_w, user_h])
    wrap_contents(page, streams(before), streams(b"\nQ\n"))
    annotations = page.obj.get("/Annots")
    if isinstance(annotations, pikepdf.Array):
        for annotation in annotations:
            if isinstance(annotation, pikepdf.Dictionary):
                _move_annotation(annotation, placement.scale, placement.tx, placement.ty)
    return placement


@functools.lru_cache(maxsize=256)
def _layout(box: Box, rotation: int,
            rotated: bool) -> tuple[float, float, Placement, bytes] | None:  # fmt: skip
    """The sheet's user-space size, the placement and the opening operators for a page.

    A pure function of the page's visible box and rotation, computed once per layout:
    the pages of a bundle come in a few sizes.
    """
    x0, y0, x1, y1 = box
    shown_w, shown_h = shown_size(box, rotation)
    if shown_w <= 0 or shown_h <= 0:
        return None
    sheet_w, sheet_h = sheet_size(shown_w, shown_h)
    area_w = sheet_w - 2 * MARGIN_SIDE
    area_h = sheet_h - MARGIN_TOP - MARGIN_BOTTOM
    scale = min(area_w / shown_w, area_h / shown_h)
    user_w, user_h = (sheet_h, sheet_w) if rotated else (sheet_w, sheet_h)
    # The centre of the displayed content area, in the new sheet's own coordinates.
    a, b, c, d, e, f = box_matrix((0.0, 0.0, user_w, user_h), rotation)
    u, v = sheet_w / 2, MARGIN_BOTTOM + area_h / 2
    centre_x, centre_y = a * u + c * v + e, b * u + d * v + f
    tx = centre_x - scale * (x0 + x1) / 2
    ty = centre_y - scale * (y0 + y1) / 2
    matrix = (scale, 0.0, 0.0, scale, tx, ty)
    clip = f"{_n(x0)} {_n(y0)} {_n(x1 - x0)} {_n(y1 - y0)} re W n\n"
    return user_w, user_h, Placement(scale, tx, ty), f"q {_n(*matrix)} cm {clip}".encode("ascii")


# Which entries of a destination's view are x (left, right) and which are y (bottom, top).
_VIEW_AXES = {"/XYZ": "xy", "/FitH": "y", "/FitBH": "y", "/FitV": "x", "/FitBV": "x",
              "/FitR": "xyxy"}  # fmt: skip


def move_view(view: Sequence[object], placement: Placement) -> list[object]:
    """A destination's view (``/XYZ left top zoom`` …) moved with its page; nulls stay null."""
    out = list(view)
    if not out:
        return out
    axes = _VIEW_AXES.get(str(out[0]), "")
    for index, axis in enumerate(axes, start=1):
        if index >= len(out) or out[index] is None:
            continue
        try:
            value = float(out[index])  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue  # a null (pikepdf's None) or garbage: the viewer keeps its own
        out[index] = placement.x(value) if axis == "x" else placement.y(value)
    return out


def move_destinations(pdf: pikepdf.Pdf, pages: Iterable[pikepdf.Page],
                      moved: Mapping[tuple[int, int], Placement]) -> None:  # fmt: skip
    """Named destinations, and links on ``pages``, into moved pages: same spot as before.

    ``pages`` need only hold the pages that have annotations (the others have no links).
    """
    done: set[tuple[int, int]] = set()

    def move(target: object) -> None:
        if not isinstance(target, pikepdf.Array) or not len(target):
            return
        page = target[0]
        if not isinstance(page, pikepdf.Dictionary) or page.objgen not in moved:
            return
        if target.is_indirect:
            if target.objgen in done:
                return
            done.add(target.objgen)
        view = move_view([_plain(v) for v in list(target)[1:]], moved[page.objgen])
        for index, value in enumerate(view, start=1):
            target[index] = value

    names = pdf.Root.get("/Names")
    if isinstance(names, pikepdf.Dictionary) and "/Dests" in names:
        for _name, entry in pikepdf.NameTree(names.Dests).items():
            move(entry.get("/D") if isinstance(entry, pikepdf.Dictionary) else entry)
    for page in pages:
        for annotation in page.obj.get("/Annots", []):
            if not isinstance(annotation, pikepdf.Dictionary):
                continue
            move(annotation.get("/Dest"))
            action = annotation.get("/A")
            if isinstance(action, pikepdf.Dictionary) and action.get("/S") == pikepdf.Name.GoTo:
                move(action.get("/D"))


def move_bookmarks(bookmarks: Sequence[Bookmark],
                   moved: Mapping[int, Placement]) -> list[Bookmark]:  # fmt: skip
    """The exhibit's bookmarks with their views moved with their (0-based) pages."""
    out = []
    for mark in bookmarks:
        view = mark.view
        if mark.page is not None and mark.page in moved:
            view = tuple(move_view(list(view), moved[mark.page]))  # type: ignore[arg-type]
        out.append(replace(mark, view=view, children=tuple(move_bookmarks(mark.children, moved))))
    return out


def _plain(value: object) -> object:
    """A view entry as Python: names stay names, numbers become floats, null None."""
    if isinstance(value, pikepdf.Name):
        return value
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _move_annotation(annotation: pikepdf.Dictionary, scale: float, tx: float, ty: float) -> None:
    """Scale and move an annotation's rectangle and its coordinate arrays with its page."""

    def moved(values: Sequence[float]) -> pikepdf.Array:
        return pikepdf.Array(
            [scale * float(v) + (tx if i % 2 == 0 else ty) for i, v in enumerate(values)]
        )

    rect = annotation.get("/Rect")
    if isinstance(rect, pikepdf.Array) and len(rect) == 4:
        annotation["/Rect"] = moved([float(v) for v in rect])
    for key in _COORDINATE_KEYS:
        value = annotation.get(key)
        if not isinstance(value, pikepdf.Array):
            continue
        if key == "/InkList":
            paths = [path for path in value if isinstance(path, pikepdf.Array)]
            annotation[key] = pikepdf.Array([moved([float(v) for v in path]) for path in paths])
        else:
            annotation[key] = moved([float(v) for v in value])
    border = annotation.get("/RD")
    if isinstance(border, pikepdf.Array):
        annotation["/RD"] = pikepdf.Array([scale * float(v) for v in border])


def _n(*values: float) -> str:
    return " ".join(f"{x:.4f}".rstrip("0").rstrip(".") or "0" for x in values)
