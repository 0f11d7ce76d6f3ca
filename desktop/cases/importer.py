"""Reading case lists that NGOs keep in CSV or Excel files.

:func:`read_cases` turns a ``.csv`` or ``.xlsx`` file into one
:class:`ImportedCase` per row, ready for ``CaseService.create_case``.  It writes
nothing: every row is checked first, and the first bad row stops the import
with an :class:`~desktop.errors.ImportRowError` naming the row, the column and
the value, so a file is imported completely or not at all.

The accepted columns, value formats and encodings are documented for NGO staff
in docs/import.md; keep the two in step.  Values end up in the same checks as
everything else (:func:`desktop.cases.validation.clean`), so the importer never
returns a value the case service would refuse.

This module reads files, the header and rows; how one cell becomes a value is
:mod:`desktop.cases.import_values`, and the names it accepts for codes are
:mod:`desktop.cases.import_codes`.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from desktop.cases.import_codes import code_key
from desktop.cases.import_limits import (
    UNREADABLE_WORKBOOK,
    check_row_shape,
    check_xlsx_archive,
)
from desktop.cases.import_values import (
    BadValue,
    as_text,
    is_blank,
    parse_card_number,
    parse_date,
    parse_flags,
    parse_gender,
    parse_katakana,
    parse_languages,
    parse_nationality,
    parse_phone,
    parse_residence_status,
    parse_status,
    parse_text,
    parse_topics,
    quote,
)
from desktop.cases.model import CaseStatus, Entity
from desktop.cases.validation import clean
from desktop.errors import ImportFileError, ImportRowError, InvalidValueError

MAX_ROWS = 100_000
"""Most data rows (not counting the header and empty rows) one file may hold."""

MAX_BYTES = 50 * 1024 * 1024
"""Largest file accepted, in bytes."""

EXTENSIONS = (".csv", ".xlsx")

# --- columns ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    """One accepted column: where its value goes and how it is read."""

    name: str
    target: str  # "case", "worker", "topics" or "note"
    field: str
    parse: Callable[[object], Any]
    aliases: tuple[str, ...] = ()
    required: bool = False


_COLUMNS: tuple[_Column, ...] = (
    _Column("full_name", "worker", "full_name", parse_text, ("氏名", "名前"), required=True),
    _Column("name_katakana", "worker", "name_katakana", parse_katakana, ("カタカナ", "フリガナ")),
    _Column("name_native", "worker", "name_native", parse_text),
    _Column("nationality", "worker", "nationality", parse_nationality, ("国籍",), required=True),
    _Column("language", "worker", "languages", parse_languages, ("言語",), required=True),
    _Column("phone", "worker", "phone", parse_phone, ("電話", "電話番号"), required=True),
    _Column("summary", "case", "summary", parse_text, ("概要",), required=True),
    _Column("date_of_birth", "worker", "date_of_birth", parse_date, ("生年月日",)),
    _Column("gender", "worker", "gender", parse_gender, ("性別",)),
    _Column("email", "worker", "email", parse_text, ("メール", "メールアドレス")),
    _Column("line_id", "worker", "line_id", parse_text),
    _Column("address", "worker", "address", parse_text, ("住所",)),
    _Column(
        "residence_status", "worker", "residence_status", parse_residence_status, ("在留資格",)
    ),
    _Column("residence_expiry", "worker", "residence_expiry", parse_date, ("在留期限",)),
    _Column(
        "residence_card_number",
        "worker",
        "residence_card_number",
        parse_card_number,
        ("在留カード番号",),
    ),
    _Column("topics", "topics", "category", parse_topics, ("相談分野",)),
    _Column("status", "case", "status", parse_status, ("状態",)),
    _Column("assignee", "case", "assignee", parse_text, ("担当",)),
    _Column("opened_on", "case", "opened_on", parse_date, ("受付日",)),
    _Column("flags", "case", "flags", parse_flags, ("フラグ",)),
    _Column("note", "note", "note", parse_text, ("メモ", "備考")),
)

COLUMNS: tuple[str, ...] = tuple(column.name for column in _COLUMNS)
"""Every accepted column name, in the order docs/import.md lists them."""

REQUIRED_COLUMNS: tuple[str, ...] = tuple(c.name for c in _COLUMNS if c.required)
"""Columns that must be present in the header (only full_name must be filled in)."""

HEADER_ALIASES: dict[str, str] = {alias: c.name for c in _COLUMNS for alias in c.aliases}
"""Japanese (and other) header names -> the column they stand for."""


def _header_key(text: str) -> str:
    """A header cell as compared: width- and case-folded, spaces and dashes as '_'."""
    return code_key(text.replace("\ufeff", ""))


_HEADER_LOOKUP: dict[str, _Column] = {
    _header_key(name): column for column in _COLUMNS for name in (column.name, *column.aliases)
}


@dataclass(frozen=True)
class _Header:
    """The header row: which column sits at each position (None: no name there)."""

    columns: tuple[_Column | None, ...]
    labels: tuple[str, ...]  # each header cell as written, trimmed


def _read_header(cells: list[object]) -> _Header:
    labels = [as_text(cell).replace("\ufeff", "").strip() for cell in cells]
    if not any(labels):
        raise ImportFileError(
            "The first row is empty; row 1 must hold the column names (full_name, nationality, …)."
        )
    found: list[_Column | None] = []
    seen: dict[str, str] = {}
    for label in labels:
        if not label:
            found.append(None)
            continue
        column = _HEADER_LOOKUP.get(_header_key(label))
        if column is None:
            hint = ""
            if _header_key(label) in {"ref", "reference", "case_number", "番号"}:
                hint = "case reference numbers are given by Madoguchi, so remove this column; "
            raise ImportRowError(
                1,
                label,
                f"unknown column {quote(label)}; {hint}the accepted columns are "
                f"{', '.join(COLUMNS)} (Japanese names such as 氏名 and 電話 work too)",
                code="import.row.unknown_column",
                label=label,
                columns=", ".join(COLUMNS),
            )
        if column.name in seen:
            raise ImportRowError(
                1,
                label,
                f"column '{column.name}' appears twice (as {quote(seen[column.name])} "
                f"and {quote(label)})",
                code="import.row.duplicate_column",
                column_name=column.name,
                first_label=seen[column.name],
                second_label=label,
                label=quote(label),
            )
        seen[column.name] = label
        found.append(column)
    for column in _COLUMNS:
        if column.required and column.name not in seen:
            also = f" (or {column.aliases[0]})" if column.aliases else ""
            raise ImportRowError(
                1,
                column.name,
                f"the required column '{column.name}'{also} is missing; "
                "add it to the header row, even if its cells stay empty",
                code="import.row.missing_column",
                column_name=column.name,
            )
    return _Header(columns=tuple(found), labels=tuple(labels))


# --- rows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedCase:
    """One row of an import file, checked and ready for ``CaseService.create_case``."""

    row: int
    """Row number in the file (the header is row 1)."""
    case: dict[str, object]
    """Case fields: summary, status (always set, "open" by default), assignee, opened_on, flags."""
    worker: dict[str, object]
    """Worker fields; ``full_name`` is always present, empty cells are left out."""
    topics: list[dict[str, object]]
    """Topic records: category, optional subtopic, status "open"."""
    note: str | None
    """Text for a first timeline entry, or None."""


def _checked(entity: Entity, fields: dict[str, object], *, creating: bool = False) -> Any:
    """Run the shared field checks; an InvalidValueError becomes a BadValue."""
    try:
        return clean(entity, fields, creating=creating)
    except InvalidValueError as error:
        raise BadValue(str(error).rstrip(".")) from None


# What Excel shows (and writes into CSV) when a formula fails.
_EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)


def _letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column position (A, B, …, XFD)."""
    return get_column_letter(index + 1) if index < 18_278 else f"#{index + 1}"


