"""Split output: the 申立書, the 証拠説明書 and one PDF per 号証 beside the bundle.

Each split file is read back with pikepdf (pages, outline, named destinations, links,
attachments), ``qpdf --check`` and pdftotext (the stamp), and compared with bundle.pdf.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pikepdf
import pytest

from desktop.cases.service import CaseService
from desktop.documents.adr import BundleCancelled, build_bundle
from desktop.documents.adr.split import safe_file_name, split_file_name
from desktop.store.vault import Vault
from tests.documents.exhibit_fixtures import ANCHORS, files_and_losses_pdf, outlined_pdf
from tests.documents.test_adr_bundle import TODAY, assert_nothing_left, needs_poppler, pdf_file
from tests.documents.test_adr_exhibits_whole import (
    link_target,
    matter_of,
    named,
    page_of,
    pdf_text_of,
    qpdf_check,
)
from tests.test_cli import run

TITLES = ("就業規則", "賃金台帳: 2025/04*", "給与明細書")


def outlined_with_unused_name(path: Path) -> Path:
    """outlined_pdf plus a named destination that no link uses (reachable as file#name)."""
    outlined_pdf(path, "Alpha")
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        tree = pikepdf.NameTree(pdf.Root.Names.Dests)
        tree["unused"] = pikepdf.Dictionary(D=pikepdf.Array([pdf.pages[1].obj, pikepdf.Name.Fit]))
        pdf.save(path)
    return path


def three_exhibits(service: CaseService, tmp: Path) -> str:
    """An outlined exhibit, one whose title holds characters Windows forbids, and one
    with embedded files (PDF 2.0, owner-restricted)."""
    return matter_of(service, tmp, [
        (outlined_with_unused_name(tmp / "a.pdf"), TITLES[0]),
        (pdf_file(tmp / "b.pdf", ["April ledger", "May ledger"]), TITLES[1]),
        (files_and_losses_pdf(tmp / "c.pdf"), TITLES[2]),
    ])  # fmt: skip


def test_file_names_are_the_label_and_safe_everywhere() -> None:
    # One file per 号証, named by its label alone (the 甲第1号証.pdf, 甲第3号証の1.pdf).
    assert split_file_name("甲第1号証") == "甲第1号証.pdf"
    assert split_file_name("甲第3号証の1") == "甲第3号証の1.pdf"
    # The guard under it, should a label ever hold more than digits and kanji.
    assert safe_file_name('a<b>c:d"e/f\\g|h?i*j') == "a＜b＞c：d＂e／f＼g｜h？i＊j.pdf"
    assert safe_file_name(" 写真\t\n（寮）...  ") == "写真 （寮）.pdf"
    assert safe_file_name("甲第6号証\x00\x1f") == "甲第6号証.pdf"
    assert safe_file_name("") == "_.pdf"
    assert safe_file_name("CON") == "_CON.pdf" and safe_file_name("nul.x") == "_nul.x.pdf"
    long = safe_file_name("長" * 300)
    assert len(long.encode("utf-8")) <= 210 and long.startswith("長")


@needs_poppler
def test_each_exhibit_is_its_own_file_with_stamp_outline_links_and_files(
    service: CaseService, tmp_path: Path
) -> None:
    matter = three_exhibits(service, tmp_path)
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY, split=True)
    split = tmp_path / "out" / "split"
    expected = ["申立書.pdf", "証拠説明書.pdf", "甲第1号証.pdf", "甲第2号証.pdf", "甲第3号証.pdf"]
    assert [p.name for p in result.split] == expected
    # The names carry the 号証 alone; the titles are in the result and the manifest.
    assert result.split_titles == {"甲第1号証.pdf": TITLES[0], "甲第2号証.pdf": TITLES[1],
                                   "甲第3号証.pdf": TITLES[2]}  # fmt: skip
    assert sorted(p.name for p in split.iterdir()) == sorted(expected)
    assert (split / "申立書.pdf").read_bytes() == (tmp_path / "out/01_application.pdf").read_bytes()
    assert (split / "証拠説明書.pdf").read_bytes() == (
        tmp_path / "out/02_evidence_statement.pdf"
    ).read_bytes()

    # The manifest (on disk and inside bundle.pdf) lists every split file with its hash.
    manifest = json.loads(result.manifest.read_text("utf-8"))
    listed = {entry["file"]: entry for entry in manifest["split"]}
    assert list(listed) == [f"split/{name}" for name in expected]
    for name in expected:
        data = (split / name).read_bytes()
        assert listed[f"split/{name}"]["sha256"] == hashlib.sha256(data).hexdigest()
        assert listed[f"split/{name}"]["size"] == len(data)
        qpdf_check(split / name)
    with pikepdf.open(result.bundle) as bundle:
        inside = json.loads(bundle.attachments["manifest.json"].get_file().read_bytes())
    assert inside["split"] == manifest["split"]
    assert [listed[f"split/{n}"]["label"] for n in expected] == [
        "申立書", "証拠説明書", "甲第1号証", "甲第2号証", "甲第3号証"]  # fmt: skip
    assert [listed[f"split/{n}"]["title"] for n in expected] == ["", "", *TITLES]
    assert [listed[f"split/{n}"]["pages"] for n in expected[2:]] == [4, 2, 1]

    # 甲第1号証: stamped, PDF 1.7+, its outline as in the bundle, names and links working.
    first = split / expected[2]
    assert pdf_text_of(first, 0).startswith("甲第1号証")
    assert "Alpha section intro" in pdf_text_of(first, 0)
    assert "- 1 -" not in pdf_text_of(first, 0)  # bundle page numbers stay in the bundle
    with pikepdf.open(first) as pdf:
        assert len(pdf.pages) == 4 and pdf.pdf_version >= "1.7"
        with pdf.open_outline() as outline:
            tops = list(outline.root)
            assert [item.title for item in tops] == ["甲第1号証　就業規則"]
            assert page_of(pdf, tops[0].destination[0]) == 0
            tree = [(c.title, [g.title for g in c.children]) for c in tops[0].children]
            assert tree == [("Alpha intro", ["Alpha wages", "Alpha hours"]),
                            ("Alpha appendix", [])]  # fmt: skip
            for child in [*tops[0].children, *tops[0].children[0].children]:
                assert page_of(pdf, child.destination[0]) == ANCHORS[child.title.split()[-1]]
        names = named(pdf)
        for anchor, offset in ANCHORS.items():
            assert page_of(pdf, names[f"exhibit-1/{anchor}"][0]) == offset
        assert page_of(pdf, names["exhibit-1/Legacy"][0]) == 2
        assert page_of(pdf, names["exhibit-1/unused"][0]) == 1
        assert all(name.startswith("exhibit-1/") for name in names)
        annots = list(pdf.pages[0].obj.Annots)
        gotos = [a for a in annots if a.Subtype == "/Link" and "/URI" not in a.get("/A", {})]
        assert sorted(link_target(pdf, a) for a in gotos) == [0, 1, 2, 2, 3, 3]
        assert [str(a.A.URI) for a in annots if "/URI" in a.get("/A", {})] == [
            "https://www.mhlw.go.jp/"
        ]
        assert "/Names" not in pdf.Root or "/EmbeddedFiles" not in pdf.Root.Names
        assert str(pdf.docinfo.Title) == "甲第1号証　就業規則"

    # The same pages, in the same place, as in bundle.pdf (same sheet, same stamp).
    start = manifest["sources"][0]["bundle_page"]
    with pikepdf.open(first) as pdf, pikepdf.open(result.bundle) as bundle:
        front = len(bundle.pages) - sum(p["pages"] for p in manifest["parts"][1:])
        for offset in range(4):
            mine, theirs = pdf.pages[offset], bundle.pages[front + start - 1 + offset]
            assert [float(v) for v in mine.mediabox] == [float(v) for v in theirs.mediabox]

    # 甲第2号証: its own pages only; 甲第3号証: its embedded files, and no one else's.
    assert "April ledger" in pdf_text_of(split / expected[3], 0)
    whole = subprocess.run(["pdftotext", str(split / expected[3]), "-"], capture_output=True,
                           text=True, check=True).stdout  # fmt: skip
    assert "Alpha" not in whole and "Payslips" not in whole and "May ledger" in whole
    assert pdf_text_of(split / expected[3], 0).startswith("甲第2号証")
    with pikepdf.open(split / expected[4]) as pdf:
        assert len(pdf.pages) == 1
        assert sorted(pdf.attachments) == [f"甲第3号証 payslip-{n}.csv" for n in range(1, 5)]
        data = pdf.attachments["甲第3号証 payslip-2.csv"].get_file().read_bytes()
        assert data == b"month,wage\n2025-02,180000\n"


