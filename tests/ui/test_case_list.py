"""The case list page: saved filters survive a lock, sorting is the model's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.cases.saved_filters import saved_filters
from desktop.cases.search import CaseFilter
from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_for
from ui.session import Session
from ui.views.case_list import CaseListPage


def test_saved_filter_round_trip_through_the_vault(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    wait_for(qtbot, session, lambda s: s.create_case({"full_name": "Aung Kyaw"},
                                                    case={"summary": "寮", "flags": ["urgent"]}))  # fmt: skip
    wait_for(qtbot, session, lambda s: s.create_case({"full_name": "Maria Santos"}))
    page = CaseListPage(session)
    qtbot.addWidget(page)
    page.flag.setCurrentIndex(page.flag.findData("urgent"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    page.saved.save("Urgent ones", page.state())
    session.background.wait()
    stored = wait_for(qtbot, session, lambda s: saved_filters(s.vault))
    assert stored["Urgent ones"]["flag"] == "urgent"

    # lock and unlock: a fresh page reads the saved filter back and applies it in one query
    session.lock()
    session.background.wait()
    done: list[bool] = []
    session.unlock(PASSPHRASE, done=lambda: done.append(True), failed=print)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    fresh = CaseListPage(session)
    qtbot.addWidget(fresh)
    qtbot.waitUntil(lambda: fresh.saved.combo.count() == 2, timeout=5_000)
    fresh.saved.combo.setCurrentIndex(1)
    fresh.saved.combo.activated.emit(1)
    qtbot.waitUntil(lambda: fresh.model.rowCount() == 1, timeout=5_000)
    assert fresh.model.row_at(0).full_name == "Aung Kyaw"
    assert fresh.current_filter() == CaseFilter(flags=("urgent",), limit=500)


def test_sorting_by_column(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    for name in ("Bui Thi Lan", "Aung Kyaw", "Chen Wei"):
        wait_for(qtbot, session, lambda s, n=name: s.create_case({"full_name": n}))
    page = CaseListPage(session)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)

    def names() -> list[str]:
        return [page.model.row_at(i).full_name for i in range(page.model.rowCount())]

    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # sorted by the core, all rows
    qtbot.waitUntil(lambda: names() == ["Aung Kyaw", "Bui Thi Lan", "Chen Wei"], timeout=5_000)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: names() == ["Chen Wei", "Bui Thi Lan", "Aung Kyaw"], timeout=5_000)


def test_long_lists_arrive_page_by_page(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from ui.views import case_list

    def many(service) -> None:  # type: ignore[no-untyped-def]
        with service.vault.writing():
            for i in range(case_list.PAGE_SIZE + 50):
                service.create_case({"full_name": f"Worker {i:04d}"})

    wait_for(qtbot, session, many)
    page = CaseListPage(session)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == case_list.PAGE_SIZE, timeout=5_000)
    assert page.model.total == case_list.PAGE_SIZE + 50
    assert page.model.canFetchMore()
    page.model.fetchMore()
    qtbot.waitUntil(lambda: page.model.rowCount() == case_list.PAGE_SIZE + 50, timeout=5_000)
    names = [page.model.row_at(i).full_name for i in range(page.model.rowCount())]
    assert len(set(names)) == len(names)  # pages neither overlap nor skip
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.row_at(0).full_name == "Worker 0000", timeout=5_000)


def test_an_answer_for_a_deleted_page_is_dropped(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    import shiboken6

    page = CaseListPage(session)
    page.refresh()  # the answer comes back after the page is gone
    shiboken6.delete(page)
    session.background.wait()
    qtbot.wait(50)  # delivering the answer must not touch the deleted widgets
