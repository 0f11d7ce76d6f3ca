"""Fixtures for the sync server: real databases, a real server process, enrolled devices.

``database_url`` is parametrised over SQLite (a temporary file) and PostgreSQL (a fresh
database on 127.0.0.1, dropped afterwards).  When PostgreSQL is unreachable the PostgreSQL
cases are skipped — except with ``CI=true``, where they fail, so CI cannot go green
without having tested the production database.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from sync.protocol import Grant, WireOp, b64e, grant_bytes, op_bytes, padded_size
from sync.server import admin
from tests.support.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
ORG_PASSPHRASE = "org key passphrase for tests"


def _pg_reachable() -> str | None:
    import psycopg

    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return f"PostgreSQL at 127.0.0.1:5432 is unreachable ({type(exc).__name__})"


def _require_pg() -> None:
    problem = _pg_reachable()
    if problem is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{problem}; CI=true requires the PostgreSQL tests to run.")
    pytest.skip(problem)


def _pg_database() -> Iterator[str]:
    import psycopg

    name = "madoguchi_test_" + secrets.token_hex(6)
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _make_url(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'server.sqlite3'}"
    else:
        _require_pg()
        yield from _pg_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database (per test)."""
    yield from _make_url(request.param, tmp_path)


@pytest.fixture
def pg_url(tmp_path: Path) -> Iterator[str]:
    """A fresh PostgreSQL database only (for tests of several server processes)."""
    yield from _make_url("postgresql", tmp_path)


# -- the server process (ports: tests/support/ports.py) ---------------------------------------
@dataclass
class ServerProcess:
    """One ``python -m sync.server serve`` process."""

    database_url: str
    port: int
    log_path: Path
    process: subprocess.Popen[bytes]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(
    database_url: str,
    log_path: Path,
    log_level: str = "info",
    workers: int = 1,
    extra: tuple[str, ...] = (),
    port: int | None = None,
) -> ServerProcess:
    """Start a real server (``extra``: more ``serve`` options; ``port``: a given one, e.g. to
    restart a process where a proxy expects it) and wait until /healthz answers."""
    port = port or free_port()
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "sync.server", "serve", "--database", database_url,
             "--port", str(port), "--log-level", log_level, "--workers", str(workers),
             *extra],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    server = ServerProcess(database_url, port, log_path, process)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{server.log_text()}")
        try:
            if httpx.get(server.base_url + "/healthz", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"server did not start:\n{server.log_text()}")


@dataclass
class Org:
    """The server's organisation: its private key file lives with the test, not the server."""

    database_url: str
    key_path: Path
    info: Any
    server: ServerProcess

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def invite(
        self,
        role: str | None = "counselor",
        hours: float = 48,
        *,
        user: str | None = None,
        device_of: str | None = None,
    ) -> str:
        """A code for ``user`` (a new person) or for the next device of ``device_of``."""
        from datetime import timedelta

        if device_of is not None:
            return admin.invite(
                self.database_url, None, timedelta(hours=hours), device_of=device_of
            )
        return admin.invite(self.database_url, role, timedelta(hours=hours), user=user)


def _code_for(self: Org, role: str, user_id: str) -> str:
    """A code for ``user_id``: as a new person, or as their next device if they have one."""
    from sync.server.errors import AdminError

    try:
        return self.invite(role, user=user_id)
    except AdminError:
        return self.invite(device_of=user_id)


Org.code_for = _code_for  # type: ignore[attr-defined]


@pytest.fixture
def server(database_url: str, tmp_path: Path) -> Iterator[Org]:
    """A real server process on a fresh database with an organisation."""
    key_path = tmp_path / "org.pem"
    info = admin.create_org(database_url, "Test NGO", key_path, ORG_PASSPHRASE)
    process = start_server(database_url, tmp_path / "server.log", log_level="debug")
    try:
        yield Org(database_url, key_path, info, process)
    finally:
        process.stop()


