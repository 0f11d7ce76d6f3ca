"""The sync server over real HTTP against SQLite and PostgreSQL (docs/sync.md)."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.store.ids import new_id as new_blob_id
from sync.protocol import PROTOCOL_VERSION, b64d, b64e
from sync.server import admin
from sync.server.errors import AdminError
from tests.sync.conftest import ORG_PASSPHRASE, Org, approve, enrol, start_server


def test_healthz_and_hello(server: Org) -> None:
    assert httpx.get(server.base_url + "/healthz").json() == {"ok": True}
    ok = httpx.post(
        server.base_url + "/v1/hello",
        json={"versions": [PROTOCOL_VERSION, 99], "client": "test", "client_time": "now"},
    )
    assert ok.status_code == 200
    assert ok.json()["version"] == PROTOCOL_VERSION
    assert ok.json()["org"]["fingerprint"] == server.info.fingerprint
    too_new = httpx.post(
        server.base_url + "/v1/hello", json={"versions": [7], "client": "t", "client_time": "now"}
    )
    assert too_new.status_code == 426
    body = too_new.json()
    assert body["code"] == "incompatible_version"
    assert "7" in body["message"] and str(PROTOCOL_VERSION) in body["message"]


def test_hello_names_the_organisation_once_it_exists(database_url: str, tmp_path: Path) -> None:
    """A process keeps the organisation once read (it never changes); before it exists,
    hello answers without one and looks again each time."""
    server = start_server(database_url, tmp_path / "server.log")
    body = {"versions": [PROTOCOL_VERSION], "client": "test", "client_time": "now"}
    try:
        before = httpx.post(server.base_url + "/v1/hello", json=body)
        assert before.status_code == 200 and before.json()["org"] is None
        info = admin.create_org(database_url, "Later NGO", tmp_path / "org.pem", ORG_PASSPHRASE)
        for _ in range(2):
            after = httpx.post(server.base_url + "/v1/hello", json=body)
            assert after.json()["org"]["fingerprint"] == info.fingerprint
            assert after.json()["org"]["name"] == "Later NGO"
    finally:
        server.stop()


def test_validation_errors_are_400_error_bodies(server: Org) -> None:
    for body in ({"versions": []}, {"nonsense": 1}, "not json"):
        response = httpx.post(server.base_url + "/v1/hello", json=body)
        assert response.status_code == 400
        assert response.json()["code"] == "bad_request"
    raw = httpx.post(
        server.base_url + "/v1/hello", content=b"{bad", headers={"content-type": "application/json"}
    )
    assert raw.status_code == 400 and raw.json()["code"] == "bad_request"
    missing = httpx.get(server.base_url + "/nowhere")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"


def test_enrolment_codes(server: Org, make_device: Any) -> None:
    def try_enrol(code: str, user: str = "u-codes") -> httpx.Response:
        try:
            enrol(server, code=code, user_id=user).client.close()
        except AssertionError as refused:
            return httpx.Response(403, text=str(refused))
        return httpx.Response(200)

    assert try_enrol("garbage").status_code == 403
    code = server.invite("counselor", user="u-codes")
    secret, _prefix = code.rsplit("-", 1)
    assert try_enrol(f"{secret}-{'0' * 16}").status_code == 403  # another organisation
    assert try_enrol(code).status_code == 200
    assert try_enrol(code).status_code == 403  # used
    expired = server.invite("counselor", hours=-1, user="u-late")
    assert try_enrol(expired, "u-late").status_code == 403
    with pytest.raises(AdminError):
        admin.invite(server.database_url, "janitor", user="u-janitor")


def test_pending_until_approved_and_fingerprint_checked(server: Org, make_device: Any) -> None:
    device = make_device(approved=False)
    assert device.enrol_status == "pending"
    me = device.client.get("/v1/me")
    assert me.status_code == 200 and me.json()["status"] == "pending"
    refused = device.client.post("/v1/pull", json={})
    assert refused.status_code == 403 and refused.json()["code"] == "pending_approval"
    with pytest.raises(AdminError, match="not the one"):
        admin.approve(
            server.database_url, device.device_id, server.key_path, ORG_PASSPHRASE, "ab" * 8
        )
    with pytest.raises(AdminError, match="passphrase"):
        admin.approve(server.database_url, device.device_id, server.key_path, "wrong")
    approve(server, device)
    me = device.client.get("/v1/me").json()
    assert me["status"] == "approved"
    assert me["certificate"]["key_fingerprint"] == device.fingerprint
    listed = {row.device_id: row.status for row in admin.devices(server.database_url)}
    assert listed[device.device_id] == "approved"
    directory = device.client.get("/v1/directory").json()["entries"]
    assert device.device_id in {entry["device_id"] for entry in directory}


def test_certificate_verifies_with_org_key(server: Org, make_device: Any) -> None:
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from sync.protocol import Certificate, b64d, certificate_bytes

    device = make_device()
    cert = Certificate(**device.client.get("/v1/me").json()["certificate"])
    key = ed25519.Ed25519PublicKey.from_public_bytes(b64d(server.info.public_key))
    key.verify(b64d(cert.signature), certificate_bytes(cert))  # raises if wrong


def test_push_pull_round_trip_and_duplicate(server: Org, make_device: Any) -> None:
    alice = make_device()
    case_id = alice.create_case()
    ops = [alice.op(case_id, f"sealed {i}".encode()) for i in range(3)]
    results = alice.push(*ops)
    assert [r["status"] for r in results] == ["accepted"] * 3
    seqs = [r["seq"] for r in results]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3
    again = alice.push(ops[0], ops[1])
    assert [r["status"] for r in again] == ["duplicate", "duplicate"]
    assert [r["seq"] for r in again] == seqs[:2]
    page = alice.pull()
    assert [o["op_id"] for o in page["ops"]] == [o.op_id for o in ops]
    assert [o["ciphertext"] for o in page["ops"]] == [o.ciphertext for o in ops]
    assert [g["case_id"] for g in page["grants"]] == [case_id]
    assert page["more"] is False
    assert alice.pull(page["cursor"])["ops"] == []


def test_bad_ops_are_rejected_individually(server: Org, make_device: Any) -> None:
    alice, bob = make_device(), make_device()
    case_id = alice.create_case()
    good = alice.op(case_id)
    flipped = alice.op(case_id, b"original")
    altered = b"originaL" + b64d(flipped.ciphertext)[8:]  # altered after signing, same size
    flipped = flipped.model_copy(update={"ciphertext": b64e(altered)})
    forged = bob.op(case_id)  # bob holds no grant
    other_device = alice.op(case_id, device="someone-else")
    bad_signature = alice.op(case_id).model_copy(update={"signature": b64e(b"x" * 64)})
    bad_base64 = alice.op(case_id).model_copy(update={"nonce": "***"})
    no_case = alice.op("case-nobody-has")
    results = alice.push(good, flipped, other_device, bad_signature, bad_base64, no_case)
    statuses = [(r["status"], r["reason"]) for r in results]
    assert statuses[0] == ("accepted", "")
    assert statuses[1] == ("rejected", "bad signature")
    assert statuses[2][0] == "rejected" and "device" in statuses[2][1]
    assert statuses[3] == ("rejected", "bad signature")
    assert statuses[4][0] == "rejected" and "base64" in statuses[4][1]
    assert statuses[5] == ("rejected", "no grant for this case")
    assert bob.push(forged) == [
        {"op_id": forged.op_id, "seq": 0, "status": "rejected", "reason": "no grant for this case"}
    ]
    assert [o["op_id"] for o in alice.pull()["ops"]] == [good.op_id]


def test_revoked_device_is_refused(server: Org, make_device: Any) -> None:
    alice = make_device()
    case_id = alice.create_case()
    admin.revoke(server.database_url, alice.device_id)
    response = alice.post("/v1/push", {"ops": [alice.op(case_id).model_dump()]})
    assert response.status_code == 403 and response.json()["code"] == "revoked"
    anonymous = httpx.post(server.base_url + "/v1/pull", json={})
    assert anonymous.status_code == 401 and anonymous.json()["code"] == "unauthenticated"
    wrong = httpx.post(
        server.base_url + "/v1/pull", json={}, headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 401


def test_pull_scoping_grant_and_revoke(server: Org, make_device: Any) -> None:
    alice, bob = make_device(), make_device("lawyer")
    case_id = alice.create_case()
    history = [alice.op(case_id) for _ in range(4)]
    alice.push(*history)
    _, bob_cursor = bob.pull_all()
    assert bob.pull()["ops"] == []
    # A lawyer may neither create cases nor share onward.
    refused = bob.post("/v1/grants", bob.grant_for(bob, "case-by-lawyer"))
    assert refused.status_code == 403
    alice.grant(bob, case_id)
    page = bob.pull(bob_cursor)
    assert [o["op_id"] for o in page["ops"]] == [o.op_id for o in history]  # full history
    assert [g["case_id"] for g in page["grants"]] == [case_id]
    later = alice.op(case_id)
    alice.push(later)
    page = bob.pull(page["cursor"])
    assert [o["op_id"] for o in page["ops"]] == [later.op_id]
    gone = alice.client.delete(f"/v1/grants/{case_id}/{bob.user_id}")
    assert gone.status_code == 204
    alice.push(alice.op(case_id))
    page = bob.pull(page["cursor"])
    assert page["revoked"] == [case_id]
    assert page["ops"] == [] and page["grants"] == []
    assert bob.push(bob.op(case_id))[0]["reason"] == "no grant for this case"


def test_withdrawing_again_is_answered_as_done(server: Org, make_device: Any) -> None:
    """A withdrawal whose answer was lost is sent again: the retry must succeed (a 404 made
    the client stop before rotating the case key), change nothing and take no number; a
    user who never held the case is still 404 and a stranger still 403."""
    alice, bob, carol = make_device(), make_device(), make_device()
    case_id = alice.create_case()
    alice.grant(bob, case_id)
    alice.grant(carol, case_id)
    assert alice.client.delete(f"/v1/grants/{case_id}/{bob.user_id}").status_code == 204
    top = alice.push(alice.op(case_id))[0]["seq"]
    assert alice.client.delete(f"/v1/grants/{case_id}/{bob.user_id}").status_code == 204
    assert alice.push(alice.op(case_id))[0]["seq"] == top + 1  # the retry took no number
    # Carol withdraws herself twice (the first answer lost): both succeed.
    assert carol.client.delete(f"/v1/grants/{case_id}/{carol.user_id}").status_code == 204
    assert carol.client.delete(f"/v1/grants/{case_id}/{carol.user_id}").status_code == 204
    stranger = make_device()
    never = stranger.client.delete(f"/v1/grants/{case_id}/{stranger.user_id}")
    assert never.status_code == 403  # holds nothing: may withdraw no one
    assert alice.client.delete(f"/v1/grants/{case_id}/{stranger.user_id}").status_code == 404
    assert bob.client.delete(f"/v1/grants/{case_id}/{alice.user_id}").status_code == 403


def test_paging_through_a_granted_history(server: Org, make_device: Any) -> None:
    alice, bob = make_device(), make_device()
    first, second = alice.create_case(), alice.create_case()
    alice.push(*[alice.op(first) for _ in range(7)])
    alice.push(*[alice.op(second) for _ in range(5)])
    _, cursor = bob.pull_all()
    alice.grant(bob, first)
    alice.push(*[alice.op(first) for _ in range(2)])
    alice.grant(bob, second)
    seen: list[str] = []
    cursors = [cursor]
    while True:
        page = bob.pull(cursors[-1], limit=3)
        assert len(page["ops"]) <= 3
        seen.extend(o["op_id"] for o in page["ops"])
        cursors.append(page["cursor"])
        if not page["more"]:
            break
    alice_ops, _ = alice.pull_all()
    assert sorted(seen) == sorted(o["op_id"] for o in alice_ops)
    assert len(seen) == len(set(seen)) == 14


def test_cursor_is_validated_and_monotonic(server: Org, make_device: Any) -> None:
    alice = make_device()
    case_id = alice.create_case()
    for bad in ("", "nonsense", b64e(b'{"v":1,"p":-1,"s":0}'), b64e(b"[]"), "\x00"):
        response = alice.post("/v1/pull", {"cursor": bad})
        assert response.status_code == 400, bad
    future = alice.post("/v1/pull", {"cursor": b64e(b'{"v":1,"p":999999,"s":0}')})
    assert future.status_code == 409
    cursors = []
    cursor = None
    for _ in range(3):
        alice.push(alice.op(case_id))
        page = alice.pull(cursor)
        cursor = page["cursor"]
        cursors.append(cursor)
    import base64
    import json

    positions = [json.loads(base64.urlsafe_b64decode(c))["p"] for c in cursors]
    assert positions == sorted(positions) and len(set(positions)) == 3


def test_blobs_resume_and_gate_ops(server: Org, make_device: Any) -> None:
    alice, bob = make_device(), make_device()
    case_id = alice.create_case()
    blob_id = new_blob_id()
    chunks = [secrets.token_bytes(1000) for _ in range(3)]
    url = f"/v1/blobs/{blob_id}/{{}}?case_id={case_id}&chunks=3"
    first = alice.client.put(url.format(0), content=chunks[0])
    assert first.status_code == 200 and first.json()["received"] == [0]
    gated = alice.op(case_id, blobs=[blob_id])
    assert alice.push(gated)[0]["status"] == "rejected"
    alice.client.put(url.format(2), content=chunks[2])
    status = alice.client.get(f"/v1/blobs/{blob_id}").json()
    assert status["received"] == [0, 2] and status["complete"] is False
    assert alice.client.put(url.format(2), content=chunks[2]).status_code == 200  # idempotent
    clash = alice.client.put(url.format(2), content=b"other bytes")
    assert clash.status_code == 409 and clash.json()["code"] == "conflict"
    done = alice.client.put(url.format(1), content=chunks[1])
    assert done.json()["complete"] is True
    assert alice.push(gated)[0]["status"] == "accepted"
    assert alice.client.get(f"/v1/blobs/{blob_id}/1").content == chunks[1]
    assert bob.client.get(f"/v1/blobs/{blob_id}/1").status_code == 403
    assert bob.client.put(url.format(0), content=chunks[0]).status_code == 403
    assert alice.client.get(f"/v1/blobs/{blob_id}/7").status_code == 404
    assert alice.client.get(f"/v1/blobs/{new_blob_id()}").status_code == 404


def test_logs_hold_no_payload_names_or_tokens(server: Org, make_device: Any) -> None:
    canary = "CANARY-" + secrets.token_hex(8)
    alice = make_device(name=canary, device_name=canary + "-laptop")
    case_id = alice.create_case()
    alice.push(alice.op(case_id, canary.encode()))
    alice.post("/v1/push", {"ops": [{"op_id": canary}]})  # an invalid request quoting it
    alice.client.put(
        f"/v1/blobs/{new_blob_id()}/0?case_id={case_id}&chunks=1", content=canary.encode()
    )
    log = server.server.log_text()
    assert "POST /v1/push 200" in log and alice.device_id in log
    for secret in (canary, b64e(canary.encode()), alice.token, case_id):
        assert secret not in log


def test_admin_cli_one_line_errors(server: Org, tmp_path: Any) -> None:
    import subprocess
    import sys

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        import os

        return subprocess.run(
            [sys.executable, "-m", "sync.server", "admin", *args, "--database", server.database_url],
            capture_output=True, text=True, env={**os.environ, **(env or {})}, check=False,
        )  # fmt: skip

    again = run("create-org", "Other", "--org-key", str(tmp_path / "x.pem"),
                env={"MADOGUCHI_ORG_PASSPHRASE": "pw"})  # fmt: skip
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert "already has an organisation" in again.stderr
    code = run("invite", "--user", "u-out", "--role", "outreach", "--expires", "2h")
    assert code.returncode == 0 and code.stdout.strip().endswith(server.info.fingerprint[:16])
    bad = run("approve", "nobody", "--org-key", str(server.key_path),
              env={"MADOGUCHI_ORG_PASSPHRASE": ORG_PASSPHRASE})  # fmt: skip
    assert bad.returncode == 1 and "No device" in bad.stderr and "Traceback" not in bad.stderr
    listing = run("devices")
    assert listing.returncode == 0 and "fingerprint" in listing.stdout


def test_create_org_refuses_to_overwrite_key(tmp_path: Any) -> None:
    key = tmp_path / "org.pem"
    key.write_text("precious")
    with pytest.raises(AdminError, match="already exists"):
        admin.create_org(f"sqlite:///{tmp_path / 'db.sqlite3'}", "NGO", key, "pw")
    assert key.read_text() == "precious"


def _ids(ops: list[dict[str, Any]]) -> list[str]:
    return [o["op_id"] for o in ops]


def test_migrations_build_exactly_the_described_schema(database_url: str) -> None:
    import subprocess
    import sys

    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sync.server.db import make_engine, metadata

    done = subprocess.run(
        [sys.executable, "-m", "sync.server", "migrate", "--database", database_url],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_case_grantees_are_listed_only_to_holders(make_device: Any) -> None:
    alice, bob, lawyer = make_device(), make_device(), make_device("lawyer")
    case_id = alice.create_case()
    assert bob.client.get(f"/v1/grants/{case_id}").status_code == 403
    alice.grant(lawyer, case_id)
    listed = alice.client.get(f"/v1/grants/{case_id}")
    assert listed.status_code == 200
    assert listed.json() == {
        "case_id": case_id,
        "users": sorted([alice.user_id, lawyer.user_id]),
        "owners": [alice.user_id],
    }
    assert alice.client.delete(f"/v1/grants/{case_id}/{lawyer.user_id}").status_code == 204
    assert alice.client.get(f"/v1/grants/{case_id}").json()["users"] == [alice.user_id]
    assert lawyer.client.get(f"/v1/grants/{case_id}").status_code == 403


def test_a_rewrapped_grant_resend_keeps_its_number(make_device: Any) -> None:
    """After a dropped answer a client wraps the same key again (fresh HPKE output): the
    server keeps the first grant and its number, so the history is not sent twice."""
    alice, bob = make_device(), make_device()
    case_id = alice.create_case()
    first = alice.grant(bob, case_id)
    again = alice.grant(bob, case_id)  # different enc/wrapped/signature, same key and card
    assert again["seq"] == first["seq"] and again["wrapped"] == first["wrapped"]


def test_approving_a_second_device_of_a_user_says_so(server: Org) -> None:
    import os
    import subprocess
    import sys

    from tests.sync.conftest import approve, enrol

    first = enrol(server, user_id="user-hanako")
    approve(server, first)
    second = enrol(
        server, code=server.invite(device_of="user-hanako"), user_id="user-hanako",
        device_name="unknown laptop",
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "sync.server", "admin", "approve", second.device_id,
         "--org-key", str(server.key_path), "--database", server.database_url,
         "--fingerprint", second.fingerprint[:16]],
        capture_output=True, text=True, check=False,
        env={**os.environ, "MADOGUCHI_ORG_PASSPHRASE": ORG_PASSPHRASE},
    )  # fmt: skip
    first.client.close()
    second.client.close()
    assert result.returncode == 0, result.stderr
    assert "unknown laptop" in result.stdout and "user-hanako" in result.stdout
    assert "also has" in result.stdout and first.device_id in result.stdout


def test_small_pages_over_many_newly_granted_cases_lose_and_repeat_nothing(
    make_device: Any,
) -> None:
    """A user granted many cases at once pulls their whole histories page by page: the
    pages are cut at grant boundaries, and together they hold every op exactly once."""
    alice, bob = make_device(), make_device()
    expected: set[str] = set()
    cases = []
    for n in range(12):
        case_id = alice.create_case()
        ops = [alice.op(case_id) for _ in range(n % 3)]  # 0, 1 or 2 ops: pages get cut short
        if ops:
            alice.push(*ops)
        expected.update(o.op_id for o in ops)
        cases.append(case_id)
    for case_id in cases:
        alice.grant(bob, case_id)
    late = alice.op(cases[0])  # an op after the grants: ordered by its own seq
    alice.push(late)
    expected.add(late.op_id)
    for limit in (1, 2, 4, 5, 8):
        seen: list[str] = []
        cursor = None
        for _ in range(200):
            page = bob.pull(cursor, limit=limit)
            assert len(page["ops"]) <= limit
            seen.extend(o["op_id"] for o in page["ops"])
            cursor = page["cursor"]
            if not page["more"]:
                break
        assert sorted(seen) == sorted(expected) and len(seen) == len(set(seen)), limit


def _signed_push(device: Any, ops: list[Any], signer: Any = None) -> dict[str, Any]:
    """A push body with a batch signature by ``signer`` (default: the device itself)."""
    from sync.protocol import op_bytes, push_bytes

    data = push_bytes([(op_bytes(op), op.signature) for op in ops])
    signature = (signer or device).signing.sign(data)
    return {"ops": [o.model_dump(mode="json") for o in ops], "batch_signature": b64e(signature)}


def _statuses(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [r["status"] for r in response.json()["results"]]


def test_a_batch_signature_stands_for_every_op(server: Org, make_device: Any) -> None:
    """One signature over the batch: ops whose own signatures are not even there are
    accepted, because the device signed each op's bytes and signature in the batch."""
    alice = make_device()
    case_id = alice.create_case()
    ops = [alice.op(case_id) for _ in range(3)]
    ops[1] = ops[1].model_copy(update={"signature": "c2lnbmVkIGluIHRoZSBiYXRjaA=="})
    assert _statuses(alice.post("/v1/push", _signed_push(alice, ops))) == ["accepted"] * 3


def test_a_batch_signature_that_fails_falls_back_to_each_op(server: Org, make_device: Any) -> None:
    """Signed by someone else, or an op altered after signing: the batch signature fails,
    each op's own signature decides, and only the altered or unsigned op is refused."""
    alice, mallory = make_device(), make_device()
    case_id = alice.create_case()
    ops = [alice.op(case_id) for _ in range(3)]
    foreign = _signed_push(alice, ops, signer=mallory)
    assert _statuses(alice.post("/v1/push", foreign)) == ["accepted"] * 3

    fresh = [alice.op(case_id) for _ in range(3)]
    body = _signed_push(alice, fresh)
    body["ops"][1]["key_id"] = "k-other"  # altered after both signatures
    assert _statuses(alice.post("/v1/push", body)) == ["accepted", "rejected", "accepted"]

    unsigned = [alice.op(case_id), alice.op(case_id).model_copy(update={"signature": ""})]
    body = {"ops": [o.model_dump(mode="json") for o in unsigned], "batch_signature": "AAAA"}
    assert _statuses(alice.post("/v1/push", body)) == ["accepted", "rejected"]
