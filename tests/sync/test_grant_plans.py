"""A grant batch costs the same whatever else the user holds (issue 18, the 10,000-case first
sync): no statement it runs on ``grants`` walks the user's other grants.

Asked for ``min(seq)`` of one case's grants, SQLite walked ``ix_grants_user_seq`` in seq order
through every grant of the user until one of that case turned up: 7 ms at 9,000 grants, paid
for every grant stored, so a first sync's grant batches grew from 60 to 600 ms.  This test
stores a batch for a user who already holds 3,000 cases, records every statement on
``grants`` the batch ran, and asks the database for each one's plan."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import event, insert

from sync.protocol import Role
from sync.server import sharing
from sync.server.common import Caller
from sync.server.db import access, counters, grants, make_engine
from tests.sync.conftest import Org

HELD = 3000


def test_a_grant_batch_does_not_walk_the_users_grants(server: Org, make_device: Any) -> None:
    alice = make_device()
    engine = make_engine(server.database_url)
    try:
        rows = [
            {
                "case_id": f"old-{n:05d}", "user_id": alice.user_id, "key_id": "k1",
                "device_id": alice.device_id, "enc": "e", "wrapped": "w",
                "recipient_fingerprint": alice.fingerprint, "granted_by": alice.device_id,
                "signature": "s", "seq": n + 1, "revoked": False, "revoked_seq": None,
                "manage": True,
            }
            for n in range(HELD)
        ]  # fmt: skip
        with engine.begin() as conn:
            conn.execute(insert(grants), rows)
            conn.execute(
                insert(access),
                [
                    {"user_id": alice.user_id, "case_id": r["case_id"], "since": r["seq"]}
                    for r in rows
                ],
            )
            conn.execute(counters.update().values(value=HELD + 10))
        caller = Caller(
            alice.device_id, alice.user_id, Role.COUNSELOR, "approved", alice.signing_key, ""
        )
        batch = [
            alice.grant_for(alice, f"case-{uuid.uuid4().hex[:12]}", manage=True) for _ in range(2)
        ]
        seen: list[tuple[str, Any]] = []

        def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
            if statement.lstrip().upper().startswith("SELECT") and "FROM grants" in statement:
                seen.append((statement, params))

        event.listen(engine, "before_cursor_execute", record)
        try:
            stored = sharing.put_grants(engine, caller, batch)
        finally:
            event.remove(engine, "before_cursor_execute", record)
        assert [g.seq for g in stored] == [HELD + 11, HELD + 12]
        assert seen, "no statement on grants was recorded"
        with engine.connect() as conn:
            for statement, params in seen:
                plan = _plan(conn, statement, params)
                assert "ix_grants_user_seq" not in plan, (statement, plan)
                assert "SCAN grants" not in plan and "Seq Scan on grants" not in plan, plan
    finally:
        engine.dispose()


def _plan(conn: Any, statement: str, params: Any) -> str:
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
        return " | ".join(str(r[-1]) for r in rows)
    # No ANALYZE: the plan the server got, on a table just filled (as in a first sync).
    rows = conn.exec_driver_sql("EXPLAIN " + statement, params).all()
    return " | ".join(str(r[0]) for r in rows)


def test_a_grant_batch_runs_the_same_statements_for_2_grants_as_for_300(
    server: Org, make_device: Any
) -> None:
    """One statement per kind, not per grant: a first sync's 10,000 grants cost about seven
    statements each before (on PostgreSQL each a round trip; 37.5 s of a 10,000-case first
    sync), the batch's cases and devices are now read once and written with executemany."""
    alice = make_device()
    engine = make_engine(server.database_url)
    caller = Caller(
        alice.device_id, alice.user_id, Role.COUNSELOR, "approved", alice.signing_key, ""
    )
    counts: list[int] = []
    try:
        for size in (2, 300):
            batch = [
                alice.grant_for(alice, f"case-{uuid.uuid4().hex[:12]}", manage=True)
                for _ in range(size)
            ]
            statements: list[str] = []

            def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
                statements.append(statement)  # noqa: B023 - this round's list

            event.listen(engine, "before_cursor_execute", count)
            try:
                stored = sharing.put_grants(engine, caller, batch)
            finally:
                event.remove(engine, "before_cursor_execute", count)
            assert len({g.seq for g in stored}) == size  # each new grant numbered
            counts.append(len(statements))
        assert counts[0] == counts[1], counts
        # And what it stored is what one grant at a time stores: the access rows.
        with engine.connect() as conn:
            held = conn.execute(access.select().where(access.c.user_id == alice.user_id)).all()
        assert len(held) == 302
    finally:
        engine.dispose()
