"""Disk and crypto work of previewing runs in the pool, not on the GUI
thread (issue 14): each test records the thread its slow function ran on."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import ui.views.case_tabs.evidence_preview as evidence_preview
from desktop.cases.demo_evidence import make_pdf
from tests.ui.conftest import wait_for
from ui.session import Session
from ui.views.case_tabs.evidence_preview import HAS_PDF, PreviewPane


def _recording(threads: list[int], fn: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return fn(*args, **kwargs)

    return call


@pytest.mark.skipif(not HAS_PDF, reason="QtPdf is not installed")
def test_pdf_evidence_is_decrypted_and_rendered_off_the_gui_thread(
    qtbot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    decrypted: list[int] = []
    rendered: list[int] = []
    monkeypatch.setattr(
        evidence_preview,
        "_first_pdf_page",
        _recording(rendered, evidence_preview._first_pdf_page),
    )
    path = tmp_path / "notice.pdf"
    path.write_bytes(make_pdf(["NOTICE OF WORKING CONDITIONS"]))

    def make(service):  # type: ignore[no-untyped-def]
        case_id = service.create_case({"full_name": "Nguyen Van An"}, case={"summary": "Wages"})
        service.add_evidence(case_id, path, {"title": "Working conditions"})
        return service.get_case(case_id).evidence[0]

    record = wait_for(qtbot, session, make)
    assert record.data["media_type"] == "application/pdf"
    service = session.service
    assert service is not None
    monkeypatch.setattr(
        type(service), "read_evidence", _recording(decrypted, type(service).read_evidence)
    )
    pane = PreviewPane(session)
    qtbot.addWidget(pane)
    pane.resize(400, 500)
    pane.show_record(record)
    qtbot.waitUntil(
        lambda: pane.picture.pixmap() is not None and not pane.picture.pixmap().isNull(),
        timeout=10_000,
    )

    gui = threading.get_ident()
    assert decrypted and gui not in decrypted
    assert rendered and gui not in rendered


@pytest.mark.skipif(not HAS_PDF, reason="QtPdf is not installed")
def test_an_unreadable_pdf_says_so(qtbot, session: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4 broken")

    def make(service):  # type: ignore[no-untyped-def]
        case_id = service.create_case({"full_name": "Nguyen Van An"}, case={"summary": "Wages"})
        service.add_evidence(case_id, path, {"title": "Broken"})
        return service.get_case(case_id).evidence[0]

    record = wait_for(qtbot, session, make)
    pane = PreviewPane(session)
    qtbot.addWidget(pane)
    pane.show_record(record)
    qtbot.waitUntil(lambda: "Preview not available" in pane.picture.text(), timeout=10_000)
