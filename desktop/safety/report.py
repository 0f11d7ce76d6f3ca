"""Company feedback report as PDF + CSV, built from the vault's Safety records.

The figures come from :func:`desktop.safety.aggregate.build_report` (k threshold,
cell and complementary suppression, no overlapping publications).  The ledger of
published reports is kept sealed in the vault.  Suppressed cells are written as
"—" in tables and as the word "suppressed" in charts, never as bars.
"""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import date
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.safety.aggregate import (
    DEFAULT_K,
    ROW_CELLS,
    CompanyReport,
    PublishedLedger,
    build_report,
    snap_period,
)
from desktop.safety.questionnaire import INDICATORS
from desktop.safety.records import SafetyService
from desktop.store.atomic import atomic_writer

__all__ = ["FONT_NAME", "FONT_PATH", "write_company_report"]

FONT_NAME = "IPAGothic"
FONT_PATH = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "ipag.ttf"

_JA_HEADINGS = {
    "title": "Safety self-check: company feedback report (安全セルフチェック 企業向け報告)",
    "employer": "Employer (事業者)",
    "establishment": "Establishment (事業所)",
    "period": "Period (期間)",
    "k": "Minimum group size k (最小集計人数)",
    "total": "Responses (回答数)",
}


def _font() -> str:
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_PATH)))
    return FONT_NAME


def _load_ledger(service: SafetyService, name: str) -> PublishedLedger:
    data = service.vault.read_sealed(name)
    return PublishedLedger.from_data((data or {}).get("entries", []))


def _label(indicator: str) -> str:
    return indicator.replace("_", " ").capitalize()


def _chart(row: dict[str, int | None], total: int, font: str) -> Drawing:
    width, bar_h, gap, label_w = 150 * mm, 9, 3, 28 * mm
    height = len(ROW_CELLS) * (bar_h + gap)
    drawing = Drawing(width, height)
    scale = (width - label_w - 20 * mm) / max(total, 1)
    for i, level in enumerate(ROW_CELLS):
        y = height - (i + 1) * (bar_h + gap)
        drawing.add(String(0, y + 2, level, fontName=font, fontSize=7))
        value = row.get(level)
        if value is None:
            drawing.add(String(label_w, y + 2, "suppressed", fontName=font, fontSize=7,
                               fillColor=colors.grey))  # fmt: skip
            continue
        if value:
            drawing.add(Rect(label_w, y, value * scale, bar_h, fillColor=colors.steelblue,
                             strokeColor=None))  # fmt: skip
        drawing.add(String(label_w + value * scale + 3, y + 2, str(value), fontName=font,
                           fontSize=7))  # fmt: skip
    return drawing


def _pdf_bytes(report: CompanyReport) -> bytes:
    font = _font()
    title = ParagraphStyle("title", fontName=font, fontSize=14, leading=18)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12)
    heading = ParagraphStyle("heading", fontName=font, fontSize=11, leading=14, spaceBefore=6)
    story: list[object] = [Paragraph(_JA_HEADINGS["title"], title), Spacer(1, 4 * mm)]
    facts = [
        (_JA_HEADINGS["employer"], report.employer),
        (_JA_HEADINGS["establishment"], report.establishment or "all establishments (全事業所)"),
        (_JA_HEADINGS["period"],
         f"{report.period_start.isoformat()} – {report.period_end.isoformat()}"),
        (_JA_HEADINGS["k"], str(report.k)),
        (_JA_HEADINGS["total"],
         str(report.total) if report.total is not None
         else f"fewer than {report.k} responses: nothing is shown"),
    ]  # fmt: skip
    for label, value in facts:
        story.append(Paragraph(f"{label}: {_escape(value)}", body))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(
        "Only responses of workers who consented to company feedback are counted. Counts "
        f"below {report.k} are suppressed (—), with further cells hidden where they could be "
        "recovered by subtraction.", body))  # fmt: skip
    if report.total is None:
        reasons = ", ".join(report.suppressed_reasons)
        story.append(Paragraph(f"The whole report is suppressed ({_escape(reasons)}).", body))
    else:
        for indicator in INDICATORS:
            row = report.cells.get(indicator)
            if row is None:
                continue
            story.append(Paragraph(_label(indicator), heading))
            table = Table(
                [list(ROW_CELLS), ["—" if row.get(c) is None else str(row.get(c))
                                   for c in ROW_CELLS]],
                hAlign="LEFT",
            )  # fmt: skip
            table.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
            ]))  # fmt: skip
            story.append(table)
            story.append(Spacer(1, 2 * mm))
            story.append(_chart(row, report.total, font))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title="Safety company feedback report",
                            author="Madoguchi", invariant=1)  # fmt: skip
    doc.build(story)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _csv_bytes(report: CompanyReport) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(report.to_csv_rows())
    return text.getvalue().encode("utf-8-sig")


def write_company_report(
    service: SafetyService,
    *,
    employer: str,
    establishment: str | None = None,
    start: date,
    end: date,
    out_pdf: Path,
    ledger_name: str = "safety_ledger",
    k: int = DEFAULT_K,
) -> CompanyReport:
    """Build, write (PDF + CSV next to it) and record one company report.

    A report with figures is added to the sealed ledger, so later reports cannot
    overlap it.  Fully suppressed reports are written (saying so) but not recorded.
    """
    out_pdf = Path(out_pdf)
    p_start, p_end = snap_period(start, end)
    ledger = _load_ledger(service, ledger_name)
    report = build_report(
        service.responses(employer, establishment, p_start, p_end),
        employer=employer, establishment=establishment, start=p_start, end=p_end, k=k,
        indicators=INDICATORS, ledger=ledger,
    )  # fmt: skip
    pdf = _pdf_bytes(report)
    csv_data = _csv_bytes(report)
    with atomic_writer(out_pdf) as handle:
        handle.write(pdf)
    with atomic_writer(out_pdf.with_suffix(".csv")) as handle:
        handle.write(csv_data)
    if report.total is not None and not any(
        e.period_start == report.period_start and e.period_end == report.period_end
        and e.employer == report.employer and e.establishment == report.establishment
        for e in ledger.entries
    ):  # fmt: skip
        ledger.record(report)
        service.vault.write_sealed(ledger_name, {"entries": ledger.to_data()})
    details: dict[str, object] = {
        "employer_sha256": hashlib.sha256(employer.encode("utf-8")).hexdigest(),
        "period": f"{report.period_start.isoformat()}/{report.period_end.isoformat()}",
        "k": report.k,
        "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
        "csv_sha256": hashlib.sha256(csv_data).hexdigest(),
    }
    if report.total is None:
        details["suppressed"] = list(report.suppressed_reasons)
    else:
        details["total"] = report.total
    service.vault.record_audit("safety_report", details=dict(details))
    return report
