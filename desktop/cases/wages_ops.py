"""Storing the wage calculator's inputs in a case, and recording demand letters (催告).

One ``wages`` record per case (its id is the case id, like the worker's): the terms as
their JSON mapping, the day records and payslips as CSV text in the formats of
docs/wages.md, so an imported file and a stored case are read by the same parser.  Each
field is checked by that parser before it becomes an op (desktop/cases/validation.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from desktop.cases.model import Entity, EntryKind
from desktop.cases.service_base import CaseServiceBase
from desktop.cases.validation import clean
from desktop.cases.views import CaseDetails
from desktop.errors import InvalidValueError


class WageOps(CaseServiceBase):
    """The case's wage inputs (terms, records, payslips) and its demand letters."""

    def set_wages(self, case_id: str, fields: Mapping[str, Any]) -> None:
        """Set some of ``terms`` (mapping), ``records`` and ``payslips`` (CSV text), ``note``;
        all checked first, so a bad file leaves what was stored untouched."""
        values = clean(Entity.WAGES, fields)
        with self.vault.writing():
            self._require_case(case_id)
            self._writable(case_id)
            with self.vault.reading() as db:
                existing = db.get(Entity.WAGES.value, case_id)
            if existing is None or existing.deleted_by is not None:
                fresh = {k: v for k, v in values.items() if v is not None}
                if fresh:
                    self.vault.put(case_id, Entity.WAGES.value, case_id, fresh,
                                   self._parents(existing, list(fresh)))  # fmt: skip
                return
        self._update(Entity.WAGES, case_id, values)

    def record_demand_letter(self, case_id: str, sent_on: date, note: str) -> str:
        """A demand (催告) sent on ``sent_on``: a timeline entry of its own kind, which holds
        off the wage claims' limitation for six months (once; docs/wages.md)."""
        if sent_on > date.today():
            raise InvalidValueError(
                f"A demand letter cannot be recorded as sent on {sent_on}, a day still to come.",
                sent_on=sent_on.isoformat(),
            )
        self._require_case(case_id)
        return self._create(case_id, Entity.TIMELINE, {
            "kind": EntryKind.DEMAND_LETTER.value, "note": note,
            "occurred_at": datetime.combine(sent_on, datetime.min.time()).isoformat(
                timespec="minutes"),
        })  # fmt: skip


def demand_dates(details: CaseDetails) -> list[date]:
    """The days demand letters were sent, leaving out entries a correction replaced."""
    corrected = {str(e.data.get("corrects")) for e in details.timeline if e.data.get("corrects")}
    days = []
    for entry in details.timeline:
        if entry.data.get("kind") != EntryKind.DEMAND_LETTER.value:
            continue
        if entry.entity_id in corrected:
            continue
        try:
            days.append(datetime.fromisoformat(str(entry.data["occurred_at"])).date())
        except (KeyError, ValueError):
            continue  # a malformed entry from elsewhere: no suspension rather than a crash
    return sorted(days)


def cases_with_wages(service: CaseServiceBase) -> list[str]:
    """Ids of the cases holding wage inputs (the only ones with claims to watch)."""
    with service.vault.reading() as db:
        rows = db.execute(
            "SELECT case_id FROM records WHERE entity=? AND deleted_by IS NULL",
            (Entity.WAGES.value,),
        ).fetchall()
    return sorted({str(r[0]) for r in rows})
