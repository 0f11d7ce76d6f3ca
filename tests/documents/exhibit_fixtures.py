"""Builders of exhibit PDFs with more than pages: outlines, links, notes, forms, files, XFA.

Each writes a real PDF with reportlab and pikepdf (no binary fixtures in the
repository) and returns its path; the tests build bundles from them and read the
bundles back.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, String
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "ANCHORS",
    "NOTE_RECT",
    "annotated_form_pdf",
    "files_and_losses_pdf",
    "outlined_pdf",
    "unicode_password_pdf",
    "xfa_pdf",
]

# outlined_pdf: named destination -> page index; the bookmarks use them too.
ANCHORS = {"intro": 0, "wages": 1, "hours": 2, "appendix": 3}
NOTE_RECT = (400.0, 700.0, 424.0, 724.0)


def outlined_pdf(path: Path, marker: str) -> Path:
    """Four pages; nested bookmarks; named destinations (in /Names and legacy /Dests);
    a contents page whose links go to them (by name and by explicit page); a web link."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for name, page in ANCHORS.items():
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 780, f"{marker} section {name}")
        canvas.bookmarkPage(name, fit="XYZ", top=800, left=0)
        canvas.addOutlineEntry(f"{marker} {name}", name, level=0 if page in (0, 3) else 1)
        if page == 0:
            for row, target in enumerate(ANCHORS):
                y = 700 - row * 30
                canvas.drawString(90, y, f"go to {target}")
                canvas.linkRect("", target, (88, y - 4, 300, y + 14), relative=0)
            canvas.drawString(90, 500, "https://www.mhlw.go.jp/")
            canvas.linkURL("https://www.mhlw.go.jp/", (88, 496, 300, 514), relative=0)
        canvas.showPage()
    canvas.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        # reportlab writes explicit destinations: make them named, as most writers do.
        tree = pikepdf.NameTree.new(pdf)
        for name, page in ANCHORS.items():
            tree[name] = Dictionary(D=Array([pdf.pages[page].obj, Name.XYZ, 0, 800, None]))
        pdf.Root.Names = Dictionary(Dests=tree.obj)
        first = pdf.pages[0]
        for link, name in zip(first.obj.Annots, ANCHORS, strict=False):
            link.Dest = String(name)
        pending = [pdf.Root.Outlines.First]
        while pending:
            item = pending.pop()
            item.Dest = String(str(item.Title).split()[-1])
            pending += [item[k] for k in ("/First", "/Next") if k in item]
        # One link by explicit page, one by a legacy /Dests name (PDF 1.1 style).
        pdf.Root.Dests = Dictionary(Legacy=Array([pdf.pages[2].obj, Name.Fit]))
        first.obj.Annots.append(pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Link, Rect=[88, 400, 300, 418], Border=[0, 0, 0],
            Dest=Array([pdf.pages[3].obj, Name.Fit]))))  # fmt: skip
        first.obj.Annots.append(pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Link, Rect=[88, 370, 300, 388], Border=[0, 0, 0],
            A=Dictionary(S=Name.GoTo, D=Name.Legacy))))  # fmt: skip
        pdf.save(path)
    return path


def _appearance(pdf: pikepdf.Pdf, width: float, height: float, ops: bytes) -> pikepdf.Stream:
    return pdf.make_stream(ops, Type=Name.XObject, Subtype=Name.Form,
                           BBox=[0, 0, width, height])  # fmt: skip


def _note_and_highlight(pdf: pikepdf.Pdf, page: pikepdf.Page) -> None:
    note = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Text, Rect=list(NOTE_RECT), Name=Name.Comment,
        Contents=String("Overtime not paid for March"), T=String("counselor"),
        C=[1, 0.8, 0], F=4, Open=False))  # fmt: skip
    popup = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Popup, Rect=[430, 600, 580, 720], Parent=note,
        Open=False))  # fmt: skip
    note.Popup = popup
    # Yellow over "Wage claim form" (drawn at 100,760).
    highlight = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Highlight, Rect=[98, 756, 200, 772], C=[1, 1, 0],
        QuadPoints=[98, 772, 200, 772, 98, 756, 200, 756], Contents=String("key line"),
        F=4))  # fmt: skip
    # Appearance streams, as viewers write them: these are what a careless flattening
    # burns into the page (and drops the annotation, its text and popup with it).
    note.AP = Dictionary(N=_appearance(pdf, 24, 24, b"1 0.8 0 rg 0 0 24 24 re f"))
    highlight.AP = Dictionary(N=_appearance(pdf, 102, 16, b"1 1 0 rg 0 0 102 16 re f"))
    page.obj.Annots = pdf.make_indirect(Array([note, popup, highlight]))
    note.P = page.obj
    popup.P = page.obj


