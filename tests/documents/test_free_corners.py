"""Original page sizes (``keep_page_sizes``): the marks go in a corner the page leaves empty.

Fixtures put content exactly where the stamp would go (text, an image, a rotated page);
the bundle is read back with pdftotext -bbox (the stamp's and the page number's boxes
touch no word of the page) and pikepdf (the page kept its size, or went on a sheet).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pikepdf
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.cases.service import CaseService
from desktop.documents.adr.free_corners import content_boxes
from tests.documents.test_adr_bundle import needs_poppler
from tests.documents.test_exhibit_sheets import build, first_exhibit_page

Word = tuple[float, float, float, float, str]
W, H = A4


def page_pdf(path: Path, corners: list[str], *, white_background: bool = False,
             image_corner: str | None = None, rotate: int = 0) -> Path:  # fmt: skip
    """An A4 page with a body line and a word in each of ``corners`` (top-right …)."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    if white_background:  # what many writers and scanners put under everything
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(0, 0, W, H, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(W / 3, H / 2, "Body of the evidence")
    for corner in corners:
        x = W - 8 * mm if corner.endswith("right") else 8 * mm
        y = H - 12 * mm if corner.startswith("top") else 9 * mm
        draw = canvas.drawRightString if corner.endswith("right") else canvas.drawString
        draw(x, y, f"Corner-{corner}-text-2025")
    if image_corner == "top-right":
        square = path.with_suffix(".png")
        Image.new("RGB", (40, 40), (20, 20, 20)).save(square)
        canvas.drawImage(str(square), W - 50 * mm, H - 30 * mm, 45 * mm, 28 * mm)
    canvas.showPage()
    canvas.save()
    if rotate:
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            pdf.pages[0].obj.Rotate = rotate
            pdf.save(path)
    return path


def words_on(bundle: Path, page: int) -> list[Word]:
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(bundle),
                          "-"], capture_output=True, text=True, check=True).stdout  # fmt: skip
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                       r'yMax="([\d.]+)">([^<]*)</word>', out)  # fmt: skip
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in found]


def marks_and_text(words: list[Word]) -> tuple[list[Word], list[Word]]:
    marks = [w for w in words if w[4] == "甲第1号証" or re.fullmatch(r"[-\d]+", w[4])]
    return marks, [w for w in words if w not in marks]


def touching(marks: list[Word], text: list[Word], gap: float = 2) -> list[tuple[str, str]]:
    return [(m[4], t[4]) for m in marks for t in text
            if m[0] < t[2] + gap and t[0] < m[2] + gap and m[1] < t[3] + gap
            and t[1] < m[3] + gap]  # fmt: skip


def size_of(bundle: Path, page: int) -> tuple[float, float]:
    with pikepdf.open(bundle) as pdf:
        box = [float(v) for v in pdf.pages[page - 1].mediabox]
    return round(box[2] - box[0], 2), round(box[3] - box[1], 2)


def body_x(text: list[Word]) -> float:
    return next(w[0] for w in text if w[4] == "Body")


@needs_poppler
def test_text_in_the_top_right_sends_the_stamp_to_a_free_corner(
    service: CaseService, tmp_path: Path
) -> None:
    source = page_pdf(tmp_path / "dated.pdf", ["top-right", "bottom-right"])
    bundle = build(service, tmp_path, [source], keep_page_sizes=True)
    page = first_exhibit_page(bundle)
    marks, text = marks_and_text(words_on(bundle, page))
    assert touching(marks, text) == []
    stamp = next(m for m in marks if m[4] == "甲第1号証")
    assert stamp[2] < W / 2 and stamp[3] < H / 2, stamp  # top-left, as displayed
    numbers = [m for m in marks if m[4] != "甲第1号証"]
    assert numbers and all(n[2] < W / 2 and n[1] > H / 2 for n in numbers)  # bottom-left
    assert abs(body_x(text) - W / 3) < 0.5  # the page itself untouched: no sheet
    assert size_of(bundle, page) == (round(W, 2), round(H, 2))


