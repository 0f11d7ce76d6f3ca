"""Nationality and languages are picked by name in the interface language; codes are stored."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from tests.ui.conftest import wait_for
from ui.app import install_translators
from ui.dialogs.new_case import NewCaseDialog
from ui.session import Session
from ui.views.case_view import CaseView


@pytest.fixture
def japanese(qapp: Any) -> Iterator[None]:
    before = QLocale()
    translators = install_translators(qapp, "ja")
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_new_case_stores_codes_for_names_picked_in_japanese(
    qtbot: Any, session: Session, japanese: None
) -> None:
    dialog = NewCaseDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.nationality.itemText(1) == "ベトナム"  # common countries first, in Japanese
    qtbot.keyClicks(dialog.full_name, "NGUYEN VAN AN")
    dialog.nationality.setEditText("ベトナム")
    for name in ("ベトナム語", "日本語"):
        dialog.languages.choice.setEditText(name)
        dialog.languages.add_button.click()
    assert [dialog.languages.chosen.item(i).text() for i in range(2)] == ["ベトナム語", "日本語"]
    with qtbot.waitSignal(dialog.open_case, timeout=20_000) as blocker:
        dialog.create_button.click()
    case_id = str(blocker.args[0])
    worker = wait_for(qtbot, session, lambda s: s.get_case(case_id).worker.data)
    assert worker["nationality"] == "VN"
    assert worker["languages"] == ["vi", "ja"]


def test_case_overview_shows_names_and_saves_codes(
    qtbot: Any, session: Session, japanese: None
) -> None:
    def create(service: Any) -> str:
        return str(service.create_case(
            {"full_name": "SANTOS MARIA", "nationality": "PH", "languages": ["tl", "xx"]}
        ))  # fmt: skip

    case_id = wait_for(qtbot, session, create)
    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    overview = view.overview
    qtbot.waitUntil(
        lambda: overview.nationality.combo.currentText() == "フィリピン", timeout=20_000
    )
    chosen = overview.languages.picker.chosen
    assert [chosen.item(i).text() for i in range(chosen.count())] == ["タガログ語", "xx"]
    overview.nationality.combo.setEditText("インドネシア")
    overview.languages.picker.choice.setEditText("インドネシア語")
    overview.languages.picker.add_button.click()
    assert overview.nationality.is_changed() and overview.languages.is_changed()
    overview.save_worker.click()
    qtbot.waitUntil(
        lambda: (
            wait_for(qtbot, session, lambda s: s.get_case(case_id).worker.data).get("nationality")
            == "ID"
        ),
        timeout=20_000,
    )
    worker = wait_for(qtbot, session, lambda s: s.get_case(case_id).worker.data)
    assert worker["languages"] == ["tl", "xx", "id"]  # an unknown code is kept as stored


def test_the_country_list_holds_countries_only(japanese: None) -> None:
    from ui.places import country_choices

    choices = dict(country_choices())
    assert choices["VN"] == "ベトナム" and choices["NP"] == "ネパール"
    for code in ("XA", "XB", "ZZ", "EU", "EZ", "UN", "QO"):  # pseudo-locales and groupings
        assert code not in choices, code
    assert not [name for name in choices.values() if "疑似" in name]