def annotated_form_pdf(path: Path, *, filled: bool) -> Path:
    """A page with a sticky note (with its popup) and a highlight, in a document with an
    /AcroForm: a filled text field when ``filled``, else an empty form dictionary."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(100, 760, "Wage claim form")
    if filled:
        canvas.acroForm.textfield(name="wage", value="Unpaid 654321 yen", x=100, y=400,
                                  width=250)  # fmt: skip
    canvas.showPage()
    canvas.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        widgets = list(page.obj.get("/Annots", []))
        _note_and_highlight(pdf, page)
        for widget in widgets:
            page.obj.Annots.append(widget)
        if not filled:
            pdf.Root.AcroForm = Dictionary(Fields=Array())
        pdf.save(path)
    return path


def files_and_losses_pdf(path: Path) -> Path:
    """PDF 2.0: four embedded files, tagged structure, JavaScript (document and link),
    and owner restrictions (no printing, no copying) with an empty user password."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.drawString(72, 780, "Payslips with attached spreadsheets")
    canvas.showPage()
    canvas.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for number in range(1, 5):
            name = f"payslip-{number}.csv"
            pdf.attachments[name] = pikepdf.AttachedFileSpec(
                pdf, f"month,wage\n2025-0{number},180000\n".encode(), filename=name,
                mime_type="text/csv", creation_date="", mod_date="")  # fmt: skip
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        pdf.Root.StructTreeRoot = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        js = pdf.make_indirect(Dictionary(S=Name.JavaScript, JS=String("app.alert('hi')")))
        pdf.Root.Names.JavaScript = Dictionary(Names=Array([String("hello"), js]))
        pdf.pages[0].obj.Annots = Array([pdf.make_indirect(Dictionary(
            Type=Name.Annot, Subtype=Name.Link, Rect=[72, 770, 300, 795], Border=[0, 0, 0],
            A=Dictionary(S=Name.JavaScript, JS=String("app.launchURL('http://x')"))))])  # fmt: skip
        pdf.save(path, min_version="2.0", encryption=pikepdf.Encryption(
            owner="owner-secret", user="", R=6,
            allow=pikepdf.Permissions(print_lowres=False, print_highres=False, extract=False)))  # fmt: skip
    return path


XFA_PLACEHOLDER = [
    "Please wait...",
    "If this message is not eventually replaced by the proper contents of the document,",
    "your PDF viewer may not be able to display this type of document.",
]


def xfa_pdf(path: Path, *, needs_rendering: bool, xfa: bool = True) -> Path:
    """The shape of a dynamic XFA form: the "Please wait..." page, an /XFA stream in the
    AcroForm (unless a tool stripped it: ``xfa=False``), /NeedsRendering when asked."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 10)
    for row, line in enumerate(XFA_PLACEHOLDER):
        canvas.drawString(72, 780 - row * 14, line)
    canvas.showPage()
    canvas.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        xdp = b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template/></xdp:xdp>'
        if xfa:
            pdf.Root.AcroForm = Dictionary(Fields=Array(), XFA=pdf.make_stream(xdp))
        if needs_rendering:
            pdf.Root.NeedsRendering = True
        pdf.save(path)
    return path


def unicode_password_pdf(path: Path, stored_password: str, text: str) -> Path:
    """PDF 2.0, AES-256 (R6), user password stored as a conforming writer does:
    SASLprep'd (here NFKC: the two test passwords need no other step)."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.drawString(72, 780, text)
    canvas.showPage()
    canvas.save()
    stored = unicodedata.normalize("NFKC", stored_password)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.save(path, min_version="2.0",
                 encryption=pikepdf.Encryption(owner="owner", user=stored, R=6))  # fmt: skip
    return path
