"""Error templates for importing cases from CSV or Excel files (ui.error_text).

A row error reads "Row N, column “X”: …" with the problem from ``ROW_PROBLEMS``; a file
error is a whole sentence from ``TEMPLATES``.  Same form as ui.error_texts_vault.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# The problem part of "Row N, column “X”: problem." for each import.row code.
ROW_PROBLEMS: dict[str, object] = {
    "import.row": QT_TRANSLATE_NOOP(
        "Errors",
        "the value does not fit this column (dates like 2026-03-31, codes as listed in the "
        "import guide)",
    ),
    "import.row.value": QT_TRANSLATE_NOOP(
        "Errors",
        "“{value}” does not fit this column (dates like 2026-03-31, codes as listed in the "
        "import guide)",
    ),
    "import.row.empty_name": QT_TRANSLATE_NOOP("Errors", "the worker's name is empty"),
    "import.row.excel_error": QT_TRANSLATE_NOOP(
        "Errors", "the cell holds an Excel error (#N/A, #REF! …); fix the formula"
    ),
    "import.row.unknown_column": QT_TRANSLATE_NOOP(
        "Errors",
        "this column is not one Madoguchi knows; rename or remove it (see the import guide)",
    ),
    "import.row.duplicate_column": QT_TRANSLATE_NOOP("Errors", "this column appears twice"),
    "import.row.missing_column": QT_TRANSLATE_NOOP(
        "Errors", "this required column is missing from the header row"
    ),
    "import.row.unnamed_column": QT_TRANSLATE_NOOP(
        "Errors", "a value is in a column without a name in the header row"
    ),
    "import.row.field_count": QT_TRANSLATE_NOOP(
        "Errors", "the row has a different number of fields than the header row"
    ),
    "import.row.unclosed_quote": QT_TRANSLATE_NOOP(
        "Errors",
        'a quote (") opened on line {line} is never closed, so the rest of the file would '
        "become one cell; close or remove that quote",
    ),
    "import.row.bad_quotes": QT_TRANSLATE_NOOP(
        "Errors",
        'the quotes (") on line {line} are malformed; a value with quotes inside must be '
        'quoted itself, with each inner quote doubled ("")',
    ),
    "import.row.nul_byte": QT_TRANSLATE_NOOP(
        "Errors",
        "the cell holds a NUL byte, so this is not CSV text; save the file again as CSV UTF-8",
    ),
    "import.row.encoding": QT_TRANSLATE_NOOP(
        "Errors",
        "the text there is neither UTF-8 nor Shift_JIS (the file mixes encodings); save the "
        "file again as CSV UTF-8 and import that file",
    ),
}

TEMPLATES: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as object
    "import.file": QT_TRANSLATE_NOOP(
        "Errors",
        "The file cannot be imported (it is missing, empty, unreadable or not a case list); "
        "save it again as CSV UTF-8 or .xlsx with the column names in row 1.",
    ),
    "import.file.changed": QT_TRANSLATE_NOOP(  # raised by ui/dialogs/import_cases.py
        "Errors", "The file {path} changed after the check; check it again before importing."
    ),
    "import.file.wrong_type": QT_TRANSLATE_NOOP(
        "Errors", "Cannot import a file ending in {extension}; use a .csv or .xlsx file."
    ),
    "import.file.too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is {size_mb} MB; files over {max_mb} MB cannot be imported, so split it "
        "into smaller files.",
    ),
    "import.file.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The Excel workbook cannot be read; open it in Excel and save it again as .xlsx or "
        "CSV UTF-8.",
    ),
    "import.file.xlsx_too_many_parts": QT_TRANSLATE_NOOP(
        "Errors",
        "The Excel workbook holds {parts} parts (at most {max_parts}); it is not a case list "
        "saved by Excel, so it is not read.",
    ),
    "import.file.xlsx_too_large_unpacked": QT_TRANSLATE_NOOP(
        "Errors",
        "The Excel workbook unpacks to {size_mb} MB (at most {max_mb} MB); split it into "
        "smaller files.",
    ),
    "import.file.xlsx_bomb": QT_TRANSLATE_NOOP(
        "Errors",
        "A part of the Excel workbook unpacks to {ratio} times its stored size (at most "
        "{max_ratio}); it looks like a zip bomb and is not read.",
    ),
    "import.file.too_many_sheet_rows": QT_TRANSLATE_NOOP(
        "Errors",
        "The sheet has more than {max_rows} rows (empty ones included); delete the empty rows "
        "at its end or split it.",
    ),
    "import.file.too_many_columns": QT_TRANSLATE_NOOP(
        "Errors",
        "Row {row} has {cells} cells (at most {max_columns}); delete the empty columns at the "
        "right of the sheet and import again.",
    ),
}

GENERIC = frozenset({"import.file"})  # import.row keeps its English detail itself
