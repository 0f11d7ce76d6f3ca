"""Where a page's own content is: boxes read from its content stream, for free corners.

With ``keep_page_sizes`` the marks go on the exhibit page itself, so they must land
where the page shows nothing.  The page is not rendered (that would need a renderer in
the core); instead its content stream is walked and every painted thing gets a box in
the page's user space: text (from the text and graphics matrices, with the font's own
widths when it has them and a full em per character otherwise), painted paths, images,
inline images, form XObjects (walked inside, with their matrix), and annotations shown
on the page.  Every estimate errs on the large side: a box too big only sends the page
to a sheet (desktop.documents.adr.sheets), a box too small could hide evidence.

Not painted, so not counted: a path only used as a clip (``n``) and a rectangle filled
white (paper-coloured backgrounds that many scanners and writers put under everything).
A shading (``sh``) paints its whole clip: counted as the whole page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

import pikepdf
from reportlab.lib.units import mm

from desktop.documents.adr.overlay import Corner, mark_rect, to_user

__all__ = ["Box", "Corners", "content_boxes", "free_corners", "overlaps"]

# Preferred places, in order: the stamp at the top, the page number at the bottom, as in
# the sheet layout; a mark moves to another corner only when its own is taken.
STAMP_CORNERS: tuple[Corner, ...] = ("top-right", "top-left", "bottom-left", "bottom-right")
NUMBER_CORNERS: tuple[Corner, ...] = ("bottom-right", "bottom-left", "top-right", "top-left")
CLEARANCE = 1.5 * mm  # free space kept between a mark and the nearest content

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in the page's user space
Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*"}
_FILL_ONLY = {"f", "F", "f*"}
_MAX_DEPTH = 8  # nested form XObjects walked; deeper ones count as their whole box
# Reading is plain Python: a page with more operators than this (a detailed vector
# drawing) is not read to the end but counted as full, and goes on a sheet.
MAX_OPERATORS = 20_000
_EVERYTHING: Box = (-1e9, -1e9, 1e9, 1e9)


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF order: a point p maps to p·m·n)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)  # fmt: skip


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _box(points: Iterable[tuple[float, float]], pad: float = 0.0) -> Box | None:
    xs, ys = [], []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    if not xs:
        return None
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@dataclass(frozen=True)
class _State:
    ctm: Matrix = _IDENTITY
    white_fill: bool = False
    line_width: float = 1.0
    font_size: float = 12.0
    font: pikepdf.Object | None = None
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scale: float = 1.0  # Tz / 100
    leading: float = 0.0
    rise: float = 0.0


def _numbers(operands: Iterable[object]) -> list[float]:
    out = []
    for value in operands:
        try:
            out.append(float(value))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return []
    return out


def _is_white(operator: str, values: list[float]) -> bool:
    if operator in ("g", "sc", "scn") and len(values) == 1:
        return values[0] >= 0.999
    if operator in ("rg", "sc", "scn") and len(values) == 3:
        return min(values) >= 0.999
    if operator == "k" and len(values) == 4:
        return max(values) <= 0.001
    return False


class _Font:
    """Advance widths of one font, in thousandths of an em (large when unknown)."""

    def __init__(self, font: pikepdf.Object | None) -> None:
        self.two_bytes = False
        self.widths: dict[int, float] = {}
        self.default = 1000.0  # unknown widths: a full em, never less
        if not isinstance(font, pikepdf.Dictionary):
            return
        if font.get("/Subtype") == pikepdf.Name.Type0:
            self.two_bytes = True  # Identity-H and the usual CJK encodings: 2-byte codes
            descendants = font.get("/DescendantFonts")
            if isinstance(descendants, pikepdf.Array) and len(descendants):
                self.default = max(1000.0, float(descendants[0].get("/DW", 1000)))
            return
        widths, first = font.get("/Widths"), font.get("/FirstChar")
        if isinstance(widths, pikepdf.Array) and first is not None:
            numbers = _numbers(widths)
            self.widths = {int(first) + i: w for i, w in enumerate(numbers)}
            self.default = max(numbers, default=1000.0) or 1000.0

    def advance(self, data: bytes, state: _State) -> float:
        """The string's advance in text space (before the horizontal scale)."""
        if self.two_bytes:
            codes: bytes | list[int] = [
                int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)
            ]
            spaces = 0
        else:
            codes, spaces = data, data.count(32)
        if self.widths:
            get, default = self.widths.get, self.default
            widths = sum(get(code, default) for code in codes)
        else:
            widths = self.default * len(codes)
        # Spacing only ever widens the estimate: a negative one is taken as none.
        return (widths / 1000 * state.font_size + max(0.0, state.char_spacing) * len(codes)
                + max(0.0, state.word_spacing) * spaces)  # fmt: skip


