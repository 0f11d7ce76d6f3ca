"""Per-case states kept as ops arrive, and verify by buckets (issue 18, point 3).

Real server over HTTP, SQLite and PostgreSQL.  The stored state of every case is checked
against a recomputation from the op rows (after resends, rejections, and on PostgreSQL
pushes racing from two server processes); verify answers exactly the cases of the buckets
that differ, and a real client's verify and repair find and fix exactly the drifted cases.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.store.vault import Vault
from desktop.vaults import create_vault
from sync._client_verify import bucket_bits
from sync.client import SyncClient
from sync.protocol import (
    BUCKET_DIGEST,
    PROTOCOL_VERSION,
    VerifyResponse,
    b64e,
    bucket_digests,
    bucket_key,
    case_state,
    case_state_hash,
    op_digest,
)
from sync.server import admin
from sync.server.db import engine_url
from tests.sync.conftest import ORG_PASSPHRASE, Device, Org, approve, enrol, start_server

PASSPHRASE = "correct horse battery staple"


# -- helpers --------------------------------------------------------------------------------
def _engine(url: str) -> sa.Engine:
    return sa.create_engine(engine_url(url))


def recomputed(url: str) -> dict[str, str]:
    """Each case's state computed afresh from the server's op rows."""
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT case_id, op_id FROM ops")).all()
    finally:
        engine.dispose()
    ids: dict[str, list[str]] = {}
    for case_id, op_id in rows:
        ids.setdefault(case_id, []).append(op_id)
    return {case_id: case_state_hash(op_ids) for case_id, op_ids in ids.items()}


def stored(url: str) -> dict[str, str]:
    """The states the server keeps (case_states)."""
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT * FROM case_states")).all()
    finally:
        engine.dispose()
    assert all(r.bucket_key == bucket_key(r.case_id) for r in rows)
    assert all(r.op_sum == f"{int(r.op_sum, 16):064x}" for r in rows)  # as case_state writes it
    return {r.case_id: case_state(int(r.op_count), int(r.op_sum, 16)) for r in rows}


def lose_newest_op(url: str, case_id: str) -> None:
    """The server as restored from a backup taken before the case's newest op: the op row
    and its share of the case's state both gone (they commit together)."""
    engine = _engine(url)
    try:
        with engine.begin() as conn:
            op_id = conn.execute(
                sa.text("SELECT op_id FROM ops WHERE case_id = :c ORDER BY seq DESC"),
                {"c": case_id},
            ).first()[0]  # type: ignore[index]
            conn.execute(sa.text("DELETE FROM ops WHERE op_id = :o"), {"o": op_id})
            row = conn.execute(
                sa.text("SELECT op_count, op_sum FROM case_states WHERE case_id = :c"),
                {"c": case_id},
            ).one()
            left = (int(row.op_sum, 16) - op_digest(op_id)) % (1 << 256)
            conn.execute(
                sa.text("UPDATE case_states SET op_count = :n, op_sum = :s WHERE case_id = :c"),
                {"n": int(row.op_count) - 1, "s": f"{left:064x}", "c": case_id},
            )
    finally:
        engine.dispose()


def keyed(states: dict[str, str]) -> list[tuple[int, str, str]]:
    return [(bucket_key(c), c, s) for c, s in states.items()]


def case_bucket(case_id: str, bits: int) -> int:
    return bucket_key(case_id) >> (32 - bits)


def _verify(device: Device, states: dict[str, str], bits: int) -> httpx.Response:
    digests = b"".join(bucket_digests(keyed(states), bits))
    return device.post("/v1/verify", {"bucket_bits": bits, "buckets": b64e(digests)})


# -- the state ------------------------------------------------------------------------------
def test_a_case_state_sees_a_repeated_or_lost_op_whatever_the_order() -> None:
    a, b, c = "op-a", "op-b", "op-c"
    assert case_state_hash([a, b, c]) == case_state_hash([c, a, b])
    assert case_state_hash([a, b, b]) != case_state_hash([a])  # XOR would cancel the pair
    assert case_state_hash([a, b]) != case_state_hash([a, b, b])
    assert case_state_hash([]) == case_state(0, 0)
    assert bucket_bits(0) == 0 and bucket_bits(100_000) == 14


