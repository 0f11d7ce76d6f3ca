"""The units a statistics table counts, read from the decrypted projection.

Read once, under :meth:`Vault.reading` (never the store's lock directly), with SQLite's
``json_extract`` so that 10,000 cases do not cost 100,000 ``json.loads``.  Where each
dimension lives:

=================  ==========================================================
nationality         worker record (``cases`` derived table)
residence_status    worker record (``cases`` derived table)
language            a case: the worker's languages; a consultation: its own
topic, subtopic     topic records of the case
channel             a case: channels of its consultations in the period;
                    a consultation: its own
prefecture          the address of the case's employer parties
referral            ``recipient_type`` of the case's referrals
outcome, status     case record, as it is now (no history is kept)
=================  ==========================================================

Deleted records and shredded cases are not counted; the Safety pool is not a case.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.cases.model import EntryKind, PartyRole
from desktop.cases.search import CaseFilter, matching_case_ids
from desktop.stats.dimensions import (
    PERIOD_DIMENSIONS,
    UNKNOWN,
    buckets_between,
    period_bucket,
    prefecture_of,
)
from desktop.stats.filters import filter_terms
from desktop.store.vault import Vault

__all__ = ["Unit", "read_units"]


@dataclass(frozen=True, slots=True)
class Unit:
    """One counted thing: its id, its values per dimension, and its weight (minutes)."""

    unit_id: str
    values: dict[str, tuple[str, ...]]
    minutes: int = 0


def _day(text: object) -> date | None:
    if not isinstance(text, str) or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _values(items: object) -> tuple[str, ...]:
    """Distinct non-empty values, or ``(unknown,)``."""
    if isinstance(items, str | int):
        items = [items]
    out = sorted({str(v) for v in items if v not in (None, "")}) if isinstance(items, list) else []
    return tuple(out) or (UNKNOWN,)


_QUERIES = {
    "topic": "SELECT case_id, json_extract(data, '$.category') FROM records "
    "WHERE entity='topic' AND deleted_by IS NULL",
    "subtopic": "SELECT case_id, json_extract(data, '$.subtopic') FROM records "
    "WHERE entity='topic' AND deleted_by IS NULL",
    "prefecture": "SELECT case_id, json_extract(data, '$.address') FROM records "
    "WHERE entity='party' AND deleted_by IS NULL AND json_extract(data, '$.role')='employer'",
    "referral": "SELECT case_id, json_extract(data, '$.recipient_type') FROM records "
    "WHERE entity='referral' AND deleted_by IS NULL",
}
_CONSULTATIONS = (
    "SELECT entity_id, case_id, json_extract(data, '$.occurred_at'), "
    "json_extract(data, '$.channel'), json_extract(data, '$.language'), "
    "json_extract(data, '$.minutes') FROM records WHERE entity='timeline' "
    "AND deleted_by IS NULL AND json_extract(data, '$.kind')='consultation'"
)
# The codes are spelled out above so the SQL is constant; keep them in step with the model.
assert PartyRole.EMPLOYER.value == "employer"
assert EntryKind.CONSULTATION.value == "consultation"
_CASE_COLUMNS = ("status", "outcome", "nationality", "residence_status", "languages")


def read_units(
    vault: Vault,
    measure: str,
    start: date,
    end: date,
    dimensions: Sequence[str],
    case_filter: CaseFilter | None = None,
) -> list[Unit]:
    """The units ``measure`` counts in ``[start, end]``, with the values of ``dimensions``;
    with ``case_filter``, only those of the cases the case list shows for it.

    Only what the dimensions need is read: a table by nationality does not parse a
    single timeline entry."""
    filtered = bool(filter_terms(case_filter))
    consultation_units = measure in ("consultations", "minutes")
    by_case = [d for d in dimensions if d not in PERIOD_DIMENSIONS]
    if consultation_units:
        by_case = [d for d in by_case if d not in ("channel", "language")]
    periods = [d for d in dimensions if d in PERIOD_DIMENSIONS]
    with vault.reading(flush=True) as db:
        cases = db.execute(
            "SELECT case_id, opened_on, closed_on, status, outcome, nationality, "
            "residence_status, languages FROM cases"
        ).fetchall()
        # The case list's own query, so "the same filter" means the same cases.
        chosen = matching_case_ids(db, case_filter) if filtered and case_filter else None
        lists = {d: db.execute(_QUERIES[d]).fetchall() for d in by_case if d in _QUERIES}
        need_entries = consultation_units or "channel" in by_case
        entries = db.execute(_CONSULTATIONS).fetchall() if need_entries else []

    multi: dict[str, dict[str, list[object]]] = {}
    for name, rows in lists.items():
        grouped: dict[str, list[object]] = defaultdict(list)
        for case_id, value in rows:
            if name == "prefecture":
                value = (prefecture_of(value) if isinstance(value, str) else None) or UNKNOWN
            grouped[case_id].append(value)
        multi[name] = grouped
    in_period = []
    channels: dict[str, list[object]] = defaultdict(list)
    for entry_id, case_id, occurred, channel, language, minutes in entries:
        day = _day(occurred)
        if day is not None and start <= day <= end:
            in_period.append((entry_id, case_id, day, channel, language, minutes))
            channels[case_id].append(channel)
    multi["channel"] = channels

    case_values: dict[str, dict[str, tuple[str, ...]]] = {}
    case_days: dict[str, tuple[date | None, date | None]] = {}
    for case_id, opened, closed, *columns in cases:
        if chosen is not None and case_id not in chosen:
            continue  # filtered out: neither the case nor its consultations count
        plain = dict(zip(_CASE_COLUMNS, columns, strict=True))
        values: dict[str, tuple[str, ...]] = {}
        for name in by_case:
            if name == "language":
                values[name] = _values(json.loads(plain["languages"] or "[]"))
            elif name in plain:
                values[name] = _values(plain[name])
            elif name == "referral" and case_id not in multi[name]:
                values[name] = ("none",)
            else:
                values[name] = _values(multi[name].get(case_id, []))
        case_values[case_id] = values
        case_days[case_id] = (_day(opened), _day(closed))

    units: list[Unit] = []
    if consultation_units:
        for entry_id, case_id, day, channel, language, minutes in in_period:
            of_case = case_values.get(case_id)
            if of_case is None:
                continue  # a timeline entry of a deleted case or the Safety pool
            own = dict(of_case)
            if "channel" in dimensions:
                own["channel"] = _values(channel)
            if "language" in dimensions:
                own["language"] = _values(language)
            own.update({p: (period_bucket(p, day),) for p in periods})
            weight = minutes if isinstance(minutes, int) and minutes > 0 else 0
            units.append(Unit(str(entry_id), own, weight))
        return units
    for case_id, values in case_values.items():
        opened, closed = case_days[case_id]
        if opened is None:
            continue  # a case without an opening date cannot be placed in time
        if measure == "new_cases":
            if start <= opened <= end:
                own = {**values, **{p: (period_bucket(p, opened),) for p in periods}}
                units.append(Unit(case_id, own))
        elif opened <= end and (closed is None or closed >= start):
            active_from, active_to = max(start, opened), min(end, closed) if closed else end
            spans = {p: tuple(buckets_between(p, active_from, active_to)) for p in periods}
            units.append(Unit(case_id, {**values, **spans}))
    return units
