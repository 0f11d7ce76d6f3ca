"""Building an ADR bundle: parts, stamped exhibits, the linked bundle and its manifest.

Everything is made in a hidden sibling folder of the destination and moved into
place only when complete, so a failure or a cancel leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pikepdf

import desktop
from desktop.cases.model import ConsentPurpose
from desktop.cases.service import CaseDetails, CaseService
from desktop.documents.adr import described
from desktop.documents.adr.carry import Carried, append_exhibit, outline_items
from desktop.documents.adr.durable import DurableWriter, fsync_dir
from desktop.documents.adr.forms import application_pdf, cover_pdf, evidence_statement_pdf
from desktop.documents.adr.free_corners import Corners, free_corners
from desktop.documents.adr.index import IndexEntry, draw_index, index_pages_needed
from desktop.documents.adr.library_warnings import sentences_from_warnings
from desktop.documents.adr.manifest import FORMAT, VERSION, manifest_bytes
from desktop.documents.adr.matter import Exhibit, MatterData, load_matter, matter_case_id
from desktop.documents.adr.overlay import (
    Box,
    Corner,
    SharedStreams,
    box_matrix,
    number_box,
    number_marks,
    place_mark,
    rotation_of,
    shown_size,
    stamp_marks,
    visible_box,
)
from desktop.documents.adr.sheets import (
    Placement,
    move_bookmarks,
    move_destinations,
    put_on_sheet,
)
from desktop.documents.adr.sources import Source, open_source, read_source
from desktop.documents.adr.split import SPLIT_DIR, SplitFile, split_files
from desktop.documents.subset_tags import save_finished
from desktop.errors import Cancelled, DocumentError

__all__ = [
    "BUNDLE",
    "MANIFEST",
    "PARTS",
    "SPLIT_DIR",
    "BundleCancelled",
    "BundleResult",
    "build_bundle",
]

COVER, APPLICATION, STATEMENT, EXHIBITS = (
    "00_cover.pdf",
    "01_application.pdf",
    "02_evidence_statement.pdf",
    "03_exhibits.pdf",
)
PARTS = (COVER, APPLICATION, STATEMENT, EXHIBITS)
BUNDLE = "bundle.pdf"
MANIFEST = "manifest.json"


class BundleCancelled(Cancelled, DocumentError):
    """The person building the bundle cancelled it; nothing was written."""

    code = "cancelled.bundle"


@dataclass(frozen=True)
class BundleResult:
    """What was written, where, and anything the filer should check."""

    out_dir: Path
    bundle: Path
    parts: list[Path]
    manifest: Path
    pages: int
    exhibit_labels: list[str]
    bundle_sha256: str
    warnings: list[str] = field(default_factory=list)  # repairs, losses: check these
    summary: list[str] = field(default_factory=list)  # what each exhibit kept besides pages
    split: list[Path] = field(default_factory=list)  # one file per 号証 (split=True), in order
    # The split exhibit files' titles by file name (甲第1号証.pdf -> 給与明細書): the names
    # carry the 号証 alone, so the summary and the manifest say what each one is.
    split_titles: dict[str, str] = field(default_factory=dict)


class _Steps:
    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise BundleCancelled("The bundle was cancelled; nothing was written.")

    def step(self) -> None:
        self.done += 1
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


def _check_target(out_dir: Path) -> None:
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise DocumentError(
            f"The folder {out_dir} is not empty; choose an empty or new folder for the bundle.",
            out_dir=out_dir,
        )


def build_bundle(
    service: CaseService,
    matter_id: str,
    out_dir: Path,
    *,
    passwords: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
    keep_page_sizes: bool = False,
    split: bool = False,
) -> BundleResult:
    """Write the cover, application, evidence statement, exhibits, bundle and manifest.

    ``passwords`` maps an exhibit id (or its label, 甲第2号証) to the password of
    its PDF.  Needs a valid consent for the purpose "adr"; every bundle made is
    audited.  Raises ExhibitError / ExhibitPasswordError naming the exhibit,
    BundleCancelled, ConsentMissingError or DocumentError; then nothing is left.

    Each exhibit page is put on an A4 (A3 for A3 sources) sheet with margin bands for the
    stamp and the page number (desktop.documents.adr.sheets); ``keep_page_sizes`` keeps
    the pages as they are and the marks in their corners.  ``split`` also writes, into
    ``out_dir/split``, the 申立書, the 証拠説明書 and each exhibit as its own PDF
    (desktop.documents.adr.split), listed in the manifest.
    """
    out_dir = Path(out_dir)
    _check_target(out_dir)
    case_id = matter_case_id(service, matter_id)
    service.require_consent(case_id, ConsentPurpose.ADR, None)
    case = service.get_case(case_id)  # read once: the matter and the exhibits' files
    data = load_matter(service, matter_id, today or date.today(), case)
    if not data.exhibits:
        raise DocumentError(
            f"ADR matter '{data.title}' has no exhibits; add its evidence as exhibits first.",
            title=data.title,
        )
    steps = _Steps(len(data.exhibits) * (2 if split else 1) + 6, progress, cancelled)
    steps.check()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".part", dir=out_dir.parent))
    writer = DurableWriter()
    try:
        result = _build(service, case, data, work, dict(passwords or {}), steps,
                        keep_page_sizes, split, writer)  # fmt: skip
        writer.finish()  # every file on disk before the audit and the rename
        steps.check()
        service.vault.record_audit(
            "adr_bundle_made",
            case_id,
            {"exhibits": len(data.exhibits), "bundle_sha256": result.bundle_sha256,
             "matter": matter_id},
        )  # fmt: skip
        _move_into_place(work, out_dir)
    except BaseException:
        writer.close()  # no file still open when the folder is removed
        shutil.rmtree(work, ignore_errors=True)
        raise
    steps.step()
    return BundleResult(
        out_dir=out_dir,
        bundle=out_dir / BUNDLE,
        parts=[out_dir / name for name in PARTS],
        manifest=out_dir / MANIFEST,
        pages=result.pages,
        exhibit_labels=result.exhibit_labels,
        bundle_sha256=result.bundle_sha256,
        warnings=result.warnings,
        summary=result.summary,
        split=[out_dir / path.relative_to(work) for path in result.split],
        split_titles=result.split_titles,
    )


def _move_into_place(work: Path, out_dir: Path) -> None:
    _check_target(out_dir)
    if out_dir.exists():
        out_dir.rmdir()  # empty (checked): Windows cannot rename over a folder
    fsync_dir(work)
    os.replace(work, out_dir)
    fsync_dir(out_dir.parent)


def _save(pdf: pikepdf.Pdf) -> bytes:
    # PDF 1.7 or later, a tag per distinct font subset, the exhibits' streams as they were
    return save_finished(pdf, streams_as_they_are=True)


def _build(
    service: CaseService,
    case: CaseDetails,
    data: MatterData,
    work: Path,
    passwords: dict[str, str],
    steps: _Steps,
    keep_page_sizes: bool,
    split: bool,
    writer: DurableWriter,
) -> BundleResult:
    """Everything into ``work``: the files are written by ``writer`` (finished by the caller).

    The files are written inside the private temporary folder, which is renamed into
    place as a whole: that rename is the atomic step, not one per file.
    """
    # The papers list every exhibit; the bundle holds those with a file (the others are
    # listed in its index without pages: desktop.documents.adr.described).
    listed, data = data, described.filed_only(data)
    sources: list[Source] = []
    exhibit_pdfs: list[pikepdf.Pdf] = []
    for exhibit in data.exhibits:
        steps.check()
        source = read_source(service, case, exhibit)
        password = passwords.get(exhibit.exhibit_id, passwords.get(exhibit.label))
        exhibit_pdfs.append(open_source(source, password))
        sources.append(source)
        steps.step()
    parts: dict[str, tuple[bytes, int]] = {}
    for name, make in ((COVER, cover_pdf), (APPLICATION, application_pdf),
                       (STATEMENT, evidence_statement_pdf)):  # fmt: skip
        steps.check()
        with pikepdf.open(io.BytesIO(make(listed))) as drawn:
            # As drawn: qpdf would otherwise decode and re-encode every font program.
            parts[name] = (save_finished(drawn, streams_as_they_are=True), len(drawn.pages))
        steps.step()
    steps.check()
    carried = [s.carried or Carried(prefix=s.prefix) for s in sources]
    assembly: list[str] = []  # library warnings about the whole, not one exhibit
    try:
        exhibits_pdf, starts, numbers, streams = _exhibits_part(
            data, exhibit_pdfs, sources, carried, keep_page_sizes
        )
        with sentences_from_warnings(assembly, EXHIBITS, "the exhibits"):
            parts[EXHIBITS] = (_save(exhibits_pdf), len(exhibits_pdf.pages))
        steps.step()
        digests = {name: writer.write(work / name, pdf) for name, (pdf, _) in parts.items()}
        steps.check()
        warnings = [w for s in sources for w in s.warnings]
        warnings += [described.sentence(e) for e in listed.exhibits if described.described_only(e)]
        warnings += [
            lost for s, c in zip(sources, carried, strict=True)
            if (lost := c.lost_sentence(s.exhibit.label, s.quoted))
        ]  # fmt: skip
        summary = [
            kept for s, c in zip(sources, carried, strict=True)
            if (kept := c.kept_sentence(s.exhibit.label))
        ]  # fmt: skip
        pieces: list[SplitFile] = []
        if split:
            pieces = _write_split(work, data, parts, starts, carried, assembly, steps, writer)
        manifest = _manifest(data, sources, carried, starts, parts, digests, warnings + assembly)
        if entries := described.manifest_entries(listed.exhibits):
            manifest["described_only"] = entries
        if split:
            manifest["split"] = [
                {"file": f"{SPLIT_DIR}/{piece.name}", "label": piece.label, "title": piece.title,
                 "sha256": hashlib.sha256(piece.data).hexdigest(), "size": len(piece.data),
                 "pages": piece.pages}
                for piece in pieces
            ]  # fmt: skip
        with sentences_from_warnings(assembly, BUNDLE, "the bundle"):
            bundle_bytes, pages = _bundle(data, listed.exhibits, parts, exhibits_pdf, starts,
                                          carried, manifest, numbers, streams)  # fmt: skip
    except pikepdf.PdfError as exc:
        raise DocumentError(
            f"The bundle could not be assembled ({exc}); nothing was written.", reason=str(exc)
        ) from exc
    bundle_sha = writer.write(work / BUNDLE, bundle_bytes)
    manifest["bundle"] = {"file": BUNDLE, "sha256": bundle_sha, "size": len(bundle_bytes),
                          "pages": pages}  # fmt: skip
    writer.write(work / MANIFEST, manifest_bytes(manifest))
    steps.step()
    return BundleResult(
        out_dir=work,
        bundle=work / BUNDLE,
        parts=[work / name for name in PARTS],
        manifest=work / MANIFEST,
        pages=pages,
        exhibit_labels=[e.label for e in listed.exhibits],
        bundle_sha256=bundle_sha,
        warnings=warnings + assembly,
        summary=summary,
        split=[work / SPLIT_DIR / piece.name for piece in pieces],
        split_titles={piece.name: piece.title for piece in pieces if piece.title},
    )


def _write_split(
    work: Path,
    data: MatterData,
    parts: dict[str, tuple[bytes, int]],
    starts: list[int],
    carried: list[Carried],
    warnings: list[str],
    steps: _Steps,
    writer: DurableWriter,
) -> list[SplitFile]:
    """Write the split files into work/split (inside the private folder: atomic with it)."""
    folder = work / SPLIT_DIR
    folder.mkdir(mode=0o700)

    def between_files() -> None:
        steps.check()
        steps.step()

    pieces = split_files(parts[EXHIBITS][0], parts[APPLICATION][0], parts[STATEMENT][0],
                         data.exhibits, starts, carried, warnings, between_files)  # fmt: skip
    for piece in pieces:
        steps.check()
        writer.write(folder / piece.name, piece.data)
    writer.folder_done(folder)
    return pieces


def _exhibits_part(
    data: MatterData, exhibit_pdfs: list[pikepdf.Pdf], sources: list[Source],
    carried: list[Carried], keep_page_sizes: bool,
) -> tuple[pikepdf.Pdf, list[int], list[Corner], SharedStreams]:  # fmt: skip
    """All exhibits in order, each first page stamped with its label at the top right.

    Returns the part, each exhibit's first page, each exhibit page's number corner and
    the part's shared wrapping streams (the bundle, made from the part, adds to them).

    Each exhibit brings its bookmarks (under one bookmark per exhibit), named
    destinations, links, comments, layers and embedded files (desktop.documents.adr.carry).
    """
    out = pikepdf.Pdf.new()
    streams = SharedStreams(out)
    stamps = stamp_marks(out, [e.label for e in data.exhibits])
    starts: list[int] = []
    numbers: list[Corner] = []  # where each exhibit page's bundle page number goes
    # Sized for five digits: the bundle's page count is not known yet, and wider is safer.
    number_size = number_box(5)
    moved: dict[tuple[int, int], Placement] = {}  # pages put on sheets, by page object
    annotated: list[pikepdf.Page] = []  # pages with links (or comments) to move with them
    for pdf, stamp, source, kept in zip(exhibit_pdfs, stamps, sources, carried, strict=True):
        with sentences_from_warnings(source.warnings, source.exhibit.label, source.quoted):
            starts.append(append_exhibit(out, pdf, kept))
        moved_here: dict[int, Placement] = {}  # by page of this exhibit (0 = its first)
        for index in range(starts[-1], len(out.pages)):
            page = out.pages[index]
            if "/Annots" in page.obj:
                annotated.append(page)
            stamp_size = stamp.size if index == starts[-1] else None
            # Original sizes: the marks go in corners the page leaves empty; a page with
            # no such corners goes on a sheet like every page of the default layout.
            corners = free_corners(page, stamp_size, number_size) if keep_page_sizes else None
            if corners is None:
                placement = put_on_sheet(page, streams)
                if placement is not None:
                    moved[page.obj.objgen] = moved_here[index - starts[-1]] = placement
                corners = Corners("top-right" if stamp_size else None, "bottom-right")
            if corners.stamp is not None:
                place_mark(page, stamp, corners.stamp, streams)
            numbers.append(corners.number)
        # Bookmarks, named destinations and links into a page on a sheet lead to the same
        # spot of the page as before (their left/top moved with the page's content).
        kept.bookmarks = move_bookmarks(kept.bookmarks, moved_here)
    move_destinations(out, annotated, moved)
    with out.open_outline() as outline:
        outline.root.extend(_exhibit_bookmarks(data, out, starts, carried, 0))
    return out, starts, numbers, streams


def _exhibit_bookmarks(
    data: MatterData, pdf: pikepdf.Pdf, starts: list[int], carried: list[Carried], offset: int
) -> list[pikepdf.OutlineItem]:
    """One bookmark per exhibit (甲第1号証　title), the exhibit's own bookmarks under it."""
    items = []
    for exhibit, start, kept in zip(data.exhibits, starts, carried, strict=True):
        item = pikepdf.OutlineItem(f"{exhibit.label}　{exhibit.title}", _dest(pdf, offset + start))
        item.children = outline_items(kept.bookmarks, offset + start, pdf)
        item.is_closed = True  # a long exhibit outline stays folded until opened
        items.append(item)
    return items


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):  # fmt: skip
        while number >= value:
            out, number = out + letters, number - value
    return out


