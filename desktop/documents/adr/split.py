"""One PDF per 号証 for upload, beside the bundle: 甲第1号証.pdf, 甲第3号証の1.pdf, 申立書.pdf ….

Courts' and the centre's upload forms take one file per exhibit.  Each split file is cut
from the saved exhibits part (03_exhibits.pdf), so it is exactly what the bundle shows for
that exhibit: the same sheets and stamp, the exhibit's bookmark with its own bookmarks
under it, its named destinations (same ``exhibit-N/…`` names) and links, its comments and
its embedded files.  It has no bundle page numbers: those belong to the bundle.

Each file is named by its 号証 alone, as the issue's upload practice has it (甲第1号証.pdf,
甲第3号証の1.pdf): the court or centre matches uploads to the 証拠説明書 by number, and a
title in the name only adds characters some upload forms refuse.  The title stays in the
file (its document title and bookmark), in the manifest's ``split`` entries and in the
summary the CLI and the dialog show.  Names are still made safe on Windows, macOS and
Linux (a label is digits and kanji today; the guard costs nothing if that changes).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pikepdf
from pikepdf import Array, Dictionary

from desktop.documents.adr.carry import Carried
from desktop.documents.adr.library_warnings import sentences_from_warnings
from desktop.documents.adr.matter import Exhibit
from desktop.documents.subset_tags import save_finished

__all__ = ["SPLIT_DIR", "SplitFile", "safe_file_name", "split_file_name", "split_files"]

SPLIT_DIR = "split"  # the sub-folder of the bundle's folder that holds the split files
APPLICATION_NAME, STATEMENT_NAME = "申立書.pdf", "証拠説明書.pdf"
# Windows refuses these in file names; their full-width forms read the same to a person.
_FULL_WIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in '<>:"/\\|?*'})
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_MAX_NAME_BYTES = 200  # ext4 and APFS allow 255 UTF-8 bytes; leave room for ".pdf" and copies
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
             *(f"LPT{n}" for n in range(1, 10))}  # fmt: skip


@dataclass(frozen=True)
class SplitFile:
    """One split file: its name inside SPLIT_DIR, what it holds, and its bytes."""

    name: str
    label: str  # 甲第1号証, or 申立書 / 証拠説明書
    data: bytes
    pages: int
    title: str = ""  # the exhibit's title (not in the name: see the module's docstring)


def safe_file_name(stem: str) -> str:
    """``stem.pdf`` as a name every common file system and Windows accept.

    Characters Windows forbids become their full-width forms, control characters go,
    whitespace runs become one space, trailing dots and spaces go, NFC, ≤ 200 bytes.
    """
    stem = " ".join(unicodedata.normalize("NFC", stem).split())  # tabs, newlines: one space
    stem = _CONTROL.sub("", stem.translate(_FULL_WIDTH)).strip()
    while len(stem.encode("utf-8")) > _MAX_NAME_BYTES:
        stem = stem[:-1]
    stem = stem.rstrip(". ")  # Windows drops trailing dots and spaces silently
    if not stem or stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"  # an empty or a reserved device name (CON, NUL …) never reaches disk
    return f"{stem}.pdf"


def split_file_name(label: str) -> str:
    """``甲第1号証.pdf``, ``甲第3号証の1.pdf``: the file of one 号証, named by its label."""
    return safe_file_name(label)


def split_files(
    exhibits_part: bytes,
    application: bytes,
    statement: bytes,
    exhibits: Sequence[Exhibit],
    starts: Sequence[int],
    carried: Sequence[Carried],
    warnings: list[str],
    check: Callable[[], None],
) -> list[SplitFile]:
    """The 申立書, the 証拠説明書 and one file per exhibit, cut from the saved parts.

    ``check`` is called between files (it raises to cancel); library warnings become
    sentences in ``warnings``.
    """
    out = [
        SplitFile(APPLICATION_NAME, "申立書", application, _page_count(application)),
        SplitFile(STATEMENT_NAME, "証拠説明書", statement, _page_count(statement)),
    ]
    with pikepdf.open(io.BytesIO(exhibits_part)) as part:
        ends = [*starts[1:], len(part.pages)]
        names = _destinations_by_page(part)
        for exhibit, start, end, kept in zip(exhibits, starts, ends, carried, strict=True):
            check()
            with sentences_from_warnings(warnings, exhibit.label, f"「{exhibit.title}」"):
                data = _one_exhibit(part, range(start, end), names, exhibit, kept)
            out.append(SplitFile(split_file_name(exhibit.label), exhibit.label, data,
                                 end - start, exhibit.title))  # fmt: skip
    return out


def _page_count(pdf_bytes: bytes) -> int:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        return len(pdf.pages)


def _destinations_by_page(part: pikepdf.Pdf) -> dict[int, list[tuple[str, list[pikepdf.Object]]]]:
    """The part's named destinations grouped by the page they lead to (name, view)."""
    pages = {page.obj.objgen: index for index, page in enumerate(part.pages)}
    grouped: dict[int, list[tuple[str, list[pikepdf.Object]]]] = {}
    names = part.Root.get("/Names")
    if not isinstance(names, Dictionary) or "/Dests" not in names:
        return grouped
    for name, entry in pikepdf.NameTree(names.Dests).items():
        target = entry.get("/D") if isinstance(entry, Dictionary) else entry
        if isinstance(target, Array) and len(target) and isinstance(target[0], Dictionary):
            index = pages.get(target[0].objgen)
            if index is not None:
                grouped.setdefault(index, []).append((name, list(target)[1:]))
    return grouped


def _one_exhibit(
    part: pikepdf.Pdf,
    pages: range,
    names: dict[int, list[tuple[str, list[pikepdf.Object]]]],
    exhibit: Exhibit,
    kept: Carried,
) -> bytes:
    pdf = pikepdf.Pdf.new()
    # The part's outline has one entry per exhibit leading to its first page, the
    # exhibit's own bookmarks under it: pikepdf keeps the entries that lead into the
    # copied pages, hierarchy and all, and the destinations the links use.
    pdf.add_pages_from(part, pages, forms="strip", layers="preserve", outlines="preserve")
    if not isinstance(pdf.Root.get("/Names"), Dictionary):
        pdf.Root.Names = pdf.make_indirect(Dictionary())
    if "/Dests" not in pdf.Root.Names:
        pdf.Root.Names.Dests = pikepdf.NameTree.new(pdf).obj
    tree = pikepdf.NameTree(pdf.Root.Names.Dests)
    for index in pages:  # the names no link uses: still reachable as file.pdf#exhibit-1/…
        for name, view in names.get(index, []):
            if name not in tree:
                page = pdf.pages[index - pages.start].obj
                tree[name] = pdf.make_indirect(Dictionary(D=Array([page, *view])))
    for item in kept.files:
        pdf.attachments[item.key] = pikepdf.AttachedFileSpec(
            pdf, item.data, filename=item.filename, mime_type=item.media_type,
            description=item.description, creation_date="", mod_date="",
        )  # fmt: skip
    root = pdf.Root
    root.PageMode = pikepdf.Name.UseOutlines
    root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    root.Lang = pikepdf.String("ja")
    pdf.trailer.Info = pdf.make_indirect(
        Dictionary(
            Title=pikepdf.String(f"{exhibit.label}　{exhibit.title}"),
            Author=pikepdf.String("Madoguchi"),
            Creator=pikepdf.String("Madoguchi"),
        )
    )
    return save_finished(pdf, streams_as_they_are=True)
