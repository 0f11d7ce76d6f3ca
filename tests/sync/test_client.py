"""The sync client against the real server process (tests/sync/conftest.py).

Two counselors (Alice, Bob) and a lawyer enrol with one-time codes and are approved with
the organisation key; every assertion reads real vaults and the real server database.
"""

from __future__ import annotations

import base64
import io
import json
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
from desktop.identity import ensure_identity
from desktop.store import oplog, sync_state
from desktop.store.vault import Vault
from desktop.vaults import create_vault
from sync import _client_push as push_module
from sync._client_wire import envelope_length
from sync.client import (
    IncompatibleServerError,
    KeySubstitutionError,
    SyncClient,
    SyncUnavailableError,
)
from sync.protocol import PushRequest
from sync.server import admin
from tests.sync.conftest import ORG_PASSPHRASE, Org
from tests.sync.test_verify_states import lose_newest_op

PASSPHRASE = "correct horse battery staple"
CANARIES = ("CANARYNAME5521", "CANARYNOTE8812", "CANARYEVID3390", "CANARYEDIT4471")


@dataclass
class Person:
    vault: Vault
    client: SyncClient
    service: CaseService

    @property
    def user_id(self) -> str:
        return self.vault.device.user_id


@pytest.fixture
def people(server: Org, tmp_path: Path) -> Iterator[Any]:
    made: list[Person] = []

    def make(name: str, role: str = "counselor", approve: bool = True) -> Person:
        user = f"{name}-{uuid.uuid4().hex[:6]}"
        vault, _ = create_vault(
            tmp_path / user, PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user
        )
        client = SyncClient(vault)
        result = client.enroll(server.base_url, server.invite(role, user=user), f"{name}'s laptop")
        assert result.status == "pending" and result.role == role
        if approve:
            admin.approve(server.database_url, vault.device.device_id, server.key_path,
                          ORG_PASSPHRASE)  # fmt: skip
        person = Person(vault, client, CaseService(vault))
        made.append(person)
        return person

    yield make
    for person in made:
        person.vault.close()


def _case_state(person: Person, case_id: str) -> list[tuple[Any, ...]]:
    rows = person.vault.projection.conn.execute(
        "SELECT entity, entity_id, data, heads, alts, deleted_by, delete_conflict FROM records "
        "WHERE case_id=? ORDER BY entity, entity_id",
        (case_id,),
    )
    # Heads are a set: the order they were met in differs between devices.
    return [
        (e, i, json.loads(d), {k: sorted(v) for k, v in json.loads(h or "{}").items()},
         json.loads(a or "{}"), x, c)
        for e, i, d, h, a, x, c in rows
    ]  # fmt: skip


def _refer(person: Person, case: str, to: Person) -> None:
    """The worker's consent to a referral to ``to`` (needed to share with a lawyer)."""
    person.service.add_consent(case, {"purpose": "referral", "recipient": to.user_id,
                                      "given_on": "2026-11-01", "method": "written"})  # fmt: skip


def _new_case(person: Person, evidence: bytes = b"") -> str:
    svc = person.service
    case = svc.create_case(
        {"full_name": f"{CANARIES[0]} Nguyen"}, note=f"{CANARIES[1]} passport kept by employer"
    )
    svc.update_case(case, {"summary": f"{CANARIES[3]} unpaid overtime"})
    svc.add_party(case, {"name": "株式会社テスト", "role": "employer"})
    if evidence:
        svc.add_evidence(case, io.BytesIO(evidence), {"title": "payslip"}, filename="p.pdf")
    return case


