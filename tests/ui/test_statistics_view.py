"""The Statistics page: the model shows the core's table, hidden figures never as numbers,
no bar for them in the chart, and export publishes through the ledger and the audit log."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
from PySide6.QtCharts import QStackedBarSeries
from PySide6.QtCore import Qt

from desktop.cases.demo import add_demo_cases
from desktop.cases.service import CaseService
from desktop.stats.service import make_table
from desktop.stats.table import TOTAL
from tests.ui.conftest import wait_for
from ui.models.stats_table import HIDDEN_ROLE
from ui.session import Session
from ui.views.statistics import StatisticsPage, preset_period
from ui.workspace import Workspace

START, END = date(2025, 4, 1), date(2026, 3, 31)


def _demo(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    wait_for(qtbot, session, lambda s: add_demo_cases(s, 150, seed=3, with_evidence=False,
                                                      today=date(2026, 3, 31)), timeout=60_000)  # fmt: skip


def _computed(qtbot, page: StatisticsPage) -> None:  # type: ignore[no-untyped-def]
    page.table = None
    page.compute()
    qtbot.waitUntil(lambda: page.table is not None, timeout=30_000)


def test_nationality_by_quarter_matches_the_core(qtbot, session: Session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _demo(qtbot, session)
    page = StatisticsPage(session)
    qtbot.addWidget(page)
    page.first.setCurrentIndex(page.first.findData("nationality"))
    page.second.setCurrentIndex(page.second.findData("quarter"))
    page.set_period(START, END)
    _computed(qtbot, page)

    def core(service: CaseService):  # type: ignore[no-untyped-def]
        return make_table(service.vault, measure="cases", dimensions=("nationality", "quarter"),
                          start=START, end=END)  # fmt: skip

    expected = wait_for(qtbot, session, core)
    model = page.model
    columns = [c for c in expected.columns if c != TOTAL] + [TOTAL]
    assert model.rowCount() == len(expected.rows) + 1 and model.columnCount() == len(columns)
    hidden_cells = []
    for row, row_code in enumerate((*expected.rows, TOTAL)):
        for column, column_code in enumerate(columns):
            figure = expected.figures[(row_code, column_code)]
            text = model.data(model.index(row, column))
            if figure.hidden:
                assert text == ("<5" if figure.hidden == "primary" else "x")
                assert model.data(model.index(row, column), HIDDEN_ROLE) == figure.hidden
                hidden_cells.append((row, column))
            else:
                assert text == f"{expected.shown((row_code, column_code)):,}"
    assert hidden_cells
    # The translated labels: country names, not ISO codes.
    assert model.headerData(0, Qt.Orientation.Vertical) not in expected.rows

    # The chart: one stacked set per quarter and one that says why bars are missing.
    series = page.chart.series()[0]
    assert isinstance(series, QStackedBarSeries)
    sets = series.barSets()
    assert len(sets) == len(columns)  # the quarters, then the legend's explanation
    # Legend entries and axis labels are rich text: a bare "<5" cut the entry short on screen.
    assert "No bar" in sets[-1].label() and "(&lt;5 or x)" in sets[-1].label()
    (axis,) = page.chart.axes(Qt.Orientation.Horizontal)
    assert all("<" not in name.replace("<br>", "") for name in axis.categories())
    for row, column in hidden_cells:
        if row < len(expected.rows) and column < len(columns) - 1:
            assert sets[column].at(row) == 0.0
    shown = [(r, c) for r in range(len(expected.rows)) for c in range(len(columns) - 1)
             if (r, c) not in hidden_cells and expected.figures[
                 (expected.rows[r], columns[c])].count]  # fmt: skip
    r, c = shown[0]
    assert sets[c].at(r) == expected.shown((expected.rows[r], columns[c]))

    # Export: the PDF is written, the ledger and the audit log record it.
    out = tmp_path / "q.pdf"
    page.export(".pdf", out)
    qtbot.waitUntil(lambda: page.exported == out, timeout=30_000)
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) >= 1
    actions = wait_for(qtbot, session, lambda s: [e.action for e in s.vault.audit_entries()])
    assert actions[-1] == "stats_table"


def test_presets_and_tab_and_lock(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    assert preset_period("last_fy", date(2026, 3, 31)) == (date(2024, 4, 1), date(2025, 3, 31))
    assert preset_period("this_fy", date(2026, 4, 1)) == (date(2026, 4, 1), date(2027, 3, 31))
    assert preset_period("last_quarter", date(2026, 2, 10)) == (date(2025, 10, 1),
                                                                date(2025, 12, 31))  # fmt: skip
    assert preset_period("this_month", date(2024, 2, 10)) == (date(2024, 2, 1), date(2024, 2, 29))
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    assert workspace.tabs.widget(2) is workspace.statistics
    _demo(qtbot, session)
    page = workspace.statistics
    page.set_period(START, END)
    _computed(qtbot, page)
    assert page.model.rowCount() > 0 and page.export_pdf.isEnabled()
    session.lock()
    assert page.model.rowCount() == 0 and not page.export_pdf.isEnabled()
