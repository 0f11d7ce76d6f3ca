"""The printable recovery-key sheet (A4, Japanese and English, with a QR code).

The PDF is returned as bytes and never written here: the caller writes it where
the user chooses (and should tell them to print it and delete the file).  The
key is drawn in fixed-width cells so its characters line up like a monospaced
font while still going through the text API; it is also set once as plain text
so it can be copied or searched in the PDF.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.documents.dates import japanese_date
from desktop.documents.pdf import MARGIN, build_story
from desktop.documents.text import Style, draw_text, paragraph

__all__ = ["key_qr", "recovery_sheet_pdf"]

_TITLE = Style(size=18, bold=True, lang="ja", space_after=2)
_TITLE_EN = Style(size=12, lang="en", space_after=8)
_HEAD = Style(size=11.5, bold=True, lang="ja", space_before=8, space_after=2)
_BODY = Style(size=10, lang="ja", leading=15)
_BODY_EN = Style(size=9, lang="en", leading=13, space_after=4)
_SMALL = Style(size=8, lang="en", leading=11)
_KEY = Style(size=18, bold=True, lang="en")


class KeyGrid(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The key's groups in rows, one character per fixed-width cell (reads like monospace)."""

    def __init__(self, key: str, groups_per_row: int = 5) -> None:
        super().__init__()
        self.groups = key.split("-")
        self.per_row = groups_per_row
        self.cell = _KEY.size * 0.95
        self.gap = _KEY.size * 1.1
        self.row_height = _KEY.size * 1.8

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        rows = -(-len(self.groups) // self.per_row)
        self.width = avail_width
        self.height = rows * self.row_height + 6 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        row_width = self.per_row * 4 * self.cell + (self.per_row - 1) * self.gap
        left = (self.width - row_width) / 2
        canvas.saveState()
        canvas.setStrokeGray(0.4)
        canvas.setLineWidth(0.8)
        canvas.roundRect(left - 4 * mm, 0, row_width + 8 * mm, self.height, 3 * mm)
        canvas.restoreState()
        for row_start in range(0, len(self.groups), self.per_row):
            row = row_start // self.per_row
            y = self.height - 3 * mm - (row + 1) * self.row_height + self.row_height * 0.3
            x = left
            for group in self.groups[row_start : row_start + self.per_row]:
                for ch in group:
                    draw_text(canvas, x + self.cell / 2, y, ch, _KEY, anchor="center")
                    x += self.cell
                x += self.gap + (4 - len(group)) * self.cell


def key_qr(text: str, size: float = 36 * mm) -> Drawing:
    """A QR code of ``text`` (error correction M) as a reportlab Drawing (vector, no image)."""
    widget = QrCodeWidget(text, barLevel="M", barWidth=size, barHeight=size)
    drawing = Drawing(size, size)
    drawing.add(widget)
    return drawing


def recovery_sheet_pdf(
    recovery_key: str, *, vault_id: str, organisation: str, created: date
) -> bytes:
    """The A4 recovery sheet for ``recovery_key`` as PDF bytes (nothing is written to disk)."""
    org = organisation.strip() or "—"
    story: list[Flowable] = [
        paragraph("Madoguchi 回復キー", _TITLE),
        paragraph("Madoguchi recovery key", _TITLE_EN),
        paragraph(
            "このシートには、Madoguchi の保管庫（ボールト）を開くための回復キーが書かれています。"
            "パスフレーズを忘れたときは、このキーで保管庫を開き、新しいパスフレーズを設定できます。",
            _BODY,
        ),
        paragraph(
            "This sheet holds the recovery key of a Madoguchi vault. If the passphrase is "
            "forgotten, this key opens the vault so that a new passphrase can be set.",
            _BODY_EN,
        ),
        paragraph(
            f"組織 Organisation: {org}\n保管庫 ID Vault ID: {vault_id}\n"
            f"作成日 Created: {japanese_date(created)} ({created.isoformat()})",
            Style(size=10, lang="ja", leading=15, space_before=4, space_after=8),
        ),
        KeyGrid(recovery_key),
        Spacer(1, 2 * mm),
        paragraph(f"Key as text: {recovery_key}", Style(size=8, lang="en", align="center")),
        Spacer(1, 4 * mm),
        _QrBlock(recovery_key),
        paragraph(
            "QR コードにはこのキーだけが入っています。入力するときは大文字・小文字を区別しません。"
            "\nThe QR code holds only this key. Letters may be typed in either case; "
            "dashes are optional.",
            Style(size=8.5, lang="ja", leading=12, align="center", space_before=2),
        ),
        paragraph("保管場所 — Where to keep it", _HEAD),
        paragraph(
            "印刷したら、鍵のかかる金庫や書庫など、パソコンとは別の場所に保管してください。"
            "このキーを持つ人は、パスフレーズなしで保管庫のすべての記録を読めます。"
            "写真を撮る、スキャンする、メールやチャットで送る、パソコンに保存することはしないでください。"
            "印刷した後は PDF ファイルを削除してください。",
            _BODY,
        ),
        paragraph(
            "Keep the printed sheet in a locked safe or cabinet, away from the computer. "
            "Anyone holding this key can read every record in the vault without the "
            "passphrase. Do not photograph, scan, email, message or save it on a computer. "
            "Delete the PDF file after printing.",
            _BODY_EN,
        ),
        paragraph("紛失したとき — If it is lost", _HEAD),
        paragraph(
            "このシートをなくした場合や、他の人に見られたおそれがある場合は、すぐに Madoguchi "
            "の設定で新しい回復キーを作成してください。古いキーは使えなくなります。"
            "新しいシートを印刷して保管し、古いシートが見つかったらシュレッダーで処分してください。",
            _BODY,
        ),
        paragraph(
            "If this sheet is lost, or someone else may have seen it, create a new recovery key "
            "in Madoguchi's settings at once: the old key stops working. Print and store the new "
            "sheet, and shred the old one if it turns up.",
            _BODY_EN,
        ),
    ]
    return build_story(
        story,
        title="Madoguchi recovery key",
        subject=f"Vault {vault_id}",
        lang="ja",
        margins=(MARGIN, MARGIN, 14 * mm, 12 * mm),
    )


class _QrBlock(Flowable):  # type: ignore[misc]
    """The QR code centred on the line."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.drawing = key_qr(text)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = float(self.drawing.height)
        return self.width, self.height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, (self.width - self.drawing.width) / 2, 0)
