"""The Statistics page filters like the case list: the table counts only the matching cases
(equal to the core's filtered table), the export records the filter, and the page reads
in Japanese at 1366×768."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from desktop.cases.search import CaseFilter
from desktop.cases.service import CaseService
from desktop.stats.service import make_table
from desktop.stats.table import TOTAL, StatsTable
from tests.ui.conftest import wait_for
from tests.ui.japanese_screen import japanese, screen_problems
from tests.ui.test_statistics_view import END, START, _computed, _demo
from ui.audit_labels import details_text
from ui.session import Session
from ui.workspace import Workspace

__all__ = ["japanese"]  # the fixture, used by name

ACTIVE = ("open", "in_progress", "waiting")


def _core(qtbot, session: Session, flt: CaseFilter | None) -> StatsTable:  # type: ignore[no-untyped-def]
    def work(service: CaseService) -> StatsTable:
        return make_table(service.vault, measure="cases", dimensions=("nationality", "topic"),
                          start=START, end=END, case_filter=flt)  # fmt: skip

    return wait_for(qtbot, session, work)  # type: ignore[no-any-return]


def test_filtered_table_export_and_japanese_screen(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, session: Session, tmp_path: Path, japanese: None
) -> None:
    _demo(qtbot, session)
    # In the workspace, as the app shows it: the tabs' mnemonics count too.
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    workspace.tabs.setCurrentWidget(workspace.statistics)
    page = workspace.statistics
    page.first.setCurrentIndex(page.first.findData("nationality"))
    page.second.setCurrentIndex(page.second.findData("topic"))
    page.set_period(START, END)
    page.filters.status.setCurrentIndex(page.filters.status.findData("active"))
    page.filters.topic.setCurrentIndex(page.filters.topic.findData("labour"))
    _computed(qtbot, page)

    flt = CaseFilter(statuses=ACTIVE, topics=("labour",))
    assert page.filters.current_filter() == flt
    expected, everyone = _core(qtbot, session, flt), _core(qtbot, session, None)
    assert page.table is not None and page.table.filters == expected.filters
    assert page.table.figures == expected.figures
    assert expected.figures[(TOTAL, TOTAL)].count < everyone.figures[(TOTAL, TOTAL)].count
    model = page.model
    last_row, last_column = model.rowCount() - 1, model.columnCount() - 1
    grand = model.data(model.index(last_row, last_column))
    assert grand == f"{expected.figures[(TOTAL, TOTAL)].value:,}"
    assert "絞り込み" in page.status.text()

    problems = screen_problems(qapp, workspace, "Statistics (filtered)")
    assert not problems, "\n".join(problems)

    out = tmp_path / "active-labour.xlsx"
    page.export(".xlsx", out)
    qtbot.waitUntil(lambda: page.exported == out, timeout=30_000)
    book = load_workbook(out)
    about = {r[0].value: r[1].value for r in book["about"].rows}
    assert (
        about["only cases matching"] == "status: open; status: in_progress; "
        "status: waiting; topic: labour"
    )
    # The grand total in the workbook is the filtered one.
    sheet = book["table"]
    rows = [[c.value for c in line] for line in sheet.iter_rows()]
    assert rows[-1][-1] == expected.figures[(TOTAL, TOTAL)].value
    details = wait_for(qtbot, session, lambda s: [e.details for e in s.vault.audit_entries()
                                                  if e.action == "stats_table"])  # fmt: skip
    assert details[-1]["filtered_by"] == ["status", "topic"]
    # The audit viewer names the filters in Japanese (no raw key, no value).
    shown = details_text(details[-1])
    assert "絞り込み条件: 状況, 分野" in shown and "filtered_by" not in shown, shown
    assert "国籍, 相談分野" in shown and "cases" not in shown, shown  # fields by name

    session.lock()
    assert page.filters.current_filter() == CaseFilter()
