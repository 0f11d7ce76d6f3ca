"""Document preview with QtPdf: pages, navigation and zoom; letters show two tabs.

A PDF made in memory (a letter, a case summary) is shown from a ``QBuffer``:
nothing decrypted is written to a temporary file to preview it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.screen_fit import fit_to_screen

_ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
_FIT_WIDTH, _FIT_PAGE = "fit-width", "fit-page"


class PdfPane(QWidget):
    """One PDF with a page spin box, previous/next and a zoom choice."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setAccessibleName(name)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.previous_button = QPushButton(self.tr("&Previous page"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.previous_button.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.page = QSpinBox()
        self.page.setAccessibleName(self.tr("Page number"))
        self.page.setMinimum(1)
        self.page.editingFinished.connect(lambda: self.go_to(self.page.value() - 1))
        self.of_pages = QLabel()
        self.next_button = QPushButton(self.tr("&Next page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Fit width"), _FIT_WIDTH)
        self.zoom.addItem(self.tr("Whole page"), _FIT_PAGE)
        for factor in _ZOOMS:
            self.zoom.addItem(f"{round(factor * 100)} %", factor)
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom)
        page_label = QLabel(self.tr("P&age:"))
        page_label.setBuddy(self.page)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(page_label)
        bar.addWidget(self.page)
        bar.addWidget(self.of_pages)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    # -- loading -------------------------------------------------------------------------
    def load_bytes(self, data: bytes) -> bool:
        """Show a PDF held in memory; False if it cannot be read."""
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        old, self._buffer = self._buffer, buffer  # the document reads from it while shown
        if old is not None:
            old.deleteLater()
        return self._loaded()

    def load_file(self, path: Path) -> bool:
        """Show a PDF file (one already written by the user's choice, e.g. a bundle)."""
        self.document.load(str(path))
        return self._loaded()

    def _loaded(self) -> bool:
        ok = self.document.status() == QPdfDocument.Status.Ready
        count = self.document.pageCount() if ok else 0
        self.page.setMaximum(max(1, count))
        self.page.setValue(1)
        self.of_pages.setText(self.tr("of {0}").format(count))
        for widget in (self.page, self.previous_button, self.next_button):
            widget.setEnabled(count > 1)
        return ok

    # -- moving ---------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Jump to ``page`` (0-based), kept inside the document."""
        count = self.document.pageCount()
        if count <= 0:
            return
        page = min(max(page, 0), count - 1)
        self.view.pageNavigator().jump(page, QPointF(0, 0), self.view.zoomFactor())

    def _page_changed(self, page: int) -> None:
        self.page.setValue(page + 1)

    def _zoom_changed(self, _: int) -> None:
        choice = self.zoom.currentData()
        if choice == _FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == _FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))


class PdfPreviewDialog(QDialog):
    """Shows one or more PDFs (bytes in memory, or files), each in its own tab."""

    def __init__(
        self,
        title: str,
        documents: Sequence[tuple[str, bytes | Path]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 820, 900)
        self.panes: list[PdfPane] = []
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #d32f2f; font-weight: bold;")
        self.problem.hide()
        unreadable: list[str] = []
        for name, source in documents:
            pane = PdfPane(name)
            ok = pane.load_file(source) if isinstance(source, Path) else pane.load_bytes(source)
            if not ok:
                unreadable.append(name)
            self.panes.append(pane)
        if unreadable:
            self.problem.setText(
                self.tr("This document could not be shown: {0}.").format(", ".join(unreadable))
            )
            self.problem.show()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button = buttons.addButton(
            self.tr("P&rint…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setAccessibleName(self.tr("Print the shown document"))
        self.print_button.clicked.connect(self.print_current)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close preview")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        if len(self.panes) == 1:
            layout.addWidget(self.panes[0], 1)
            self.tabs: QTabWidget | None = None
        else:
            self.tabs = QTabWidget()
            self.tabs.setAccessibleName(self.tr("Documents"))
            for pane, (name, _) in zip(self.panes, documents, strict=True):
                self.tabs.addTab(pane, name)
            layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def current_pane(self) -> PdfPane:
        """The pane on show (the only one, or the current tab's)."""
        if self.tabs is None:
            return self.panes[0]
        return self.panes[max(self.tabs.currentIndex(), 0)]

    def print_current(self) -> None:
        """Print the document on show through the system's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.printing import print_document

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_document(self.current_pane().document, printer)
