"""Issue 18: the connection pool's size is set per deployment (``serve --pool-size`` or
``MADOGUCHI_SERVER_POOL_SIZE``), with a default that lets three processes and the admin tools
share PostgreSQL's default ``max_connections`` of 100."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from sync.server import admin
from sync.server.db import DEFAULT_POOL_SIZE, ENV_POOL_SIZE, make_engine, pool_size
from sync.server.errors import StartupError
from tests.sync.conftest import ORG_PASSPHRASE, Device, enrol, start_server
from tests.sync.conftest import Org as OrgInfo
from tests.sync.test_server_cli import assert_one_error_line, run_server

POSTGRES_DEFAULT_MAX_CONNECTIONS = 100
POSTGRES_SUPERUSER_RESERVED = 3


def test_the_default_lets_three_processes_and_the_admin_tools_share_postgresql(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_POOL_SIZE, raising=False)
    assert pool_size() == DEFAULT_POOL_SIZE
    room = POSTGRES_DEFAULT_MAX_CONNECTIONS - POSTGRES_SUPERUSER_RESERVED
    assert room - 5 >= 3 * DEFAULT_POOL_SIZE  # a few left for admin commands and psql
    monkeypatch.setenv(ENV_POOL_SIZE, "12")
    assert pool_size() == 12 and pool_size(7) == 7  # the flag wins over the environment
    for bad in ("0", "lots", "501"):
        monkeypatch.setenv(ENV_POOL_SIZE, bad)
        with pytest.raises(StartupError, match=ENV_POOL_SIZE) as raised:
            pool_size()
        assert raised.value.code == "server.startup.bad_pool_size"


def test_a_bad_pool_size_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    result = run_server("serve", "--database", url, "--pool-size", "0")
    assert_one_error_line(result, "--pool-size", "from 1 to 500")
    monkeypatch.setenv(ENV_POOL_SIZE, "many")
    result = run_server("serve", "--database", url)
    assert_one_error_line(result, ENV_POOL_SIZE, "many")
    assert not (tmp_path / "server.sqlite3").exists()  # refused before the database


def test_each_process_keeps_at_most_its_pool(pg_url: str, tmp_path: Path) -> None:
    """Two worker processes with --pool-size 3 under a burst of 24 requests: every request
    answered, and never more than 2 × 3 connections to the database."""
    key_path = tmp_path / "org.pem"
    info = admin.create_org(pg_url, "Test NGO", key_path, ORG_PASSPHRASE)
    server = start_server(pg_url, tmp_path / "server.log", workers=2, extra=("--pool-size", "3"))
    database = make_url(pg_url).database
    watcher = make_engine(pg_url, 1)
    device: Device | None = None
    try:
        org = OrgInfo(pg_url, key_path, info, server)
        device = enrol(org)
        admin.approve(pg_url, device.device_id, key_path, ORG_PASSPHRASE, device.fingerprint)
        headers = {"Authorization": f"Bearer {device.token}"}
        seen: list[int] = []

        def one(_: int) -> int:
            with httpx.Client(base_url=server.base_url, headers=headers, timeout=60) as http:
                return http.post("/v1/pull", json={"cursor": None}).status_code

        def connections() -> int:
            with watcher.connect() as conn:
                return int(
                    conn.execute(
                        text(
                            "SELECT count(*) FROM pg_stat_activity WHERE datname = :d "
                            "AND pid <> pg_backend_pid()"
                        ),
                        {"d": database},
                    ).scalar_one()
                )

        with ThreadPoolExecutor(max_workers=24) as pool:
            answers = pool.map(one, range(96))
            seen.append(connections())
            statuses = list(answers)
        seen.append(connections())
        assert statuses == [200] * 96
        # The pools keep what they opened: after the burst, what each process ever held.
        assert 3 <= seen[-1] <= 2 * 3 and max(seen) <= 2 * 3, seen
    finally:
        if device is not None:
            device.client.close()
        watcher.dispose()
        server.stop()