# -- devices --------------------------------------------------------------------------------
@dataclass
class Device:
    """An enrolled device: its keys, token and an HTTP client speaking to the server."""

    user_id: str
    device_id: str
    role: str
    signing: ed25519.Ed25519PrivateKey
    card: dict[str, Any]
    fingerprint: str
    client: httpx.Client
    token: str = ""
    enrol_status: str = ""
    counter: int = field(default=0)

    @property
    def signing_key(self) -> str:
        raw = self.signing.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return b64e(raw)

    def op(self, case_id: str, ciphertext: bytes = b"sealed", **changes: Any) -> WireOp:
        """A signed op of this device (``changes`` are applied before signing).  The
        ciphertext is zero-padded to its size bucket, as the server requires (protocol 3)."""
        self.counter += 1
        ciphertext += bytes(padded_size(len(ciphertext)) - len(ciphertext))
        fields: dict[str, Any] = {
            "op_id": f"op-{uuid.uuid4().hex}",
            "case_id": case_id,
            "author": self.user_id,
            "device": self.device_id,
            "key_id": "k1",
            "schema_version": 1,
            "nonce": b64e(secrets.token_bytes(12)),
            "ciphertext": b64e(ciphertext),
            "signature": "",
            "blobs": [],
        } | changes
        unsigned = WireOp(**fields)
        return unsigned.model_copy(
            update={"signature": b64e(self.signing.sign(op_bytes(unsigned)))}
        )

    def grant_for(
        self, recipient: Device, case_id: str, key_id: str = "k1", manage: bool = False
    ) -> Grant:
        unsigned = Grant(
            case_id=case_id, user_id=recipient.user_id, key_id=key_id,
            device_id=recipient.device_id, enc=b64e(secrets.token_bytes(32)),
            wrapped=b64e(secrets.token_bytes(48)), recipient_fingerprint=recipient.fingerprint,
            granted_by=self.device_id, signature="", manage=manage,
        )  # fmt: skip
        return unsigned.model_copy(
            update={"signature": b64e(self.signing.sign(grant_bytes(unsigned)))}
        )

    def post(self, path: str, body: Any) -> httpx.Response:
        data = body.model_dump(mode="json") if hasattr(body, "model_dump") else body
        return self.client.post(path, json=data)

    def push(self, *ops: WireOp) -> list[dict[str, Any]]:
        response = self.post("/v1/push", {"ops": [o.model_dump(mode="json") for o in ops]})
        assert response.status_code == 200, response.text
        return list(response.json()["results"])

    def grant(self, recipient: Device, case_id: str, manage: bool = False) -> dict[str, Any]:
        response = self.post("/v1/grants", self.grant_for(recipient, case_id, manage=manage))
        assert response.status_code == 200, response.text
        return dict(response.json())

    def create_case(self) -> str:
        case_id = f"case-{uuid.uuid4().hex[:12]}"
        self.grant(self, case_id, manage=True)  # the creator owns the case
        return case_id

    def pull(self, cursor: str | None = None, limit: int = 5000) -> dict[str, Any]:
        response = self.post("/v1/pull", {"cursor": cursor, "limit": limit})
        assert response.status_code == 200, response.text
        return dict(response.json())

    def pull_all(self, cursor: str | None = None, limit: int = 5000) -> tuple[list[Any], str]:
        """Every page until ``more`` is false: (ops, final cursor)."""
        ops: list[Any] = []
        while True:
            page = self.pull(cursor, limit)
            ops.extend(page["ops"])
            cursor = page["cursor"]
            if not page["more"]:
                return ops, cursor


def new_keys(name: str) -> tuple[ed25519.Ed25519PrivateKey, dict[str, Any], str]:
    """Signing key, a key card in the desktop format, and its fingerprint."""
    from sync.server.common import card_fingerprint

    signing = ed25519.Ed25519PrivateKey.generate()
    public = signing.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    card = {
        "format": "madoguchi-key-card", "version": 1, "display_name": name,
        "organisation": "Test NGO", "kem": "ML-KEM-768+X25519",
        "hpke_public_key": b64e(secrets.token_bytes(1216)), "signature": "Ed25519",
        "signing_public_key": b64e(public), "created": "2025-01-01T00:00:00+00:00",
    }  # fmt: skip
    return signing, card, card_fingerprint(card)


def enrol(org: Org, role: str = "counselor", code: str | None = None, **over: Any) -> Device:
    """Enrol (but do not approve) a new device; raises AssertionError when refused."""
    user_id = over.pop("user_id", f"user-{uuid.uuid4().hex[:8]}")
    device_id = over.pop("device_id", f"dev-{uuid.uuid4().hex[:8]}")
    signing, card, fingerprint = new_keys(over.pop("name", "Tester"))
    client = httpx.Client(base_url=org.base_url, timeout=60)
    device = Device(user_id, device_id, role, signing, card, fingerprint, client)
    body = {
        "code": code or org.code_for(role, user_id),
        "user_id": user_id,
        "device_id": device_id,
        "device_name": over.pop("device_name", "laptop"),
        "key_card": {"card": card, "fingerprint": fingerprint, "signing_key": device.signing_key},
    }
    response = client.post("/v1/enrol", json=body)
    if response.status_code != 200:
        client.close()
        raise AssertionError(f"{response.status_code} {response.text}")
    device.token = response.json()["device_token"]
    device.enrol_status = response.json()["status"]
    client.headers["Authorization"] = f"Bearer {device.token}"
    return device


def approve(org: Org, device: Device) -> None:
    admin.approve(
        org.database_url, device.device_id, org.key_path, ORG_PASSPHRASE, device.fingerprint
    )


@pytest.fixture
def make_device(server: Org) -> Iterator[Any]:
    """``make_device(role="counselor", approve=True, **enrol_args) -> Device``."""
    made: list[Device] = []

    def factory(role: str = "counselor", approved: bool = True, **over: Any) -> Device:
        device = enrol(server, role, **over)
        if approved:
            approve(server, device)
        made.append(device)
        return device

    yield factory
    for device in made:
        device.client.close()


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True)
