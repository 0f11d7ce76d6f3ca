"""The pipelined push (sync/_client_push.py): batch N+1 is prepared while push N travels, yet
pushes reach the server one at a time, in order, and a round that stops keeps exactly what
the server answered.  Small batches (PUSH_BATCH patched to 4 ops) so a few cases make several
pushes; a real server, a real vault."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.store import sync_state
from desktop.vaults import create_vault
from sync import _client_push
from sync.client import SyncCancelledError, SyncClient, SyncUnavailableError
from sync.protocol import PushRequest
from sync.server import admin
from tests.conftest import PASSPHRASE
from tests.sync.conftest import ORG_PASSPHRASE, Org


class Watching(httpx.BaseTransport):
    """The real server behind a transport that records every push and can fail one."""

    def __init__(self, fail_push: int = 0) -> None:
        self.real = httpx.HTTPTransport()
        self.paths: list[str] = []
        self.pushed: list[list[str]] = []  # op ids of each push the server answered
        self.fail_push = fail_push  # the n-th push gets a 503 (0: none)
        self.in_flight = 0
        self.most_in_flight = 0

    def close(self) -> None:
        self.real.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if request.url.path != "/v1/push":
            return self.real.handle_request(request)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if len(self.pushed) + 1 == self.fail_push:
                self.pushed.append([])
                return httpx.Response(503, json={"code": "unavailable", "message": "down"})
            body = PushRequest.model_validate_json(request.read())
            answer = self.real.handle_request(request)
            answer.read()
            self.pushed.append([op.op_id for op in body.ops])
            return answer
        finally:
            self.in_flight -= 1


def _alice(server: Org, folder: Path, transport: httpx.BaseTransport) -> tuple[Any, SyncClient]:
    user = f"alice-{uuid.uuid4().hex[:6]}"
    vault, _ = create_vault(folder, PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user)
    client = SyncClient(vault, transport=transport)
    client.enroll(server.base_url, server.invite(user=user), "laptop")
    admin.approve(server.database_url, vault.device.device_id, server.key_path, ORG_PASSPHRASE)
    service = CaseService(vault)
    for n in range(4):
        case = service.create_case({"full_name": f"Worker {n}"}, note=f"note {n}")
        service.update_case(case, {"summary": f"summary {n}"})
    return vault, client


def _pending(vault: Any) -> list[str]:
    return [op.header.op_id for op in sync_state.pending_ops(vault, limit=10_000)]


def test_pushes_go_one_at_a_time_in_order(
    server: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_client_push, "PUSH_BATCH", 4)
    watching = Watching()
    vault, client = _alice(server, tmp_path / "a", watching)
    try:
        order = _pending(vault)
        report = client.sync_once()
        assert report.pushed == len(order) and not report.problems
        assert len(watching.pushed) == -(-len(order) // 4) > 2
        assert [op for push in watching.pushed for op in push] == order  # local order kept
        assert watching.most_in_flight == 1
        # Each push left only after the grants of its cases were stored: none refused.
        assert not _pending(vault)
    finally:
        vault.close()
        watching.real.close()


def test_a_cancel_keeps_what_the_server_answered(
    server: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_client_push, "PUSH_BATCH", 4)
    watching = Watching()
    vault, client = _alice(server, tmp_path / "a", watching)
    try:
        order = _pending(vault)
        pushes_seen: list[int] = []

        def progress(stage: str, done: int, _total: int) -> None:
            if stage == "push":
                pushes_seen.append(done)

        with pytest.raises(SyncCancelledError):
            client.sync_once(progress, cancelled=lambda: bool(pushes_seen))
        # The first push was answered and recorded; the next batch, prepared meanwhile, was
        # never sent, and its ops are still waiting.
        assert len(watching.pushed) == 1
        assert _pending(vault) == order[len(watching.pushed[0]) :]
        assert client.sync_once().pushed == len(order) - len(watching.pushed[0])
        assert not _pending(vault)
    finally:
        vault.close()
        watching.real.close()


def test_a_failed_push_keeps_the_pushes_before_it(
    server: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_client_push, "PUSH_BATCH", 4)
    watching = Watching(fail_push=2)
    vault, client = _alice(server, tmp_path / "a", watching)
    try:
        order = _pending(vault)
        with pytest.raises(SyncUnavailableError):
            client.sync_once()
        assert len(watching.pushed) == 2  # the third was never sent
        assert _pending(vault) == order[len(watching.pushed[0]) :]
        watching.fail_push = 0
        report = client.sync_once()
        assert report.pushed == len(order) - len(watching.pushed[0]) and not _pending(vault)
    finally:
        vault.close()
        watching.real.close()
