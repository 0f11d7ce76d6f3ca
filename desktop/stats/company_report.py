"""The company report: consultation topics and the Safety self-check, one PDF + one CSV.

Issue 19 point 3.  One document for one employer (and establishment) over whole months:

1. **Consultation topics** (:mod:`desktop.stats.company_feedback`): cases of consenting
   workers by topic and by subtopic, suppressed like every desk table and audited
   against the statistics ledger.  Too few consenting cases: refused before anything
   is written or recorded.
2. **Safety self-check** (:mod:`desktop.safety.report`): the ILO-indicator report with
   its own rules (disjoint publications); fully suppressed when it has too few
   responses or overlaps an earlier report, which the section then says.

Order, as in :mod:`desktop.stats.service`: both ledgers first, then the files, then the
audit entry.  If a file cannot be written the ledgers hold a report nobody saw, which
only makes later ones more careful; the other way round a report could be out
unrecorded.  The audit entry holds a keyed hash of the employer, the period, k, how
much was hidden and the files' SHA-256 — no figure, no topic.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop.cases.service import CaseService
from desktop.documents.pdf import A4, MARGIN, build_story
from desktop.documents.text import Style, paragraph
from desktop.errors import InvalidValueError
from desktop.formula_cells import text_rows
from desktop.safety.aggregate import CompanyReport, snap_period
from desktop.safety.records import SafetyService
from desktop.safety.report import (
    build_safety_report,
    record_safety_report,
    safety_csv_rows,
    safety_story,
)
from desktop.stats.company_feedback import CompanyTables, company_tables
from desktop.stats.export import marker
from desktop.stats.ledger import record_table
from desktop.stats.report_labels import category_label, text
from desktop.stats.report_pdf import figure_table
from desktop.stats.table import DEFAULT_K, TOTAL, StatsTable
from desktop.store.atomic import atomic_writer
from desktop.store.vault import Vault

__all__ = ["AUDIT_ACTION", "CSV_HEADER", "CompanyFeedback", "write_company_feedback"]

AUDIT_ACTION = "company_report"
CSV_HEADER = ("section", "employer", "establishment", "period_start", "period_end", "field",
              "category", "value")  # fmt: skip

_TITLE = Style(size=15, bold=True, lang="ja", space_after=4)
_HEADING = Style(size=12, bold=True, lang="ja", space_before=8, space_after=4)
_BODY = Style(size=9, lang="ja", space_after=4)
_NOTE = Style(size=8, lang="ja", space_before=4)


@dataclass(frozen=True)
class CompanyFeedback:
    """What was published: the topic tables and the Safety report."""

    topics: CompanyTables
    safety: CompanyReport
    pdf_sha256: str
    csv_sha256: str


def _name(dimension: str, code: str) -> str:
    return text("ja", "total") if code == TOTAL else category_label("ja", dimension, code)


def _topic_story(topics: CompanyTables) -> list[Flowable]:
    width = A4[0] - 2 * MARGIN
    where = topics.establishment or "全事業所 (all establishments)"
    story: list[Flowable] = [
        paragraph("企業向けフィードバック報告 (Company feedback report)", _TITLE),
        paragraph(
            f"事業者 (Employer): {topics.employer}\n事業所 (Establishment): {where}\n"
            f"期間 (Period): {topics.start.isoformat()} – {topics.end.isoformat()}\n"
            f"最小集計単位 (Minimum group size) k = {topics.k}",
            _BODY,
        ),
        paragraph("1. 相談の分野と内容 (Consultation topics)", _HEADING),
        paragraph(
            "企業へのフィードバックに同意した労働者の相談のみを数えています。件数は事案数で、"
            "一つの事案が複数の分野に数えられることがあります。(Only consultations of workers "
            "who consented to company feedback are counted, as cases; a case with several "
            "topics counts under each and once in the total.)",
            _BODY,
        ),
    ]
    for table in topics.tables:
        story += [
            paragraph(text("ja", table.dimensions[0]), _HEADING),
            figure_table(table, "ja", _name, width),
            Spacer(1, 3 * mm),
        ]
    notes = (
        text("ja", "note_primary").format(k=topics.k),
        text("ja", "note_complementary").format(k=topics.k),
        text("ja", "note_margins"),
    )
    story.append(paragraph("\n".join(notes), _NOTE))
    return story


def report_bytes(topics: CompanyTables, safety: CompanyReport) -> tuple[bytes, bytes]:
    """The PDF and the CSV, byte-identical for the same figures."""
    story = [*_topic_story(topics), PageBreak(),
             paragraph("2. 安全セルフチェック (Safety self-check)", _HEADING),
             *safety_story(safety)]  # fmt: skip
    pdf = build_story(story, title="Company feedback report", subject="企業向けフィードバック報告")
    head = (topics.employer, topics.establishment or "", topics.start.isoformat(),
            topics.end.isoformat())  # fmt: skip
    rows: list[tuple[object, ...]] = [CSV_HEADER]
    for table in topics.tables:
        dimension = table.dimensions[0]
        for key, figure in table.figures.items():
            value = marker(table, figure.hidden) if figure.hidden else table.shown(key)
            category = "total" if key[0] == TOTAL else key[0]
            rows.append(("consultations", *head, dimension, category, value))
    for row in safety_csv_rows(safety)[1:]:
        rows.append(("safety", *row))
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(text_rows(rows))
    return pdf, buffer.getvalue().encode("utf-8-sig")


def _hidden(table: StatsTable) -> int:
    return sum(1 for f in table.figures.values() if f.hidden)


def write_company_feedback(
    vault: Vault,
    *,
    employer: str,
    establishment: str | None,
    start: date,
    end: date,
    out_pdf: Path,
    k: int = DEFAULT_K,
    today: date | None = None,
) -> CompanyFeedback:
    """Make, record, write (``out_pdf`` and the .csv next to it) and audit the report.

    Raises :class:`~desktop.stats.company_feedback.TooFewConsentingError` (nothing
    written or recorded) when fewer than k consenting cases had a consultation."""
    out_pdf = Path(out_pdf)
    if out_pdf.suffix.lower() != ".pdf":
        raise InvalidValueError(f"The report file must end in .pdf (the CSV is written next "
                                f"to it): {out_pdf.name}", file=out_pdf.name)  # fmt: skip
    establishment = (establishment or "").strip() or None
    first, last = snap_period(start, end)
    topics = company_tables(vault, employer=employer, establishment=establishment,
                            start=first, end=last, k=k)  # fmt: skip
    safety_service = SafetyService(CaseService(vault))
    safety, ledger = build_safety_report(
        safety_service, employer=employer, establishment=establishment, start=first, end=last,
        k=k,
    )  # fmt: skip
    pdf, csv_data = report_bytes(topics, safety)
    published_on = today or date.today()
    for table in topics.tables:
        record_table(vault, table, published_on)
    record_safety_report(safety_service, safety, ledger)
    with atomic_writer(out_pdf) as handle:
        handle.write(pdf)
    with atomic_writer(out_pdf.with_suffix(".csv")) as handle:
        handle.write(csv_data)
    pdf_sha, csv_sha = hashlib.sha256(pdf).hexdigest(), hashlib.sha256(csv_data).hexdigest()
    vault.record_audit(
        AUDIT_ACTION,
        details={
            # Keyed like the Safety report's: a plain hash of a company name reverses.
            "employer_key": vault.blind_index(f"audit-employer:{employer}"),
            "establishment": establishment is not None,
            "period": f"{first.isoformat()}/{last.isoformat()}",
            "k": topics.k,
            "hidden": [_hidden(t) for t in topics.tables],
            "safety": "published" if safety.total is not None else "suppressed",
            "pdf_sha256": pdf_sha,
            "csv_sha256": csv_sha,
        },
    )
    return CompanyFeedback(topics, safety, pdf_sha, csv_sha)