def _manifest(
    data: MatterData,
    sources: list[Source],
    carried: list[Carried],
    starts: list[int],
    parts: dict[str, tuple[bytes, int]],
    digests: dict[str, str],
    warnings: list[str],
) -> dict[str, Any]:
    body_offset = parts[APPLICATION][1] + parts[STATEMENT][1]
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"Madoguchi {desktop.__version__}",
        "made_on": data.today.isoformat(),
        "matter": {"id": data.matter_id, "title": data.title, "forum": data.forum},
        "sources": [
            {
                "label": s.exhibit.label,
                "exhibit_id": s.exhibit.exhibit_id,
                "title": s.exhibit.title,
                "evidence_id": s.evidence_id,
                "filename": s.filename,
                "media_type": s.media_type,
                "size": len(s.data),
                "sha256": s.sha256,
                "bundle_page": body_offset + start + 1,
                "kept": {
                    "bookmarks": sum(b.count() for b in c.bookmarks),
                    "named_destinations": c.named_destinations,
                    "links": c.links,
                    "comments": c.comments,
                    "flattened_form_fields": c.form_fields,
                },
                "attachments": [
                    {
                        "name": f.key,
                        "filename": f.filename,
                        "size": f.size,
                        "sha256": f.sha256,
                        "media_type": f.media_type,
                    }
                    for f in c.files
                ],
                "not_carried": c.not_carried,
            }
            for s, c, start in zip(sources, carried, starts, strict=True)
        ],
        "parts": [
            {"file": name, "sha256": digests[name], "size": len(pdf), "pages": pages}
            for name, (pdf, pages) in parts.items()
        ],
        "bundle_contents": [APPLICATION, STATEMENT, EXHIBITS],
        "warnings": warnings,
    }


