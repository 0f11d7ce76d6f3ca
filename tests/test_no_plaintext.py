"""No plaintext of a case on disk: not in the database, WAL, SHM, snapshots, blobs or logs."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

from desktop.cases.folding import fold
from desktop.cases.service import CaseService
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent

# Distinctive strings in several scripts; each also appears in notes and summaries.
CANARIES = [
    "Qwyzzle Phạm Đặng Quỳnh",
    "ズィギョルポス・ヴェデルン",
    "အောင်ဇော်ဝင်းထွန်း",
    "សុខសំណាងវិបុល",
    "สมชายวิเศษศักดิ์",
    "रामबहादुरथापामगर",
    "劉曉蘭萬寶路",
    "Батцэцэгийн Номин",
    "কামরুলহাসানচৌধুরী",
]


def variants(text: str) -> set[bytes]:
    out: set[bytes] = set()
    for form in ("NFC", "NFD", "NFKC"):
        for candidate in (unicodedata.normalize(form, text), fold(text)):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                out.add(candidate.encode(encoding))
    return out


def leaks_under(folder: Path, extra: dict[str, bytes] | None = None) -> list[str]:
    found = []
    blobs = {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    blobs.update(extra or {})
    assert blobs, "nothing to scan"
    for name, data in blobs.items():
        for canary in CANARIES:
            for needle in variants(canary):
                if needle in data:
                    found.append(f"{canary!r} in {name}")
    return found


def write_import_file(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["full_name", "name_native", "nationality", "language", "phone",
                         "summary", "note"])  # fmt: skip
        for i, canary in enumerate(CANARIES):
            writer.writerow([f"Worker {i}", canary, "VN", "vi", f"090-0000-{i:04d}",
                             f"概要 {canary}", f"Note: {canary}"])  # fmt: skip


def test_the_scanner_finds_a_planted_canary(tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(b"..." + CANARIES[3].encode("utf-16-le") + b"...")
    assert leaks_under(tmp_path) != []


def test_nothing_readable_while_the_vault_is_open(vault: Vault, service: CaseService) -> None:
    # In-process, with the WAL and SHM files alive.
    for i, canary in enumerate(CANARIES):
        case_id = service.create_case(
            {"full_name": canary, "phone": f"080-1111-{i:04d}"},
            case={"summary": canary},
            note=canary,
        )
        service.add_timeline_entry(case_id, {"note": f"{canary} said so"})
        import io

        service.add_evidence(case_id, io.BytesIO(canary.encode() * 50), {"title": canary},
                             filename=f"{i}.txt")  # fmt: skip
    vault.snapshot()
    assert (vault.folder / "vault.db-wal").exists()
    assert leaks_under(vault.folder) == []
    vault.lock()
    assert leaks_under(vault.folder) == []


def test_cli_import_leaves_no_plaintext_in_files_or_output(vault: Vault, tmp_path: Path) -> None:
    folder = vault.folder
    vault.close()
    source = tmp_path / "outside" / "cases.csv"
    source.parent.mkdir()
    write_import_file(source)
    env = {**os.environ, "MADOGUCHI_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", "--vault", str(folder), str(source)],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    search = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "check", "--vault", str(folder)],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert search.returncode == 0, search.stdout.decode() + search.stderr.decode()
    logs = {"import stdout": result.stdout, "import stderr": result.stderr,
            "check output": search.stdout + search.stderr}  # fmt: skip
    assert leaks_under(folder, logs) == []
