"""One open case: a header and tabs for overview, people, timeline, tasks, evidence …

The case is read in the background; every tab fills itself from the same
snapshot and makes its own edits.  The workspace hands every change notice to
:meth:`CaseView.apply`: the case is read again only when the change touched it, and
only the tabs showing a changed kind of record are refilled.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails
from desktop.changes import ChangeSet
from ui import labels
from ui.session import Session
from ui.views.case_tabs.adr import AdrTab
from ui.views.case_tabs.common import CaseTab
from ui.views.case_tabs.consent import ConsentTab
from ui.views.case_tabs.evidence import EvidenceTab
from ui.views.case_tabs.history import HistoryTab
from ui.views.case_tabs.overview import OverviewTab
from ui.views.case_tabs.people import PeopleTab
from ui.views.case_tabs.referrals import ReferralsTab
from ui.views.case_tabs.safety import SafetyTab
from ui.views.case_tabs.tasks import TasksTab
from ui.views.case_tabs.timeline import TimelineTab
from ui.views.case_tabs.wages import WagesTab
from ui.widgets import guarded


class CaseView(QWidget):
    """The tabs of one case; emits ``title_changed`` ("REF – Name") once loaded."""

    title_changed = Signal(str)
    shredded = Signal(str)  # the case id: its tab is to close

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self._request = 0
        self._title = ""
        self._pending: set[CaseTab] = set()  # tabs to refill from the next read
        self.header = QLabel(self.tr("Loading case…"))
        self.header.setObjectName("title")
        self.header.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #d32f2f; font-weight: bold;")
        self.error.hide()
        self.summary_button = QPushButton(self.tr("Case summar&y…"))
        self.summary_button.setAccessibleName(self.tr("Case summary for the paper file"))
        self.summary_button.clicked.connect(self.show_summary)
        self.summary_dialog: QDialog | None = None
        # No letter: destructive (like Remove), and the case tabs use the free ones.
        self.shred_button = QPushButton(self.tr("Shred case…"))
        self.shred_button.setAccessibleName(self.tr("Shred this case for good"))
        self.shred_button.setEnabled(False)  # until the reference is known
        self.shred_button.clicked.connect(self.ask_shred)
        self._ref = ""

        self.overview = OverviewTab(session, case_id)
        self.people = PeopleTab(session, case_id)
        self.timeline = TimelineTab(session, case_id)
        self.tasks = TasksTab(session, case_id)
        self.evidence = EvidenceTab(session, case_id)
        self.consent = ConsentTab(session, case_id)
        self.referrals = ReferralsTab(session, case_id)
        self.adr = AdrTab(session, case_id)
        self.wages = WagesTab(session, case_id)
        self.safety = SafetyTab(session, case_id)
        self.history = HistoryTab(session, case_id)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case sections"))
        for tab, title in (
            (self.overview, self.tr("&Overview")),
            (self.people, self.tr("&People and organisations")),
            (self.timeline, self.tr("&Timeline")),
            (self.tasks, self.tr("Tas&ks")),
            (self.evidence, self.tr("&Evidence")),
            (self.consent, self.tr("Co&nsent")),
            (self.referrals, self.tr("Re&ferrals")),
            (self.adr, self.tr("A&DR")),
            (self.wages, self.tr("Wages (&Z)")),
            (self.safety, self.tr("&Safety")),
            (self.history, self.tr("&History")),
        ):
            self.tabs.addTab(tab, title)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.summary_button)
        top.addWidget(self.shred_button)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.refresh()
        self.people.refresh_known_names()

    @property
    def case_tabs(self) -> list[CaseTab]:
        return [self.overview, self.people, self.timeline, self.tasks, self.evidence,
                self.consent, self.referrals, self.adr, self.wages, self.safety,
                self.history]  # fmt: skip

    @property
    def title(self) -> str:
        return self._title

    def apply(self, change: ChangeSet) -> None:
        """Follow a change notice: refill what it concerns, leave the rest alone."""
        # Party names come from every case, so any party change may add one; the people
        # tab that made the change already has it among the case's own names.
        if change.concerns_kinds(PeopleTab.kinds) and change.origin is not self.people:
            self.people.refresh_known_names()
        if not change.concerns_case(self.case_id):
            return
        self.refresh([tab for tab in self.case_tabs if change.concerns_kinds(tab.kinds)])

    def refresh(self, tabs: list[CaseTab] | None = None) -> None:
        """Read the case again in the background and refill ``tabs`` (default: every tab;
        the current tab stays).  The header is always refilled: it is cheap."""
        if not self.session.is_unlocked:
            return
        self._pending.update(self.case_tabs if tabs is None else tabs)
        self._request += 1
        number = self._request
        case_id = self.case_id

        def read(service: CaseService) -> CaseDetails:
            return service.get_case(case_id)

        self.session.run(
            read, done=guarded(self, lambda data: self._show(number, data)), failed=self._failed
        )

    def _show(self, number: int, data: CaseDetails) -> None:
        # An older read finishing late must not overwrite a newer one; after lock, show nothing.
        if number != self._request or not self.session.is_unlocked:
            return
        self.error.hide()
        name = str(data.worker.data.get("full_name", "")) if data.worker else ""
        status = labels.status(str(data.case.data.get("status", "")))
        self.header.setText(f"{data.ref} – {name} ({status})")
        self._ref = data.ref
        self.shred_button.setEnabled(True)
        # Tabs asked for by reads that a newer one overtook are refilled now, from it.
        pending, self._pending = self._pending, set()
        for tab in self.case_tabs:
            if tab in pending:
                tab.load(data)
        title = f"{data.ref} – {name}" if name else data.ref
        if title != self._title:
            self._title = title
            self.title_changed.emit(title)

    def show_summary(self) -> None:
        """Make the case summary PDF in the background and preview it (print from there)."""
        from desktop.documents.case_summary import case_summary_pdf
        from ui.field_labels import value_text

        case_id = self.case_id

        def make(service: CaseService) -> bytes:
            return case_summary_pdf(service, case_id, values=value_text)

        def show(data: bytes) -> None:
            from ui.dialogs.pdf_preview import PdfPreviewDialog

            self.summary_dialog = PdfPreviewDialog(
                self.tr("Case summary {0}").format(self._title), [(self.tr("Summary"), data)], self
            )
            self.summary_dialog.open()

        self.session.run(make, done=guarded(self, show), failed=self._failed)

    def ask_shred(self) -> None:
        from ui.dialogs.shred_case import ShredCaseDialog

        dialog = ShredCaseDialog(self.session, self.case_id, self._ref, self)
        dialog.shredded.connect(self.shredded.emit)
        dialog.open()

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
