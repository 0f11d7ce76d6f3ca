"""The Wages tab's "Draft from timeline…": the list of drafted records with check boxes,
a question before a recorded day is replaced, the grid refilled with what was added,
and the dialog in Japanese (offscreen, real vault and session).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import wait_for
from tests.ui.desk_tour import Tour
from ui.session import Session
from ui.views.case_view import CaseView

HEADER = "date,start,end,break_minutes,break_start\n"
ENTRIES = [
    "3月3日は8:00〜23:00まで働いた。休憩なし。",  # new
    "On 4 March I worked 8am to 10pm with a 1 hour break.",  # differs from the record
    "3/5 9:00-18:00 休憩12時から13時",  # the same as the record
    "毎日8時から23時まで",  # a habit: not drafted
]


@pytest.fixture
def view(qtbot: Any, session: Session) -> CaseView:
    def make(service: Any) -> str:
        case_id = service.create_case({"full_name": "Pham Van Duc"})
        service.set_wages(case_id, {"records": HEADER + "2025-03-04,09:00,18:00,60,\n"
                                    "2025-03-05,09:00,18:00,60,12:00\n"})  # fmt: skip
        for note in ENTRIES:
            service.add_timeline_entry(case_id, {"note": note, "occurred_at": "2025-03-20T10:00"})
        return str(case_id)

    case_id = wait_for(qtbot, session, make)
    widget = CaseView(session, case_id)
    qtbot.addWidget(widget)
    session.changed.connect(widget.apply)  # what the workspace does
    widget.resize(1300, 700)
    widget.show()
    widget.tabs.setCurrentWidget(widget.wages)
    qtbot.waitUntil(lambda: widget.wages.data is not None, timeout=10_000)
    return widget


def _open(qtbot: Any, view: CaseView) -> Any:
    tab = view.wages
    tab.pages.setCurrentIndex(1)
    tab.draft_button.click()
    qtbot.waitUntil(lambda: getattr(tab, "drafts_dialog", None) is not None, timeout=10_000)
    dialog = tab.drafts_dialog
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=10_000)
    return dialog


def _cells(dialog: Any, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(1, 7)]


def test_ticked_drafts_are_added_and_a_recorded_day_only_after_yes(
    qtbot: Any, session: Session, view: CaseView
) -> None:
    dialog = _open(qtbot, view)
    assert dialog.table.rowCount() == 3
    assert _cells(dialog, 0)[:5] == ["2025-03-03", "08:00", "23:00", "0 min", "New"]
    assert _cells(dialog, 0)[5] == "2025-03-20: 3月3日は8:00〜23:00まで働いた 休憩なし"
    assert _cells(dialog, 1)[4].startswith("Differs from the record on file (09:00–18:00)")
    assert _cells(dialog, 2)[3:5] == ["60 min from 12:00", "Already recorded"]
    ticks = [dialog.table.item(r, 0) for r in range(3)]
    assert [t.checkState() for t in ticks] == [Qt.CheckState.Checked, Qt.CheckState.Unchecked,
                                               Qt.CheckState.Unchecked]  # fmt: skip
    assert not ticks[2].flags() & Qt.ItemFlag.ItemIsEnabled  # already there: nothing to tick
    assert "1 passage(s) were not drafted" in dialog.left_out.text()
    assert dialog.left_out.text().endswith(
        "\n2025-03-20: 毎日8時から23時まで (a habit, not one day)"
    )

    # Tick the recorded day too: a question names it; "No" adds nothing.
    ticks[1].setCheckState(Qt.CheckState.Checked)
    dialog.add_button.click()
    assert dialog.confirm is not None and "2025-03-04" in dialog.confirm.text()
    dialog.confirm.button(QMessageBox.StandardButton.No).click()
    assert dialog.message.text() == "Nothing was added."
    records = wait_for(qtbot, session, lambda s: s.get_case(view.case_id).wages.data["records"])
    assert "2025-03-03" not in records

    # "Yes": the new day is added and the recorded one replaced; the grid shows them.
    dialog.add_button.click()
    dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    tab = view.wages
    qtbot.waitUntil(lambda: len(tab.records.rows()) == 3, timeout=10_000)
    assert [r[:4] for r in tab.records.rows()] == [
        ["2025-03-03", "08:00", "23:00", "0"],
        ["2025-03-04", "08:00", "22:00", "60"],
        ["2025-03-05", "09:00", "18:00", "60"],
    ]
    assert tab.notice.text() == (
        "2 work record(s) added from the timeline. Records replaced on: 2025-03-04."
    )


def test_unsaved_grid_edits_are_stored_before_drafting(
    qtbot: Any, session: Session, view: CaseView
) -> None:
    tab = view.wages
    tab.records.set_rows([["2025-03-03", "08:00", "23:00", "0", ""]])
    tab.records.dirty = True
    dialog = _open(qtbot, view)
    # The typed row reached the case first, so the draft for 3 March is already recorded.
    assert _cells(dialog, 0)[4] == "Already recorded"
    dialog.reject()


def test_the_dialog_in_japanese(qtbot: Any, session: Session, view: CaseView) -> None:
    from ui.app import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    translators = install_translators(app, "ja")
    try:
        from ui.dialogs.wage_drafts import WageDraftsDialog
        from ui.views.case_tabs.wages import WagesTab

        tab = WagesTab(session, view.case_id)
        qtbot.addWidget(tab)
        assert tab.draft_button.text() == "経過記録から下書き…"
        dialog = WageDraftsDialog(session, view.case_id)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=10_000)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 740
        assert dialog.windowTitle() == "経過記録からの勤務記録（下書き）"
        assert _cells(dialog, 0)[:5] == [
            "2025/03/03",
            "08:00",
            "23:00",
            "0分",
            "新規",
        ]  # the desk's dates
        assert _cells(dialog, 2)[3:5] == ["12:00から60分", "記録済み"]
        assert dialog.left_out.text().endswith(
            "\n2025/03/20: 毎日8時から23時まで (普段の話で、特定の日ではない)"
        )
        tour = Tour(app, "ja")
        tour.check(dialog, "work records from the timeline")
        assert tour.problems == [] and tour.mnemonics == []
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
