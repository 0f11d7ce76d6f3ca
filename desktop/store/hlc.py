"""Hybrid logical clock: wall-clock milliseconds plus a counter.

Timestamps order events across devices for display and audit even when clocks
drift a little.  A remote stamp far in the future is flagged by sync, never
adopted blindly; locally we only ever move forward.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int

    def encode(self) -> str:
        """Fixed-width text so lexical order equals time order."""
        return f"{self.wall_ms:013d}.{self.counter:05d}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        wall, _, counter = text.partition(".")
        return cls(int(wall), int(counter or 0))


class HybridClock:
    """Issues strictly increasing stamps on this device."""

    def __init__(self, last: Stamp | None = None, now_ms: Callable[[], int] | None = None) -> None:
        self._last = last or Stamp(0, 0)
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)

    def tick(self) -> Stamp:
        wall = self._now_ms()
        if wall > self._last.wall_ms:
            self._last = Stamp(wall, 0)
        else:
            self._last = Stamp(self._last.wall_ms, self._last.counter + 1)
        return self._last

    def observe(self, stamp: Stamp) -> None:
        """Move past a stamp seen in data (for example the newest op at unlock)."""
        if stamp > self._last:
            self._last = stamp
