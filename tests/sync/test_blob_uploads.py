"""Evidence uploads and downloads with several chunks in flight (issue 18): the server
completes a file whose chunks arrive at once, and the client overlaps its PUTs (and its GETs
of small files), stops at the first failure and resumes with only what is missing (SQLite
and PostgreSQL, real server processes)."""

from __future__ import annotations

import asyncio
import io
import random
import secrets
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.store.ids import new_id as new_blob_id
from desktop.vaults import create_vault
from sync import _client_blobs as blob_io
from sync.client import SyncClient, SyncUnavailableError
from sync.server import admin
from tests.sync.conftest import ORG_PASSPHRASE, Org
from tests.sync.faultproxy import Fault, FaultProxy, Schedule, _Message

PASSPHRASE = "correct horse battery staple"


def test_chunks_of_one_file_stored_at_once_complete_it(server: Org, make_device: Any) -> None:
    """Every chunk of a file PUT at the same moment (threads released by a barrier): the
    file is complete, whichever transaction commits last.  Without the lock on the file's
    row, two last chunks on PostgreSQL each counted only their own and none marked it."""
    alice = make_device()
    case_id = alice.create_case()
    files, chunks = 6, 6
    for _ in range(files):
        blob_id = new_blob_id()
        parts = [secrets.token_bytes(2000) for _ in range(chunks)]
        barrier = threading.Barrier(chunks)
        codes: list[int] = []

        def put(
            index: int,
            blob_id: str = blob_id,
            parts: list[bytes] = parts,
            barrier: threading.Barrier = barrier,
            codes: list[int] = codes,
        ) -> None:
            barrier.wait()
            answer = alice.client.put(
                f"/v1/blobs/{blob_id}/{index}",
                params={"case_id": case_id, "chunks": chunks},
                content=parts[index],
            )
            codes.append(answer.status_code)

        threads = [threading.Thread(target=put, args=(i,)) for i in range(chunks)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert codes == [200] * chunks
        status = alice.client.get(f"/v1/blobs/{blob_id}").json()
        assert status["received"] == list(range(chunks)) and status["complete"] is True, status


# -- the client, through a proxy that counts what is in flight -------------------------------
@dataclass(frozen=True)
class _SlowPuts(Schedule):
    """Each chunk PUT is held a moment (so PUTs sent together overlap in the proxy); with
    ``drop_after``, the PUTs after that many are dropped (the client sees a lost connection)."""

    drop_after: int | None = None
    puts: list[str] = field(default_factory=list)  # paths of the PUTs, in arrival order
    lock: threading.Lock = field(default_factory=threading.Lock)

    method: str = "PUT"

    def decide(self, client: int, n: int, method: str, path: str) -> Fault:
        if method != self.method or not _is_chunk(path):
            return Fault()
        with self.lock:
            self.puts.append(path.split("?")[0])
            count = len(self.puts)
        if self.drop_after is not None and count > self.drop_after:
            return Fault("drop_request")
        return Fault("delay", delay=0.05)


def _is_chunk(path: str) -> bool:
    """``/v1/blobs/{id}/{index}`` (a chunk), not ``/v1/blobs/{id}`` or the batch status."""
    return path.split("?")[0].count("/") == 4 and path.startswith("/v1/blobs/")


class _CountingProxy(FaultProxy):
    """The fault proxy, also counting the chunk requests forwarded at the same time."""

    def __init__(self, upstream_port: int) -> None:
        super().__init__(upstream_port, 1)
        self.in_flight = 0
        self.most_in_flight = 0

    async def _forward(self, request: _Message, method: str) -> _Message | None:
        if not _is_chunk(request.start_line.split(" ")[1]):
            return await super()._forward(request, method)
        self.in_flight += 1  # the proxy's loop is one thread: no lock needed
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0)  # let the others that arrived together start too
            return await super()._forward(request, method)
        finally:
            self.in_flight -= 1


@pytest.fixture
def alice(server: Org, tmp_path: Path) -> Iterator[tuple[SyncClient, CaseService, _CountingProxy]]:
    proxy = _CountingProxy(server.server.port).start()
    user = f"alice-{uuid.uuid4().hex[:6]}"
    vault, _ = create_vault(
        tmp_path / user, PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user
    )
    try:
        client = SyncClient(vault)
        client.enroll(proxy.url(0), server.invite("counselor", user=user), "laptop")
        admin.approve(server.database_url, vault.device.device_id, server.key_path,
                      ORG_PASSPHRASE)  # fmt: skip
        yield client, CaseService(vault), proxy
    finally:
        vault.close()
        proxy.stop()


def _files(service: CaseService, count: int, chunks: int) -> list[bytes]:
    """``count`` evidence files of ``chunks`` vault chunks each, in one new case."""
    case_id = service.create_case({"full_name": "Tran Thi B"})
    made = []
    for n in range(count):
        data = secrets.token_bytes(1024 * 1024 * (chunks - 1) + 1000 + n)
        service.add_evidence(case_id, io.BytesIO(data), {"title": f"file {n}"}, filename="a.pdf")
        made.append(data)
    return made


def test_uploads_overlap(alice: tuple[SyncClient, CaseService, _CountingProxy]) -> None:
    client, service, proxy = alice
    _files(service, 3, 3)  # 9 chunks
    proxy.set_schedule(_SlowPuts(0))
    report = client.sync_once()
    assert report.blobs_uploaded == 3 and client.status().state == "synced"
    schedule = proxy.schedule
    assert isinstance(schedule, _SlowPuts) and len(schedule.puts) == 9
    # Sent together, held together: more than one at a time, never more than the bound.
    assert 1 < proxy.most_in_flight <= blob_io.UPLOADS_IN_FLIGHT