def test_stored_states_equal_the_ops_after_resends_and_rejections(
    server: Org, make_device: Any
) -> None:
    alice, bob, outsider = make_device(), make_device(), make_device()
    cases = [alice.create_case() for _ in range(6)]
    for case_id in cases[:3]:
        alice.grant(bob, case_id)
    sent: list[Any] = []
    for round_ in range(8):
        for writer in (alice, bob):
            batch = [writer.op(cases[(round_ + n) % 6]) for n in range(5)]
            batch.append(batch[0])  # the same op twice in one batch
            results = writer.push(*batch)
            sent.extend(o for o, r in zip(batch, results, strict=True) if r["status"] != "rejected")
    assert stored(server.database_url) == recomputed(server.database_url)
    before = stored(server.database_url)
    # Resent ops (a lost answer), ops of a case the pusher does not hold, and an op id
    # reused for another op change nothing.
    assert {r["status"] for r in alice.push(*[o for o in sent if o.device == alice.device_id])} == {
        "duplicate"
    }
    assert outsider.push(outsider.op(cases[0]))[0]["status"] == "rejected"
    reused = alice.op(cases[1], op_id=sent[0].op_id)
    assert alice.push(reused)[0]["status"] == "rejected"
    assert stored(server.database_url) == before == recomputed(server.database_url)
    assert len(before) == 6 and all(state != case_state_hash([]) for state in before.values())


def test_states_stay_exact_under_pushes_racing_from_two_processes(
    pg_url: str, tmp_path: Path
) -> None:
    """Eight devices of four people push single ops to the same three cases at once, through
    two server processes on one PostgreSQL, each op sent twice (the resend races its
    original).  Without the sequence lock around the read-and-rewrite of a case's row, a
    push overwrites another's addition and the stored state falls behind the ops."""
    info = admin.create_org(pg_url, "Test NGO", tmp_path / "org.pem", ORG_PASSPHRASE)
    process = start_server(pg_url, tmp_path / "server.log", log_level="warning", workers=2)
    org = Org(pg_url, tmp_path / "org.pem", info, process)
    devices: list[Device] = []
    try:
        for _ in range(8):
            device = enrol(org)
            approve(org, device)
            devices.append(device)
        owner = devices[0]
        cases = [owner.create_case() for _ in range(3)]
        for device in devices[1:]:
            for case_id in cases:
                owner.grant(device, case_id)
        failures: list[str] = []
        barrier = threading.Barrier(len(devices))

        def write(device: Device) -> None:
            barrier.wait()
            for n in range(30):
                op = device.op(cases[n % 3])
                for _ in range(2):
                    answer = device.post("/v1/push", {"ops": [op.model_dump(mode="json")]})
                    if answer.status_code != 200 and answer.status_code != 409:
                        failures.append(answer.text)

        threads = [threading.Thread(target=write, args=(d,)) for d in devices]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        truth = recomputed(pg_url)
        assert sum(int(s.split("-")[0]) for s in truth.values()) >= 8 * 30 * 0.9
        assert stored(pg_url) == truth
    finally:
        for device in devices:
            device.client.close()
        process.stop()


# -- verify over HTTP -----------------------------------------------------------------------
def test_verify_answers_the_held_cases_of_each_bucket_that_differs(
    server: Org, make_device: Any
) -> None:
    alice, bob = make_device(), make_device()
    same, differs, unknown = alice.create_case(), alice.create_case(), alice.create_case()
    empty = alice.create_case()  # granted, no op yet
    not_mine = bob.create_case()
    ids: dict[str, list[str]] = {}
    for writer, case_id in ((alice, same), (alice, differs), (alice, unknown), (bob, not_mine)):
        batch = [writer.op(case_id) for _ in range(2)]
        writer.push(*batch)
        ids[case_id] = [o.op_id for o in batch]
    truth = {c: case_state_hash(ids[c]) for c in (same, differs, unknown)}
    # Buckets fine enough that the cases fall apart (found, not assumed).
    bits = next(b for b in range(4, 17) if len({case_bucket(c, b) for c in [*ids, empty]}) == 5)
    claimed = {same: truth[same], differs: case_state_hash(ids[differs][:1])}
    claimed[not_mine] = "2-" + "0" * 64  # a case alice does not hold: never answered
    answer = VerifyResponse.model_validate(_verify(alice, claimed, bits).json())
    assert answer.cases == {differs: truth[differs], unknown: truth[unknown]}
    # Everything in one bucket: every held case is answered, the empty one with no ops.
    answer = VerifyResponse.model_validate(_verify(alice, claimed, 0).json())
    assert answer.cases == truth | {empty: case_state_hash([])}
    # A vault that matches (cases without ops left out, as the client does) hears nothing.
    assert _verify(alice, truth, bits).json() == {"cases": {}}
    assert _verify(alice, truth, 0).json() == {"cases": {}}


