"""The op journal describes each commit as a ChangeSet: exactly what it touched, or nothing."""

from __future__ import annotations

import threading

import pytest

from desktop.cases.service import CaseService
from desktop.changes import ChangeSet, publish, recording
from desktop.store.vault import Vault
from tests.support.factories import make_case


def test_a_commit_lists_exactly_the_cases_and_kinds_it_touched(service: CaseService) -> None:
    first = make_case(service, 0)
    second = make_case(service, 1)
    with recording() as rec:
        service.update_case(first, {"summary": "変更"})
        service.add_task(second, {"title": "Call the employer", "due_on": "2030-01-01"})
    assert rec.changes == ChangeSet(cases=frozenset({first, second}),
                                    kinds=frozenset({"case", "task"}))  # fmt: skip


def test_a_new_case_lists_every_kind_it_wrote(service: CaseService) -> None:
    with recording() as rec:
        case_id = make_case(service, 0)
    assert rec.changes.cases == {case_id}
    assert {"case", "worker", "topic"} <= rec.changes.kinds


def test_a_rolled_back_transaction_reports_nothing(vault: Vault, service: CaseService) -> None:
    case_id = make_case(service, 0)
    with recording() as rec, pytest.raises(RuntimeError), vault.writing():
        service.update_case(case_id, {"summary": "kept?"})
        raise RuntimeError("the user cancelled")
    assert rec.changes.is_empty


def test_sealed_records_written_are_named(vault: Vault) -> None:
    with recording() as rec:
        vault.write_sealed("example", {"version": 1})
    assert rec.changes == ChangeSet(settings=frozenset({"example"}))


def test_a_recorder_sees_only_its_own_thread() -> None:
    seen: list[ChangeSet] = []

    def elsewhere() -> None:
        with recording() as rec:
            publish(ChangeSet(cases=frozenset({"other"})))
        seen.append(rec.changes)

    with recording() as mine:
        worker = threading.Thread(target=elsewhere)
        worker.start()
        worker.join()
        publish(ChangeSet(cases=frozenset({"mine"})))
    assert mine.changes.cases == {"mine"}
    assert seen[0].cases == {"other"}


def test_what_concerns_a_view() -> None:
    change = ChangeSet(cases=frozenset({"a"}), kinds=frozenset({"task"}))
    assert change.concerns_case("a") and not change.concerns_case("b")
    assert change.concerns_kinds({"task", "party"}) and not change.concerns_kinds({"party"})
    assert change.concerns_kinds(None)
    assert ChangeSet.everything().concerns_case("b")
    assert ChangeSet.of_cases(["b"]).concerns_kinds({"party"})
    assert ChangeSet().is_empty