def test_a_cut_upload_resumes_with_what_the_server_lacks(
    alice: tuple[SyncClient, CaseService, _CountingProxy], server: Org
) -> None:
    client, service, proxy = alice
    _files(service, 3, 3)
    cut = _SlowPuts(0, drop_after=4)
    proxy.set_schedule(cut)
    with pytest.raises(SyncUnavailableError):
        client.sync_once()
    assert client.status().pending > 0  # nothing pushed: the files were not all there
    reached = cut.puts[:4]  # the PUTs sent on before the drop (a few more were dropped)
    proxy.set_schedule(resumed := _SlowPuts(0))
    report = client.sync_once()
    assert report.blobs_uploaded >= 1 and client.status().state == "synced"
    # Only the chunks the server lacked were sent again, and each chunk reached it once.
    assert sorted(reached + resumed.puts) == sorted(set(reached + resumed.puts))
    assert len(reached) + len(resumed.puts) == 9


@dataclass(frozen=True)
class _FaultyPuts(Schedule):
    """Seeded faults on chunk PUTs only: dropped, answered never, cut short, sent twice."""

    def decide(self, client: int, n: int, method: str, path: str) -> Fault:
        if method != "PUT":
            return Fault()
        rng = random.Random(f"{self.seed}/{n}")
        kind = rng.choice(
            ["pass", "pass", "drop_request", "drop_response", "truncate", "duplicate"]
        )
        return Fault(kind, cut=rng.random())


@pytest.mark.parametrize("seed", [1, 2])
def test_uploads_under_faults_arrive_whole(
    alice: tuple[SyncClient, CaseService, _CountingProxy], server: Org, tmp_path: Path, seed: int
) -> None:
    """Chunks in flight while requests and answers are lost, cut and doubled: the sync is
    tried again until it goes through, then another device of the person downloads every
    file and it is byte for byte what was added."""
    client, service, proxy = alice
    originals = _files(service, 3, 3)
    proxy.set_schedule(_FaultyPuts(seed))
    for _ in range(30):
        try:
            client.sync_once()
            break
        except SyncUnavailableError:
            continue
    faults = ("drop_request", "drop_response", "truncate", "duplicate")
    assert sum(proxy.stats[kind] for kind in faults) >= 3, proxy.stats
    proxy.heal()
    client.sync_once()
    assert client.status().state == "synced"
    user = client.vault.device.user_id
    vault, _ = create_vault(
        tmp_path / "desk", PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user
    )
    try:
        desk = SyncClient(vault)
        desk.enroll(server.base_url, server.invite(device_of=user), "desk")
        admin.approve(server.database_url, vault.device.device_id, server.key_path,
                      ORG_PASSPHRASE)  # fmt: skip
        client.sync_once()  # the laptop hands the case key to the new desk PC
        report = desk.sync_once()
        assert report.blobs_downloaded == 3 and report.quarantined == 0
        reader = CaseService(vault)
        (case,) = reader.list_cases()
        got = sorted(
            b"".join(reader.read_evidence(e.entity_id))
            for e in reader.get_case(case.case_id).evidence
        )
        assert got == sorted(originals)
    finally:
        vault.close()


def test_downloads_overlap_and_resume(server: Org, tmp_path: Path) -> None:
    """A new device of the person fetches small files a few at a time; a cut in the middle
    costs "try again later", and the next sync fetches the rest, every file intact."""
    user = f"alice-{uuid.uuid4().hex[:6]}"
    laptop_vault, _ = create_vault(
        tmp_path / "laptop", PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user
    )
    desk_vault, _ = create_vault(
        tmp_path / "desk", PASSPHRASE, kdf_params=fast_params_for_tests(), user_id=user
    )
    proxy = _CountingProxy(server.server.port).start()
    try:
        laptop = SyncClient(laptop_vault)
        laptop.enroll(server.base_url, server.invite("counselor", user=user), "laptop")
        desk = SyncClient(desk_vault)
        desk.enroll(proxy.url(0), server.invite(device_of=user), "desk")
        for vault in (laptop_vault, desk_vault):
            admin.approve(server.database_url, vault.device.device_id, server.key_path,
                          ORG_PASSPHRASE)  # fmt: skip
        originals = _files(CaseService(laptop_vault), 10, 1)
        laptop.sync_once()
        cut = _SlowPuts(0, drop_after=3, method="GET")
        proxy.set_schedule(cut)
        with pytest.raises(SyncUnavailableError):
            desk.sync_once()
        assert 1 < proxy.most_in_flight <= blob_io.UPLOADS_IN_FLIGHT
        proxy.set_schedule(again := _SlowPuts(0, method="GET"))
        report = desk.sync_once()
        assert report.blobs_downloaded + 3 >= 10 and report.quarantined == 0
        assert len(set(again.puts)) == len(again.puts)  # no file fetched twice in a sync
        reader = CaseService(desk_vault)
        (case,) = reader.list_cases()
        got = sorted(
            b"".join(reader.read_evidence(e.entity_id))
            for e in reader.get_case(case.case_id).evidence
        )
        assert got == sorted(originals)
    finally:
        proxy.stop()
        laptop_vault.close()
        desk_vault.close()