def _read_row(number: int, cells: list[object], header: _Header) -> ImportedCase:
    case: dict[str, object] = {}
    worker: dict[str, object] = {}
    topics: list[dict[str, object]] = []
    note: str | None = None
    for index in range(max(len(cells), len(header.columns))):
        raw = cells[index] if index < len(cells) else None
        column = header.columns[index] if index < len(header.columns) else None
        if column is None:
            if not is_blank(raw):
                raise ImportRowError(
                    number,
                    _letter(index),
                    f"the value {quote(as_text(raw))} is in a column without a name in the "
                    "header row",
                    code="import.row.unnamed_column",
                    value=as_text(raw),
                )
            continue
        label = header.labels[index]
        if is_blank(raw):
            if column.name == "full_name":
                raise ImportRowError(
                    number, label, "the worker's name is empty", code="import.row.empty_name"
                )
            continue
        if isinstance(raw, str) and raw.strip().upper() in _EXCEL_ERRORS:
            raise ImportRowError(
                number,
                label,
                f"the cell holds the Excel error {raw.strip()}; fix the formula",
                code="import.row.excel_error",
                value=raw.strip(),
            )
        try:
            value = column.parse(raw)
            if column.target == "worker":
                worker.update(_checked(Entity.WORKER, {column.field: value}))
            elif column.target == "case":
                case.update(_checked(Entity.CASE, {column.field: value}))
            elif column.target == "topics":
                topics = [_checked(Entity.TOPIC, topic, creating=True) for topic in value]
            else:
                note = _checked(Entity.TIMELINE, {"note": value})["note"]
        except BadValue as bad:
            # The value travels as a parameter: a translated message quotes what to fix.
            raise ImportRowError(
                number, label, bad.problem, code="import.row.value", value=as_text(raw)
            ) from None
    case.setdefault("status", CaseStatus.OPEN.value)
    worker = {k: v for k, v in worker.items() if v not in (None, "", [])}
    case = {k: v for k, v in case.items() if v not in (None, "", [])}
    return ImportedCase(row=number, case=case, worker=worker, topics=topics, note=note or None)


