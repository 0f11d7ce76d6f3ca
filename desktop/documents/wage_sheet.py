"""The calculation sheet (賃金計算書): the wage claim on A4 as labour lawyers lay it out.

One line per work record (date, weekday, start, end, break, hours by kind), a subtotal
line per pay period, then per period the amount due, paid, the difference and the day
its claim expires, the totals with interest to a date, and the rules used with their
citations and review status.  Every page says the figures are an estimate to be checked.

The same inputs give the same bytes (fixed metadata, no "made today" date: the date
printed is the calculation's ``until``), so a sheet attached to an ADR matter can be
compared with a fresh one by its SHA-256.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.documents.dates import japanese_date
from desktop.documents.pdf import A4, build_story
from desktop.documents.text import Style, draw_text, paragraph
from desktop.documents.text.fonts import font
from desktop.wages.calculator import WageClaim
from desktop.wages.hours import (
    HOLIDAY,
    HOLIDAY_NIGHT,
    KINDS,
    ORDINARY,
    ORDINARY_NIGHT,
    OVER60,
    OVER60_NIGHT,
    OVERTIME,
    OVERTIME_NIGHT,
    classify,
)
from desktop.wages.inputs import Terms, WorkRecord
from desktop.wages.law import LawBook

__all__ = [
    "ESTIMATE_LINE",
    "SheetInputs",
    "calculation_sheet_pdf",
    "clock",
    "hours_text",
    "review_status_text",
    "yen_text",
]

ESTIMATE_LINE = "これは概算です（要確認）"
_REVIEW = {
    "machine-drafted": "法令データは機械作成・未確認（machine-drafted）",
    "reviewed": "法令データは確認済み（reviewed）",
}
_WEEKDAYS = "月火水木金土日"
MARGIN_X = 15 * mm
MARGIN_TOP = 24 * mm  # room for the exhibit stamp (甲第N号証) at the top right
MARGIN_BOTTOM = 18 * mm
_WIDTH = A4[0] - 2 * MARGIN_X
# The sheet's hour columns: (heading, the calculator's kinds it adds up).
HOUR_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("法定内", (ORDINARY, ORDINARY_NIGHT)),
    ("時間外", (OVERTIME, OVERTIME_NIGHT, OVER60, OVER60_NIGHT)),
    ("うち60h超", (OVER60, OVER60_NIGHT)),
    ("深夜", (ORDINARY_NIGHT, OVERTIME_NIGHT, OVER60_NIGHT, HOLIDAY_NIGHT)),
    ("法定休日", (HOLIDAY, HOLIDAY_NIGHT)),
)
_TITLE = Style(size=15, bold=True, lang="ja", space_after=2)
_HEAD = Style(size=11, bold=True, lang="ja", space_before=8, space_after=3, keep_with_next=True)
# Before the day table: keeping a heading with a table of many pages moves both to page 2.
_HEAD_LONG = Style(size=11, bold=True, lang="ja", space_before=8, space_after=3)
_NOTE = Style(size=8, lang="ja", leading=11)
_SMALL = Style(size=7, lang="ja", leading=9.5)


@dataclass(frozen=True)
class SheetInputs:
    """What the sheet is drawn from: the claim and the inputs that made it."""

    claim: WageClaim
    terms: Terms
    records: Sequence[WorkRecord]
    law: LawBook
    reference: str = ""  # the case reference, printed in the header (no worker details)


def clock(minute: int) -> str:
    """Minutes after the shift day's midnight as a time; past midnight reads 26:30."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def hours_text(minutes: int | Decimal) -> str:
    """Worked time as h:mm (the way the sheets lawyers use show it); empty for none."""
    total = int(minutes)
    return f"{total // 60}:{total % 60:02d}" if total else ""


def yen_text(amount: Decimal) -> str:
    return f"{int(amount):,}"


def review_status_text(status: str) -> str:
    return _REVIEW.get(status, status)


def _table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    bold_rows: Sequence[int] = (),
    right_from: int = 0,
    size: float = 7,
) -> Table:
    total = sum(widths)
    table = Table(rows, colWidths=[_WIDTH * w / total for w in widths], repeatRows=header_rows)
    name = font("ja-gothic").fontName
    style: list[Any] = [
        ("FONT", (0, 0), (-1, -1), name, size),
        ("LEADING", (0, 0), (-1, -1), size + 2),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("ALIGN", (right_from, header_rows), (-1, -1), "RIGHT"),
    ]
    for row in bold_rows:
        style.append(("BACKGROUND", (0, row), (-1, row), colors.Color(0.95, 0.95, 0.95)))
        style.append(("LINEABOVE", (0, row), (-1, row), 0.8, colors.black))
    table.setStyle(TableStyle(style))
    return table