def test_a_cancel_while_splitting_leaves_nothing(service: CaseService, tmp_path: Path) -> None:
    matter = three_exhibits(service, tmp_path)
    out = tmp_path / "out"

    def split_started() -> bool:  # cancel once the first split file is on disk
        return any(tmp_path.glob(".out.*.part/split/*.pdf"))

    with pytest.raises(BundleCancelled):
        build_bundle(service, matter, out, today=TODAY, split=True, cancelled=split_started)
    assert_nothing_left(tmp_path, out)


def test_split_files_are_the_same_bytes_twice(service: CaseService, tmp_path: Path) -> None:
    matter = three_exhibits(service, tmp_path)
    one = build_bundle(service, matter, tmp_path / "one", today=TODAY, split=True)
    two = build_bundle(service, matter, tmp_path / "two", today=TODAY, split=True)
    assert [p.read_bytes() for p in one.split] == [p.read_bytes() for p in two.split]
    assert one.bundle.read_bytes() == two.bundle.read_bytes()


def test_without_split_there_is_no_split_folder(service: CaseService, tmp_path: Path) -> None:
    matter = three_exhibits(service, tmp_path)
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    assert result.split == [] and not (tmp_path / "out" / "split").exists()
    assert "split" not in json.loads(result.manifest.read_text("utf-8"))


