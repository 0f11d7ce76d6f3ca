"""The fault-test world (issue 6): the real sync server in a subprocess, three real vaults
enrolled through ``faultproxy.FaultProxy``, and what one seeded schedule does to them.

Shared by ``test_faults.py`` and ``test_faults_soak.py``: the schedules are split between the
two files (same seeds, same checks) so that two pytest-xdist workers run them side by side;
each file has its own world (server, proxy, vaults), made once per module.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.store.vault import Vault
from desktop.vaults import create_vault
from sync.client import SyncClient, SyncUnavailableError
from sync.server import admin
from tests.conftest import PASSPHRASE
from tests.support.case_view import case_fingerprint
from tests.support.factories import make_case
from tests.support.ports import free_port
from tests.sync.faultproxy import CRASH_ENV, CRASH_EXIT, FAULTS, FaultProxy, Schedule

REPO = Path(__file__).resolve().parents[2]

# -- the real thing: server process, three vaults, the proxy between ---------------------------
CLIENTS = 3
SCHEDULES = int(os.environ.get("MADOGUCHI_SOAK", "0") or 0) or 200
# The seeds each file runs: the same 200 as when one file ran them all, in two halves.
FIRST_SEEDS = range(SCHEDULES // 2)
SECOND_SEEDS = range(SCHEDULES // 2, SCHEDULES)
EXPECTED = (SyncUnavailableError,)  # what a fault may cost a client: "try again later", no more


class ServerProcess:
    """The real sync server in a subprocess on a fixed loopback port, restartable on the same
    database (after a crash between commit and answer)."""

    def __init__(self, database_url: str, port: int, log: Path) -> None:
        self.database_url = database_url
        self.port = port
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None
        self.crashes = 0

    def start(self) -> None:
        env = dict(os.environ, **{CRASH_ENV: "1"})
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.sync.faultproxy", "serve",
                 "--database", self.database_url, "--port", str(self.port)],
                cwd=REPO, env=env, stdout=log, stderr=log,
            )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server did not start: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=2).is_success:
                    return
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("the server did not answer /healthz within 60 s")

    def revive(self) -> bool:
        """Restart the server if it exited; whether it had."""
        assert self.proc is not None
        code = self.proc.poll()
        if code is None:
            # A crash after commit may still be on its way out (the client already saw the
            # connection close): a server that does not answer is waited for, not trusted.
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=2).is_success:
                    return False
            except httpx.TransportError:
                pass
            try:
                code = self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                raise AssertionError("the server neither answers nor exits") from None
        assert code == CRASH_EXIT, f"the server died on its own (exit {code}): see {self.log}"
        self.crashes += 1
        self.start()
        return True

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)


@dataclass
class Replica:
    index: int
    vault: Vault
    service: CaseService
    client: SyncClient
    user_id: str


@dataclass
class World:
    server: ServerProcess
    proxy: FaultProxy
    replicas: list[Replica]
    database: Path
    created: set[str] = field(default_factory=set)  # every op id any replica ever made
    to_share: list[tuple[int, str, str]] = field(default_factory=list)  # (replica, case, user)
    unexpected: list[str] = field(default_factory=list)
    failures: Counter[str] = field(default_factory=Counter)


# -- what a schedule does ------------------------------------------------------------------
def own_ops(replica: Replica) -> set[str]:
    rows = replica.vault.conn.execute(
        "SELECT op_id FROM ops WHERE device=?", (replica.vault.device.device_id,)
    )
    return {r[0] for r in rows}


def _new_shared_case(w: World, replica: Replica, n: int) -> None:
    case_id = make_case(replica.service, n)
    w.to_share += [(replica.index, case_id, r.user_id) for r in w.replicas if r is not replica]


def _share_pending(w: World) -> None:
    """Share what is still to share; a share cut by a fault stays on the list."""
    left = []
    for index, case_id, user_id in w.to_share:
        try:
            w.replicas[index].client.share_case(case_id, user_id)
        except EXPECTED as exc:
            w.failures[type(exc).__name__] += 1
            left.append((index, case_id, user_id))
    w.to_share = left


def _edit(w: World, replica: Replica, rng: random.Random, step: str) -> None:
    """One random edit through the real service on a case this replica holds."""
    service = replica.service
    cases = sorted(row.case_id for row in service.list_cases())
    if not cases or rng.random() < 0.03:
        _new_shared_case(w, replica, rng.randrange(3))
        return
    case_id = rng.choice(cases)
    view = service.get_case(case_id)
    tasks = [t for t in view.tasks if not t.deleted]
    action = rng.choice(["worker", "summary", "note", "task", "done", "remove"])
    if action == "worker":
        service.update_worker(case_id, {"phone": f"090-{rng.randrange(10000):04d}-{step}"})
    elif action == "summary":
        service.update_case(case_id, {"summary": f"summary {step} by {replica.user_id}"})
    elif action == "note" or not tasks:
        service.add_timeline_entry(case_id, {"note": f"note {step} by {replica.user_id}"})
    elif action == "task":
        service.add_task(case_id, {"title": f"task {step}"})
    elif action == "done":
        service.complete_task(rng.choice(tasks).entity_id)
    else:
        service.remove_task(rng.choice(tasks).entity_id)


def _sync(w: World, replica: Replica, *, healed: bool = False) -> int:
    """One sync round of one replica; what it moved (0 when a fault cut it).  Once healed,
    nothing may fail at all."""
    try:
        report = replica.client.sync_once()
    except EXPECTED as exc:
        if healed:
            w.unexpected.append(f"replica {replica.index} after healing: {exc}")
        w.failures[type(exc).__name__] += 1
        return 0
    except Exception as exc:
        w.unexpected.append(f"replica {replica.index}: {type(exc).__name__}: {exc}")
        return 0
    if report.rejected or report.quarantined or report.problems:  # (threads cannot assert)
        w.unexpected.append(f"replica {replica.index}: {report}")
    return report.pushed + report.duplicates + report.pulled + report.grants_received


def _sync_all_at_once(w: World) -> int:
    """Every replica syncs at the same time (so requests interleave and can overtake)."""
    moved = [0] * CLIENTS

    def run(r: Replica) -> None:
        moved[r.index] = _sync(w, r)

    threads = [threading.Thread(target=run, args=(r,)) for r in w.replicas]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    w.server.revive()
    return sum(moved)


def heal_and_settle(w: World) -> int:
    """Heal, finish the shares, then sync until two rounds in a row move nothing."""
    w.proxy.heal()
    w.server.revive()
    _share_pending(w)
    assert not w.to_share, "a share failed after healing"
    quiet = rounds = 0
    while quiet < 2:
        rounds += 1
        assert rounds <= 12, "sync did not settle after healing"
        # one after another (cheaper than threads; the faulty rounds run them at once)
        moved = sum(_sync(w, r, healed=True) for r in w.replicas)
        quiet = quiet + 1 if moved == 0 else 0
    assert not w.unexpected, w.unexpected
    return rounds


def run_schedule(w: World, seed: int) -> None:
    """A few rounds of random edits and parallel syncs under the seed's faults."""
    rng = random.Random(seed)
    w.proxy.set_schedule(Schedule.random(seed))
    for round_ in range(rng.randint(1, 2)):
        for replica in w.replicas:
            before = own_ops(replica)
            for k in range(rng.choice((0, 0, 1, 2, 3))):
                _edit(w, replica, rng, f"{seed}.{round_}.{k}")
            w.created |= own_ops(replica) - before
        if rng.random() < 0.5:
            _share_pending(w)
        _sync_all_at_once(w)
    assert not w.unexpected, w.unexpected


