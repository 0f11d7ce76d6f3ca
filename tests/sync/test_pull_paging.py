"""The pull's paging against a model, in-process, with tiny scan windows and grant bounds.

The server cuts a page at a grant bound (newly granted cases, counted by ops) or at the end
of its scan window, and fills it from several such segments.  Here the window, the
segment cap and the page size are made tiny so that every page crosses several cuts; the
pages put together must be exactly the model's stream: every op of every case the user
holds, once, in (position, seq) order, position = max(op seq, start of the user's access).
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import Engine, column, insert, table

from sync.protocol import PullRequest, Role
from sync.server import oplog
from sync.server.common import Caller, lock_seq, refresh_access, store_seq
from sync.server.db import grants, make_engine, ops
from sync.server.migrate import upgrade

# The grants table as migration 0001 made it (no device_id or manage yet).
_GRANTS_0001 = table(
    "grants",
    *(column(name) for name in ("case_id", "user_id", "key_id", "enc", "wrapped",
                                "recipient_fingerprint", "granted_by", "signature", "seq",
                                "revoked", "revoked_seq")),
)  # fmt: skip

USER = "reader"
OTHER = "writer"


class Log:
    """Writes ops and grants straight into the tables, numbered like the server does."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.ops: list[tuple[int, str, str]] = []  # (seq, op id, case id)
        self.grants: list[tuple[int, str, str, str]] = []  # unrevoked: (seq, case, user, key)

    def op(self, case_id: str) -> None:
        with self.engine.begin() as conn:
            seq = lock_seq(conn) + 1
            op_id = f"op-{seq}"
            conn.execute(
                insert(ops).values(
                    seq=seq, op_id=op_id, case_id=case_id, entity="note", entity_id=op_id,
                    hlc="0", parents="[]", author=OTHER, device="d", key_id="k1",
                    schema_version=1, nonce=b"n", ciphertext=b"c", signature="s", blobs="[]",
                )
            )  # fmt: skip
            store_seq(conn, seq)
        self.ops.append((seq, op_id, case_id))

    def grant(self, case_id: str, user: str, key_id: str = "k1") -> None:
        with self.engine.begin() as conn:
            seq = lock_seq(conn) + 1
            conn.execute(
                grants.delete().where(
                    (grants.c.case_id == case_id)
                    & (grants.c.user_id == user)
                    & (grants.c.key_id == key_id)
                )
            )
            conn.execute(
                insert(grants).values(
                    case_id=case_id, user_id=user, key_id=key_id, device_id="dev-" + user,
                    enc="e", wrapped="w", recipient_fingerprint="f", granted_by="d",
                    signature="s", seq=seq, revoked=False, revoked_seq=None, manage=False,
                )
            )  # fmt: skip
            refresh_access(conn, case_id, user)
            store_seq(conn, seq)
        self.grants = [g for g in self.grants if g[1:] != (case_id, user, key_id)]
        self.grants.append((seq, case_id, user, key_id))

    def revoke(self, case_id: str, user: str) -> None:
        with self.engine.begin() as conn:
            seq = lock_seq(conn) + 1
            conn.execute(
                grants.update()
                .where((grants.c.case_id == case_id) & (grants.c.user_id == user))
                .values(revoked=True, revoked_seq=seq)
            )
            refresh_access(conn, case_id, user)
            store_seq(conn, seq)
        self.grants = [g for g in self.grants if (g[1], g[2]) != (case_id, user)]

    def expected(self, user: str, cursor: str | None = None) -> list[str]:
        """The model: op ids in (position, seq) order for what ``user`` holds now, after
        the cursor's (position, seq)."""
        since: dict[str, int] = {}
        for seq, case_id, holder, _ in self.grants:
            if holder == user:
                since[case_id] = min(seq, since.get(case_id, seq))
        rows = [(max(seq, since[c]), seq, op_id) for seq, op_id, c in self.ops if c in since]
        start = oplog.decode_cursor(cursor)
        return [op_id for pos, seq, op_id in sorted(rows) if (pos, seq) > start]


@pytest.fixture
def engine(database_url: str) -> Any:
    made = make_engine(database_url)
    upgrade(made)
    yield made
    made.dispose()


def _pull_all(engine: Engine, cursor: str | None, limit: int) -> tuple[list[str], str, int]:
    """Every page from ``cursor``; (op ids, last cursor, short pages that said more)."""
    caller = Caller("dev", USER, Role.COUNSELOR, "approved", "", "")
    seen: list[str] = []
    short = 0
    for _ in range(10_000):
        page = oplog.pull(engine, caller, PullRequest(cursor=cursor, limit=limit))
        seen.extend(op.op_id for op in page.ops)
        assert len(page.ops) <= limit
        short += page.more and len(page.ops) < limit
        cursor = page.cursor
        if not page.more:
            return seen, cursor, short
    raise AssertionError("the pull never ended")


