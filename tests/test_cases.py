"""Case services: every kind of record, history, validation, references."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.cases.model import Entity
from desktop.cases.service import CaseService
from desktop.errors import InvalidValueError, NotFoundError
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.factories import make_case


def test_a_complete_case_round_trips(vault: Vault, service: CaseService) -> None:
    case_id = make_case(service)
    employer = service.add_party(
        case_id,
        {
            "name": "株式会社さくら食品",
            "role": "employer",
            "corporate_number": "1234567890123",
            "establishment": "千葉工場",
            "industry": "food processing",
        },
    )
    service.add_party(case_id, {"name": "みらい事業協同組合", "role": "supervising_org"})
    service.add_topic(case_id, {"category": "residence", "subtopic": "renewal"})
    entry = service.add_timeline_entry(
        case_id,
        {
            "occurred_at": "2026-11-02T10:30",
            "channel": "line",
            "language": "vi",
            "interpreter": "Tran Thi Hoa",
            "counselor": "佐藤",
            "minutes": 45,
            "note": "Passport kept by the company since arrival.",
        },
    )
    service.add_task(
        case_id, {"title": "在留期限の確認", "due_on": "2026-12-01", "kind": "residence_expiry"}
    )
    consent = service.add_consent(
        case_id,
        {
            "purpose": "referral",
            "recipient": "東京弁護士会",
            "scope": "case summary",
            "method": "written",
            "given_on": "2026-11-02",
        },
    )
    service.update_party(employer, {"address": "千葉県千葉市1-2-3"})
    service.withdraw_consent(consent, on="2026-11-10")
    service.close_case(case_id, "referred", closed_on="2026-11-20", note="Referred to lawyer")

    vault.lock()
    vault.unlock(PASSPHRASE)
    view = service.get_case(case_id)
    assert view.case.data["status"] == "closed" and view.case.data["outcome"] == "referred"
    assert view.ref.startswith("TST-D1-")
    assert {p.data["role"] for p in view.parties} == {"employer", "supervising_org"}
    assert next(p for p in view.parties if p.entity_id == employer).data["address"]
    assert {t.data["category"] for t in view.topics} == {"labour", "residence"}
    assert view.timeline[0].entity_id == entry
    assert view.timeline[-1].data["note"] == "Referred to lawyer"
    assert view.consents[0].data["withdrawn_on"] == "2026-11-10"
    assert service.valid_consents(case_id, "referral") == []
    assert view.tasks[0].data["due_on"] == "2026-12-01"


def test_history_records_who_when_and_which_device(vault: Vault, service: CaseService) -> None:
    case_id = make_case(service)
    service.update_case(case_id, {"summary": "Changed summary", "assignee": "suzuki"})
    history = service.history(case_id)
    assert [h.entity for h in history[:2]] == ["case", "worker"]
    last = history[-1]
    assert last.fields == {"summary": "Changed summary", "assignee": "suzuki"}
    assert last.author == vault.device.user_id and last.device == vault.device.device_id
    assert history == sorted(history, key=lambda h: h.hlc)


def test_timeline_is_append_only(service: CaseService) -> None:
    case_id = make_case(service)
    entry = service.add_timeline_entry(case_id, {"note": "first note"})
    # The service has no public editor for entries; even its internal one refuses.
    with pytest.raises(InvalidValueError, match="correction"):
        service._update(Entity.TIMELINE, entry, {"note": "rewritten"})
    fix = service.correct_timeline_entry(entry, {"note": "first note, corrected"})
    timeline = service.get_case(case_id).timeline
    assert [t.data["note"] for t in timeline][-2:] == ["first note", "first note, corrected"]
    assert timeline[-1].data["corrects"] == entry and timeline[-1].entity_id == fix


def test_references_are_unique_and_prefixed_by_office_and_device(
    vault: Vault, service: CaseService
) -> None:
    refs = [service.get_case(make_case(service, i)).ref for i in range(3)]
    with vault.writing():  # several cases in one commit (import, demo) number on
        ids = [make_case(service, i) for i in range(3)]
    refs += [service.get_case(i).ref for i in ids]
    with pytest.raises(InvalidValueError), vault.writing():  # an aborted batch uses no number
        make_case(service, 0)
        service.add_task(ids[0], {"title": "x", "due_on": "never"})
    refs.append(service.get_case(make_case(service, 0)).ref)
    year = date.today().year
    assert refs == [f"TST-D1-{year}-{n:05d}" for n in range(1, 8)]


def test_invalid_values_name_the_field(service: CaseService) -> None:
    with pytest.raises(InvalidValueError, match="residence_status"):
        service.create_case({"full_name": "X", "residence_status": "tourist-ish"})
    with pytest.raises(InvalidValueError, match="full_name"):
        service.create_case({"nationality": "VN"})
    case_id = make_case(service)
    with pytest.raises(InvalidValueError, match="due_on"):
        service.add_task(case_id, {"title": "t", "due_on": "2026-02-30"})
    with pytest.raises(InvalidValueError, match="no field 'salary'"):
        service.update_worker(case_id, {"salary": 1})
    with pytest.raises(InvalidValueError, match="sub-topic"):
        service.add_topic(case_id, {"category": "education", "subtopic": "unpaid_wages"})
    with pytest.raises(InvalidValueError, match="reference"):
        service.update_case(case_id, {"ref": "X"})


def test_failed_multi_op_change_leaves_nothing(vault: Vault, service: CaseService) -> None:
    before = vault.conn.execute("SELECT COUNT(*) FROM ops").fetchone()[0]
    with pytest.raises(InvalidValueError), vault.writing():
        case_id = make_case(service)
        service.add_task(case_id, {"title": "bad", "due_on": "not a date"})
    assert vault.conn.execute("SELECT COUNT(*) FROM ops").fetchone()[0] == before
    assert service.list_cases() == []


def test_removed_party_is_gone_and_unknown_ids_are_reported(service: CaseService) -> None:
    case_id = make_case(service)
    party = service.add_party(case_id, {"name": "Broker Co", "role": "broker"})
    service.remove_party(party)
    assert service.get_case(case_id).parties == []
    with pytest.raises(NotFoundError):
        service.update_party(party, {"name": "again"})
    with pytest.raises(NotFoundError, match="No case with reference"):
        service.case_id_for_ref("NOPE-1")
