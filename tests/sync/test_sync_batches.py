"""Issue 18: grants and blob statuses in batches, and a device's own ops left out of its pulls.

Against the real server on SQLite and PostgreSQL.  A batch of grants is one request and one
transaction: every grant in it is checked exactly as a single grant is (issue 15's rules),
and one refused grant refuses the batch, naming it, with nothing stored.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.vaults import create_vault
from sync.client import SyncClient
from sync.protocol import MAX_GRANT_BATCH
from sync.server.db import grants, make_engine
from tests.sync.conftest import Device, Org
from tests.sync.test_trust_devices import approve_device

PASSPHRASE = "correct horse battery staple"


def _batch(device: Device, *grants_: Any) -> httpx.Response:
    return device.post("/v1/grants/batch", {"grants": [g.model_dump(mode="json") for g in grants_]})


def _stored_grants(server: Org, case_ids: set[str]) -> list[tuple[str, str, str, int]]:
    engine = make_engine(server.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(grants.c.case_id, grants.c.user_id, grants.c.device_id, grants.c.seq)
                .where(grants.c.case_id.in_(sorted(case_ids)))
                .order_by(grants.c.seq)
            ).all()
    finally:
        engine.dispose()
    return [(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]


def _case() -> str:
    return f"case-{uuid.uuid4().hex[:12]}"


# -- batches of grants ----------------------------------------------------------------------
def test_a_batch_creates_cases_for_every_device_of_the_creator(
    server: Org, make_device: Any
) -> None:
    laptop = make_device("counselor")
    desk = make_device("counselor", user_id=laptop.user_id)  # her next device
    cases = [_case() for _ in range(3)]
    batch = [
        g
        for c in cases
        for g in (laptop.grant_for(laptop, c, manage=True), laptop.grant_for(desk, c))
    ]
    answer = _batch(laptop, *batch)
    assert answer.status_code == 200, answer.text
    seqs = [g["seq"] for g in answer.json()["grants"]]
    assert seqs == sorted(seqs) and len(set(seqs)) == 6  # one number each, in order
    assert [(c, d) for c, _, d, _ in _stored_grants(server, set(cases))] == [
        (c, d) for c in cases for d in (laptop.device_id, desk.device_id)
    ]
    again = _batch(laptop, *batch)  # a resend (answer lost) keeps every number
    assert [g["seq"] for g in again.json()["grants"]] == seqs
    # Pushing needs no other request: both devices now hold every case.
    results = laptop.push(*(laptop.op(c) for c in cases))
    assert {r["status"] for r in results} == {"accepted"}
    desk_ops, _ = desk.pull_all()
    assert {op["case_id"] for op in desk_ops} == set(cases)


def _refused(answer: httpx.Response, status: int, index: int, count: int) -> str:
    assert answer.status_code == status, answer.text
    message = str(answer.json()["message"])
    assert message.startswith(f"Grant {index} of {count} (case ")
    assert "Nothing in this batch was stored." in message and "\n" not in message
    return message


def test_one_refused_grant_refuses_the_whole_batch(server: Org, make_device: Any) -> None:
    alice = make_device("counselor")
    bob = make_device("counselor")
    lawyer = make_device("lawyer")
    bobs_case = bob.create_case()
    fresh = [_case(), _case()]

    def good() -> list[Any]:
        return [alice.grant_for(alice, c, manage=True) for c in fresh]

    # Sharing a case alice does not hold, between two good grants.
    message = _refused(
        _batch(alice, good()[0], alice.grant_for(lawyer, bobs_case), good()[1]), 403, 2, 3
    )
    assert bobs_case in message
    # A new case's first grant to someone else than its creator.
    _refused(_batch(alice, good()[0], alice.grant_for(bob, _case(), manage=True)), 403, 2, 2)
    # A holder who is not an owner making someone an owner (bob gives alice a plain grant).
    bob.grant(alice, bobs_case)
    _refused(_batch(alice, *good(), alice.grant_for(lawyer, bobs_case, manage=True)), 403, 3, 3)
    # A lawyer cannot create cases, in a batch either.
    lawyers = [lawyer.grant_for(lawyer, c, manage=True) for c in fresh]
    _refused(_batch(lawyer, *lawyers), 403, 1, 2)
    # Signed by another device than the sender's; a signature that does not verify.
    forged = bob.grant_for(alice, fresh[1])
    _refused(_batch(alice, good()[0], forged), 403, 2, 2)
    tampered = good()[1].model_copy(update={"key_id": "k2"})
    _refused(_batch(alice, good()[0], tampered), 400, 2, 2)
    # A recipient device that is not an approved device of that user with that key card.
    pending = make_device("counselor", approved=False)
    _refused(_batch(alice, good()[0], alice.grant_for(pending, fresh[0])), 404, 2, 2)
    assert _stored_grants(server, set(fresh)) == []  # nothing of any refused batch
    # The same good grants alone are stored, and the lawyer holds nothing.
    assert _batch(alice, *good()).status_code == 200
    assert {c for c, _, _, _ in _stored_grants(server, set(fresh))} == set(fresh)
    assert lawyer.pull()["grants"] == []


def test_a_batch_has_a_size_limit_and_a_version(server: Org, make_device: Any) -> None:
    alice = make_device("counselor")
    case_id = _case()
    too_many = [alice.grant_for(alice, case_id, key_id=f"k{n}", manage=True) for n in range(501)]
    assert len(too_many) == MAX_GRANT_BATCH + 1
    answer = _batch(alice, *too_many)
    assert answer.status_code == 400 and answer.json()["code"] == "bad_request"
    assert _batch(alice).status_code == 400  # empty
    assert _stored_grants(server, {case_id}) == []
    old = alice.post("/v1/hello", {"versions": [3], "client": "old", "client_time": "now"})
    assert old.status_code == 426 and old.json()["code"] == "incompatible_version"


# -- blob statuses --------------------------------------------------------------------------
def test_blob_statuses_in_one_request(server: Org, make_device: Any) -> None:
    alice = make_device("counselor")
    bob = make_device("counselor")
    case_id = alice.create_case()
    stored, unknown = "A" * 22, "B" * 22
    put = alice.client.put(
        f"/v1/blobs/{stored}/0", content=b"x" * 300, params={"case_id": case_id, "chunks": 2}
    )
    assert put.status_code == 200, put.text
    answer = alice.post("/v1/blobs/status", {"blob_ids": [unknown, stored]})
    assert answer.status_code == 200, answer.text
    assert answer.json()["blobs"] == [
        {"blob_id": stored, "case_id": case_id, "chunks": 2, "received": [0], "complete": False}
    ]
    refused = bob.post("/v1/blobs/status", {"blob_ids": [unknown, stored]})
    assert refused.status_code == 403  # another person's case: nothing answered
    assert bob.post("/v1/blobs/status", {"blob_ids": ["../../etc"]}).status_code == 400


# -- a device's own ops ---------------------------------------------------------------------
def test_pulls_leave_out_the_callers_own_ops_it_holds(server: Org, make_device: Any) -> None:
    laptop = make_device("counselor")
    desk = make_device("counselor", user_id=laptop.user_id)
    case_id = _case()
    assert _batch(laptop, laptop.grant_for(laptop, case_id, manage=True)).status_code == 200
    assert _batch(laptop, laptop.grant_for(desk, case_id)).status_code == 200
    first = laptop.push(*(laptop.op(case_id) for _ in range(3)))
    through = max(r["seq"] for r in first)
    later = laptop.push(laptop.op(case_id))  # after what the laptop says it holds

    def pulled(device: Device, own_through: int) -> list[str]:
        page = device.post("/v1/pull", {"cursor": None, "own_through": own_through}).json()
        return [op["op_id"] for op in page["ops"]]

    assert pulled(laptop, through) == [later[0]["op_id"]]
    assert pulled(laptop, 0) == [r["op_id"] for r in first + later]
    assert pulled(desk, through) == [r["op_id"] for r in first + later]  # not its own


class CountingTransport(httpx.HTTPTransport):
    """Counts the ops the server sent in pull answers."""

    def __init__(self) -> None:
        super().__init__()
        self.pulled_ops = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path == "/v1/pull":
            raw = response.read()
            self.pulled_ops += len(json.loads(raw)["ops"])
        return response


def test_a_first_sync_does_not_download_what_it_pushed(server: Org, tmp_path: Path) -> None:
    user = f"alice-{uuid.uuid4().hex[:6]}"
    made = []
    for name, code in (("laptop", server.invite(user=user)), ("desk", None)):
        folder = tmp_path / name
        vault, _ = create_vault(
            folder, PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user
        )
        transport = CountingTransport()
        client = SyncClient(vault, transport=transport)
        client.enroll(server.base_url, code or server.invite(device_of=user), name)
        made.append((vault, client, transport))
    laptop, desk = made
    try:
        for one in made:
            from tests.sync.test_trust_devices import Vaulted

            approve_device(server, Vaulted(one[0], one[1], CaseService(one[0])))
        service = CaseService(laptop[0])
        cases = [service.create_case({"full_name": f"Worker {n}"}) for n in range(3)]
        report = laptop[1].sync_once()
        assert report.pushed > 0 and laptop[2].pulled_ops == 0  # none of its own came back
        assert laptop[1].sync_once().pulled == 0 and laptop[2].pulled_ops == 0
        desk_report = desk[1].sync_once()  # the same person's other device gets them all
        assert desk[2].pulled_ops == report.pushed == desk_report.pulled
        desk_service = CaseService(desk[0])
        assert {desk_service.get_case(c).worker.data["full_name"] for c in cases} == {
            f"Worker {n}" for n in range(3)
        }
        # An edit on the desk reaches the laptop; the laptop's next edit does not come back.
        desk_service.update_worker(cases[0], {"phone": "090-0000-0000"})
        desk[1].sync_once()
        assert laptop[1].sync_once().pulled > 0
        before = laptop[2].pulled_ops
        service.update_worker(cases[1], {"phone": "080-1111-1111"})
        laptop[1].sync_once()
        assert laptop[2].pulled_ops == before
        # A repair reads everything again, its own ops included.
        laptop[1].repair(cases)
        assert laptop[2].pulled_ops > before
    finally:
        for vault, _, _ in made:
            vault.close()
