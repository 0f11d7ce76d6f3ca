"""Work records and payslips as rows of text: read from CSV or XLSX, checked all at once.

The Wages tab edits the stored CSV as a grid; an import or a save must list every bad
row in one go (a counselor fixing a 300-day spreadsheet should not meet the errors one
at a time).  Each row is checked by the calculator's own parser, so the grid, the CLI and
the stored case refuse the same values.  Qt-free: the UI's models only hold the rows.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from desktop.cases.import_limits import check_xlsx_archive
from desktop.wages.errors import WageInputError
from desktop.wages.inputs import MAX_FILE_BYTES, parse_payslips, parse_records

__all__ = [
    "PAYSLIP_COLUMNS",
    "RECORD_COLUMNS",
    "RowProblem",
    "TableRows",
    "check_rows",
    "read_table",
    "rows_from_csv",
    "rows_to_csv",
]

RECORD_COLUMNS = ("date", "start", "end", "break_minutes", "break_start")
PAYSLIP_COLUMNS = ("period_end", "kind", "label", "amount", "basis")
MAX_ROWS = 20_000  # about fifty years of daily records


@dataclass
class TableRows:
    """Rows in the column order of the kind, each with the line it came from."""

    rows: list[list[str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # file line (CSV) or sheet row (XLSX)


def _columns(kind: str) -> tuple[str, ...]:
    return RECORD_COLUMNS if kind == "records" else PAYSLIP_COLUMNS


def _cell(value: object) -> str:
    """A spreadsheet cell as the text the CSV format expects."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0) and value.date() != date(1899, 12, 30):
            return value.date().isoformat()
        return value.strftime("%H:%M")  # a time typed into Excel reads as 1899-12-30 09:00
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _from_cells(kind: str, cells: Iterable[tuple[int, list[object]]], name: str) -> TableRows:
    columns = _columns(kind)
    out = TableRows()
    header: list[str] | None = None
    for line, values in cells:
        texts = [_cell(v) for v in values]
        if header is None:
            if not any(texts):
                continue
            header = [t.strip().lower() for t in texts]
            missing = [c for c in columns[:3] if c not in header]
            if missing:
                raise WageInputError(
                    f"{name}: the header lacks the column(s) {', '.join(missing)}",
                    file=name,
                    problem=f"the header lacks {', '.join(missing)}",
                )
            continue
        if not any(texts):
            continue
        by_name = dict(zip(header, texts, strict=False))
        out.rows.append([by_name.get(c, "") for c in columns])
        out.lines.append(line)
        if len(out.rows) > MAX_ROWS:
            raise WageInputError(
                f"{name}: more than {MAX_ROWS} rows",
                file=name,
                problem=f"more than {MAX_ROWS} rows",
            )
    return out


def rows_from_csv(kind: str, text: str, name: str = "stored") -> TableRows:
    reader = csv.reader(io.StringIO(text))
    try:
        cells = [(reader.line_num, list[object](row)) for row in reader]
    except csv.Error as error:
        raise WageInputError(
            f"{name}: not readable CSV ({error})", file=name, problem=str(error)
        ) from None
    return _from_cells(kind, cells, name)


