"""The sharing dialog against a real server: "may manage sharing", who holds the case with
its owners marked, the withdrawal rules (a refusal in one translated line), leaving."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.vaults import Vault, create_vault
from sync.client import SyncClient
from sync.server import admin
from tests.conftest import PASSPHRASE
from tests.sync.conftest import ORG_PASSPHRASE, Org, start_server
from tests.ui.conftest import wait_for
from ui.dialogs.share_case import ShareCaseDialog
from ui.session import Session
from ui.syncing.holders import case_holders


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


def _colleague(tmp_path: Path, org: Org, user: str, role: str) -> Vault:
    vault, _ = create_vault(tmp_path / user, PASSPHRASE, kdf_params=fast_params_for_tests(),
                            user_id=user)  # fmt: skip
    SyncClient(vault).enroll(org.base_url, org.invite(role, user=user), f"{user} laptop")
    admin.approve(org.database_url, vault.device.device_id, org.key_path, ORG_PASSPHRASE)
    return vault


def _open(qtbot, session: Session, case_id: str) -> ShareCaseDialog:  # type: ignore[no-untyped-def]
    dialog = ShareCaseDialog(session, case_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=20_000)
    return dialog


def _select(dialog: ShareCaseDialog, user: str) -> None:
    row = [c.user_id for c in dialog.colleagues].index(user)
    dialog.list.setCurrentRow(row)


def test_share_with_manage_shows_owners_and_refuses_a_non_owner_withdrawal(  # type: ignore[no-untyped-def]
    qtbot, session: Session, org: Org, tmp_path: Path
) -> None:
    assert session.vault is not None
    me = session.vault.device.user_id
    code = org.invite("counselor", user=me)
    wait_for(qtbot, session, lambda s: SyncClient(s.vault).enroll(org.base_url, code, "desk"))
    admin.approve(org.database_url, session.vault.device.device_id, org.key_path, ORG_PASSPHRASE)
    bob = _colleague(tmp_path, org, "bob-ito", "counselor")
    carol = _colleague(tmp_path, org, "carol-mori", "counselor")
    try:
        # My case: shared with Bob, who may manage it; the holders line marks both owners.
        mine = wait_for(qtbot, session, lambda s: s.create_case({"full_name": "Ko Ko"}))
        dialog = _open(qtbot, session, mine)
        _select(dialog, "bob-ito")
        dialog.manage.setChecked(True)
        dialog.share()
        qtbot.waitUntil(lambda: "Shared with" in dialog.message.text(), timeout=30_000)
        qtbot.waitUntil(lambda: "bob-ito" in dialog.holders.text(), timeout=20_000)
        assert dialog.holders.text() == (
            f"Who holds this case: bob-ito — owner, {me} (you) — owner"
        )
        # Bob, an owner now, may withdraw someone else: the server agrees.
        SyncClient(bob).sync_once()
        dialog.manage.setChecked(False)
        _select(dialog, "carol-mori")
        dialog.share()
        qtbot.waitUntil(lambda: "carol-mori" in dialog.holders.text(), timeout=30_000)
        assert "carol-mori — owner" not in dialog.holders.text()  # shared without manage
        SyncClient(bob).revoke_grant(mine, "carol-mori")

        # Bob's case, given to me without "manage": I may not withdraw Carol, only leave.
        theirs = CaseService(bob).create_case({"full_name": "Thida Win"})
        bob_client = SyncClient(bob)
        bob_client.sync_once()
        bob_client.share_case(theirs, me)
        bob_client.share_case(theirs, "carol-mori")
        bob_client.sync_once()
        wait_for(qtbot, session, lambda s: SyncClient(s.vault).sync_once())
        other = _open(qtbot, session, theirs)
        qtbot.waitUntil(lambda: "carol-mori" in other.holders.text(), timeout=20_000)
        assert "bob-ito — owner" in other.holders.text()
        assert f"{me} (you) — owner" not in other.holders.text()
        assert "anyone may leave" in other.rules.text()
        _select(other, "carol-mori")
        other.withdraw()
        qtbot.waitUntil(lambda: bool(other.message.text()), timeout=30_000)
        assert other.message.text() == (
            "Only the case's owners and organisation administrators can withdraw carol-mori; "
            "you may withdraw only yourself."
        )
        qtbot.waitUntil(other.leave_button.isEnabled, timeout=10_000)
        other.leave()
        qtbot.waitUntil(lambda: "You left this case" in other.message.text(), timeout=30_000)
        assert me not in case_holders(bob_client, theirs).users  # the server agrees
        assert "carol-mori" in case_holders(bob_client, theirs).users  # my refusal held
        qtbot.waitUntil(lambda: "no key of this case" in other.holders.text(), timeout=20_000)
        assert "You left this case" in other.message.text()
    finally:
        bob.close()
        carol.close()
