"""Fuzzing the importer: any bytes give rows or one clear error, never a crash."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cases.importer import read_cases
from desktop.errors import ImportFileError, ImportRowError

HEADER = "full_name,nationality,language,phone,summary\n"


def _read(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        rows = read_cases(path)
    except (ImportFileError, ImportRowError) as exc:
        assert str(exc) and "\n" not in str(exc).strip()
    else:
        assert all(row.worker.get("full_name") for row in rows)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400))
def test_random_bytes_as_csv(tmp_path: Path, data: bytes) -> None:
    _read(tmp_path, "fuzz.csv", data)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=6), max_size=6))
def test_random_cells_under_a_valid_header(tmp_path: Path, rows: list[list[str]]) -> None:
    body = "\n".join(",".join('"' + c.replace('"', '""') + '"' for c in row) for row in rows)
    _read(tmp_path, "cells.csv", (HEADER + body).encode("utf-8", "surrogatepass"))


def _workbook_bytes() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["full_name", "nationality", "language", "phone", "summary"])
    sheet.append(["Nguyen Van An", "VN", "vi", "090", "x"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# Built once: hypothesis needs the same input on every run to replay and shrink.
WORKBOOK = _workbook_bytes()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_damaged_workbooks(tmp_path: Path, data: st.DataObject) -> None:
    raw = bytearray(WORKBOOK)
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(raw) // 2, len(raw)))
    _read(tmp_path, "damaged.xlsx", bytes(raw[:cut]))


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    _read(tmp_path, "other.xlsx", buffer.getvalue())
