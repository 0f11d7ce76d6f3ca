"""Several devices per person, against the real server (SQLite and PostgreSQL).

Alice has a laptop and a desk PC: two vaults with the same user id, the second enrolled
with a code made by ``admin invite --device-of alice``.  A case key must reach every
approved device of every holder: when Bob shares, when Alice creates a case, when a
device is approved after the share (her laptop hands it the keys at its next sync) — and
never a revoked device.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.errors import MadoguchiError
from desktop.store.vault import Vault
from desktop.vaults import create_vault
from sync.client import DeviceRevokedError, SyncClient, SyncError
from sync.server import admin
from sync.server.errors import AdminError
from tests.sync.conftest import ORG_PASSPHRASE, Org

PASSPHRASE = "correct horse battery staple"


@dataclass
class Vaulted:
    """One vault of a person, enrolled and (usually) approved."""

    vault: Vault
    client: SyncClient
    service: CaseService

    @property
    def user_id(self) -> str:
        return self.vault.device.user_id

    @property
    def device_id(self) -> str:
        return self.vault.device.device_id

    def opens(self, case_id: str) -> bool:
        """Whether this vault holds the case and can read its worker's name."""
        if not self.vault.has_case(case_id):
            return False
        try:
            worker = self.service.get_case(case_id).worker
        except MadoguchiError:  # not readable here is the answer
            return False
        return worker is not None and bool(worker.data.get("full_name"))


@pytest.fixture
def devices(server: Org, tmp_path: Path) -> Iterator[Any]:
    """``devices(user, next_device=False, approve=True) -> Vaulted``."""
    made: list[Vaulted] = []

    def make(user: str, next_device: bool = False, approve: bool = True) -> Vaulted:
        folder = tmp_path / f"{user}-{uuid.uuid4().hex[:6]}"
        vault, _ = create_vault(
            folder, PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user
        )
        code = server.invite(device_of=user) if next_device else server.invite(user=user)
        client = SyncClient(vault)
        client.enroll(server.base_url, code, folder.name)
        made.append(Vaulted(vault, client, CaseService(vault)))
        if approve:
            approve_device(server, made[-1])
        return made[-1]

    yield make
    for one in made:
        one.vault.close()


def approve_device(server: Org, one: Vaulted) -> None:
    from desktop.identity import ensure_identity

    digits = ensure_identity(one.vault).card.fingerprint_digits  # what the person reads out
    admin.approve(server.database_url, one.device_id, server.key_path, ORG_PASSPHRASE, digits[:19])


def _grant_rows(server: Org, case_id: str) -> list[tuple[str, str, str]]:
    engine = sa.create_engine(server.database_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT user_id, device_id, key_id FROM grants "
                    "WHERE case_id = :c AND revoked = :f"
                ),
                {"c": case_id, "f": False},
            ).all()
    finally:
        engine.dispose()
    return sorted((r[0], r[1], r[2]) for r in rows)


def _user(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:6]}"


def test_a_share_reaches_every_device_of_the_person(devices: Any, server: Org) -> None:
    alice = _user("alice")
    laptop, desk = devices(alice), devices(alice, next_device=True)
    bob = devices(_user("bob"))
    case = bob.service.create_case({"full_name": "Tran Thi B"})
    bob.client.sync_once()
    bob.client.share_case(case, alice)
    rows = _grant_rows(server, case)
    key_ids = {k for _, _, k in rows}
    assert {(u, d) for u, d, _ in rows} == {
        (bob.user_id, bob.device_id),
        (alice, laptop.device_id),
        (alice, desk.device_id),
    } and len(rows) == 3 * len(key_ids)
    for device in (laptop, desk):
        report = device.client.sync_once()
        assert report.quarantined == 0, report.problems
        assert device.opens(case)


def test_a_case_made_on_the_laptop_appears_on_the_desk_pc(devices: Any) -> None:
    alice = _user("alice")
    laptop, desk = devices(alice), devices(alice, next_device=True)
    case = laptop.service.create_case({"full_name": "Nguyen Van C"})
    laptop.client.sync_once()
    desk.client.sync_once()
    assert desk.opens(case)


def test_a_device_approved_after_the_share_gets_keys_from_the_laptop(
    devices: Any, server: Org
) -> None:
    alice = _user("alice")
    laptop, bob = devices(alice), devices(_user("bob"))
    case = bob.service.create_case({"full_name": "Pham D"})
    own = laptop.service.create_case({"full_name": "Le E"})
    bob.client.sync_once()
    bob.client.share_case(case, alice)
    laptop.client.sync_once()
    desk = devices(alice, next_device=True, approve=False)
    with pytest.raises(SyncError, match="not approved"):
        desk.client.sync_once()
    approve_device(server, desk)
    first = desk.client.sync_once()  # the ops arrive, but no key for them yet
    assert not desk.opens(case) and not desk.opens(own) and first.quarantined > 0
    laptop.client.sync_once()  # the laptop sees a new own device and wraps what it holds
    second = desk.client.sync_once()
    assert second.grants_received >= 2 and second.released > 0
    assert desk.opens(case) and desk.opens(own)
    assert desk.client.status().quarantined == 0
    assert laptop.client._settings().wrapped_for == [desk.device_id]


def test_a_revoked_device_gets_no_key_for_new_changes(devices: Any, server: Org) -> None:
    alice = _user("alice")
    laptop, desk = devices(alice), devices(alice, next_device=True)
    carol = devices(_user("carol"))
    case = laptop.service.create_case({"full_name": "Sato F"})
    laptop.client.sync_once()
    laptop.client.share_case(case, carol.user_id)
    desk.client.sync_once()
    assert desk.opens(case)
    admin.revoke(server.database_url, desk.device_id)
    new_key = laptop.client.revoke_grant(case, carol.user_id)  # rotates the case key
    laptop.service.update_case(case, {"summary": "after the desk PC was revoked"})
    laptop.client.sync_once()
    holders = {(u, d) for u, d, k in _grant_rows(server, case) if k == new_key}
    assert holders == {(alice, laptop.device_id)}
    with pytest.raises(DeviceRevokedError):
        desk.client.sync_once()


def test_invites_name_one_person(devices: Any, server: Org, tmp_path: Path) -> None:
    alice = _user("alice")
    devices(alice)
    with pytest.raises(AdminError, match="use --device-of"):
        server.invite(user=alice)
    with pytest.raises(AdminError, match="No device of"):
        server.invite(device_of=_user("nobody"))
    # A code for Bob does not enrol a vault as Alice: one line, naming the problem.
    vault, _ = create_vault(
        tmp_path / "impostor", PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=alice
    )
    try:
        with pytest.raises(SyncError, match="for another person") as refused:
            SyncClient(vault).enroll(server.base_url, server.invite(user=_user("bob")), "x")
        assert refused.value.code == "sync.enrol.wrong_user"
        assert "\n" not in str(refused.value)
        # Nor does a code for Alice's next device enrol a third vault as someone else.
        with pytest.raises(SyncError, match="for another person"):
            SyncClient(vault).enroll(
                server.base_url, server.invite(device_of=alice), "x", user_id=_user("eve")
            )
    finally:
        vault.close()