@needs_poppler
def test_an_image_in_the_corner_counts_as_content(service: CaseService, tmp_path: Path) -> None:
    source = page_pdf(tmp_path / "logo.pdf", [], image_corner="top-right")
    bundle = build(service, tmp_path, [source], keep_page_sizes=True)
    page = first_exhibit_page(bundle)
    marks, text = marks_and_text(words_on(bundle, page))
    stamp = next(m for m in marks if m[4] == "甲第1号証")
    assert stamp[2] < W / 2, stamp  # not over the image at the top right
    assert abs(body_x(text) - W / 3) < 0.5


@needs_poppler
def test_no_free_corner_falls_back_to_the_sheet(service: CaseService, tmp_path: Path) -> None:
    every = ["top-right", "top-left", "bottom-right", "bottom-left"]
    source = page_pdf(tmp_path / "full.pdf", every)
    bundle = build(service, tmp_path, [source], keep_page_sizes=True)
    page = first_exhibit_page(bundle)
    marks, text = marks_and_text(words_on(bundle, page))
    assert touching(marks, text) == []
    assert abs(body_x(text) - W / 3) > 2  # scaled onto a sheet with margin bands
    stamp = next(m for m in marks if m[4] == "甲第1号証")
    assert stamp[0] > W / 2 and stamp[3] < 24 * mm  # in the sheet's top band, at the right


@needs_poppler
def test_a_white_background_is_not_content(service: CaseService, tmp_path: Path) -> None:
    source = page_pdf(tmp_path / "white.pdf", [], white_background=True)
    bundle = build(service, tmp_path, [source], keep_page_sizes=True)
    page = first_exhibit_page(bundle)
    marks, text = marks_and_text(words_on(bundle, page))
    stamp = next(m for m in marks if m[4] == "甲第1号証")
    assert stamp[0] > W / 2 and stamp[3] < H / 2  # the usual top-right corner
    assert abs(body_x(text) - W / 3) < 0.5


@needs_poppler
def test_corners_are_read_as_the_page_is_displayed(service: CaseService, tmp_path: Path) -> None:
    # Rotated 90° clockwise: the text drawn at the user-space top left shows at the top right.
    source = page_pdf(tmp_path / "turned.pdf", ["top-left"], rotate=90)
    bundle = build(service, tmp_path, [source], keep_page_sizes=True)
    page = first_exhibit_page(bundle)
    marks, text = marks_and_text(words_on(bundle, page))
    assert touching(marks, text) == [], (marks, text)
    shown_w = H  # landscape as displayed
    stamp = next(m for m in marks if m[4] == "甲第1号証")
    assert stamp[2] < shown_w / 2, stamp  # moved to the left: the top right is taken
    assert size_of(bundle, page) == (
        round(W, 2),
        round(H, 2),
    )  # still the original page (not on a sheet)


def test_content_boxes_read_text_images_and_skip_white_fills(tmp_path: Path) -> None:
    source = page_pdf(tmp_path / "boxes.pdf", ["top-left"], white_background=True,
                      image_corner="top-right")  # fmt: skip
    with pikepdf.open(source) as pdf:
        boxes = content_boxes(pdf.pages[0])
    assert not any(b[0] <= 1 and b[1] <= 1 and b[2] >= W - 1 and b[3] >= H - 1 for b in boxes)
    top_left = [b for b in boxes if b[2] < W / 2 and b[1] > H - 15 * mm]
    assert top_left and min(b[0] for b in top_left) <= 8 * mm + 0.6  # the corner word
    image = [b for b in boxes if b[0] >= W - 50 * mm - 1 and b[1] >= H - 30 * mm - 1]
    assert image and max(b[2] for b in image) >= W - 5 * mm - 1


def test_a_page_too_busy_to_read_counts_as_full(tmp_path: Path) -> None:
    from desktop.documents.adr.free_corners import MAX_OPERATORS

    canvas = Canvas(str(tmp_path / "busy.pdf"), pagesize=A4, invariant=1)
    for i in range(MAX_OPERATORS // 2 + 10):  # tiny dots in the middle, two operators each
        canvas.rect(W / 2 + i % 50, H / 2 + i // 500, 0.1, 0.1, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    with pikepdf.open(tmp_path / "busy.pdf") as pdf:
        boxes = content_boxes(pdf.pages[0])
    assert any(b[0] <= 0 and b[1] <= 0 and b[2] >= W and b[3] >= H for b in boxes)
