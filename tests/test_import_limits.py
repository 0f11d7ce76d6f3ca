"""Hostile or broken import files: zip bombs and giant sheets are refused before openpyxl
inflates them; CSV structure errors name their row; nothing is ever imported from them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.cases import import_limits
from desktop.cases.importer import read_cases
from desktop.errors import ImportFileError, ImportRowError
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
HEADER = "full_name,nationality,language,phone,summary"


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _zip_bomb(path: Path, unpacked_mb: int) -> Path:
    """A real workbook whose sheet holds one cell of ``unpacked_mb`` MB of text: under a
    megabyte on disk, and openpyxl would build the whole string in memory."""
    made = _workbook(path.with_name("plain.xlsx"), [HEADER.split(","), ["A", "VN", "vi", "1", "x"]])
    sheet_name = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w") as out:
        for item in source.infolist():
            if item.filename != sheet_name:
                out.writestr(item, source.read(item.filename))
        original = source.read(sheet_name)
        end = original.index(b"</sheetData>")
        bomb = zipfile.ZipInfo(sheet_name)
        bomb.compress_type = zipfile.ZIP_DEFLATED
        with out.open(bomb, "w", force_zip64=True) as part:
            part.write(original[:end] + b'<row r="3"><c r="A3" t="inlineStr"><is><t>')
            block = b"A" * (1024 * 1024)
            for _ in range(unpacked_mb):
                part.write(block)
            part.write(b"</t></is></c></row>" + original[end:])
    return path


def _file_error(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as raised:
        read_cases(path)
    return raised.value


def _row_error(path: Path) -> ImportRowError:
    with pytest.raises(ImportRowError) as raised:
        read_cases(path)
    return raised.value


# -- xlsx ----------------------------------------------------------------------------------


def test_a_zip_bomb_is_refused_from_its_directory_before_anything_inflates(
    tmp_path: Path,
) -> None:
    bomb = _zip_bomb(tmp_path / "bomb.xlsx", unpacked_mb=64)
    assert bomb.stat().st_size < 1024 * 1024  # small on disk …
    started = time.perf_counter()
    error = _file_error(bomb)
    assert time.perf_counter() - started < 1.0  # … and refused without inflating 64 MB
    assert error.code == "import.file.xlsx_bomb"
    assert error.params["part"] == "xl/worksheets/sheet1.xml"
    assert int(str(error.params["ratio"])) > import_limits.MAX_PART_RATIO
    assert "zip bomb" in str(error)


def test_a_workbook_that_unpacks_too_large_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = _workbook(tmp_path / "big.xlsx", [HEADER.split(","), ["A", "VN", "vi", "1", "x"]])
    unpacked = sum(i.file_size for i in zipfile.ZipFile(book).infolist())
    monkeypatch.setattr(import_limits, "MAX_XLSX_UNPACKED_BYTES", unpacked - 1)
    error = _file_error(book)
    assert error.code == "import.file.xlsx_too_large_unpacked"
    monkeypatch.setattr(import_limits, "MAX_XLSX_UNPACKED_BYTES", unpacked)
    assert len(read_cases(book)) == 1


def test_a_workbook_with_thousands_of_parts_is_refused(tmp_path: Path) -> None:
    made = _workbook(tmp_path / "plain.xlsx", [HEADER.split(","), ["A", "VN", "vi", "1", "x"]])
    crowded = tmp_path / "crowded.xlsx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(crowded, "w") as out:
        for item in source.infolist():
            out.writestr(item, source.read(item.filename))
        for i in range(import_limits.MAX_XLSX_PARTS):
            out.writestr(f"xl/media/extra{i}.bin", b"")
    assert _file_error(crowded).code == "import.file.xlsx_too_many_parts"


def test_a_row_past_the_column_limit_is_refused(tmp_path: Path) -> None:
    wide = ["A", "VN", "vi", "1", "x"] + [None] * 1_200 + ["far away"]
    book = _workbook(tmp_path / "wide.xlsx", [HEADER.split(","), wide])
    error = _file_error(book)
    assert error.code == "import.file.too_many_columns"
    assert error.params["row"] == 2


def test_a_sheet_past_the_row_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[list[object]] = [HEADER.split(",")]
    rows += [[f"W{i}", "VN", "vi", "1", "x"] for i in range(12)]
    book = _workbook(tmp_path / "long.xlsx", rows)
    monkeypatch.setattr(import_limits, "MAX_SHEET_ROWS", 10)
    assert _file_error(book).code == "import.file.too_many_sheet_rows"


# -- csv -------------------------------------------------------------------------------------


def _csv(path: Path, text: bytes) -> Path:
    path.write_bytes(text)
    return path


def test_an_unclosed_quote_names_its_row_instead_of_swallowing_the_file(tmp_path: Path) -> None:
    lines = [HEADER, "Row Two,VN,vi,1,ok", 'Row Three,VN,vi,1,"the quote never closes']
    lines += [f"Row {i},VN,vi,1,fine" for i in range(4, 14)]
    source = _csv(tmp_path / "quote.csv", ("\n".join(lines) + "\n").encode())
    error = _row_error(source)
    assert (error.row, error.code) == (3, "import.row.unclosed_quote")
    assert error.params["line"] == 3
    assert "never closed" in str(error) and "Nothing was imported" in str(error)


def test_a_quote_in_the_middle_of_a_quoted_value_names_its_row(tmp_path: Path) -> None:
    text = f'{HEADER}\nA,VN,vi,1,ok\nB,VN,vi,1,"he said "no" twice"\n'.encode()
    error = _row_error(_csv(tmp_path / "q.csv", text))
    assert (error.row, error.code) == (3, "import.row.bad_quotes")


def test_a_row_with_too_few_fields_names_its_row(tmp_path: Path) -> None:
    text = f"{HEADER}\nA,VN,vi,1,ok\nB,VN,vi\nC,VN,vi,1,ok\n".encode()
    error = _row_error(_csv(tmp_path / "short.csv", text))
    assert (error.row, error.code) == (3, "import.row.field_count")
    assert error.params["fields"] == 3 and error.params["expected"] == 5


def test_trailing_empty_fields_and_blank_rows_are_fine(tmp_path: Path) -> None:
    text = f"{HEADER},,\nA,VN,vi,1,ok,,\n,,,,,,\nB,VN,vi,1,ok\n".encode()
    assert [case.worker["full_name"] for case in read_cases(_csv(tmp_path / "ok.csv", text))] == [
        "A",
        "B",
    ]


def test_a_nul_byte_names_its_row_and_column(tmp_path: Path) -> None:
    text = f"{HEADER}\nA,VN,vi,1,ok\nB,VN,v\x00i,1,ok\n".encode()
    error = _row_error(_csv(tmp_path / "nul.csv", text))
    assert (error.row, error.column, error.code) == (3, "C", "import.row.nul_byte")


def test_a_wrong_encoding_names_its_row_even_after_a_quoted_line_break(tmp_path: Path) -> None:
    good = f'{HEADER}\nA,VN,vi,1,"two\nlines"\nB,VN,vi,1,ok\n'.encode()
    text = good + b"C,VN,vi,1,Jos" + b"\xe9\xff Garc\n"
    error = _row_error(_csv(tmp_path / "mixed.csv", text))
    assert (error.row, error.code) == (4, "import.row.encoding")


def test_the_cli_imports_nothing_from_an_unclosed_quote(vault: Vault, tmp_path: Path) -> None:
    folder = vault.folder
    vault.close()
    lines = [HEADER, 'One,VN,vi,1,"open'] + [f"Row {i},VN,vi,1,fine" for i in range(10)]
    source = _csv(tmp_path / "quote.csv", ("\n".join(lines) + "\n").encode())
    environ = {**os.environ, "MADOGUCHI_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", "--vault", str(folder), str(source)],
        capture_output=True, text=True, env=environ, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Imported" not in result.stdout
    assert result.stderr.strip().splitlines() == [
        'madoguchi: Import stopped at row 2: a quote (") opened on line 2 is never closed, '
        "so the rest of the file would become one cell; close or remove that quote. "
        "Nothing was imported."
    ]