class _Walker:
    def __init__(self, page_box: Box) -> None:
        self.boxes: list[Box] = []
        self.page_box = page_box
        self.fonts: dict[tuple[int, int], _Font] = {}
        self.operators = 0

    def font(self, obj: pikepdf.Object | None) -> _Font:
        if obj is None or not obj.is_indirect:
            return _Font(obj)
        key = obj.objgen
        if key not in self.fonts:
            self.fonts[key] = _Font(obj)
        return self.fonts[key]

    def walk(self, owner: pikepdf.Object, resources: object, start: _State, depth: int) -> None:
        try:
            instructions = pikepdf.parse_content_stream(owner)
        except pikepdf.PdfError:
            self.boxes.append(self.page_box)  # unreadable content: assume it is everywhere
            return
        state, stack = start, []
        text: Matrix = _IDENTITY
        line: Matrix = _IDENTITY
        path: list[tuple[float, float]] = []
        res = resources if isinstance(resources, pikepdf.Dictionary) else pikepdf.Dictionary()
        self.operators += len(instructions)
        if self.operators > MAX_OPERATORS:
            self.boxes.append(self.page_box)
            return
        for instruction in instructions:
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                self._add([(0, 0), (1, 0), (0, 1), (1, 1)], state.ctm)
                continue
            op = str(instruction.operator)
            args = list(instruction.operands)
            values = _numbers(args)
            if op == "q":
                stack.append(state)
            elif op == "Q":
                state = stack.pop() if stack else start
            elif op == "cm" and len(values) == 6:
                state = replace(state, ctm=_mul(tuple(values), state.ctm))  # type: ignore[arg-type]
            elif op in ("g", "rg", "k", "sc", "scn"):
                state = replace(state, white_fill=_is_white(op, values))
            elif op in ("cs",):
                state = replace(state, white_fill=False)
            elif op == "w" and values:
                state = replace(state, line_width=values[0])
            elif op in ("m", "l") and len(values) == 2:
                path.append(_apply(state.ctm, *values))
            elif op in ("c", "v", "y") and len(values) in (4, 6):
                pairs = zip(values[0::2], values[1::2], strict=True)
                path += [_apply(state.ctm, x, y) for x, y in pairs]
            elif op == "re" and len(values) == 4:
                x, y, w, h = values
                path += [_apply(state.ctm, px, py) for px, py in
                         ((x, y), (x + w, y), (x, y + h), (x + w, y + h))]  # fmt: skip
            elif op in _PAINT:
                if not (op in _FILL_ONLY and state.white_fill):
                    pad = abs(state.line_width * max(abs(v) for v in state.ctm[:4])) / 2 + 1
                    box = _box(path, pad)
                    if box is not None:
                        self.boxes.append(box)
                path = []
            elif op == "n":
                path = []
            elif op == "sh":
                self.boxes.append(self.page_box)
            elif op == "Do" and args:
                self._xobject(res, args[0], state, depth)
            elif op == "BT":
                text = line = _IDENTITY
            elif op == "Tf" and len(args) == 2:
                fonts = res.get("/Font")
                known = isinstance(fonts, pikepdf.Dictionary) and isinstance(args[0], pikepdf.Name)
                font = fonts.get(str(args[0])) if known else None  # type: ignore[union-attr]
                state = replace(state, font=font, font_size=float(args[1]))
            elif op == "Tc" and values:
                state = replace(state, char_spacing=values[0])
            elif op == "Tw" and values:
                state = replace(state, word_spacing=values[0])
            elif op == "Tz" and values:
                state = replace(state, scale=values[0] / 100)
            elif op == "TL" and values:
                state = replace(state, leading=values[0])
            elif op == "Ts" and values:
                state = replace(state, rise=values[0])
            elif op in ("Td", "TD") and len(values) == 2:
                if op == "TD":
                    state = replace(state, leading=-values[1])
                line = text = _mul((1, 0, 0, 1, values[0], values[1]), line)
            elif op == "Tm" and len(values) == 6:
                line = text = tuple(values)  # type: ignore[assignment]
            elif op in ("T*", "'", '"'):
                line = text = _mul((1, 0, 0, 1, 0, -state.leading), line)
                if op != "T*" and args:
                    text = self._show(args[-1], state, text)
            elif op in ("Tj", "TJ") and args:
                text = self._show(args[0], state, text)

    def _show(self, operand: object, state: _State, text: Matrix) -> Matrix:
        """Add the box of a shown string; returns the text matrix after it."""
        font = self.font(state.font)
        advance = 0.0
        reach = 0.0  # the farthest point reached, in text space
        parts = list(operand) if isinstance(operand, pikepdf.Array) else [operand]
        for part in parts:
            if isinstance(part, pikepdf.String):
                advance += font.advance(bytes(part), state)
            else:
                try:
                    advance -= float(part) / 1000 * state.font_size  # type: ignore[arg-type]
                except (TypeError, ValueError):
                    continue
            reach = max(reach, advance)
        size = abs(state.font_size)
        low, high = state.rise - 0.3 * size, state.rise + 1.1 * size  # descenders, accents
        matrix = _mul(text, state.ctm)
        corners = [(x * state.scale, y) for x in (min(0.0, advance), reach) for y in (low, high)]
        self._add(corners, matrix)
        return _mul((1, 0, 0, 1, advance * state.scale, 0), text)

    def _xobject(self, resources: pikepdf.Dictionary, name: object, state: _State,
                 depth: int) -> None:  # fmt: skip
        xobjects = resources.get("/XObject")
        xobject = (
            xobjects.get(str(name))
            if isinstance(xobjects, pikepdf.Dictionary) and isinstance(name, pikepdf.Name)
            else None
        )
        if not isinstance(xobject, pikepdf.Stream):
            return
        if xobject.get("/Subtype") == pikepdf.Name.Image:
            self._add([(0, 0), (1, 0), (0, 1), (1, 1)], state.ctm)
            return
        numbers = _numbers(xobject.get("/Matrix", [1, 0, 0, 1, 0, 0]))
        matrix: Matrix = tuple(numbers) if len(numbers) == 6 else _IDENTITY  # type: ignore[assignment]
        inner = _mul(matrix, state.ctm)
        bbox = _numbers(xobject.get("/BBox", []))
        if depth >= _MAX_DEPTH and len(bbox) == 4:
            x0, y0, x1, y1 = bbox
            self._add([(x0, y0), (x1, y0), (x0, y1), (x1, y1)], inner)
            return
        if depth >= _MAX_DEPTH:
            self.boxes.append(self.page_box)
            return
        self.walk(xobject, xobject.get("/Resources", resources),
                  replace(state, ctm=inner), depth + 1)  # fmt: skip

    def _add(self, points: list[tuple[float, float]], matrix: Matrix) -> None:
        box = _box((_apply(matrix, x, y) for x, y in points), pad=0.5)
        if box is not None:
            self.boxes.append(box)


