"""Derived, query-friendly tables over the projection's records.

The projection stores records generically; this module keeps one ``cases`` row
per case with what lists, filters and duplicate checks need, and decides which
text full-text search sees (folded so that scripts, widths, kana and Vietnamese
diacritics do not matter).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from desktop.cases.folding import (
    fold,
    kana_to_latin,
    name_key,
    normalize_card_number,
    normalize_phone,
)
from desktop.cases.model import SEARCHABLE_FIELDS, Entity

_CASES_SCHEMA = """
CREATE TABLE cases(
    case_id TEXT PRIMARY KEY, ref TEXT, status TEXT, outcome TEXT, summary TEXT,
    assignee TEXT, opened_on TEXT, closed_on TEXT, flags TEXT,
    full_name TEXT, name_katakana TEXT, name_native TEXT, nationality TEXT, languages TEXT,
    residence_status TEXT, residence_expiry TEXT,
    name_keys TEXT, phone_key TEXT, card_key TEXT,
    topics TEXT, next_due TEXT, open_tasks INT, conflicts INT, updated_hlc TEXT,
    short_text TEXT
);
CREATE INDEX cases_ref ON cases(ref);
CREATE INDEX cases_status ON cases(status);
CREATE INDEX cases_assignee ON cases(assignee);
CREATE INDEX cases_expiry ON cases(residence_expiry);
CREATE INDEX cases_due ON cases(next_due);
CREATE INDEX cases_phone ON cases(phone_key);
CREATE INDEX cases_card ON cases(card_key);
CREATE INDEX cases_updated ON cases(updated_hlc);
"""

_DERIVED_FROM = (Entity.CASE, Entity.WORKER, Entity.TOPIC, Entity.TASK)
_SEARCHABLE_BY_NAME = {entity.value: names for entity, names in SEARCHABLE_FIELDS.items()}


def latin_name_key(name: str) -> str:
    """A name folded and, where it is kana, romanised: a cheap prefilter for matching."""
    return kana_to_latin(name_key(name))


class CaseDeriver:
    """Keeps the ``cases`` table and search text in step with the records."""

    def __init__(self, blind_index: Callable[[str], str]) -> None:
        self._blind_index = blind_index

    def setup(self, conn: sqlite3.Connection) -> None:
        conn.executescript(_CASES_SCHEMA)

    def search_text(self, entity: str, data: dict[str, Any]) -> str:
        # By plain name: a kind of record that a newer version added is simply not
        # searchable here (Entity(entity) raised, and failed the whole pulled page).
        names = _SEARCHABLE_BY_NAME.get(entity, ())
        parts = [str(data[n]) for n in names if data.get(n)]
        return str(fold(" \u2003 ".join(parts))) if parts else ""

    def short_text(self, case: dict[str, Any], worker: dict[str, Any]) -> str:
        """Folded names, reference, phone and summary: what short queries match."""
        keys = ("full_name", "name_katakana", "name_native", "phone")
        parts = [str(worker[k]) for k in keys if worker.get(k)]
        parts += [str(case[k]) for k in ("ref", "summary") if case.get(k)]
        return fold(" \u2003 ".join(parts))

    def phone_key(self, phone: str | None) -> str | None:
        digits = normalize_phone(phone or "")
        return self._blind_index("phone:" + digits) if len(digits) >= 6 else None

    def card_key(self, card: str | None) -> str | None:
        number = normalize_card_number(card or "")
        return self._blind_index("card:" + number) if number else None

    def refresh_cases(self, conn: sqlite3.Connection, case_ids: Iterable[str]) -> None:
        ids = list(case_ids)
        if not ids:
            return
        grouped: dict[str, dict[str, list[tuple[dict[str, Any], bool]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        conflicts: dict[str, int] = defaultdict(int)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            # Only "?" placeholders are interpolated; the ids are bound.
            sql = (
                "SELECT case_id, entity, data, deleted_by IS NOT NULL, conflict FROM records "  # noqa: S608
                "WHERE case_id IN (" + marks + ")"
            )
            rows = conn.execute(sql, chunk)
            for case_id, entity, data, deleted, conflict in rows:
                if conflict:
                    conflicts[case_id] += 1
                if entity in _DERIVED_FROM:
                    grouped[case_id][entity].append((json.loads(data), bool(deleted)))
        conn.executemany("DELETE FROM cases WHERE case_id=?", [(i,) for i in ids])
        rows_out = []
        for case_id in ids:
            records = grouped.get(case_id)
            if not records or not records.get(Entity.CASE):
                continue
            case, case_deleted = records[Entity.CASE][0]
            if case_deleted:
                continue
            worker = next((d for d, gone in records.get(Entity.WORKER, []) if not gone), {})
            topics = sorted(
                {str(d.get("category")) for d, gone in records.get(Entity.TOPIC, [])
                 if not gone and d.get("category")}
            )  # fmt: skip
            open_due = sorted(
                str(d["due_on"]) for d, gone in records.get(Entity.TASK, [])
                if not gone and not d.get("done") and d.get("due_on")
            )  # fmt: skip
            names = [worker.get(k) for k in ("full_name", "name_katakana", "name_native")]
            rows_out.append(
                (
                    case_id,
                    case.get("ref"),
                    case.get("status"),
                    case.get("outcome"),
                    case.get("summary"),
                    case.get("assignee"),
                    case.get("opened_on"),
                    case.get("closed_on"),
                    json.dumps(case.get("flags") or []),
                    worker.get("full_name"),
                    worker.get("name_katakana"),
                    worker.get("name_native"),
                    worker.get("nationality"),
                    json.dumps(worker.get("languages") or []),
                    worker.get("residence_status"),
                    worker.get("residence_expiry"),
                    json.dumps([latin_name_key(str(n)) for n in names if n], ensure_ascii=False),
                    self.phone_key(worker.get("phone")),
                    self.card_key(worker.get("residence_card_number")),
                    " " + " ".join(topics) + " ",
                    open_due[0] if open_due else None,
                    len(open_due),
                    conflicts.get(case_id, 0),
                    None,
                    self.short_text(case, worker),
                )
            )
        conn.executemany(
            "INSERT INTO cases VALUES (" + ",".join("?" * 25) + ")",  # noqa: S608 - placeholders
            rows_out,
        )
        conn.executemany(
            "UPDATE cases SET updated_hlc=(SELECT MAX(COALESCE(updated_hlc, base_hlc)) "
            "FROM records r WHERE r.case_id=cases.case_id) WHERE case_id=?",
            [(r[0],) for r in rows_out],
        )
