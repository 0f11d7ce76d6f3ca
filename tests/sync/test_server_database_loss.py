"""The server keeps no ping before each use of a pooled connection (a round trip per
request); a connection that died with a database restart must then cost at most one clean
503, never a 500, and the request after it must work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg

from sync.server import admin
from tests.sync.conftest import ORG_PASSPHRASE, PG_ADMIN, Org, approve, enrol, start_server


def _terminate_server_connections(database_url: str) -> int:
    """What a PostgreSQL restart does to the server's pooled connections."""
    name = database_url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_dead_pooled_connections_cost_one_503_then_sync_goes_on(
    pg_url: str, tmp_path: Path
) -> None:
    info = admin.create_org(pg_url, "Test NGO", tmp_path / "org.pem", ORG_PASSPHRASE)
    server = start_server(pg_url, tmp_path / "server.log")
    device: Any = None
    try:
        org = Org(pg_url, tmp_path / "org.pem", info, server)
        device = enrol(org, "counselor")
        approve(org, device)
        case_id = device.create_case()
        device.push(device.op(case_id))  # the pool now holds live connections

        assert _terminate_server_connections(pg_url) >= 1

        op = device.op(case_id)
        answers = [device.post("/v1/push", {"ops": [op.model_dump(mode="json")]})]
        if answers[0].status_code != 200:
            answers.append(device.post("/v1/push", {"ops": [op.model_dump(mode="json")]}))
        assert [a.status_code for a in answers][-1] == 200
        assert len(answers) == 1 or answers[0].status_code == 503
        if answers[0].status_code == 503:
            assert answers[0].json()["code"] == "unavailable"
        assert answers[-1].json()["results"][0]["status"] == "accepted"  # stored once
        ops, _ = device.pull_all()
        assert sum(1 for o in ops if o["op_id"] == op.op_id) == 1
    finally:
        if device is not None:
            device.client.close()
        server.stop()
    log = server.log_text()
    assert "Traceback" not in log
    assert "unhandled" not in log