def test_share_pull_identical_data_evidence_and_scope(people: Any, server: Org) -> None:
    alice, bob, lawyer = people("alice"), people("bob"), people("lawyer", "lawyer")
    evidence = (CANARIES[2].encode() + b" payslip ") * 150_000  # two chunks
    shared = _new_case(alice, evidence)
    _refer(alice, shared, lawyer)
    private = _new_case(alice)
    report = alice.client.sync_once()
    assert report.pushed == sync_state.count_ops(alice.vault, "synced") > 0
    assert report.blobs_uploaded == 1 and alice.client.status().state == "synced"
    alice.client.share_case(shared, bob.user_id)
    alice.client.share_case(shared, lawyer.user_id)

    got = bob.client.sync_once()
    assert got.grants_received == 1 and got.blobs_downloaded == 1 and got.quarantined == 0
    assert _case_state(bob, shared) == _case_state(alice, shared)
    view = bob.service.get_case(shared)
    assert b"".join(bob.service.read_evidence(view.evidence[0].entity_id)) == evidence
    assert not bob.vault.has_case(private)

    lawyer.client.sync_once()
    assert _case_state(lawyer, shared) == _case_state(alice, shared)
    other = lawyer.vault.conn.execute(
        "SELECT COUNT(*) FROM ops WHERE case_id=?", (private,)
    ).fetchone()[0]
    quarantined = [q for q in lawyer.client.quarantine() if q.case_id == private]
    assert other == 0 and quarantined == [] and not lawyer.vault.has_case(private)
    assert [r.case_id for r in lawyer.service.list_cases()] == [shared]
    assert alice.client.verify() == [] and lawyer.client.verify() == []

    # Nothing readable reached the server: scan every table's text and bytes.
    engine = sa.create_engine(server.database_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            tables = sa.inspect(conn).get_table_names()
            dump = bytearray()
            for table in tables:
                for row in conn.execute(sa.text(f'SELECT * FROM "{table}"')):
                    for value in row:
                        dump += (
                            value if isinstance(value, bytes | memoryview) else str(value).encode()
                        )
    finally:
        engine.dispose()
    assert len(dump) > len(evidence)  # the evidence is there, sealed
    for canary in (*CANARIES, "Nguyen", "株式会社テスト", "payslip"):
        assert canary.encode() not in dump, canary


def test_concurrent_edits_survive_as_conflicts_on_both_sides(people: Any) -> None:
    alice, bob = people("alice"), people("bob")
    case = _new_case(alice)
    party = alice.service.get_case(case).parties[0].entity_id
    alice.client.sync_once()
    alice.client.share_case(case, bob.user_id)
    bob.client.sync_once()
    # Offline at the same time: both edit the same field, both add timeline entries,
    # Alice deletes the party that Bob edits.
    alice.service.update_case(case, {"summary": "Alice's summary"})
    bob.service.update_case(case, {"summary": "Bob's summary"})
    alice.service.add_timeline_entry(case, {"note": "call by Alice"})
    bob.service.add_timeline_entry(case, {"note": "visit by Bob"})
    alice.service.remove_party(party)
    bob.service.update_party(party, {"name": "Renamed by Bob"})
    alice.client.sync_once()
    bob.client.sync_once()
    alice.client.sync_once()
    for person in (alice, bob):
        record = person.vault.projection.get("case", case)
        assert record is not None
        assert sorted(record.alts["summary"].values()) == ["Alice's summary", "Bob's summary"]
        notes = sorted(t.data["note"] for t in person.service.get_case(case).timeline)
        assert "call by Alice" in notes and "visit by Bob" in notes
        timeline = person.vault.projection.conn.execute(
            "SELECT COUNT(*) FROM records WHERE case_id=? AND entity='timeline' AND conflict=1",
            (case,),
        ).fetchone()[0]
        assert timeline == 0
        deleted = person.vault.projection.get("party", party)
        assert deleted is not None and deleted.delete_conflict
        assert person.client.status().state == "conflicts"
        assert person.client.status().conflicts == 2
    assert _case_state(alice, case) == _case_state(bob, case)


def test_revocation_rotates_the_key_and_stops_new_ops(people: Any) -> None:
    alice, bob, lawyer = people("alice"), people("bob"), people("lawyer", "lawyer")
    case = _new_case(alice)
    alice.client.sync_once()
    alice.client.share_case(case, bob.user_id)
    _refer(alice, case, lawyer)
    alice.client.share_case(case, lawyer.user_id)
    lawyer.client.sync_once()
    bob.client.sync_once()
    old_key = alice.vault.case_key(case)[0]
    new_key = alice.client.revoke_grant(case, lawyer.user_id)
    assert new_key != old_key and alice.vault.case_key(case)[0] == new_key
    alice.service.update_case(case, {"status": "waiting"})
    alice.client.sync_once()
    last = list(oplog.read_case(alice.vault.conn, case))[-1]
    assert last.header.key_id == new_key

    before = lawyer.vault.conn.execute("SELECT COUNT(*) FROM ops").fetchone()[0]
    report = lawyer.client.sync_once()
    assert report.revoked_cases == [case] and report.pulled == 0
    assert lawyer.vault.conn.execute("SELECT COUNT(*) FROM ops").fetchone()[0] == before
    # What was seen stays (read-only); nothing the lawyer writes is sent.
    assert lawyer.service.get_case(case).case.data["status"] == "open"
    assert lawyer.client.status().read_only_cases == 1
    assert sync_state.pending_ops(lawyer.vault) == []
    # Bob, still granted, receives the new key and the new op.
    got = bob.client.sync_once()
    assert got.quarantined == 0 and bob.service.get_case(case).case.data["status"] == "waiting"
    assert bob.vault.case_key(case)[0] == new_key


def test_a_rotated_key_reaches_holders_someone_else_shared_with(people: Any) -> None:
    """Alice shares with Bob, Bob with Carol; when Alice withdraws the lawyer, Carol still
    gets the new key (the server lists every holder), so her new ops are not quarantined."""
    alice, bob, carol = people("alice"), people("bob"), people("carol")
    lawyer = people("lawyer", "lawyer")
    case = _new_case(alice)
    alice.client.sync_once()
    alice.client.share_case(case, bob.user_id)
    _refer(alice, case, lawyer)
    alice.client.share_case(case, lawyer.user_id)
    bob.client.sync_once()
    bob.client.share_case(case, carol.user_id)
    new_key = alice.client.revoke_grant(case, lawyer.user_id)
    alice.service.update_case(case, {"status": "waiting"})
    alice.client.sync_once()
    got = carol.client.sync_once()
    assert got.quarantined == 0 and carol.vault.case_key(case)[0] == new_key
    assert carol.service.get_case(case).case.data["status"] == "waiting"
    assert alice.client.shared_with(case) == [bob.user_id]


def test_sharing_with_a_lawyer_needs_the_referral_consent(people: Any) -> None:
    from desktop.errors import ConsentMissingError

    alice, lawyer = people("alice"), people("lawyer", "lawyer")
    case = _new_case(alice)
    alice.client.sync_once()
    with pytest.raises(ConsentMissingError, match=lawyer.user_id):
        alice.client.share_case(case, lawyer.user_id)
    lawyer.client.sync_once()
    assert lawyer.service.list_cases() == []
    _refer(alice, case, lawyer)
    assert alice.client.share_case(case, lawyer.user_id) >= 1


def test_a_substituted_directory_key_is_refused(people: Any, server: Org) -> None:
    alice, bob = people("alice"), people("bob")
    case = _new_case(alice)
    alice.client.sync_once()
    # The server (or someone who broke into it) swaps Bob's key card for its own.
    impostor, _ = create_vault(
        Path(str(alice.vault.folder) + "-impostor"), PASSPHRASE, kdf_params=fast_params_for_tests()
    )
    card = ensure_identity(impostor).card
    impostor.close()
    engine = sa.create_engine(server.database_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "UPDATE devices SET key_card=:card, fingerprint=:fp, signing_key=:sk "
                    "WHERE user_id=:user"
                ),
                {
                    "card": json.dumps(card.to_json()),
                    "fp": card.fingerprint,
                    "sk": __import__("base64").b64encode(card.signing_public).decode(),
                    "user": bob.user_id,
                },
            )
    finally:
        engine.dispose()
    with pytest.raises(KeySubstitutionError, match="did not certify"):
        alice.client.share_case(case, bob.user_id)
    assert not bob.vault.has_case(case)


