"""What an unlocked vault shows: the case list, My work and open cases, as tabs.

The whole workspace is thrown away at lock, so no widget keeps decrypted text.  Change
notices (:class:`~desktop.changes.ChangeSet`) are handed to every page, and each decides
whether the change concerns it: one field edit no longer re-reads every list and case.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.changes import ChangeSet
from ui.session import Session
from ui.views.case_list import CaseListPage
from ui.views.case_view import CaseView
from ui.views.my_work import MyWorkPage
from ui.views.statistics import StatisticsPage

FIXED_TABS = 3  # the case list, My work and Statistics stay; open cases follow


class Workspace(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.cases = CaseListPage(session)
        # Fixed pages a change concerned while their tab was hidden: they read when shown.
        self._stale: set[QWidget] = set()
        self.my_work = MyWorkPage(session)
        self.tabs.addTab(self.cases, self.tr("&Cases"))
        self.statistics = StatisticsPage(session)
        self.tabs.addTab(self.my_work, self.tr("&My work"))
        self.tabs.addTab(self.statistics, self.tr("Statistics (&Q)"))
        for index in range(FIXED_TABS):
            self.tabs.tabBar().setTabButton(
                index, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
        self.cases.open_case.connect(self.open_case)
        self.my_work.open_case.connect(self.open_case)
        session.changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def forget(self) -> None:
        """Clear every model and close every case at once (the widget is deleted after)."""
        self.cases.forget()
        self.statistics.forget()
        while self.tabs.count() > FIXED_TABS:
            self._close_tab(FIXED_TABS)
        self.tabs.clear()

    def refresh(self) -> None:
        self.cases.refresh()
        self.my_work.refresh()

    def open_case(self, case_id: str) -> CaseView:
        for index in range(FIXED_TABS, self.tabs.count()):
            view = self.tabs.widget(index)
            if isinstance(view, CaseView) and view.case_id == case_id:
                self.tabs.setCurrentIndex(index)
                return view
        view = CaseView(self.session, case_id)
        view.title_changed.connect(lambda title, v=view: self._retitle(v, title))
        view.shredded.connect(lambda _case_id, v=view: self._close_tab(self.tabs.indexOf(v)))
        index = self.tabs.addTab(view, self.tr("Case"))
        self.tabs.setCurrentIndex(index)
        return view

    def _retitle(self, view: CaseView, title: str) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0:
            self.tabs.setTabText(index, title)

    def _close_tab(self, index: int) -> None:
        if index >= FIXED_TABS:
            widget = self.tabs.widget(index)
            self.tabs.removeTab(index)
            if widget is not None:
                widget.deleteLater()

    def _changed(self, change: ChangeSet) -> None:
        # The view on screen asks first: the pool takes reads in order.  The case list and
        # My work, when behind another tab, only note that they are stale and read when
        # shown: their queries run over every case (My work's ≈ a second of CPU at 10,000
        # cases) and, beside the open case's own re-read, tripled the time until an edit
        # showed (tests/bench/ui.py, edit_to_refreshed_ms: 154 ms; 25 ms without them).
        current = self.tabs.currentWidget()
        for page in (self.cases, self.my_work):
            if page is current:
                page.apply(change)
            elif page.concerns(change):
                self._stale.add(page)
        views = self.case_views()
        views.sort(key=lambda view: view is not current)  # stable: the rest keep their order
        for view in views:
            view.apply(change)

    def _tab_shown(self, _: int) -> None:
        page = self.tabs.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            assert isinstance(page, (CaseListPage, MyWorkPage))
            page.refresh()

    def case_views(self) -> list[CaseView]:
        views = (self.tabs.widget(index) for index in range(FIXED_TABS, self.tabs.count()))
        return [view for view in views if isinstance(view, CaseView)]
