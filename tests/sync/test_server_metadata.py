"""What the server holds of an op (issue 15, point 10): no entity, entity id, time or
parents, and only bucket-sized ciphertexts.

Real vaults push real ops through the real server (SQLite and PostgreSQL); the tests then
read the server's database directly, as someone who took it would.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, inspect, select, text, update

from desktop.crypto.aead import AuthenticationError, seal
from desktop.identity import ensure_identity
from desktop.store import oplog, sync_state
from desktop.store.oplog import OpHeader, SealedOp
from sync import _client_keys
from sync import _client_wire as wire
from sync.protocol import PushRequest, WireOp, b64d, b64e, op_bytes, padded_size
from sync.server.db import engine_url, ops
from tests.sync import test_client
from tests.sync.conftest import Org
from tests.sync.test_client import Person, _case_state, _new_case

people = test_client.people  # the fixture: real vaults enrolled with the real server

EVIDENCE = os.urandom((1 << 20) + 3000)  # two chunks: a full one and a short last one


def _server_rows(server: Org) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table of the server's database."""
    engine = create_engine(engine_url(server.database_url))
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
            return {
                name: [dict(r._mapping) for r in conn.execute(text(f'SELECT * FROM "{name}"'))]
                for name in tables
            }
    finally:
        engine.dispose()


def _local_headers(person: Person) -> list[OpHeader]:
    with person.vault.store_lock:
        return [sealed.header for sealed in oplog.read_after(person.vault.conn, 0)]


def _secrets(headers: list[OpHeader]) -> set[str]:
    """What the vault's op headers know and the server must not: entity kinds, entity ids
    (other than case ids, which the server needs) and HLCs.  (Parents are op ids, which
    the server knows: that an op *is* a parent of another is checked row by row.)"""
    found: set[str] = set()
    for h in headers:
        found.update({h.entity, h.hlc})
        if h.entity_id != h.case_id:
            found.add(h.entity_id)
    return found


def _values(row: dict[str, Any], skip: str = "") -> list[str | bytes]:
    """The row's text and byte values (except column ``skip``)."""
    out: list[str | bytes] = []
    for column, value in row.items():
        if column == skip or value is None or isinstance(value, (int, bool)):
            continue
        out.append(bytes(value) if isinstance(value, (bytes, memoryview)) else str(value))
    return out


def _holds(values: list[str | bytes], needle: str) -> bool:
    return any((needle.encode() if isinstance(v, bytes) else needle) in v for v in values)


def _shared_world(people: Any) -> tuple[Person, Person, list[str]]:
    alice, bob = people("alice"), people("bob")
    cases = [_new_case(alice, evidence=EVIDENCE), _new_case(alice)]
    alice.service.add_timeline_entry(cases[1], {"note": "a long note " * 400})
    alice.service.update_case(cases[1], {"status": "waiting"})
    alice.client.sync_once()
    for case in cases:
        alice.client.share_case(case, bob.user_id)
    return alice, bob, cases


def test_the_server_sees_no_entity_id_time_or_parents_and_only_buckets(
    people: Any, server: Org
) -> None:
    alice, bob, cases = _shared_world(people)
    bob.client.sync_once()
    for case in cases:  # everything arrived and opened, evidence included
        assert _case_state(bob, case) == _case_state(alice, case)
    headers = _local_headers(alice)
    secrets = _secrets(headers)
    assert {"case", "party", "evidence", "timeline"} <= secrets
    assert any(h.parents for h in headers)
    rows = _server_rows(server)
    assert len(rows["ops"]) == len(headers)
    for row in rows["ops"]:
        assert (row["entity"], row["entity_id"], row["hlc"], row["parents"]) == (None,) * 4
        assert padded_size(len(row["ciphertext"])) == len(row["ciphertext"])
    chunks = rows["blob_chunks"]
    assert len(chunks) == 2
    for chunk in chunks:
        plain_length = len(chunk["data"]) - wire.CHUNK_OVERHEAD
        assert padded_size(plain_length) == plain_length
    # 3,000 bytes (+ a length prefix) go up to the quarter-step bucket 3,072.
    assert {len(c["data"]) - wire.CHUNK_OVERHEAD for c in chunks} == {1 << 20, 3072}
    # No column of any row of any table holds one of them, as text or as bytes.
    for table, table_rows in rows.items():
        for row in table_rows:
            values = _values(row)
            for secret in secrets:
                assert not _holds(values, secret), (table, row, secret)
    # No op row names another op (its parents) anywhere but in that op's own row.
    op_ids = {h.op_id for h in headers}
    for row in rows["ops"]:
        values = _values(row, skip="op_id")
        assert not [o for o in op_ids if _holds(values, o)], row["op_id"]