def _sum(minutes: dict[tuple[int, str], int], row: int, kinds: tuple[str, ...]) -> int:
    return sum(minutes.get((row, kind), 0) for kind in kinds)


def _day_table(inputs: SheetInputs) -> Flowable:
    """One line per record, a subtotal line after each pay period."""
    head = ["日付", "曜日", "始業", "終業", "休憩", "実働", *(h for h, _ in HOUR_COLUMNS)]
    rows: list[list[Any]] = [head]
    subtotal_rows: list[int] = []
    periods = classify(inputs.records, inputs.terms, inputs.law)
    records = sorted(inputs.records, key=lambda r: (r.day, r.start_minute))
    for end in sorted(periods):
        hours = periods[end]
        sums = [0] * (1 + len(HOUR_COLUMNS))
        for record in (r for r in records if hours.start <= r.day <= hours.end):
            worked = _sum(hours.row_minutes, record.row, KINDS)
            by_column = [_sum(hours.row_minutes, record.row, kinds) for _, kinds in HOUR_COLUMNS]
            rows.append(
                [
                    record.day.isoformat(),
                    _WEEKDAYS[record.day.weekday()],
                    clock(record.start_minute),
                    clock(record.end_minute),
                    hours_text(record.break_minutes),
                    hours_text(worked),
                    *(hours_text(m) for m in by_column),
                ]
            )
            for i, value in enumerate([worked, *by_column]):
                sums[i] += value
        subtotal_rows.append(len(rows))
        rows.append(
            [
                f"小計 {hours.start.isoformat()}〜{hours.end.isoformat()}",
                "",
                "",
                "",
                "",
                *(hours_text(m) or "0:00" for m in sums),
            ]
        )
    table = _table(
        rows,
        [2.3, 0.9, 1.1, 1.1, 1.0, 1.2, 1.2, 1.2, 1.3, 1.1, 1.3],
        bold_rows=subtotal_rows,
        right_from=2,
    )
    table.setStyle(TableStyle([("SPAN", (0, r), (4, r)) for r in subtotal_rows]))
    return table


def _period_table(claim: WageClaim) -> Flowable:
    rows: list[list[Any]] = [
        [
            "賃金計算期間",
            "支払日",
            "支払うべき額",
            "既払額",
            "差額",
            "時効完成日",
            "請求可能額",
            "遅延損害金",
        ]
    ]
    for p in claim.periods:
        f = p.figures
        rows.append(
            [
                f"{p.start.isoformat()}〜{p.end.isoformat()}",
                p.pay_date.isoformat(),
                yen_text(f["amount_due"].amount),
                yen_text(f["amount_paid"].amount),
                yen_text(f["difference"].amount),
                p.expires_on.isoformat() + ("（時効）" if p.expired else ""),
                yen_text(f["claimable"].amount),
                yen_text(f["interest"].amount),
            ]
        )
    t = claim.totals
    rows.append(
        [
            "合計",
            "",
            yen_text(t["amount_due"]),
            yen_text(t["amount_paid"]),
            yen_text(t["difference"]),
            "",
            yen_text(t["claimable"]),
            yen_text(t["interest"]),
        ]
    )
    return _table(
        rows,
        [2.6, 1.3, 1.4, 1.3, 1.3, 1.9, 1.4, 1.3],
        bold_rows=[len(rows) - 1],
        right_from=2,
        size=7.5,
    )


def _breakdown_table(claim: WageClaim) -> Flowable:
    """What the amount due is made of, per period (so each yen can be checked)."""
    names = [
        ("contract_pay", "所定賃金"),
        ("minimum_wage_shortfall", "最賃不足"),
        ("premiums", "割増賃金"),
        ("unlawful_deductions", "違法控除"),
        ("unpaid_premiums", "未払割増"),
    ]
    rows: list[list[Any]] = [["賃金計算期間", *(label for _, label in names)]]
    for p in claim.periods:
        premiums = sum(
            (f.amount for k, f in p.figures.items() if k.startswith("premium_")), Decimal(0)
        )
        values = {k: f.amount for k, f in p.figures.items()} | {"premiums": premiums}
        rows.append(
            [
                f"{p.start.isoformat()}〜{p.end.isoformat()}",
                *(yen_text(values.get(k, Decimal(0))) for k, _ in names),
            ]
        )
    return _table(rows, [2.6, 1.5, 1.5, 1.5, 1.5, 1.5], right_from=1, size=7.5)


