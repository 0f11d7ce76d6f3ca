"""Issue 18, point 5: three ``serve`` processes on one PostgreSQL behind a real HAProxy in
round-robin mode, with real vaults syncing through it (docs/sync-server.md, "A deployment
for a network", shows the configuration written here).

Four devices of three people (Alice has a laptop and a desk PC) push, pull, share, upload
and download evidence and withdraw a colleague from a case, all at once through the proxy,
each request landing on whichever process is next; one process is SIGKILLed mid-way and
started again on its port while the clients keep syncing (a request it was serving fails
as "try again later" and is retried, as the app does).  After a quiet settle: every op
made is stored exactly once, the numbers the shared sequence handed out are unique and
without gaps, every device holding a case has exactly the server's ops of it and shows the
same case, the withdrawn colleague received nothing after the withdrawal, and the files
arrive intact.  HAProxy's own statistics and each process's access log show the requests
were really spread over the three.

PostgreSQL only (several processes need a shared database); needs ``/usr/sbin/haproxy``
(Debian package ``haproxy``, installed by ``run-tests``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import secrets
import shutil
import signal
import subprocess
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
import sqlalchemy as sa

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.identity import ensure_identity
from desktop.store.vault import Vault
from desktop.vaults import create_vault
from sync.client import SyncClient, SyncUnavailableError
from sync.server import admin
from sync.server.errors import AdminError
from tests.support.case_view import case_fingerprint
from tests.sync.conftest import ORG_PASSPHRASE, ServerProcess, free_port, start_server

pytestmark = pytest.mark.slow
T = TypeVar("T")

HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
PASSPHRASE = "correct horse battery staple"
PROCESSES = 3
POOL_SIZE = 4  # small on purpose: 3 × 4 connections carry the whole test
ROUNDS = 6  # edit-and-sync rounds per device in the concurrent phase
KILL_AFTER = 8  # SIGKILL a process once this many concurrent syncs have finished

# The configuration the test runs (and docs/sync-server.md shows): round robin over the
# processes, every request balanced on its own (no cookie, no stickiness); a connection a
# dead process refuses is retried on the next one (retries + redispatch), so only requests
# already inside the killed process fail.  No health checks: a dead process costs each request
# that meets it one refused connection and a retry, and it is used again as soon as it is
# back.  No log lines: HAProxy's default would record URLs (blob paths, case ids in queries).
HAPROXY_CONFIG = """\
global
    maxconn 512

defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    retries 3
    option redispatch 1

frontend madoguchi
    bind 127.0.0.1:{port}
    default_backend serve

backend serve
    balance roundrobin
{servers}

listen stats
    bind 127.0.0.1:{stats_port}
    stats enable
    stats uri /stats