def test_a_tampered_envelope_is_quarantined_and_the_rest_apply(people: Any, server: Org) -> None:
    alice, bob, cases = _shared_world(people)
    engine = create_engine(engine_url(server.database_url))
    try:
        with engine.begin() as conn:
            victim = conn.execute(
                select(ops.c.seq, ops.c.ciphertext).where(ops.c.case_id == cases[1])
                .order_by(ops.c.seq.desc()).limit(1)
            ).one()  # fmt: skip
            altered = bytearray(victim.ciphertext)
            altered[3] ^= 0x40  # inside the sealed header: a malicious server's edit
            conn.execute(
                update(ops).where(ops.c.seq == victim.seq).values(ciphertext=bytes(altered))
            )
    finally:
        engine.dispose()
    report = bob.client.sync_once()
    assert report.quarantined == 1
    (held,) = bob.client.quarantine()
    assert "failed authentication" in held.reason and held.case_id == cases[1]
    assert _case_state(bob, cases[0]) == _case_state(alice, cases[0])


def _push_envelope(person: Person, sealed: SealedOp, nonce: bytes, ciphertext: bytes) -> None:
    """Push an envelope made by hand, correctly signed by the person's device."""
    h = sealed.header
    unsigned = WireOp(
        op_id=h.op_id, case_id=h.case_id, author=h.author, device=h.device, key_id=h.key_id,
        schema_version=h.schema, nonce=b64e(nonce), ciphertext=b64e(ciphertext), signature="",
    )  # fmt: skip
    signature = ensure_identity(person.vault).signing_private.sign(op_bytes(unsigned))
    op = unsigned.model_copy(update={"signature": b64e(signature)})
    settings = person.vault.read_sealed("sync") or {}
    with httpx.Client(
        base_url=settings["server_url"],
        headers={"Authorization": f"Bearer {settings['device_token']}"},
    ) as http:
        body = PushRequest(ops=[op]).model_dump_json()
        answer = http.post("/v1/push", content=body, headers={"Content-Type": "application/json"})
    (result,) = answer.json()["results"]
    assert result["status"] == "accepted", result
    sync_state.mark_pushed(person.vault, {h.op_id: result["seq"]})


def test_altered_padding_is_quarantined(people: Any, server: Org) -> None:
    alice, bob, cases = _shared_world(people)
    alice.service.update_case(cases[1], {"status": "closed"})
    (pending,) = sync_state.pending_ops(alice.vault)
    key = alice.vault.key_by_id(cases[1], pending.header.key_id)
    # The sender's own key seals it, so it authenticates: only the padding is wrong.
    nonce, good = wire.seal_op(pending, key)
    plain = bytearray(_open(key, nonce, good, pending.header))
    plain[-1] = 1
    nonce, bad = seal(key, bytes(plain), wire._op_binding(pending.header))
    _push_envelope(alice, pending, nonce, bad)
    alice.service.add_timeline_entry(cases[1], {"note": "after the bad one"})
    alice.client.sync_once()
    report = bob.client.sync_once()
    assert report.quarantined == 1
    (held,) = bob.client.quarantine()
    assert held.case_id == cases[1] and "failed authentication" in held.reason
    notes = [r for r in _case_state(bob, cases[1]) if r[0] == "timeline"]
    assert any(r[2].get("note") == "after the bad one" for r in notes)


def _open(key: bytes, nonce: bytes, ciphertext: bytes, header: OpHeader) -> bytes:
    from desktop.crypto.aead import open_sealed

    return open_sealed(key, nonce, ciphertext, wire._op_binding(header))


