# ruff: noqa: F811  (the fixtures come from test_documents_ui by import)
"""The bundle button checks the whole matter before asking for a folder and lists every
problem at once in plain words (issue 16 point 7), through the case view's ADR tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import wait_for
from tests.ui.test_documents_ui import add_matter, case_id, view  # noqa: F401 - fixtures
from ui.session import Session
from ui.views.case_view import CaseView


@pytest.fixture
def folder_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def ask(*_args: object, **_kwargs: object) -> str:
        asked.append("folder")
        return ""  # the counselor cancels: nothing is built

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", ask)
    return asked


def test_every_problem_listed_before_any_folder(  # type: ignore[no-untyped-def]
    qtbot,
    session: Session,
    case_id: str,
    view: CaseView,
    tmp_path: Path,
    folder_asked: list[str],
) -> None:
    junk = tmp_path / "notes.bin"
    junk.write_bytes(b"\x00\x01 not a document")

    def make(service):  # type: ignore[no-untyped-def]
        employer = service.get_case(case_id).parties[0].entity_id
        matter = service.add_adr_matter(case_id, {"title": "Unpaid wages",
                                                  "respondents": [employer]})  # fmt: skip
        service.add_exhibit(matter, {"title": "Employment contract"})  # described only
        evidence = service.add_evidence(case_id, junk, {"title": "Notes"})
        service.add_exhibit(matter, {"title": "Notes", "evidence_id": evidence})
        return matter

    wait_for(qtbot, session, make)
    view.refresh()
    tab = view.adr
    qtbot.waitUntil(lambda: tab.exhibits.model.rowCount() == 2, timeout=10_000)
    tab.exhibits.build_requested.emit()
    qtbot.waitUntil(lambda: bool(tab.message.text()), timeout=20_000)
    lines = tab.message.text().splitlines()
    # The heading, then the consent and the unreadable file; the exhibit described only
    # (甲第1号証) is no problem: the bundle lists it without pages.
    assert len(lines) == 3, lines
    assert "consent" in lines[1]
    assert "甲第2号証" in lines[2] and "甲第1号証" not in tab.message.text()
    assert folder_asked == []


def test_a_ready_matter_asks_for_the_folder(  # type: ignore[no-untyped-def]
    qtbot,
    session: Session,
    case_id: str,
    view: CaseView,
    folder_asked: list[str],
) -> None:
    add_matter(qtbot, session, case_id, view)
    view.adr.exhibits.build_requested.emit()
    qtbot.waitUntil(lambda: folder_asked == ["folder"], timeout=20_000)
    assert view.adr.message.text() == ""
