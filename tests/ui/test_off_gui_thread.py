"""Disk and crypto work of opening, unlocking and previewing runs in the pool, not on the GUI
thread (issue 14): each test records the thread its slow function ran on."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

import ui.session
import ui.views.case_tabs.evidence_preview as evidence_preview
from desktop.cases.demo_evidence import make_pdf
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_for
from ui.session import Session
from ui.tasks import Background
from ui.views.case_tabs.evidence_preview import HAS_PDF, PreviewPane
from ui.views.unlock import UnlockPage


def _recording(threads: list[int], fn: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return fn(*args, **kwargs)

    return call


@pytest.fixture
def locked_folder(session: Session) -> Path:
    """A vault folder with a vault in it, closed again (as when the app starts)."""
    folder = session.folder
    session.close()
    return folder


def test_opening_and_unlocking_run_off_the_gui_thread(
    qtbot, locked_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    unlocked: list[int] = []
    monkeypatch.setattr(ui.session, "open_vault", _recording(opened, ui.session.open_vault))
    monkeypatch.setattr(Vault, "unlock", _recording(unlocked, Vault.unlock))
    background = Background()
    session = Session(locked_folder, background)
    page = UnlockPage(session)
    qtbot.addWidget(page)

    page.open_vault()
    qtbot.waitUntil(lambda: session.vault is not None, timeout=20_000)
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(page.unlocked, timeout=20_000):
        qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)

    gui = threading.get_ident()
    assert opened and gui not in opened
    assert unlocked and gui not in unlocked
    session.close()
    background.wait()


def test_unlock_before_the_file_is_open_opens_it_once_in_the_pool(
    qtbot, locked_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    monkeypatch.setattr(ui.session, "open_vault", _recording(opened, ui.session.open_vault))
    background = Background()
    session = Session(locked_folder, background)
    outcome: list[object] = []
    session.open_in_background(done=lambda: None, failed=outcome.append)
    session.unlock(PASSPHRASE, done=lambda: outcome.append(True), failed=outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)

    assert outcome == [True] and session.is_unlocked
    assert len(opened) == 1 and threading.get_ident() not in opened
    session.close()
    background.wait()


def test_a_vault_that_cannot_be_opened_is_explained(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "vault.db").write_bytes(b"this is not a vault" * 100)
    background = Background()
    session = Session(folder, background)
    page = UnlockPage(session)
    qtbot.addWidget(page)

    page.open_vault()
    qtbot.waitUntil(lambda: not page.button.isEnabled(), timeout=20_000)
    assert page.message.text() and session.vault is None
    background.wait()


@pytest.mark.skipif(not HAS_PDF, reason="QtPdf is not installed")
def test_pdf_evidence_is_decrypted_and_rendered_off_the_gui_thread(
    qtbot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    decrypted: list[int] = []
    rendered: list[int] = []
    monkeypatch.setattr(
        evidence_preview,
        "_first_pdf_page",
        _recording(rendered, evidence_preview._first_pdf_page),
    )
    path = tmp_path / "notice.pdf"
    path.write_bytes(make_pdf(["NOTICE OF WORKING CONDITIONS"]))

    def make(service):
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
def test_an_unreadable_pdf_says_so(qtbot, session: Session, tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4 broken")

    def make(service):
        case_id = service.create_case({"full_name": "Nguyen Van An"}, case={"summary": "Wages"})
        service.add_evidence(case_id, path, {"title": "Broken"})
        return service.get_case(case_id).evidence[0]

    record = wait_for(qtbot, session, make)
    pane = PreviewPane(session)
    qtbot.addWidget(pane)
    pane.show_record(record)
    qtbot.waitUntil(lambda: "Preview not available" in pane.picture.text(), timeout=10_000)
