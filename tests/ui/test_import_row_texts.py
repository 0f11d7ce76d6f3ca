"""A bad cell in an import file: the Japanese message quotes the value to fix.

Before, every value error read "値がこの列の形式に合いません（…）" with no value, so on a
long spreadsheet the counselor had to guess what was wrong in the cell.
"""

from __future__ import annotations

from pathlib import Path

from desktop.cases.importer import read_cases
from desktop.errors import ImportRowError
from tests.ui.japanese_screen import japanese
from ui.error_text import user_message

__all__ = ["japanese"]  # the fixture, used by name


def _row_errors(tmp_path: Path) -> list[ImportRowError]:
    path = tmp_path / "cases.csv"
    path.write_text(
        "氏名,国籍,言語,電話,概要,在留期限\n"
        "Ram Bahadur Thapa,NP,ne,,労災の相談,2027-13-01\n"
        "Ko Aung,Atlantis,my,,賃金の未払い,\n",
        encoding="utf-8",
    )
    errors: list[ImportRowError] = []
    read_cases(path, row_errors=errors)
    return errors


def test_value_errors_quote_the_cell_in_japanese(japanese: None, tmp_path: Path) -> None:
    errors = _row_errors(tmp_path)
    assert [error.code for error in errors] == ["import.row.value", "import.row.value"]
    messages = [user_message(error) for error in errors]
    assert messages[0].startswith("2行目") and "「2027-13-01」" in messages[0], messages
    assert messages[1].startswith("3行目") and "「Atlantis」" in messages[1], messages
    assert "国籍" in messages[1]


def test_value_errors_keep_the_precise_sentence_in_english(tmp_path: Path) -> None:
    messages = [user_message(error) for error in _row_errors(tmp_path)]
    assert "not a real date" in messages[0], messages
    assert "ISO country code" in messages[1], messages