def test_a_bad_op_is_quarantined_and_the_rest_apply(people: Any) -> None:
    alice, bob = people("alice"), people("bob")
    case = _new_case(alice)
    alice.client.sync_once()
    alice.client.share_case(case, bob.user_id)
    # Alice's device pushes one op sealed with a key nobody holds, signed correctly.
    alice.service.update_case(case, {"status": "waiting"})
    pending = sync_state.pending_ops(alice.vault)
    assert len(pending) == 1
    forged = pending[0]
    forged.ciphertext = bytes(b ^ 1 for b in forged.ciphertext)
    from sync import _client_keys

    key = alice.vault.key_by_id(case, forged.header.key_id)
    # The transport envelope is sound (the server accepts it); the op inside is not.
    wire = _client_keys.to_wire(forged, ensure_identity(alice.vault), [], key)
    settings = alice.vault.read_sealed("sync") or {}
    with httpx.Client(
        base_url=settings["server_url"],
        headers={"Authorization": f"Bearer {settings['device_token']}"},
    ) as http:
        body = PushRequest(ops=[wire]).model_dump_json()
        answer = http.post("/v1/push", content=body, headers={"Content-Type": "application/json"})
        assert answer.status_code == 200 and answer.json()["results"][0]["status"] == "accepted"
    sync_state.mark_pushed(alice.vault, {forged.header.op_id: 0})
    alice.service.add_timeline_entry(case, {"note": "after the bad one"})
    alice.client.sync_once()

    report = bob.client.sync_once()
    assert report.quarantined == 1
    (held,) = bob.client.quarantine()
    assert held.op_id == forged.header.op_id and "authentication" in held.reason
    notes = [t.data["note"] for t in bob.service.get_case(case).timeline]
    assert "after the bad one" in notes
    assert bob.client.status().state == "error" and bob.client.status().quarantined == 1


