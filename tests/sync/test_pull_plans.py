"""Issue 18: the pull page's plan cannot flip to a generic one (PostgreSQL only).

psycopg prepares a statement after five executions; PostgreSQL then may switch that
prepared statement to a generic plan, which for the page query walks every case the user
held before the cursor (445 ms instead of 18.5 ms at 100,000 cases).  Whether it switched
depended on what a pooled connection ran first: the expensive pages of a first pull make
the generic plan look cheap.  So this test serves exactly that on one connection (every
page of a first pull, then no-op pulls) and checks that the connection only ever planned
the page for its parameters, and that the no-op pull's plan starts from the cursor.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, text, update
from sqlalchemy.dialects import postgresql

from sync.protocol import PullRequest, Role
from sync.server import oplog
from sync.server.common import Caller
from sync.server.db import access, counters, make_engine, ops
from sync.server.migrate import upgrade

CASES = 1500  # held by the user, each granted before its ops
OPS_PER_CASE = 4


def _fill(conn: Connection) -> int:
    """A user holding CASES cases and another user's as many; returns the last seq."""
    seq = 0
    access_rows: list[dict[str, Any]] = []
    op_rows: list[dict[str, Any]] = []
    for user in ("u", "v"):
        for n in range(CASES):
            seq += 1
            access_rows.append({"user_id": user, "case_id": f"{user}-{n}", "since": seq})
    for _round in range(OPS_PER_CASE):
        for user in ("u", "v"):
            for n in range(CASES):
                seq += 1
                op_rows.append(
                    {
                        "seq": seq, "op_id": f"op-{seq}", "case_id": f"{user}-{n}",
                        "entity": None, "entity_id": None, "hlc": None, "parents": None,
                        "author": user, "device": f"dev-{user}", "key_id": "k1",
                        "schema_version": 1, "nonce": b"n" * 12, "ciphertext": b"c" * 256,
                        "signature": "s", "blobs": "[]",
                    }
                )  # fmt: skip
    conn.execute(insert(access), access_rows)
    conn.execute(insert(ops), op_rows)
    conn.execute(update(counters).where(counters.c.name == "seq").values(value=seq))
    conn.execute(text("ANALYZE"))
    return seq


def test_the_noop_pull_keeps_a_plan_driven_by_the_cursor(pg_url: str) -> None:
    engine = make_engine(pg_url, 1)  # one connection: every request below shares it
    try:
        upgrade(engine)
        with engine.begin() as conn:
            last = _fill(conn)
        caller = Caller("dev-u", "u", Role.COUNSELOR, "approved", "", "")
        cursor, pages, pulled = None, 0, 0
        while True:  # the expensive pages of a first pull come first
            page = oplog.pull(engine, caller, PullRequest(cursor=cursor, limit=100))
            cursor, pages, pulled = page.cursor, pages + 1, pulled + len(page.ops)
            if not page.more:
                break
        assert pulled == CASES * OPS_PER_CASE and pages >= 50
        for _ in range(20):  # then many no-op pulls on the same connection
            assert oplog.pull(engine, caller, PullRequest(cursor=cursor)).ops == []
        position, after = oplog.decode_cursor(cursor)
        assert position == last

        with engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW plan_cache_mode").scalar() == "force_custom_plan"
            prepared = conn.exec_driver_sql(
                "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                "WHERE strpos(statement, 'UNION ALL') > 0"
            ).all()
            assert prepared, "the page statement was not prepared on this connection"
            assert all(generic == 0 for generic, _ in prepared)
            assert sum(custom for _, custom in prepared) >= 20
            plan = _explain_page(conn, position, after, last)
    finally:
        engine.dispose()
    # The branch of cases held before the cursor starts from the ops at the cursor (an
    # index range on seq), not from every case the user holds.
    assert "ops_pkey" in plan and "seq >=" in plan, plan
    assert "Seq Scan" not in plan, plan


def _explain_page(conn: Connection, position: int, after: int, top: int) -> str:
    compiled = oplog._PAGE.compile(dialect=postgresql.dialect())
    params = {
        "user": "u", "position": position, "after": after, "top": top, "limit": 1001,
        "device": "dev-u", "own_through": 0,
    }  # fmt: skip
    rows = conn.exec_driver_sql("EXPLAIN " + str(compiled), params).all()
    return "\n".join(str(r[0]) for r in rows)
