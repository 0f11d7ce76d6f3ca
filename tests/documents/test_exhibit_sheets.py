"""Marks never hide evidence: exhibit pages on A4/A3 sheets with margin bands for the marks."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.cases.service import CaseService
from desktop.documents.adr import build_bundle
from desktop.documents.adr.overlay import display_size
from tests.documents.test_adr_bundle import TODAY, add_matter, needs_poppler
from tests.support.factories import make_case

FOOTER = "Footer-confidential-0042"


def footer_pdf(path: Path) -> Path:
    """A page whose footer sits exactly where a bundle's page number would go."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 9)
    canvas.drawString(A4[0] / 3, A4[1] / 2, "Body of the payslip")
    canvas.drawRightString(A4[0] - 10 * mm, 9 * mm, FOOTER)
    canvas.showPage()
    canvas.save()
    return path


def dark_pdf(
    path: Path, size: tuple[float, float] = A4, colour: tuple[int, int, int] = (0, 0, 0)
) -> Path:
    """A page covered edge to edge by one colour (a dark scan, or a tiny coloured square)."""
    canvas = Canvas(str(path), pagesize=size, invariant=1)
    canvas.setFillColorRGB(*(c / 255 for c in colour))
    canvas.rect(0, 0, size[0], size[1], stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    return path


def build(service: CaseService, tmp: Path, files: list[Path], **options: bool) -> Path:
    case_id = make_case(service)
    service.add_consent(case_id, {"purpose": "adr", "recipient": "東京弁護士会",
                                  "given_on": "2025-06-01"})  # fmt: skip
    specs = [{"path": f, "number": i + 1, "title": f.stem} for i, f in enumerate(files)]
    matter = add_matter(service, case_id, tmp, specs)
    out = tmp / "out"
    build_bundle(service, matter, out, today=TODAY, **options)
    check = subprocess.run(["qpdf", "--check", str(out / "bundle.pdf")], capture_output=True)
    assert check.returncode == 0, check.stdout
    return out / "bundle.pdf"


def first_exhibit_page(bundle: Path) -> int:
    with pikepdf.open(bundle) as pdf:
        return len(pdf.pages)  # each test's last page is the one under test


def render(bundle: Path, page: int, tmp: Path, dpi: int = 50) -> Image.Image:
    prefix = tmp / f"page{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page),
                    "-l", str(page), str(bundle), str(prefix)], check=True)  # fmt: skip
    return Image.open(f"{prefix}.png").convert("RGB")


@needs_poppler
@pytest.mark.parametrize("keep", [False, True], ids=["sheet", "original-size"])
def test_page_number_is_never_glued_to_the_footer(
    service: CaseService, tmp_path: Path, keep: bool
) -> None:
    bundle = build(service, tmp_path, [footer_pdf(tmp_path / "footer.pdf")],
                   keep_page_sizes=keep)  # fmt: skip
    page = first_exhibit_page(bundle)
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(bundle), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert FOOTER in lines and any(re.fullmatch(r"-\s*3\s*-", line) for line in lines), lines
    # Glued or not is a matter of where the words are: does the number's box touch any
    # word of the page's own text?
    boxes = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page),
                            str(bundle), "-"], capture_output=True, text=True,
                           check=True).stdout  # fmt: skip
    words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        boxes)]  # fmt: skip
    number = [w for w in words if re.fullmatch(r"[-\d]+", w[4])]
    text_words = [w for w in words if w not in number and w[4] != "甲第1号証"]
    touching = [
        (n[4], t[4])
        for n in number
        for t in text_words
        if n[0] < t[2] + 2 and t[0] < n[2] + 2 and n[1] < t[3] + 2 and t[1] < n[3] + 2
    ]
    assert touching == [], touching
    body = next(w for w in text_words if w[4] == "Body")
    if keep:  # the page as it came (not scaled onto a sheet); the number in a free corner
        assert abs(body[0] - A4[0] / 3) < 0.5, body
        assert all(n[2] < A4[0] / 2 and n[1] > A4[1] / 2 for n in number), number  # bottom-left
    else:
        assert abs(body[0] - A4[0] / 3) > 2, body


@needs_poppler
@pytest.mark.parametrize("keep", [False, True], ids=["sheet", "original-size"])
def test_stamp_is_legible_on_a_dark_full_page(
    service: CaseService, tmp_path: Path, keep: bool
) -> None:
    bundle = build(service, tmp_path, [dark_pdf(tmp_path / "dark.pdf")], keep_page_sizes=keep)
    page = first_exhibit_page(bundle)
    image = render(bundle, page, tmp_path, dpi=72)
    width, _ = image.size
    # The stamp is 10 mm (28 px at 72 dpi) from the top and right edges; its box inside.
    region = image.crop((width - 28 - 40, 28 + 4, width - 28 - 4, 28 + 16))
    pixels = list(region.get_flattened_data())
    light = sum(1 for p in pixels if sum(p) > 600)
    assert light > 0.4 * len(pixels), f"{light}/{len(pixels)} light pixels"
    if not keep:  # on a sheet the dark page stops short of the bands
        top_band = image.crop((0, 0, 20, 20))
        assert min(sum(p) for p in top_band.get_flattened_data()) > 700