def test_a_malformed_verify_is_one_line_and_a_protocol_5_client_is_refused(
    server: Org, make_device: Any
) -> None:
    alice = make_device()
    short = alice.post("/v1/verify", {"bucket_bits": 3, "buckets": b64e(bytes(BUCKET_DIGEST))})
    assert short.status_code == 400 and short.json()["code"] == "bad_request"
    assert short.json()["message"] == "Verify needs 8 bucket digests of 16 bytes each."
    for body in ({"cases": {}}, {"bucket_bits": 17, "buckets": ""}):
        assert alice.post("/v1/verify", body).status_code in (400, 422)
    old = alice.post("/v1/hello", {"versions": [5], "client": "old", "client_time": "now"})
    assert old.status_code == 426 and old.json()["code"] == "incompatible_version"
    message = old.json()["message"]
    assert "\n" not in message and "5" in message and str(PROTOCOL_VERSION) in message


# -- a real client --------------------------------------------------------------------------
@dataclass
class Person:
    vault: Vault
    client: SyncClient
    service: CaseService


@pytest.fixture
def people(server: Org, tmp_path: Path) -> Iterator[Any]:
    made: list[Person] = []

    def make(name: str) -> Person:
        user = f"{name}-{uuid.uuid4().hex[:6]}"
        vault, _ = create_vault(
            tmp_path / user, PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user
        )
        client = SyncClient(vault)
        client.enroll(server.base_url, server.invite("counselor", user=user), f"{name}'s laptop")
        admin.approve(server.database_url, vault.device.device_id, server.key_path,
                      ORG_PASSPHRASE)  # fmt: skip
        person = Person(vault, client, CaseService(vault))
        made.append(person)
        return person

    yield make
    for person in made:
        person.vault.close()


def _case(person: Person) -> str:
    case = person.service.create_case({"full_name": "Nguyen Van A"}, note="first visit")
    person.service.update_case(case, {"summary": "unpaid overtime"})
    return case


def test_verify_finds_exactly_the_drifted_cases_and_repair_fixes_only_those(
    people: Any, server: Org
) -> None:
    alice, bob = people("alice"), people("bob")
    lost_on_server, lost_here, *untouched = (_case(alice) for _ in range(5))
    alice.client.sync_once()
    unknown_here = _case(bob)
    bob.client.sync_once()
    bob.client.share_case(unknown_here, alice.vault.device.user_id)
    assert alice.client.verify() == [unknown_here]  # granted since, not yet pulled

    alice.client.sync_once()
    assert alice.client.verify() == []
    lose_newest_op(server.database_url, lost_on_server)
    with alice.vault.store_lock:  # this vault lost an op it had received
        alice.vault.conn.execute(
            "DELETE FROM ops WHERE seq = (SELECT MAX(seq) FROM ops WHERE case_id = ?)",
            (lost_here,),
        )
    bob.service.add_party(unknown_here, {"name": "Example KK", "role": "employer"})
    bob.client.sync_once()  # a case alice holds moved on: it differs until she pulls
    assert stored(server.database_url) == recomputed(server.database_url)
    drifted = sorted([lost_on_server, lost_here, unknown_here])
    assert alice.client.verify() == drifted

    report = alice.client.repair(drifted)
    assert report.pushed == 1  # the server's lost op, and nothing of the untouched cases
    assert report.pulled == 2  # this vault's lost op and bob's new one
    assert alice.client.verify() == []
    assert stored(server.database_url) == recomputed(server.database_url)
    assert all(alice.vault.has_case(c) for c in untouched)


class _Answers(httpx.HTTPTransport):
    """Keeps the body of every /v1/verify answer."""

    def __init__(self) -> None:
        super().__init__()
        self.verify: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path == "/v1/verify":
            body = response.read()
            self.verify.append(body)
            return httpx.Response(response.status_code, headers=response.headers, content=body)
        return response


def test_a_withdrawn_case_kept_read_only_is_left_out(people: Any, server: Org) -> None:
    """The vault keeps a withdrawn case (read-only); the server no longer counts it for this
    user, so the client leaves it out of its buckets: the answer is empty, not the whole
    bucket it shares with the user's own case."""
    alice, bob = people("alice"), people("bob")
    own = _case(alice)
    shared = _case(bob)
    bob.client.sync_once()
    bob.client.share_case(shared, alice.vault.device.user_id)
    alice.client.sync_once()
    bob.client.revoke_grant(shared, alice.vault.device.user_id)
    alice.client.sync_once()
    assert alice.vault.has_case(shared) and alice.client.status().read_only_cases == 1
    answers = _Answers()
    assert SyncClient(alice.vault, transport=answers).verify() == []
    assert answers.verify == [b'{"cases":{}}']  # two cases: one bucket, with `own` in it
    assert own
