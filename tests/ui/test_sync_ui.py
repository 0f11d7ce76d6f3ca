"""Background sync in the window, against the real server: status line, Sync now, back-off,
quarantine screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.changes import ChangeSet
from sync.client import SyncClient
from sync.server import admin
from tests.sync.conftest import ORG_PASSPHRASE, Org, start_server
from tests.ui.conftest import wait_for
from ui.dialogs.quarantine import QuarantineDialog
from ui.session import Session
from ui.syncing.controller import SyncController
from ui.syncing.status import SyncStatusWidget


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    key_path = tmp_path / "org.pem"
    info = admin.create_org(url, "Test NGO", key_path, ORG_PASSPHRASE)
    process = start_server(url, tmp_path / "server.log")
    try:
        yield Org(url, key_path, info, process)
    finally:
        process.stop()


def _enrol(qtbot, session: Session, org: Org) -> None:  # type: ignore[no-untyped-def]
    assert session.vault is not None
    code = org.invite("counselor", user=session.vault.device.user_id)
    wait_for(qtbot, session,
             lambda s: SyncClient(s.vault).enroll(org.base_url, code, "desk laptop"))  # fmt: skip
    assert session.vault is not None
    admin.approve(org.database_url, session.vault.device.device_id, org.key_path, ORG_PASSPHRASE)


def test_not_enrolled_says_so_and_offers_no_sync(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    controller = SyncController(session, interval_ms=60_000)
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    # Before any status (no vault open yet: the first-run page) there is nothing to sync; a
    # click would leave "working…" on screen for good.
    assert not widget.sync_button.isEnabled()
    controller.start()
    qtbot.waitUntil(lambda: controller.status is not None, timeout=10_000)
    assert controller.status.state == "not_enrolled"
    assert "not set up" in widget.label.text() and not widget.sync_button.isEnabled()


def test_locking_takes_the_status_and_the_button_away(  # type: ignore[no-untyped-def]
    qtbot, session: Session, org: Org
) -> None:
    _enrol(qtbot, session, org)
    controller = SyncController(session, interval_ms=60_000)
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(controller.round_finished, timeout=30_000):
        controller.start()
    assert widget.sync_button.isEnabled() and "up to date" in widget.label.text()
    session.lock()
    assert not widget.sync_button.isEnabled() and "up to date" not in widget.label.text()


def test_sync_rounds_update_the_status_and_back_off_when_offline(  # type: ignore[no-untyped-def]
    qtbot, session: Session, org: Org
) -> None:
    _enrol(qtbot, session, org)
    controller = SyncController(session, interval_ms=60_000, max_backoff_ms=240_000)
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(controller.round_finished, timeout=30_000):
        controller.start()
    assert controller.status.state == "synced" and "up to date" in widget.label.text()

    case_id = wait_for(qtbot, session, lambda s: s.create_case({"full_name": "Pham Thi Lan"}))
    session.changed.emit(ChangeSet.of_cases([case_id]))  # what an edit announces
    qtbot.waitUntil(lambda: controller.status.state == "pending", timeout=10_000)
    assert "waiting to be sent" in widget.label.text()
    with qtbot.waitSignal(controller.round_finished, timeout=30_000) as done:
        widget.sync_button.click()
    assert done.args[0].pushed > 0 and controller.status.state == "synced"

    org.server.stop()
    with qtbot.waitSignal(controller.round_failed, timeout=30_000):
        controller.sync_now()
    assert controller.wait_ms == 120_000  # doubled after a failure
    with qtbot.waitSignal(controller.round_failed, timeout=30_000):
        controller.sync_now()
    assert controller.wait_ms == 240_000  # capped
    qtbot.waitUntil(lambda: "offline" in widget.label.text(), timeout=10_000)
    assert controller.status.state == "offline"
    assert "cannot be reached" in widget.label.toolTip()
    assert controller.timer.isActive()  # the window keeps running; a retry is scheduled


def test_quarantine_screen_lists_what_could_not_be_opened(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from desktop.crypto.aead import new_key
    from desktop.store import oplog, sync_state
    from desktop.store.oplog import OpHeader

    def receive_unopenable(service) -> str:  # type: ignore[no-untyped-def]
        case_id = service.create_case({"full_name": "Thida Win"})
        header = OpHeader(
            op_id="op-from-elsewhere", case_id=case_id, entity="case", entity_id=case_id,
            hlc="1700000000000.0000.x", parents=(), author="someone", device="dev-x",
            key_id="key-we-never-got",
        )  # fmt: skip
        sealed = oplog.seal_op(header, {"t": "put", "f": {"summary": "x"}}, new_key())
        sync_state.apply_remote(service.vault, [sync_state.RemoteOp(sealed, 7)], None)
        return str(service.get_case(case_id).ref)

    ref = wait_for(qtbot, session, receive_unopenable)
    dialog = QuarantineDialog(session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 1).text() == ref
    assert dialog.table.item(0, 3).text() == "op-from-elsewhere"
    assert dialog.table.item(0, 2).text()  # the reason, in words


def test_a_case_is_shared_with_a_lawyer_through_sync_and_withdrawn(  # type: ignore[no-untyped-def]
    qtbot, session: Session, org: Org, tmp_path: Path
) -> None:
    from desktop.cases.service import CaseService
    from desktop.crypto.kdf import fast_params_for_tests
    from desktop.vaults import create_vault
    from tests.conftest import PASSPHRASE
    from ui.dialogs.share_case import ShareCaseDialog

    _enrol(qtbot, session, org)
    lawyer_vault, _ = create_vault(tmp_path / "lawyer", PASSPHRASE,
                                   kdf_params=fast_params_for_tests(), user_id="lawyer-sato")  # fmt: skip
    try:
        lawyer = SyncClient(lawyer_vault)
        lawyer.enroll(org.base_url, org.invite("lawyer", user="lawyer-sato"), "law office")
        admin.approve(org.database_url, lawyer_vault.device.device_id, org.key_path,
                      ORG_PASSPHRASE)  # fmt: skip
        case_id = wait_for(qtbot, session, lambda s: s.create_case({"full_name": "Ko Ko"}))
        wait_for(qtbot, session, lambda s: s.add_consent(case_id, {
            "purpose": "referral", "recipient": "lawyer-sato", "given_on": "2026-11-01",
            "method": "written"}))  # fmt: skip
        wait_for(qtbot, session, lambda s: s.create_case({"full_name": "Not for the lawyer"}))
        dialog = ShareCaseDialog(session, case_id)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=20_000)
        assert "lawyer-sato" in dialog.list.item(0).text()
        dialog.share()
        qtbot.waitUntil(lambda: "Shared with" in dialog.message.text(), timeout=30_000)
        lawyer.sync_once()
        names = [r.full_name for r in CaseService(lawyer_vault).list_cases()]
        assert names == ["Ko Ko"]  # only the shared case reaches the lawyer
        qtbot.waitUntil(lambda: "has access" in dialog.list.item(0).text(), timeout=20_000)
        dialog.withdraw()
        qtbot.waitUntil(lambda: "cannot be unseen" in dialog.message.text(), timeout=30_000)
    finally:
        lawyer_vault.close()
