"""Font subset tags derived from the subset itself, and the PDF version a filing declares.

reportlab names every font subset by its number (``AAAAAA+`` for the first), so two
documents put together carry several different ``AAAAAA+IPAexGothic`` fonts, and a
court's checker (or Acrobat's preflight) reports the clash.  ISO 32000-1 §9.6.4 asks
for a tag of six upper-case letters that identifies the subset; as it suggests, the
tag here is computed from the subset's bytes, so equal subsets share a tag, different
ones practically never do, and the same inputs still give the same file.
"""

from __future__ import annotations

import hashlib
import io
import re
import zlib

import pikepdf

__all__ = ["MIN_VERSION", "finished_bytes", "retag_subsets", "save_finished", "subset_tag"]

MIN_VERSION = "1.7"  # ISO 32000-1, what e-filing systems ask for as a minimum
_TAGGED = re.compile(r"^[A-Z]{6}\+(.+)$")
_COMPRESS_FROM = 64  # bytes: smaller streams ("q", "Q") would only grow


def subset_tag(font_program: bytes) -> str:
    """Six upper-case letters from the SHA-256 of an embedded font program."""
    digest = hashlib.sha256(font_program).digest()
    return "".join(chr(ord("A") + byte % 26) for byte in digest[:6])


def _descriptor(font: pikepdf.Dictionary) -> pikepdf.Object | None:
    if "/FontDescriptor" in font:
        return font.FontDescriptor
    descendants = font.get("/DescendantFonts")
    if descendants is not None and len(descendants) and "/FontDescriptor" in descendants[0]:
        return descendants[0].FontDescriptor
    return None


def _program(descriptor: pikepdf.Object) -> bytes | None:
    for key in ("/FontFile2", "/FontFile", "/FontFile3"):
        if key in descriptor:
            return bytes(descriptor[key].read_bytes())
    return None


def retag_subsets(pdf: pikepdf.Pdf) -> int:
    """Give every embedded, tagged font subset a tag made from its bytes; returns how many."""
    return sum(_retag(obj) for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary))


def _retag(obj: pikepdf.Dictionary) -> bool:
    if obj.get("/Type") != "/Font":
        return False
    match = _TAGGED.match(str(obj.get("/BaseFont", "")).removeprefix("/"))
    descriptor = _descriptor(obj)
    if match is None or descriptor is None:
        return False
    program = _program(descriptor)
    if program is None:
        return False
    # The ToUnicode map is part of what makes a subset: two subsets with the same
    # glyphs mapped to different characters must not share a name.
    unicode_map = bytes(obj.ToUnicode.read_bytes()) if "/ToUnicode" in obj else b""
    name = pikepdf.Name(f"/{subset_tag(program + unicode_map)}+{match.group(1)}")
    obj.BaseFont = name
    descriptor.FontName = name
    for descendant in obj.get("/DescendantFonts", ()):
        descendant.BaseFont = name
    return True


def _compress(stream: pikepdf.Stream) -> None:
    """Flate-compress a stream that has no filter (a few bytes are left as they are)."""
    if "/Filter" in stream or "/F" in stream:  # filtered, or its data is in another file
        return
    raw = stream.read_raw_bytes()
    if len(raw) >= _COMPRESS_FROM:
        stream.write(zlib.compress(raw), filter=pikepdf.Name.FlateDecode)


def save_finished(pdf: pikepdf.Pdf, *, streams_as_they_are: bool = False) -> bytes:
    """Retag the subsets and save deterministically, declaring at least PDF 1.7.

    ``streams_as_they_are`` is for documents made of pages copied from other PDFs (the
    exhibits part, the bundle, split files): qpdf counts every copied stream as changed,
    so with its default settings it decodes and re-encodes each one on every save (the
    larger part of a 500-page bundle's save time); it also re-encodes reportlab's font
    programs (the ADR papers).  Here the streams that already have a filter are written
    byte for byte as they are, and only the unfiltered ones are Flate-compressed first
    (by us, as qpdf would have done).
    """
    buffer = io.BytesIO()
    if not streams_as_they_are:
        retag_subsets(pdf)
        pdf.save(buffer, deterministic_id=True, min_version=MIN_VERSION)
        return buffer.getvalue()
    for obj in pdf.objects:  # one walk over the objects for both jobs
        if isinstance(obj, pikepdf.Stream):
            _compress(obj)
        elif isinstance(obj, pikepdf.Dictionary):
            _retag(obj)
    pdf.save(
        buffer,
        deterministic_id=True,
        min_version=MIN_VERSION,
        compress_streams=False,
        stream_decode_level=pikepdf.StreamDecodeLevel.none,
    )
    return buffer.getvalue()


def finished_bytes(pdf_bytes: bytes) -> bytes:
    """``pdf_bytes`` (a reportlab document) retagged and declaring PDF 1.7."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        return save_finished(pdf)