@dataclass(frozen=True)
class Corners:
    """The corners a page's marks go in (``stamp`` None: the page has no stamp)."""

    stamp: Corner | None
    number: Corner


def free_corners(page: pikepdf.Page, stamp_size: tuple[float, float] | None,
                 number_size: tuple[float, float]) -> Corners | None:  # fmt: skip
    """Corners where the stamp (if any) and the page number touch no content, or None."""
    boxes = content_boxes(page)

    def user_box(size: tuple[float, float], corner: Corner) -> Box:
        u, v, width, height, _ = mark_rect(page, size, corner)
        points = [to_user(page, u + du, v + dv) for du in (-CLEARANCE, width + CLEARANCE)
                  for dv in (-CLEARANCE, height + CLEARANCE)]  # fmt: skip
        box = _box(points)
        assert box is not None
        return box

    def free(box: Box, taken: list[Box]) -> bool:
        return not any(overlaps(box, other) for other in [*boxes, *taken])

    taken: list[Box] = []
    stamp = None
    if stamp_size is not None:
        stamp = next((c for c in STAMP_CORNERS if free(user_box(stamp_size, c), [])), None)
        if stamp is None:
            return None
        taken.append(user_box(stamp_size, stamp))
    number = next((c for c in NUMBER_CORNERS if free(user_box(number_size, c), taken)), None)
    return Corners(stamp, number) if number is not None else None


def content_boxes(page: pikepdf.Page) -> list[Box]:
    """Boxes (user space) of everything the page paints, and of its shown annotations."""
    media = [float(v) for v in page.mediabox]
    page_box: Box = (min(media[0], media[2]), min(media[1], media[3]),
                     max(media[0], media[2]), max(media[1], media[3]))  # fmt: skip
    walker = _Walker(page_box)
    walker.walk(page.obj, page.obj.get("/Resources") or page.resources, _State(), 0)
    for annotation in page.obj.get("/Annots", []):
        if not isinstance(annotation, pikepdf.Dictionary):
            continue
        hidden = int(annotation.get("/F", 0)) & 2  # the Hidden flag
        if annotation.get("/Subtype") == pikepdf.Name.Popup or hidden:
            continue  # a popup shows only when its note is opened
        rect = _numbers(annotation.get("/Rect", []))
        if len(rect) == 4:
            walker.boxes.append((min(rect[0], rect[2]), min(rect[1], rect[3]),
                                 max(rect[0], rect[2]), max(rect[1], rect[3])))  # fmt: skip
    return walker.boxes
