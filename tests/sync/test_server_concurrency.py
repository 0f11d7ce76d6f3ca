"""Two server processes on one PostgreSQL: concurrent pushes never make a puller skip or
see an op twice, and sequence numbers stay unique."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from sync.server import admin
from tests.sync.conftest import ORG_PASSPHRASE, Org, approve, enrol, start_server

pytestmark = pytest.mark.slow

WRITERS = 4
BATCHES = 15
BATCH = 5


def test_concurrent_pushes_through_two_processes(pg_url: str, tmp_path: Path) -> None:
    info = admin.create_org(pg_url, "Test NGO", tmp_path / "org.pem", ORG_PASSPHRASE)
    servers = [start_server(pg_url, tmp_path / f"server{i}.log") for i in range(2)]
    devices: list[Any] = []
    try:
        orgs = [Org(pg_url, tmp_path / "org.pem", info, s) for s in servers]
        reader = enrol(orgs[0], "counselor")
        approve(orgs[0], reader)
        devices.append(reader)
        writers = []
        for i in range(WRITERS):
            writer = enrol(orgs[i % 2], "counselor")
            approve(orgs[0], writer)
            devices.append(writer)
            writers.append(writer)
        cases = []
        for writer in writers:
            case_id = writer.create_case()
            writer.grant(reader, case_id)
            cases.append(case_id)
        _, cursor = reader.pull_all()  # only the (empty) grants so far

        accepted: list[tuple[str, int]] = []
        lock = threading.Lock()
        done = threading.Event()

        def write(writer: Any, case_id: str) -> None:
            for _ in range(BATCHES):
                results = writer.push(*[writer.op(case_id) for _ in range(BATCH)])
                with lock:
                    accepted.extend((r["op_id"], r["seq"]) for r in results)

        seen: list[dict[str, Any]] = []
        pullers = [httpx.Client(base_url=s.base_url, timeout=60) for s in servers]
        for client in pullers:
            client.headers["Authorization"] = f"Bearer {reader.token}"

        def read() -> None:
            nonlocal cursor
            turn = 0
            while True:
                finished = done.is_set()  # read before pulling: one more pass after the end
                while True:
                    page = pullers[turn % 2].post("/v1/pull", json={"cursor": cursor, "limit": 7})
                    turn += 1
                    assert page.status_code == 200, page.text
                    body = page.json()
                    seen.extend(body["ops"])
                    cursor = body["cursor"]
                    if not body["more"]:
                        break
                if finished:
                    return

        threads = [
            threading.Thread(target=write, args=(w, c)) for w, c in zip(writers, cases, strict=True)
        ]
        puller = threading.Thread(target=read)
        puller.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        done.set()
        puller.join()
        for client in pullers:
            client.close()

        assert len(accepted) == WRITERS * BATCHES * BATCH
        seqs = [seq for _, seq in accepted]
        assert len(set(seqs)) == len(seqs)  # no number handed out twice
        seen_seqs = [op["seq"] for op in seen]
        assert seen_seqs == sorted(seen_seqs)  # the puller saw them in order...
        assert len(set(seen_seqs)) == len(seen_seqs)  # ...each once...
        assert {op["op_id"] for op in seen} == {op_id for op_id, _ in accepted}  # ...none skipped
    finally:
        for device in devices:
            device.client.close()
        for server in servers:
            server.stop()


def test_serve_with_two_worker_processes(database_url: str, tmp_path: Path) -> None:
    """``serve --workers 2``: the schema is migrated once, both processes answer on one port,
    and a device enrolled through one is known to the other (shared database)."""
    info = admin.create_org(database_url, "Test NGO", tmp_path / "org.pem", ORG_PASSPHRASE)
    server = start_server(database_url, tmp_path / "server.log", workers=2)
    device = None
    try:
        org = Org(database_url, tmp_path / "org.pem", info, server)
        device = enrol(org, "counselor")
        approve(org, device)
        case_id = device.create_case()
        device.push(*[device.op(case_id) for _ in range(3)])
        for _ in range(10):  # new connections each time: both workers take some
            fresh = httpx.get(server.base_url + "/v1/me", headers=device.client.headers)
            assert fresh.status_code == 200 and fresh.json()["status"] == "approved"
        ops, _ = device.pull_all()
        assert len(ops) == 3
    finally:
        if device is not None:
            device.client.close()
        server.stop()
    assert server.log_text().count("Started server process") == 2
