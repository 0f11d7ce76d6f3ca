"""Vault benchmark: ``python -m tests.bench.vault --cases 10000``.

Builds a vault of synthetic cases in a child process (so the measuring process's
peak memory is its own), then measures unlock, search, durable saves and
evidence encryption, each next to a baseline measured in the same run, and
prints one JSON object.  Figures are ratios where the machine's noise matters.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "benchmark passphrase"


def build(folder: Path, cases: int) -> None:
    from desktop.cases.demo import add_demo_cases
    from desktop.cases.service import CaseService
    from desktop.vaults import create_vault

    vault, _ = create_vault(folder, PASSPHRASE, office_code="BEN")
    with vault:
        add_demo_cases(CaseService(vault), cases, seed=7, with_evidence=False)
    # closing wrote the snapshot


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def baseline_unlock(vault_folder: Path, work: Path) -> float:
    """The same rows, unencrypted, in a plain SQLite file: open and load into memory."""
    from desktop.vaults import open_vault

    vault = open_vault(vault_folder)
    vault.unlock(PASSPHRASE)
    plain = work / "plain.db"
    target = sqlite3.connect(plain)
    vault.projection.conn.backup(target)
    target.close()
    vault.close()
    times = []
    for _ in range(3):
        started = time.perf_counter()
        source = sqlite3.connect(plain)
        memory = sqlite3.connect(":memory:")
        source.backup(memory)
        memory.execute("SELECT COUNT(*) FROM records").fetchone()
        times.append(time.perf_counter() - started)
        source.close()
        memory.close()
    return min(times)


def measure(folder: Path, attachment_mb: int) -> dict[str, float]:
    """Unlock, search, save and attach in this process, so peak RSS is theirs alone."""
    from desktop.cases.search import CaseFilter
    from desktop.cases.service import CaseService
    from desktop.vaults import open_vault

    unlocks, kdfs = [], []
    for attempt in range(3):
        vault = open_vault(folder)
        vault.unlock(PASSPHRASE)
        unlocks.append(vault.timings["load_s"])
        kdfs.append(vault.timings["kdf_s"])
        if attempt < 2:
            vault.lock()
            vault.close()
    service = CaseService(vault)
    ops = vault.conn.execute("SELECT COUNT(*) FROM ops").fetchone()[0]
    rows = service.list_cases()
    rng = random.Random(3)
    queries: list[str] = []
    for row in rng.sample(rows, 60):
        queries += [row.full_name.split()[0], row.name_katakana[:3], row.name_native[:2] or "ab"]
    queries += ["残業", "パスポート", "nguyen", "Nguyễn", "寮", "giữ hộ chiếu", "overtime"] * 5
    search_ms = []
    for query in queries:
        t = time.perf_counter()
        service.list_cases(CaseFilter(text=query, limit=500))
        search_ms.append((time.perf_counter() - t) * 1000)
    save_ms = []
    for i, row in enumerate(rng.sample(rows, 200)):
        t = time.perf_counter()
        service.update_case(row.case_id, {"summary": f"edited {i}"})
        save_ms.append((time.perf_counter() - t) * 1000)
    attachment = folder.parent / "attachment.bin"
    with attachment.open("wb") as handle:
        for _ in range(attachment_mb):
            handle.write(os.urandom(1024 * 1024))
    t = time.perf_counter()
    service.add_evidence(rows[0].case_id, attachment)
    attachment_s = time.perf_counter() - t
    attachment.unlink()
    vault.close()
    return {
        "cases": len(rows),
        "ops": ops,
        "kdf_s": round(statistics.median(kdfs), 3),
        "unlock_s": round(min(unlocks), 3),
        "search_p50_ms": round(percentile(search_ms, 50), 2),
        "search_p95_ms": round(percentile(search_ms, 95), 2),
        "save_p50_ms": round(percentile(save_ms, 50), 2),
        "save_p95_ms": round(percentile(save_ms, 95), 2),
        "attachment_mb_s": round(attachment_mb / attachment_s, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "tests.bench.vault", *args], check=True, capture_output=True,
        text=True,
    )  # fmt: skip
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--attachment-mb", type=int, default=200)
    parser.add_argument("--phase", choices=["build", "baseline", "measure"])
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    if args.phase == "build":
        started = time.perf_counter()
        build(args.folder, args.cases)
        print(json.dumps({"build_s": round(time.perf_counter() - started, 1)}))
        return
    if args.phase == "baseline":
        print(json.dumps({"baseline_unlock_s": baseline_unlock(args.folder, args.folder.parent)}))
        return
    if args.phase == "measure":
        print(json.dumps(measure(args.folder, args.attachment_mb)))
        return

    work = Path(tempfile.mkdtemp(prefix="madoguchi-bench-"))
    folder = work / "vault"
    try:
        result = _child("--phase", "build", "--cases", str(args.cases), "--folder", str(folder))
        result |= _child("--phase", "baseline", "--folder", str(folder))
        result |= _child("--phase", "measure", "--folder", str(folder),
                         "--attachment-mb", str(args.attachment_mb))  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result["unlock_ratio"] = round(result["unlock_s"] / result["baseline_unlock_s"], 2)
    result["baseline_unlock_s"] = round(result["baseline_unlock_s"], 3)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
