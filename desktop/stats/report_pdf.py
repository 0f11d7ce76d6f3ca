"""A statistics table as a PDF report: the table and its bar chart, in Japanese or English.

Qt-free: the chart is drawn with reportlab's graphics (never a screenshot of the window),
so the CLI and the window write the same bytes for the same table, and the file is
byte-identical from one run to the next (``invariant`` mode, see
:mod:`desktop.documents.pdf`).  A hidden figure is written as its marker (``<5`` or
``x``, see :func:`desktop.stats.export.marker`) and has **no bar**: a bar's height would
give the figure away.  The note under the chart says why bars are missing.

Category names come from ``label(dimension, code)`` when the caller has better ones (the
window passes its translated labels); otherwise from :mod:`desktop.stats.report_labels`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.documents.pdf import A4, MARGIN, build_story, write_bytes
from desktop.documents.text import Style, paragraph
from desktop.documents.text.fonts import font
from desktop.errors import InvalidValueError
from desktop.stats.export import marker
from desktop.stats.report_labels import REPORT_LANGUAGES, category_label, filter_line, text
from desktop.stats.table import TOTAL, StatsTable

__all__ = [
    "REPORT_LANGUAGES",
    "Labeller",
    "chart_series",
    "figure_table",
    "report_pdf",
    "write_report",
]

Labeller = Callable[[str, str], str]
"""``label(dimension, code)`` -> the name printed for a category."""

# Colour-blind-safe (Okabe-Ito), cycled for the column series of a two-way table.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
            "#000000")  # fmt: skip
_WIDE = 8  # more columns than this and the page turns to landscape


def chart_series(table: StatsTable) -> tuple[list[str], list[tuple[str, list[int | None]]]]:
    """The chart's categories (rows) and series (one per column, or the one total).

    A hidden figure is ``None``: no bar.  Margins are not charted (the table has them)."""
    if table.columns == (TOTAL,):
        return list(table.rows), [(TOTAL, [table.shown((r, TOTAL)) for r in table.rows])]
    columns = [c for c in table.columns if c != TOTAL]
    return list(table.rows), [(c, [table.shown((r, c)) for r in table.rows]) for c in columns]


def _figure_text(table: StatsTable, key: tuple[str, str]) -> str:
    figure = table.figures[key]
    if figure.hidden:
        return marker(table, figure.hidden)
    return f"{table.shown(key):,}"


def figure_table(table: StatsTable, lang: str, name: Labeller, width: float) -> Flowable:
    two_way = table.columns != (TOTAL,)
    columns = [c for c in table.columns if c != TOTAL] + [TOTAL]
    head = Style(size=8, bold=True, lang=lang)
    cell = Style(size=8, lang=lang)
    figure = Style(size=8, lang=lang, align="right")
    corner = " \\ ".join(text(lang, d) for d in table.dimensions)
    header = [corner, *(name(table.dimensions[1], c) for c in columns)] if two_way else [
        corner, text(lang, table.measure)]  # fmt: skip
    rows = [[paragraph(h, head) for h in header]]
    for row in (*table.rows, TOTAL):
        keys = [(row, c) for c in columns] if two_way else [(row, TOTAL)]
        rows.append([paragraph(name(table.dimensions[0], row), cell)]
                    + [paragraph(_figure_text(table, k), figure) for k in keys])  # fmt: skip
    first = min(width * 0.3, 55 * mm)
    rest = (width - first) / (len(header) - 1)
    flow = Table(rows, colWidths=[first] + [rest] * (len(header) - 1), repeatRows=1)
    flow.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f4f4f4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    return flow


def _chart(table: StatsTable, lang: str, name: Labeller, width: float) -> Drawing:
    categories, series = chart_series(table)
    face = font("ja-gothic").fontName  # covers Latin and Japanese alike
    two_way = len(series) > 1
    height = 80 * mm
    legend_width = 45 * mm if two_way else 0
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 22 * mm
    chart.width = width - chart.x - legend_width - 4 * mm
    chart.height = height - chart.y - 4 * mm
    # reportlab leaves a None out: a hidden figure gets no bar (and no stacked segment).
    chart.data = [values for _, values in series]
    chart.categoryAxis.categoryNames = [name(table.dimensions[0], c) for c in categories]
    chart.categoryAxis.labels.fontName = face
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.angle = 30 if len(categories) > 6 else 0
    if chart.categoryAxis.labels.angle == 0:
        chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.labels.fontName = face
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if two_way:
        chart.categoryAxis.style = "stacked"
    for index in range(len(series)):
        chart.bars[index].fillColor = colors.HexColor(_PALETTE[index % len(_PALETTE)])
        chart.bars[index].strokeWidth = 0.3
    drawing.add(chart)
    if two_way:
        legend = Legend()
        legend.x, legend.y = width - legend_width + 2 * mm, height - 6 * mm
        legend.fontName = face
        legend.fontSize = 7
        legend.alignment = "right"
        legend.columnMaximum = len(series)  # one column, however many series
        legend.colorNamePairs = [
            (colors.HexColor(_PALETTE[i % len(_PALETTE)]), name(table.dimensions[1], c))
            for i, (c, _) in enumerate(series)
        ]
        drawing.add(legend)
    return drawing


def report_pdf(table: StatsTable, *, lang: str = "ja", label: Labeller | None = None) -> bytes:
    """The report as PDF bytes: title, what was counted, the table, the chart, the notes."""
    if lang not in REPORT_LANGUAGES:
        raise InvalidValueError(f"Reports are written in {' or '.join(REPORT_LANGUAGES)}, "
                                f"not '{lang}'.", lang=lang)  # fmt: skip

    def name(dimension: str, code: str) -> str:
        if code == TOTAL:
            return text(lang, "total")
        return (label or (lambda d, c: category_label(lang, d, c)))(dimension, code)

    wide = len(table.columns) > _WIDE
    page = landscape(A4) if wide else A4
    width = page[0] - 2 * MARGIN
    by = text(lang, "by_join").join(text(lang, d) for d in table.dimensions)
    title = text(lang, "title").format(measure=text(lang, table.measure), by=by)
    story: list[Flowable] = [
        paragraph(title, Style(size=15, bold=True, lang=lang, space_after=4)),
        paragraph(_about(table, lang), Style(size=9, lang=lang, space_after=8)),
        figure_table(table, lang, name, width),
        Spacer(1, 6 * mm),
    ]
    if table.fully_suppressed:
        story.append(paragraph(text(lang, "too_few").format(k=table.k), Style(size=9, lang=lang)))
    else:
        story.append(_chart(table, lang, name, width))
    story.append(paragraph(_notes(table, lang), Style(size=8, lang=lang, space_before=6)))
    return build_story(story, title=title, subject=text(lang, "subject"), lang=lang,
                       pagesize=page)  # fmt: skip


def _about(table: StatsTable, lang: str) -> str:
    lines = [text(lang, "period").format(start=table.start.isoformat(), end=table.end.isoformat()),
             text(lang, "threshold").format(k=table.k)]  # fmt: skip
    if table.rounding > 1:
        lines.append(text(lang, "rounded").format(base=table.rounding))
    if table.filters:
        lines.append(filter_line(lang, table.filters))
    return "\n".join(lines)


def _notes(table: StatsTable, lang: str) -> str:
    notes: Sequence[str] = (
        text(lang, "note_primary").format(k=table.k),
        text(lang, "note_complementary").format(k=table.k),
        text(lang, "note_bars"),
        text(lang, "note_margins"),
    )
    return "\n".join(notes)


def write_report(
    table: StatsTable, out: Path, *, lang: str = "ja", label: Labeller | None = None
) -> bytes:
    """Write the report to ``out`` atomically; returns the bytes written."""
    data = report_pdf(table, lang=lang, label=label)
    write_bytes(Path(out), data)
    return data
