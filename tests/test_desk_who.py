"""Who is at the desk (issue 16 point 6), in the core: the counselor's name and user id, the
assignee of a new case, who and in which language a timeline entry was written, and the
urgent task a kiosk contact request leaves for the kiosk's counselor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.errors import InvalidValueError
from desktop.safety.records import SafetyService
from desktop.settings_service import LOCKED_SYNCED, LOCKED_WRITTEN, SettingsService
from desktop.store.sealed_records import SYNC_SETTINGS, SyncSettingsRecord
from desktop.store.vault import Vault
from desktop.vaults import create_vault
from tests.conftest import PASSPHRASE

HELD = {"q_documents_held": "employer_refuses", "q_overtime": "yes", "q_overtime_hours": 95}


def _new(folder: Path, **options: str) -> Vault:
    vault, _ = create_vault(folder, PASSPHRASE, kdf_params=fast_params_for_tests(), **options)
    return vault


def _enrolled(vault: Vault) -> None:
    SYNC_SETTINGS.write(vault, SyncSettingsRecord(
        server_url="https://sync.invalid", device_token="t", user_id=vault.device.user_id,
        device_id=vault.device.device_id, device_name="desk", org={"name": "NGO"},
        role="counselor", status="approved",
    ))  # fmt: skip


def test_first_run_names_the_counselor(tmp_path: Path) -> None:
    vault = _new(tmp_path / "v", user_id="sato", counselor_name="  Sato   Hanako ")
    me = SettingsService(vault).counselor()
    assert (me.name, me.user_id, me.name_locked, me.user_id_locked) == ("Sato Hanako", "sato",
                                                                       "", "")  # fmt: skip
    assert me.is_me("SATO") and me.is_me("sato hanako") and not me.is_me("tanaka")
    assert not me.is_me("") and not me.is_me(None)
    vault.close()


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"user_id": "sato hanako"}, "counselor.user_id_invalid"),
        ({"user_id": ""}, "counselor.user_id_invalid"),
        ({"counselor_name": "x" * 81}, "counselor.name_invalid"),
        ({"counselor_name": "Sato\x07"}, "counselor.name_invalid"),
    ],
)
def test_a_bad_name_or_user_id_makes_no_vault(
    tmp_path: Path, options: dict[str, str], code: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        _new(tmp_path / "v", **options)
    assert caught.value.code == code
    assert not (tmp_path / "v").exists()


def test_counselor_editable_until_written_then_until_synced(tmp_path: Path) -> None:
    vault = _new(tmp_path / "v", user_id="sato", counselor_name="Sato")
    settings = SettingsService(vault)
    me = settings.set_counselor(name="Sato Hanako", user_id="hanako")
    assert (me.name, me.user_id, vault.device.user_id) == ("Sato Hanako", "hanako", "hanako")

    CaseService(vault).create_case({"full_name": "A"})  # an op sealed as "hanako"
    me = settings.counselor()
    assert (me.name_locked, me.user_id_locked) == ("", LOCKED_WRITTEN)
    with pytest.raises(InvalidValueError) as caught:
        settings.set_counselor(name="Sato H.", user_id="sato")
    assert caught.value.code == "counselor.locked.written"
    assert settings.counselor().name == "Sato Hanako"  # refused whole: the name kept too
    assert settings.set_counselor(name="Sato H.", user_id="hanako").name == "Sato H."

    _enrolled(vault)
    me = settings.counselor()
    assert (me.name_locked, me.user_id_locked) == (LOCKED_SYNCED, LOCKED_SYNCED)
    with pytest.raises(InvalidValueError) as caught:
        settings.set_counselor(name="Someone else", user_id="hanako")
    assert caught.value.code == "counselor.locked.synced"
    assert settings.counselor().name == "Sato H."
    vault.close()


def test_new_case_is_mine_and_entries_record_counselor_and_language(
    service: CaseService,
) -> None:
    me = service.vault.device.user_id
    case_id = service.create_case({"full_name": "Nguyen Van A", "languages": ["vi", "ja"]},
                                  note="First call")  # fmt: skip
    other = service.create_case({"full_name": "B"}, case={"assignee": "tanaka"})
    view = service.get_case(case_id)
    assert view.case.data["assignee"] == me
    assert service.get_case(other).case.data["assignee"] == "tanaka"
    [first] = view.timeline
    assert (first.data["counselor"], first.data["language"]) == (me, "vi")

    plain = service.add_timeline_entry(case_id, {"note": "Called the employer"})
    chosen = service.add_timeline_entry(case_id, {"note": "Interpreted", "language": "ne"})
    by_id = {e.entity_id: e.data for e in service.get_case(case_id).timeline}
    assert (by_id[plain]["counselor"], by_id[plain]["language"]) == (me, "vi")
    assert by_id[chosen]["language"] == "ne"

    # A worker with no languages recorded: the entry has none rather than a guess.
    bare = service.add_timeline_entry(other, {"note": "x"})
    assert "language" not in {e.entity_id: e.data for e in service.get_case(other).timeline}[bare]


def test_urgent_tasks_come_first_and_old_tasks_read_as_not_urgent(service: CaseService) -> None:
    case_id = service.create_case({"full_name": "A"})
    service.add_task(case_id, {"title": "old", "due_on": "2026-11-01"})
    service.add_task(case_id, {"title": "urgent", "due_on": "2026-11-20", "urgent": True})
    service.add_task(case_id, {"title": "later", "due_on": "2026-11-10", "assignee": "tanaka"})
    due = service.tasks_due(date(2026, 11, 30))
    assert [t.title for t in due] == ["urgent", "old", "later"]
    assert [t.urgent for t in due] == [True, False, False]
    # A task without its own assignee is its case's assignee's work.
    assert [t.assignee for t in due] == [service.vault.device.user_id] * 2 + ["tanaka"]


def test_kiosk_contact_request_leaves_an_urgent_task_for_the_counselor(
    service: CaseService,
) -> None:
    case_id = SafetyService(service).request_contact(
        HELD, language="vi", name="TRAN THI B", phone_or_line="090-1234-5678",
        preferred_language="vi", best_time="evenings", consent_text_language="vi",
        employer=None, establishment=None, event=None,
    )  # fmt: skip
    service.add_task(service.create_case({"full_name": "C"}),
                     {"title": "overdue", "due_on": "2020-01-01"})  # fmt: skip
    due = service.tasks_due(date.today())
    assert due[0].case_id == case_id and due[0].urgent
    assert due[0].assignee == service.vault.device.user_id
    assert "TRAN THI B" in due[0].title and "evenings" in due[0].title
    assert service.get_case(case_id).case.data["assignee"] == service.vault.device.user_id
