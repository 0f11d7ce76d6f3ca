"""What an exhibit holds besides its pages, carried into the bundle or named as lost.

Kept: the exhibit's bookmarks (nested under the exhibit's own bookmark), named
destinations (renamed ``exhibit-3-1/…`` so two exhibits cannot collide) and the
links that use them, links to web addresses, comments (notes with their popups,
highlights, …) as they were, embedded files (as attachments of the bundle, listed
in the manifest) and layers.  Form fields are the one thing flattened: their values
become page content, so nothing in the bundle can be edited.

Not carried, and named per exhibit: tagged structure, owner restrictions (the
bundle is never encrypted), JavaScript (removed from links and pages: a bundle
runs nothing) and static XFA data (its fields are shown as filled in).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pikepdf
from pikepdf import Array, Dictionary, Name, String

__all__ = ["Bookmark", "Carried", "EmbeddedFile", "append_exhibit", "outline_items", "prepare"]

# Actions a bundle must never run when a link is clicked or a page opens.
_ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/ResetForm"}
_NOT_COMMENTS = {"/Link", "/Widget", "/Popup"}


@dataclass(frozen=True)
class Bookmark:
    """One outline entry of an exhibit: its page (0 = the exhibit's first) and view."""

    title: str
    page: int | None  # None: a heading without a destination of its own
    view: tuple[str | float | None, ...]
    closed: bool
    children: tuple[Bookmark, ...]

    def count(self) -> int:
        return 1 + sum(child.count() for child in self.children)


@dataclass(frozen=True)
class EmbeddedFile:
    """A file embedded in an exhibit, as attached to the bundle."""

    key: str  # the attachment's name in the bundle: "甲第4号証 data.csv"
    filename: str
    size: int
    sha256: str
    media_type: str
    data: bytes = field(repr=False)
    description: str = ""


@dataclass
class Carried:
    """What :func:`prepare` found in one exhibit."""

    prefix: str
    bookmarks: list[Bookmark] = field(default_factory=list)
    named_destinations: int = 0
    links: int = 0
    comments: int = 0
    form_fields: int = 0
    files: list[EmbeddedFile] = field(default_factory=list)
    not_carried: list[str] = field(default_factory=list)
    # What only pikepdf's page-copy helpers handle: links by name, widgets left over.
    named_references: int = 0
    widgets: int = 0

    def kept_sentence(self, label: str) -> str | None:
        """One line for the summary: what of this exhibit besides its pages was kept."""
        parts = [
            (sum(b.count() for b in self.bookmarks), "bookmark"),
            (self.named_destinations, "named destination"),
            (self.links, "link"),
            (self.comments, "comment"),
            (len(self.files), "attached file"),
            (self.form_fields, "flattened form field"),
        ]
        said = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in parts if n]
        return f"{label}: kept " + ", ".join(said) if said else None

    def lost_sentence(self, label: str, quoted: str) -> str | None:
        if not self.not_carried:
            return None
        return (
            f"{label}: {quoted} has "
            + "; ".join(self.not_carried)
            + ", which a bundle cannot carry; they were left out"
        )


def _plain(value: object) -> str | float | None:
    if isinstance(value, Name):
        return str(value)
    if isinstance(value, int | float | pikepdf.Object) and not isinstance(value, bool):
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    return None


def _action_nodes(action: object) -> list[Dictionary]:
    """An action and those chained after it (/Next), without loops."""
    out: list[Dictionary] = []
    pending = [action]
    seen: set[tuple[int, int]] = set()
    while pending:
        node = pending.pop(0)
        if not isinstance(node, Dictionary):
            continue
        if node.is_indirect:
            if node.objgen in seen:
                continue
            seen.add(node.objgen)
        out.append(node)
        following = node.get("/Next")
        pending += list(following) if isinstance(following, Array) else [following]
    return out


