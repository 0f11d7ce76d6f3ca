"""ADR bundles read back: links, bookmarks, labels, numbers, stamps, fonts, manifest, bad exhibits.

Every check reads the written PDFs with pikepdf or poppler (pdftotext, pdftoppm);
nothing is taken from the builder's own return values alone.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfgen.canvas import Canvas

from desktop.cases.service import CaseService
from desktop.documents.adr import (
    MANIFEST_FORMAT,
    BundleCancelled,
    build_bundle,
    draft_chronology,
    exhibit_label,
)
from desktop.errors import ConsentMissingError, DocumentError, ExhibitError, ExhibitPasswordError
from tests.support.factories import make_case

TODAY = __import__("datetime").date(2026, 11, 21)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils not installed",
)


# -- making exhibit files ---------------------------------------------------------------------
def pdf_file(path: Path, pages: list[str], size: tuple[float, float] = A4) -> Path:
    canvas = Canvas(str(path), pagesize=size, invariant=1)
    for text in pages:
        canvas.setFont("Helvetica", 14)
        canvas.drawString(size[0] / 3, size[1] / 2, text)  # mid-page: corners stay for the marks
        canvas.showPage()
    canvas.save()
    return path


def rotated_pdf(path: Path) -> Path:
    pdf_file(path, ["Payslip April rotated", "Payslip May plain"])
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.pages[0].obj["/Rotate"] = 90
        pdf.save(path)
    return path


def jpeg_rotated(path: Path) -> Path:
    """Stored 200×100, left red and right blue; EXIF 6 shows it 100×200, red on top."""
    image = Image.new("RGB", (200, 100), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, 100, 100))
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, "JPEG", quality=95, exif=exif.tobytes())
    return path


def png_file(path: Path) -> Path:
    image = Image.new("RGBA", (300, 200), (0, 128, 0, 255))
    image.save(path, "PNG")
    return path


# -- the matter -------------------------------------------------------------------------------
def add_matter(service: CaseService, case_id: str, tmp: Path, files: list[dict[str, Any]]) -> str:
    employer = service.add_party(case_id, {
        "name": "株式会社サンプル工業", "role": "employer", "corporate_number": "1234567890123",
        "address": "東京都港区芝公園1-2-3",
    })  # fmt: skip
    broker = service.add_party(case_id, {"name": "田中一郎", "role": "broker",
                                         "address": "埼玉県川口市本町4-5-6"})  # fmt: skip
    lawyer = service.add_party(case_id, {"name": "佐藤花子", "role": "lawyer",
                                         "address": "東京都千代田区霞が関1-1-3"})  # fmt: skip
    matter = service.add_adr_matter(case_id, {
        "title": "未払残業代請求事件", "respondents": [employer, broker], "agent": lawyer,
        "relief_sought": "相手方らは、申立人に対し、連帯して金1,200,000円を支払え。",
        "grounds": "申立人は相手方会社で技能実習生として就労したが、残業代が支払われていない。",
        "amount_claimed": 1_200_000, "extra_mediators": 1, "referred_from_consultation": True,
        "publication": "refuse",
    })  # fmt: skip
    for spec in files:
        spec = dict(spec)
        path = spec.pop("path")
        evidence = service.add_evidence(case_id, path)
        service.add_exhibit(matter, {"evidence_id": evidence, **spec})
    return matter


def full_files(tmp: Path) -> list[dict[str, Any]]:
    return [
        {
            "path": pdf_file(
                tmp / "contract.pdf", [f"Employment contract page {i}" for i in (1, 2, 3)]
            ),
            "number": 1,
            "title": "雇用契約書",
            "author": "株式会社サンプル工業",
            "made_on": "2024-04-01",
            "purpose": "労働条件の内容",
            "original_or_copy": "copy",
        },
        {
            "path": rotated_pdf(tmp / "payslip.pdf"),
            "number": 2,
            "title": "給与明細書",
            "made_on": "2025-04-25",
            "purpose": "残業代の不払い",
        },
        {
            "path": pdf_file(tmp / "letter_vi.pdf", ["Thu gui gia dinh"]),
            "number": 3,
            "branch": 1,
            "title": "手紙（原文）",
            "language": "vi",
            "purpose": "就労状況",
        },
        {
            "path": pdf_file(tmp / "letter_ja.pdf", ["Translation of the letter"]),
            "number": 3,
            "branch": 2,
            "title": "手紙（訳文）",
            "kind": "translation",
            "purpose": "同上",
        },
        {
            "path": pdf_file(tmp / "timesheet.pdf", ["Timesheet A3 landscape"], landscape(A3)),
            "number": 4,
            "title": "タイムシート",
            "purpose": "労働時間",
        },
        {
            "path": jpeg_rotated(tmp / "dorm.jpg"),
            "number": 5,
            "title": "寮の写真",
            "kind": "photo",
            "photographer": "申立人",
            "subject": "寮の居室",
            "taken_at": "2025-05-01T18:30",
            "place": "相手方会社の寮",
            "purpose": "住環境",
        },
        {"path": png_file(tmp / "chat.png"), "number": 6, "title": "LINEの画面", "purpose": "指示"},
    ]


def setup_case(service: CaseService, tmp: Path, *, consent: bool = True) -> tuple[str, str]:
    case_id = make_case(service)
    service.update_worker(case_id, {"address": "東京都新宿区大久保1-1-1"})
    if consent:
        service.add_consent(case_id, {"purpose": "adr", "recipient": "東京弁護士会",
                                      "given_on": "2025-06-01"})  # fmt: skip
    matter = add_matter(service, case_id, tmp, full_files(tmp))
    # the translation points at its original
    case = service.get_case(case_id)
    exhibits = case.exhibits_of(matter)
    service.update_exhibit(exhibits[3].entity_id, {"translation_of": exhibits[2].entity_id})
    return case_id, matter


# -- reading PDFs back -------------------------------------------------------------------------
def page_words(
    pdf: Path, page: int
) -> tuple[float, float, list[tuple[str, float, float, float, float]]]:
    """(width, height, words with xMin, yMin, xMax, yMax) of a 0-based page, as displayed."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-cropbox", "-f", str(page + 1), "-l", str(page + 1), str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    assert size
    words = [
        (unescape(m[4]), float(m[0]), float(m[1]), float(m[2]), float(m[3]))
        for m in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            html,
        )
    ]
    width, height = float(size[1]), float(size[2])
    with pikepdf.open(pdf) as doc:
        if int(doc.pages[page].obj.get("/Rotate", 0)) % 180:
            width, height = height, width  # poppler gives the unrotated size, rotated words
    return width, height, words


