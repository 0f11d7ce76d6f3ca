"""What a lawyer expects of the papers (issue 17 point 5).

附属書類 counted as the sets printed; PDF 1.7 with a subset tag per distinct font
subset; the agent's name read with its line; letters that keep headings and contact
blocks with what follows and never break a name inside a word, in any language.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest

from desktop.cases.service import CaseService
from desktop.documents.adr import build_bundle
from desktop.documents.letters import LetterRequest, make_letter
from desktop.documents.letters.data import common, worker_texts
from desktop.documents.subset_tags import subset_tag
from desktop.organisation import Letterhead, write_letterhead
from tests.documents.test_adr_bundle import TODAY, add_matter, needs_poppler, pdf_file
from tests.support.factories import WORKERS, make_case

PARTS = ("00_cover.pdf", "01_application.pdf", "02_evidence_statement.pdf", "03_exhibits.pdf")


def _text(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *args, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip


@pytest.fixture
def bundle(service: CaseService, tmp_path: Path) -> Path:
    case_id = make_case(service)
    service.add_consent(case_id, {"purpose": "adr", "recipient": "東京弁護士会",
                                  "given_on": "2025-06-01"})  # fmt: skip
    files = [{"path": pdf_file(tmp_path / f"{n}.pdf", [f"page {n}"]), "title": f"書面{n}"}
             for n in (1, 2)]  # fmt: skip
    matter = add_matter(service, case_id, tmp_path, files)  # 2 respondents, 1 extra mediator
    out = tmp_path / "out"
    build_bundle(service, matter, out, today=TODAY)
    return out


@needs_poppler
def test_attachments_are_counted_as_the_sets_printed(bundle: Path) -> None:
    cover = "".join(_text(bundle / "00_cover.pdf", "-layout").split())
    application = "".join(_text(bundle / "01_application.pdf", "-layout").split())
    assert (
        "5部（センター・あっせん人・相手方の3部＋追加の相手方1名分＋追加のあっせん人1名分）"
        in cover
    )
    assert "1証拠説明書5通" in application
    assert "2甲号証写し（甲第1号証から甲第2号証まで）各5通" in application
    assert "3委任状（原本）1通" in application  # originals go to the centre once
    assert "□申立書5通" in cover and "□証拠説明書5通" in cover
    assert "1通" not in application.replace("委任状（原本）1通", "").replace("（原本）1通", "")


def _fonts(pdf: pikepdf.Pdf) -> list[tuple[str, bytes]]:
    """(BaseFont, font program + ToUnicode) of every embedded font."""
    out = []
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
            descriptor = obj.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor:
                continue
            program = descriptor.FontFile2.read_bytes() + (
                obj.ToUnicode.read_bytes() if "/ToUnicode" in obj else b""
            )
            assert descriptor.FontName == obj.BaseFont
            out.append((str(obj.BaseFont), bytes(program)))
    return out


@needs_poppler
def test_pdf_17_and_a_distinct_tag_per_subset(bundle: Path) -> None:
    for name in (*PARTS, "bundle.pdf"):
        assert (bundle / name).read_bytes().startswith(b"%PDF-1.7"), name
    with pikepdf.open(bundle / "bundle.pdf") as pdf:
        assert pdf.pdf_version >= "1.7"
        fonts = _fonts(pdf)
    assert len(fonts) >= 3  # Noto Sans and IPAex subsets from several parts
    by_name: dict[str, set[bytes]] = {}
    for base_font, program in fonts:
        tag, _, face = base_font.removeprefix("/").partition("+")
        assert re.fullmatch(r"[A-Z]{6}", tag) and face, base_font
        assert tag == subset_tag(program), base_font  # derived from the subset itself
        by_name.setdefault(base_font, set()).add(program)
    assert all(len(programs) == 1 for programs in by_name.values()), "one name, two subsets"
    assert not any(name.startswith("/AAAAAA+") for name in by_name)
    # Tags differ between the subsets of one face (e.g. IPAexGothic in each part).
    faces: dict[str, set[str]] = {}
    for base_font in by_name:
        tag, _, face = base_font.partition("+")
        faces.setdefault(face, set()).add(tag)
    assert any(len(tags) > 1 for tags in faces.values())


@needs_poppler
def test_the_agents_line_reads_role_name_then_address(bundle: Path) -> None:
    """pdftotext's reading order (what a copy or a screen reader gets) keeps the name."""
    words = _text(bundle / "01_application.pdf").split()
    at = words.index("申立人代理人弁護士")
    assert words[at : at + 4] == [
        "申立人代理人弁護士",
        "佐藤花子",
        "住所",
        "東京都千代田区霞が関1-1-3",
    ]
    at = words.index("相手方1")
    assert words[at + 1] == "株式会社サンプル工業"


