"""The follow-up task a sent referral creates is stored text: it is written in the
counselor's language when the referral is sent from the Japanese interface (it was English,
"Follow up referral to …", in the Japanese task list and "My work")."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.cases.model import ReferralStatus
from tests.ui.conftest import wait_for
from tests.ui.japanese_screen import japanese
from ui.views.case_view import CaseView

__all__ = ["japanese"]  # the fixture, used by name below


def test_the_follow_up_task_is_titled_in_japanese(qtbot, session, japanese) -> None:  # type: ignore[no-untyped-def]
    case_id = wait_for(qtbot, session, lambda s: s.create_case({"full_name": "Nguyen Van An"}))
    wait_for(qtbot, session, lambda s: s.add_referral(
        case_id, {"recipient_type": "lawyer", "recipient": "東京法律事務所"}))  # fmt: skip
    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    session.changed.connect(view.apply)
    tab = view.referrals
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    tab.table.selectRow(0)
    tab.advance(ReferralStatus.SENT, (date.today() + timedelta(days=7)).isoformat())

    def task_titles() -> list[str]:
        data = wait_for(qtbot, session, lambda s: s.get_case(case_id))
        return [str(t.data.get("title")) for t in data.tasks if t.data.get("referral")]

    qtbot.waitUntil(lambda: bool(task_titles()), timeout=10_000)
    assert task_titles() == ["東京法律事務所 への紹介のフォローアップ"]
