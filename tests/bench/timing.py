"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["best_ms"]


def best_ms(run: Callable[[], object], times: int = 5) -> float:
    """The fastest of ``times`` runs of ``run``, in milliseconds (warm: the first run counts
    too, but the best is what is reported)."""
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 2)
