"""The conflicts screen: values with author, device and time; pick one or merge; delete races."""

from __future__ import annotations

from desktop.cases.conflicts import list_conflicts
from tests.ui.conftest import wait_for
from ui.dialogs.conflicts import ConflictsDialog
from ui.session import Session


def _make_conflicts(service) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    case_id = service.create_case({"full_name": "Tran Thi Binh", "phone": "090-0000-0000"})
    worker = service.get_case(case_id).worker
    rec = service.vault.projection.get("worker", worker.entity_id)
    seen = [op for op, _ in rec.field_heads("phone")]
    task = service.add_task(case_id, {"title": "Visit dormitory", "due_on": "2026-12-01"})
    task_seen = [service.vault.projection.get("task", task).base_op]
    with service.vault.writing():
        service.vault.put(case_id, "worker", worker.entity_id, {"phone": "080-1111-1111"}, seen)
        service.vault.put(case_id, "worker", worker.entity_id, {"phone": "080-2222-2222"}, seen)
        service.vault.put(case_id, "task", task, {}, task_seen, kind="delete")
        service.vault.put(case_id, "task", task, {"title": "Visit dormitory on Friday"}, task_seen)
    return case_id, task


def test_conflicts_screen_shows_values_and_settles_them(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    wait_for(qtbot, session, _make_conflicts)
    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=10_000)
    field_row = next(i for i, c in enumerate(dialog.conflicts) if c.field == "phone")
    dialog.list.setCurrentRow(field_row)
    texts = [b.text() for b in dialog.group.buttons()]
    assert any("080-1111-1111" in t for t in texts) and any("080-2222-2222" in t for t in texts)
    assert all(session.vault.device.device_id in t for t in texts)
    dialog.merged.setPlainText("080-3333-3333")
    assert dialog.chosen_value() == "080-3333-3333"
    dialog.keep_chosen()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    dialog.list.setCurrentRow(0)
    assert dialog.current() is not None and dialog.current().field is None
    assert dialog.keep_record.isVisibleTo(dialog)
    dialog.settle_delete(keep=True)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    assert "No conflicts" in dialog.summary.text()
    assert wait_for(qtbot, session, list_conflicts) == []
