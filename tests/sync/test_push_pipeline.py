"""The pipelined push (sync/_client_push.py): batch N+1 is prepared while push N travels, yet
pushes reach the server one at a time, in order, and a round that stops keeps exactly what
the server answered.  Small batches (PUSH_BATCH patched to 4 ops) so a few cases make several
pushes; a real server, a real vault."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass
class Alice:
    vault: Any
    client: SyncClient
    watching: Watching
    order: list[str]  # her pending op ids, in local order, before the first sync

    def pending(self) -> list[str]:
        return [op.header.op_id for op in sync_state.pending_ops(self.vault, limit=10_000)]


@pytest.fixture
def alice(server: Org, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Alice]:
    """A vault of four cases (eight ops or more: several 4-op pushes), enrolled and approved,
    whose requests go through :class:`Watching`."""
    monkeypatch.setattr(_client_push, "PUSH_BATCH", 4)
    watching = Watching()
    user = f"alice-{uuid.uuid4().hex[:6]}"
    vault, _ = create_vault(
        tmp_path / "a", PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user
    )
    try:
        client = SyncClient(vault, transport=watching)
        client.enroll(server.base_url, server.invite(user=user), "laptop")
        admin.approve(server.database_url, vault.device.device_id, server.key_path, ORG_PASSPHRASE)
        service = CaseService(vault)
        for n in range(4):
            case = service.create_case({"full_name": f"Worker {n}"}, note=f"note {n}")
            service.update_case(case, {"summary": f"summary {n}"})
        person = Alice(vault, client, watching, [])
        person.order = person.pending()
        yield person
    finally:
        vault.close()
        watching.real.close()


def test_pushes_go_one_at_a_time_in_order(alice: Alice) -> None:
    report = alice.client.sync_once()
    pushed = alice.watching.pushed
    assert report.pushed == len(alice.order) and not report.problems
    assert len(pushed) == -(-len(alice.order) // 4) > 2
    assert [op for push in pushed for op in push] == alice.order  # local order kept
    assert alice.watching.most_in_flight == 1
    # Each push left only after the grants of its cases were stored: none refused.
    assert not alice.pending()


def test_a_cancel_keeps_what_the_server_answered(alice: Alice) -> None:
    pushes_seen: list[int] = []

    def progress(stage: str, done: int, _total: int) -> None:
        if stage == "push":
            pushes_seen.append(done)

    with pytest.raises(SyncCancelledError):
        alice.client.sync_once(progress, cancelled=lambda: bool(pushes_seen))
    # The first push was answered and recorded; the next batch, prepared meanwhile, was
    # never sent, and its ops are still waiting.
    first = alice.watching.pushed
    assert len(first) == 1
    assert alice.pending() == alice.order[len(first[0]) :]
    assert alice.client.sync_once().pushed == len(alice.order) - len(first[0])
    assert not alice.pending()


def test_a_failed_push_keeps_the_pushes_before_it(alice: Alice) -> None:
    alice.watching.fail_push = 2
    with pytest.raises(SyncUnavailableError):
        alice.client.sync_once()
    pushed = alice.watching.pushed
    assert len(pushed) == 2  # the third was never sent
    assert alice.pending() == alice.order[len(pushed[0]) :]
    alice.watching.fail_push = 0
    report = alice.client.sync_once()
    assert report.pushed == len(alice.order) - len(pushed[0]) and not alice.pending()
