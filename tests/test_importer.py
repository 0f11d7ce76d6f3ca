"""The CSV/Excel case-list importer: formats, encodings, and the row and column of every error."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.cases import importer
from desktop.cases.importer import ImportedCase, read_cases
from desktop.cases.service import CaseService
from desktop.errors import ImportFileError, ImportRowError

HEADER = ["full_name", "nationality", "language", "phone", "summary"]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def row_error(path: Path) -> ImportRowError:
    with pytest.raises(ImportRowError) as caught:
        read_cases(path)
    return caught.value


def file_error(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_cases(path)
    return caught.value


def rewrite_sheet(made: Path, out: Path, old: bytes, new: bytes) -> Path:
    """A copy of a workbook with bytes of its first sheet's XML replaced."""
    with zipfile.ZipFile(made) as original, zipfile.ZipFile(out, "w") as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert old in data
                data = data.replace(old, new)
            copy.writestr(item, data)
    return out


# --- good files --------------------------------------------------------------------------


def test_utf8_bom_csv_with_many_scripts(tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "list.csv",
        [
            [" Full_Name ", "NAME_KATAKANA", "name_native", "nationality", "language", "phone",
             "summary", "date_of_birth", "gender", "residence_status", "residence_expiry",
             "residence_card_number", "topics", "status", "assignee", "opened_on", "note"],
            ["Nguyễn Thị Hương", "グエン・ティ・フオン", "Nguyễn Thị Hương", "Viet Nam",
             "vi; ja", " 090-1234-5678 ", "Tiền lương chưa trả 給料未払い", "1999/4/5", "女性",
             "技能実習２号", "2026.01.31", "ab 1234-5678 cd", "労働:unpaid_wages; 生活",
             "in_progress", "Sato", "2025年3月1日", "First call.\nSays she is scared."],
            ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
            ["Somchai Jaidee", "ｿﾑﾁｬｲ", "สมชาย ใจดี", "タイ", "Thai", "080-0000-1111", "",
             "", "M", "特定技能1号", "", "", "medical_welfare", "", "", "", ""],
            ["Aung Kyaw", "", "အောင်ကျော်", "mm", "my-mm, Burmese", "", "寮の問題", "",
             "", "", "", "", "", "", "", "", ""],
        ],
    )  # fmt: skip
    cases = read_cases(source)
    assert [c.row for c in cases] == [2, 4, 5]
    assert cases[0] == ImportedCase(
        row=2,
        case={
            "summary": "Tiền lương chưa trả 給料未払い",
            "status": "in_progress",
            "assignee": "Sato",
            "opened_on": "2025-03-01",
        },
        worker={
            "full_name": "Nguyễn Thị Hương",
            "name_katakana": "グエン・ティ・フオン",
            "name_native": "Nguyễn Thị Hương",
            "nationality": "VN",
            "languages": ["vi", "ja"],
            "phone": "090-1234-5678",
            "date_of_birth": "1999-04-05",
            "gender": "female",
            "residence_status": "technical_intern_2",
            "residence_expiry": "2026-01-31",
            "residence_card_number": "AB12345678CD",
        },
        topics=[
            {"category": "labour", "subtopic": "unpaid_wages", "status": "open"},
            {"category": "daily_life", "status": "open"},
        ],
        note="First call.\nSays she is scared.",
    )
    thai = cases[1]
    assert thai.worker == {
        "full_name": "Somchai Jaidee",
        "name_katakana": "ソムチャイ",  # half-width katakana made full-width
        "name_native": "สมชาย ใจดี",
        "nationality": "TH",
        "languages": ["th"],
        "phone": "080-0000-1111",
        "gender": "male",
        "residence_status": "specified_skilled_1",
    }
    assert thai.case == {"status": "open"}
    assert thai.topics == [{"category": "medical_welfare", "status": "open"}]
    assert thai.note is None
    myanmar = cases[2]
    assert myanmar.worker["name_native"] == "အောင်ကျော်"
    assert myanmar.worker["nationality"] == "MM"
    assert myanmar.worker["languages"] == ["my-MM", "my"]
    assert "phone" not in myanmar.worker
    assert myanmar.case == {"summary": "寮の問題", "status": "open"}


