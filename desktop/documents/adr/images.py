"""Photos and scans as A4 pages: fitted inside margins, upright as the camera meant.

A JPEG goes into the PDF unchanged (no re-encoding, so the evidence keeps its
exact pixels) and its EXIF orientation is applied by the page's drawing
matrix.  PNG images are embedded losslessly; HEIC photos, which PDF cannot
carry, are decoded (pillow-heif applies their rotation) and stored as JPEG.
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from desktop.documents.adr.drawing import new_canvas

__all__ = ["image_page"]

SIDE_MARGIN = 15 * mm
TOP_MARGIN = 28 * mm  # leaves the top-right corner free for the exhibit stamp
BOTTOM_MARGIN = 18 * mm  # and the bottom for the bundle's page number

# EXIF orientation → (Xs, Xt, X0, Ys, Yt, Y0): where the stored image's unit
# square (s to the right, t up) lands in the displayed image's unit square.
_ORIENT: dict[int, tuple[int, int, int, int, int, int]] = {
    1: (1, 0, 0, 0, 1, 0),
    2: (-1, 0, 1, 0, 1, 0),
    3: (-1, 0, 1, 0, -1, 1),
    4: (1, 0, 0, 0, -1, 1),
    5: (0, -1, 1, -1, 0, 1),
    6: (0, 1, 0, -1, 0, 1),
    7: (0, 1, 0, 1, 0, 0),
    8: (0, -1, 1, 1, 0, 0),
}
_heif_ready = False


def _register_heif() -> None:
    global _heif_ready
    if not _heif_ready:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _heif_ready = True


def _flatten(image: Image.Image) -> Image.Image:
    """RGB or greyscale without transparency (on white), as PDF pages show it."""
    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return image.convert("RGB")


def image_page(data: bytes, kind: str) -> bytes:
    """One PDF page showing the image (kind: jpeg, png or heif)."""
    if kind == "heif":
        _register_heif()
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        if kind == "jpeg" and image.mode in ("RGB", "L"):
            orientation = int(image.getexif().get(0x0112, 1) or 1)
            width, height = image.size
            if orientation not in _ORIENT:
                orientation = 1
            if orientation >= 5:
                width, height = height, width  # the displayed size
            return _draw(ImageReader(io.BytesIO(data)), width, height, orientation)
        # PNG, HEIC and CMYK JPEG (often stored inverted) are turned upright here.
        upright = _flatten(ImageOps.exif_transpose(image))
    if kind == "png":
        reader = ImageReader(upright)
    else:
        encoded = io.BytesIO()
        upright.save(encoded, "JPEG", quality=92)
        reader = ImageReader(io.BytesIO(encoded.getvalue()))
    return _draw(reader, upright.width, upright.height, 1)


def _draw(reader: ImageReader, width: int, height: int, orientation: int) -> bytes:
    pagesize = landscape(A4) if width > height else A4
    box_w = pagesize[0] - 2 * SIDE_MARGIN
    box_h = pagesize[1] - TOP_MARGIN - BOTTOM_MARGIN
    scale = min(box_w / width, box_h / height)
    shown_w, shown_h = width * scale, height * scale
    x = (pagesize[0] - shown_w) / 2
    y = BOTTOM_MARGIN + (box_h - shown_h) / 2
    xs, xt, x0, ys, yt, y0 = _ORIENT[orientation]
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, pagesize, "exhibit image")
    canvas.saveState()
    canvas.transform(
        shown_w * xs, shown_h * ys, shown_w * xt, shown_h * yt, x + shown_w * x0, y + shown_h * y0
    )
    canvas.drawImage(reader, 0, 0, 1, 1)
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
