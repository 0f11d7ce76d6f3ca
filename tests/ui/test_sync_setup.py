"""Vault ▸ Set up sync… against a real server over HTTP: the code, the fingerprint read to
the administrator, the approval noticed by itself; a code made for someone else refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sync.client import SyncClient
from sync.server import admin
from tests.sync.conftest import ORG_PASSPHRASE, Org, start_server
from ui.dialogs.sync_setup import SyncSetupDialog
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


def _window_parts(qtbot, session: Session):  # type: ignore[no-untyped-def]
    """The controller and status line as the main window has them (faster approval polls)."""
    controller = SyncController(session, approval_poll_ms=300)
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    controller.start()
    qtbot.waitUntil(lambda: controller.status is not None, timeout=10_000)
    dialog = SyncSetupDialog(session, controller)
    qtbot.addWidget(dialog)
    return controller, widget, dialog


def _type_and_enrol(qtbot, dialog: SyncSetupDialog, url: str, code: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.server, url)
    qtbot.keyClicks(dialog.code, code)
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)


def test_set_up_sync_shows_the_fingerprint_and_notices_the_approval(  # type: ignore[no-untyped-def]
    qtbot, session: Session, org: Org
) -> None:
    controller, widget, dialog = _window_parts(qtbot, session)
    assert controller.status.state == "not_enrolled"
    assert session.vault is not None
    user, device = session.vault.device.user_id, session.vault.device.device_id
    _type_and_enrol(qtbot, dialog, org.base_url, org.invite("counselor", user=user))

    qtbot.waitUntil(lambda: bool(dialog.fingerprint.text()), timeout=30_000)
    shown = dialog.fingerprint.text()
    assert re.fullmatch(r"\d{4}( \d{4}){7}", shown), shown
    assert session.services is not None
    assert shown == session.services.keys.my_key().fingerprint_digits  # this vault's own key
    assert dialog.pages.currentIndex() == 1
    assert dialog.fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "Test NGO" in dialog.org.text() and user in dialog.org.text()
    qtbot.waitUntil(lambda: controller.awaiting_approval, timeout=20_000)
    assert "Waiting for the administrator" in dialog.state.text()
    assert "waiting for the administrator" in widget.label.text()
    assert not dialog.code.text()  # the spent code is not left on screen

    # The administrator types what the counselor reads out: the digits on the screen.
    admin.approve(org.database_url, device, org.key_path, ORG_PASSPHRASE, fingerprint=shown)
    qtbot.waitUntil(lambda: dialog.state.text().startswith("Approved"), timeout=20_000)
    assert not controller.awaiting_approval
    assert controller.status.state == "synced" and "up to date" in widget.label.text()


def test_a_code_made_for_someone_else_is_refused_in_one_line(  # type: ignore[no-untyped-def]
    qtbot, session: Session, org: Org
) -> None:
    controller, _widget, dialog = _window_parts(qtbot, session)
    assert session.vault is not None
    user = session.vault.device.user_id
    _type_and_enrol(qtbot, dialog, org.base_url, org.invite("counselor", user="someone-else"))
    qtbot.waitUntil(lambda: dialog.enrol_button.isEnabled(), timeout=30_000)
    message = dialog.message.text()
    assert message == (
        f"This enrolment code is for another person, not {user}; ask your administrator "
        "for the code made for you."
    )
    assert dialog.pages.currentIndex() == 0
    assert SyncClient(session.vault).status().state == "not_enrolled"  # nothing saved
    assert controller.status.state == "not_enrolled"


def test_empty_fields_are_named_before_anything_runs(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    _controller, _widget, dialog = _window_parts(qtbot, session)
    dialog.enrol()
    assert "server address and the enrolment code" in dialog.message.text()
    assert dialog.enrol_button.isEnabled()
