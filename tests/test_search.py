"""Search in every script and the list filters, on the in-memory projection."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.cases.search import CaseFilter
from desktop.cases.service import CaseService
from tests.support.factories import WORKERS, make_case


@pytest.fixture
def cases(service: CaseService) -> dict[str, str]:
    ids = {
        "an": make_case(service, 0, summary="残業代が払われていない", assignee="sato"),
        "aung": make_case(service, 1, summary="Dormitory rent deducted", assignee="suzuki"),
        "somchai": make_case(service, 2, summary="パスポートを会社が保管"),
    }
    service.add_timeline_entry(ids["aung"], {"note": "Người lao động bị giữ hộ chiếu"})
    service.add_task(ids["an"], {"title": "Call employer", "due_on": "2026-11-25"})
    service.add_topic(ids["somchai"], {"category": "residence"})
    service.close_case(ids["somchai"], "resolved")
    return ids


def found(service: CaseService, **kwargs: object) -> set[str]:
    return {row.case_id for row in service.list_cases(CaseFilter(**kwargs))}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "query,who",
    [
        ("グエン", "an"),  # katakana
        ("ぐえん", "an"),  # hiragana finds katakana
        ("ｸﾞｴﾝ", "an"),  # half-width katakana
        ("Nguyễn", "an"),  # with Vietnamese diacritics
        ("nguyen van", "an"),  # without, two words
        ("NGUYEN", "an"),
        ("အောင်", "aung"),  # Myanmar
        ("สมชาย", "somchai"),  # Thai
        ("残業代", "an"),  # Japanese in the summary
        ("パスポート", "somchai"),
        ("giu ho chieu", "aung"),  # Vietnamese note searched without diacritics
        ("giữ hộ", "aung"),
        ("Call emp", "an"),  # task title
    ],
)
def test_text_search_across_scripts(
    service: CaseService, cases: dict[str, str], query: str, who: str
) -> None:
    assert found(service, text=query) == {cases[who]}


def test_short_queries_still_work(service: CaseService, cases: dict[str, str]) -> None:
    # Two characters are below the trigram size; a scan answers them.
    assert found(service, text="残業") == {cases["an"]}
    assert found(service, text="zz") == set()


def test_search_never_matches_the_residence_card_number(
    service: CaseService, cases: dict[str, str]
) -> None:
    assert WORKERS[0]["residence_card_number"] == "AB12345678CD"
    assert found(service, text="12345678") == set()


def test_filters(service: CaseService, cases: dict[str, str]) -> None:
    assert found(service, statuses=("closed",)) == {cases["somchai"]}
    assert found(service, topics=("residence",)) == {cases["somchai"]}
    assert found(service, topics=("labour",)) == set(cases.values())
    assert found(service, assignee="suzuki") == {cases["aung"]}
    assert found(service, due_on_or_before=date(2026, 11, 30)) == {cases["an"]}
    assert found(service, due_on_or_before=date(2026, 11, 1)) == set()
    assert found(service, expiry_on_or_before=date(2026, 12, 31)) == {cases["an"]}
    assert found(service, text="グエン", statuses=("closed",)) == set()


def test_tasks_due_and_ordering(service: CaseService, cases: dict[str, str]) -> None:
    service.add_task(cases["aung"], {"title": "ADR session", "due_on": "2026-11-22",
                                     "kind": "adr_session"})  # fmt: skip
    due = service.tasks_due(date(2026, 11, 30))
    assert [t.title for t in due] == ["ADR session", "Call employer"]
    rows = service.list_cases(CaseFilter(order="due"))
    assert rows[0].case_id == cases["aung"]


def test_search_survives_snapshot_and_unlock(
    vault, service: CaseService, cases: dict[str, str]
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE

    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.load_report.from_snapshot
    assert found(service, text="ぐえん") == {cases["an"]}


def test_wildcard_characters_are_searched_literally(service: CaseService) -> None:
    case_id = make_case(service, 0, summary="残業*100時間? [要確認]")
    make_case(service, 1, summary="残業100時間")
    assert found(service, text="業*100") == {case_id}
    assert found(service, text="間?") == {case_id}
    assert found(service, text="[要確認]") == {case_id}
    assert found(service, text="*") == {case_id}
