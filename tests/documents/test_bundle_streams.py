"""How the bundle is written: shared mark streams, exhibit streams kept as they were.

What the bundle shows is checked elsewhere (test_adr_bundle, test_exhibit_sheets); here
the structure that keeps a 500-page build close to a bare qpdf merge: the sheets' and
marks' streams are shared between pages instead of two new objects per page and mark,
and every exhibit stream that has a filter reaches the bundle byte for byte (qpdf would
otherwise decode and re-encode each copied stream at every save).
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pikepdf

from desktop.cases.service import CaseService
from desktop.documents.adr import build_bundle
from tests.documents.test_adr_bundle import TODAY, needs_poppler, pdf_file
from tests.documents.test_adr_exhibits_whole import matter_of, pdf_text_of, qpdf_check

PAGES = 12


def _streams(page: pikepdf.Page) -> list[pikepdf.Stream]:
    contents = page.obj.Contents
    return list(contents) if isinstance(contents, pikepdf.Array) else [contents]


def uncompressed_pdf(path: Path, text: str) -> Path:
    """One page whose content stream has no filter (some writers do that)."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font,
                                                Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))  # fmt: skip
    page = pdf.pages[0]
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    ops = f"BT /F1 14 Tf 200 420 Td ({text}) Tj ET\n" + "% padding\n" * 20
    page.obj.Contents = pdf.make_stream(ops.encode("ascii"))
    pdf.save(path, compress_streams=False)
    return path


@needs_poppler
def test_sheet_and_mark_streams_are_shared_between_pages(
    service: CaseService, tmp_path: Path
) -> None:
    exhibits = [
        (pdf_file(tmp_path / f"e{n}.pdf", [f"Ledger {n} page {p}" for p in range(1, 5)]),
         f"賃金台帳{n}")
        for n in range(1, 4)
    ]  # fmt: skip
    matter = matter_of(service, tmp_path, exhibits)
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    qpdf_check(result.bundle)
    sources = set()
    for path, _ in exhibits:
        with pikepdf.open(path) as source:
            sources |= {bytes(s.read_raw_bytes()) for p in source.pages for s in _streams(p)}
    with pikepdf.open(result.bundle) as pdf:
        first = len(pdf.pages) - PAGES  # the exhibits' 12 pages come last
        front = int(pdf.Root.PageLabels.Nums[2])  # index pages, numbered i, ii …
        body = list(pdf.pages)[first:]
        streams = {s.objgen: s for p in body for s in _streams(p)}
        own = {g for g, s in streams.items() if bytes(s.read_raw_bytes()) in sources}
        # Sheet wrapper, stamp and page number, each shared by every page of the same
        # layout: q, Q, the sheet, the stamp, a number of 1 and of 2 digits on plain
        # and on stamped pages (their free names differ) — 8, where two new streams per
        # page and mark made 60 before, and 8 still for 500 pages of these layouts.
        assert len(own) == PAGES
        assert len(streams) - len(own) <= 8
    # Every page still shows its own number, drawn by the shared streams with the
    # digits bound in the page's own resources, and its own text.
    for i in range(PAGES):
        text = pdf_text_of(result.bundle, first + i)
        assert f"-{first + i - front + 1}-" in text.replace(" ", ""), text  # "- 3 -"
        assert f"Ledger {1 + i // 4} page {1 + i % 4}" in text, text


def test_exhibit_streams_reach_the_bundle_byte_for_byte(
    service: CaseService, tmp_path: Path
) -> None:
    drawn = pdf_file(tmp_path / "drawn.pdf", ["Payslip March", "Payslip April"])
    plain = uncompressed_pdf(tmp_path / "plain.pdf", "Receipt")
    matter = matter_of(service, tmp_path, [(drawn, "給与明細書"), (plain, "領収書")])
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    qpdf_check(result.bundle)
    with pikepdf.open(drawn) as source:
        originals = [(str(_streams(p)[0].Filter), bytes(_streams(p)[0].read_raw_bytes()))
                     for p in source.pages]  # fmt: skip
    assert all("ASCII85Decode" in filters for filters, _ in originals)  # reportlab's own
    with pikepdf.open(result.bundle) as pdf:
        pages = list(pdf.pages)[-3:]
        copied = [{bytes(s.read_raw_bytes()): str(s.get("/Filter")) for s in _streams(p)}
                  for p in pages]  # fmt: skip
        # reportlab's ASCII85 + Flate, untouched: not decoded and re-encoded.
        for streams, (filters, raw) in zip(copied[:2], originals, strict=True):
            assert streams.get(raw) == filters
        # A stream without a filter is compressed (as qpdf did before), losslessly.
        receipt = [s for s in _streams(pages[2]) if s.read_bytes().startswith(b"BT /F1")]
        assert len(receipt) == 1 and receipt[0].Filter == pikepdf.Name.FlateDecode
        assert zlib.decompress(receipt[0].read_raw_bytes()).startswith(b"BT /F1 14 Tf")


def layered_pdf_with_a_dead_link(path: Path) -> Path:
    """A page with a layer (optional content) and a link to a name the file lacks."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    layer = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG,
                                                 Name=pikepdf.String("Stamps")))  # fmt: skip
    pdf.Root.OCProperties = pikepdf.Dictionary(
        OCGs=pikepdf.Array([layer]),
        D=pikepdf.Dictionary(Order=pikepdf.Array([layer]), ON=pikepdf.Array([layer])),
    )
    page = pdf.pages[0]
    page.obj.Resources = pikepdf.Dictionary(Properties=pikepdf.Dictionary(oc1=layer))
    page.obj.Contents = pdf.make_stream(b"/OC /oc1 BDC 0 0 1 rg 100 100 50 50 re f EMC\n")
    link = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                              Rect=pikepdf.Array([100, 100, 150, 150]),
                              Dest=pikepdf.String("nowhere"))  # fmt: skip
    page.obj.Annots = pikepdf.Array([pdf.make_indirect(link)])
    pdf.save(path)
    return path


def test_layers_and_dead_links_still_go_through_pikepdfs_copy(
    service: CaseService, tmp_path: Path
) -> None:
    # Exhibits with nothing for pikepdf's page-copy helpers are copied page by page; one
    # with layers or links by name still goes through add_pages_from.
    plain = pdf_file(tmp_path / "plain.pdf", ["Payslip"])
    layered = layered_pdf_with_a_dead_link(tmp_path / "layered.pdf")
    matter = matter_of(service, tmp_path, [(plain, "給与明細書"), (layered, "図面")])
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    qpdf_check(result.bundle)
    with pikepdf.open(result.bundle) as pdf:
        layers = pdf.Root.OCProperties.OCGs
        assert [str(layer.Name) for layer in layers] == ["Stamps"]
    assert any(w.startswith("甲第2号証") and "1 link destination(s) missing" in w
               for w in result.warnings), result.warnings  # fmt: skip