def top_right_text(pdf: Path, page: int) -> str:
    width, height, words = page_words(pdf, page)
    return "".join(w for w, x0, y0, _x1, _y1 in words if x0 > width / 2 and y0 < height * 0.15)


def bottom_right_text(pdf: Path, page: int) -> str:
    width, height, words = page_words(pdf, page)
    return " ".join(w for w, x0, _y0, _x1, y1 in words if x0 > width * 0.6 and y1 > height * 0.9)


def text_in(pdf: Path, page: int, rect: list[float]) -> str:
    """Words whose centre lies in ``rect`` (PDF user space of an unrotated page)."""
    _width, height, words = page_words(pdf, page)
    x0, y0, x1, y1 = rect
    out = []
    for word, wx0, wy0, wx1, wy1 in words:
        cx, cy = (wx0 + wx1) / 2, height - (wy0 + wy1) / 2
        if x0 <= cx <= x1 and y0 <= cy <= y1:
            out.append(word)
    return "".join(out)


def page_index(pdf: pikepdf.Pdf, obj: pikepdf.Object) -> int:
    for i, page in enumerate(pdf.pages):
        if page.obj.objgen == obj.objgen:
            return i
    raise AssertionError("destination is not a page of the bundle")


def fonts_of(resources: pikepdf.Object, seen: set[tuple[int, int]]) -> list[pikepdf.Object]:
    out = []
    if not isinstance(resources, pikepdf.Dictionary):
        return out
    for font in (resources.get("/Font") or {}).values():
        out.append(font)
    for xobject in (resources.get("/XObject") or {}).values():
        if xobject.objgen in seen or xobject.get("/Subtype") != "/Form":
            continue
        seen.add(xobject.objgen)
        out += fonts_of(xobject.get("/Resources"), seen)
    return out


