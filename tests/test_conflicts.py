"""Listing and settling conflicts: every competing value is shown, the resolution is a new op."""

from __future__ import annotations

import pytest

from desktop.cases.conflicts import list_conflicts, resolve_delete, resolve_field
from desktop.cases.model import Entity
from desktop.cases.service import CaseService
from desktop.errors import InvalidValueError
from tests.support.factories import WORKERS


def _concurrent_phone_edits(service: CaseService) -> tuple[str, str]:
    """Two edits of the worker's phone that did not see each other (as after a sync)."""
    case_id = service.create_case(WORKERS[0])
    worker = service.get_case(case_id).worker
    assert worker is not None
    rec = service.vault.projection.get("worker", worker.entity_id)
    assert rec is not None
    seen = [op for op, _ in rec.field_heads("phone")]
    with service.vault.writing():
        service.vault.put(case_id, "worker", worker.entity_id, {"phone": "080-1111-1111"}, seen)
        service.vault.put(case_id, "worker", worker.entity_id, {"phone": "080-2222-2222"}, seen)
    return case_id, worker.entity_id


def test_a_field_conflict_lists_every_value_with_its_author(service: CaseService) -> None:
    case_id, _worker_id = _concurrent_phone_edits(service)
    (conflict,) = list_conflicts(service)
    assert conflict.case_id == case_id and conflict.field == "phone"
    assert conflict.ref == service.get_case(case_id).ref
    assert {c.value for c in conflict.candidates} == {"080-1111-1111", "080-2222-2222"}
    assert all(c.author == service.vault.device.user_id for c in conflict.candidates)
    assert all(c.device == service.vault.device.device_id for c in conflict.candidates)


def test_a_merged_value_settles_the_field_and_supersedes_both(service: CaseService) -> None:
    case_id, worker_id = _concurrent_phone_edits(service)
    resolve_field(service, Entity.WORKER, worker_id, "phone", "080-3333-3333")
    assert list_conflicts(service) == []
    worker = service.get_case(case_id).worker
    assert worker is not None and worker.data["phone"] == "080-3333-3333"
    with pytest.raises(InvalidValueError, match="not in conflict"):
        resolve_field(service, Entity.WORKER, worker_id, "phone", "x")


@pytest.mark.parametrize("keep", [True, False])
def test_a_delete_racing_an_edit_is_a_conflict_until_settled(
    service: CaseService, keep: bool
) -> None:
    case_id = service.create_case(WORKERS[0])
    task_id = service.add_task(case_id, {"title": "Call employer", "due_on": "2026-12-01"})
    rec = service.vault.projection.get("task", task_id)
    assert rec is not None
    seen = [rec.base_op]
    with service.vault.writing():
        service.vault.put(case_id, "task", task_id, {}, seen, kind="delete")
        service.vault.put(case_id, "task", task_id, {"title": "Call employer today"}, seen)
    (conflict,) = list_conflicts(service)
    assert conflict.field is None and conflict.data["title"] == "Call employer today"
    resolve_delete(service, Entity.TASK, task_id, keep=keep)
    assert list_conflicts(service) == []
    titles = [t.data["title"] for t in service.get_case(case_id).tasks if not t.deleted]
    assert titles == (["Call employer today"] if keep else [])