# -- the checks ------------------------------------------------------------------------------
def server_ops(database: Path) -> list[tuple[int, str, str]]:
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        ops = db.execute("SELECT seq, op_id, case_id FROM ops ORDER BY seq").fetchall()
        grant_seqs = [r[0] for r in db.execute("SELECT seq FROM grants")]
        top = db.execute("SELECT value FROM counters WHERE name='seq'").fetchone()[0]
    seqs = [r[0] for r in ops] + grant_seqs
    assert len(set(seqs)) == len(seqs), "two rows share a sequence number"
    assert max(seqs) <= top
    return [(int(s), str(o), str(c)) for s, o, c in ops]


def check_converged(w: World) -> None:
    """No op lost, none duplicated, every replica the same (docstring of this module)."""
    server = server_ops(w.database)
    server_ids = [op_id for _, op_id, _ in server]
    assert len(set(server_ids)) == len(server_ids), "an op is stored twice on the server"
    assert [s for s, _, _ in server] == sorted({s for s, _, _ in server})
    server_seq = {op_id: seq for seq, op_id, _ in server}
    lost = w.created - set(server_ids)
    assert not lost, f"ops made on a replica never reached the server: {sorted(lost)[:5]}"
    fingerprints = {}
    for r in w.replicas:
        conn = r.vault.conn
        rows = conn.execute("SELECT op_id, sync_state, server_seq FROM ops").fetchall()
        ids = [row[0] for row in rows]
        assert len(set(ids)) == len(ids), f"replica {r.index} holds an op twice"
        states = Counter(row[1] for row in rows)
        assert set(states) == {"synced"}, f"replica {r.index}: {states}"
        assert set(ids) == set(server_ids), (
            f"replica {r.index}: missing {sorted(set(server_ids) - set(ids))[:5]}, "
            f"unknown to the server {sorted(set(ids) - set(server_ids))[:5]}"
        )
        wrong_seq = [row[0] for row in rows if row[2] != server_seq[row[0]]]
        assert not wrong_seq, f"replica {r.index} has wrong server seqs for {wrong_seq[:5]}"
        assert not r.client.quarantine(), f"replica {r.index} quarantined ops"
        cases = sorted(row.case_id for row in r.service.list_cases())
        fingerprints[r.index] = {c: case_fingerprint(r.service, c) for c in cases}
    first = fingerprints[0]
    for index, other in fingerprints.items():
        assert other.keys() == first.keys(), f"replica {index} holds other cases"
        differing = [c for c in first if other[c] != first[c]]
        assert not differing, f"replica {index} differs from replica 0 on cases {differing}"