def embedded(font: pikepdf.Object) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font.DescendantFonts[0]
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
    )


@pytest.fixture
def built(service: CaseService, tmp_path: Path) -> dict[str, Any]:
    case_id, matter = setup_case(service, tmp_path)
    out = tmp_path / "out"
    steps: list[tuple[int, int]] = []
    result = build_bundle(
        service, matter, out, today=TODAY, progress=lambda d, t: steps.append((d, t))
    )
    return {"case_id": case_id, "matter": matter, "result": result, "out": out, "tmp": tmp_path,
            "steps": steps}  # fmt: skip


# -- tests --------------------------------------------------------------------------------------
def test_exhibit_label() -> None:
    assert exhibit_label(1, None) == "甲第1号証"
    assert exhibit_label(3, 1) == "甲第3号証の1"
    with pytest.raises(ValueError):
        exhibit_label(0, None)


def test_draft_chronology_uses_corrections_in_place(service: CaseService) -> None:
    case_id = make_case(service)
    first = service.add_timeline_entry(case_id, {"occurred_at": "2025-04-01T10:00",
                                                 "note": "来所相談。残業代が未払い。"})  # fmt: skip
    service.add_timeline_entry(case_id, {"occurred_at": "2025-05-10T09:00", "note": "会社に電話"})
    service.correct_timeline_entry(first, {"occurred_at": "2025-06-01T10:00",
                                           "note": "来所相談。残業代とパスポートの保管。"})  # fmt: skip
    text = draft_chronology(service.get_case(case_id))
    assert text.splitlines() == [
        "2025年4月1日　来所相談。残業代とパスポートの保管。",
        "2025年5月10日　会社に電話",
    ]


def test_outputs_and_manifest(built: dict[str, Any]) -> None:
    out: Path = built["out"]
    assert sorted(p.name for p in out.iterdir()) == [
        "00_cover.pdf", "01_application.pdf", "02_evidence_statement.pdf", "03_exhibits.pdf",
        "bundle.pdf", "manifest.json",
    ]  # fmt: skip
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["format"] == MANIFEST_FORMAT and manifest["version"] == 1
    tmp: Path = built["tmp"]
    names = ["contract.pdf", "payslip.pdf", "letter_vi.pdf", "letter_ja.pdf", "timesheet.pdf",
             "dorm.jpg", "chat.png"]  # fmt: skip
    assert [s["filename"] for s in manifest["sources"]] == names
    assert [s["label"] for s in manifest["sources"]] == [
        "甲第1号証", "甲第2号証", "甲第3号証の1", "甲第3号証の2", "甲第4号証", "甲第5号証", "甲第6号証",
    ]  # fmt: skip
    for source in manifest["sources"]:
        assert (
            source["sha256"] == hashlib.sha256((tmp / source["filename"]).read_bytes()).hexdigest()
        )
    for part in manifest["parts"]:
        assert part["sha256"] == hashlib.sha256((out / part["file"]).read_bytes()).hexdigest()
    bundle_bytes = (out / "bundle.pdf").read_bytes()
    assert manifest["bundle"]["sha256"] == hashlib.sha256(bundle_bytes).hexdigest()
    with pikepdf.open(out / "bundle.pdf") as pdf:
        attached = json.loads(pdf.attachments["manifest.json"].get_file().read_bytes())
        assert not pdf.is_encrypted
    assert "bundle" not in attached
    assert attached == {k: v for k, v in manifest.items() if k != "bundle"}
    assert built["result"].bundle_sha256 == manifest["bundle"]["sha256"]
    steps = built["steps"]
    assert steps[-1][0] == steps[-1][1] and [d for d, _ in steps] == sorted(d for d, _ in steps)
    entries = [e for e in built["result"].out_dir.parent.iterdir() if e.name.startswith(".out")]
    assert entries == []


