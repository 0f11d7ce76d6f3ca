# ruff: noqa: F811  (the fixtures come from test_documents_ui by import)
"""Evidence you can look at (issue 16 point 7), through the case view on a real vault:
HEIC photos previewed, phone photos upright, a PDF's every page with zoom, and a
described-only exhibit given its file from the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtWidgets import QDialog

from tests.ui.conftest import wait_for
from tests.ui.test_documents_ui import case_id, small_pdf, view  # noqa: F401 - fixtures
from ui.session import Session
from ui.views.case_tabs.adr_exhibits import ExhibitDialog
from ui.views.case_view import CaseView


def add_and_select(qtbot: Any, view: CaseView, path: Path) -> None:
    tab = view.evidence
    before = tab.model.rowCount()
    tab.import_files([str(path)])
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=15_000)
    # The new file is selected once the case reloads (EvidenceTab._imported).
    qtbot.waitUntil(lambda: tab.preview._shown_id is not None
                    and tab.preview.details.text().count(path.name) > 0, timeout=10_000)  # fmt: skip


def shown_image(qtbot: Any, view: CaseView) -> Any:
    preview = view.evidence.preview
    qtbot.waitUntil(lambda: not preview._image.isNull(), timeout=10_000)
    return preview._image


def test_a_heic_photo_is_previewed_upright(qtbot, view: CaseView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pillow_heif

    pillow_heif.register_heif_opener()
    photo = tmp_path / "IMG_0001.HEIC"
    Image.new("RGB", (80, 40), (200, 10, 10)).save(photo, "HEIF")
    add_and_select(qtbot, view, photo)
    image = shown_image(qtbot, view)
    assert (image.width(), image.height()) == (80, 40)
    colour = image.pixelColor(40, 20)
    assert colour.red() > 150 and colour.green() < 60 and colour.blue() < 60
    assert view.evidence.preview.picture.pixmap() is not None
    assert not view.evidence.preview.pages_button.isEnabled()  # a photo has no pages


def test_a_phone_photo_lying_on_its_side_is_turned_upright(  # type: ignore[no-untyped-def]
    qtbot, view: CaseView, tmp_path: Path
) -> None:
    photo = tmp_path / "IMG_0002.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, taken in portrait: "rotate 90° clockwise to show"
    Image.new("RGB", (90, 30), (10, 10, 200)).save(photo, "JPEG", exif=exif)
    add_and_select(qtbot, view, photo)
    image = shown_image(qtbot, view)
    assert (image.width(), image.height()) == (30, 90)


def test_damaged_heic_says_preview_not_available(  # type: ignore[no-untyped-def]
    qtbot, view: CaseView, tmp_path: Path
) -> None:
    photo = tmp_path / "broken.heic"
    photo.write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64)
    add_and_select(qtbot, view, photo)
    preview = view.evidence.preview
    qtbot.waitUntil(lambda: "not available" in preview.picture.text(), timeout=10_000)


def test_a_pdf_is_shown_whole_with_paging_and_zoom(  # type: ignore[no-untyped-def]
    qtbot, view: CaseView, tmp_path: Path
) -> None:
    from ui.dialogs.pdf_preview import PdfPreviewDialog

    pdf = tmp_path / "contract.pdf"
    pdf.write_bytes(small_pdf(pages=4))
    add_and_select(qtbot, view, pdf)
    tab = view.evidence
    qtbot.waitUntil(lambda: tab.preview.pages_button.isEnabled(), timeout=5_000)
    tab.preview.pages_button.click()
    qtbot.waitUntil(lambda: tab.pages_dialog is not None, timeout=10_000)
    dialog = tab.pages_dialog
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.addWidget(dialog)
    pane = dialog.current_pane()
    assert pane.page_count() == 4
    assert pane.of_pages.text().endswith("4")
    assert pane.next_button.isEnabled()
    pane.go_to(2)
    qtbot.waitUntil(lambda: pane.current_page() == 2, timeout=5_000)
    assert pane.page.value() == 3
    pane.zoom.setCurrentIndex(pane.zoom.findData(2.0))
    assert pane.view.zoomFactor() == pytest.approx(2.0)
    dialog.reject()


# -- a described-only exhibit gets its file ------------------------------------------------
def _described_only_matter(qtbot, session: Session, case_id: str, view: CaseView) -> None:  # type: ignore[no-untyped-def]
    def make(service):  # type: ignore[no-untyped-def]
        employer = service.get_case(case_id).parties[0].entity_id
        matter = service.add_adr_matter(case_id, {"title": "Unpaid wages",
                                                  "respondents": [employer]})  # fmt: skip
        service.add_exhibit(matter, {"title": "Employment contract"})  # no file yet
        return matter

    wait_for(qtbot, session, make)
    view.refresh()
    qtbot.waitUntil(lambda: view.adr.exhibits.model.rowCount() == 1, timeout=10_000)
    view.adr.exhibits.table.selectRow(0)


def _exhibit(qtbot, session: Session, case_id: str) -> Any:  # type: ignore[no-untyped-def]
    return wait_for(qtbot, session, lambda s: s.get_case(case_id).exhibits[0])


def test_described_only_exhibit_gets_its_file_from_the_window(  # type: ignore[no-untyped-def]
    qtbot, session: Session, case_id: str, view: CaseView, monkeypatch: pytest.MonkeyPatch
) -> None:
    _described_only_matter(qtbot, session, case_id, view)
    panel = view.adr.exhibits
    record = panel.model.record_at(0)
    payslip = view.adr.data.evidence[0].entity_id  # type: ignore[union-attr]

    def fill_in(dialog: ExhibitDialog) -> QDialog.DialogCode:
        assert dialog.evidence.isEnabled()  # described only: a file may be chosen
        dialog.evidence.setCurrentIndex(dialog.evidence.findData(payslip))
        dialog.edits["author"].setText("Sample Foods KK")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExhibitDialog, "exec", fill_in)
    panel.edit()
    qtbot.waitUntil(lambda: "甲第1号証" in panel.notice.text(), timeout=20_000)
    exhibit = _exhibit(qtbot, session, case_id)
    assert exhibit.data["evidence_id"] == payslip
    assert exhibit.data["author"] == "Sample Foods KK"  # the other edit, same commit
    assert exhibit.data["title"] == "Employment contract"
    # A file once given is fixed: the dialog no longer offers another.
    assert not ExhibitDialog(view.adr.data.evidence, panel.model.record_at(0)).evidence.isEnabled()  # type: ignore[union-attr]
    assert record.entity_id == exhibit.entity_id


def test_a_file_no_bundle_can_take_is_refused_and_nothing_recorded(  # type: ignore[no-untyped-def]
    qtbot, session: Session, case_id: str, view: CaseView, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.bin"
    junk.write_bytes(b"\x00\x01 not a document")
    junk_id = wait_for(qtbot, session, lambda s: s.add_evidence(case_id, junk, {"title": "Notes"}))
    _described_only_matter(qtbot, session, case_id, view)
    panel = view.adr.exhibits
    panel.attach_file(panel.model.record_at(0), junk_id, {"author": "Someone"})
    qtbot.waitUntil(lambda: bool(view.adr.message.text()), timeout=20_000)
    assert "甲第1号証" in view.adr.message.text()
    assert panel.notice.text() == ""
    exhibit = _exhibit(qtbot, session, case_id)
    assert not exhibit.data.get("evidence_id")  # still described only
    assert not exhibit.data.get("author")  # the other edit was not recorded either