@contextlib.contextmanager
def open_world(root: Path) -> Iterator[World]:
    """The server, the proxy and three enrolled, approved replicas sharing two cases, in
    ``root``; stopped and closed on leaving."""
    database = root / "server.db"
    url = f"sqlite:///{database}"
    key_path, passphrase = root / "org.pem", "organisation passphrase"
    admin.create_org(url, "Fault test office", key_path, passphrase)
    server = ServerProcess(url, free_port(), root / "server.log")
    server.start()
    proxy = FaultProxy(server.port, CLIENTS).start()
    replicas = []
    try:
        for i in range(CLIENTS):
            vault, _ = create_vault(
                root / f"vault{i}", PASSPHRASE, kdf_params=fast_params_for_tests(),
                office_code="FLT", device_code=f"D{i}", user_id=f"u{i}",
            )  # fmt: skip
            client = SyncClient(vault)
            client.enroll(proxy.url(i), admin.invite(url, "counselor", user=f"u{i}"), f"device {i}")
            admin.approve(url, vault.device.device_id, key_path, passphrase)
            replicas.append(Replica(i, vault, CaseService(vault), client, f"u{i}"))
        w = World(server, proxy, replicas, database)
        for n in range(2):  # two cases every replica holds from the start
            _new_shared_case(w, w.replicas[0], n)
        _share_pending(w)
        heal_and_settle(w)
        yield w
    finally:
        proxy.stop()
        server.stop()
        for replica in replicas:
            replica.vault.close()


def run_seeds(w: World, seeds: range) -> None:
    """Each seeded schedule, healed and checked; then the fault counts, and (for a long enough
    run) the proof that every fault kind, crashes included, really happened."""
    check_converged(w)
    for seed in seeds:
        try:
            run_schedule(w, seed)
            heal_and_settle(w)
            check_converged(w)
        except AssertionError as exc:
            raise AssertionError(f"schedule seed {seed}: {exc}") from exc
    stats = dict(w.proxy.stats)
    print(json.dumps({"schedules": len(seeds), "faults": stats, "crashes": w.server.crashes,
                      "client_failures": dict(w.failures), "ops": len(w.created)}))  # fmt: skip
    if len(seeds) >= 100:  # enough schedules that every fault kind must have happened
        assert w.server.crashes > 0
        assert all(stats.get(kind, 0) > 0 for kind in FAULTS if kind != "crash")
