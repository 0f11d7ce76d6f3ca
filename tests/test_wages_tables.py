"""The Wages tab's rows checked all at once: the bad cell named, or the row as a whole."""

from __future__ import annotations

from desktop.wages.tables import RowProblem, TableRows, check_rows, rows_from_csv, rows_to_csv


def _table(rows: list[list[str]]) -> TableRows:
    return TableRows(rows, list(range(1, len(rows) + 1)))


def test_each_bad_record_names_its_cell_or_says_the_times_do_not_fit() -> None:
    rows = [
        ["2025-04-01", "09:00", "18:00", "60", "12:00"],  # good
        ["2025-04-02", "9am", "18:00", "60", ""],  # start
        ["2025-04-03", "09:00", "18:00", "sixty", ""],  # break minutes
        ["2025-04-04", "09:00", "18:00", "60", "19:00"],  # break start after the shift
        ["2025-04-05", "12:00", "13:00", "30", "12:50"],  # each cell fine, the row not
        ["", "", "", "", ""],  # blank: ignored
        ["2025-02-30", "09:00", "18:00", "60", ""],  # date
    ]
    found = check_rows("records", _table(rows))
    assert [(p.line, p.column, p.value) for p in found] == [
        (2, "start", "9am"), (3, "break_minutes", "sixty"), (4, "break_start", "19:00"),
        (5, None, ""), (7, "date", "2025-02-30")]  # fmt: skip
    assert "9am" in str(found[0]) and str(found[0]).startswith("row 2:")


def test_payslip_cells_then_periods() -> None:
    rows = [
        ["2025-04-30", "gross", "", "20000", ""],
        ["2025-04-30", "deduction", "dorm", "5000", "maybe"],  # basis
        ["2025-04-30", "bonus", "", "1", ""],  # kind
        ["2025-04-30", "net", "", "15000", ""],  # fine alone
    ]
    found = check_rows("payslips", _table(rows))
    assert [(p.line, p.column) for p in found] == [(2, "basis"), (3, "kind")]
    # Each row good alone, the period not: net is not gross less the deductions.
    rows = [rows[0], ["2025-04-30", "deduction", "dorm", "5000", "none"],
            ["2025-04-30", "net", "", "16000", ""]]  # fmt: skip
    (problem,) = check_rows("payslips", _table(rows))
    assert problem == RowProblem(3, None, "2025-04-30", problem.detail)


def test_rows_round_trip_through_the_stored_csv() -> None:
    rows = [["2025-04-01", "22:00", "07:00", "60", ""]]
    text = rows_to_csv("records", [*rows, ["", "", "", "", ""]])
    assert text == "date,start,end,break_minutes,break_start\n2025-04-01,22:00,07:00,60,\n"
    assert rows_from_csv("records", text).rows == rows