# --- files -----------------------------------------------------------------------------

Rows = Iterator[tuple[int, list[object]]]


def _decode(data: bytes) -> str:
    """CSV bytes as text: UTF-8 (with or without BOM), else cp932 (Excel's Shift_JIS)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(
            'The CSV file is saved as UTF-16 ("Unicode text"); save it again as '
            '"CSV UTF-8" and import that file.'
        )
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            "The file is named .csv but is an Excel workbook; rename it to .xlsx and import it."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as not_utf8:
        try:
            return data.decode("cp932")
        except UnicodeDecodeError:
            row = _row_at(data, not_utf8.start)
            raise ImportRowError(
                row,
                None,
                "the text there is neither UTF-8 nor Shift_JIS (the file mixes encodings); "
                'save the file again as "CSV UTF-8" and import that file',
                code="import.row.encoding",
            ) from None


def _row_at(data: bytes, offset: int) -> int:
    """The CSV row (header = 1) holding byte ``offset``: the records before its line, + 1."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    before = data[:line_start].decode("utf-8-sig", errors="replace")
    return sum(1 for _ in csv.reader(io.StringIO(before, newline=""))) + 1


def _csv_rows(data: bytes) -> Rows:
    """Numbered records of a CSV file (a quoted line break does not start a new row)."""
    text = _decode(data)
    first_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    # strict: a quote that never closes is an error, not the rest of the file in one cell
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 0
    while True:
        first_line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise _quote_error(number + 1, first_line, str(error)) from None
        number += 1
        for index, value in enumerate(record):
            if "\x00" in value:
                raise ImportRowError(
                    number,
                    _letter(index),
                    "the cell holds a NUL byte, so this is not CSV text; save the file again as "
                    '"CSV UTF-8"',
                    code="import.row.nul_byte",
                )
        if number == 1:
            named = [i for i, cell in enumerate(record) if cell.strip()]
            expected = (named[-1] + 1) if named else 0
        elif any(cell.strip() for cell in record):
            _check_field_count(number, record, expected)
        yield number, list(record)


def _check_field_count(number: int, record: list[str], expected: int) -> None:
    """A CSV row with fewer fields than the header lost a separator or a quote: its values
    slid into the wrong columns.  (A row with more fields is refused by the "column
    without a name" check, which names the stray value; empty trailing fields are fine.)"""
    if len(record) >= expected:
        return
    raise ImportRowError(
        number,
        None,
        f"it has {len(record)} fields but the header row has {expected}, so its values "
        "would land in the wrong columns; every row needs every separator (leave a "
        "value empty, not out)",
        code="import.row.field_count",
        fields=len(record),
        expected=expected,
    )


def _quote_error(row: int, line: int, reason: str) -> ImportRowError:
    if "unexpected end of data" in reason:
        return ImportRowError(
            row,
            None,
            f'a quote (") opened on line {line} is never closed, so the rest of the file '
            "would become one cell; close or remove that quote",
            code="import.row.unclosed_quote",
            line=line,
        )
    return ImportRowError(
        row,
        None,
        f'the quotes (") are malformed ({reason}); a value with quotes inside must be '
        'quoted itself, with each inner quote doubled ("")',
        code="import.row.bad_quotes",
        line=line,
        reason=reason,
    )


# What openpyxl raises on damaged or foreign files, found by feeding it broken workbooks.
_XLSX_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    InvalidFileException,
    zlib.error,
    EOFError,
    OSError,
    LookupError,
    ValueError,
    TypeError,
    AttributeError,
    SyntaxError,  # xml.etree.ElementTree.ParseError
    NotImplementedError,
)


