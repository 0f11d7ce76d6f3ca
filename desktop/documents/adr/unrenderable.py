"""Exhibits a bundle cannot show: dynamic XFA forms and their "Please wait…" page.

A dynamic XFA form keeps its real content in an XML stream that only Adobe's
viewers lay out; the PDF pages hold a placeholder ("Please wait... If this message
is not eventually replaced by the proper contents of the document, your PDF viewer
may not be able to display this type of document").  Copying those pages would put
the placeholder in the bundle instead of the evidence, so such an exhibit is
refused with what to do: print it to PDF from the issuing viewer, or attach a scan.
"""

from __future__ import annotations

import re

import pikepdf

from desktop.errors import ExhibitError

__all__ = ["refuse_unrenderable"]

# The placeholder Adobe's tools write; the second sentence is specific to it.
_PLACEHOLDER = re.compile(rb"Please\s+wait|proper\s+contents\s+of\s+the\s+document", re.I)
_PLACEHOLDER_ONLY = re.compile(rb"proper\s+contents\s+of\s+the\s+document", re.I)
_TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}
_SMALL_PAGE = 2_048  # bytes of content: the placeholder page has a few hundred


def _shown_text(page: pikepdf.Page) -> bytes:
    """The string operands of the page's text operators (raw bytes, no font decoding)."""
    out: list[bytes] = []
    for instruction in pikepdf.parse_content_stream(page):
        if not isinstance(instruction, pikepdf.ContentStreamInstruction):
            continue  # an inline image
        if str(instruction.operator) not in _TEXT_OPERATORS:
            continue
        for operand in instruction.operands:
            items = operand if isinstance(operand, pikepdf.Array) else [operand]
            out += [bytes(item) for item in items if isinstance(item, pikepdf.String)]
    return b" ".join(out)


def _streams(page: pikepdf.Page) -> list[pikepdf.Stream]:
    contents = page.obj.get("/Contents")
    streams = contents if isinstance(contents, pikepdf.Array) else [contents]
    return [s for s in streams if isinstance(s, pikepdf.Stream)]


def _content_size(page: pikepdf.Page) -> int:
    return sum(int(s.get("/Length", 0)) for s in _streams(page))


def _may_say_placeholder(page: pikepdf.Page) -> bool:
    """False when the page's text cannot hold the placeholder sentence (no parsing needed).

    Without escapes (backslash) or hex strings (<…>), every string the page shows is
    in its content bytes as written, so a sentence ending in "document" needs that word
    there.  Most short first pages (a receipt, a letter) are ruled out by this one
    search instead of a full parse of their content stream.
    """
    try:
        raw = b"".join(bytes(s.read_bytes()) for s in _streams(page))
    except pikepdf.PdfError:
        return True  # undecodable: let the parser decide
    return b"\\" in raw or b"<" in raw or b"document" in raw.lower()


def refuse_unrenderable(pdf: pikepdf.Pdf, label: str, quoted: str) -> None:
    """Raise ExhibitError when the pages would show a placeholder instead of the form."""
    acroform = pdf.Root.get("/AcroForm")
    has_xfa = isinstance(acroform, pikepdf.Dictionary) and "/XFA" in acroform
    needs_rendering = bool(pdf.Root.get("/NeedsRendering", False))
    placeholder = needs_rendering
    if not placeholder and has_xfa:
        placeholder = any(_PLACEHOLDER.search(_shown_text(p)) for p in pdf.pages)
    elif (
        not placeholder
        and _content_size(pdf.pages[0]) < _SMALL_PAGE
        and _may_say_placeholder(pdf.pages[0])
    ):
        # Without /XFA (a tool may have stripped it) only the unmistakable sentence counts.
        placeholder = bool(_PLACEHOLDER_ONLY.search(_shown_text(pdf.pages[0])))
    if placeholder:
        raise ExhibitError(
            label,
            f"{quoted} is a dynamic (XFA) form that only Adobe Reader can draw; a bundle would "
            "show its 'Please wait…' page instead of the form. Open it in Adobe Reader and "
            "print it to PDF, or attach a scan of the printed form, and use that as the exhibit",
            code="exhibit.xfa",
            quoted=quoted,
        )