def test_cp932_csv_with_japanese_headers(tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "shift_jis.CSV",
        [
            ["氏名", "カタカナ", "国籍", "言語", "電話", "概要", "生年月日", "性別", "住所",
             "在留資格", "在留期限", "在留カード番号", "相談分野", "状態", "担当", "受付日", "メモ"],
            ["グエン・ヴァン・ナム", "グエン・ヴァン・ナム", "ベトナム", "ベトナム語・日本語",
             "090-2222-3333", "残業代未払い", "1998年12月1日", "男", "愛知県豊田市",
             "技術・人文知識・国際業務", "2027/3/31", "ＡＢ１２３４５６７８ＣＤ",
             "労働：overtime；在留：renewal", "対応中", "田中", "2025/04/01", "通訳が必要"],
            ["李 美玲", "リ・メイリン", "中国", "中国語", "", "", "", "女", "",
             "なし", "", "", "", "", "", "", ""],
        ],
        encoding="cp932",
    )  # fmt: skip
    with pytest.raises(UnicodeDecodeError):
        source.read_bytes().decode("utf-8")  # the file really is Shift_JIS
    first, second = read_cases(source)
    assert first.worker["full_name"] == "グエン・ヴァン・ナム"
    assert first.worker["nationality"] == "VN"
    assert first.worker["languages"] == ["vi", "ja"]
    assert first.worker["gender"] == "male"
    assert first.worker["address"] == "愛知県豊田市"
    assert first.worker["residence_status"] == "engineer_humanities"
    assert first.worker["residence_expiry"] == "2027-03-31"
    assert first.worker["residence_card_number"] == "AB12345678CD"
    assert first.worker["date_of_birth"] == "1998-12-01"
    assert first.case == {
        "summary": "残業代未払い",
        "status": "in_progress",
        "assignee": "田中",
        "opened_on": "2025-04-01",
    }
    assert first.topics == [
        {"category": "labour", "subtopic": "overtime", "status": "open"},
        {"category": "residence", "subtopic": "renewal", "status": "open"},
    ]
    assert first.note == "通訳が必要"
    assert second.worker == {
        "full_name": "李 美玲",
        "name_katakana": "リ・メイリン",
        "nationality": "CN",
        "languages": ["zh"],
        "gender": "female",
        "residence_status": "none_overstay",
    }


def test_tab_separated_csv(tmp_path: Path) -> None:
    source = tmp_path / "tabs.csv"
    source.write_text(
        "full_name\tnationality\tlanguage\tphone\tsummary\n"
        "Maria Santos, Jr.\tPhilippines\ttl;en\t070-1234-0000\twage, deductions\n",
        encoding="utf-8",
    )
    (case,) = read_cases(source)
    assert case.worker == {
        "full_name": "Maria Santos, Jr.",
        "nationality": "PH",
        "languages": ["tl", "en"],
        "phone": "070-1234-0000",
    }
    assert case.case["summary"] == "wage, deductions"


def test_comma_csv_whose_values_contain_tabs_stays_comma_separated(tmp_path: Path) -> None:
    source = tmp_path / "commas.csv"
    source.write_text(
        "full_name,nationality,language,phone,summary\nA\tB,NP,ne,1,x\n", encoding="utf-8"
    )
    (case,) = read_cases(source)
    assert case.worker["full_name"] == "A\tB"
    assert case.worker["nationality"] == "NP"


def test_xlsx_with_date_cells_and_number_phones(tmp_path: Path) -> None:
    source = tmp_path / "Cases.XLSX"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "cases"
    sheet.append([*HEADER, "date_of_birth", "residence_expiry", "opened_on", "note"])
    sheet.append(["Siti Rahayu", "ID", "id", 9012345678, "寮", date(2001, 2, 3),
                  datetime(2026, 5, 31, 0, 0), "2025-03-01", None])  # fmt: skip
    sheet.append(["Dewi", "インドネシア", "Indonesian", 8012345678.0, None, None, None,
                  datetime(2025, 4, 2, 15, 30), 12345])  # fmt: skip
    other = book.create_sheet("ignored")
    other.append(["not", "a", "case", "list"])
    other.append(["x", "y", "z", "w"])
    book.save(source)

    first, second = read_cases(source)
    assert first.row == 2 and second.row == 3
    assert first.worker == {
        "full_name": "Siti Rahayu",
        "nationality": "ID",
        "languages": ["id"],
        "phone": "9012345678",
        "date_of_birth": "2001-02-03",
        "residence_expiry": "2026-05-31",
    }
    assert first.case == {"summary": "寮", "opened_on": "2025-03-01", "status": "open"}
    assert second.worker["phone"] == "8012345678"
    assert second.worker["nationality"] == "ID"
    assert second.case == {"opened_on": "2025-04-02", "status": "open"}
    assert second.note == "12345"