@contextmanager
def _xlsx_rows(path: Path) -> Iterator[Rows]:
    """Numbered rows of the first worksheet; openpyxl failures become ImportFileError."""
    check_xlsx_archive(path)
    with warnings.catch_warnings(), path.open("rb") as handle:
        warnings.simplefilter("ignore")  # openpyxl warns about features it drops on reading
        try:
            book = load_workbook(handle, read_only=True, data_only=True)
        except _XLSX_ERRORS:
            raise ImportFileError(UNREADABLE_WORKBOOK) from None
        try:
            if not book.worksheets:
                raise ImportFileError("The Excel workbook has no worksheet.")
            sheet = book.worksheets[0]
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()  # stored sizes are often wrong; read every cell

            def rows() -> Rows:
                source = sheet.iter_rows(values_only=True)
                number = 0
                while True:
                    try:
                        values = next(source)
                    except StopIteration:
                        return
                    except _XLSX_ERRORS:
                        raise ImportFileError(UNREADABLE_WORKBOOK) from None
                    number += 1
                    cells: list[object] = list(values)
                    while cells and is_blank(cells[-1]):
                        cells.pop()  # styled empty cells at the right of a row
                    check_row_shape(number, len(cells))
                    yield number, cells

            yield rows()
        finally:
            book.close()


@contextmanager
def _csv_source(data: bytes) -> Iterator[Rows]:
    yield _csv_rows(data)


def _file_size(path: Path) -> int:
    try:
        if path.is_dir():
            raise ImportFileError(f"{path} is a folder, not a file.", path=path)
        return path.stat().st_size
    except FileNotFoundError:
        raise ImportFileError(f"There is no file at {path}.", path=path) from None
    except OSError as error:
        raise ImportFileError(
            f"The file {path} cannot be read: {error.strerror}.", path=path, strerror=error.strerror
        ) from None


def read_cases(path: Path, *, row_errors: list[ImportRowError] | None = None) -> list[ImportedCase]:
    """Read and check every row of a .csv or .xlsx case list; nothing is written.

    Given a ``row_errors`` list, a row with a bad value is added to it and reading goes
    on, so a preview can list every bad row at once; import nothing unless it stays empty.

    Raises :class:`ImportFileError` when the file as a whole cannot be used
    (missing, wrong type, unreadable, too large, no header, no rows) and
    :class:`ImportRowError` for the first row, in file order, with a bad value
    (the header is row 1).  See docs/import.md for the columns and formats.
    """
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        shown = f"'{path.suffix}'" if path.suffix else "no extension"
        hint = " Save the sheet as .xlsx in Excel." if suffix in {".xls", ".xlsm", ".ods"} else ""
        raise ImportFileError(
            f"Cannot import a file with {shown}; use a .csv or .xlsx file.{hint}",
            code="import.file.wrong_type",
            extension=path.suffix,
        )
    size = _file_size(path)
    if size > MAX_BYTES:
        raise ImportFileError(
            f"The file is {size / 1024 / 1024:.0f} MB; files over "
            f"{MAX_BYTES // 1024 // 1024} MB cannot be imported, so split it into smaller files.",
            code="import.file.too_large",
            size_mb=round(size / 1024 / 1024),
            max_mb=MAX_BYTES // 1024 // 1024,
        )
    if size == 0:
        raise ImportFileError("The file is empty.")
    try:
        source = _csv_source(path.read_bytes()) if suffix == ".csv" else _xlsx_rows(path)
        with source as rows:
            return _read_rows(rows, row_errors)
    except FileNotFoundError:
        raise ImportFileError(f"There is no file at {path}.", path=path) from None
    except OSError as error:
        raise ImportFileError(
            f"The file {path} cannot be read: {error.strerror}.", path=path, strerror=error.strerror
        ) from None


def _read_rows(rows: Rows, row_errors: list[ImportRowError] | None = None) -> list[ImportedCase]:
    first = next(rows, None)
    if first is None:
        raise ImportFileError("The file is empty.")
    header = _read_header(first[1])
    cases: list[ImportedCase] = []
    for number, cells in rows:
        if all(is_blank(cell) for cell in cells):
            continue
        if len(cases) >= MAX_ROWS:
            raise ImportFileError(
                f"The file has more than {MAX_ROWS:,} rows; split it into smaller files.",
                max_rows=MAX_ROWS,
            )
        try:
            cases.append(_read_row(number, cells, header))
        except ImportRowError as error:
            if row_errors is None:
                raise
            row_errors.append(error)
    if not cases and not row_errors:
        raise ImportFileError("The file has a header but no rows of cases (no rows to import).")
    return cases
