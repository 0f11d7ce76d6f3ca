"""Evidence tab: files kept encrypted with their SHA-256 and chain of custody.

Files come in through "Add files…" or by dropping them on the tab; each is
streamed into the vault in the background with progress and Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails
from ui.session import Session
from ui.views.case_tabs.common import (
    CaseTab,
    Column,
    RecordTableModel,
    record_table,
    select_by_id,
    selected_record,
)
from ui.views.case_tabs.evidence_import import ImportPanel
from ui.views.case_tabs.evidence_preview import PreviewPane, human_size
from ui.widgets import guarded


def short_hash(sha: str) -> str:
    return sha[:12] + "…" if len(sha) > 12 else sha


class EvidenceTab(CaseTab):
    """Evidence table, import (button or drag-and-drop), preview and export."""

    kinds = frozenset({"evidence"})

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.setAcceptDrops(True)

        def text(name: str) -> Any:
            return lambda r: str(r.data.get(name) or "")

        self.model = RecordTableModel(
            [
                Column(self.tr("Title"), text("title")),
                Column(self.tr("File name"), text("filename")),
                Column(self.tr("Type"), text("media_type")),
                Column(self.tr("Size"), lambda r: human_size(r.data.get("size"))),
                Column(
                    self.tr("SHA-256"),
                    lambda r: short_hash(str(r.data.get("sha256") or "")),
                    lambda r: str(r.data.get("sha256") or ""),
                ),
                Column(self.tr("Captured by"), text("captured_by")),
                Column(
                    self.tr("Captured at"),
                    lambda r: str(r.data.get("captured_at") or "").replace("T", " "),
                ),
                Column(self.tr("Source"), text("source")),
            ],
            self,
        )
        self.table = record_table(self.model, self.tr("Evidence files"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.preview = PreviewPane(session)
        self.preview.pages_requested.connect(self.show_pages)
        self.pages_dialog: QDialog | None = None

        # Made before the controls below it, so Tab reaches its Cancel button in visual order.
        self.imports = ImportPanel(session, case_id)
        self.imports.failed.connect(self.show_error)
        self.imports.imported.connect(self._imported)
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Source of the files to add"))
        self.source.setPlaceholderText(self.tr("e.g. LINE screenshots sent by the worker"))
        source_label = QLabel(self.tr("Sou&rce:"))
        source_label.setBuddy(self.source)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setAccessibleName(self.tr("Add files"))
        self.add_button.setToolTip(self.tr("Or drop files on this tab"))
        self.add_button.clicked.connect(self._choose_files)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export selected file"))
        self.export_button.clicked.connect(self._export)
        self.notice = QLabel()
        self.notice.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(source_label)
        buttons.addWidget(self.source, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.imports)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self._select_after_load: str | None = None

    # -- showing -----------------------------------------------------------------------
    def load(self, view: CaseDetails) -> None:
        current = selected_record(self.table, self.model)
        wanted = self._select_after_load or (current.entity_id if current else None)
        self.model.set_records(view.evidence)
        select_by_id(self.table, self.model, wanted)
        if selected_record(self.table, self.model) is None:
            self.preview.clear()
        elif wanted == self._select_after_load:
            self._select_after_load = None

    def _selection_changed(self, *_: object) -> None:
        self.preview.show_record(selected_record(self.table, self.model))

    # -- adding ------------------------------------------------------------------------
    def import_files(self, paths: list[str]) -> None:
        """Queue files for import into this case (runs in the background)."""
        files = [p for p in paths if p]
        if not files:
            return
        self.clear_error()
        self.notice.clear()
        source = self.source.text().strip()
        self.imports.add(files, {"source": source} if source else {})

    def _imported(self, evidence_id: str) -> None:
        self._select_after_load = evidence_id  # show the new file once the case reloads
        self.notice.setText(self.tr("File added and encrypted."))

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        self.import_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        # Folders cannot be evidence; only the files dropped are imported.
        files = [p for p in paths if not Path(p).is_dir()]
        if files:
            event.acceptProposedAction()
            self.import_files(files)
        if len(files) < len(paths):
            self.show_error(self.tr("Folders cannot be added; drop the files inside them."))

    # -- all pages -----------------------------------------------------------------------
    def show_pages(self, evidence_id: str) -> None:
        """Open a PDF evidence file whole (paging, zoom) in the preview dialog.

        The file is decrypted in the background and handed to QtPdf from memory: no
        plaintext copy is written to a temporary file to view it."""
        record = next((r for r in self.model.records() if r.entity_id == evidence_id), None)
        if record is None or not self.session.is_unlocked:
            return
        name = str(record.data.get("title") or record.data.get("filename") or "")

        def read(service: CaseService) -> bytes:
            return b"".join(service.read_evidence(evidence_id))

        def opened(data: bytes) -> None:
            from ui.dialogs.pdf_preview import PdfPreviewDialog

            self.notice.clear()
            self.pages_dialog = PdfPreviewDialog(name, [(name, data)], self)
            self.pages_dialog.open()

        self.clear_error()
        self.notice.setText(self.tr("Opening the file…"))
        self.session.run(read, done=guarded(self, opened), failed=guarded(self, self.show_error))

    # -- export ------------------------------------------------------------------------
    def _export(self) -> None:
        record = selected_record(self.table, self.model)
        if record is None:
            self.show_error(self.tr("Select a file to export."))
            return
        name = str(record.data.get("filename") or "evidence")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export evidence file"), name)
        if not target:
            return
        self.export_to(record.entity_id, Path(target))

    def export_to(self, evidence_id: str, target: Path) -> None:
        """Write the original file to ``target`` in the background (hash verified)."""
        if not self.session.is_unlocked:
            return
        self.clear_error()
        self.notice.setText(self.tr("Exporting…"))

        def export(service: CaseService) -> None:
            service.export_evidence(evidence_id, target)

        def done(_: object) -> None:
            self.notice.setText(
                self.tr("Exported to {0}; its SHA-256 was verified.").format(target)
            )

        def failed(message: str) -> None:
            self.notice.clear()
            self.show_error(message)

        self.session.run(export, done=guarded(self, done), failed=guarded(self, failed))