def _random_history(log: Log, rng: random.Random, steps: int) -> None:
    cases = [f"case-{n}" for n in range(6)]
    for case_id in cases:
        log.grant(case_id, OTHER)
    for _ in range(steps):
        roll = rng.random()
        case_id = rng.choice(cases)
        if roll < 0.7:
            for _ in range(rng.choice([1, 1, 2, 5])):
                log.op(case_id)
        elif roll < 0.85:
            log.grant(case_id, USER, rng.choice(["k1", "k1", "k2"]))
        elif roll < 0.92 and any(g[1] == case_id and g[2] == USER for g in log.grants):
            log.revoke(case_id, USER)
        else:
            log.grant(f"empty-{rng.randrange(1000)}", USER)  # a case with no ops yet


@pytest.mark.parametrize("seed", range(6))
def test_pages_across_windows_and_bounds_are_exactly_the_model(
    engine: Engine, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    monkeypatch.setattr(oplog, "SCAN_WINDOW", rng.choice([1, 2, 3, 7]))
    log = Log(engine)
    _random_history(log, rng, 60)
    segments = rng.choice([1, 2, 32])
    monkeypatch.setattr(oplog, "MAX_SEGMENTS", segments)
    limit = rng.choice([1, 2, 3, 5])
    got, cursor, short = _pull_all(engine, None, limit)
    assert got == log.expected(USER)
    if segments == 32:
        assert short == 0, "a page said 'more' before it was full"
    # Catching up later: new ops, and the whole history of cases granted (again) since,
    # arrive once, in order, after the cursor.
    _random_history(log, rng, 30)
    later, _, _ = _pull_all(engine, cursor, limit)
    assert later == log.expected(USER, cursor)


def test_a_first_pull_of_many_cases_is_cut_by_ops_not_cases(engine: Engine) -> None:
    """Cases granted after their history (a colleague shares 40 cases of 5 ops): pages of 12
    ops end mid-case, are full until the last, and bring every op once, case by case."""
    log = Log(engine)
    cases = [f"case-{n:02d}" for n in range(40)]
    for case_id in cases:
        log.grant(case_id, OTHER)
        for _ in range(5):
            log.op(case_id)
    for case_id in cases:
        log.grant(case_id, USER)
    caller = Caller("dev", USER, Role.COUNSELOR, "approved", "", "")
    cursor, pages, seen = None, [], []
    while True:
        page = oplog.pull(engine, caller, PullRequest(cursor=cursor, limit=12))
        pages.append(len(page.ops))
        seen.extend(op.op_id for op in page.ops)
        cursor = page.cursor
        if not page.more:
            break
    assert seen == log.expected(USER)
    assert pages == [12] * 16 + [8]
    assert len(seen) == len(set(seen)) == 200


def test_upgrading_a_0001_database_fills_access_from_its_grants(database_url: str) -> None:
    """A server database made before the access table (revision 0001) gets it filled from
    the grants it holds: revoked grants give no access, several keys count from the first."""
    from sqlalchemy import select

    from sync.server.db import access

    engine = make_engine(database_url)
    try:
        upgrade(engine, "0001")
        rows = [
            ("case-a", USER, "k1", 5, False), ("case-a", USER, "k2", 9, False),
            ("case-a", OTHER, "k1", 3, False), ("case-b", USER, "k1", 4, True),
            ("case-c", USER, "k1", 7, True), ("case-c", USER, "k2", 8, False),
        ]  # fmt: skip
        with engine.begin() as conn:
            for case_id, user, key_id, seq, revoked in rows:
                conn.execute(
                    insert(_GRANTS_0001).values(
                        case_id=case_id, user_id=user, key_id=key_id, enc="e", wrapped="w",
                        recipient_fingerprint="f", granted_by="d", signature="s", seq=seq,
                        revoked=revoked, revoked_seq=10 if revoked else None,
                    )
                )  # fmt: skip
        upgrade(engine)
        with engine.connect() as conn:
            got = set(conn.execute(select(access.c.user_id, access.c.case_id, access.c.since)))
        assert got == {(USER, "case-a", 5), (OTHER, "case-a", 3), (USER, "case-c", 8)}
    finally:
        engine.dispose()