def _story(inputs: SheetInputs) -> list[Flowable]:
    claim, terms = inputs.claim, inputs.terms
    wage = {"hourly": "時給", "daily": "日給", "monthly": "月給"}[terms.wage_type]
    prefecture = inputs.law.prefecture_name(terms.prefecture) or terms.prefecture
    facts = (
        f"就業場所：{prefecture}　賃金：{wage} {yen_text(terms.wage_amount)}円　"
        f"所定労働時間：1日 {terms.scheduled_hours_per_day} 時間"
        + (
            f"・1か月 {terms.scheduled_hours_per_month} 時間"
            if terms.scheduled_hours_per_month
            else ""
        )
        + f"　法定休日：{_WEEKDAYS[terms.statutory_holiday]}曜日"
        + (f"　退職日：{terms.left_on.isoformat()}" if terms.left_on else "")
    )
    story: list[Flowable] = [
        paragraph("賃金計算書（未払賃金・割増賃金）", _TITLE),
        paragraph(
            f"{japanese_date(claim.until)}現在　{ESTIMATE_LINE}　"
            f"{review_status_text(claim.review_status)}",
            _NOTE,
        ),
        paragraph(facts, _NOTE),
        paragraph("1　日ごとの労働時間（時間:分）", _HEAD_LONG),
        _day_table(inputs),
        paragraph("2　賃金計算期間ごとの請求額（円）", _HEAD),
        _period_table(claim),
        Spacer(1, 3 * mm),
        _breakdown_table(claim),
        paragraph("3　合計", _HEAD),
        _table(
            [
                ["請求可能額（元本）", "遅延損害金", "合計"],
                [
                    yen_text(claim.totals["claimable"]),
                    yen_text(claim.totals["interest"]),
                    yen_text(claim.totals["claimable"] + claim.totals["interest"]),
                ],
            ],
            [1, 1, 1],
            right_from=0,
            size=9,
        ),
        paragraph(
            f"遅延損害金は{japanese_date(claim.until)}までの額です。時効完成日を過ぎた"
            "期間は請求可能額に含めていません。",
            _NOTE,
        ),
    ]
    if claim.warnings_ja:
        story.append(paragraph("注意", _HEAD))
        story += [paragraph(f"・{w}", _SMALL) for w in claim.warnings_ja]
    story.append(paragraph("4　使用した規則（出典・確認状況）", _HEAD))
    story.append(paragraph(review_status_text(claim.review_status), _NOTE))
    rows: list[list[Any]] = [["規則", "内容", "出典", "参照日"]]
    for rule_id, (_title, url, read_on) in claim.citations.items():
        title = claim.titles_ja[rule_id]  # the sheet is Japanese: the English title never
        rows.append(
            [paragraph(rule_id, _SMALL), paragraph(title, _SMALL), paragraph(url, _SMALL), read_on]
        )
    story.append(_table(rows, [2.8, 3.4, 3.0, 0.9], size=7))
    return story


def calculation_sheet_pdf(inputs: SheetInputs) -> bytes:
    """The sheet as PDF bytes (deterministic for the same inputs)."""
    claim = inputs.claim
    pages = [0]

    def count(canvas: Any, _doc: Any) -> None:
        pages[0] = max(pages[0], canvas.getPageNumber())

    margins = (MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM)
    # Two passes: the first counts the pages so every footer can say "n / N".
    build_story(_story(inputs), title="wages", margins=margins, on_page=count)
    total = pages[0]

    def furniture(canvas: Any, _doc: Any) -> None:
        width, height = A4
        top = height - MARGIN_TOP + 6 * mm
        draw_text(
            canvas,
            MARGIN_X,
            top,
            f"賃金計算書　{inputs.reference}".strip(),
            Style(size=8, lang="ja"),
        )
        bottom = MARGIN_BOTTOM - 8 * mm
        draw_text(
            canvas,
            MARGIN_X,
            bottom,
            f"{ESTIMATE_LINE}　{review_status_text(claim.review_status)}",
            Style(size=8, bold=True, lang="ja"),
        )
        draw_text(
            canvas,
            width - MARGIN_X,
            bottom,
            f"{canvas.getPageNumber()} / {total}",
            Style(size=8, lang="en"),
            anchor="right",
        )

    return build_story(
        _story(inputs),
        title=f"賃金計算書 {inputs.reference}".strip(),
        subject="Wage claim calculation sheet (estimate)",
        margins=margins,
        on_page=furniture,
    )