def test_audited(built: dict[str, Any], service: CaseService) -> None:
    entry = [e for e in service.vault.audit_entries() if e.action == "adr_bundle_made"]
    assert len(entry) == 1
    assert entry[0].details["exhibits"] == 7
    assert entry[0].details["bundle_sha256"] == built["result"].bundle_sha256


@needs_poppler
def test_bundle_navigation(built: dict[str, Any]) -> None:
    path = built["out"] / "bundle.pdf"
    manifest = json.loads((built["out"] / "manifest.json").read_text("utf-8"))
    pdf = pikepdf.open(path)
    front = 1
    total = len(pdf.pages)
    # page labels: i for the index, then 1..N
    nums = list(pdf.Root.PageLabels.Nums)
    assert int(nums[0]) == 0 and nums[1].S == "/r"
    assert int(nums[2]) == front and nums[3].S == "/D" and int(nums[3].St) == 1
    # opens at 100% on the first page
    action = pdf.Root.OpenAction
    assert page_index(pdf, action[0]) == 0 and action[1] == "/XYZ" and float(action[4]) == 1
    # every index link's text names what is on the page it points to
    links = [a for a in pdf.pages[0].obj.Annots if a.Subtype == "/Link"]
    assert len(links) == 3 + 7
    seen = {}
    for link in links:
        target = page_index(pdf, link.Dest[0])
        label = text_in(path, 0, [float(v) for v in link.Rect])
        seen[label] = target
        if label.startswith("甲第"):
            stamp = (
                label.split("号証")[0]
                + "号証"
                + ("の" + label.split("号証の")[1][0] if "号証の" in label else "")
            )
            assert top_right_text(path, target) == stamp, label
            # the printed page number in the index row is the page's footer number
            assert bottom_right_text(path, target) == f"- {target - front + 1} -"
    assert seen["申立書1"] == front
    assert "和解あっせん申立書" in "".join(w for w, *_ in page_words(path, seen["申立書1"])[2])
    statement = next(v for k, v in seen.items() if k.startswith("証拠説明書"))
    assert statement > front
    assert "証拠説明書" in "".join(w for w, *_ in page_words(path, statement)[2])
    sources = {s["label"]: s["bundle_page"] for s in manifest["sources"]}
    assert (
        sources["甲第1号証"]
        == next(v for k, v in seen.items() if k.startswith("甲第1号証")) - front + 1
    )
    # bookmarks: titles and targets
    with pdf.open_outline() as outline:
        top = [(item.title, page_index(pdf, item.destination[0])) for item in outline.root]
        assert [t for t, _ in top] == ["目次", "申立書", "証拠説明書", "書証（甲号証）"]
        assert top[1][1] == front
        children = [(c.title, page_index(pdf, c.destination[0])) for c in outline.root[3].children]
    assert [t.split("　")[0] for t, _ in children] == list(sources)
    for title, target in children:
        assert top_right_text(path, target) == title.split("　")[0]
    # continuous page numbers at the bottom right of every page
    for i in range(total):
        expected = "- i -" if i < front else f"- {i - front + 1} -"
        assert bottom_right_text(path, i) == expected, i
    # searchable text: our parts and the exhibits' own text
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    for needle in ("申立ての趣旨", "株式会社サンプル工業", "Employment contract page 3",
                   "Timesheet A3 landscape", "撮影場所"):  # fmt: skip
        assert needle in text


