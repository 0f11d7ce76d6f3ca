"""ADR tab: the case's matters at the bar's dispute resolution centre, their exhibits and bundle.

Pick a matter to edit its application (parties, relief, grounds, chronology)
and its exhibits; "Build bundle…" writes the filing PDF into an empty folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails
from ui import document_labels
from ui.error_text import user_message
from ui.session import Session
from ui.views.case_tabs.adr_exhibits import ExhibitsPanel
from ui.views.case_tabs.adr_matter import MatterForm
from ui.views.case_tabs.common import (
    CaseTab,
    Column,
    RecordTableModel,
    record_table,
    select_by_id,
    selected_record,
)
from ui.widgets import guarded


class AdrTab(CaseTab):
    """Matters list; the selected matter's application form and exhibits."""

    # The matter form lists the case's parties; exhibits are made from its evidence.
    kinds = frozenset({"adr", "exhibit", "evidence", "party"})

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.data: CaseDetails | None = None
        self._select_after_load: str | None = None
        self._shown: tuple[str, str] | None = None  # (matter id, version) in the form
        self.bundle_dialog: QDialog | None = None
        self.preview_dialog: QDialog | None = None
        self.model = RecordTableModel(
            [
                Column(self.tr("Matter"), lambda r: str(r.data.get("title") or "")),
                Column(
                    self.tr("Status"),
                    lambda r: document_labels.adr_status(str(r.data.get("status") or "")),
                ),
                Column(self.tr("Respondents"), self._respondent_names),
                Column(self.tr("Filed on"), lambda r: str(r.data.get("filed_on") or "")),
            ],
            self,
        )
        self.table = record_table(self.model, self.tr("ADR matters"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.new_button = QPushButton(self.tr("Ne&w matter…"))
        self.new_button.setAccessibleName(self.tr("New ADR matter"))
        self.new_button.clicked.connect(self._new_matter)

        self.form = MatterForm()
        self.form.draft_button.clicked.connect(self.draft_chronology)
        self.save_button = QPushButton(self.tr("S&ave matter"))
        self.save_button.setAccessibleName(self.tr("Save the matter"))
        self.save_button.clicked.connect(self.save_matter)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form_layout.addLayout(save_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_page)
        self.exhibits = ExhibitsPanel(self.change)
        self.exhibits.build_requested.connect(self._choose_bundle_folder)
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Matter sections"))
        self.pages.addTab(scroll, self.tr("Appl&ication"))
        self.pages.addTab(self.exhibits, self.tr("E&xhibits"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        top_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        self._show_selected()

    def _respondent_names(self, record: Any) -> str:
        names = {p.entity_id: str(p.data.get("name") or "") for p in self.data.parties} if (
            self.data) else {}  # fmt: skip
        return ", ".join(names.get(str(pid), "?") for pid in record.data.get("respondents") or ())

    # -- showing ---------------------------------------------------------------------------
    def load(self, view: CaseDetails) -> None:
        self.data = view
        current = selected_record(self.table, self.model)
        wanted = self._select_after_load or (current.entity_id if current else None)
        self.model.set_records(view.adr_matters)
        select_by_id(self.table, self.model, wanted)
        if wanted is None and view.adr_matters:
            self.table.selectRow(0)
        self._select_after_load = None
        self._show_selected()

    def selected_matter(self) -> Any:
        return selected_record(self.table, self.model)

    def _show_selected(self) -> None:
        record = self.selected_matter()
        enabled = record is not None and self.data is not None
        self.pages.setEnabled(enabled)
        if not enabled or self.data is None:
            self.exhibits.show_exhibits(None, [], [])
            return
        # A reload after saving exhibits must not throw away unsaved typing in the form.
        version = (record.entity_id, record.updated_hlc)
        if self._shown != version:
            self.form.show_matter(record, self.data)
            self._shown = version
        self.exhibits.show_exhibits(
            record.entity_id, self.data.exhibits_of(record.entity_id), self.data.evidence
        )

    # -- editing ---------------------------------------------------------------------------
    def _new_matter(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New ADR matter"), self.tr("Title:"))
        if ok and title.strip():
            self.add_matter(title.strip())

    def add_matter(self, title: str) -> None:
        """Record a new matter (preparing, at the Tokyo Bar Association centre) and select it."""
        case_id = self.case_id

        def added(matter_id: str) -> None:
            self._select_after_load = matter_id

        self.change(lambda s: s.add_adr_matter(case_id, {"title": title}), done=added)

    def save_matter(self) -> None:
        record = self.selected_matter()
        if record is None:
            return
        problem = self.form.problem()
        if problem:
            self.show_error(problem)
            return
        values = self.form.values()
        matter_id = record.entity_id
        self.change(lambda s: s.update_adr_matter(matter_id, values),
                    done=lambda _: self.notice.setText(self.tr("Matter saved.")))  # fmt: skip

    def draft_chronology(self) -> None:
        """Fill the chronology with a draft made from the case timeline (background)."""
        if not self.session.is_unlocked:
            return
        existing = self.form.chronology.toPlainText().strip()
        if existing:
            answer = QMessageBox.question(
                self, self.tr("Draft from timeline"),
                self.tr("Replace the chronology written so far with a draft from the timeline?"),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        case_id = self.case_id

        def draft(service: CaseService) -> str:
            from desktop.documents.adr import draft_chronology

            return str(draft_chronology(service.get_case(case_id)))

        self.clear_error()
        self.session.run(draft, done=guarded(self, self.form.chronology.setPlainText),
                         failed=guarded(self, self.show_error))  # fmt: skip

    # -- bundle ----------------------------------------------------------------------------
    def _choose_bundle_folder(self) -> None:
        """Check the whole matter first and list every problem at once; only a matter that
        can be bundled asks for a folder."""
        record = self.selected_matter()
        if record is None or not self.session.is_unlocked:
            return
        matter_id = record.entity_id

        def check(service: CaseService) -> list[Any]:
            from desktop.documents.adr.preflight import bundle_problems

            return list(bundle_problems(service, matter_id))

        self.clear_error()
        self.session.run(check, done=guarded(self, self._checked_for_bundle),
                         failed=guarded(self, self.show_error))  # fmt: skip

    def _checked_for_bundle(self, problems: list[Any]) -> None:
        if problems:
            self.show_error("\n".join(
                [self.tr("The bundle cannot be made yet:")]
                + [f"• {user_message(p)}" for p in problems]
            ))  # fmt: skip
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose an empty folder for the bundle")
        )
        if folder:
            self.build_bundle(Path(folder))

    def build_bundle(self, folder: Path) -> None:
        """Offer the bundle's options for ``folder``; Build makes it, then bundle.pdf is shown."""
        record = self.selected_matter()
        if record is None or not self.session.is_unlocked:
            return
        from ui.dialogs.bundle import BundleDialog

        dialog = BundleDialog(self.session, record.entity_id, folder, self)
        dialog.built.connect(self._preview_bundle)
        self.bundle_dialog = dialog
        dialog.open()

    def _preview_bundle(self, pdf: Path) -> None:
        from ui.dialogs.pdf_preview import PdfPreviewDialog

        self.notice.setText(self.tr("Bundle written to {0}.").format(pdf))
        self.preview_dialog = PdfPreviewDialog(self.tr("Bundle"), [(pdf.name, pdf)], self)
        self.preview_dialog.open()