def test_the_cli_split_flag(vault: Vault, tmp_path: Path) -> None:
    service = CaseService(vault)
    matter = three_exhibits(service, tmp_path)
    ref = next(c.ref for c in service.list_cases())
    vault.close()
    out = tmp_path / "filing"
    done = run("adr-bundle", "--vault", str(vault.folder), "--case", ref, "--matter", matter,
               "--out", str(out), "--split", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    assert [Path(p).name for p in said["split"]] == [
        "申立書.pdf", "証拠説明書.pdf", "甲第1号証.pdf", "甲第2号証.pdf", "甲第3号証.pdf"]  # fmt: skip
    assert said["split_titles"] == {"甲第1号証.pdf": TITLES[0], "甲第2号証.pdf": TITLES[1],
                                    "甲第3号証.pdf": TITLES[2]}  # fmt: skip
    assert all(Path(p).parent == out / "split" and Path(p).is_file() for p in said["split"])
    plain = run("adr-bundle", "--vault", str(vault.folder), "--case", ref, "--matter", matter,
                "--out", str(tmp_path / "plain"), "--split")  # fmt: skip
    assert plain.returncode == 0, plain.stderr
    assert f"Split: 5 files in {tmp_path / 'plain' / 'split'}" in plain.stdout
    assert f"  甲第2号証.pdf　{TITLES[1]}" in plain.stdout.splitlines()
    assert subprocess.run(["qpdf", "--check", said["split"][2]], capture_output=True,
                          check=False).returncode == 0  # fmt: skip


@needs_poppler
def test_split_with_original_sizes_keeps_them(service: CaseService, tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A5

    small = pdf_file(tmp_path / "receipt.pdf", ["Receipt"], size=A5)
    matter = matter_of(service, tmp_path, [(small, "領収書")])
    kept = build_bundle(service, matter, tmp_path / "kept", today=TODAY, split=True,
                        keep_page_sizes=True)  # fmt: skip
    sheet = build_bundle(service, matter, tmp_path / "sheet", today=TODAY, split=True)
    sizes = []
    for result in (kept, sheet):
        with pikepdf.open(result.split[-1]) as pdf:
            box = [float(v) for v in pdf.pages[0].mediabox]
            sizes.append((round(box[2] - box[0]), round(box[3] - box[1])))
        assert pdf_text_of(result.split[-1], 0).startswith("甲第1号証")
    assert sizes == [(round(A5[0]), round(A5[1])), (595, 842)]
