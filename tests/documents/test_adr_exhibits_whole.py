"""Exhibits kept whole: outlines, destinations, links, comments, files; XFA refused; passwords.

Every check reads bundle.pdf back with pikepdf, qpdf or poppler.
"""

from __future__ import annotations

import json
import subprocess
import warnings
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image

from desktop.cases.service import CaseService
from desktop.documents.adr import build_bundle
from desktop.documents.adr.library_warnings import sentences_from_warnings
from desktop.documents.adr.passwords import candidates, saslprep
from desktop.errors import ExhibitError, ExhibitPasswordError
from tests.documents.exhibit_fixtures import (
    ANCHORS,
    NOTE_RECT,
    annotated_form_pdf,
    files_and_losses_pdf,
    outlined_pdf,
    unicode_password_pdf,
    xfa_pdf,
)
from tests.documents.test_adr_bundle import (
    TODAY,
    add_matter,
    assert_nothing_left,
    needs_poppler,
    one_exhibit_matter,
    pdf_text,
)
from tests.support.factories import make_case


def matter_of(service: CaseService, tmp: Path, files: list[tuple[Path, str]]) -> str:
    case_id = make_case(service)
    service.add_consent(case_id, {"purpose": "adr", "recipient": "東京弁護士会",
                                  "given_on": "2025-06-01"})  # fmt: skip
    specs: list[dict[str, Any]] = [
        {"path": path, "number": n, "title": title} for n, (path, title) in enumerate(files, 1)
    ]
    return add_matter(service, case_id, tmp, specs)


def page_of(pdf: pikepdf.Pdf, obj: pikepdf.Object) -> int:
    return next(i for i, p in enumerate(pdf.pages) if p.obj.objgen == obj.objgen)


def named(pdf: pikepdf.Pdf) -> dict[str, pikepdf.Array]:
    tree = pikepdf.NameTree(pdf.Root.Names.Dests)
    return {k: (v.D if isinstance(v, pikepdf.Dictionary) else v) for k, v in tree.items()}


def link_target(pdf: pikepdf.Pdf, annot: pikepdf.Object) -> int:
    """The bundle page a GoTo link leads to (explicit, or through the name tree)."""
    target = annot.get("/Dest")
    if target is None:
        target = annot.A.D
    if isinstance(target, pikepdf.String):
        target = named(pdf)[str(target)]
    assert isinstance(target, pikepdf.Array), target
    return page_of(pdf, target[0])


def qpdf_check(path: Path) -> None:
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True,
                          check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def exhibit_item(pdf: pikepdf.Pdf, label: str) -> pikepdf.OutlineItem:
    with pdf.open_outline() as outline:
        evidence = next(i for i in outline.root if i.title.startswith("書証"))
        return next(i for i in evidence.children if i.title.startswith(label))


def test_outlines_destinations_and_links_survive(service: CaseService, tmp_path: Path) -> None:
    # The same file twice: equal destination names must not collide.
    first = outlined_pdf(tmp_path / "a.pdf", "Alpha")
    second = outlined_pdf(tmp_path / "b.pdf", "Beta")
    matter = matter_of(service, tmp_path, [(first, "就業規則"), (second, "賃金台帳")])
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    qpdf_check(result.bundle)
    manifest = json.loads(result.manifest.read_text("utf-8"))
    with pikepdf.open(result.bundle) as pdf:
        names = named(pdf)
        for number, source in enumerate(manifest["sources"], 1):
            start = source["bundle_page"] - 1 + (len(pdf.pages) - sum(
                p["pages"] for p in manifest["parts"] if p["file"] != "00_cover.pdf"))  # fmt: skip
            assert f"{'Alpha' if number == 1 else 'Beta'} section intro" in pdf_text_of(
                result.bundle, start)  # fmt: skip
            # Bookmarks: the exhibit's outline nested under its own entry, pages right.
            item = exhibit_item(pdf, f"甲第{number}号証")
            marker = "Alpha" if number == 1 else "Beta"
            titles = [(c.title, [g.title for g in c.children]) for c in item.children]
            assert titles == [
                (f"{marker} intro", [f"{marker} wages", f"{marker} hours"]),
                (f"{marker} appendix", []),
            ]
            for child in [*item.children, *item.children[0].children]:
                anchor = child.title.split()[-1]
                assert page_of(pdf, child.destination[0]) == start + ANCHORS[anchor]
            # Named destinations renamed per exhibit, each on the right page.
            for anchor, offset in ANCHORS.items():
                assert page_of(pdf, names[f"exhibit-{number}/{anchor}"][0]) == start + offset
            assert page_of(pdf, names[f"exhibit-{number}/Legacy"][0]) == start + 2
            # Links on the contents page: by name, by explicit page, by legacy name, web.
            annots = list(pdf.pages[start].obj.Annots)
            gotos = [a for a in annots if a.Subtype == "/Link" and "/URI" not in a.get("/A", {})]
            assert sorted(link_target(pdf, a) - start for a in gotos) == [0, 1, 2, 2, 3, 3]
            uris = [str(a.A.URI) for a in annots if "/URI" in a.get("/A", {})]
            assert uris == ["https://www.mhlw.go.jp/"]
    assert any("甲第2号証: kept 4 bookmarks, 5 named destinations, 7 links" in s
               for s in result.summary), result.summary  # fmt: skip
    assert manifest["sources"][0]["kept"]["bookmarks"] == 4


