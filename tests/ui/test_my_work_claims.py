"""My work's wage claims: the periods expiring within 30 and 90 days with the money at risk."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.wages.limitation import add_years
from tests.ui.conftest import wait_for
from ui.session import Session
from ui.views.my_work import MyWorkPage

HEADER = "date,start,end,break_minutes,break_start\n"
HOURLY = {"prefecture": "tokyo", "wage": {"type": "hourly", "amount": "2000"}}


def _case_with_work_on(qtbot, session: Session, name: str, day: date) -> str:  # type: ignore[no-untyped-def]
    case_id = wait_for(qtbot, session, lambda s: s.create_case({"full_name": name}))
    wait_for(qtbot, session, lambda s: s.set_wages(
        case_id, {"terms": HOURLY, "records": HEADER + f"{day},09:00,18:00,60,\n"}))  # fmt: skip
    return str(case_id)


def test_my_work_lists_wage_claims_about_to_expire(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    three_years_ago = add_years(today, -3)
    # ¥16,000 unpaid each; the first expires 20-80 days from now, the second after 90.
    soon = _case_with_work_on(qtbot, session, "Claim Soon", three_years_ago + timedelta(days=20))
    _case_with_work_on(qtbot, session, "Claim Later", three_years_ago + timedelta(days=130))
    page = MyWorkPage(session)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.claims.rowCount() == 1, timeout=10_000)
    cells = [page.claims.item(0, c).text() for c in range(page.claims.columnCount())]
    assert cells[-1] == "¥16,000"
    assert "within 90 days: 1, ¥16,000" in page.claims_count.text()
    opened: list[str] = []
    page.open_case.connect(opened.append)
    page.claims.activated.emit(page.claims.model().index(0, 0))
    assert opened == [soon]


def test_closing_a_case_with_live_claims_warns_first(qtbot, session: Session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ui.views.case_tabs.overview import CloseCaseDialog, OverviewTab

    case_id = _case_with_work_on(qtbot, session, "Claim Open",
                                 add_years(date.today(), -3) + timedelta(days=20))  # fmt: skip
    asked: list[str] = []

    def answer_no(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)  # a modal box cannot be clicked offscreen: record it, answer No
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(answer_no))
    # Had the warning been skipped, the closing dialog would open: cancel it, never block.
    monkeypatch.setattr(CloseCaseDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    tab = OverviewTab(session, case_id)
    qtbot.addWidget(tab)
    tab._close_case()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "1 pay period" in asked[0] and "¥16,000" in asked[0]
    details = wait_for(qtbot, session, lambda s: s.get_case(case_id))
    assert details.case.data.get("status") != "closed"  # No keeps the case open