class _Destinations:
    """The exhibit's named destinations, resolved to (page index, view)."""

    def __init__(self, pdf: pikepdf.Pdf, pages: dict[tuple[int, int], int]) -> None:
        self.pages = pages
        self.by_key: dict[tuple[str, str], Array] = {}
        names = pdf.Root.get("/Names")
        if isinstance(names, Dictionary) and "/Dests" in names:
            for name, entry in pikepdf.NameTree(names.Dests).items():
                self._add("string", str(name), entry)
        legacy = pdf.Root.get("/Dests")
        if isinstance(legacy, Dictionary):
            for key, entry in legacy.items():
                self._add("name", str(key), entry)

    def _add(self, kind: str, name: str, entry: object) -> None:
        target = entry.get("/D") if isinstance(entry, Dictionary) else entry
        if (
            isinstance(target, Array) and len(target) and isinstance(target[0], Dictionary)
            and target[0].objgen in self.pages
        ):  # fmt: skip
            self.by_key[(kind, name)] = target

    def resolve(self, target: object) -> Array | None:
        if isinstance(target, String):
            return self.by_key.get(("string", str(target)))
        if isinstance(target, Name):
            return self.by_key.get(("name", str(target)))
        if isinstance(target, Array) and len(target) and isinstance(target[0], Dictionary):
            return target if target[0].objgen in self.pages else None
        return None

    def new_name(self, prefix: str, key: tuple[str, str]) -> str:
        kind, name = key
        return prefix + (name[1:] if kind == "name" else name)


def _bookmarks(pdf: pikepdf.Pdf, dests: _Destinations) -> list[Bookmark]:
    if not isinstance(pdf.Root.get("/Outlines"), Dictionary):
        return []

    def convert(item: pikepdf.OutlineItem) -> Bookmark:
        target: object = item.destination
        if target is None and item.action is not None and item.action.get("/S") == Name.GoTo:
            target = item.action.get("/D")
        explicit = dests.resolve(target)
        page = dests.pages[explicit[0].objgen] if explicit is not None else None
        view = tuple(_plain(v) for v in list(explicit)[1:]) if explicit is not None else ()
        return Bookmark(item.title or "", page, view, item.is_closed,
                        tuple(convert(child) for child in item.children))  # fmt: skip

    try:
        with pdf.open_outline(max_depth=64) as outline:
            return [convert(item) for item in outline.root]
    except (pikepdf.OutlineStructureError, AttributeError, TypeError, ValueError):
        return []  # an outline too damaged to read is left behind (named below)


def _flatten_fields(pdf: pikepdf.Pdf, carried: Carried) -> None:
    """Fix form fields' values into the page; every other annotation stays as it is.

    qpdf's flattening takes every annotation on the page, so the others are set
    aside while it runs and put back after.
    """
    acroform = pdf.Root.get("/AcroForm")
    if not isinstance(acroform, Dictionary):
        return
    if "/XFA" in acroform:
        carried.not_carried.append("static XFA form data (its fields are shown as filled in)")
        del acroform["/XFA"]
    carried.form_fields = len(pdf.acroform.fields) if len(acroform.get("/Fields", [])) else 0
    pdf.generate_appearance_streams()
    set_aside: dict[int, list[pikepdf.Object]] = {}
    for index, page in enumerate(pdf.pages):
        annots = page.obj.get("/Annots")
        if not isinstance(annots, Array):
            continue
        set_aside[index] = [a for a in annots if a.get("/Subtype") != Name.Widget]
        page.obj.Annots = Array([a for a in annots if a.get("/Subtype") == Name.Widget])
    pdf.flatten_annotations("all")
    undrawn = sum(len(pdf.pages[index].obj.get("/Annots", [])) for index in set_aside)
    if undrawn:  # qpdf could not draw these (no appearance, e.g. an unsigned signature)
        carried.not_carried.append(f"{undrawn} form field(s) with nothing to show")
    for index, others in set_aside.items():
        page_obj = pdf.pages[index].obj
        if others:
            page_obj.Annots = Array(others)  # widgets qpdf could not draw are not kept live
        elif "/Annots" in page_obj:
            del page_obj["/Annots"]
    if "/AcroForm" in pdf.Root:
        del pdf.Root["/AcroForm"]


