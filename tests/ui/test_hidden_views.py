"""After a change, the case list and My work read again only when their tab is shown: at
10,000 cases their queries over every case held up the open case's own refresh
(tests/bench/ui.py, edit_to_refreshed_ms)."""

from __future__ import annotations

from typing import Any

from desktop.cases.service import CaseService
from tests.ui.conftest import wait_for
from tests.ui.test_change_notices import Calls, _new_case, _open
from ui.session import Session
from ui.workspace import Workspace


def _idle(qtbot: Any, session: Session) -> None:
    """Every background read asked for so far has finished and been handed back."""
    assert session.background.wait(10_000)
    qtbot.wait(0)


def test_hidden_list_and_my_work_wait_for_their_tab(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    case_id = wait_for(qtbot, session, lambda s: _new_case(s, "Nguyen Van An"))
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.cases.model.rowCount() == 1, timeout=10_000)
    view = _open(qtbot, workspace, case_id, "Nguyen Van An")  # the case's tab is current
    _idle(qtbot, session)
    lists, work = Calls(), Calls()
    workspace.cases.refresh = lists.wrap(workspace.cases.refresh)
    workspace.my_work.refresh = work.wrap(workspace.my_work.refresh)

    def rename(service: CaseService) -> None:
        service.update_worker(case_id, {"full_name": "Tran Thi Binh"})

    view.overview.change(rename)
    qtbot.waitUntil(lambda: "Tran Thi Binh" in view.header.text(), timeout=10_000)
    _idle(qtbot, session)
    assert (lists.count, work.count) == (0, 0)  # hidden: nothing read for them yet

    workspace.tabs.setCurrentWidget(workspace.cases)
    qtbot.waitUntil(lambda: workspace.cases.model.row_at(0).full_name == "Tran Thi Binh",
                    timeout=10_000)  # fmt: skip
    assert (lists.count, work.count) == (1, 0)
    workspace.tabs.setCurrentWidget(workspace.my_work)
    assert work.count == 1
    workspace.tabs.setCurrentWidget(workspace.cases)
    assert lists.count == 1  # shown again with nothing new: not read again


def test_the_list_on_screen_follows_every_change(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    case_id = wait_for(qtbot, session, lambda s: _new_case(s, "Nguyen Van An"))
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    qtbot.waitUntil(lambda: workspace.cases.model.rowCount() == 1, timeout=10_000)
    assert workspace.tabs.currentWidget() is workspace.cases
    session.run(lambda s: s.update_worker(case_id, {"full_name": "Le Van Cuong"}),
                changes=case_id)  # fmt: skip
    qtbot.waitUntil(lambda: workspace.cases.model.row_at(0).full_name == "Le Van Cuong",
                    timeout=10_000)  # fmt: skip
