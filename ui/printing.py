"""Printing a PDF made in memory (recovery sheet, letters) without writing it to disk.

Pages are rendered by QtPdf at the printer's resolution and painted onto the
printer; the user picks the printer (or "print to file" at their own choice).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

__all__ = ["ask_and_print", "print_document"]


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading ``data`` from memory (keep the buffer alive with it)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    # The stub demands a QObject, but Qt's constructor takes a null parent (a free document).
    document = QPdfDocument(parent)  # type: ignore[arg-type]
    document.load(buffer)
    return document, buffer


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of ``document`` onto ``printer``; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
            image = document.render(index, size)
            # Fit the page into the printable area, keeping its proportions.
            area = painter.viewport()
            fitted = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), fitted), image)
        return document.pageCount()
    finally:
        painter.end()


def ask_and_print(data: bytes, parent: QWidget, title: str) -> bool:
    """Show the print dialog for the PDF ``data``; True if it was printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document, _buffer = load_pdf(data, parent)
    try:
        return print_document(document, printer) > 0
    finally:
        document.close()
