"""A push looks things up before it takes the sequence lock; what commits in between.

``oplog.push`` first looks up (stored op ids, the user's grants, complete blobs), then
takes the lock and writes in a transaction of its own.  These tests commit a competing
change in that gap, for real, on both databases: the look-up is wrapped so that, as it
ends, a revocation or the same ops' original push commits through its own connection.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Connection, Engine, func, select

from sync.protocol import PAD_MIN, PushRequest, Role, WireOp, b64e, op_bytes
from sync.server import oplog
from sync.server.common import Caller, read_seq
from sync.server.db import make_engine, ops
from sync.server.errors import ApiError
from sync.server.migrate import upgrade
from tests.sync.conftest import new_keys
from tests.sync.test_pull_paging import Log

USER = "writer"
DEVICE = "writer-laptop"


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    made = make_engine(database_url)
    upgrade(made)
    yield made
    made.dispose()


class Writer:
    """A device that signs its ops (the server checks each op's signature)."""

    def __init__(self) -> None:
        self.signing, _card, _fingerprint = new_keys("Writer")
        self.count = 0
        public = self.signing.public_key().public_bytes_raw()
        self.caller = Caller(DEVICE, USER, Role.COUNSELOR, "approved", b64e(public), "token")

    def op(self, case_id: str, op_id: str | None = None) -> WireOp:
        self.count += 1
        unsigned = WireOp(
            op_id=op_id or f"op-{secrets.token_hex(8)}", case_id=case_id, author=USER,
            device=DEVICE, key_id="k1", schema_version=1, nonce=b64e(secrets.token_bytes(12)),
            ciphertext=b64e(bytes(PAD_MIN)), signature="", blobs=[],
        )  # fmt: skip
        signature = b64e(self.signing.sign(op_bytes(unsigned)))
        return unsigned.model_copy(update={"signature": signature})

    def push(self, engine: Engine, *batch: WireOp) -> list[tuple[str, int | None]]:
        answer = oplog.push(engine, self.caller, PushRequest(ops=list(batch)))
        return [(r.status, None if r.status == "rejected" else r.seq) for r in answer.results]


def in_the_gap(monkeypatch: pytest.MonkeyPatch, *actions: Callable[[], None]) -> None:
    """Run ``actions[n]`` as the push's n-th look-up transaction ends (once each)."""
    real = oplog.looking_up
    pending = list(actions)

    @contextmanager
    def looking_up(engine: Engine) -> Iterator[Connection]:
        with real(engine) as conn:
            yield conn
        if pending:
            pending.pop(0)()  # before the push goes on to take the lock

    monkeypatch.setattr(oplog, "looking_up", looking_up)


def stored(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {str(r.op_id): int(r.seq) for r in conn.execute(select(ops.c.op_id, ops.c.seq))}


def top(engine: Engine) -> int:
    with engine.connect() as conn:
        return read_seq(conn)


def test_a_revocation_in_the_gap_rejects_that_cases_ops_and_leaves_no_gap(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    log, writer = Log(engine), Writer()
    log.grant("case-a", USER)
    log.grant("case-b", USER)
    a1, b1, a2 = writer.op("case-a"), writer.op("case-b"), writer.op("case-a")
    in_the_gap(monkeypatch, lambda: log.revoke("case-a", USER))

    results = writer.push(engine, a1, b1, a2)

    revoked_at = top(engine) - 1  # the revocation took a number, then b1 the next one
    assert results == [("rejected", None), ("accepted", revoked_at + 1), ("rejected", None)]
    assert stored(engine) == {b1.op_id: revoked_at + 1}
    assert top(engine) == revoked_at + 1  # the try that reserved numbers for a1, a2 was undone
    answer = oplog.push(engine, writer.caller, PushRequest(ops=[a1]))
    assert answer.results[0].reason == "no grant for this case"


def test_a_resend_racing_its_original_is_answered_duplicate(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    log, writer = Log(engine), Writer()
    log.grant("case-a", USER)
    first, second = writer.op("case-a"), writer.op("case-a")
    original: list[tuple[str, int | None]] = []
    # The original request commits after the resend looked (and found nothing stored).
    in_the_gap(monkeypatch, lambda: original.extend(writer.push(engine, first, second)))

    resent = writer.push(engine, first, second)

    assert [status for status, _ in original] == ["accepted", "accepted"]
    assert resent == [("duplicate", seq) for _, seq in original]
    assert stored(engine) == {first.op_id: original[0][1], second.op_id: original[1][1]}
    assert top(engine) == original[1][1]


def test_a_batch_whose_ops_keep_being_stored_meanwhile_is_refused_clearly(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    log, writer = Log(engine), Writer()
    log.grant("case-a", USER)
    batch = [writer.op("case-a") for _ in range(3)]
    in_the_gap(
        monkeypatch,
        lambda: writer.push(engine, batch[0]),  # before the first try takes the lock
        lambda: None,  # (the look-up of that racing push itself)
        lambda: writer.push(engine, batch[1]),  # before the second try
        lambda: None,
        lambda: writer.push(engine, batch[2]),  # before the third
    )

    with pytest.raises(ApiError) as refused:
        writer.push(engine, *batch)

    assert refused.value.status == 409
    assert "send again" in refused.value.message
    numbers = stored(engine)
    assert set(numbers) == {op.op_id for op in batch}  # each stored once
    assert writer.push(engine, *batch) == [("duplicate", numbers[op.op_id]) for op in batch]


def test_a_resend_after_access_ended_is_still_a_duplicate(engine: Engine) -> None:
    """The first try does not look ops up, except those it would refuse."""
    log, writer = Log(engine), Writer()
    log.grant("case-a", USER)
    op = writer.op("case-a")
    [(status, seq)] = writer.push(engine, op)
    assert status == "accepted"
    log.revoke("case-a", USER)

    assert writer.push(engine, op) == [("duplicate", seq)]
    assert writer.push(engine, writer.op("case-a")) == [("rejected", None)]


def test_a_resend_of_a_stored_batch_is_answered_duplicate(engine: Engine) -> None:
    """The first try assumes new ops; the insert finds them stored and the second try
    answers from the look-up, with nothing stored twice and no number used."""
    log, writer = Log(engine), Writer()
    log.grant("case-a", USER)
    batch = [writer.op("case-a") for _ in range(3)]
    first = writer.push(engine, *batch)
    after_first = top(engine)
    mixed = [*batch[:2], writer.op("case-a")]

    again = writer.push(engine, *mixed)

    assert again[:2] == [("duplicate", seq) for _, seq in first[:2]]
    assert again[2] == ("accepted", after_first + 1)
    assert top(engine) == after_first + 1
    assert len(stored(engine)) == 4


def test_a_repeat_within_one_batch_gets_the_same_number(engine: Engine) -> None:
    log, writer = Log(engine), Writer()
    log.grant("case-a", USER)
    op = writer.op("case-a")
    other = writer.op("case-a", op_id=op.op_id)  # signed, but not the same op

    results = writer.push(engine, op, op, other)

    seq = stored(engine)[op.op_id]
    assert results == [("accepted", seq), ("duplicate", seq), ("rejected", None)]
    answer = oplog.push(engine, writer.caller, PushRequest(ops=[other]))
    assert answer.results[0].reason == "this op id is already used by a different op"
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ops)).scalar_one() == 1
