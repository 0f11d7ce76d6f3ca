"""The Wages tab, driven as a counselor would: type the terms and days into the grids,
calculate, and use the result as an ADR matter's claim (offscreen, real vault).

The figures are the hand-worked example of tests/documents/test_wage_sheet.py: April is
due ¥37,800 and paid ¥15,000 (difference ¥22,800); May is paid in full.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QInputDialog,
    QLineEdit,
    QTableView,
    QWidget,
)

from tests.ui.conftest import wait_for
from ui.session import Session
from ui.views.case_view import CaseView

RELIEF = "1　相手方は、申立人に対し、金42万円を支払え。"
DAYS = [
    ["2025-04-01", "09:00", "20:00", "60", "12:00"],
    ["2025-04-06", "20:00", "02:00", "0", ""],
    ["2025-05-01", "09:00", "18:00", "60", "12:00"],
]


@pytest.fixture
def view(qtbot: Any, session: Session) -> CaseView:
    case_id = wait_for(qtbot, session, lambda s: s.create_case({"full_name": "Nguyen Van An"}))
    wait_for(qtbot, session, lambda s: s.add_adr_matter(
        case_id, {"title": "未払賃金等請求事件", "relief_sought": RELIEF}))  # fmt: skip
    widget = CaseView(session, case_id)
    qtbot.addWidget(widget)
    session.changed.connect(widget.apply)  # what the workspace does
    widget.resize(1300, 700)
    widget.show()
    widget.tabs.setCurrentWidget(widget.wages)
    qtbot.waitUntil(lambda: widget.wages.data is not None, timeout=10_000)
    return widget


def type_cell(qtbot: Any, table: QTableView, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double click or F2 would, type, press Return."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    rect = table.visualRect(index)
    (editor,) = [w for w in table.viewport().findChildren(QWidget)
                 if isinstance(w, (QLineEdit, QComboBox)) and w.isVisible()
                 and w.geometry().intersects(rect)]  # fmt: skip
    if isinstance(editor, QComboBox):  # pick the item, then leave the cell as Tab would
        editor.setCurrentIndex(editor.findData(text))
        table.commitData(editor)
        table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest types Latin-1 only (an input method would compose the rest)
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def fill(qtbot: Any, view: CaseView) -> None:
    tab = view.wages
    form = tab.terms
    form.prefecture.setCurrentIndex(form.prefecture.findData("tokyo"))
    form.wage_type.setCurrentIndex(form.wage_type.findData("hourly"))
    qtbot.keyClicks(form.wage_amount, "2000")
    tab.pages.setCurrentIndex(1)
    for row, day in enumerate(DAYS):
        tab.records.add_row()
        for column, text in enumerate(day):
            if text:
                type_cell(qtbot, tab.record_table, row, column, text)
    tab.pages.setCurrentIndex(2)
    for row, values in enumerate([["2025-04-30", "gross", "", "20000", ""],
                                  ["2025-04-30", "deduction", "dorm", "5000", "none"],
                                  ["2025-05-31", "gross", "", "16000", ""]]):  # fmt: skip
        tab.payslips.add_row()
        for column, text in enumerate(values):
            if text:
                type_cell(qtbot, tab.payslip_table, row, column, text)
    tab.until.setDate(QDate(2026, 1, 1))


def test_type_calculate_and_use_as_the_claim(qtbot: Any, view: CaseView, session: Session,
                                             monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:  # fmt: skip
    tab = view.wages
    fill(qtbot, view)
    assert tab.records.rows()[1] == ["2025-04-06", "20:00", "02:00", "0", ""]
    assert tab.payslips.rows()[1] == ["2025-04-30", "deduction", "dorm", "5000", "none"]
    tab.calculate_button.click()
    qtbot.waitUntil(lambda: tab.result.rowCount() == 3 or tab.message.isVisible(), timeout=20_000)
    assert not tab.message.isVisible(), (tab.message.text(), tab.payslips.rows())
    april = [tab.result.cell(0, c) for c in range(tab.result.columnCount())]
    assert april[0] == "2025-04-01 – 2025-04-30"
    assert april[1:5] == [
        "10:00",
        "2:00",
        "4:00",
        "4:00",
    ]  # within limits, overtime, night, holiday
    assert april[5:] == ["37,800", "15,000", "22,800", "2028-05-25"]
    assert tab.result.cell(2, 7) == "22,800"  # the totals row
    assert "¥22,800" in tab.totals.text() and "machine-drafted" in tab.estimate.text()
    assert not tab.message.isVisible(), tab.message.text()
    stored = wait_for(qtbot, session, lambda s: s.get_case(view.case_id).wages.data)
    assert "2025-04-06,20:00,02:00,0," in stored["records"]

    sheet = tmp_path / "sheet.pdf"
    tab.save_sheet(sheet)  # what "Save calculation sheet…" does after its file dialog
    qtbot.waitUntil(lambda: str(sheet) in tab.notice.text(), timeout=20_000)
    assert sheet.read_bytes()[:5] == b"%PDF-" and "¥22,800" in tab.notice.text()

    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("未払賃金等請求事件", True)))  # fmt: skip
    tab.claim_button.click()
    qtbot.waitUntil(lambda: "甲第1号証" in tab.notice.text(), timeout=20_000)
    matter = wait_for(qtbot, session, lambda s: s.get_case(view.case_id).adr_matters[0].data)
    assert matter["amount_claimed"] == 22800
    assert matter["relief_sought"] == "1　相手方は、申立人に対し、金22,800円を支払え。"
    qtbot.waitUntil(lambda: view.adr.data is not None and len(view.adr.data.exhibits) == 1,
                    timeout=10_000)  # fmt: skip


def test_every_bad_row_is_listed_and_nothing_is_saved(qtbot: Any, view: CaseView,
                                                      session: Session) -> None:  # fmt: skip
    tab = view.wages
    fill(qtbot, view)
    tab.pages.setCurrentIndex(1)
    type_cell(qtbot, tab.record_table, 0, 1, "9am")
    type_cell(qtbot, tab.record_table, 2, 0, "2025-13-01")
    tab.calculate_button.click()
    assert tab.message.isVisible()
    text = tab.message.text()
    assert "Work records, row 1: “9am” in Start cannot be used." in text
    assert "Work records, row 3: “2025-13-01” in Date cannot be used." in text
    assert tab.result.rowCount() == 0
    wages = wait_for(qtbot, session, lambda s: s.get_case(view.case_id).wages)
    assert wages is None  # nothing was stored


def test_import_lists_all_row_errors_then_takes_a_good_file(qtbot: Any, view: CaseView,
                                                            tmp_path: Path) -> None:  # fmt: skip
    tab = view.wages
    bad = tmp_path / "days.csv"
    with bad.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "start", "end", "break_minutes"])
        writer.writerows([["2025-04-01", "09:00", "18:00", "60"], ["2025-04-02", "nine", "18:00", "60"],
                          ["2025-04-03", "09:00", "18:00", "60"], ["yesterday", "09:00", "18:00", "x"]])  # fmt: skip
    tab.import_file("records", tab.records, bad)
    qtbot.waitUntil(lambda: tab.message.isVisible(), timeout=10_000)
    text = tab.message.text()
    assert "days.csv: 2 rows" in text and "days.csv, row 3: “nine” in Start" in text
    assert "days.csv, row 5: “yesterday” in Date" in text
    assert tab.records.rowCount() == 0

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["date", "start", "end", "break_minutes", "break_start"])
    import datetime as dt

    sheet.append([dt.datetime(2025, 4, 1), dt.time(9, 0), dt.time(18, 0), 60, dt.time(12, 0)])
    good = tmp_path / "days.xlsx"
    book.save(good)
    tab.import_file("records", tab.records, good)
    qtbot.waitUntil(lambda: tab.records.rowCount() == 1, timeout=10_000)
    assert tab.records.rows() == [["2025-04-01", "09:00", "18:00", "60", "12:00"]]
    assert "1" in tab.notice.text()


def test_the_tab_in_japanese_fits_1366_by_768(qtbot: Any, view: CaseView, qapp: Any,
                                              tmp_path: Path) -> None:  # fmt: skip
    """Every page of the tab, filled and calculated, in Japanese on a 1366×768 screen: no
    label clipped, no mnemonic twice, no English word or code in the tables."""
    from PySide6.QtCore import QLocale

    from tests.ui.desk_tour import Tour, english_problems, every_code, model_texts
    from ui.app import install_translators

    before = QLocale()
    translators = install_translators(qapp, "ja")
    try:
        widget = CaseView(view.session, view.case_id)  # built after the translators, as at start
        qtbot.addWidget(widget)
        view.session.changed.connect(widget.apply)
        # The case view's share of a maximised 1366×768 window (menu, toolbar, case tabs).
        widget.resize(1366, 600)
        widget.show()
        widget.tabs.setCurrentWidget(widget.wages)
        qtbot.waitUntil(lambda: widget.wages.data is not None, timeout=10_000)
        fill(qtbot, widget)
        widget.wages.calculate_button.click()
        qtbot.waitUntil(lambda: widget.wages.result.rowCount() == 3, timeout=20_000)
        tour = Tour(qapp, "ja")
        tab = widget.wages
        for index in range(tab.pages.count()):
            tab.pages.setCurrentIndex(index)
            tour.check(widget, f"wages page {index}")
            widget.grab().save(str(tmp_path / f"wages-ja-{index}.png"))
        # The offscreen screen is 800×800 here; the desk tour (test_desk_window) runs the
        # whole window on a real 1366×768 screen.  Here: clipping and mnemonics.
        problems = [p for p in tour.problems if "larger than the screen" not in p]
        assert not problems, "\n".join(problems)
        assert not tour.mnemonics, "\n".join(tour.mnemonics)
        texts = model_texts(tab.result) + model_texts(tab.records) + model_texts(tab.payslips)
        texts += [tab.estimate.text(), tab.totals.text()]
        texts += [tab.pages.tabText(i) for i in range(tab.pages.count())]
        english = english_problems(texts, {"dorm"}, every_code())
        assert not english, "\n".join(english)
        assert "これは概算です" in tab.estimate.text() and "機械作成" in tab.estimate.text()
        # A bad cell is named in Japanese too.
        tab.pages.setCurrentIndex(1)
        type_cell(qtbot, tab.record_table, 1, 1, "九時")
        tab.calculate_button.click()
        assert tab.message.text().endswith("勤務記録 2行目：始業の「九時」は使えません。")
        assert not english_problems([tab.message.text()], set(), every_code())
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_every_allowance_kind_has_a_label(qtbot: Any) -> None:
    from desktop.wages.inputs import ALLOWANCE_KINDS
    from ui.views.case_tabs.wages_terms import TermsForm

    form = TermsForm()
    qtbot.addWidget(form)
    (kind_column,) = [c for c in form.allowances.columns if c.key == "kind"]
    assert set(kind_column.choices) == set(ALLOWANCE_KINDS)


def test_unsaved_edits_survive_a_reload(qtbot: Any, view: CaseView, session: Session) -> None:
    """Another tab's change reloads this one (it shows matters and demand letters): a
    half-typed grid and terms must stay."""
    tab = view.wages
    fill(qtbot, view)
    wait_for(qtbot, session, lambda s: s.add_timeline_entry(
        view.case_id, {"occurred_at": "2025-06-01T10:00", "note": "電話相談"}))  # fmt: skip
    qtbot.waitUntil(lambda: view.timeline.model.rowCount() == 1, timeout=10_000)
    assert [row[0] for row in tab.records.rows()] == [d[0] for d in DAYS]
    assert tab.terms.wage_amount.text() == "2000" and tab.payslips.rowCount() == 3
    # Once saved, a reload shows the stored rows again (and they are no longer "unsaved").
    tab.save_button.click()
    qtbot.waitUntil(lambda: not tab.records.dirty and not tab.payslips.dirty, timeout=10_000)
