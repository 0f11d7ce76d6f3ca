"""Preview and details of one evidence file: image or first PDF page, hash, custody.

Photos include HEIC (decoded by pillow-heif in the core, Qt has no HEIF plugin) and are
turned upright by their EXIF orientation; a PDF shows its first page here and all its
pages, with paging and zoom, in the preview dialog ("View all pages…").
"""

from __future__ import annotations

import importlib.util
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.cases.evidence_pictures import heif_pixels
from desktop.cases.service import CaseService, RecordView
from ui.session import Session
from ui.widgets import guarded

PREVIEW_LIMIT = 50 * 1024 * 1024  # larger files are not decrypted into memory for a preview
_MAX_SIDE = 1600
HAS_PDF = importlib.util.find_spec("PySide6.QtPdf") is not None


def human_size(size: Any) -> str:
    value = float(size or 0)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return ""


_HEIF_SUFFIXES = (".heic", ".heif", ".hif")


def is_picture(media_type: str, filename: str) -> bool:
    """Whether the preview tries to show the file as a photo.  A HEIC file's media type
    depends on the computer's MIME table (often none), so its name counts too."""
    return media_type.startswith("image/") or filename.lower().endswith(_HEIF_SUFFIXES)


def _read_image(service: CaseService, evidence_id: str) -> QImage:
    # Decoding and shrinking run here, off the GUI thread; QImage (unlike QPixmap) may be
    # made on any thread.  The GUI then only scales a screen-sized picture.
    data = b"".join(service.read_evidence(evidence_id))
    pixels = heif_pixels(data, _MAX_SIDE)
    if pixels is not None:
        # copy(): the QImage must own its pixels, not borrow the Python bytes.
        return QImage(
            pixels.rgb, pixels.width, pixels.height, 3 * pixels.width,
            QImage.Format.Format_RGB888,
        ).copy()  # fmt: skip
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # phone photos lie on their side without their EXIF turn
    image = reader.read()
    if image.width() > _MAX_SIDE or image.height() > _MAX_SIDE:
        image = image.scaled(
            _MAX_SIDE, _MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
    return image


def _read_pdf_page(service: CaseService, evidence_id: str, width: int) -> QImage:
    # Decrypting (up to PREVIEW_LIMIT), loading and rendering run here, off the GUI thread,
    # as for images: QtPdf serialises its PDFium calls, and a QImage may cross threads.
    image = _first_pdf_page(b"".join(service.read_evidence(evidence_id)), width)
    return QImage() if image is None else image


def _first_pdf_page(data: bytes, width: int) -> QImage | None:
    """The first page rendered to ``width`` pixels, or None if QtPdf cannot read it."""
    from PySide6.QtPdf import QPdfDocument  # optional module: checked with HAS_PDF

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return None
        page = document.pagePointSize(0)
        if page.width() <= 0:
            return None
        height = int(width * page.height() / page.width())
        image = document.render(0, QSize(width, height))
    finally:
        document.close()
    return image if not image.isNull() else None


class PreviewPane(QWidget):
    """Shows what the selected evidence is: a picture where possible, always its details."""

    pages_requested = Signal(str)  # the evidence id of a PDF to show whole

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._request = 0
        self._shown_id: str | None = None
        self.pages_button = QPushButton(self.tr("Vie&w all pages…"))
        self.pages_button.setAccessibleName(self.tr("View every page of the PDF with zoom"))
        self.pages_button.setEnabled(False)
        self.pages_button.clicked.connect(self._pages_clicked)
        self._image = QImage()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(200, 160)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setWordWrap(True)
        self.picture.setAccessibleName(self.tr("Preview"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Evidence details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pages_button)
        layout.addLayout(row)
        layout.addWidget(self.details)

    def show_record(self, record: RecordView | None) -> None:
        """Show ``record`` (None clears); the file is read again only for a new selection."""
        if record is None:
            self.clear()
            return
        self._show_details(record)
        if record.entity_id == self._shown_id:
            return
        self._shown_id = record.entity_id
        self._request += 1
        self._image = QImage()
        self.picture.clear()
        d = record.data
        media = str(d.get("media_type") or "")
        size = int(d.get("size") or 0)
        unavailable = self.tr("Preview not available; export the file to view it.")
        self.pages_button.setEnabled(False)
        if size >= PREVIEW_LIMIT or not self.session.is_unlocked:
            self.picture.setText(unavailable)
            return
        number = self._request
        evidence_id = record.entity_id
        if is_picture(media, str(d.get("filename") or "")):
            self.picture.setText(self.tr("Loading preview…"))
            self.session.run(
                lambda s: _read_image(s, evidence_id),
                done=guarded(self, lambda image: self._got_image(number, image)),
                failed=self._failed,
            )
        elif media == "application/pdf" and HAS_PDF:
            self.pages_button.setEnabled(True)
            self.picture.setText(self.tr("Loading preview…"))
            width = max(200, self.picture.width())
            self.session.run(
                lambda s: _read_pdf_page(s, evidence_id, width),
                done=guarded(self, lambda image: self._got_image(number, image)),
                failed=self._failed,
            )
        else:
            self.picture.setText(unavailable)

    def _pages_clicked(self) -> None:
        if self._shown_id is not None:
            self.pages_requested.emit(self._shown_id)

    def clear(self) -> None:
        self._request += 1
        self.pages_button.setEnabled(False)
        self._shown_id = None
        self._image = QImage()
        self.picture.clear()
        self.details.clear()

    def _show_details(self, record: RecordView) -> None:
        d = record.data
        self.details.setText(
            self.tr(
                "{title}\nFile: {filename} ({media}, {size})\nSHA-256: {sha}\n"
                "Captured by {by} at {at}\nSource: {source}"
            ).format(
                title=d.get("title", ""),
                filename=d.get("filename", ""),
                media=d.get("media_type", ""),
                size=human_size(d.get("size")),
                sha=d.get("sha256", ""),
                by=d.get("captured_by", ""),
                at=str(d.get("captured_at", "")).replace("T", " "),
                source=d.get("source") or self.tr("not recorded"),
            )
        )

    def _got_image(self, number: int, image: QImage) -> None:
        if number != self._request:
            return  # another item was selected meanwhile
        if image.isNull():
            self.picture.setText(self.tr("Preview not available; export the file to view it."))
            return
        self._image = image
        self._scale()

    def _failed(self, message: str) -> None:
        self.picture.setText(message)

    def _scale(self) -> None:
        if self._image.isNull():
            return
        self.picture.setPixmap(
            QPixmap.fromImage(self._image).scaled(
                self.picture.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()