def test_xlsx_numbers_stored_as_floats_lose_their_point_zero(tmp_path: Path) -> None:
    made = write_xlsx(tmp_path / "made.xlsx", [[*HEADER, "note"], ["A", "VN", "vi", 1, "", 2]])
    # As other spreadsheet programs may write numbers: with a point or in exponent form.
    step = rewrite_sheet(made, tmp_path / "step.xlsx", b"<v>1</v>", b"<v>9.012345678E9</v>")
    source = rewrite_sheet(step, tmp_path / "float.xlsx", b"<v>2</v>", b"<v>2.5</v>")
    (case,) = read_cases(source)
    assert case.worker["phone"] == "9012345678"
    assert case.note == "2.5"


def test_xlsx_with_a_wrong_stored_size_is_read_completely(tmp_path: Path) -> None:
    # Some programs write a wrong <dimension>; read-only openpyxl would then see column A only.
    made = write_xlsx(tmp_path / "made.xlsx", [HEADER, ["A", "VN", "vi", "1", "s"]])
    source = rewrite_sheet(made, tmp_path / "dim.xlsx", b'ref="A1:E2"', b'ref="A1:A1"')
    (case,) = read_cases(source)
    assert case.worker == {"full_name": "A", "nationality": "VN", "languages": ["vi"], "phone": "1"}
    assert case.case == {"summary": "s", "status": "open"}


def test_xlsx_rows_are_numbered_as_excel_shows_them(tmp_path: Path) -> None:
    source = write_xlsx(
        tmp_path / "gaps.xlsx",
        [HEADER, ["A", "VN", "vi", "1", ""], [], [None, "  ", None], ["B", "VN", "vi", "1", ""]],
    )
    assert [c.row for c in read_cases(source)] == [2, 5]


def test_imported_rows_are_accepted_by_the_case_service(
    tmp_path: Path, service: CaseService
) -> None:
    source = write_csv(
        tmp_path / "list.csv",
        [
            [*HEADER, "topics", "residence_expiry", "note"],
            ["Tran Thi Mai", "VN", "vi", "090", "給料", "labour:overtime", "2027-01-31", "hi"],
        ],
    )
    (row,) = read_cases(source)
    case_id = service.create_case(row.worker, case=row.case, topics=row.topics, note=row.note)
    view = service.get_case(case_id)
    assert view.worker is not None
    assert view.worker.data["languages"] == ["vi"]
    assert [t.data["subtopic"] for t in view.topics] == ["overtime"]
    assert [e.data["note"] for e in view.timeline] == ["hi"]


# --- bad values: the first bad row, the right column -----------------------------------

BAD_VALUES = [
    ("nationality", "Atlantis"),
    ("nationality", "XX"),
    ("language", "vi;Klingon"),
    ("language", "jp"),
    ("date_of_birth", "2025-02-30"),
    ("date_of_birth", "31/12/1990"),
    ("date_of_birth", "1025-01-01"),
    ("gender", "woman?"),
    ("residence_status", "技能実習4号"),
    ("residence_status", "tourist"),
    ("residence_expiry", "2025年13月1日"),
    ("residence_card_number", "AB1234567CD"),
    ("topics", "labour;宇宙"),
    ("topics", "labour:housing"),
    ("topics", "other:anything"),
    ("status", "done"),
    ("opened_on", "yesterday"),
    ("email", "#N/A"),
]


@pytest.mark.parametrize(("column", "value"), BAD_VALUES)
def test_bad_value_names_row_and_column(tmp_path: Path, column: str, value: str) -> None:
    extra = [] if column in HEADER else [column]
    header = [*HEADER, *extra]

    def row(name: str, bad: str | None) -> list[str]:
        cells = {"full_name": name, "nationality": "VN", "language": "vi", "phone": "1"}
        if bad is not None:
            cells[column] = bad
        return [cells.get(h, "") for h in header]

    source = write_csv(
        tmp_path / "bad.csv",
        [header, row("Good", None), [], row("Bad", value), row("Also bad", value)],
    )
    error = row_error(source)
    assert (error.row, error.column) == (4, column)
    shown = value.split(";")[-1].split(":")[-1]
    assert shown in error.problem
    assert "row 4" in str(error) and "Nothing was imported" in str(error)