def test_resending_a_pushed_batch_is_harmless(people: Any) -> None:
    alice, bob = people("alice"), people("bob")
    case = _new_case(alice)
    first = alice.client.sync_once()
    alice.client.share_case(case, bob.user_id)
    # As if the answer to the push was lost: every op is still marked pending.
    alice.vault.conn.execute("UPDATE ops SET sync_state='pending'")
    again = alice.client.sync_once()
    assert (again.pushed, again.duplicates) == (0, first.pushed)
    got = bob.client.sync_once()
    assert got.pulled == first.pushed
    assert _case_state(bob, case) == _case_state(alice, case)


def test_a_backlog_is_pushed_in_requests_of_bounded_size(
    people: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice = people("alice")
    for _ in range(3):
        _new_case(alice)
    pending = sync_state.pending_ops(alice.vault)
    sizes = [envelope_length(op) for op in pending]  # padded, as sent
    limit = 3 * max(sizes)  # a few ops per request
    monkeypatch.setattr(push_module, "PUSH_BYTES", limit)
    pushes: list[int] = []
    real = httpx.HTTPTransport()

    class Counting(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/push":
                body = PushRequest.model_validate_json(request.read())
                pushes.append(sum(len(base64.b64decode(op.ciphertext)) for op in body.ops))
            return real.handle_request(request)

    with real:
        report = SyncClient(alice.vault, transport=Counting()).sync_once()
    assert report.pushed == len(pending) and not report.problems
    assert len(pushes) >= -(-sum(sizes) // limit) > 1
    assert all(size <= limit for size in pushes)
    assert sum(pushes) == sum(sizes)


def test_verify_finds_and_repair_fixes_a_drifted_case(people: Any, server: Org) -> None:
    alice = people("alice")
    case = _new_case(alice)
    untouched = _new_case(alice)
    alice.client.sync_once()
    lose_newest_op(server.database_url, case)  # as a server restored from an older backup
    assert alice.client.verify() == [case]
    report = alice.client.repair([case])
    assert report.pushed == 1
    assert alice.client.verify() == []
    assert untouched not in alice.client.verify()


def test_server_down_raises_sync_unavailable_and_changes_nothing(people: Any, server: Org) -> None:
    alice = people("alice")
    _new_case(alice)
    server.server.stop()
    pending = sync_state.count_ops(alice.vault, "pending")
    with pytest.raises(SyncUnavailableError, match="cannot be reached"):
        alice.client.sync_once()
    assert sync_state.count_ops(alice.vault, "pending") == pending
    assert sync_state.get_value(alice.vault, "cursor") is None
    status = alice.client.status()
    assert status.state == "offline" and "cannot be reached" in (status.last_error or "")


def test_a_connection_dropped_mid_pull_applies_nothing(people: Any) -> None:
    alice, bob = people("alice"), people("bob")
    case = _new_case(alice)
    alice.client.sync_once()
    alice.client.share_case(case, bob.user_id)
    real = httpx.HTTPTransport()

    class Dropping(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = real.handle_request(request)
            if request.url.path == "/v1/pull":
                response.close()
                raise httpx.RemoteProtocolError("peer closed connection", request=request)
            return response

    flaky = SyncClient(bob.vault, transport=Dropping())
    with pytest.raises(SyncUnavailableError):
        flaky.sync_once()
    assert bob.vault.conn.execute("SELECT COUNT(*) FROM ops").fetchone()[0] == 0
    assert not bob.vault.has_case(case)
    assert bob.client.sync_once().pulled > 0


def _fake(status: int, body: dict[str, Any]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, json=body))


def test_an_incompatible_server_version_is_named(people: Any, tmp_path: Path) -> None:
    vault, _ = create_vault(tmp_path / "v", PASSPHRASE, kdf_params=fast_params_for_tests())
    try:
        too_new = _fake(
            200, {"version": 7, "server": "Madoguchi sync 9", "server_time": "2030-01-01T00:00:00Z"}
        )
        with pytest.raises(IncompatibleServerError, match=r"version 7.*version 6"):
            SyncClient(vault, transport=too_new).enroll(
                "http://sync.invalid", "ABCDE-0123456789abcdef", "x"
            )
        refuses = _fake(
            426,
            {"code": "incompatible_version",
             "message": "This app speaks sync protocol version 1, the server speaks version 3"},
        )  # fmt: skip
        with pytest.raises(IncompatibleServerError, match=r"version 1.*version 3"):
            SyncClient(vault, transport=refuses).enroll(
                "http://sync.invalid", "ABCDE-0123456789abcdef", "x"
            )
        assert vault.read_sealed("sync") is None
    finally:
        vault.close()


def test_enrolment_pins_only_the_organisation_the_code_names(server: Org, tmp_path: Path) -> None:
    vault, _ = create_vault(tmp_path / "v", PASSPHRASE, kdf_params=fast_params_for_tests())
    try:
        code = server.invite("counselor", user=vault.device.user_id)
        secret, _, prefix = code.rpartition("-")
        wrong = f"{secret}-{'0' * 16 if prefix != '0' * 16 else '1' * 16}"
        with pytest.raises(KeySubstitutionError, match="does not match the enrolment code"):
            SyncClient(vault).enroll(server.base_url, wrong, "laptop")
        assert vault.read_sealed("sync") is None
        assert SyncClient(vault).status().state == "not_enrolled"
        SyncClient(vault).enroll(server.base_url, code, "laptop")
        assert SyncClient(vault).status().state != "not_enrolled"
    finally:
        vault.close()


def test_a_lawyers_case_from_a_sealed_packet_stays_local_without_errors(
    people: Any, tmp_path: Path
) -> None:
    from desktop.documents.contacts import import_key_file, set_recipient_name
    from desktop.documents.packets import receive_packet, seal_packet
    from desktop.identity import ensure_identity

    alice, lawyer = people("alice"), people("lawyer", "lawyer")
    case = _new_case(alice)
    contact = import_key_file(alice.vault, ensure_identity(lawyer.vault).key_file())
    contact = set_recipient_name(alice.vault, contact.fingerprint, "Sato Law Office")
    alice.service.add_consent(case, {"purpose": "referral", "recipient": "Sato Law Office",
                                     "given_on": "2026-11-01", "method": "written"})  # fmt: skip
    packet = tmp_path / "referral.mdgpkt"
    seal_packet(alice.service, case_id=case, recipient=contact, out=packet,
                files=[("letter.pdf", b"%PDF-1.4 letter")])  # fmt: skip
    received = receive_packet(lawyer.service, packet)
    for _ in range(2):
        report = lawyer.client.sync_once()
        assert report.problems == [] and report.rejected == 0
    lawyer.service.update_case(received.case_id, {"status": "in_progress"})
    assert lawyer.client.sync_once().problems == []
    status = lawyer.client.status()
    assert status.pending == 0 and status.state == "synced"


def test_full_redownload_backs_up_first_and_keeps_everything(people: Any, tmp_path: Path) -> None:
    alice = people("alice")
    case = _new_case(alice, b"payslip bytes")
    alice.client.sync_once()
    before = _case_state(alice, case)
    from sync.client import SyncError

    with pytest.raises(SyncError, match="not empty"):
        busy = tmp_path / "busy"
        busy.mkdir()
        (busy / "x").write_text("x")
        alice.client.full_redownload(busy)
    report = alice.client.full_redownload(tmp_path / "backup")
    assert (tmp_path / "backup" / "vault.db").exists() and (tmp_path / "backup" / "blobs").is_dir()
    assert report.quarantined == 0 and _case_state(alice, case) == before
    assert alice.client.status().state == "synced"
