"""Case lists: full-text search in every script, filters and the "my work" view.

Queries run on the in-memory projection.  Text is folded the same way it was
indexed (NFKC, width, case, katakana/hiragana, Latin diacritics), so
"グエン", "ぐえん", "ｸﾞｴﾝ", "Nguyễn" and "nguyen" find what they should.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from desktop.cases.folding import fold
from desktop.store.reader import Queryable

# Sort keys: each is an SQL expression sorted ascending (``descending`` flips it);
# empty values always come last.
SORTABLE = {
    "updated": "updated_hlc",
    "ref": "ref",
    "name": "full_name COLLATE NOCASE",
    "native": "COALESCE(NULLIF(name_native, ''), name_katakana)",
    "status": "CASE status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 "
    "WHEN 'waiting' THEN 2 ELSE 3 END",
    "topics": "topics",
    "due": "next_due",
    "expiry": "residence_expiry",
    "assignee": "assignee COLLATE NOCASE",
    "opened": "opened_on",
}


@dataclass(frozen=True)
class CaseFilter:
    """What to list.  Empty fields do not filter."""

    text: str = ""
    statuses: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    assignee: str | None = None
    due_on_or_before: date | None = None
    expiry_on_or_before: date | None = None
    flags: tuple[str, ...] = ()
    nationality: str | None = None
    with_conflicts: bool = False
    order: str = "updated"
    descending: bool | None = None  # None: newest first for dates of change, else A→Z
    limit: int | None = None
    offset: int = 0


class CaseRow(NamedTuple):
    """One line of the case list.  A tuple, because lists of 10,000 are built per keystroke."""

    case_id: str
    ref: str
    status: str
    full_name: str
    name_katakana: str
    name_native: str
    nationality: str
    summary: str
    assignee: str
    topics: tuple[str, ...]
    next_due: str | None
    residence_status: str | None
    residence_expiry: str | None
    opened_on: str | None
    flags: tuple[str, ...] = ()
    conflicts: int = 0


_ROW_COLUMNS = (
    "case_id, ref, status, full_name, name_katakana, name_native, nationality, summary, "
    "assignee, topics, next_due, residence_status, residence_expiry, opened_on, flags, conflicts"
)


def _row(values: tuple[Any, ...]) -> CaseRow:
    (case_id, ref, status, full_name, kata, native, nationality, summary, assignee, topics,
     next_due, res_status, expiry, opened_on, flags, conflicts) = values  # fmt: skip
    return CaseRow(
        case_id,
        ref or "",
        status or "",
        full_name or "",
        kata or "",
        native or "",
        nationality or "",
        summary or "",
        assignee or "",
        tuple(topics.split()) if topics else (),
        next_due,
        res_status,
        expiry,
        opened_on,
        () if not flags or flags == "[]" else tuple(json.loads(flags)),
        conflicts or 0,
    )


def _glob_literal(text: str) -> str:
    """Text matched literally by GLOB (LIKE with ESCAPE would bypass the trigram index)."""
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text)


def text_condition(query: str) -> tuple[str, list[Any]]:
    """SQL condition on ``case_id`` for a free-text query: every word must match.

    Words of three or more characters use the trigram index over names, summaries,
    notes and titles.  Shorter words (two-character Japanese or Chinese names are
    common) cannot use a trigram index, so they match the case's own short text:
    names, reference, phone and summary.
    """
    folded = fold(query)
    # Text is folded (so case-free) on both sides; GLOB lets FTS5 use its trigram index.
    in_index = "case_id IN (SELECT case_id FROM search WHERE text GLOB ?)"
    clauses: list[str] = []
    params: list[Any] = []
    for term in folded.split():
        clauses.append(in_index if len(term) >= 3 else "short_text GLOB ?")
        params.append(f"*{_glob_literal(term)}*")
    condition = " AND ".join(clauses)
    if " " in folded:
        # A phrase such as "giu ho chieu" also matches as written, short words included.
        condition = f"({in_index} OR ({condition}))"
        params.insert(0, f"*{_glob_literal(folded)}*")
    return condition, params


def _where(flt: CaseFilter) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if flt.text.strip():
        clause, text_params = text_condition(flt.text)
        if clause:
            where.append(clause)
            params += text_params
    if flt.statuses:
        where.append(f"status IN ({','.join('?' * len(flt.statuses))})")
        params += list(flt.statuses)
    for topic in flt.topics:
        where.append("topics LIKE ?")
        params.append(f"% {topic} %")
    if flt.assignee:
        where.append("assignee = ?")
        params.append(flt.assignee)
    if flt.due_on_or_before:
        where.append("next_due IS NOT NULL AND next_due <= ?")
        params.append(flt.due_on_or_before.isoformat())
    if flt.expiry_on_or_before:
        where.append("residence_expiry IS NOT NULL AND residence_expiry <= ?")
        params.append(flt.expiry_on_or_before.isoformat())
    for flag in flt.flags:
        where.append("EXISTS (SELECT 1 FROM json_each(cases.flags) WHERE value = ?)")
        params.append(flag)
    if flt.nationality:
        where.append("nationality = ?")
        params.append(flt.nationality)
    if flt.with_conflicts:
        where.append("conflicts > 0")
    return (" WHERE " + " AND ".join(where)) if where else "", params


def search_cases(db: Queryable, flt: CaseFilter) -> list[CaseRow]:
    """Cases matching a filter, in the requested order (a page of them with limit/offset)."""
    where, params = _where(flt)
    key = SORTABLE.get(flt.order, SORTABLE["updated"])
    descending = flt.order in ("updated", "opened") if flt.descending is None else flt.descending
    direction = "DESC" if descending else "ASC"
    # Only constant SQL pieces and "?" placeholders are interpolated; values are bound.
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM cases{where} "  # noqa: S608
        f"ORDER BY ({key}) IS NULL OR ({key}) = '', {key} {direction}, case_id"
    )
    if flt.limit:
        sql += " LIMIT ? OFFSET ?"
        params += [flt.limit, flt.offset]
    return [_row(r) for r in db.execute(sql, params)]


def count_cases(db: Queryable, flt: CaseFilter) -> int:
    """How many cases match (ignores limit and offset)."""
    where, params = _where(flt)
    row = db.execute(f"SELECT COUNT(*) FROM cases{where}", params).fetchone()  # noqa: S608
    return int(row[0])


def matching_case_ids(db: Queryable, flt: CaseFilter) -> set[str]:
    """Ids of the cases a filter matches (order, limit and offset ignored): what a
    statistics table filtered like the case list counts."""
    where, params = _where(flt)
    return {row[0] for row in db.execute(f"SELECT case_id FROM cases{where}", params)}  # noqa: S608


@dataclass(frozen=True)
class DueTask:
    case_id: str
    ref: str
    task_id: str
    title: str
    kind: str
    due_on: str
    assignee: str  # the task's own, else its case's (whose work it is)
    urgent: bool = False


def tasks_due(db: Queryable, on_or_before: date, assignee: str | None = None) -> list[DueTask]:
    """Open tasks due on or before a date, urgent ones first, then earliest first (the
    "my work" list)."""
    who = "COALESCE(json_extract(r.data,'$.assignee'), c.assignee)"
    urgent = "COALESCE(json_extract(r.data,'$.urgent'), 0)"
    sql = (
        "SELECT r.case_id, c.ref, r.entity_id, json_extract(r.data,'$.title'), "  # noqa: S608
        f"json_extract(r.data,'$.kind'), json_extract(r.data,'$.due_on'), {who}, {urgent} "
        "FROM records r JOIN cases c USING(case_id) "
        "WHERE r.entity='task' AND r.deleted_by IS NULL "
        "AND COALESCE(json_extract(r.data,'$.done'), 0) = 0 "
        "AND json_extract(r.data,'$.due_on') <= ?"
    )
    params: list[Any] = [on_or_before.isoformat()]
    if assignee:
        sql += f" AND {who} = ?"
        params.append(assignee)
    sql += f" ORDER BY {urgent} DESC, json_extract(r.data,'$.due_on')"
    return [
        DueTask(c, ref or "", t, title or "", kind or "", due or "", who or "", bool(flag))
        for c, ref, t, title, kind, due, who, flag in db.execute(sql, params)
    ]
