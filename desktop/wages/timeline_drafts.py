"""Work records drafted from a case's timeline, and the rule for adding the accepted ones.

Issue 20 names the timeline as a source of day records: a worker's account ("on 3 March
I worked 8:00 to 23:00") is already written down in a consultation entry.  Drafting is a
proposal only: every draft shows the entry it came from and how it compares with the
records the case holds, and nothing reaches the records until the counselor accepts it.
The merge rule (:func:`merge_drafts`) never overwrites a day the case already records
unless that day is named in ``replace``, and never adds two accounts of one day that
disagree.  Qt-free and vault-free; the service step is desktop/cases/wage_drafts.py.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.cases.model import EntryKind
from desktop.cases.views import CaseDetails, RecordView
from desktop.wages.errors import WageInputError
from desktop.wages.inputs import parse_records
from desktop.wages.shift_text import Shift, Unplaced, find_shifts
from desktop.wages.tables import rows_from_csv, rows_to_csv

__all__ = ["Draft", "DraftSheet", "MergeResult", "draft_records", "merge_drafts"]

# Entries that tell what happened; a demand letter's note is the desk's, not an account.
READ_KINDS = frozenset({EntryKind.CONSULTATION.value, EntryKind.ACTION.value,
                        EntryKind.CORRECTION.value})  # fmt: skip
NEW, SAME, DIFFERS = "new", "same", "differs"
_Row = tuple[object, ...]


@dataclass(frozen=True)
class Draft:
    key: str  # "<entry id>#<n>": names the draft across a refresh
    shift: Shift
    entry_id: str
    entry_day: date
    status: str  # NEW, SAME (the case holds this record) or DIFFERS (it holds another)
    existing: tuple[tuple[str, ...], ...]  # the case's records of that day, as CSV cells
    disputed: bool  # another entry drafts that day differently

    @property
    def row(self) -> list[str]:
        """The draft as a records row (date, start, end, break_minutes, break_start)."""
        return _row(self.shift)


@dataclass(frozen=True)
class DraftSheet:
    drafts: list[Draft]
    unplaced: list[tuple[str, date, Unplaced]]  # (entry id, entry day, what was not placed)


@dataclass
class MergeResult:
    csv: str  # the records after the merge (unchanged when nothing was added)
    added: list[Draft] = field(default_factory=list)
    already: list[Draft] = field(default_factory=list)  # the case held the same record
    replaced_days: list[date] = field(default_factory=list)
    kept_days: list[date] = field(default_factory=list)  # differ; not replaced (not asked)
    disputed_days: list[date] = field(default_factory=list)  # accepted drafts disagree


def _entry_day(entry: RecordView, by_id: dict[str, RecordView]) -> date | None:
    """The day the account was given; a correction keeps its original's day (the "3月3日"
    of a corrected account still means the 3 March before the original entry)."""
    source = by_id.get(str(entry.data.get("corrects") or ""), entry)
    try:
        return datetime.fromisoformat(str(source.data.get("occurred_at"))).date()
    except ValueError:
        return None


def _accounts(details: CaseDetails) -> Iterable[tuple[RecordView, date]]:
    by_id = {e.entity_id: e for e in details.timeline}
    corrected = {str(e.data.get("corrects")) for e in details.timeline if e.data.get("corrects")}
    for entry in details.timeline:
        if entry.deleted or entry.entity_id in corrected:
            continue  # a corrected entry's words were replaced by its correction's
        if entry.data.get("kind", EntryKind.CONSULTATION.value) not in READ_KINDS:
            continue
        day = _entry_day(entry, by_id)
        if day is not None and str(entry.data.get("note") or "").strip():
            yield entry, day


def _normal(row: Iterable[str]) -> _Row:
    """A records row as what it means (minutes), so "8:00" and "08:00" agree."""
    cells = [c.strip() for c in row]
    try:
        (record,) = parse_records(rows_to_csv("records", [cells]))
    except (WageInputError, ValueError):
        return tuple(cells)  # a row the parser refuses compares by its text
    end = record.end_minute
    return (record.day, record.start_minute, end, record.break_minutes, record.break_start_minute)


def _span(row: _Row) -> tuple[int, int] | None:
    """Minutes from the day's midnight a normalised row covers; None if unreadable."""
    if len(row) != 5 or not isinstance(row[1], int) or not isinstance(row[2], int):
        return None
    start, end = row[1], row[2]
    return start, end if end > start else end + 24 * 60