@needs_poppler
def test_a_4_pt_page_is_scaled_up_to_the_sheet(service: CaseService, tmp_path: Path) -> None:
    tiny = dark_pdf(tmp_path / "tiny.pdf", (4, 4), (220, 0, 0))
    bundle = build(service, tmp_path, [tiny])
    page = first_exhibit_page(bundle)
    with pikepdf.open(bundle) as pdf:
        assert display_size(pdf.pages[page - 1]) == pytest.approx(A4, abs=0.01)
    image = render(bundle, page, tmp_path)
    red = sum(1 for r, g, b in image.get_flattened_data() if r > 180 and g < 60 and b < 60)
    assert red > 0.5 * image.size[0] * image.size[1]  # a square as wide as the content area


@needs_poppler
def test_rotation_is_respected_and_a3_stays_a3(service: CaseService, tmp_path: Path) -> None:
    turned = tmp_path / "turned.pdf"
    canvas = Canvas(str(turned), pagesize=A4, invariant=1)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(100, 400, "Rotated timesheet")
    canvas.showPage()
    canvas.save()
    with pikepdf.open(turned, allow_overwriting_input=True) as pdf:
        pdf.pages[0].obj["/Rotate"] = 90
        pdf.save(turned)
    big = dark_pdf(tmp_path / "plan.pdf", landscape(A3), (200, 200, 200))
    bundle = build(service, tmp_path, [turned, big])
    with pikepdf.open(bundle) as pdf:
        pages = len(pdf.pages)
        turned_page, plan_page = pdf.pages[pages - 2], pdf.pages[pages - 1]
        assert int(turned_page.obj["/Rotate"]) == 90  # still shown turned, as the writer set it
        assert display_size(turned_page) == pytest.approx((A4[1], A4[0]), abs=0.01)
        assert display_size(plan_page) == pytest.approx(landscape(A3), abs=0.01)
    image = render(bundle, pages - 1, tmp_path)
    assert image.size[0] > image.size[1]
    text = subprocess.run(["pdftotext", "-f", str(pages - 1), "-l", str(pages - 1), str(bundle),
                           "-"], capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "Rotated timesheet" in text


@needs_poppler
def test_destinations_into_a_sheet_keep_their_spot(service: CaseService, tmp_path: Path) -> None:
    """Bookmarks, named destinations and links lead to the same line after scaling."""
    from tests.documents.exhibit_fixtures import ANCHORS, outlined_pdf

    bundle = build(service, tmp_path, [outlined_pdf(tmp_path / "outlined.pdf", "Alpha")])
    first = first_exhibit_page(bundle) - len(ANCHORS) + 1  # the exhibit's pages come last
    with pikepdf.open(bundle) as pdf:
        pages = {p.obj.objgen: i for i, p in enumerate(pdf.pages)}
        views: list[tuple[str, int, list[object]]] = []
        tree = pikepdf.NameTree(pdf.Root.Names.Dests)
        for name, entry in tree.items():
            if name.startswith("exhibit-1/") and name != "exhibit-1/Legacy":
                views.append((name, pages[entry.D[0].objgen], list(entry.D)[1:]))
        with pdf.open_outline() as outline:
            evidence = next(i for i in outline.root if i.title.startswith("書証"))
            pending = list(evidence.children[0].children)
            while pending:
                item = pending.pop()
                pending += list(item.children)
                views.append((item.title, pages[item.destination[0].objgen],
                              list(item.destination)[1:]))  # fmt: skip
        for annot in pdf.pages[first - 1].obj.Annots:
            if isinstance(annot.get("/Dest"), pikepdf.Array):  # the explicit-page link
                views.append(("link", pages[annot.Dest[0].objgen], list(annot.Dest)[1:]))
    xyz = [(what, page, view) for what, page, view in views if view[0] == "/XYZ"]
    assert len(xyz) >= 8, views
    for what, page, view in xyz:
        words = subprocess.run(["pdftotext", "-bbox", "-f", str(page + 1), "-l", str(page + 1),
                                str(bundle), "-"], capture_output=True, text=True,
                               check=True).stdout  # fmt: skip
        heading = re.search(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">section</word>', words)
        assert heading is not None, (what, words)
        top_from_above = A4[1] - float(view[2])  # as a viewer scrolls: distance from the top
        # The view's top lies just above the heading drawn 20 pt below it, as in the
        # original (scaled with the page: about 17 pt), not 80 pt above it.
        assert 0 < float(heading.group(1)) - top_from_above < 20, (what, view, heading.group(1))
        assert float(view[1]) > 5, (what, view)  # left 0 moved with the page into the sheet