def pdf_text_of(path: Path, page: int) -> str:
    done = subprocess.run(["pdftotext", "-f", str(page + 1), "-l", str(page + 1), str(path), "-"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return done.stdout.strip()


@needs_poppler
@pytest.mark.parametrize("filled", [False, True], ids=["empty-acroform", "filled-field"])
def test_comments_kept_and_only_fields_flattened(
    service: CaseService, tmp_path: Path, filled: bool
) -> None:
    form = annotated_form_pdf(tmp_path / "form.pdf", filled=filled)
    matter = one_exhibit_matter(service, tmp_path, form)
    # Original sizes: the note keeps its exact rectangle (on a sheet it moves with its page).
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY, keep_page_sizes=True)
    qpdf_check(result.bundle)
    with pikepdf.open(result.bundle) as pdf:
        assert "/AcroForm" not in pdf.Root
        page_index = len(pdf.pages) - 1
        annots = list(pdf.pages[page_index].obj.Annots)
        kinds = sorted(str(a.Subtype) for a in annots)
        assert "/Widget" not in kinds
        assert {"/Text", "/Popup", "/Highlight"} <= set(kinds)
        note = next(a for a in annots if a.Subtype == "/Text")
        assert str(note.Contents) == "Overtime not paid for March"
        assert note.Popup.Parent.objgen == note.objgen  # popup linked both ways
        assert [float(v) for v in note.Rect] == list(NOTE_RECT)
    text = pdf_text(result.bundle)
    assert ("Unpaid 654321 yen" in text) is filled
    # The note is drawn where it was (poppler draws a note icon; the page is white there).
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-f", str(page_index + 1), "-l", str(page_index + 1), "-r",
                    "72", "-png", "-singlefile", str(result.bundle), str(png)], check=True)  # fmt: skip
    with Image.open(f"{png}.png") as image:
        height = image.height
        box = (int(NOTE_RECT[0]), int(height - NOTE_RECT[3]), int(NOTE_RECT[2]),
               int(height - NOTE_RECT[1]))  # fmt: skip
        darkest = image.convert("L").crop(box).getextrema()[0]
    assert darkest < 200


def test_embedded_files_kept_and_losses_named(service: CaseService, tmp_path: Path) -> None:
    source = files_and_losses_pdf(tmp_path / "payslips.pdf")
    matter = one_exhibit_matter(service, tmp_path, source)
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    qpdf_check(result.bundle)
    manifest = json.loads(result.manifest.read_text("utf-8"))
    listed = manifest["sources"][1]["attachments"]
    assert [a["filename"] for a in listed] == [f"payslip-{n}.csv" for n in range(1, 5)]
    lost = " ".join(manifest["sources"][1]["not_carried"])
    for words in ("tagged structure", "owner restrictions (no printing, no copying text",
                  "JavaScript"):  # fmt: skip
        assert words in lost
    sentence = next(w for w in result.warnings if w.startswith("甲第2号証"))
    assert "tagged structure" in sentence and "left out" in sentence
    with pikepdf.open(result.bundle) as pdf:
        assert not pdf.is_encrypted
        files = pdf.attachments
        for item in listed:
            data = files[item["name"]].get_file().read_bytes()
            assert data == f"month,wage\n2025-0{item['filename'][8]},180000\n".encode()
        assert "manifest.json" in files
        actions = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary)
                   and o.get("/S") == "/JavaScript"]  # fmt: skip
        assert actions == []
    again = build_bundle(service, matter, tmp_path / "again", today=TODAY)
    assert again.bundle.read_bytes() == result.bundle.read_bytes()  # attachments undated