"""


@dataclass
class Proxy:
    process: subprocess.Popen[bytes]
    port: int
    stats_port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def requests_per_process(self) -> dict[str, int]:
        """HTTP requests HAProxy sent to each process (its statistics page, as CSV)."""
        page = httpx.get(f"http://127.0.0.1:{self.stats_port}/stats;csv", timeout=10)
        page.raise_for_status()
        rows = csv.DictReader(io.StringIO(page.text.lstrip("# ")))
        return {
            r["svname"]: int(r["req_tot"] or r["stot"])
            for r in rows
            if r["pxname"] == "serve" and r["svname"] not in ("FRONTEND", "BACKEND")
        }

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def start_haproxy(folder: Path, ports: list[int]) -> Proxy:
    if not Path(HAPROXY).exists():
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true needs HAProxy (Debian package haproxy).")
        pytest.skip("HAProxy is not installed (Debian package haproxy)")
    port, stats_port = free_port(), free_port()
    servers = "\n".join(f"    server s{n} 127.0.0.1:{p}" for n, p in enumerate(ports, 1))
    config = folder / "haproxy.cfg"
    config.write_text(HAPROXY_CONFIG.format(port=port, stats_port=stats_port, servers=servers))
    log = folder / "haproxy.log"
    with log.open("ab") as out:
        process = subprocess.Popen(
            [HAPROXY, "-db", "-f", str(config)], stdout=out, stderr=subprocess.STDOUT
        )
    proxy = Proxy(process, port, stats_port, log)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"haproxy exited: {log.read_text()}")
        try:
            if httpx.get(proxy.url + "/healthz", timeout=2).status_code == 200:
                return proxy
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    proxy.stop()
    raise RuntimeError("haproxy did not answer")


# -- devices ----------------------------------------------------------------------------------
@dataclass
class Device:
    name: str
    vault: Vault
    client: SyncClient
    service: CaseService
    writes: set[str] = field(default_factory=set)  # cases this device edits
    reports: list[str] = field(default_factory=list)  # anything a sync should not report
    withdrawn: set[str] = field(default_factory=set)  # cases a sync said were withdrawn
    retries: int = 0

    @property
    def user_id(self) -> str:
        return self.vault.device.user_id

    @property
    def device_id(self) -> str:
        return self.vault.device.device_id

    def again(self, action: Callable[[], T]) -> T:
        """``action`` (a share, a withdrawal), tried again while the server side answers "try
        again later", as a person would press the button again: one of them may meet the
        killed process.  A withdrawal stored whose answer was lost succeeds when tried again
        (the server answers a repeated withdrawal as done), so the client goes on to rotate
        the case key."""
        for _ in range(40):
            try:
                return action()
            except SyncUnavailableError:
                self.retries += 1
                time.sleep(0.1)
        raise AssertionError(f"{self.name} could not finish in 40 tries")

    def sync(self) -> None:
        """One sync, tried again while the server side answers "try again later" (what the
        app does on its timer; here within a bound)."""
        for _ in range(40):
            try:
                report = self.client.sync_once()
            except SyncUnavailableError:
                self.retries += 1
                time.sleep(0.1)
                continue
            self.withdrawn.update(report.revoked_cases)
            notice = "Access to " if report.revoked_cases else "\0"  # the withdrawal's notice
            problems = [p for p in report.problems if not p.startswith(notice)]
            if report.rejected or report.quarantined or problems:
                self.reports.append(f"{self.name}: {report}")
            return
        raise AssertionError(f"{self.name} could not sync in 40 tries")

    def own_ops(self) -> set[str]:
        rows = self.vault.conn.execute("SELECT op_id FROM ops WHERE device=?", (self.device_id,))
        return {r[0] for r in rows}


def new_device(url: str, pg_url: str, key_path: Path, folder: Path, name: str, user: str) -> Device:
    vault, _ = create_vault(
        folder / name, PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user
    )
    try:
        code = admin.invite(pg_url, "counselor", user=user)
    except AdminError:  # the person exists: this is their next device
        code = admin.invite(pg_url, None, device_of=user)
    client = SyncClient(vault)
    client.enroll(url, code, name)
    digits = ensure_identity(vault).card.fingerprint_digits
    admin.approve(pg_url, vault.device.device_id, key_path, ORG_PASSPHRASE, digits[:19])
    return Device(name, vault, client, CaseService(vault))


def _edit(device: Device, rng: random.Random, step: str) -> None:
    case_id = rng.choice(sorted(device.writes))
    choice = rng.randrange(3)
    if choice == 0:
        device.service.update_case(case_id, {"summary": f"{step} by {device.name}"})
    elif choice == 1:
        device.service.add_timeline_entry(case_id, {"note": f"note {step} by {device.name}"})
    else:
        device.service.add_task(case_id, {"title": f"task {step}", "due_on": "2026-12-31"})


def _evidence_bytes(device: Device, case_id: str) -> dict[str, bytes]:
    view = device.service.get_case(case_id)
    return {
        e.data["title"]: b"".join(device.service.read_evidence(e.entity_id)) for e in view.evidence
    }


@pytest.fixture
def network(pg_url: str, tmp_path: Path) -> Iterator[tuple[list[ServerProcess], Proxy, str]]:
    """An organisation, three ``serve`` processes (started together) and HAProxy before them."""
    admin.create_org(pg_url, "Test NGO", tmp_path / "org.pem", ORG_PASSPHRASE)
    ports = [free_port() for _ in range(PROCESSES)]
    extra = ("--pool-size", str(POOL_SIZE))
    with ThreadPoolExecutor(PROCESSES) as pool:
        servers = list(
            pool.map(
                lambda n: start_server(
                    pg_url, tmp_path / f"serve{n}.log", extra=extra, port=ports[n]
                ),
                range(PROCESSES),
            )
        )
    proxy: Proxy | None = None
    try:
        proxy = start_haproxy(tmp_path, ports)
        yield servers, proxy, pg_url
    finally:
        if proxy is not None:
            proxy.stop()
        for server in servers:
            server.stop()


def test_three_processes_behind_haproxy(
    network: tuple[list[ServerProcess], Proxy, str], tmp_path: Path
) -> None:
    servers, proxy, pg_url = network
    key_path = tmp_path / "org.pem"
    alice, bob, carol = (f"{n}-{uuid.uuid4().hex[:6]}" for n in ("alice", "bob", "carol"))
    made = [
        ("alice-laptop", alice), ("alice-desk", alice), ("bob", bob), ("carol", carol),
    ]  # fmt: skip
    devices = [new_device(proxy.url, pg_url, key_path, tmp_path, n, u) for n, u in made]
    laptop, desk, bobs, carols = devices
    try:
        # -- before: cases, files and shares, one device at a time ---------------------------
        payslip = secrets.token_bytes(1024 * 1024 + 5000)  # two chunks
        a1 = laptop.service.create_case({"full_name": "Tran Thi A"})
        laptop.service.add_evidence(a1, io.BytesIO(payslip), {"title": "payslip"}, filename="p.pdf")
        a2 = laptop.service.create_case({"full_name": "Nguyen Van B"})
        b1 = bobs.service.create_case({"full_name": "Pham C"})
        c1 = carols.service.create_case({"full_name": "Le D"})
        for device in devices:
            device.sync()
        laptop.client.share_case(a1, bob)
        laptop.client.share_case(a2, bob)
        laptop.client.share_case(a2, carol)
        bobs.client.share_case(b1, alice)
        for device in devices:
            device.sync()
        laptop.writes |= {a1, a2, b1}
        desk.writes |= {a1, a2, b1}
        bobs.writes |= {a1, a2, b1}
        carols.writes |= {c1}  # Carol reads A2 and will be withdrawn from it: she never edits it
        assert all(d.vault.has_case(c) for d in (laptop, desk, bobs) for c in (a1, a2, b1))
        assert carols.vault.has_case(a2)

        # -- at once: edits and syncs from four threads, a kill, a withdrawal, a share ------
        contract = secrets.token_bytes(3 * 1024 * 1024 + 77)  # four chunks
        finished = Counter[str]()
        lock = threading.Lock()
        failures: list[str] = []
        restarted = threading.Event()

        def work(device: Device, seed: int) -> None:
            rng = random.Random(seed)
            after_restart = 0
            try:
                # ROUNDS rounds, and at least two more once the killed process is back.
                for round_ in range(ROUNDS * 4):
                    if round_ >= ROUNDS and after_restart >= 2:
                        break
                    after_restart += restarted.is_set()
                    for k in range(rng.randint(1, 3)):
                        _edit(device, rng, f"{round_}.{k}")
                    if device is desk and round_ == 1:  # a file uploaded across the processes
                        desk.service.add_evidence(
                            a1, io.BytesIO(contract), {"title": "contract"}, filename="c.pdf"
                        )
                    if device is carols and round_ == 2:  # a share in the middle of it all
                        carols.again(lambda: carols.client.share_case(c1, alice))
                    if device is laptop and round_ == 3:  # Carol withdrawn from A2, then
                        laptop.again(lambda: laptop.client.revoke_grant(a2, carol))
                        # an edit she must not get
                        laptop.service.add_timeline_entry(a2, {"note": "after Carol left"})
                    device.sync()
                    with lock:
                        finished["syncs"] += 1
            except Exception as exc:  # reported by the main thread (threads cannot fail it)
                failures.append(f"{device.name}: {type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=work, args=(d, n)) for n, d in enumerate(devices)]
        for thread in threads:
            thread.start()
        while finished["syncs"] < KILL_AFTER and any(t.is_alive() for t in threads):
            time.sleep(0.02)
        before_kill = proxy.requests_per_process()
        victim = servers[1]
        try:
            victim.process.send_signal(signal.SIGKILL)  # no clean-up, like a power cut
            assert victim.process.wait(timeout=10) == -signal.SIGKILL
            servers[1] = start_server(
                pg_url, victim.log_path, extra=("--pool-size", str(POOL_SIZE)), port=victim.port
            )
            restarted_at = len(servers[1].log_text())
        finally:
            restarted.set()  # the threads' last rounds
        for thread in threads:
            thread.join()
        assert not failures, failures

        # -- settle: one at a time until two rounds in a row move nothing ------------------
        quiet = rounds = 0
        while quiet < 2:
            rounds += 1
            assert rounds <= 10, "sync did not settle"
            moved = 0
            for device in devices:
                report = device.client.sync_once()
                moved += report.pushed + report.duplicates + report.pulled + report.grants_received
            quiet = quiet + 1 if moved == 0 else 0
        assert not [r for d in devices for r in d.reports], [r for d in devices for r in d.reports]
        assert [d.withdrawn for d in devices] == [set(), set(), set(), {a2}]
        assert carols.vault.has_case(a2) and laptop.vault.has_case(c1) and desk.vault.has_case(c1)

        # -- the server: every op once, the sequence unique and without gaps ----------------
        engine = sa.create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            with engine.connect() as conn:
                server_ops = conn.execute(sa.text("SELECT op_id, seq, case_id FROM ops")).all()
                numbers = [
                    int(n)
                    for sql in (
                        "SELECT seq FROM ops",
                        "SELECT seq FROM grants",
                        "SELECT revoked_seq FROM grants WHERE revoked_seq IS NOT NULL",
                        "SELECT changed_seq FROM devices WHERE changed_seq IS NOT NULL",
                    )
                    for (n,) in conn.execute(sa.text(sql))
                ]
                top = conn.execute(sa.text("SELECT value FROM counters")).scalar_one()
                withdrawn = conn.execute(
                    sa.text(
                        "SELECT min(revoked_seq) FROM grants WHERE case_id = :c AND user_id = :u"
                    ),
                    {"c": a2, "u": carol},
                ).scalar_one()
        finally:
            engine.dispose()
        ids = [r[0] for r in server_ops]
        assert len(set(ids)) == len(ids), "an op is stored twice"
        assert len(set(numbers)) == len(numbers), "one number handed out twice"
        assert sorted(numbers) == list(range(1, top + 1)), "a gap in the sequence"
        made_ops = set().union(*(d.own_ops() for d in devices))
        assert made_ops == set(ids), "an op made on a device is not on the server (or one extra)"
        seq_of = {r[0]: r[1] for r in server_ops}
        ops_of: dict[str, set[str]] = {}
        for op_id, _, case_id in server_ops:
            ops_of.setdefault(case_id, set()).add(op_id)

        # -- every device: the server's ops of what it holds, and the same case -------------
        holders = {a1: devices[:3], a2: devices[:3], b1: devices[:3], c1: [laptop, desk, carols]}
        for case_id, who in holders.items():
            views = set()
            for device in who:
                rows = device.vault.conn.execute(
                    "SELECT op_id, sync_state, server_seq FROM ops WHERE case_id=?", (case_id,)
                ).fetchall()
                assert {r[0] for r in rows} == ops_of[case_id], (device.name, case_id)
                assert all(r[1] == "synced" and r[2] == seq_of[r[0]] for r in rows), device.name
                views.add(case_fingerprint(device.service, case_id))
            assert len(views) == 1, f"the devices show case {case_id} differently"
        carol_a2 = carols.vault.conn.execute(
            "SELECT op_id, server_seq FROM ops WHERE case_id=?", (a2,)
        ).fetchall()
        assert {r[0] for r in carol_a2} < ops_of[a2]  # kept what she had; not all of it
        assert withdrawn is not None and all(r[1] < withdrawn for r in carol_a2)
        for device in (laptop, desk, bobs):
            assert _evidence_bytes(device, a1) == {"payslip": payslip, "contract": contract}

        # -- the proxy spread the requests over the three processes ------------------------
        # While all three were up, each took its turn (round robin: a third each, give or
        # take the requests in flight when the statistics were read).
        assert set(before_kill) == {"s1", "s2", "s3"}
        assert min(before_kill.values()) >= sum(before_kill.values()) / 4, before_kill
        per_process = proxy.requests_per_process()
        assert per_process["s2"] > before_kill["s2"], (before_kill, per_process)
        logs = [server.log_text() for server in servers]
        for route in ("POST /v1/push ", "POST /v1/pull ", "POST /v1/grants/batch "):
            assert all(route in log for log in logs), f"{route.strip()} missed a process"
        for route in ("PUT /v1/blobs/", "GET /v1/blobs/{blob_id}/{index} "):
            assert sum(route in log for log in logs) >= 2, f"{route.strip()}: one process only"
        after_restart = servers[1].log_text()[restarted_at:]
        assert "POST /v1/pull " in after_restart  # the restarted process served again
        print(json.dumps({"before_kill": before_kill, "requests": per_process, "retries": {d.name: d.retries for d in devices},
                          "ops": len(ids), "sequence": top}))  # fmt: skip
    finally:
        for device in devices:
            device.vault.close()
