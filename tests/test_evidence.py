"""Evidence files: streamed, chunk-encrypted, hashed, cancellable, exported atomically."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from pathlib import Path

import pytest

from desktop.cases.service import CaseService
from desktop.errors import VaultCorruptError
from desktop.store import blobs
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.factories import make_case


def test_large_file_streams_without_loading_it_whole(
    vault: Vault, service: CaseService, tmp_path: Path
) -> None:
    source = tmp_path / "video.mp4"
    with source.open("wb") as handle:
        for _ in range(40):
            handle.write(os.urandom(1024 * 1024))
    expected = hashlib.sha256(source.read_bytes()).hexdigest()
    case_id = make_case(service)
    seen: list[int] = []
    tracemalloc.start()
    evidence_id = service.add_evidence(case_id, source, {"source": "worker's phone"},
                                       progress=seen.append)  # fmt: skip
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 20 * 1024 * 1024  # far below the 40 MB file
    record = service.get_case(case_id).evidence[0]
    assert record.data["sha256"] == expected and record.data["size"] == 40 * 1024 * 1024
    assert record.data["media_type"] == "video/mp4" and record.data["source"] == "worker's phone"
    assert seen[-1] == 40 * 1024 * 1024 and seen == sorted(seen)
    out = tmp_path / "out" / "copy.mp4"
    out.parent.mkdir()
    service.export_evidence(evidence_id, out)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == expected
    assert [p.name for p in out.parent.iterdir()] == ["copy.mp4"]  # no temp file left


def test_cancel_keeps_nothing(vault: Vault, service: CaseService) -> None:
    case_id = make_case(service)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    with pytest.raises(blobs.CancelledError):
        service.add_evidence(case_id, io.BytesIO(os.urandom(blobs.CHUNK_SIZE * 200)),
                             filename="big.bin", cancelled=cancelled)  # fmt: skip
    assert list((vault.folder / "blobs").rglob("*")) == [] or all(
        p.is_dir() for p in (vault.folder / "blobs").rglob("*")
    )
    assert vault.conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0] == 0
    assert service.get_case(case_id).evidence == []


def test_killed_import_leaves_an_orphan_that_unlock_removes(
    vault: Vault, service: CaseService
) -> None:
    case_id = make_case(service)
    # A file written but never recorded, and a half-written one, as a crash leaves them.
    stored = blobs.write_blob(vault.folder, io.BytesIO(b"x" * 10), case_id=case_id,
                              key_id="k", case_key=vault.case_key(case_id)[1])  # fmt: skip
    partial = blobs.blob_path(vault.folder, "ffffffff-0000").with_name("ffffffff-0000.part")
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.write_bytes(b"half")
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert not blobs.blob_path(vault.folder, stored.blob_id).exists() and not partial.exists()


def test_empty_file_and_damaged_chunk(vault: Vault, service: CaseService, tmp_path: Path) -> None:
    case_id = make_case(service)
    empty = service.add_evidence(case_id, io.BytesIO(b""), filename="empty.txt")
    assert b"".join(service.read_evidence(empty)) == b""
    photo = service.add_evidence(case_id, io.BytesIO(b"\x89PNG" * 1000), filename="photo.png")
    path = blobs.blob_path(vault.folder, service.get_case(case_id).evidence[1].data["blob_id"])
    damaged = bytearray(path.read_bytes())
    damaged[40] ^= 0xFF
    path.write_bytes(bytes(damaged))
    out = tmp_path / "photo.png"
    with pytest.raises(VaultCorruptError, match="damaged"):
        service.export_evidence(photo, out)
    assert not out.exists()


def test_evidence_written_before_a_key_rotation_still_opens(service: CaseService) -> None:
    """After a share is withdrawn the case key rotates; older files keep their own key."""
    import io

    from desktop.store.check import check_vault

    case_id = service.create_case({"full_name": "Le Van Hai"})
    before = service.add_evidence(case_id, io.BytesIO(b"payslip before"), filename="a.txt")
    with service.vault.writing():
        service.vault.rotate_case_key(case_id)
    after = service.add_evidence(case_id, io.BytesIO(b"photo after"), filename="b.txt")
    assert b"".join(service.read_evidence(before)) == b"payslip before"
    assert b"".join(service.read_evidence(after)) == b"photo after"
    assert not [p for p in check_vault(service.vault).problems if p.kind == "evidence"]
