"""An exhibit described only (no file): listed in the papers and the index, no pages.

A passport the employer keeps cannot be attached; lawyers still give it its 号証 and list
it in the 証拠説明書.  The bundle is built around it: read back with pdftotext (the
statement and the index rows), pikepdf (pages, links, bookmarks) and the manifest.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pikepdf
import pytest

from desktop.cases.service import CaseService
from desktop.documents.adr import build_bundle
from desktop.documents.adr.preflight import bundle_problems
from desktop.errors import DocumentError
from tests.documents.test_adr_bundle import (
    TODAY,
    add_matter,
    assert_nothing_left,
    needs_poppler,
    pdf_file,
)
from tests.documents.test_adr_exhibits_whole import pdf_text_of, qpdf_check
from tests.support.factories import make_case

PASSPORT = "旅券（相手方が保管）"


def matter_with_a_passport(service: CaseService, tmp: Path, *, with_files: bool = True) -> str:
    case_id = make_case(service)
    service.add_consent(case_id, {"purpose": "adr", "recipient": "東京弁護士会",
                                  "given_on": "2025-06-01"})  # fmt: skip
    files = [
        {"path": pdf_file(tmp / "payslip.pdf", ["Payslip March", "Payslip April"]),
         "number": 1, "title": "給与明細書"},
        {"path": pdf_file(tmp / "contract.pdf", ["Employment contract"]),
         "number": 3, "title": "雇用契約書"},
    ] if with_files else []  # fmt: skip
    matter = add_matter(service, case_id, tmp, files)
    service.add_exhibit(matter, {"number": 2, "title": PASSPORT, "purpose": "旅券の取上げ",
                                 "remarks": "原本は相手方が保管しており写しなし"})  # fmt: skip
    return matter


@needs_poppler
def test_a_described_only_exhibit_is_listed_without_pages(
    service: CaseService, tmp_path: Path
) -> None:
    matter = matter_with_a_passport(service, tmp_path)
    assert bundle_problems(service, matter) == []  # nothing stops the bundle
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    qpdf_check(result.bundle)
    assert result.exhibit_labels == ["甲第1号証", "甲第2号証", "甲第3号証"]
    assert [w for w in result.warnings if "described only" in w] == [
        f"甲第2号証: 「{PASSPORT}」 has no file (described only): it is listed in the "
        "証拠説明書 and the bundle's index, with no pages"
    ]
    statement = pdf_text_of(result.parts[2], 0)
    assert "甲第2号証" in statement and "旅券の取上げ" in statement

    manifest = json.loads(result.manifest.read_text("utf-8"))
    assert [s["label"] for s in manifest["sources"]] == ["甲第1号証", "甲第3号証"]
    assert [(d["label"], d["title"]) for d in manifest["described_only"]] == [
        ("甲第2号証", PASSPORT)]  # fmt: skip

    with pikepdf.open(result.bundle) as pdf:
        index_links = list(pdf.pages[0].obj.get("/Annots", []))
        with pdf.open_outline() as outline:
            evidence = next(i for i in outline.root if i.title.startswith("書証"))
            marks = [item.title for item in evidence.children]
        total = len(pdf.pages)
    # 3 parts + 2 exhibits with files: one link per row that has pages, none for 甲第2号証.
    assert len(index_links) == 5
    assert marks == ["甲第1号証　給与明細書", "甲第3号証　雇用契約書"]
    index = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(result.bundle),
                            "-"], capture_output=True, text=True, check=True).stdout  # fmt: skip
    rows = {line.split()[0]: line.split()[1:] for line in index.splitlines()
            if line.strip().startswith("甲第")}  # fmt: skip
    # Its row, between the others, with a dash where a page number would be.
    assert rows == {"甲第1号証": ["給与明細書", "3"], "甲第2号証": [PASSPORT, "—"],
                    "甲第3号証": ["雇用契約書", "5"]}  # fmt: skip
    # No page was made for it: the exhibits' pages are the payslip's two and the contract.
    last = [pdf_text_of(result.bundle, n) for n in range(total - 3, total)]
    assert last[0].startswith("甲第1号証") and "Payslip March" in last[0]
    assert "Payslip April" in last[1] and last[2].startswith("甲第3号証")
    assert all("甲第2号証" not in text for text in last)


def test_a_matter_with_only_described_exhibits_is_refused(
    service: CaseService, tmp_path: Path
) -> None:
    matter = matter_with_a_passport(service, tmp_path, with_files=False)
    problems = bundle_problems(service, matter)
    assert [p.code for p in problems] == ["document.no_exhibit_files"]
    out = tmp_path / "out"
    with pytest.raises(DocumentError) as info:
        build_bundle(service, matter, out, today=TODAY)
    assert info.value.code == "document.no_exhibit_files"
    assert "all are described only" in str(info.value) and "\n" not in str(info.value)
    assert_nothing_left(tmp_path, out)
