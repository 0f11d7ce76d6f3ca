"""Views refresh only what a change concerns (typed change sets, issue 14 point 5)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.cases.service import CaseService
from desktop.changes import ChangeSet
from desktop.crypto.kdf import fast_params_for_tests
from desktop.vaults import create_vault
from sync.client import SyncClient
from sync.server import admin
from tests.sync.conftest import ORG_PASSPHRASE, Org, start_server
from tests.ui.conftest import wait_for
from ui.session import Session
from ui.syncing.controller import SyncController
from ui.views.case_view import CaseView
from ui.workspace import Workspace


class Calls:
    """Counts calls of a method, on one object or (patched on the class) on all."""

    def __init__(self) -> None:
        self.count = 0

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return fn(*args, **kwargs)

        return counted


def _new_case(service: CaseService, name: str) -> str:
    case_id = service.create_case({"full_name": name}, case={"summary": "Unpaid overtime"})
    service.add_party(case_id, {"name": f"{name} Co.", "role": "employer"})
    return case_id


def _spy(view: CaseView) -> dict[str, Calls]:
    calls = {"refresh": Calls(), "overview": Calls(), "timeline": Calls(), "people": Calls()}
    view.refresh = calls["refresh"].wrap(view.refresh)
    view.overview.load = calls["overview"].wrap(view.overview.load)
    view.timeline.load = calls["timeline"].wrap(view.timeline.load)
    view.people.load = calls["people"].wrap(view.people.load)
    return calls


def _open(qtbot: Any, workspace: Workspace, case_id: str, name: str) -> CaseView:
    view = workspace.open_case(case_id)
    qtbot.waitUntil(lambda: view.overview.full_name.value() == name, timeout=10_000)
    return view


def test_a_field_edit_reloads_only_its_case_and_tab(
    qtbot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = wait_for(qtbot, session, lambda s: _new_case(s, "Nguyen Van An"))
    second = wait_for(qtbot, session, lambda s: _new_case(s, "Tran Thi Binh"))
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    view_a = _open(qtbot, workspace, first, "Nguyen Van An")
    view_b = _open(qtbot, workspace, second, "Tran Thi Binh")
    qtbot.waitUntil(lambda: workspace.cases.model.rowCount() == 2, timeout=10_000)
    scans = Calls()
    monkeypatch.setattr(CaseService, "party_names", scans.wrap(CaseService.party_names))
    spy_a, spy_b = _spy(view_a), _spy(view_b)
    notices: list[ChangeSet] = []
    session.changed.connect(notices.append)

    view_a.overview.change(lambda s: s.update_case(first, {"summary": "Dismissed in May"}))
    qtbot.waitUntil(lambda: spy_a["overview"].count == 1, timeout=10_000)
    qtbot.wait(200)  # anything else would have been asked for by now

    assert notices == [ChangeSet(cases=frozenset({first}), kinds=frozenset({"case"}))]
    assert notices[0].origin is view_a.overview
    assert spy_a["refresh"].count == 1
    assert spy_a["timeline"].count == spy_a["people"].count == 0
    assert [calls.count for calls in spy_b.values()] == [0, 0, 0, 0]
    assert scans.count == 0


def test_a_party_added_elsewhere_updates_the_completer_only(qtbot, session: Session) -> None:
    first = wait_for(qtbot, session, lambda s: _new_case(s, "Nguyen Van An"))
    second = wait_for(qtbot, session, lambda s: _new_case(s, "Tran Thi Binh"))
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    view_a = _open(qtbot, workspace, first, "Nguyen Van An")
    view_b = _open(qtbot, workspace, second, "Tran Thi Binh")
    spy_b = _spy(view_b)

    view_a.people.change(lambda s: s.add_party(first, {"name": "Sakura Kogyo", "role": "broker"}))
    qtbot.waitUntil(lambda: "Sakura Kogyo" in view_b.people.names(), timeout=10_000)
    qtbot.wait(200)
    assert spy_b["refresh"].count == 0  # the other case was not read again
    assert "Sakura Kogyo" in view_a.people.names()


def test_settings_written_in_passing_announce_nothing(qtbot, session: Session) -> None:
    notices: list[ChangeSet] = []
    session.changed.connect(notices.append)
    wait_for(qtbot, session, lambda s: s.vault.write_sealed("example", {"version": 1}))
    qtbot.wait(100)
    assert notices == []


# -- sync -----------------------------------------------------------------------------------
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


def test_a_sync_round_reloads_only_the_open_cases_it_changed(
    qtbot, session: Session, org: Org, tmp_path: Path
) -> None:
    assert session.vault is not None
    code = org.invite("counselor", user=session.vault.device.user_id)
    wait_for(qtbot, session, lambda s: SyncClient(s.vault).enroll(org.base_url, code, "desk"))
    admin.approve(org.database_url, session.vault.device.device_id, org.key_path, ORG_PASSPHRASE)
    other_vault, _ = create_vault(tmp_path / "bob", "bob's passphrase here",
                                  kdf_params=fast_params_for_tests(), user_id="bob")  # fmt: skip
    try:
        bob = SyncClient(other_vault)
        bob.enroll(org.base_url, org.invite("counselor", user="bob"), "Bob's laptop")
        admin.approve(org.database_url, other_vault.device.device_id, org.key_path,
                      ORG_PASSPHRASE)  # fmt: skip
        first = wait_for(qtbot, session, lambda s: _new_case(s, "Nguyen Van An"))
        second = wait_for(qtbot, session, lambda s: _new_case(s, "Tran Thi Binh"))

        def share(service: CaseService) -> None:
            client = SyncClient(service.vault)
            client.sync_once()
            client.share_case(first, "bob")

        wait_for(qtbot, session, share, timeout=30_000)
        bob.sync_once()
        CaseService(other_vault).update_case(first, {"summary": "Edited by Bob"})
        bob.sync_once()

        workspace = Workspace(session)
        qtbot.addWidget(workspace)
        view_a = _open(qtbot, workspace, first, "Nguyen Van An")
        view_b = _open(qtbot, workspace, second, "Tran Thi Binh")
        spy_a, spy_b = _spy(view_a), _spy(view_b)
        controller = SyncController(session, interval_ms=600_000)
        with qtbot.waitSignal(controller.round_finished, timeout=30_000) as round_done:
            controller.sync_now()
        assert round_done.args[0].changed_cases == [first]
        qtbot.waitUntil(lambda: view_a.overview.summary.value() == "Edited by Bob", timeout=10_000)
        qtbot.wait(200)
        assert spy_a["refresh"].count == 1 and spy_a["timeline"].count == 0
        assert spy_b["refresh"].count == 0
    finally:
        other_vault.close()