def _remove_active_content(pdf: pikepdf.Pdf) -> bool:
    """Take JavaScript and other active actions off pages and annotations; True if any."""
    found = False
    for page in pdf.pages:
        if "/AA" in page.obj:
            del page.obj["/AA"]
            found = True
        annots = page.obj.get("/Annots")
        if not isinstance(annots, Array):
            continue
        kept = []
        for annot in annots:
            if "/AA" in annot:
                del annot["/AA"]
                found = True
            nodes = _action_nodes(annot.get("/A"))
            if any(n.get("/S") in _ACTIVE_ACTIONS for n in nodes):
                del annot["/A"]
                found = True
                if annot.get("/Subtype") == Name.Link:
                    continue  # a link whose only action was a script leads nowhere: dropped
            kept.append(annot)
        if len(kept) != len(annots):
            page.obj.Annots = Array(kept)
    names = pdf.Root.get("/Names")
    document_js = isinstance(names, Dictionary) and "/JavaScript" in names
    opening = _action_nodes(pdf.Root.get("/OpenAction"))
    return (
        found
        or document_js
        or "/AA" in pdf.Root
        or any(n.get("/S") in _ACTIVE_ACTIONS for n in opening)
    )


def _rename_destinations(pdf: pikepdf.Pdf, dests: _Destinations, carried: Carried) -> None:
    """Every named destination gets the exhibit's prefix, and every link its new name.

    Links with explicit destinations need nothing: the page copy maps their pages.
    """
    tree = pikepdf.NameTree.new(pdf)
    for key, target in dests.by_key.items():
        tree[dests.new_name(carried.prefix, key)] = Dictionary(D=target)
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            subtype = annot.get("/Subtype")
            if subtype == Name.Link:
                carried.links += 1
            elif subtype == Name.Widget:
                carried.widgets += 1
            elif subtype not in _NOT_COMMENTS:
                carried.comments += 1
            owners = [(annot, Name.Dest)]
            owners += [(n, Name.D) for n in _action_nodes(annot.get("/A"))
                       if n.get("/S") == Name.GoTo]  # fmt: skip
            for owner, entry in owners:
                value = owner.get(entry)
                if isinstance(value, String | Name):
                    carried.named_references += 1
                kind = "string" if isinstance(value, String) else "name"
                if isinstance(value, String | Name) and (kind, str(value)) in dests.by_key:
                    owner[entry] = String(dests.new_name(carried.prefix, (kind, str(value))))
    carried.named_destinations = len(dests.by_key)
    if "/Dests" in pdf.Root:
        del pdf.Root["/Dests"]
    if not isinstance(pdf.Root.get("/Names"), Dictionary):
        pdf.Root.Names = Dictionary()
    pdf.Root.Names.Dests = tree.obj


def _embedded_files(pdf: pikepdf.Pdf, label: str) -> list[EmbeddedFile]:
    out: list[EmbeddedFile] = []
    keys: set[str] = set()
    for name, spec in sorted(pdf.attachments.items()):
        stream = spec.get_file()
        data = stream.read_bytes()
        filename = spec.filename or name
        key, n = f"{label} {filename}", 1
        while key in keys:
            n += 1
            key = f"{label} ({n}) {filename}"
        keys.add(key)
        out.append(EmbeddedFile(key=key, filename=filename, size=len(data),
                                sha256=hashlib.sha256(data).hexdigest(),
                                media_type=stream.mime_type or "application/octet-stream",
                                data=data, description=spec.description or ""))  # fmt: skip
    return out


def _restrictions(pdf: pikepdf.Pdf) -> str | None:
    if not pdf.is_encrypted:
        return None
    allow = pdf.allow
    denied = [what for what, ok in (("printing", allow.print_highres), ("copying text",
              allow.extract), ("editing", allow.modify_other),
              ("commenting", allow.modify_annotation)) if not ok]  # fmt: skip
    if not denied:
        return None
    return "owner restrictions (no " + ", no ".join(denied) + "; the bundle is not encrypted)"


