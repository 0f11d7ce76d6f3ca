"""Writing a statistics table as CSV (optionally with an HXL hashtag row) or XLSX.

Both go through :func:`desktop.formula_cells.text_cell` cell by cell, and through the
store's atomic writer (temp name, fsync, rename): a failed export leaves no half file.
A hidden figure is never written as a number: ``<k`` (e.g. ``<5``) for a figure that is
itself small, ``x`` for one hidden only so that a small one cannot be worked out (it
is at least k, and writing ``<5`` there would be false).

The CSV is "long": one line per figure, the field values first, then the figure; the
XLSX is the cross-table people read, with a second sheet saying what the table is.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.errors import InvalidValueError
from desktop.formula_cells import text_cell, text_rows
from desktop.stats.suppression import PRIMARY
from desktop.stats.table import TOTAL, StatsTable
from desktop.store.atomic import atomic_writer

__all__ = ["HXL_TAGS", "csv_rows", "hxl_row", "marker", "write_table"]

HXL_TAGS: dict[str, str] = {
    "month": "#date+period+month",
    "quarter": "#date+period+quarter",
    "fiscal_year": "#date+period+fiscal_year",
    "nationality": "#country+code",
    "residence_status": "#status+residence",
    "topic": "#sector",
    "subtopic": "#subsector",
    "channel": "#meta+channel",
    "language": "#meta+language",
    "prefecture": "#adm1+name",
    "referral": "#org+type+referral",
    "outcome": "#status+outcome",
    "status": "#status+case",
    "cases": "#affected+cases",
    "new_cases": "#affected+cases+new",
    "consultations": "#activity+consultations+num",
    "minutes": "#activity+minutes+num",
}
"""HXL hashtags (hxlstandard.org): one per column, attributes in lower case."""

TOTAL_LABEL = "Total"


def marker(table: StatsTable, hidden: str) -> str:
    """What a hidden figure is written as."""
    return f"<{table.k}" if hidden == PRIMARY else "x"


def _cell(table: StatsTable, key: tuple[str, str]) -> object:
    figure = table.figures[key]
    if figure.hidden:
        return marker(table, figure.hidden)
    return table.shown(key)


def _label(value: str) -> str:
    return TOTAL_LABEL if value == TOTAL else value


def hxl_row(table: StatsTable) -> list[str]:
    """The hashtag row of the CSV: one tag per column."""
    return [HXL_TAGS[d] for d in table.dimensions] + [HXL_TAGS[table.measure]]


def csv_rows(table: StatsTable, *, hxl: bool = False) -> list[list[object]]:
    """Header, optional HXL row, then one row per figure (totals included)."""
    rows: list[list[object]] = [[*table.dimensions, table.measure]]
    if hxl:
        rows.append(list(hxl_row(table)))
    for key in table.figures:
        labels = [_label(key[0])] if len(table.dimensions) == 1 else [_label(v) for v in key]
        rows.append([*labels, _cell(table, key)])
    return rows


def _csv_bytes(table: StatsTable, hxl: bool) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(text_rows(csv_rows(table, hxl=hxl)))
    return text.getvalue().encode("utf-8-sig")  # Excel reads UTF-8 only with the BOM


def _filter_lines(table: StatsTable) -> list[list[object]]:
    if not table.filters:
        return []
    return [["only cases matching", "; ".join(f"{n}: {v}" for n, v in table.filters)]]


def _about(table: StatsTable) -> list[list[object]]:
    return [
        ["measure", table.measure],
        ["by", ", ".join(table.dimensions)],
        ["from", table.start.isoformat()],
        ["to", table.end.isoformat()],
        ["minimum group size (k)", table.k],
        ["rounded to", table.rounding],
        # Field codes like the lines above; a table read without its filter misleads.
        *_filter_lines(table),
        [f"<{table.k}", f"fewer than {table.k}: hidden so that no one can be identified"],
        ["x", f"at least {table.k}, hidden so that the <{table.k} figures cannot be "
               "worked out from totals or earlier tables"],
    ]  # fmt: skip


def _xlsx_bytes(table: StatsTable) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "table"
    columns = [c for c in table.columns if c != TOTAL] + [TOTAL]
    two_way = len(table.dimensions) == 2
    corner = " \\ ".join(table.dimensions)
    header = [corner, *(_label(c) for c in columns)] if two_way else [corner, table.measure]
    sheet.append([text_cell(v) for v in header])
    for row in (*table.rows, TOTAL):
        cells = (
            [_cell(table, (row, c)) for c in columns] if two_way else [_cell(table, (row, TOTAL))]
        )
        sheet.append([text_cell(v) for v in [_label(row), *cells]])
    about = book.create_sheet("about")
    for line in _about(table):
        about.append([text_cell(v) for v in line])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_table(table: StatsTable, out: Path, *, hxl: bool = False) -> bytes:
    """Write ``out`` (.csv or .xlsx) atomically; returns the bytes written."""
    suffix = Path(out).suffix.lower()
    if suffix == ".csv":
        data = _csv_bytes(table, hxl)
    elif suffix == ".xlsx":
        if hxl:
            raise InvalidValueError("The HXL hashtag row is for CSV files; leave out --hxl "
                                    "or write a .csv.")  # fmt: skip
        data = _xlsx_bytes(table)
    else:
        raise InvalidValueError(
            f"The table file must end in .csv or .xlsx, not '{suffix or out}'.", suffix=suffix
        )
    with atomic_writer(Path(out)) as handle:
        handle.write(data)
    return data