def test_bad_xlsx_date_names_japanese_column(tmp_path: Path) -> None:
    source = write_xlsx(
        tmp_path / "ja.xlsx",
        [["氏名", "国籍", "言語", "電話", "概要", "在留期限"],
         ["A", "VN", "vi", 1, "", date(2026, 1, 1)],
         ["B", "VN", "vi", 1, "", 45000]],
    )  # fmt: skip
    error = row_error(source)
    assert (error.row, error.column) == (3, "在留期限")
    assert "45000" in error.problem and "format the cell as a date" in error.problem


def test_sub_topic_errors_say_which_sub_topics_exist(tmp_path: Path) -> None:
    header = [*HEADER, "topics"]
    wrong = write_csv(tmp_path / "w.csv", [header, ["A", "", "", "", "", "生活:overtime"]])
    assert "housing, banking, mobile_phone, transport, family" in row_error(wrong).problem
    none = write_csv(tmp_path / "n.csv", [header, ["A", "", "", "", "", "その他:overtime"]])
    assert "other has none" in row_error(none).problem


def test_empty_full_name_is_refused(tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "a.csv", [HEADER, ["A", "VN", "", "", ""], ["  ", "VN", "", "", "x"]]
    )
    error = row_error(source)
    assert (error.row, error.column) == (3, "full_name")


def test_empty_optional_required_columns_are_fine(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "a.csv", [HEADER, ["Only A Name", "", "", "", ""]])
    (case,) = read_cases(source)
    assert case.worker == {"full_name": "Only A Name"}
    assert case.case == {"status": "open"}
    assert case.topics == [] and case.note is None


def test_value_beyond_the_header_is_refused(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "a.csv", [HEADER, ["A", "VN", "vi", "1", "", "", "stray"]])
    error = row_error(source)
    assert (error.row, error.column) == (2, "G")
    assert "'stray'" in error.problem


def test_value_under_a_blank_header_cell_is_refused(tmp_path: Path) -> None:
    header = ["full_name", "", "nationality", "language", "phone", "summary"]
    ok = write_csv(tmp_path / "ok.csv", [header, ["A", "", "VN", "vi", "1", ""]])
    assert read_cases(ok)[0].worker["nationality"] == "VN"
    bad = write_csv(tmp_path / "bad.csv", [header, ["A", "lost?", "VN", "vi", "1", ""]])
    error = row_error(bad)
    assert (error.row, error.column) == (2, "B")


def test_overlong_text_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "long.xlsx", [HEADER, ["A", "VN", "vi", "1", "x" * 20_001]])
    error = row_error(source)
    assert (error.row, error.column) == (2, "summary")


# --- the header row --------------------------------------------------------------------


def test_unknown_column_lists_the_accepted_ones(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "a.csv", [[*HEADER, "Employer"], ["A", "VN", "vi", "1", "", "X"]])
    error = row_error(source)
    assert (error.row, error.column) == (1, "Employer")
    assert "unknown column" in error.problem
    for name in ("full_name", "residence_card_number", "note"):
        assert name in error.problem


def test_duplicate_column_even_under_another_name(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "a.csv", [[*HEADER, "電話"], ["A", "VN", "vi", "1", "", "2"]])
    error = row_error(source)
    assert (error.row, error.column) == (1, "電話")
    assert "twice" in error.problem


@pytest.mark.parametrize("missing", importer.REQUIRED_COLUMNS)
def test_missing_required_column(tmp_path: Path, missing: str) -> None:
    header = [h for h in HEADER if h != missing]
    source = write_csv(tmp_path / "a.csv", [header, ["x"] * len(header)])
    error = row_error(source)
    assert (error.row, error.column) == (1, missing)
    assert "missing" in error.problem


def test_required_columns_are_the_documented_ones() -> None:
    assert set(importer.REQUIRED_COLUMNS) == set(HEADER)


