"""Who may withdraw access, who may make owners, and the impostor (issue 15, points 1-3).

Against the real server (SQLite and PostgreSQL), with the HTTP devices of conftest.py.
The roles: the case's owner (its creator), a manager (given ``manage`` by an owner), a
plain holder, a lawyer holding the case, an administrator who does not hold it, and a
counselor who does not hold it.  The rule (docs/sync.md): owners and administrators
withdraw anyone; every other holder only themselves; nobody else anything.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import pytest

from sync.protocol import b64e, grant_bytes
from sync.server import admin
from sync.server.errors import AdminError
from tests.sync.conftest import Device, Org, approve, enrol


@dataclass
class Cast:
    owner: Device
    manager: Device
    holder: Device
    lawyer: Device
    admin: Device
    stranger: Device

    def case(self) -> str:
        """A fresh case made by the owner and shared with manager (manage), holder, lawyer."""
        case_id = self.owner.create_case()
        self.owner.grant(self.manager, case_id, manage=True)
        self.owner.grant(self.holder, case_id)
        self.owner.grant(self.lawyer, case_id)
        return case_id


@pytest.fixture
def cast(make_device: Any) -> Cast:
    return Cast(
        owner=make_device(),
        manager=make_device(),
        holder=make_device(),
        lawyer=make_device("lawyer"),
        admin=make_device("admin"),
        stranger=make_device(),
    )


# (actor, whom they withdraw, HTTP status).  "self" is the actor.
WITHDRAWALS = [
    ("owner", "holder", 204), ("owner", "manager", 204), ("owner", "self", 204),
    ("manager", "holder", 204), ("manager", "owner", 204), ("manager", "self", 204),
    ("holder", "owner", 403), ("holder", "manager", 403), ("holder", "lawyer", 403),
    ("holder", "self", 204),
    ("lawyer", "holder", 403), ("lawyer", "owner", 403), ("lawyer", "self", 204),
    ("admin", "holder", 204), ("admin", "owner", 204),
    ("stranger", "holder", 403), ("stranger", "owner", 403),
]  # fmt: skip


def test_who_may_withdraw_whom(cast: Cast) -> None:
    failures = []
    for actor_name, target_name, expected in WITHDRAWALS:
        case_id = cast.case()
        actor: Device = getattr(cast, actor_name)
        target: Device = actor if target_name == "self" else getattr(cast, target_name)
        answer = actor.client.delete(f"/v1/grants/{case_id}/{target.user_id}")
        if answer.status_code != expected:
            failures.append((actor_name, target_name, answer.status_code, answer.text))
        elif expected == 403:
            assert answer.json()["code"] == "forbidden"
            assert "only yourself" in answer.json()["message"]
            # Nothing changed: the target still receives the case.
            assert case_id in {g["case_id"] for g in target.pull()["grants"]}
    assert failures == []


def test_the_finding_a_recipient_cannot_remove_the_owner(cast: Cast) -> None:
    case_id = cast.case()
    refused = cast.holder.client.delete(f"/v1/grants/{case_id}/{cast.owner.user_id}")
    assert refused.status_code == 403
    cast.owner.grant(cast.stranger, case_id)  # the owner can still share it on
    listed = cast.owner.client.get(f"/v1/grants/{case_id}").json()
    assert listed["owners"] == sorted([cast.owner.user_id, cast.manager.user_id])


# (who gives "manage", HTTP status of the grant)
MANAGE_GIVERS = [("owner", 200), ("manager", 200), ("holder", 403), ("lawyer", 403)]


@pytest.mark.parametrize(("giver_name", "status"), MANAGE_GIVERS)
def test_who_may_make_an_owner(cast: Cast, giver_name: str, status: int) -> None:
    case_id = cast.case()
    giver: Device = getattr(cast, giver_name)
    answer = giver.post(
        "/v1/grants", giver.grant_for(cast.stranger, case_id, manage=True)
    )  # a lawyer may not share at all; the others may share, not all may make owners
    assert answer.status_code == status, answer.text
    owners = cast.owner.client.get(f"/v1/grants/{case_id}").json()["owners"]
    assert (cast.stranger.user_id in owners) == (status == 200)


def test_a_plain_holder_cannot_become_owner_by_granting_to_themselves(cast: Cast) -> None:
    case_id = cast.case()
    mine = cast.holder.grant_for(cast.holder, case_id, key_id="k1", manage=True)
    assert cast.holder.post("/v1/grants", mine).status_code == 403
    assert (
        cast.holder.client.delete(f"/v1/grants/{case_id}/{cast.owner.user_id}").status_code == 403
    )


def test_a_new_case_belongs_to_its_creator(make_device: Any) -> None:
    alice, bob = make_device(), make_device()
    case_id = f"case-{uuid.uuid4().hex[:8]}"
    plain = alice.post("/v1/grants", alice.grant_for(alice, case_id, manage=False))
    assert plain.status_code == 403 and "owner" in plain.json()["message"]
    for_bob = alice.post("/v1/grants", alice.grant_for(bob, case_id, manage=True))
    assert for_bob.status_code == 403
    assert alice.post("/v1/grants", alice.grant_for(alice, case_id, manage=True)).status_code == 200


# -- the impostor -------------------------------------------------------------------------
def _refused(org: Org, code: str, user_id: str) -> str:
    with pytest.raises(AssertionError) as refused:
        enrol(org, code=code, user_id=user_id)
    return str(refused.value)


def test_a_code_for_bob_cannot_enrol_alice(server: Org, make_device: Any) -> None:
    alice = make_device(user_id=f"alice-{uuid.uuid4().hex[:6]}")
    bob_id = f"bob-{uuid.uuid4().hex[:6]}"
    code = server.invite(user=bob_id)
    message = _refused(server, code, alice.user_id)
    assert message.startswith("403") and "wrong_user" in message and bob_id in message
    next_of_bob = _refused(server, server.invite(device_of=alice.user_id), bob_id)
    assert "wrong_user" in next_of_bob
    # A new-person code cannot add a device to someone who has one (that is --device-of).
    with pytest.raises(AdminError, match="device-of"):
        admin.invite(server.database_url, "counselor", user=alice.user_id)
    enrol(server, code=code, user_id=bob_id).client.close()  # the code still works for bob


def test_a_code_for_carol_does_not_reach_alices_cases(server: Org, make_device: Any) -> None:
    alice = make_device(user_id=f"alice-{uuid.uuid4().hex[:6]}")
    bob = make_device()
    case_id = bob.create_case()
    bob.grant(alice, case_id)
    carol_id = f"carol-{uuid.uuid4().hex[:6]}"
    carol_code = server.invite(user=carol_id)
    assert "wrong_user" in _refused(server, carol_code, alice.user_id)
    carol = enrol(server, code=carol_code, user_id=carol_id)
    try:
        approve(server, carol)
        page = carol.pull()
        assert page["grants"] == [] and page["ops"] == []
        assert carol.client.get(f"/v1/grants/{case_id}").status_code == 403
    finally:
        carol.client.close()


def test_bobs_share_reaches_only_alices_certified_devices(server: Org, make_device: Any) -> None:
    alice_id = f"alice-{uuid.uuid4().hex[:6]}"
    laptop = make_device(user_id=alice_id)
    pending = enrol(server, code=server.invite(device_of=alice_id), user_id=alice_id)
    carol = make_device()
    bob = make_device()
    try:
        case_id = bob.create_case()
        assert bob.post("/v1/grants", bob.grant_for(pending, case_id)).status_code == 404
        # Carol's key card under Alice's name, or Alice's device with Carol's key: refused.
        forged = bob.grant_for(carol, case_id).model_copy(
            update={"user_id": alice_id, "device_id": laptop.device_id}
        )
        resigned = forged.model_copy(update={"signature": bob.grant_for(carol, case_id).signature})
        assert bob.post("/v1/grants", resigned).status_code in (400, 404)
        signed = forged.model_copy(
            update={"signature": b64e(bob.signing.sign(grant_bytes(forged)))}
        )
        assert bob.post("/v1/grants", signed).status_code == 404
        bob.grant(laptop, case_id)
        assert pending.client.post("/v1/pull", json={}).json()["code"] == "pending_approval"
        got = laptop.pull()["grants"]
        assert [(g["user_id"], g["device_id"]) for g in got if g["case_id"] == case_id] == [
            (alice_id, laptop.device_id)
        ]
        assert carol.pull()["grants"] == []
    finally:
        pending.client.close()


def test_me_does_not_repeat_the_token(make_device: Any) -> None:
    device = make_device()
    me = device.client.get("/v1/me")
    assert me.status_code == 200
    assert device.token not in me.text and me.json().get("device_token") is None