def _clash(a: _Row, b: _Row) -> bool:
    """Two accounts of one day that cannot both be true: different shifts that overlap
    (a split shift told in two entries does not clash; the same shift told twice neither)."""
    if a == b:
        return False
    span_a, span_b = _span(a), _span(b)
    if span_a is None or span_b is None:
        return True  # unreadable: let the counselor choose
    return span_a[0] < span_b[1] and span_b[0] < span_a[1]


def _stored_by_day(stored_csv: str) -> dict[str, list[list[str]]]:
    by_day: dict[str, list[list[str]]] = {}
    for row in rows_from_csv("records", stored_csv).rows:
        by_day.setdefault(row[0].strip(), []).append(row)
    return by_day


def draft_records(details: CaseDetails, stored_csv: str = "") -> DraftSheet:
    """Every record the case's timeline entries state, compared with ``stored_csv``
    (the case's records CSV).  Raises :class:`WageInputError` if that cannot be read."""
    stored = _stored_by_day(stored_csv)
    found: list[tuple[str, Shift, str, date]] = []
    unplaced: list[tuple[str, date, Unplaced]] = []
    for entry, day in _accounts(details):
        shifts, missed = find_shifts(str(entry.data.get("note") or ""), day)
        for n, shift in enumerate(shifts, 1):
            found.append((f"{entry.entity_id}#{n}", shift, entry.entity_id, day))
        unplaced.extend((entry.entity_id, day, m) for m in missed)
    told: dict[date, list[tuple[str, _Row]]] = {}  # day -> (entry, shift) of every draft
    for _key, shift, entry_id, _day in found:
        told.setdefault(shift.day, []).append((entry_id, _normal(_row(shift))))
    drafts = []
    for key, shift, entry_id, entry_day in sorted(found, key=lambda f: (f[1].day, f[1].start)):
        existing = stored.get(shift.day.isoformat(), [])
        mine = _normal(_row(shift))
        if not existing:
            status = NEW
        elif mine in {_normal(r) for r in existing}:
            status = SAME
        else:
            status = DIFFERS
        others = [row for e, row in told.get(shift.day, ()) if e != entry_id]
        disputed = any(_clash(mine, row) for row in others)
        existing_rows = tuple(tuple(r) for r in existing)
        drafts.append(Draft(key, shift, entry_id, entry_day, status, existing_rows, disputed))
    return DraftSheet(drafts, unplaced)


def _row(shift: Shift) -> list[str]:
    minutes = "" if shift.break_minutes is None else str(shift.break_minutes)
    return [shift.day.isoformat(), shift.start, shift.end, minutes, shift.break_start or ""]


def merge_drafts(
    stored_csv: str, drafts: Iterable[Draft], replace: Collection[date] = ()
) -> MergeResult:
    """The records CSV with the accepted ``drafts`` added.

    Per day: drafts from two entries that disagree add nothing (the counselor picks one);
    a day the case does not record gets the drafted rows; a day recorded the same way is
    left alone; a day recorded differently is replaced only if it is in ``replace``.
    """
    rows = rows_from_csv("records", stored_csv).rows
    result = MergeResult(csv=stored_csv)
    per_day: dict[date, list[Draft]] = {}
    for draft in drafts:
        per_day.setdefault(draft.shift.day, []).append(draft)
    on_file: dict[str, set[_Row]] = {}
    for row in rows:
        on_file.setdefault(row[0].strip(), set()).add(_normal(row))
    new_rows: list[list[str]] = []
    dropped: set[str] = set()
    for day, chosen in sorted(per_day.items()):
        told = [(d.entry_id, _normal(d.row)) for d in chosen]
        if any(_clash(a, b) for e, a in told for f, b in told if e != f):
            result.disputed_days.append(day)
            continue
        unique = {_normal(d.row): d for d in chosen}  # one row per shift, whoever told it
        existing = on_file.get(day.isoformat(), set())
        if set(unique) <= existing:
            result.already.extend(unique.values())
            continue
        if existing and day not in replace:
            result.kept_days.append(day)
            continue
        if existing:
            dropped.add(day.isoformat())
            result.replaced_days.append(day)
        new_rows.extend(d.row for d in unique.values())
        result.added.extend(unique.values())
    if new_rows:
        kept = [r for r in rows if r[0].strip() not in dropped]
        merged = sorted(kept + new_rows, key=lambda r: (r[0].strip(), _start_key(r[1])))
        result.csv = rows_to_csv("records", merged)
    return result


def _start_key(text: str) -> str:
    hours, _, minutes = text.strip().partition(":")
    return f"{hours.zfill(2)}:{minutes}"