def test_every_column_and_alias_is_documented() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "import.md").read_text("utf-8")
    for name in (*importer.COLUMNS, *importer.HEADER_ALIASES):
        assert f"`{name}`" in doc, name


# --- whole-file problems ---------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty" in str(file_error(empty))
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\xef\xbb\xbf\r\n")
    assert "empty" in str(file_error(blank)).lower()


def test_header_without_rows(tmp_path: Path) -> None:
    csv_file = write_csv(tmp_path / "h.csv", [HEADER, [], ["", "", "", "", ""]])
    assert "no rows" in str(file_error(csv_file))
    xlsx_file = write_xlsx(tmp_path / "h.xlsx", [HEADER])
    assert "no rows" in str(file_error(xlsx_file))


def test_empty_worksheet(tmp_path: Path) -> None:
    assert "empty" in str(file_error(write_xlsx(tmp_path / "e.xlsx", [])))


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01 definitely not a workbook " * 40,
        b"PK\x03\x04" + bytes(range(256)) * 4,
        b"full_name,nationality\nA,VN\n",
    ],
    ids=["random-bytes", "broken-zip", "csv-text"],
)
def test_corrupt_xlsx(tmp_path: Path, content: bytes) -> None:
    source = tmp_path / "broken.xlsx"
    source.write_bytes(content)
    error = file_error(source)
    assert "workbook cannot be read" in str(error)
    assert error.__cause__ is None and error.__suppress_context__


def test_truncated_and_foreign_zips_are_corrupt_workbooks(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [HEADER, ["A", "VN", "vi", "1", ""]])
    data = good.read_bytes()
    assert len(read_cases(good)) == 1
    for cut in (10, len(data) // 3, len(data) // 2, len(data) - 30):
        broken = tmp_path / f"cut{cut}.xlsx"
        broken.write_bytes(data[:cut])
        assert "workbook cannot be read" in str(file_error(broken)), cut
    foreign = io.BytesIO()
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("hello.txt", "not a spreadsheet")
    other = tmp_path / "other.xlsx"
    other.write_bytes(foreign.getvalue())
    assert "workbook cannot be read" in str(file_error(other))


@pytest.mark.parametrize("name", ["cases.xls", "cases.txt", "cases.json", "cases"])
def test_wrong_extension(tmp_path: Path, name: str) -> None:
    source = tmp_path / name
    source.write_text("full_name\nA\n", encoding="utf-8")
    message = str(file_error(source))
    assert ".csv" in message and ".xlsx" in message
    assert (Path(name).suffix or "no extension") in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "no file" in str(file_error(tmp_path / "nowhere.csv")).lower()
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    assert "folder" in str(file_error(folder))


def test_neither_utf8_nor_shift_jis(tmp_path: Path) -> None:
    source = tmp_path / "latin.csv"
    source.write_bytes(
        b"full_name,nationality,language,phone,summary\nJos\xe9 Garc\xeda,PE,es,1,\n"
    )
    error = row_error(source)
    assert error.row == 2 and error.code == "import.row.encoding"
    assert "neither UTF-8 nor Shift_JIS" in str(error)


def test_utf16_csv_is_explained(tmp_path: Path) -> None:
    source = tmp_path / "unicode.csv"
    source.write_text("full_name\tnationality\n", encoding="utf-16")
    assert "UTF-16" in str(file_error(source))


def test_first_row_must_be_the_header(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "a.csv", [["", ""], HEADER, ["A", "VN", "vi", "1", ""]])
    assert "row 1" in str(file_error(source))


def test_row_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "MAX_ROWS", 3)
    rows = [["A", "VN", "vi", "1", ""]] * 3
    assert len(read_cases(write_csv(tmp_path / "ok.csv", [HEADER, *rows, []]))) == 3
    too_many = write_csv(tmp_path / "big.csv", [HEADER, *rows, rows[0]])
    assert "more than 3 rows" in str(file_error(too_many))


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = write_csv(tmp_path / "a.csv", [HEADER, ["A", "VN", "vi", "1", ""]])
    monkeypatch.setattr(importer, "MAX_BYTES", source.stat().st_size)
    assert len(read_cases(source)) == 1
    monkeypatch.setattr(importer, "MAX_BYTES", source.stat().st_size - 1)
    assert "cannot be imported" in str(file_error(source))
