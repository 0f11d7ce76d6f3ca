"""The vault side of sync (desktop/store/sync_state.py), without a server."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest

from desktop.cases.service import CaseService
from desktop.crypto.aead import new_key
from desktop.store import oplog, sync_state
from desktop.store.oplog import OpHeader
from desktop.store.sync_state import ReceivedKey, RemoteOp
from desktop.store.vault import Vault


def _remote(case_id: str, key_id: str, key: bytes, n: int, payload: object = None) -> RemoteOp:
    header = OpHeader(
        op_id=f"remote-{case_id}-{n}", case_id=case_id, entity="case", entity_id=case_id,
        hlc=f"{1_700_000_000_000 + n:013d}.00000", parents=(), author="alice", device="dev-a",
        key_id=key_id,
    )  # fmt: skip
    sealed = oplog.seal_op(header, payload or {"t": "put", "f": {"status": f"s{n}"}}, key)
    return RemoteOp(sealed, n)


def test_pending_ops_come_in_local_order_and_are_marked(service: CaseService) -> None:
    vault = service.vault
    first = service.create_case({"full_name": "A"})
    service.update_case(first, {"status": "waiting"})
    pending = sync_state.pending_ops(vault)
    assert [o.seq for o in pending] == sorted(o.seq for o in pending) and len(pending) == 3
    assert len(sync_state.pending_ops(vault, after_seq=pending[0].seq, limit=1)) == 1
    sync_state.mark_pushed(vault, {pending[0].header.op_id: 7}, [pending[1].header.op_id])
    assert sync_state.count_ops(vault, "pending") == 1
    assert sync_state.count_ops(vault, "rejected") == 1
    row = vault.conn.execute(
        "SELECT server_seq FROM ops WHERE op_id=?", (pending[0].header.op_id,)
    ).fetchone()
    assert row[0] == 7


def test_remote_ops_apply_with_cursor_and_skip_duplicates(vault: Vault) -> None:
    key = new_key()
    ops = [_remote("c1", "k1", key, n) for n in (1, 2)]
    result = sync_state.apply_remote(vault, ops, "cur-1", keys=[ReceivedKey("c1", "k1", key)])
    assert (result.applied, result.quarantined) == (2, 0)
    assert sync_state.get_value(vault, "cursor") == "cur-1"
    assert vault.projection.get("case", "c1").data["status"] == "s2"
    again = sync_state.apply_remote(vault, ops, "cur-2")
    assert (again.applied, again.skipped) == (0, 2)
    assert sync_state.count_ops(vault, "synced") == 2


def test_unopenable_ops_are_quarantined_and_released_when_the_key_arrives(vault: Vault) -> None:
    key, wrong = new_key(), new_key()
    later = _remote("c2", "k2", key, 1)  # no key yet
    k3 = new_key()
    forged = _remote("c3", "k3", wrong, 2)  # sealed with another key than k3
    bad_payload = _remote("c3", "k3", k3, 3, payload={"t": "explode"})
    good = _remote("c3", "k3", k3, 4)
    result = sync_state.apply_remote(
        vault, [later, forged, bad_payload, good], "c", keys=[ReceivedKey("c3", "k3", k3)]
    )
    assert (result.applied, result.quarantined) == (1, 3)
    reasons = {q.op_id: q.reason for q in sync_state.quarantine(vault)}
    assert "no key" in reasons[later.sealed.header.op_id]
    assert "authentication" in reasons[forged.sealed.header.op_id]
    assert "payload" in reasons[bad_payload.sealed.header.op_id]
    # The key for c2 arrives with a later page: the quarantined op opens and is applied.
    released = sync_state.apply_remote(vault, [], "d", keys=[ReceivedKey("c2", "k2", key)])
    assert released.released == 1
    assert vault.projection.get("case", "c2").data["status"] == "s1"
    assert len(sync_state.quarantine(vault)) == 2


def test_a_failed_page_leaves_nothing_behind(vault: Vault) -> None:
    key = new_key()
    ops = [_remote("c4", "k4", key, 1)]
    # Force a failure in the middle of the transaction: a cursor that cannot be stored.
    with pytest.raises(TypeError):
        sync_state.apply_remote(
            vault,
            ops[:1],
            object(),
            keys=[ReceivedKey("c4", "k4", key)],  # type: ignore[arg-type]
        )
    assert vault.projection.get("case", "c4") is None
    assert sync_state.count_ops(vault, "synced") == 0
    assert not vault.has_case("c4")
    assert sync_state.get_value(vault, "cursor") is None


def test_an_entity_kind_this_version_does_not_know_does_not_block_the_page(
    vault: Vault,
) -> None:
    # A newer Madoguchi may add a kind of record; older ones keep its ops (they sync and
    # fold like any other) and simply do not index it for search.
    key = new_key()
    header = OpHeader(
        op_id="from-the-future", case_id="c9", entity="hearing_2031", entity_id="h1",
        hlc="0000000000001.0", parents=(), author="x", device="y", key_id="k9",
    )  # fmt: skip
    future = RemoteOp(oplog.seal_op(header, {"t": "put", "f": {"room": "B"}}, key), 1)
    known = _remote("c9", "k9", key, 2)
    result = sync_state.apply_remote(
        vault, [future, known], "c", keys=[ReceivedKey("c9", "k9", key)]
    )
    assert (result.applied, result.quarantined) == (2, 0)
    assert vault.projection.get("hearing_2031", "h1").data == {"room": "B"}
    assert vault.projection.get("case", "c9").data["status"] == "s2"


def test_an_op_aimed_at_another_cases_record_is_quarantined(service: CaseService) -> None:
    vault = service.vault
    mine = service.create_case({"full_name": "Mine"})
    key = new_key()
    header = OpHeader(
        op_id="sneaky", case_id="other", entity="worker", entity_id=mine, hlc="0000000000001.0",
        parents=(), author="x", device="y", key_id="kx",
    )  # fmt: skip
    sneaky = RemoteOp(oplog.seal_op(header, {"t": "put", "f": {"full_name": "Evil"}}, key), 1)
    result = sync_state.apply_remote(vault, [sneaky], "c", keys=[ReceivedKey("other", "kx", key)])
    assert result.quarantined == 1
    assert service.get_case(mine).worker.data["full_name"] == "Mine"


def test_rotation_keeps_old_keys_for_old_ops(service: CaseService) -> None:
    vault = service.vault
    case = service.create_case({"full_name": "Rotating"})
    old_id, _ = vault.case_key(case)
    new_id = vault.rotate_case_key(case)
    assert vault.case_key(case)[0] == new_id != old_id
    assert vault.case_key_ids(case) == [old_id, new_id]
    service.update_case(case, {"status": "waiting"})
    last = list(oplog.read_case(vault.conn, case))[-1]
    assert last.header.key_id == new_id
    vault.lock()
    vault.unlock("correct horse battery staple")
    assert vault.load_report.bad_ops == ()
    assert service.get_case(case).case.data["status"] == "waiting"


def test_remote_evidence_is_checked_before_it_is_kept(service: CaseService) -> None:
    vault = service.vault
    case = service.create_case({"full_name": "E"})
    data = b"payslip " * 300_000  # more than one chunk
    evidence = service.add_evidence(case, io.BytesIO(data), {"title": "p"}, filename="p.pdf")
    blob_id = service.get_case(case).evidence[0].data["blob_id"]
    info = sync_state.blob_info(vault, blob_id)
    assert info is not None and info.chunk_count == 3
    chunks = list(sync_state.sealed_chunks(vault, blob_id))
    # Store the same sealed chunks under the same case as if downloaded: they authenticate.
    vault.conn.execute("DELETE FROM blobs WHERE blob_id=?", (blob_id,))
    sync_state.store_remote_blob(vault, blob_id, case, info.key_id, len(data), 3, iter(chunks))
    assert b"".join(service.read_evidence(evidence)) == data
    # Swapped chunks are refused and nothing is recorded.
    vault.conn.execute("DELETE FROM blobs WHERE blob_id=?", (blob_id,))
    with pytest.raises(Exception, match="did not authenticate"):
        sync_state.store_remote_blob(
            vault, blob_id, case, info.key_id, len(data), 3, iter([chunks[1], chunks[0], chunks[2]])
        )
    assert sync_state.blob_info(vault, blob_id) is None


def test_sync_tables_hold_no_plaintext(service: CaseService) -> None:
    vault = service.vault
    service.create_case({"full_name": "CANARY-7731"})
    sync_state.set_values(vault, {"cursor": "x", "last_error": None})
    conn: sqlite3.Connection = vault.conn
    for table in ("sync_meta", "sync_quarantine", "sync_readonly", "sync_key_grants"):
        for row in conn.execute(f"SELECT * FROM {table}"):
            assert "CANARY" not in json.dumps([str(v) for v in row])