@needs_poppler
def test_stamps_on_every_page_shape(built: dict[str, Any]) -> None:
    path = built["out"] / "03_exhibits.pdf"
    pdf = pikepdf.open(path)
    starts = [0, 3, 5, 6, 7, 8, 9]  # 3-page contract, 2-page payslip, then one page each
    labels = [
        "甲第1号証",
        "甲第2号証",
        "甲第3号証の1",
        "甲第3号証の2",
        "甲第4号証",
        "甲第5号証",
        "甲第6号証",
    ]
    assert len(pdf.pages) == 10
    assert int(pdf.pages[3].obj.get("/Rotate", 0)) == 90  # kept as it was
    width, height, _ = page_words(path, 7)
    assert width > height  # the A3 landscape page stays A3 landscape
    for start, label in zip(starts, labels, strict=True):
        assert top_right_text(path, start) == label
    for page in (1, 2, 4):  # later pages of an exhibit carry no stamp
        assert top_right_text(path, page) == ""


@needs_poppler
def test_photo_respects_exif_orientation(built: dict[str, Any], tmp_path: Path) -> None:
    path = built["out"] / "03_exhibits.pdf"
    subprocess.run(["pdftoppm", "-r", "20", "-f", "9", "-l", "9", "-png", str(path),
                    str(tmp_path / "photo")], check=True)  # fmt: skip
    image = Image.open(next(tmp_path.glob("photo*.png"))).convert("RGB")
    width, height = image.size
    assert height > width  # portrait: the photo is shown upright (taller than wide)
    top = image.getpixel((width // 2, int(height * 0.35)))
    bottom = image.getpixel((width // 2, int(height * 0.65)))
    assert top[0] > 200 and top[2] < 80  # red on top
    assert bottom[2] > 200 and bottom[0] < 80  # blue below


def test_generated_fonts_are_embedded(built: dict[str, Any]) -> None:
    out = built["out"]
    for name in ("00_cover.pdf", "01_application.pdf", "02_evidence_statement.pdf"):
        with pikepdf.open(out / name) as pdf:
            fonts = [f for page in pdf.pages for f in fonts_of(page.obj.get("/Resources"), set())]
            assert fonts and all(embedded(f) for f in fonts), name
    with pikepdf.open(out / "bundle.pdf") as pdf:
        marks = []
        for page in pdf.pages:
            for key, xobject in page.obj.Resources.XObject.items():
                if key.startswith("/MdgMark"):
                    marks += fonts_of(xobject.Resources, set())
        index_fonts = fonts_of(pdf.pages[0].obj.Resources, set())
        assert marks and all(embedded(f) for f in marks + index_fonts)


def test_parts_name_parties_and_fees(built: dict[str, Any]) -> None:
    out = built["out"]
    text = {
        name: subprocess.run(["pdftotext", str(out / name), "-"], capture_output=True,
                             text=True, check=True).stdout.replace("\n", "")
        for name in ("00_cover.pdf", "01_application.pdf", "02_evidence_statement.pdf")
    }  # fmt: skip
    cover, application, statement = text.values()
    assert "5部" in cover  # 3 + one extra respondent + one extra mediator
    assert (
        "金5,500円" in cover
        and "委任状" in cover
        and "登記事項証明書（株式会社サンプル工業）" in cover
    )
    assert "公表を希望しない" in cover
    for needle in ("申立人", "代理人", "佐藤花子", "相手方1", "田中一郎", "埼玉県川口市本町4-5-6",
                   "申立ての趣旨", "申立ての理由", "証拠方法", "甲第3号証の2", "附属書類",
                   "2026年11月21日", "東京弁護士会"):  # fmt: skip
        assert needle in application, needle
    for needle in ("号証", "標目", "原本・写しの別", "作成年月日", "立証趣旨", "備考", "撮影者",
                   "申立人", "寮の居室", "甲第3号証の1の訳文", "2024年4月1日", "ベトナム語"):  # fmt: skip
        assert needle in statement, needle


def test_same_inputs_same_bytes(built: dict[str, Any], service: CaseService) -> None:
    again = build_bundle(service, built["matter"], built["tmp"] / "again", today=TODAY)
    for name in ("00_cover.pdf", "01_application.pdf", "02_evidence_statement.pdf",
                 "03_exhibits.pdf", "bundle.pdf", "manifest.json"):  # fmt: skip
        assert (again.out_dir / name).read_bytes() == (built["out"] / name).read_bytes(), name


# -- bad inputs --------------------------------------------------------------------------------
def one_exhibit_matter(service: CaseService, tmp: Path, path: Path, *, consent: bool = True) -> str:
    case_id = make_case(service)
    if consent:
        service.add_consent(case_id, {"purpose": "adr", "recipient": "東京弁護士会",
                                      "given_on": "2025-06-01"})  # fmt: skip
    ok = pdf_file(tmp / "ok.pdf", ["fine"])
    return add_matter(service, case_id, tmp, [
        {"path": ok, "number": 1, "title": "問題のない書面"},
        {"path": path, "number": 2, "title": "問題の書面"},
    ])  # fmt: skip


def assert_nothing_left(parent: Path, out: Path) -> None:
    assert not out.exists()
    assert [p.name for p in parent.iterdir() if p.name.startswith(f".{out.name}")] == []


def test_encrypted_pdf_needs_its_password(service: CaseService, tmp_path: Path) -> None:
    locked = pdf_file(tmp_path / "locked.pdf", ["Secret payslip"])
    with pikepdf.open(locked, allow_overwriting_input=True) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="own", user="s3cret", R=6))
    matter = one_exhibit_matter(service, tmp_path, locked)
    out = tmp_path / "out"
    with pytest.raises(ExhibitPasswordError, match=r"甲第2号証.*password-protected") as info:
        build_bundle(service, matter, out, today=TODAY)
    assert info.value.label == "甲第2号証"
    assert_nothing_left(tmp_path, out)
    with pytest.raises(ExhibitPasswordError, match="wrong"):
        build_bundle(service, matter, out, today=TODAY, passwords={"甲第2号証": "nope"})
    case_id = next(c.case_id for c in service.list_cases())
    exhibit_id = service.get_case(case_id).exhibits_of(matter)[1].entity_id
    result = build_bundle(service, matter, out, today=TODAY, passwords={exhibit_id: "s3cret"})
    with pikepdf.open(result.bundle) as pdf:
        assert not pdf.is_encrypted
    text = subprocess.run(["pdftotext", str(result.bundle), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Secret payslip" in text


def test_repairable_pdf_is_built_with_a_warning(service: CaseService, tmp_path: Path) -> None:
    broken = pdf_file(tmp_path / "broken.pdf", ["Damaged but readable"])
    data = broken.read_bytes()
    start = data.rindex(b"startxref")
    broken.write_bytes(data[:start] + b"startxref\n999999\n%%EOF\n")  # xref offset points nowhere
    matter = one_exhibit_matter(service, tmp_path, broken)
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    assert len(result.warnings) == 1 and "甲第2号証" in result.warnings[0]
    manifest = json.loads(result.manifest.read_text("utf-8"))
    assert manifest["warnings"] == result.warnings
    text = subprocess.run(["pdftotext", str(result.bundle), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Damaged but readable" in text


def test_garbage_pdf_names_the_exhibit(service: CaseService, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"this is not a PDF at all \x00\x01\x02" * 50)
    matter = one_exhibit_matter(service, tmp_path, garbage)
    with pytest.raises(ExhibitError, match=r"甲第2号証.*問題の書面.*cannot be read as a PDF"):
        build_bundle(service, matter, tmp_path / "out", today=TODAY)
    assert_nothing_left(tmp_path, tmp_path / "out")


@pytest.mark.parametrize("name", ["setup.exe", "statement.docx"])
def test_unsupported_type_is_named(service: CaseService, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"MZ\x90\x00" * 40 if name.endswith(".exe") else b"PK\x03\x04" + b"\x00" * 60)
    matter = one_exhibit_matter(service, tmp_path, path)
    suffix = Path(name).suffix
    with pytest.raises(ExhibitError, match=rf"甲第2号証.*\{suffix} file"):
        build_bundle(service, matter, tmp_path / "out", today=TODAY)


def test_an_exhibit_without_file_is_named(service: CaseService, tmp_path: Path) -> None:
    # Described only: listed without pages, and said (test_described_only has the rest).
    matter = one_exhibit_matter(service, tmp_path, pdf_file(tmp_path / "x.pdf", ["x"]))
    service.add_exhibit(matter, {"number": 3, "title": "ファイルのない書証"})
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    assert [w for w in result.warnings if w.startswith("甲第3号証")] == [
        "甲第3号証: 「ファイルのない書証」 has no file (described only): it is listed in the "
        "証拠説明書 and the bundle's index, with no pages"
    ]


def test_cancel_leaves_nothing(service: CaseService, tmp_path: Path) -> None:
    _case_id, matter = setup_case(service, tmp_path)
    out = tmp_path / "out"
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 6

    with pytest.raises(BundleCancelled):
        build_bundle(service, matter, out, today=TODAY, cancelled=cancelled)
    assert calls["n"] == 7
    assert_nothing_left(tmp_path, out)
    assert not [e for e in service.vault.audit_entries() if e.action == "adr_bundle_made"]


def test_consent_is_required(service: CaseService, tmp_path: Path) -> None:
    matter = one_exhibit_matter(
        service, tmp_path, pdf_file(tmp_path / "x.pdf", ["x"]), consent=False
    )
    with pytest.raises(ConsentMissingError):
        build_bundle(service, matter, tmp_path / "out", today=TODAY)
    assert_nothing_left(tmp_path, tmp_path / "out")


def test_non_empty_folder_is_refused(service: CaseService, tmp_path: Path) -> None:
    matter = one_exhibit_matter(service, tmp_path, pdf_file(tmp_path / "x.pdf", ["x"]))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(DocumentError, match="not empty"):
        build_bundle(service, matter, out, today=TODAY)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    out.joinpath("keep.txt").unlink()
    result = build_bundle(service, matter, out, today=TODAY)  # an empty folder is fine
    assert result.bundle.exists()


def test_images_and_io_helpers_are_deterministic() -> None:
    from desktop.documents.adr.images import image_page

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 20, 30)).save(buffer, "PNG")
    assert image_page(buffer.getvalue(), "png") == image_page(buffer.getvalue(), "png")


@needs_poppler
@pytest.mark.parametrize("rotate", [0, 90, 180, 270, -90])
@pytest.mark.parametrize(
    "box",
    [
        (0, 0, 595, 842),  # A4 portrait
        (0, 0, 1191, 842),  # A3 landscape
        (50, 80, 350, 280),  # odd size, origin away from 0,0 (a receipt)
    ],
)
def test_marks_land_in_displayed_corners(tmp_path: Path, rotate: int, box: tuple[int, ...]) -> None:
    from desktop.documents.adr.overlay import (
        SharedStreams,
        number_marks,
        place_mark,
        stamp_marks,
    )

    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(100, 100))
    page = pdf.pages[0]
    page.obj.MediaBox = pikepdf.Array([box[0] - 10, box[1] - 10, box[2] + 10, box[3] + 10])
    page.obj.CropBox = pikepdf.Array(list(box))
    page.obj.Rotate = rotate
    streams = SharedStreams(pdf)
    place_mark(page, stamp_marks(pdf, ["甲第12号証の3"])[0], "top-right", streams)
    place_mark(page, number_marks(pdf, ["48"])[0], "bottom-right", streams)
    path = tmp_path / "marked.pdf"
    pdf.save(path)
    width, height, words = page_words(path, 0)
    # poppler reports the crop box size; words are in displayed coordinates
    assert sorted((width, height)) == sorted((box[2] - box[0], box[3] - box[1]))
    stamp = [w for w in words if w[0] == "甲第12号証の3"]
    assert len(stamp) == 1
    _, x0, y0, x1, y1 = stamp[0]
    assert x0 > width / 2 and x1 <= width and y0 >= 0 and y1 < height / 3
    assert x1 > width * 0.85  # hugging the right edge
    number = [w for w in words if w[0] == "48"]
    assert len(number) == 1
    _, x0, y0, x1, y1 = number[0]
    assert x0 > width / 2 and y0 > height * 2 / 3 and y1 <= height


def test_heic_photo_becomes_a_landscape_page(service: CaseService, tmp_path: Path) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    photo = tmp_path / "room.heic"
    Image.new("RGB", (640, 320), (200, 10, 10)).save(photo, "HEIF")
    matter = one_exhibit_matter(service, tmp_path, photo)
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    with pikepdf.open(result.parts[3]) as pdf:
        page = pdf.pages[1]
        width, height = float(page.mediabox[2]), float(page.mediabox[3])
        assert width > height  # wide photo, landscape A4
        images = list(page.get_images().values())
        assert len(images) == 1 and images[0].Width == 640 and images[0].Height == 320


def test_long_index_spans_pages_with_a_link_per_row() -> None:
    from desktop.documents.adr.index import IndexEntry, draw_index, index_pages_needed

    entries = [
        IndexEntry(f"甲第{i}号証　" + "長い標目" * 30, 1, str(i), 3 + i) for i in range(1, 121)
    ]
    pages = index_pages_needed(len(entries))
    data, boxes = draw_index("事件", "申立人 A　相手方 B", entries)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == pages >= 3
    assert [b.target for b in boxes] == [e.target for e in entries]
    assert {b.page for b in boxes} == set(range(pages))
    for page in range(pages):
        rects = [b.rect for b in boxes if b.page == page]
        tops = [r[3] for r in rects]
        assert tops == sorted(tops, reverse=True)  # top to bottom, no overlap
        assert all(r[1] > 0 and r[3] < A4[1] for r in rects)


def test_filled_form_is_fixed_into_the_page(service: CaseService, tmp_path: Path) -> None:
    form = tmp_path / "form.pdf"
    canvas = Canvas(str(form), invariant=1)
    canvas.drawString(100, 500, "Wage claim form")
    canvas.acroForm.textfield(name="wage", value="Unpaid 654321 yen", x=100, y=400, width=250)
    canvas.showPage()
    canvas.save()
    matter = one_exhibit_matter(service, tmp_path, form)
    # pytest turns warnings into errors: copying live form fields would warn here
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    with pikepdf.open(result.bundle) as pdf:
        assert "/AcroForm" not in pdf.Root
        widgets = [a for p in pdf.pages for a in p.obj.get("/Annots", []) if a.Subtype == "/Widget"]
        assert widgets == []
    text = subprocess.run(["pdftotext", str(result.bundle), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Unpaid 654321 yen" in text


def pdf_text(path: Path) -> str:
    """The text as laid out, whitespace (incl. the ideographic space) collapsed to one space."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True)  # fmt: skip
    return " ".join(out.stdout.split())


def test_no_agent_full_fee_era_dates_and_chronology(service: CaseService, tmp_path: Path) -> None:
    from desktop.organisation import Letterhead, write_letterhead

    write_letterhead(service.vault, Letterhead(name="窓口", date_style="japanese"))
    matter = one_exhibit_matter(service, tmp_path, pdf_file(tmp_path / "x.pdf", ["x"]))
    case_id = next(c.case_id for c in service.list_cases())
    service.add_timeline_entry(case_id, {"occurred_at": "2025-04-01T10:00", "note": "初回相談"})
    service.update_adr_matter(matter, {"agent": None, "referred_from_consultation": False,
                                       "extra_mediators": 0, "publication": None})  # fmt: skip
    first = build_bundle(service, matter, tmp_path / "one", today=TODAY)
    cover, application = pdf_text(first.parts[0]), pdf_text(first.parts[1])
    assert "4部" in cover  # 3 + the second respondent
    assert "金11,000円" in cover and "委任状" not in cover and "未確認" in cover
    assert "令和8年11月21日" in application and "代理人" not in application
    assert "2025年4月1日 初回相談" in application  # drafted from the timeline
    service.update_adr_matter(matter, {"chronology": "令和7年4月1日　相談（推敲済み）"})
    second = build_bundle(service, matter, tmp_path / "two", today=TODAY)
    application = pdf_text(second.parts[1])
    assert "相談（推敲済み）" in application and "初回相談" not in application