def test_the_envelope_round_trips_and_refuses_every_alteration() -> None:
    key = os.urandom(32)
    header = OpHeader("op-1", "case-1", "consent", "rec-1", "1700000000000.00001", ("p1", "p2"),
                      "alice", "dev-a", "k1")  # fmt: skip
    sealed = oplog.seal_op(header, {"t": "put", "f": {"x": "y" * 300}}, key)
    nonce, ciphertext = wire.seal_op(sealed, key)
    assert len(ciphertext) in (384, 448, 512)  # a quarter-doubling bucket above ~350 bytes
    assert padded_size(len(ciphertext)) == len(ciphertext)
    clear = OpHeader("op-1", "case-1", "", "", "", (), "alice", "dev-a", "k1")
    opened = wire.unseal_op(SealedOp(clear, nonce, ciphertext), key)
    assert (opened.header, opened.nonce, opened.ciphertext) == (
        header, sealed.nonce, sealed.ciphertext
    )  # fmt: skip
    for moved in ({"op_id": "op-2"}, {"case_id": "case-2"}, {"key_id": "k2"},
                  {"author": "bob"}, {"device": "dev-b"}, {"schema": 2}):  # fmt: skip
        other = OpHeader(**{**clear.__dict__, **moved})
        with pytest.raises(AuthenticationError):
            wire.unseal_op(SealedOp(other, nonce, ciphertext), key)
    with pytest.raises(ValueError, match="padded"):
        wire.unseal_op(SealedOp(clear, nonce, ciphertext[:-1]), key)
    chunk = os.urandom(5000)
    where = {"blob_id": "b" * 22, "case_id": "case-1", "key_id": "k1", "index": 1, "chunks": 2}
    wrapped = wire.seal_chunk(chunk, key, **where)  # type: ignore[arg-type]
    assert len(wrapped) == padded_size(5000 - 28) + wire.CHUNK_OVERHEAD
    assert wire.unseal_chunk(wrapped, key, **where) == chunk  # type: ignore[arg-type]
    with pytest.raises(AuthenticationError):
        wire.unseal_chunk(wrapped, key, **{**where, "index": 0})  # type: ignore[arg-type]


def test_the_server_refuses_unpadded_ops_and_clear_headers(server: Org, make_device: Any) -> None:
    alice = make_device()
    case_id = alice.create_case()
    padded = alice.op(case_id)
    unpadded = alice.op(case_id)
    short = b64d(unpadded.ciphertext)[:100]
    unpadded = unpadded.model_copy(update={"ciphertext": b64e(short)})
    unpadded = unpadded.model_copy(
        update={"signature": b64e(alice.signing.sign(op_bytes(unpadded)))}
    )
    telling = alice.op(case_id).model_dump(mode="json")
    telling["legacy"] = {"entity": "consent", "entity_id": "e1", "hlc": "1", "parents": []}
    response = alice.post(
        "/v1/push", {"ops": [padded.model_dump(mode="json"), unpadded.model_dump(mode="json"),
                             telling]},
    )  # fmt: skip
    results = [(r["status"], r["reason"]) for r in response.json()["results"]]
    assert results[0] == ("accepted", "")
    assert results[1] == ("rejected", "the ciphertext is not padded to a size bucket")
    assert results[2][0] == "rejected" and "sealed" in results[2][1]


def test_old_rows_are_sent_with_their_clear_header(server: Org, make_device: Any) -> None:
    """A row a version-2 client pushed (before migration 0005) stays readable."""
    alice = make_device()
    case_id = alice.create_case()
    alice.push(alice.op(case_id))
    engine = create_engine(engine_url(server.database_url))
    try:
        with engine.begin() as conn:
            conn.execute(
                update(ops).values(entity="note", entity_id="e-old", hlc="0", parents='["p"]')
            )
    finally:
        engine.dispose()
    (op,) = alice.pull()["ops"]
    assert op["legacy"] == {"entity": "note", "entity_id": "e-old", "hlc": "0", "parents": ["p"]}
    assert _client_keys.from_wire(WireOp(**op)).sealed.header.entity == "note"
