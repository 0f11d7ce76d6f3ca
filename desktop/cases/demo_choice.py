"""Cheap seeded choices for the demo generator: one ``random()`` per pick, no ``Random.choice``.

The generator's output must stay byte-identical for a seed, so every helper here draws
exactly as many numbers as it always did.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")
Rnd = Callable[[], float]


class Weighted(Generic[T]):
    """A weighted choice that costs one ``random()`` and one bisect."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        items: list[T] = []
        cum: list[float] = []
        total = 0.0
        for item, weight in pairs:
            if weight > 0:
                total += weight
                items.append(item)
                cum.append(total)
        if not items:
            raise ValueError("a weighted choice needs at least one positive weight")
        self._items = tuple(items)
        self._cum = tuple(cum)
        self._total = total

    def table(self) -> tuple[tuple[T, ...], tuple[float, ...], float]:
        """Items, cumulative weights and total, for inlining :meth:`pick` in hot loops."""
        return self._items, self._cum, self._total

    def pick(self, rnd: Rnd) -> T:
        """One item, drawn with the weights given."""
        return self._items[bisect(self._cum, rnd() * self._total)]


def one_of(rnd: Rnd, seq: Sequence[T]) -> T:
    """A uniformly chosen item (faster than ``Random.choice``)."""
    return seq[int(rnd() * len(seq))]