def prepare(pdf: pikepdf.Pdf, label: str, prefix: str) -> Carried:
    """Make the opened exhibit ready to copy, and record what is kept and what is not.

    Changes ``pdf`` in place: form fields flattened, active content removed, named
    destinations renamed with ``prefix``.
    """
    carried = Carried(prefix=prefix)
    pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
    restriction = _restrictions(pdf)
    if restriction:
        carried.not_carried.append(restriction)
    root = pdf.Root
    mark_info = root.get("/MarkInfo")
    marked = isinstance(mark_info, Dictionary) and bool(mark_info.get("/Marked"))
    if "/StructTreeRoot" in root or marked:
        carried.not_carried.append("tagged structure (the accessibility tags; the text stays)")
    _flatten_fields(pdf, carried)
    if _remove_active_content(pdf):
        carried.not_carried.append("JavaScript or other actions run on opening or clicking")
    dests = _Destinations(pdf, pages)
    carried.bookmarks = _bookmarks(pdf, dests)
    _rename_destinations(pdf, dests, carried)
    carried.files = _embedded_files(pdf, label)
    return carried


def append_exhibit(out: pikepdf.Pdf, pdf: pikepdf.Pdf, carried: Carried) -> int:
    """Copy a prepared exhibit's pages, destinations, layers and files into ``out``.

    Returns the index of its first page in ``out``.  Bookmarks are added by the
    caller, under the exhibit's own (see :func:`outline_items`).
    """
    start = len(out.pages)
    dropped = 0
    if carried.named_references or carried.widgets or "/OCProperties" in pdf.Root:
        result = out.add_pages_from(pdf, forms="strip", layers="preserve", outlines="ignore")
        dropped = len(result.dropped_dests)
    else:
        # Nothing for pikepdf's helpers to do (no link by name to migrate, no widget to
        # strip, no layers): copying the pages is all its add_pages_from would do, and
        # its per-page bookkeeping costs as much as the copy itself.
        for source_page in pdf.pages:
            out.pages.append(source_page)
    # pikepdf carries the destinations links use; the others (reachable from outside,
    # bundle.pdf#exhibit-2/name) are added here, on the copied pages.
    names = out.Root.get("/Names")
    if not isinstance(names, Dictionary):
        out.Root.Names = names = out.make_indirect(Dictionary())
    if "/Dests" not in names:
        names.Dests = pikepdf.NameTree.new(out).obj
    target_tree = pikepdf.NameTree(names.Dests)
    source_names = pdf.Root.get("/Names")
    if isinstance(source_names, Dictionary) and "/Dests" in source_names:
        pages = {page.obj.objgen: index for index, page in enumerate(pdf.pages)}
        for name, entry in pikepdf.NameTree(source_names.Dests).items():
            if name in target_tree:
                continue
            target = entry.get("/D") if isinstance(entry, Dictionary) else entry
            assert isinstance(target, Array)  # prepare() wrote this tree: /D arrays only
            page = out.pages[start + pages[target[0].objgen]].obj
            view = [target[i] for i in range(1, len(target))]
            target_tree[name] = out.make_indirect(Dictionary(D=Array([page, *view])))
    if dropped:
        carried.not_carried.append(f"{dropped} link destination(s) missing from the original")
    for item in carried.files:
        out.attachments[item.key] = pikepdf.AttachedFileSpec(
            out, item.data, filename=item.filename, mime_type=item.media_type,
            description=item.description, creation_date="", mod_date="",
        )  # fmt: skip
    return start


def outline_items(bookmarks: list[Bookmark] | tuple[Bookmark, ...], first_page: int,
                  pdf: pikepdf.Pdf) -> list[pikepdf.OutlineItem]:  # fmt: skip
    """pikepdf outline items for ``bookmarks``, whose exhibit starts at ``first_page``."""
    items = []
    for mark in bookmarks:
        destination = None
        if mark.page is not None:
            view = [Name(v) if isinstance(v, str) else v for v in mark.view]
            destination = Array([pdf.pages[first_page + mark.page].obj, *view])
        item = pikepdf.OutlineItem(mark.title, destination)
        item.is_closed = mark.closed
        item.children = outline_items(mark.children, first_page, pdf)
        items.append(item)
    return items
