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

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.documents.text import Style, draw_text, paragraph
from desktop.formula_cells import text_rows
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
from desktop.store.sealed_records import SAFETY_LEDGER, SafetyLedgerRecord, SealedRecord

__all__ = [
    "build_safety_report",
    "record_safety_report",
    "safety_csv_rows",
    "safety_story",
    "write_company_report",
]

# Headings mix English and Japanese; names may be in any script: the text module
# picks a font per character, so only the language of the page is given here.
_TITLE = Style(size=14, leading=18, lang="ja")
_BODY = Style(size=9, leading=12, lang="ja")
_HEADING = Style(size=11, leading=14, lang="ja", space_before=6)
_CELL = Style(size=8, leading=10, lang="ja")
_CHART = Style(size=7, lang="ja")

_JA_HEADINGS = {
    "title": "Safety self-check: company feedback report (安全セルフチェック 企業向け報告)",
    "employer": "Employer (事業者)",
    "establishment": "Establishment (事業所)",
    "period": "Period (期間)",
    "k": "Minimum group size k (最小集計人数)",
    "total": "Responses (回答数)",
}


def _ledger_record(name: str) -> SealedRecord[SafetyLedgerRecord]:
    # A ledger under another name is the same declared record, so it reads and upgrades
    # alike (``check`` shape-checks only the registered default name).
    return SAFETY_LEDGER.with_name(name)


def _load_ledger(service: SafetyService, name: str) -> PublishedLedger:
    stored = _ledger_record(name).read(service.vault)
    return PublishedLedger.from_data(stored.entries if stored else [])


def _label(indicator: str) -> str:
    return indicator.replace("_", " ").capitalize()


class _Chart(Flowable):  # type: ignore[misc]
    """Horizontal bars per risk level; suppressed cells say so instead of a bar."""

    def __init__(self, row: dict[str, int | None], total: int) -> None:
        super().__init__()
        self.row, self.total = row, total
        self.width, self.bar_h, self.gap, self.label_w = 150 * mm, 9.0, 3.0, 28 * mm
        self.height = len(ROW_CELLS) * (self.bar_h + self.gap)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        scale = (self.width - self.label_w - 20 * mm) / max(self.total, 1)
        for i, level in enumerate(ROW_CELLS):
            y = self.height - (i + 1) * (self.bar_h + self.gap)
            draw_text(canvas, 0, y + 2, level, _CHART)
            value = self.row.get(level)
            if value is None:
                canvas.saveState()
                canvas.setFillColor(colors.grey)
                draw_text(canvas, self.label_w, y + 2, "suppressed", _CHART)
                canvas.restoreState()
                continue
            if value:
                canvas.saveState()
                canvas.setFillColor(colors.steelblue)
                canvas.rect(self.label_w, y, value * scale, self.bar_h, stroke=0, fill=1)
                canvas.restoreState()
            draw_text(canvas, self.label_w + value * scale + 3, y + 2, str(value), _CHART)


def safety_story(report: CompanyReport) -> list[Flowable]:
    """The report's flowables (heading, facts, tables, charts): a PDF of its own, or the
    Safety part of the merged company report (:mod:`desktop.stats.company_report`)."""
    story: list[Flowable] = [paragraph(_JA_HEADINGS["title"], _TITLE), Spacer(1, 4 * mm)]
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
        story.append(paragraph(f"{label}: {value}", _BODY))
    story.append(Spacer(1, 3 * mm))
    story.append(paragraph(
        "Only responses of workers who consented to company feedback are counted. Counts "
        f"below {report.k} are suppressed (—), with further cells hidden where they could be "
        "recovered by subtraction.", _BODY))  # fmt: skip
    if report.total is None:
        reasons = ", ".join(report.suppressed_reasons)
        story.append(paragraph(f"The whole report is suppressed ({reasons}).", _BODY))
    else:
        for indicator in INDICATORS:
            row = report.cells.get(indicator)
            if row is None:
                continue
            story.append(paragraph(_label(indicator), _HEADING))
            cells = [
                list(ROW_CELLS),
                ["—" if row.get(c) is None else str(row.get(c)) for c in ROW_CELLS],
            ]
            table = Table(
                [[paragraph(text, _CELL) for text in line] for line in cells],
                colWidths=[(150 * mm) / len(ROW_CELLS)] * len(ROW_CELLS),
                hAlign="LEFT",
            )  # fmt: skip
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
            ]))  # fmt: skip
            story.append(table)
            story.append(Spacer(1, 2 * mm))
            story.append(_Chart(row, report.total))
    return story


