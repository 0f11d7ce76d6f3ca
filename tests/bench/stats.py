"""Statistics benchmark: ``python -m tests.bench.stats --cases 10000``.

Builds a vault of synthetic cases, unlocks it, and times a two-way table (cases by
nationality x topic over a fiscal year, with suppression and the audit) next to a
baseline measured in the same run: a plain ``COUNT ... GROUP BY`` on the projection.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

START, END = date(2025, 4, 1), date(2026, 3, 31)


def main() -> None:
    from desktop.cases.demo import add_demo_cases
    from desktop.cases.service import CaseService
    from desktop.crypto.kdf import fast_params_for_tests
    from desktop.stats.service import make_table
    from desktop.vaults import create_vault

    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mdg-bench-stats-"))
    try:
        vault, _ = create_vault(
            folder / "v", "benchmark passphrase", kdf_params=fast_params_for_tests()
        )
        with vault:
            add_demo_cases(CaseService(vault), args.cases, seed=7, with_evidence=False,
                           today=END)  # fmt: skip
            stats_times, base_times = [], []
            table = None
            for _ in range(args.runs):
                t0 = time.perf_counter()
                with vault.reading(flush=True) as db:
                    db.execute(
                        "SELECT c.nationality, json_extract(r.data, '$.category'), "
                        "COUNT(DISTINCT c.case_id) FROM cases c JOIN records r "
                        "ON r.case_id = c.case_id AND r.entity = 'topic' "
                        "WHERE c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on >= ?) "
                        "GROUP BY 1, 2",
                        (END.isoformat(), START.isoformat()),
                    ).fetchall()
                base_times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                table = make_table(vault, measure="cases", dimensions=("nationality", "topic"),
                                   start=START, end=END)  # fmt: skip
                stats_times.append(time.perf_counter() - t0)
            assert table is not None
            stats_s, base_s = statistics.median(stats_times), statistics.median(base_times)
            print(json.dumps({
                "cases": args.cases,
                "stats_s": round(stats_s, 3),
                "baseline_group_by_s": round(base_s, 3),
                "ratio": round(stats_s / base_s, 1) if base_s else None,
                "figures": len(table.figures),
                "hidden": sum(1 for f in table.figures.values() if f.hidden),
                "units": table.figures[("*", "*")].count,
            }))  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
