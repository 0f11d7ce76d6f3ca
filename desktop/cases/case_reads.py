"""Reading cases: lists, pages, one case with all its parts, its history.

Every read holds the store's lock through ``vault.reading()``: the UI calls these from
worker threads while another thread may be committing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from desktop.cases.model import (
    Entity,
)
from desktop.cases.search import (
    CaseFilter,
    CaseRow,
    DueTask,
    count_cases,
    search_cases,
    tasks_due,
)
from desktop.cases.service_base import CaseServiceBase
from desktop.cases.views import CaseDetails, HistoryEntry, RecordView
from desktop.crypto.aead import AuthenticationError
from desktop.errors import (
    NotFoundError,
)
from desktop.store.reader import ProjectionReader


class CaseReads(CaseServiceBase):
    """The read side of :class:`desktop.cases.service.CaseService`."""

    # Reads take the vault's lock too: the UI calls them from worker threads while
    # another thread may be committing.  Queries over the derived tables flush first, so a
    # step inside a larger write (the demo, an import) sees the cases it has just added.
    def list_cases(self, flt: CaseFilter | None = None) -> list[CaseRow]:
        with self.vault.reading(flush=True) as db:
            return search_cases(db, flt or CaseFilter())

    def count_cases(self, flt: CaseFilter) -> int:
        with self.vault.reading(flush=True) as db:
            return count_cases(db, flt)

    def list_page(self, flt: CaseFilter) -> tuple[list[CaseRow], int]:
        """One page of a list (``flt.limit`` rows from ``flt.offset``) and the total count."""
        with self.vault.reading(flush=True) as db:
            return search_cases(db, flt), count_cases(db, flt)

    def tasks_due(self, on_or_before: date, assignee: str | None = None) -> list[DueTask]:
        with self.vault.reading(flush=True) as db:
            return tasks_due(db, on_or_before, assignee)

    def case_id_for_ref(self, ref: str) -> str:
        with self.vault.reading(flush=True) as db:
            row = db.execute("SELECT case_id FROM cases WHERE ref=?", (ref.strip(),)).fetchone()
        if row is None:
            raise NotFoundError(f"No case with reference {ref} in this vault.", ref=ref)
        return str(row[0])

    def refs(self, case_ids: Iterable[str]) -> dict[str, str]:
        """Reference numbers of those cases that exist here, by case id."""
        out: dict[str, str] = {}
        with self.vault.reading(flush=True) as db:
            for case_id in set(case_ids):
                row = db.execute("SELECT ref FROM cases WHERE case_id=?", (case_id,)).fetchone()
                if row is not None:
                    out[case_id] = str(row[0])
        return out

    def party_names(self) -> list[str]:
        """Names of every person or organisation recorded in any case (for completers)."""
        with self.vault.reading(flush=True) as db:
            rows = db.execute(
                "SELECT DISTINCT json_extract(data,'$.name') FROM records "
                "WHERE entity='party' AND deleted_by IS NULL"
            ).fetchall()
        return sorted({str(name) for (name,) in rows if name}, key=str.casefold)

    def get_case(self, case_id: str) -> CaseDetails:
        with self.vault.reading(flush=True) as db:
            return self._get_case(db, case_id)

    def _get_case(self, db: ProjectionReader, case_id: str) -> CaseDetails:
        self._require_case(case_id)
        groups: dict[str, list[RecordView]] = {e.value: [] for e in Entity}
        rows = db.execute(
            "SELECT entity, entity_id FROM records WHERE case_id=? ORDER BY base_hlc", (case_id,)
        ).fetchall()
        for entity, entity_id in rows:
            rec = db.get(entity, entity_id)
            if rec is None or (rec.deleted_by is not None and not rec.delete_conflict):
                continue
            # setdefault: a kind of record a newer version added is kept, not a KeyError
            groups.setdefault(entity, []).append(
                RecordView(
                    entity=entity,
                    entity_id=entity_id,
                    data=dict(rec.data),
                    alternatives={k: dict(v) for k, v in rec.alts.items()},
                    deleted=rec.deleted_by is not None,
                    in_conflict=rec.in_conflict,
                    created_by=rec.created_by,
                    updated_by=rec.updated_by,
                    updated_hlc=rec.updated_hlc,
                )
            )
        timeline = sorted(groups["timeline"], key=lambda r: str(r.data.get("occurred_at", "")))
        workers = groups["worker"]
        return CaseDetails(
            case_id=case_id,
            case=groups["case"][0],
            worker=workers[0] if workers else None,
            parties=groups["party"],
            topics=groups["topic"],
            timeline=timeline,
            tasks=groups["task"],
            consents=groups["consent"],
            evidence=groups["evidence"],
            referrals=groups["referral"],
            adr_matters=groups["adr"],
            exhibits=groups["exhibit"],
            wages=groups["wages"][0] if groups["wages"] else None,
        )

    def history(self, case_id: str) -> list[HistoryEntry]:
        """Every change to the case, oldest first, decrypted from the op log."""
        self._require_case(case_id)
        entries = []
        for sealed in self.vault.journal.case_ops(case_id):
            try:
                op = self.vault.journal.open(sealed)
            except AuthenticationError:
                continue  # reported by `check`; never shown as data
            wall_ms = int(sealed.header.hlc.split(".")[0])
            entries.append(
                HistoryEntry(
                    op_id=sealed.header.op_id,
                    hlc=sealed.header.hlc,
                    at=datetime.fromtimestamp(wall_ms / 1000).astimezone(),
                    author=sealed.header.author,
                    device=sealed.header.device,
                    entity=sealed.header.entity,
                    entity_id=sealed.header.entity_id,
                    kind=op.kind,
                    fields=op.fields,
                )
            )
        return entries