def _pdf_bytes(report: CompanyReport) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title="Safety company feedback report",
                            author="Madoguchi", invariant=1)  # fmt: skip
    doc.build(safety_story(report))
    return buffer.getvalue()


def safety_csv_rows(report: CompanyReport) -> list[tuple[str, ...]]:
    """The report's CSV rows (header first), formula-safe: employer and site names come
    from people, and no cell may run as a formula in Excel."""
    return [tuple(str(cell) for cell in row) for row in text_rows(report.to_csv_rows())]


def _csv_bytes(report: CompanyReport) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(safety_csv_rows(report))
    return text.getvalue().encode("utf-8-sig")


def build_safety_report(
    service: SafetyService,
    *,
    employer: str,
    establishment: str | None,
    start: date,
    end: date,
    ledger_name: str = SAFETY_LEDGER.name,
    k: int = DEFAULT_K,
) -> tuple[CompanyReport, PublishedLedger]:
    """The report over whole months, checked against the sealed ledger; records nothing."""
    p_start, p_end = snap_period(start, end)
    ledger = _load_ledger(service, ledger_name)
    report = build_report(
        service.responses(employer, establishment, p_start, p_end),
        employer=employer, establishment=establishment, start=p_start, end=p_end, k=k,
        indicators=INDICATORS, ledger=ledger,
    )  # fmt: skip
    return report, ledger


def record_safety_report(
    service: SafetyService,
    report: CompanyReport,
    ledger: PublishedLedger,
    ledger_name: str = SAFETY_LEDGER.name,
) -> None:
    """Add a published report with figures to the sealed ledger (a re-issue is not added
    twice; a fully suppressed report is not added: it showed nothing)."""
    if report.total is not None and not any(
        e.period_start == report.period_start and e.period_end == report.period_end
        and e.employer == report.employer and e.establishment == report.establishment
        for e in ledger.entries
    ):  # fmt: skip
        ledger.record(report)
        _ledger_record(ledger_name).write(
            service.vault, SafetyLedgerRecord(entries=ledger.to_data())
        )


def write_company_report(
    service: SafetyService,
    *,
    employer: str,
    establishment: str | None = None,
    start: date,
    end: date,
    out_pdf: Path,
    ledger_name: str = SAFETY_LEDGER.name,
    k: int = DEFAULT_K,
) -> CompanyReport:
    """Build, write (PDF + CSV next to it) and record one company report.

    A report with figures is added to the sealed ledger, so later reports cannot
    overlap it.  Fully suppressed reports are written (saying so) but not recorded.
    """
    out_pdf = Path(out_pdf)
    report, ledger = build_safety_report(
        service, employer=employer, establishment=establishment, start=start, end=end,
        ledger_name=ledger_name, k=k,
    )  # fmt: skip
    pdf = _pdf_bytes(report)
    csv_data = _csv_bytes(report)
    with atomic_writer(out_pdf) as handle:
        handle.write(pdf)
    with atomic_writer(out_pdf.with_suffix(".csv")) as handle:
        handle.write(csv_data)
    record_safety_report(service, report, ledger, ledger_name)
    details: dict[str, object] = {
        # Keyed, never a plain hash: a list of company names would reverse a SHA-256.  The
        # prefix keeps it apart from the phone and card indexes under the same key.
        "employer_key": service.vault.blind_index(f"audit-employer:{employer}"),
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
