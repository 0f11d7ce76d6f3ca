"""The ledger of published statistics tables, sealed in the vault.

It is what keeps a new table from being subtracted from an old one.  Like the Safety
report's :class:`~desktop.safety.aggregate.PublishedLedger` it records each table that
was actually published; unlike it, overlapping tables are not simply refused: a
statistics desk reports the same quarter by nationality, then by topic, then by month,
and must be able to.  So each entry keeps, for every published figure, the set of
units it counted (case or consultation ids, sealed like every other record), and a new
table is audited against the figures of every earlier table that shares units with it
(:mod:`desktop.stats.suppression`): what would let a hidden figure be worked out is
hidden too.  Cases counted and consultations counted are different units; ``minutes``
tables are recorded by their consultations.

Published non-zero figures are kept (a zero has no units), and the unit sets of the
small figures the table hid (``small``): those must stay hidden whatever comes later.
The ledger grows with every table (about 40 bytes per counted unit per table); ids are
kept once per entry and figures refer to them by position.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from desktop.errors import VaultCorruptError
from desktop.stats.suppression import PRIMARY
from desktop.stats.table import StatsTable
from desktop.store.sealed_records import STATS_LEDGER, SealedStore, StatsLedgerRecord

__all__ = ["earlier_figures", "load_entries", "record_table", "unit_kind"]


def unit_kind(measure: str) -> str:
    """What a measure counts: ``case`` or ``consultation``."""
    return "consultation" if measure in ("consultations", "minutes") else "case"


def load_entries(store: SealedStore) -> list[dict[str, Any]]:
    """The recorded tables (oldest first), checked."""
    stored = STATS_LEDGER.read(store)
    entries = stored.entries if stored is not None else []
    for entry in entries:
        if not _well_formed(entry):
            raise VaultCorruptError(
                "The stored statistics ledger is damaged; no table was made.", record="stats_ledger"
            )
    return entries


def _well_formed(entry: Mapping[str, Any]) -> bool:
    units, figures = entry.get("units"), entry.get("figures")
    if not isinstance(units, list) or not isinstance(figures, list):
        return False
    if not all(isinstance(u, str) for u in units):
        return False
    return all(
        isinstance(f, list) and all(isinstance(i, int) and 0 <= i < len(units) for i in f)
        for f in figures
    ) and isinstance(entry.get("unit_kind"), str)


def earlier_figures(
    entries: Sequence[Mapping[str, Any]], table_units: frozenset[str], kind: str
) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Unit sets of earlier published figures that can combine with a table of ``kind``,
    and of the small figures those tables hid (which must stay hidden).

    An entry matters when it shares units with the table, or with an entry that does
    (two old tables can cancel each other's units outside the new one)."""
    pending = [e for e in entries if e["unit_kind"] == kind]
    reach = set(table_units)
    chosen: list[Mapping[str, Any]] = []
    grew = True
    while grew:
        grew = False
        for entry in list(pending):
            if not reach.isdisjoint(entry["units"]):
                chosen.append(entry)
                pending.remove(entry)
                reach.update(entry["units"])
                grew = True
    published: list[frozenset[str]] = []
    protected: list[frozenset[str]] = []
    for entry in chosen:
        ids = entry["units"]
        published += [frozenset(ids[i] for i in figure) for figure in entry["figures"]]
        protected += [frozenset(ids[i] for i in figure) for figure in entry.get("small", [])]
    return published, protected


def record_table(store: SealedStore, table: StatsTable, published_on: date) -> None:
    """Add a published table's figures to the sealed ledger (nothing if it shows none)."""
    published = [
        table.units[key]
        for key, figure in table.figures.items()
        if figure.hidden is None and figure.count > 0
    ]
    if not published:
        return
    small = [table.units[key] for key, figure in table.figures.items() if figure.hidden == PRIMARY]
    ids = sorted(set().union(*published, *small))
    position = {unit: i for i, unit in enumerate(ids)}
    entry = {
        "unit_kind": unit_kind(table.measure),
        "measure": table.measure,
        "dimensions": list(table.dimensions),
        "start": table.start.isoformat(),
        "end": table.end.isoformat(),
        "k": table.k,
        # Kept to say what was counted; the audit itself works on the units alone.
        "filter": [list(term) for term in table.filters],
        "published_on": published_on.isoformat(),
        "units": ids,
        "figures": [sorted(position[u] for u in units) for units in published],
        "small": [sorted(position[u] for u in units) for units in small],
    }

    def add(current: StatsLedgerRecord | None) -> StatsLedgerRecord:
        entries = list(current.entries) if current is not None else []
        return StatsLedgerRecord(entries=[*entries, entry])

    STATS_LEDGER.update(store, add)