def rows_to_csv(kind: str, rows: Sequence[Sequence[str]]) -> str:
    """The rows in the stored CSV format (header first); blank rows are left out."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_columns(kind))
    for row in rows:
        if any(cell.strip() for cell in row):
            writer.writerow([cell.strip() for cell in row])
    return buffer.getvalue()


def read_table(kind: str, path: Path) -> TableRows:
    """A ``.csv`` (UTF-8) or ``.xlsx`` (first sheet) of records or payslips."""
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise WageInputError(
                f"{name}: the file is larger than 10 MB", file=name, problem="larger than 10 MB"
            )
        if path.suffix.lower() == ".xlsx":
            return _from_cells(kind, _xlsx_cells(path), name)
        return rows_from_csv(kind, path.read_text(encoding="utf-8-sig"), name)
    except UnicodeDecodeError:
        raise WageInputError(
            f"{name}: the file is not UTF-8 text", file=name, problem="not UTF-8"
        ) from None
    except OSError as error:
        raise WageInputError(
            f"{name}: the file cannot be read ({error.strerror})",
            file=name,
            problem=str(error.strerror),
        ) from None


def _xlsx_cells(path: Path) -> list[tuple[int, list[object]]]:
    from openpyxl import load_workbook  # only an import needs it

    check_xlsx_archive(path)
    with warnings.catch_warnings(), path.open("rb") as handle:
        warnings.simplefilter("ignore")
        try:
            book = load_workbook(handle, read_only=True, data_only=True)
            try:
                sheet = book.worksheets[0]
                return [(n, list(v)) for n, v in enumerate(sheet.iter_rows(values_only=True), 1)]
            finally:
                book.close()
        except (zipfile.BadZipFile, KeyError, IndexError, ValueError, TypeError, EOFError):
            raise WageInputError(
                f"{path.name}: not a readable Excel workbook",
                file=path.name,
                problem="not a readable workbook",
            ) from None


def _problem(error: WageInputError) -> str:
    return str(error.params.get("problem") or error)


@dataclass(frozen=True)
class RowProblem:
    """One bad row: the cell that cannot be read (``column``), or the row as a whole
    (``column`` None: times that do not fit together, or a period's payslip items)."""

    line: int | None  # grid row or file line; None: no single row
    column: str | None
    value: str  # the cell's text, or the period's end for a payslip period
    detail: str  # the parser's own words (English), for logs and the command line

    def __str__(self) -> str:
        return f"row {self.line}: {self.detail}" if self.line is not None else self.detail


# Known-good rows: one column at a time is taken from the row checked, so a failure names
# the cell (the parser stops at its first problem and says it in words).
_GOOD = {"records": ["2025-04-01", "09:00", "18:00", "60", ""],
         "payslips": ["2025-04-30", "deduction", "-", "0", "none"]}  # fmt: skip


def _period_partner(kind: str, row: list[str]) -> list[list[str]]:
    """What a payslip row needs beside it to be read alone: its period's gross (equal to a
    net row's amount, so only the row's own cells are judged)."""
    if kind != "payslips" or row[1].strip().lower() == "gross":
        return []
    amount = row[3] if row[1].strip().lower() == "net" else "0"
    return [[row[0], "gross", "", amount, ""]]


def _bad_cell(kind: str, row: list[str]) -> str | None:
    parse = parse_records if kind == "records" else parse_payslips
    for index, column in enumerate(_columns(kind)):
        if kind == "records" and column == "break_start" and not row[index].strip():
            continue
        probe = list(_GOOD[kind])
        probe[index] = row[index]
        if kind == "payslips" and column == "amount" and row[1].strip().lower() == "net":
            probe[1] = "net"  # a net row must equal its gross: the partner below matches it
        try:
            parse(rows_to_csv(kind, [probe, *_period_partner(kind, probe)]), kind)
        except WageInputError:
            return column
    return None


def check_rows(kind: str, table: TableRows) -> list[RowProblem]:
    """Every problem of the rows, one per bad row; empty when all are good."""
    parse = parse_records if kind == "records" else parse_payslips
    columns = _columns(kind)
    kept = [
        (r, n) for r, n in zip(table.rows, table.lines, strict=True) if any(c.strip() for c in r)
    ]
    problems = []
    for row, line in kept:
        text = rows_to_csv(kind, [row, *_period_partner(kind, row)])
        try:
            parse(text, kind)
        except WageInputError as error:
            column = _bad_cell(kind, row)
            value = row[columns.index(column)] if column else ""
            problems.append(RowProblem(line, column, value, _problem(error)))
    if problems or not kept:
        return problems
    try:  # what only the whole table shows: one gross per period, net = gross − deductions
        parse(rows_to_csv(kind, [r for r, _ in kept]), kind)
    except WageInputError as error:
        at = error.params.get("row")
        index = at - 2 if isinstance(at, int) else -1  # CSV line 2 is the first row
        where = kept[index] if 0 <= index < len(kept) else None
        problems.append(RowProblem(where[1] if where else None, None,
                                   where[0][0] if where else "", _problem(error)))  # fmt: skip
    return problems