# -- letters -----------------------------------------------------------------------

LONG_NAME = "特定非営利活動法人東京ひまわり外国人労働者支援ネットワーク"
SUMMARY_LINE = "残業代が支払われていない期間について、相談者から聞き取った事実を記録した。"


@pytest.fixture
def letter_case(service: CaseService) -> str:
    case_id = service.create_case({**WORKERS[0], "full_name": "グエン・ヴァン・アン"},
                                  case={"summary": "残業代が支払われていない。"})  # fmt: skip
    service.add_consent(case_id, {"purpose": "referral", "recipient": LONG_NAME,
                                  "method": "written", "given_on": "2026-11-02"})  # fmt: skip
    write_letterhead(service.vault, Letterhead(
        name="まどぐち外国人労働者相談センター", address="東京都千代田区1-1-1",
        phone="03-1234-5678", email="desk@example.org",
    ))  # fmt: skip
    return case_id


def _pages(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        count = len(doc.pages)
    return [
        [line.strip() for line in _text(path, "-layout", "-f", str(n), "-l", str(n)).splitlines()
         if line.strip()]
        for n in range(1, count + 1)
    ]  # fmt: skip


@needs_poppler
def test_letters_keep_headings_and_the_contact_block_with_what_follows(
    service: CaseService, letter_case: str, tmp_path: Path
) -> None:
    """However long the summary, no page ends with a heading and 連絡先 is never split."""
    sections = common()["sections"]
    english = worker_texts("en")
    worker = [re.escape(v) for k, v in english.texts.items() if k.endswith("_heading")]
    ended_near_a_heading = 0
    for lines in range(22, 52, 2):
        summary = "\n".join([SUMMARY_LINE] * lines)
        letter = make_letter(service, LetterRequest(
            letter_case, "ngo", LONG_NAME, "en", summary=summary, today=TODAY))  # fmt: skip
        for pdf, headings, contact in (
            (letter.recipient_pdf, rf"^\d\s*({'|'.join(sections.values())})$", sections["contact"]),
            (letter.worker_pdf, rf"^({'|'.join(worker)})$", english.texts["contact_heading"]),
        ):  # fmt: skip
            pages = _pages(pdf, tmp_path)
            for page in pages[:-1]:
                body = [line for line in page if not line.startswith(letter.reference)]
                assert not re.match(headings, body[-1]), f"{lines} lines: page ends with {body[-1]}"
                ended_near_a_heading += any(re.match(headings, line) for line in body[-4:])
            flat = [(n, line) for n, page in enumerate(pages) for line in page
                    if not line.startswith(letter.reference)]  # fmt: skip
            at = max(i for i, (_, line) in enumerate(flat) if re.search(contact, line))
            block = flat[at : at + 5]  # the heading, name, address, TEL, e-mail
            assert block[-1][1] == "desk@example.org", block
            assert len({n for n, _ in block}) == 1, f"{lines} lines: contact block split {block}"
    assert ended_near_a_heading  # the summary lengths did bring headings to page ends


@needs_poppler
@pytest.mark.parametrize("language", ["id", "km", "tl", "th", "vi", "ja"])
def test_names_are_never_broken_inside_a_word(
    service: CaseService, letter_case: str, tmp_path: Path, language: str
) -> None:
    letter = make_letter(service, LetterRequest(
        letter_case, "ngo", LONG_NAME, language, today=TODAY))  # fmt: skip
    for pdf in (letter.worker_pdf, letter.recipient_pdf):
        lines = [line for page in _pages(pdf, tmp_path) for line in page]
        joined = "".join("".join(line.split()) for line in lines)
        assert joined.count(LONG_NAME) >= 2  # the intro and the consent name it
        whole = sum("".join(line.split()).count(LONG_NAME) for line in lines)
        assert whole == joined.count(LONG_NAME), f"{language}: the name was broken across lines"
