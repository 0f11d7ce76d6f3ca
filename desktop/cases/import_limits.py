"""Limits an import file must keep before a parser touches it (zip bombs, giant sheets).

An .xlsx file is a zip archive of XML parts.  A few hundred kilobytes can declare
gigabytes of XML (a "zip bomb"), and openpyxl would inflate it into memory.  So the
archive's central directory (names and declared sizes only, nothing inflated) is read
first and the file refused when it is out of proportion.  Python's zipfile never
inflates a member beyond the size the directory declares (and checks its CRC), so the
declared sizes bound what openpyxl can be made to read.

The rows and columns of a sheet are bounded while reading (:func:`check_row_shape`).
The numbers are documented for NGO staff in docs/import.md.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.errors import ImportFileError

MAX_XLSX_PARTS = 2_000
"""A case list made by Excel holds a dozen parts; thousands mean a crafted file."""

MAX_XLSX_UNPACKED_BYTES = 300 * 1024 * 1024
"""Total declared uncompressed size: a 100,000-row list with every column filled
unpacks to about 150 MB of XML."""

MAX_PART_RATIO = 200
"""Largest uncompressed/compressed ratio of one part bigger than RATIO_FLOOR_BYTES.
Excel's XML compresses about 10 to 40 times; deflate's ceiling is about 1,030."""

RATIO_FLOOR_BYTES = 1024 * 1024
"""Parts smaller than this may compress as well as they like (styles, a tiny sheet)."""

MAX_SHEET_ROWS = 1_048_576
"""Excel's own row limit; rows counted here include empty ones."""

MAX_COLUMNS = 1_000
"""Cells read per row; the accepted columns are 21."""

UNREADABLE_WORKBOOK = (
    "The Excel workbook cannot be read; it may be damaged or password-protected. "
    "Open it in Excel, save a copy as .xlsx without a password and import that."
)


def check_xlsx_archive(path: Path) -> None:
    """Refuse a workbook whose zip directory declares too much, before anything inflates."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ImportFileError(UNREADABLE_WORKBOOK, code="import.file.unreadable") from None
    if len(parts) > MAX_XLSX_PARTS:
        raise ImportFileError(
            f"The Excel workbook holds {len(parts):,} parts (at most {MAX_XLSX_PARTS:,}); "
            "it is not a case list saved by Excel, so it is not read.",
            code="import.file.xlsx_too_many_parts",
            parts=len(parts),
            max_parts=MAX_XLSX_PARTS,
        )
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ImportFileError(
            f"The Excel workbook unpacks to {unpacked / 1024 / 1024:,.0f} MB (at most "
            f"{MAX_XLSX_UNPACKED_BYTES // 1024 // 1024} MB); split it into smaller files.",
            code="import.file.xlsx_too_large_unpacked",
            size_mb=round(unpacked / 1024 / 1024),
            max_mb=MAX_XLSX_UNPACKED_BYTES // 1024 // 1024,
        )
    for part in parts:
        if part.file_size <= RATIO_FLOOR_BYTES:
            continue
        ratio = part.file_size / max(part.compress_size, 1)
        if ratio > MAX_PART_RATIO:
            raise ImportFileError(
                f"The Excel workbook's part {part.filename} unpacks to {ratio:,.0f} times its "
                f"stored size (at most {MAX_PART_RATIO}); it looks like a zip bomb and is "
                "not read.",
                code="import.file.xlsx_bomb",
                part=part.filename,
                ratio=round(ratio),
                max_ratio=MAX_PART_RATIO,
            )


def check_row_shape(number: int, cells: int) -> None:
    """Refuse a sheet that runs past Excel's rows or our columns (read row by row)."""
    if number > MAX_SHEET_ROWS:
        raise ImportFileError(
            f"The sheet has more than {MAX_SHEET_ROWS:,} rows (empty ones included); "
            "delete the empty rows at its end or split it.",
            code="import.file.too_many_sheet_rows",
            max_rows=MAX_SHEET_ROWS,
        )
    if cells > MAX_COLUMNS:
        raise ImportFileError(
            f"Row {number} has {cells:,} cells (at most {MAX_COLUMNS:,}); delete the empty "
            "columns at the right of the sheet and import again.",
            code="import.file.too_many_columns",
            row=number,
            cells=cells,
            max_columns=MAX_COLUMNS,
        )
