"""Fault tests on real processes (issue 6).

The real sync server runs in a subprocess on loopback; three real vaults (fast KDF) are
enrolled, approved and share their cases; ``faultproxy.FaultProxy`` sits between them and
drops, delays, duplicates, truncates and reorders requests and responses, and makes the
server exit between committing a push and answering it.  Each of ``MADOGUCHI_SOAK`` (200 by
default) seeded schedules (the first half here, the second in ``test_faults_soak.py``) edits random cases on random replicas and syncs them all at once
through the faults; a fault may cost a client only ``SyncUnavailableError``.  After healing,
every replica syncs until two rounds move nothing, and ``check_converged`` asserts: no op
lost, none duplicated, every replica the same.  docs/sync.md, "Fault testing", has more.

The proxy's own checks come first, against a tiny recording upstream.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from desktop.store import sync_state
from sync.client import SyncUnavailableError
from tests.sync.fault_world import (
    FIRST_SEEDS,
    World,
    check_converged,
    heal_and_settle,
    open_world,
    own_ops,
    run_seeds,
    server_ops,
)
from tests.sync.faultproxy import CRASH_EXIT, CRASH_HEADER, Fault, FaultProxy, Schedule


# -- the proxy itself, against a tiny upstream that records what reaches it ------------------
class _Recorder(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: list[tuple[str, bytes, bool]]  # (path, body, crash header present)
    lock = threading.Lock()

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with self.lock:
            self.seen.append((self.path, body, CRASH_HEADER.decode() in self.headers))
        answer = b"echo:" + body * 50
        self.send_response(200)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: object) -> None:
        pass


@dataclass(frozen=True)
class _Fixed(Schedule):
    """Every request of client 0 gets ``fault``; other clients pass."""

    fault: Fault = field(default_factory=Fault)

    def decide(self, client: int, n: int, method: str, path: str) -> Fault:
        return self.fault if client == 0 else Fault()


@pytest.fixture
def recorder() -> Iterator[tuple[int, list[tuple[str, bytes, bool]]]]:
    seen: list[tuple[str, bytes, bool]] = []
    handler = type("Handler", (_Recorder,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], seen
    server.shutdown()
    server.server_close()


def _post(proxy: FaultProxy, client: int, path: str, body: bytes) -> httpx.Response:
    with httpx.Client(base_url=proxy.url(client), timeout=5) as http:
        return http.post(path, content=body)


@pytest.mark.parametrize(
    ("kind", "reaches", "answered"),
    [
        ("pass", 1, True),
        ("delay", 1, True),
        ("drop_request", 0, False),
        ("drop_response", 1, False),
        ("duplicate", 2, True),
        ("truncate", 1, False),
    ],
)
def test_proxy_fault_kinds(
    recorder: tuple[int, list[tuple[str, bytes, bool]]], kind: str, reaches: int, answered: bool
) -> None:
    port, seen = recorder
    with FaultProxy(port, 1, _Fixed(0, fault=Fault(kind, delay=0.01, cut=0.5))) as proxy:
        if answered:
            response = _post(proxy, 0, "/x", b"hello")
            assert response.content == b"echo:" + b"hello" * 50
        else:
            with pytest.raises(httpx.TransportError):
                _post(proxy, 0, "/x", b"hello")
        assert proxy.stats[kind] == 1
    assert [s[:2] for s in seen] == [("/x", b"hello")] * reaches


def test_proxy_marks_only_pushes_for_a_crash(
    recorder: tuple[int, list[tuple[str, bytes, bool]]],
) -> None:
    port, seen = recorder
    schedule = Schedule(1, {"crash": 1.0})
    with FaultProxy(port, 1, schedule) as proxy:
        _post(proxy, 0, "/v1/pull", b"a")
        _post(proxy, 0, "/v1/push", b"b")
    assert seen == [("/v1/pull", b"a", False), ("/v1/push", b"b", True)]


def test_proxy_reorder_lets_a_later_request_overtake(
    recorder: tuple[int, list[tuple[str, bytes, bool]]],
) -> None:
    port, seen = recorder
    with FaultProxy(port, 2, _Fixed(0, fault=Fault("reorder")), reorder_wait=30) as proxy:
        held = threading.Thread(target=_post, args=(proxy, 0, "/first", b"1"))
        held.start()
        while proxy.stats["reorder"] == 0:  # the proxy holds it now
            threading.Event().wait(0.005)
        _post(proxy, 1, "/second", b"2")
        held.join()
    assert [s[0] for s in seen] == ["/second", "/first"]


def test_proxy_heal_and_keep_alive(recorder: tuple[int, list[tuple[str, bytes, bool]]]) -> None:
    port, seen = recorder
    with FaultProxy(port, 1, Schedule(7, {"drop_request": 1.0})) as proxy:
        with pytest.raises(httpx.TransportError):
            _post(proxy, 0, "/x", b"lost")
        proxy.heal()
        with httpx.Client(base_url=proxy.url(0), timeout=5) as http:
            for i in range(3):  # several requests on one client connection
                assert http.post("/y", content=b"%d" % i).status_code == 200
    assert [s[1] for s in seen] == [b"0", b"1", b"2"]


def test_schedule_is_a_pure_function_of_seed_client_and_count() -> None:
    schedule = Schedule.random(11)
    first = [schedule.decide(c, n, "POST", "/v1/push") for c in range(3) for n in range(50)]
    again = [schedule.decide(c, n, "POST", "/v1/push") for c in range(3) for n in range(50)]
    assert first == again
    kinds = {f.kind for s in range(200) for f in _decisions(Schedule.random(s))}
    assert kinds == {"pass", "delay", "drop_request", "drop_response", "duplicate", "truncate",
                     "reorder", "crash"}  # fmt: skip


def _decisions(schedule: Schedule) -> list[Fault]:
    return [schedule.decide(0, n, "POST", "/v1/push") for n in range(20)]


# -- the real thing: server process, three vaults, the proxy between (tests/sync/fault_world.py)
@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with open_world(tmp_path_factory.mktemp("faults")) as w:
        yield w


def test_crash_between_commit_and_answer(world: World) -> None:
    """The dangerous case on its own: the server commits a push and dies before answering;
    the client hears nothing, keeps the op pending, and its resend after the restart is a
    harmless duplicate."""
    replica = world.replicas[1]
    case_id = sorted(row.case_id for row in replica.service.list_cases())[0]
    before = own_ops(replica)
    replica.service.add_timeline_entry(case_id, {"note": "said just before the crash"})
    (op_id,) = own_ops(replica) - before
    world.created.add(op_id)
    world.proxy.set_schedule(Schedule(0, {"crash": 1.0}))
    with pytest.raises(SyncUnavailableError):
        replica.client.sync_once()
    assert world.server.proc is not None and world.server.proc.wait(timeout=30) == CRASH_EXIT
    assert op_id in {o for _, o, _ in server_ops(world.database)}  # committed ...
    state = replica.vault.conn.execute("SELECT sync_state FROM ops WHERE op_id=?", (op_id,))
    assert state.fetchone()[0] == "pending"  # ... but never confirmed
    world.proxy.heal()
    assert world.server.revive()
    assert replica.client.sync_once().duplicates == 1
    heal_and_settle(world)
    check_converged(world)


def test_checks_catch_a_lost_op(world: World) -> None:
    """The checks have teeth: a client bug that marks an op synced without sending it (the
    classic lost op) fails them; sending it after all makes them pass again."""
    replica = world.replicas[2]
    case_id = sorted(row.case_id for row in replica.service.list_cases())[0]
    before = own_ops(replica)
    replica.service.update_case(case_id, {"summary": "never sent"})
    (op_id,) = own_ops(replica) - before
    world.created.add(op_id)
    sync_state.mark_pushed(replica.vault, {op_id: 0})  # the bug
    heal_and_settle(world)
    with pytest.raises(AssertionError, match="never reached the server"):
        check_converged(world)
    replica.vault.conn.execute("UPDATE ops SET sync_state='pending' WHERE op_id=?", (op_id,))
    heal_and_settle(world)
    check_converged(world)


def test_faults_heal_to_one_state(world: World) -> None:
    """Issue 6: ≥200 seeded schedules of faults (this file runs the first half); after each
    heal, one state everywhere."""
    run_seeds(world, FIRST_SEEDS)
