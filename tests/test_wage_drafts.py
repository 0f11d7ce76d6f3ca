"""Work records drafted from timeline entries: the recogniser, the merge rule, the CLI.

Real vault and service for the merge and the command; the recogniser is a pure function
checked on many ways of writing a shift, and on texts that must give none.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails, RecordView
from desktop.cases.wage_drafts import add_drafted_records, drafts_for_case
from desktop.wages.errors import WageDraftError
from desktop.wages.inputs import parse_records
from desktop.wages.shift_text import find_shifts
from desktop.wages.timeline_drafts import DIFFERS, NEW, SAME, draft_records, merge_drafts
from tests.test_cli import assert_one_line_error, run

REF = date(2025, 3, 20)  # the day the entries were written
HEADER = "date,start,end,break_minutes,break_start\n"

# (text, [(day, start, end, break minutes or None, break start or None), ...])
FOUND = [
    ("3月3日は8:00〜23:00まで働いた", [("2025-03-03", "08:00", "23:00", None, None)]),
    ("3/3 8時から23時", [("2025-03-03", "08:00", "23:00", None, None)]),
    ("3/3 8:00-23:00", [("2025-03-03", "08:00", "23:00", None, None)]),
    ("On 3 March I worked 8am to 11pm.", [("2025-03-03", "08:00", "23:00", None, None)]),
    ("I worked 8:00-23:00 on 3 March, no break", [("2025-03-03", "08:00", "23:00", 0, None)]),
    ("March 3rd: 8 a.m. - 11 p.m.", [("2025-03-03", "08:00", "23:00", None, None)]),
    ("３月３日　８：００～２３：００", [("2025-03-03", "08:00", "23:00", None, None)]),
    ("2025年3月3日 8時30分から17時", [("2025-03-03", "08:30", "17:00", None, None)]),
    ("令和7年3月3日 8時半から17時", [("2025-03-03", "08:30", "17:00", None, None)]),
    ("2025-03-03 9:30am - 5:30", [("2025-03-03", "09:30", "17:30", None, None)]),
    ("3月15日 午後1時から5時", [("2025-03-15", "13:00", "17:00", None, None)]),
    # an end past midnight: as written (the records format reads it as the next morning)
    ("3月5日 22:00〜翌6:00 休憩1時間", [("2025-03-05", "22:00", "06:00", 60, None)]),
    ("3/6 夜10時から朝5時まで", [("2025-03-06", "22:00", "05:00", None, None)]),
    ("3/7 18:00-26:00", [("2025-03-07", "18:00", "26:00", None, None)]),
    ("On 7 March from 10pm to 6am the next day", [("2025-03-07", "22:00", "06:00", None, None)]),
    # breaks as a length or as a range
    ("3/9 8:00〜17:00 休憩12時から13時", [("2025-03-09", "08:00", "17:00", 60, "12:00")]),
    ("March 8: 9:00 to 18:00, lunch break 12:00-13:00",
     [("2025-03-08", "09:00", "18:00", 60, "12:00")]),
    ("今日は9:00-18:00、30分休憩", [("2025-03-20", "09:00", "18:00", 30, None)]),
    ("Yesterday 7:00-19:00 (1 hour break)", [("2025-03-19", "07:00", "19:00", 60, None)]),
    ("3/18 8:00〜23:00休憩なし", [("2025-03-18", "08:00", "23:00", 0, None)]),
    ("3/17 9:00-18:00 with an hour's break", [("2025-03-17", "09:00", "18:00", 60, None)]),
    # several days and split shifts
    ("3/10と3/11は8:00-23:00", [("2025-03-10", "08:00", "23:00", None, None),
                               ("2025-03-11", "08:00", "23:00", None, None)]),
    ("3/12 8:00-12:00, 13:00-18:00", [("2025-03-12", "08:00", "12:00", None, None),
                                      ("2025-03-12", "13:00", "18:00", None, None)]),
    ("8am-12pm and 1pm-6pm on 13 March", [("2025-03-13", "08:00", "12:00", None, None),
                                          ("2025-03-13", "13:00", "18:00", None, None)]),
    ("3/1 8:00-17:00 休憩1時間、3/2 9:00-23:00 休憩なし",
     [("2025-03-01", "08:00", "17:00", 60, None), ("2025-03-02", "09:00", "23:00", 0, None)]),
    ("3月3日（月）\n8:00〜23:00", [("2025-03-03", "08:00", "23:00", None, None)]),
    ("3月3日は8:00〜23:00まで働いた。休憩なし。", [("2025-03-03", "08:00", "23:00", 0, None)]),
    ("3/3 8:00-18:00 1時間半の休憩", [("2025-03-03", "08:00", "18:00", 90, None)]),
    ("Mar 3, 2025: 9am until 6pm", [("2025-03-03", "09:00", "18:00", None, None)]),
    ("3/3 8:00〜17:00、12:00〜13:00は休憩", [("2025-03-03", "08:00", "17:00", 60, "12:00")]),
    ("3/3 1:30 p.m. to 10:30 p.m.", [("2025-03-03", "13:30", "22:30", None, None)]),
    ("一昨日 8時〜17時 休憩45分", [("2025-03-18", "08:00", "17:00", 45, None)]),
    ("3/4 22:00〜翌朝6:00", [("2025-03-04", "22:00", "06:00", None, None)]),
    # an appointment word with a work word is still a shift
    ("相談では、3/6は8:00〜23:00まで働いたとのこと", [("2025-03-06", "08:00", "23:00", None, None)]),
    ("相談者によると3/7は8時から23時", [("2025-03-07", "08:00", "23:00", None, None)]),
    # a day without a year is the latest one not after the entry
    ("4/1 8:00-17:00", [("2024-04-01", "08:00", "17:00", None, None)]),
]  # fmt: skip

NOTHING = [
    "8時から来た",  # one time, no range
    "3時間残業した",  # hours, not a time
    "給料は8,000円でした",
    "電話 090-1234-5678",
    "3/3 8-23",  # no colon, 時 or am/pm: too like other things
    "on 3 March from 8 to 11",
    "Meeting with the employer about the dismissal on 3 March.",
    "room 12-14, 2025-03-03",
    "The ratio was 3:1 and 10:2.",
    "3月3日 八時から二十三時",  # kanji numerals: not recognised (docs/wages.md)
    "3/3 8時に来て23時に帰った",  # arrival and leaving as two sentences: not recognised
]

NOT_PLACED = [
    ("毎日8時から23時まで働いた", "habit"),
    ("I usually work 8:00-23:00", "habit"),
    ("3月1日から3月31日まで8:00〜23:00", "period"),
    ("8:00-23:00 と言っていた", "no_day"),
    ("3/19 8:00〜翌9:00", "unusable"),
    ("2/30 8:00-17:00", "no_day"),
    ("2025-04-02 8:00-17:00", "future"),
    ("3/3 8:00-8:30 休憩1時間", "unusable"),
    ("3/5 10:00-11:00 会社と面談", "appointment"),
    ("Phone call with the employer on 3 March, 2pm to 3pm.", "appointment"),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_shifts_found_in_many_forms(
    text: str, expected: list[tuple[str, str, str, int | None, str | None]]
) -> None:
    shifts, unplaced = find_shifts(text, REF)
    got = [(s.day.isoformat(), s.start, s.end, s.break_minutes, s.break_start) for s in shifts]
    assert got == expected
    assert not unplaced
    for s in shifts:  # every draft is a record the calculator accepts
        parse_records(HEADER + f"{s.day},{s.start},{s.end},{s.break_minutes or ''},"
                      f"{s.break_start or ''}\n")  # fmt: skip


@pytest.mark.parametrize("text", NOTHING)
def test_texts_that_state_no_shift(text: str) -> None:
    assert find_shifts(text, REF) == ([], [])


@pytest.mark.parametrize(("text", "reason"), NOT_PLACED)
def test_times_that_are_not_one_days_record_are_reported(text: str, reason: str) -> None:
    shifts, unplaced = find_shifts(text, REF)
    assert shifts == []
    assert [u.reason for u in unplaced] == [reason]


_PIECES = ["3/3", "3月3日", "March 3", "today", "昨日", "8:00", "23:00", "8時", "23時", "半",
           "午後", "夜", "翌", "〜", "-", "から", "まで", " to ", "am", "pm", "休憩", "1時間",
           "30分", "break", "no break", "毎日", "。", "\n", " ", ",", "2025-03-03", "26:00",
           "12:00", "13:00", "は", "１", "：", "99:99", "0:00", "24:00", "8:30", "休憩1時間"]  # fmt: skip


_SHIFT_LIKE = st.tuples(
    st.sampled_from(["3/3 ", "3月3日 ", "On 3 March ", "今日 ", ""]),
    st.sampled_from(["", "午前", "午後", "夜", "朝"]),
    st.integers(0, 30), st.sampled_from([":00", ":30", "時", "時半", "am", "pm"]),
    st.sampled_from(["-", "〜", "から", " to "]), st.sampled_from(["", "翌", "夜"]),
    st.integers(0, 30), st.sampled_from([":00", ":45", "時", "am", "pm"]),
    st.sampled_from(["", " 休憩1時間", " 休憩30分", " no break", " 休憩12時から13時",
                     " break 2 hours", "。休憩なし"]),
).map(lambda p: f"{p[0]}{p[1]}{p[2]}{p[3]}{p[4]}{p[5]}{p[6]}{p[7]}{p[8]}")  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14) | st.text(max_size=80) | _SHIFT_LIKE)
def test_any_text_gives_usable_records_or_none(text: str | list[str]) -> None:
    """Fuzz: the recogniser never fails, and whatever it drafts the calculator accepts."""
    words = text if isinstance(text, str) else "".join(text)
    shifts, _unplaced = find_shifts(words, REF)
    for s in shifts:
        assert s.day <= REF
        parse_records(HEADER + f"{s.day},{s.start},{s.end},{s.break_minutes or ''},"
                      f"{s.break_start or ''}\n")  # fmt: skip


# -- the case, the merge rule --------------------------------------------------------------
def _entry(service: CaseService, case_id: str, note: str, kind: str = "consultation") -> str:
    return service.add_timeline_entry(
        case_id, {"note": note, "kind": kind, "occurred_at": "2025-03-20T10:00"}
    )


def _records(service: CaseService, case_id: str) -> str:
    wages = service.get_case(case_id).wages
    return str(wages.data.get("records") or "") if wages else ""


def test_drafts_show_their_entry_and_how_they_compare(service: CaseService) -> None:
    case_id = service.create_case({"full_name": "Nguyen A"})
    service.set_wages(case_id, {"records": HEADER + "2025-03-03,8:00,23:00,,\n"
                                           "2025-03-04,09:00,18:00,60,\n"})  # fmt: skip
    first = _entry(service, case_id, "3/3 8:00〜23:00、3/4 8:00〜22:00")
    _entry(service, case_id, "On 5 March 7am to 10pm, no break.")
    _entry(service, case_id, "Demand letter sent on 3/6 9:00-10:00", kind="demand_letter")
    sheet = drafts_for_case(service, case_id)
    got = [(d.shift.day.isoformat(), d.status, d.entry_id == first) for d in sheet.drafts]
    assert got == [("2025-03-03", SAME, True), ("2025-03-04", DIFFERS, True),
                   ("2025-03-05", NEW, False)]  # fmt: skip
    assert sheet.drafts[1].existing == (("2025-03-04", "09:00", "18:00", "60", ""),)
    assert sheet.drafts[0].shift.text == "3/3 8:00〜23:00、3/4 8:00〜22:00"


def test_accepting_adds_new_days_and_asks_before_replacing(service: CaseService) -> None:
    case_id = service.create_case({"full_name": "Nguyen B"})
    service.set_wages(case_id, {"records": HEADER + "2025-03-04,09:00,18:00,60,\n"})
    _entry(service, case_id, "3/4 8:00〜22:00 休憩1時間\n3/5 7:00-22:00 休憩なし")
    keys = [d.key for d in drafts_for_case(service, case_id).drafts]
    result = add_drafted_records(service, case_id, keys)
    assert [d.shift.day for d in result.added] == [date(2025, 3, 5)]
    assert result.kept_days == [date(2025, 3, 4)]  # recorded differently: not touched
    assert _records(service, case_id) == (
        HEADER + "2025-03-04,09:00,18:00,60,\n2025-03-05,07:00,22:00,0,\n"
    )
    result = add_drafted_records(service, case_id, keys, replace={date(2025, 3, 4)})
    assert result.replaced_days == [date(2025, 3, 4)]
    assert [d.shift.day for d in result.already] == [date(2025, 3, 5)]
    assert _records(service, case_id) == (
        HEADER + "2025-03-04,08:00,22:00,60,\n2025-03-05,07:00,22:00,0,\n"
    )
    # Again: everything is already there; nothing is written.
    before = service.get_case(case_id).wages
    result = add_drafted_records(service, case_id, keys)
    assert not result.added and len(result.already) == 2
    assert service.get_case(case_id).wages == before


def test_two_accounts_of_one_day_that_disagree_add_nothing(service: CaseService) -> None:
    case_id = service.create_case({"full_name": "Nguyen C"})
    _entry(service, case_id, "3/3 8:00-23:00")
    _entry(service, case_id, "3月3日は9時から23時")
    _entry(service, case_id, "3/7 8:00-17:00")
    _entry(service, case_id, "3月7日 8時から17時")  # the same shift told twice: one record
    sheet = drafts_for_case(service, case_id)
    assert [d.disputed for d in sheet.drafts] == [True, True, False, False]
    result = add_drafted_records(service, case_id, [d.key for d in sheet.drafts])
    assert result.disputed_days == [date(2025, 3, 3)]
    assert _records(service, case_id) == HEADER + "2025-03-07,08:00,17:00,,\n"
    # Accepting only one of the two accounts is fine.
    result = add_drafted_records(service, case_id, [sheet.drafts[1].key])
    assert [d.shift.start for d in result.added] == ["09:00"]


def test_a_correction_replaces_the_entry_it_corrects(service: CaseService) -> None:
    case_id = service.create_case({"full_name": "Nguyen D"})
    original = _entry(service, case_id, "3/3 8:00-23:00")
    old_key = drafts_for_case(service, case_id).drafts[0].key
    service.correct_timeline_entry(original, {"note": "3/3 8:00-21:00 (not 23:00)"})
    (draft,) = drafts_for_case(service, case_id).drafts
    assert (draft.shift.day, draft.shift.end) == (date(2025, 3, 3), "21:00")
    with pytest.raises(WageDraftError, match="no longer in the timeline") as caught:
        add_drafted_records(service, case_id, [old_key])
    assert caught.value.code == "wages.draft" and caught.value.params["key"] == old_key
    assert _records(service, case_id) == ""


def _view(entity: str, entity_id: str, data: dict[str, object]) -> RecordView:
    return RecordView(entity, entity_id, dict(data), {}, False, False, "u", "u", "h")


def test_merge_keeps_other_days_and_sorts_by_day() -> None:
    stored = HEADER + "2025-03-09,09:00,18:00,60,\n2025-03-01,09:00,18:00,60,\n"
    timeline = [_view("timeline", f"e{n}", {"kind": "consultation", "note": note,
                                            "occurred_at": "2025-03-20T10:00"})
                for n, note in enumerate(["3/5 8:00-17:00", "3/5 18:00-20:00"])]  # fmt: skip
    details = CaseDetails("c", _view("case", "c", {}), None, [], [], timeline, [], [], [])
    sheet = draft_records(details, stored)
    result = merge_drafts(stored, sheet.drafts)
    assert result.csv == (HEADER + "2025-03-01,09:00,18:00,60,\n2025-03-05,08:00,17:00,,\n"
                          "2025-03-05,18:00,20:00,,\n2025-03-09,09:00,18:00,60,\n")  # fmt: skip
    assert [d.disputed for d in sheet.drafts] == [False, False]  # a split shift, two entries


# -- the command -------------------------------------------------------------------------
def test_cli_prints_drafts_and_adds_the_accepted(tmp_path: Path, service: CaseService) -> None:
    case_id = service.create_case({"full_name": "Nguyen E"})
    ref = service.get_case(case_id).ref
    service.set_wages(case_id, {"records": HEADER + "2025-03-04,09:00,18:00,60,\n"})
    _entry(service, case_id, "3月3日は8:00〜23:00まで働いた。3/4 8:00〜22:00")
    _entry(service, case_id, "毎日8時から23時まで")
    folder = str(service.vault.folder)
    service.vault.close()
    done = run("wages", "draft", "--vault", folder, "--case", ref)
    assert done.returncode == 0, done.stderr
    assert "2025-03-03  08:00-23:00  break not stated  [new]" in done.stdout
    assert "[differs from the record on file (09:00-18:00)]" in done.stdout
    assert "entry of 2025-03-20: 3月3日は8:00〜23:00まで働いた" in done.stdout
    assert "not drafted (speaks of habit" in done.stdout
    done = run("wages", "draft", "--vault", folder, "--case", ref, "--json")
    data = json.loads(done.stdout)
    assert [d["status"] for d in data["drafts"]] == ["new", "differs"]
    assert data["not_drafted"][0]["reason"] == "habit"
    first = data["drafts"][0]["key"]
    number, entry = first.split("@")
    short = f"{number}@{entry[:8]}"  # as the plain output prints it
    done = run("wages", "draft", "--vault", folder, "--case", ref, "--accept", short)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Added 1 work record(s) to {ref}.")
    done = run("wages", "draft", "--vault", folder, "--case", ref, "--accept")
    assert "add --replace DAY to replace them): 2025-03-04" in done.stdout
    done = run("wages", "draft", "--vault", folder, "--case", ref, "--accept", "--replace",
               "2025-03-04", "--json")  # fmt: skip
    assert json.loads(done.stdout)["accepted"]["replaced_days"] == ["2025-03-04"]
    done = run("wages", "calc", "--vault", folder, "--case", ref, "--json")
    assert "terms" in done.stderr  # records stored, terms not yet: the calc says so
    done = run("wages", "draft", "--vault", folder, "--case", ref, "--accept", "9@zzzz")
    assert_one_line_error(done, 1, "9@zzzz")
    done = run("wages", "draft", "--vault", folder, "--case", ref, "--replace", "2025-03-04")
    assert_one_line_error(done, 1, "--replace")


def test_a_key_whose_entry_id_begins_with_a_dash_is_taken_as_a_key() -> None:
    """Entry ids are URL-safe base64 and may begin with "-": printed first, such a key was
    read by the option parser as an option ("unrecognized arguments: -CyxvH-U#1", a CI run)."""
    from desktop.cli import build_parser
    from desktop.cli_wage_drafts import _cli_key, _short

    assert _cli_key("-CyxvH-Uq2#1") == "1@-CyxvH-Uq2" and _short("-CyxvH-Uq2#1") == "1@-CyxvH-U"
    args = build_parser().parse_args(
        ["wages", "draft", "--case", "X", "--accept", _short("-CyxvH-Uq2#1"), "2@abc"]
    )
    assert args.accept == ["1@-CyxvH-U", "2@abc"]