@pytest.mark.parametrize(
    ("needs_rendering", "xfa"), [(True, True), (False, True), (False, False)],
    ids=["NeedsRendering", "XFA-page", "placeholder-without-XFA"],
)  # fmt: skip
def test_xfa_form_is_refused(
    service: CaseService, tmp_path: Path, needs_rendering: bool, xfa: bool
) -> None:
    form = xfa_pdf(tmp_path / "xfa.pdf", needs_rendering=needs_rendering, xfa=xfa)
    matter = one_exhibit_matter(service, tmp_path, form)
    out = tmp_path / "out"
    with pytest.raises(ExhibitError) as info:
        build_bundle(service, matter, out, today=TODAY)
    assert info.value.code == "exhibit.xfa"
    message = str(info.value)
    assert message.startswith("甲第2号証: 「問題の書面」 is a dynamic (XFA) form")
    assert "print it to PDF" in message and "scan" in message and "\n" not in message
    assert_nothing_left(tmp_path, out)


@pytest.mark.parametrize(
    ("stored", "typed"),
    [("パスワードｱ", "パスワードｱ"), ("Ångström", "A\u030angstro\u0308m"),
     ("Ångström", "\u212bngstr\u00f6m")],
    ids=["half-width-kana", "decomposed", "angstrom-sign"],
)  # fmt: skip
def test_unicode_password_opens_as_typed(
    service: CaseService, tmp_path: Path, stored: str, typed: str
) -> None:
    locked = unicode_password_pdf(tmp_path / "locked.pdf", stored, "Contract text 4711")
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(locked, password=typed)  # qpdf alone does not prepare the password
    matter = one_exhibit_matter(service, tmp_path, locked)
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY,
                          passwords={"甲第2号証": typed})  # fmt: skip
    assert "Contract text 4711" in pdf_text(result.bundle)
    with pytest.raises(ExhibitPasswordError, match="wrong"):
        build_bundle(service, matter, tmp_path / "again", today=TODAY,
                     passwords={"甲第2号証": typed + "x"})  # fmt: skip


def test_saslprep_maps_spaces_drops_invisible_and_refuses_controls() -> None:
    assert saslprep("pass\u00a0word\u00ad") == "pass word"  # RFC 4013 §2.1
    assert saslprep("ｱ") == "ア"
    assert saslprep("bad\u0007") is None  # ASCII control: prohibited (C.2.1)
    assert candidates("abc") == ["abc"]
    assert candidates("ｱ")[:2] == ["ｱ", "ア"]


def test_library_warnings_become_sentences() -> None:
    collected: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # anything escaping the block would raise here
        with sentences_from_warnings(collected, "甲第1号証", "「契約書」"):
            warnings.warn("widget not reachable from /AcroForm", pikepdf.PageCopyWarning,
                          stacklevel=1)  # fmt: skip
    assert collected == ["甲第1号証: the PDF library noted, while copying 「契約書」: "
                         "widget not reachable from /AcroForm"]  # fmt: skip


def test_a_field_with_nothing_to_show_is_named(service: CaseService, tmp_path: Path) -> None:
    signed = annotated_form_pdf(tmp_path / "sig.pdf", filled=False)
    with pikepdf.open(signed, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        sig = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Sig,
            T=pikepdf.String("signature"), Rect=[100, 100, 300, 140], P=page.obj))  # fmt: skip
        page.obj.Annots.append(sig)
        pdf.Root.AcroForm.Fields.append(sig)
        pdf.save(signed)
    matter = one_exhibit_matter(service, tmp_path, signed)
    result = build_bundle(service, matter, tmp_path / "out", today=TODAY)
    assert any("甲第2号証" in w and "1 form field(s) with nothing to show" in w
               for w in result.warnings), result.warnings  # fmt: skip