def _dest(pdf: pikepdf.Pdf, index: int) -> pikepdf.Array:
    """Go to the displayed top-left corner of page ``index``, keeping the zoom."""
    page = pdf.pages[index]
    left, top = _top_left(visible_box(page), rotation_of(page))
    return pikepdf.Array([page.obj, pikepdf.Name.XYZ, left, top, None])


@functools.lru_cache(maxsize=64)
def _top_left(box: Box, rotation: int) -> tuple[float, float]:
    """The displayed top-left corner in user space (pages come in a few layouts)."""
    _, _, c, d, e, f = box_matrix(box, rotation)  # the point (0, top) as displayed
    top = shown_size(box, rotation)[1]
    return c * top + e, d * top + f


def _bundle(
    data: MatterData,
    listed: list[Exhibit],
    parts: dict[str, tuple[bytes, int]],
    exhibits_pdf: pikepdf.Pdf,
    starts: list[int],
    carried: list[Carried],
    manifest: dict[str, Any],
    numbers: list[Corner],
    streams: SharedStreams,
) -> tuple[bytes, int]:
    """Index + application + evidence statement + exhibits, linked, numbered, bookmarked.

    ``listed`` is every exhibit in order: those described only get an index row without
    a page (``data`` holds the exhibits with a file, whose pages start at ``starts``).
    """
    n_app, n_stmt = parts[APPLICATION][1], parts[STATEMENT][1]
    rows: list[tuple[str, int, int | None]] = [
        ("申立書", 0, 0),
        ("証拠説明書", 0, n_app),
        ("書証（甲号証）", 0, n_app + n_stmt),
    ]
    start_of = {e.exhibit_id: s for e, s in zip(data.exhibits, starts, strict=True)}
    rows += [
        (f"{e.label}　{e.title}", 1,
         None if (start := start_of.get(e.exhibit_id)) is None else n_app + n_stmt + start)
        for e in listed
    ]  # fmt: skip
    front = index_pages_needed(len(rows))
    entries = [
        IndexEntry(text, level, described.NO_PAGE, None) if body is None
        else IndexEntry(text, level, str(body + 1), front + body)
        for text, level, body in rows
    ]  # fmt: skip
    subtitle = f"申立人 {data.applicant.name}　相手方 " + "、".join(
        p.name for p in data.respondents
    )
    index_bytes, boxes = draw_index(data.title, subtitle, entries)
    # The exhibits part (already saved) becomes the bundle: the few front pages are
    # copied in ahead of it, instead of copying every exhibit page a second time.
    bundle = exhibits_pdf
    fronts = [pikepdf.open(io.BytesIO(b)) for b in (index_bytes, parts[APPLICATION][0],
                                                   parts[STATEMENT][0])]  # fmt: skip
    position = 0
    for front_pdf in fronts:
        for page in front_pdf.pages:
            bundle.pages.insert(position, page)
            position += 1
    total = len(bundle.pages)
    printed = [_roman(i + 1) for i in range(front)] + [str(i + 1) for i in range(total - front)]
    front_corner: Corner = "bottom-right"
    corners = [front_corner] * (front + n_app + n_stmt) + numbers
    marks = number_marks(bundle, printed)
    for page, number, corner in zip(bundle.pages, marks, corners, strict=True):
        place_mark(page, number, corner, streams)
    for box in boxes:
        page = bundle.pages[box.page]
        link = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Link,
            Rect=pikepdf.Array(list(box.rect)),
            Border=pikepdf.Array([0, 0, 0]),
            Dest=_dest(bundle, box.target),
        )
        if "/Annots" not in page.obj:
            page.obj["/Annots"] = pikepdf.Array()
        page.obj["/Annots"].append(bundle.make_indirect(link))
    with bundle.open_outline() as outline:
        outline.root.clear()  # the exhibits part's bookmarks, rebuilt under 書証 below
        outline.root.append(pikepdf.OutlineItem("目次", _dest(bundle, 0)))
        outline.root.append(pikepdf.OutlineItem("申立書", _dest(bundle, front)))
        outline.root.append(pikepdf.OutlineItem("証拠説明書", _dest(bundle, front + n_app)))
        evidence = pikepdf.OutlineItem("書証（甲号証）", _dest(bundle, front + n_app + n_stmt))
        evidence.children = _exhibit_bookmarks(data, bundle, starts, carried,
                                               front + n_app + n_stmt)  # fmt: skip
        outline.root.append(evidence)
    root = bundle.Root
    root.PageLabels = pikepdf.Dictionary(
        Nums=pikepdf.Array([0, pikepdf.Dictionary(S=pikepdf.Name.r),
                            front, pikepdf.Dictionary(S=pikepdf.Name.D, St=1)])
    )  # fmt: skip
    root.OpenAction = pikepdf.Array([bundle.pages[0].obj, pikepdf.Name.XYZ, None, None, 1])
    root.PageMode = pikepdf.Name.UseOutlines
    root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
    root.Lang = pikepdf.String("ja")
    bundle.trailer.Info = bundle.make_indirect(
        pikepdf.Dictionary(
            Title=pikepdf.String(f"{data.title}　証拠書類一式"),
            Author=pikepdf.String("Madoguchi"),
            Creator=pikepdf.String("Madoguchi"),
        )
    )
    bundle.attachments[MANIFEST] = pikepdf.AttachedFileSpec(
        bundle,
        manifest_bytes(manifest),
        filename=MANIFEST,
        mime_type="application/json",
        description="SHA-256 of every source file and part of this bundle",
        creation_date="",  # no timestamps: same inputs, same bytes
        mod_date="",
    )
    with contextlib.suppress(KeyError):
        del root["/Metadata"]  # no XMP: it would carry no more than the Info above
    return _save(bundle), total
