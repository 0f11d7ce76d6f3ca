"""A statistics table: counts by one or two fields over a period, with disclosure control.

Built on the device from the units of :mod:`desktop.stats.facts`; the server never sees
it.  The figures are the cells, the row and column margins (distinct units: a case with
two topics is one case in the margin) and the grand total.  See
:mod:`desktop.stats.suppression` for what is hidden and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.errors import InvalidValueError
from desktop.stats.dimensions import MEASURES, PERIOD_DIMENSIONS, UNKNOWN, buckets_between
from desktop.stats.facts import Unit
from desktop.stats.suppression import COMPLEMENTARY, PRIMARY, Layout, suppress

__all__ = [
    "DEFAULT_K",
    "MIN_K",
    "TOTAL",
    "Figure",
    "StatsTable",
    "ThresholdError",
    "build_table",
    "check_k",
    "check_rounding",
]

DEFAULT_K = 5
MIN_K = 3
TOTAL = "*"  # the margin's key; no category is ever "*"

Key = tuple[str, str]


class ThresholdError(InvalidValueError):
    """``k`` below the minimum, or a rounding base that is not a small positive number."""

    code = "stats.threshold"


@dataclass(frozen=True)
class Figure:
    """One published or hidden number of a table."""

    count: int  # units counted (what disclosure control looks at)
    value: int  # the measure: the count, or minutes for ``minutes``
    hidden: str | None  # None, "primary" or "complementary"


@dataclass(frozen=True)
class StatsTable:
    """The figures of one table; ``units`` (never written out) feeds the ledger."""

    measure: str
    dimensions: tuple[str, ...]
    start: date
    end: date
    k: int
    rounding: int
    rows: tuple[str, ...]
    columns: tuple[str, ...]  # (TOTAL,) for a one-way table
    figures: dict[Key, Figure]
    units: Mapping[Key, frozenset[str]] = field(repr=False, compare=False)
    # The case-list filter the units were chosen by, as (field, value) pairs
    # (desktop.stats.filters); () for every case.
    filters: tuple[tuple[str, str], ...] = ()

    @property
    def fully_suppressed(self) -> bool:
        """True when not one non-zero figure is published."""
        return all(f.hidden or f.count == 0 for f in self.figures.values())

    def shown(self, key: Key) -> int | None:
        """The figure as published (rounded), or None when hidden."""
        figure = self.figures[key]
        if figure.hidden:
            return None
        return _round(figure.value, self.rounding)


def _round(value: int, base: int) -> int:
    # To the nearest multiple, halves up (ONS and the Japanese statistics bureau alike).
    return value if base <= 1 else (value + base // 2) // base * base


def check_k(k: int) -> int:
    """``k`` if it is allowed (a whole number, at least 3)."""
    if isinstance(k, bool) or not isinstance(k, int) or k < MIN_K:
        raise ThresholdError(
            f"The minimum group size k is {k}, but it cannot be below {MIN_K}.", k=k, min_k=MIN_K
        )
    return k


def check_rounding(base: int) -> int:
    """``base`` if it is a rounding base publishers use (1 = none, up to 100)."""
    if isinstance(base, bool) or not isinstance(base, int) or not 1 <= base <= 100:
        raise ThresholdError(f"Rounding must be to a whole number from 1 to 100, not {base}.",
                             rounding=base)  # fmt: skip
    return base


def _categories(dimension: str, units: Sequence[Unit], start: date, end: date) -> tuple[str, ...]:
    if dimension in PERIOD_DIMENSIONS:
        return tuple(buckets_between(dimension, start, end))
    found = {value for unit in units for value in unit.values[dimension]}
    # ``unknown`` last: it is not a category like the others.
    return tuple(sorted(found - {UNKNOWN})) + ((UNKNOWN,) if UNKNOWN in found else ())


def _layout(rows: Sequence[str], columns: Sequence[str], counts: Mapping[Key, int]) -> Layout:
    lines: list[list[Key]] = []
    if columns == (TOTAL,):
        lines.append([(r, TOTAL) for r in (*rows, TOTAL)])
    else:
        lines += [[(r, c) for c in (*columns, TOTAL)] for r in (*rows, TOTAL)]
        lines += [[(r, c) for r in (*rows, TOTAL)] for c in (*columns, TOTAL)]
    margins = frozenset(key for key in counts if TOTAL in key)
    return Layout(counts, lines, margins)


def build_table(
    units: Iterable[Unit],
    *,
    measure: str,
    dimensions: Sequence[str],
    start: date,
    end: date,
    k: int = DEFAULT_K,
    rounding: int = 1,
    earlier: Iterable[frozenset[str]] = (),
    protected: Sequence[frozenset[str]] = (),
    filters: tuple[tuple[str, str], ...] = (),
) -> StatsTable:
    """Count ``units`` by one or two dimensions and hide what could identify someone.

    ``earlier``: unit sets of the figures already published in overlapping tables
    and ``protected`` those of the small figures they hid (from the ledger), so that no
    hidden figure, of this table or an earlier one, can be had by differencing.
    ``filters`` only says how ``units`` were chosen (a filtered table is audited like any
    other: by its units)."""
    check_k(k)
    check_rounding(rounding)
    if measure not in MEASURES:
        raise InvalidValueError(f"Unknown measure '{measure}'; choose from "
                                f"{', '.join(MEASURES)}.", measure=measure)  # fmt: skip
    if end < start:
        raise InvalidValueError("The period ends before it starts.")
    pool = list(units)
    dims = tuple(dimensions)
    rows = _categories(dims[0], pool, start, end)
    columns = _categories(dims[1], pool, start, end) if len(dims) == 2 else (TOTAL,)
    keys: list[Key] = [(r, c) for r in (*rows, TOTAL) for c in (*columns, TOTAL)]
    if columns == (TOTAL,):
        keys = [(r, TOTAL) for r in (*rows, TOTAL)]
    members: dict[Key, set[str]] = {key: set() for key in keys}
    minutes: dict[str, int] = {}
    for unit in pool:
        minutes[unit.unit_id] = unit.minutes
        row_values = (*unit.values[dims[0]], TOTAL)
        col_values = (*unit.values[dims[1]], TOTAL) if len(dims) == 2 else (TOTAL,)
        for r in row_values:
            for c in col_values:
                members[(r, c)].add(unit.unit_id)
    frozen = {key: frozenset(ids) for key, ids in members.items()}
    counts = {key: len(ids) for key, ids in frozen.items()}
    if counts[(TOTAL, TOTAL)] < k:
        # Too few units for any table: publish nothing (not even the zeros, so that
        # "none at all" cannot be told from "a few").
        hidden = {key: PRIMARY if counts[key] else COMPLEMENTARY for key in keys}
    else:
        hidden = suppress(_layout(rows, columns, counts), frozen, k, earlier, protected)
    figures = {
        key: Figure(
            count=counts[key],
            value=sum(minutes[u] for u in frozen[key]) if measure == "minutes" else counts[key],
            hidden=hidden.get(key),
        )
        for key in keys
    }
    return StatsTable(measure, dims, start, end, k, rounding, rows, columns, figures, frozen,
                      filters)  # fmt: skip
