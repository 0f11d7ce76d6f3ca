"""Pictures of evidence files that Qt cannot decode itself: HEIC/HEIF photos.

iPhones save photos as HEIC by default, and Qt ships no HEIF image plugin, so the
evidence preview would show nothing for the photos workers send most.  pillow-heif
(already a dependency: the ADR bundle turns HEIC exhibits into pages with it) decodes
them here, in memory only, into plain RGB pixels the interface can show.  Nothing
decoded is written to disk.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps

__all__ = ["Pixels", "heif_pixels", "is_heif"]

# The ISO base media "ftyp" brands of HEIF still images (the same list the bundle uses).
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_heif_ready = False


@dataclass(frozen=True)
class Pixels:
    """An upright RGB picture: ``width`` × ``height`` pixels, 3 bytes each, row by row."""

    width: int
    height: int
    rgb: bytes


def is_heif(head: bytes) -> bool:
    """True when the file starts like a HEIF/HEIC still image (by content, not by name)."""
    return head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS


def _register() -> None:
    global _heif_ready
    if not _heif_ready:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _heif_ready = True


def heif_pixels(data: bytes, max_side: int) -> Pixels | None:
    """The photo turned upright and shrunk to at most ``max_side`` pixels a side, or None
    when the bytes are not a HEIF image this computer can decode."""
    if not is_heif(data[:32]):
        return None
    _register()
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError):
        return None  # damaged or an unsupported codec: the preview says it is not available
    upright.thumbnail((max_side, max_side))
    rgb = upright.convert("RGB")
    return Pixels(rgb.width, rgb.height, rgb.tobytes())
