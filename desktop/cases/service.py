"""Case services: the one API through which the UI, the CLI, sync and documents change cases.

Every method validates its input, turns it into ops on the vault (each op
sealed with the case's own key), and leaves the in-memory projection updated.
Methods that make several ops commit them all or none.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from desktop.cases import duplicates
from desktop.cases.model import (
    APPEND_ONLY,
    REFERRAL_NEXT,
    CaseStatus,
    ConsentPurpose,
    Entity,
    ReferralStatus,
    TaskKind,
)
from desktop.cases.search import (
    CaseFilter,
    CaseRow,
    DueTask,
    count_cases,
    search_cases,
    tasks_due,
)
from desktop.cases.validation import clean
from desktop.crypto.aead import AuthenticationError
from desktop.errors import (
    ConsentMissingError,
    InvalidValueError,
    MadoguchiError,
    NotFoundError,
    ReadOnlyCaseError,
    VaultCorruptError,
)
from desktop.store import blobs, sync_state
from desktop.store.atomic import atomic_writer
from desktop.store.ids import new_id
from desktop.store.projection import Record
from desktop.store.reader import ProjectionReader
from desktop.store.vault import Vault

__all__ = ["CaseService", "CaseView", "HistoryEntry"]


def _today() -> str:
    return date.today().isoformat()


@dataclass(frozen=True)
class RecordView:
    """One record as the UI shows it: current values plus any unresolved alternatives."""

    entity: str
    entity_id: str
    data: dict[str, Any]
    alternatives: dict[str, dict[str, Any]]
    deleted: bool
    in_conflict: bool
    created_by: str
    updated_by: str
    updated_hlc: str


@dataclass(frozen=True)
class CaseView:
    """Everything about one case, read from the projection."""

    case_id: str
    case: RecordView
    worker: RecordView | None
    parties: list[RecordView]
    topics: list[RecordView]
    timeline: list[RecordView]
    tasks: list[RecordView]
    consents: list[RecordView]
    evidence: list[RecordView]
    referrals: list[RecordView] = field(default_factory=list)
    adr_matters: list[RecordView] = field(default_factory=list)
    exhibits: list[RecordView] = field(default_factory=list)

    def exhibits_of(self, matter_id: str) -> list[RecordView]:
        """The matter's exhibits in filing order (number, then branch)."""
        mine = [e for e in self.exhibits if e.data.get("matter") == matter_id and not e.deleted]
        return sorted(mine, key=lambda e: (int(e.data["number"]), int(e.data.get("branch") or 0)))

    @property
    def ref(self) -> str:
        return str(self.case.data.get("ref", ""))


@dataclass(frozen=True)
class HistoryEntry:
    """One change to a case: who, when, on which device, what."""

    op_id: str
    hlc: str
    at: datetime
    author: str
    device: str
    entity: str
    entity_id: str
    kind: str
    fields: dict[str, Any]


class CaseService:
    """Operations on the cases of one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # -- helpers -----------------------------------------------------------------
    def _record(self, entity: Entity, entity_id: str) -> Record:
        with self.vault.reading() as db:
            rec = db.get(entity.value, entity_id)
        if rec is None or rec.deleted_by is not None:
            raise NotFoundError(f"No {entity.value} {entity_id} in this vault.")
        return rec

    def _require_case(self, case_id: str) -> Record:
        return self._record(Entity.CASE, case_id)

    def _parents(self, rec: Record | None, names: Sequence[str]) -> list[str]:
        if rec is None:
            return []
        heads: set[str] = set()
        for name in names:
            heads.update(h[0] for h in rec.field_heads(name))
        heads.update(rec.delete_heads)
        return sorted(heads)

    def _writable(self, case_id: str) -> None:
        # A case whose share was withdrawn stays readable here (what was seen cannot be
        # unseen) but takes no new changes: they could never reach anyone.
        if sync_state.is_read_only(self.vault, case_id):
            raise ReadOnlyCaseError(
                "Access to this case was withdrawn by its owner; it can be read here but not "
                "changed."
            )

    def _create(self, case_id: str, entity: Entity, fields: Mapping[str, Any]) -> str:
        values = {k: v for k, v in clean(entity, fields, creating=True).items() if v is not None}
        entity_id = new_id()
        with self.vault.writing():
            self._writable(case_id)
            self.vault.put(case_id, entity.value, entity_id, values, [])
        return entity_id

    def _update(self, entity: Entity, entity_id: str, fields: Mapping[str, Any]) -> None:
        if entity in APPEND_ONLY:
            raise InvalidValueError(
                f"A {entity.value} entry cannot be changed; add a correction instead."
            )
        values = clean(entity, fields)
        # Read and write under one hold of the store's lock: the parents must be the heads
        # the change was made against, not what another thread committed in between.
        with self.vault.writing():
            rec = self._record(entity, entity_id)
            self._writable(rec.case_id)
            changed = {k: v for k, v in values.items() if rec.data.get(k) != v or k in rec.alts}
            if changed:
                self.vault.put(rec.case_id, entity.value, entity_id, changed,
                               self._parents(rec, list(changed)))  # fmt: skip

    def _remove(self, entity: Entity, entity_id: str) -> None:
        if entity in APPEND_ONLY:
            raise InvalidValueError(f"A {entity.value} entry cannot be deleted.")
        with self.vault.writing():
            rec = self._record(entity, entity_id)
            self._writable(rec.case_id)
            self.vault.put(rec.case_id, entity.value, entity_id, {},
                           self._parents(rec, list(rec.data)), kind="delete")  # fmt: skip

    # -- cases -----------------------------------------------------------------------
    def find_duplicates(
        self, worker: Mapping[str, Any], limit: int = 5
    ) -> list[duplicates.DuplicateMatch]:
        """Existing cases that probably concern the same worker (search before create)."""
        with self.vault.reading() as db:
            return duplicates.find(db, self.vault, worker, limit=limit)

    def new_reference(self) -> str:
        """Office-device-year-number: unique even across devices that were offline."""
        year = date.today().year
        number = self.vault.next_counter(f"ref:{year}")
        d = self.vault.device
        return f"{d.office_code}-{d.device_code}-{year}-{number:05d}"

    def create_case(
        self,
        worker: Mapping[str, Any],
        *,
        case: Mapping[str, Any] | None = None,
        topics: Sequence[Mapping[str, Any]] = (),
        note: str | None = None,
        counselor: str | None = None,
    ) -> str:
        """Open a case for a worker; returns its id.  Call find_duplicates first."""
        worker_values = {
            k: v for k, v in clean(Entity.WORKER, worker, creating=True).items() if v is not None
        }
        case_values = {
            k: v for k, v in clean(Entity.CASE, dict(case or {})).items() if v is not None
        }
        case_values.pop("ref", None)
        case_values.setdefault("status", CaseStatus.OPEN.value)
        case_values.setdefault("opened_on", _today())
        topic_values = [
            {k: v for k, v in clean(Entity.TOPIC, t, creating=True).items() if v is not None}
            for t in topics
        ]
        case_id = new_id()
        with self.vault.writing():
            self.vault.new_case(case_id)
            case_values["ref"] = self.new_reference()
            self.vault.put(case_id, Entity.CASE.value, case_id, case_values, [])
            self.vault.put(case_id, Entity.WORKER.value, case_id, worker_values, [])
            for topic in topic_values:
                topic.setdefault("status", "open")
                self.vault.put(case_id, Entity.TOPIC.value, new_id(), topic, [])
            if note:
                entry = {
                    "occurred_at": datetime.now().isoformat(timespec="minutes"),
                    "kind": "consultation",
                    "note": note,
                }
                if counselor:
                    entry["counselor"] = counselor
                self.vault.put(case_id, Entity.TIMELINE.value, new_id(),
                               clean(Entity.TIMELINE, entry), [])  # fmt: skip
        return case_id

    def update_case(self, case_id: str, fields: Mapping[str, Any]) -> None:
        if "ref" in fields:
            raise InvalidValueError("A case's reference number cannot be changed.")
        self._update(Entity.CASE, case_id, fields)

    def update_worker(self, case_id: str, fields: Mapping[str, Any]) -> None:
        self._require_case(case_id)
        self._update(Entity.WORKER, case_id, fields)

    def close_case(
        self, case_id: str, outcome: str, *, closed_on: str | None = None, note: str | None = None
    ) -> None:
        """Close with an outcome (and an optional closing note in the timeline)."""
        clean(Entity.CASE, {"outcome": outcome})  # names the allowed outcomes if wrong
        with self.vault.writing():
            self.update_case(
                case_id,
                {"status": CaseStatus.CLOSED.value, "outcome": outcome,
                 "closed_on": closed_on or _today()},
            )  # fmt: skip
            if note:
                self.add_timeline_entry(case_id, {"kind": "action", "note": note})

    def reopen_case(self, case_id: str) -> None:
        self.update_case(case_id, {"status": CaseStatus.IN_PROGRESS.value, "outcome": None,
                                   "closed_on": None})  # fmt: skip

    def shred_case(self, case_id: str) -> None:
        """Destroy the case's key: every copy of its ciphertext becomes unreadable."""
        rec = self._require_case(case_id)
        self.vault.shred(case_id, {"ref": rec.data.get("ref", "")})

    # -- parts of a case ----------------------------------------------------------------
    def add_party(self, case_id: str, fields: Mapping[str, Any]) -> str:
        self._require_case(case_id)
        return self._create(case_id, Entity.PARTY, fields)

    def update_party(self, party_id: str, fields: Mapping[str, Any]) -> None:
        self._update(Entity.PARTY, party_id, fields)

    def remove_party(self, party_id: str) -> None:
        self._remove(Entity.PARTY, party_id)

    def add_topic(self, case_id: str, fields: Mapping[str, Any]) -> str:
        self._require_case(case_id)
        values = dict(fields)
        values.setdefault("status", "open")
        return self._create(case_id, Entity.TOPIC, values)

    def update_topic(self, topic_id: str, fields: Mapping[str, Any]) -> None:
        rec = self._record(Entity.TOPIC, topic_id)
        values = dict(fields)
        if "subtopic" in values and "category" not in values:
            values["category"] = rec.data.get("category")
        self._update(Entity.TOPIC, topic_id, values)

    def remove_topic(self, topic_id: str) -> None:
        self._remove(Entity.TOPIC, topic_id)

    def add_timeline_entry(self, case_id: str, fields: Mapping[str, Any]) -> str:
        """Append a consultation or action; entries are never edited afterwards."""
        self._require_case(case_id)
        values = dict(fields)
        values.setdefault("occurred_at", datetime.now().isoformat(timespec="minutes"))
        values.setdefault("kind", "consultation")
        return self._create(case_id, Entity.TIMELINE, values)

    def correct_timeline_entry(self, entry_id: str, fields: Mapping[str, Any]) -> str:
        """A correction is a new entry that points at the one it corrects."""
        original = self._record(Entity.TIMELINE, entry_id)
        values = dict(fields)
        values["kind"] = "correction"
        values["corrects"] = entry_id
        return self.add_timeline_entry(original.case_id, values)

    def add_task(self, case_id: str, fields: Mapping[str, Any]) -> str:
        self._require_case(case_id)
        values = dict(fields)
        values.setdefault("done", False)
        values.setdefault("kind", "follow_up")
        return self._create(case_id, Entity.TASK, values)

    def update_task(self, task_id: str, fields: Mapping[str, Any]) -> None:
        self._update(Entity.TASK, task_id, fields)

    def complete_task(self, task_id: str) -> None:
        self._update(Entity.TASK, task_id, {"done": True})

    def remove_task(self, task_id: str) -> None:
        self._remove(Entity.TASK, task_id)

    def add_consent(self, case_id: str, fields: Mapping[str, Any]) -> str:
        self._require_case(case_id)
        return self._create(case_id, Entity.CONSENT, fields)

    def withdraw_consent(self, consent_id: str, on: str | None = None) -> None:
        self._update(Entity.CONSENT, consent_id, {"withdrawn_on": on or _today()})

    def valid_consents(
        self, case_id: str, purpose: str, recipient: str | None = None
    ) -> list[RecordView]:
        """Consents given for a purpose (and recipient) and not withdrawn."""
        out = []
        for consent in self.get_case(case_id).consents:
            d = consent.data
            if d.get("purpose") != purpose or d.get("withdrawn_on"):
                continue
            if recipient is not None and d.get("recipient") != recipient:
                continue
            out.append(consent)
        return out

    def require_consent(self, case_id: str, purpose: ConsentPurpose, recipient: str | None) -> None:
        """Raise ConsentMissingError naming the consent unless a valid one is recorded."""
        if self.valid_consents(case_id, purpose.value, recipient):
            return
        to = f" to {recipient}" if recipient else ""
        raise ConsentMissingError(
            f"No valid consent for {purpose.value.replace('_', ' ')}{to} is recorded on this "
            f"case; record the worker's consent (purpose '{purpose.value}'"
            + (f", recipient '{recipient}'" if recipient else "")
            + ") first."
        )

    # -- referrals -------------------------------------------------------------------------
    def add_referral(self, case_id: str, fields: Mapping[str, Any]) -> str:
        """Record a referral (status draft unless given); evidence ids must be on this case."""
        self._require_case(case_id)
        values = dict(fields)
        values.setdefault("status", ReferralStatus.DRAFT.value)
        for evidence_id in values.get("evidence") or ():
            if self._record(Entity.EVIDENCE, evidence_id).case_id != case_id:
                raise InvalidValueError(f"Evidence {evidence_id} belongs to another case.")
        return self._create(case_id, Entity.REFERRAL, values)

    def update_referral(self, referral_id: str, fields: Mapping[str, Any]) -> None:
        self._update(Entity.REFERRAL, referral_id, fields)

    def advance_referral(
        self,
        referral_id: str,
        status: ReferralStatus,
        *,
        on: str | None = None,
        follow_up_on: str | None = None,
    ) -> None:
        """Move a referral along sent → acknowledged → accepted/declined → completed.

        Sending sets the follow-up date (a task in "My work"); each later step moves
        or closes that task, so a referral is never forgotten.
        """
        rec = self._record(Entity.REFERRAL, referral_id)
        current = ReferralStatus(str(rec.data.get("status", "draft")))
        if status not in REFERRAL_NEXT[current]:
            raise InvalidValueError(
                f"A referral that is {current.value} cannot become {status.value}."
            )
        day = on or _today()
        changes: dict[str, Any] = {"status": status.value}
        if status is ReferralStatus.SENT:
            changes["sent_on"] = day
        if follow_up_on is not None:
            changes["follow_up_on"] = follow_up_on
        finished = status in (ReferralStatus.DECLINED, ReferralStatus.COMPLETED)
        recipient = str(rec.data.get("recipient", ""))
        with self.vault.writing():
            self._update(Entity.REFERRAL, referral_id, changes)
            tasks = [
                t for t in self._case_records(rec.case_id, Entity.TASK)
                if t.data.get("referral") == referral_id and not t.data.get("done")
            ]  # fmt: skip
            for task in tasks:
                if finished:
                    self._update(Entity.TASK, task.entity_id, {"done": True})
                elif follow_up_on is not None:
                    self._update(Entity.TASK, task.entity_id, {"due_on": follow_up_on})
            if not tasks and not finished and follow_up_on is not None:
                self._create(rec.case_id, Entity.TASK, {
                    "title": f"Follow up referral to {recipient}",
                    "kind": TaskKind.FOLLOW_UP.value,
                    "due_on": follow_up_on,
                    "referral": referral_id,
                })  # fmt: skip

    # -- ADR matters and exhibits ------------------------------------------------------------
    def add_adr_matter(self, case_id: str, fields: Mapping[str, Any]) -> str:
        self._require_case(case_id)
        values = dict(fields)
        values.setdefault("forum", "東京弁護士会 紛争解決センター")
        values.setdefault("status", "preparing")
        for party_id in [*(values.get("respondents") or ()), values.get("agent") or None]:
            if party_id and self._record(Entity.PARTY, party_id).case_id != case_id:
                raise InvalidValueError(f"Party {party_id} belongs to another case.")
        return self._create(case_id, Entity.ADR, values)

    def update_adr_matter(self, matter_id: str, fields: Mapping[str, Any]) -> None:
        self._update(Entity.ADR, matter_id, fields)

    def add_exhibit(self, matter_id: str, fields: Mapping[str, Any]) -> str:
        """Add an exhibit to an ADR matter; the number defaults to the next free one."""
        matter = self._record(Entity.ADR, matter_id)
        values = dict(fields)
        values["matter"] = matter_id
        evidence_id = values.get("evidence_id")
        if evidence_id and self._record(Entity.EVIDENCE, evidence_id).case_id != matter.case_id:
            raise InvalidValueError(f"Evidence {evidence_id} belongs to another case.")
        existing = self.get_case(matter.case_id).exhibits_of(matter_id)
        if "number" not in values:
            values["number"] = max((int(e.data["number"]) for e in existing), default=0) + 1
        taken = {(int(e.data["number"]), int(e.data.get("branch") or 0)) for e in existing}
        if (values["number"], int(values.get("branch") or 0)) in taken:
            branch = f"の{values['branch']}" if values.get("branch") else ""
            raise InvalidValueError(f"甲第{values['number']}号証{branch} is already used.")
        values.setdefault("original_or_copy", "copy")
        values.setdefault("kind", "document")
        return self._create(matter.case_id, Entity.EXHIBIT, values)

    def update_exhibit(self, exhibit_id: str, fields: Mapping[str, Any]) -> None:
        self._update(Entity.EXHIBIT, exhibit_id, fields)

    def remove_exhibit(self, exhibit_id: str) -> None:
        """Remove an exhibit; if its number is left empty, later numbers move down (one commit).

        A removed branch (甲第3号証の2) leaves its siblings and the numbering alone.
        """
        rec = self._record(Entity.EXHIBIT, exhibit_id)
        matter_id, gone = str(rec.data["matter"]), int(rec.data["number"])
        with self.vault.writing():
            self._remove(Entity.EXHIBIT, exhibit_id)
            rest = self.get_case(rec.case_id).exhibits_of(matter_id)
            if any(int(e.data["number"]) == gone for e in rest):
                return
            for exhibit in rest:
                if int(exhibit.data["number"]) > gone:
                    number = int(exhibit.data["number"]) - 1
                    self._update(Entity.EXHIBIT, exhibit.entity_id, {"number": number})

    def move_exhibit(self, exhibit_id: str, step: int) -> None:
        """Swap an exhibit's place (number and branch) with its neighbour ``step`` away."""
        rec = self._record(Entity.EXHIBIT, exhibit_id)
        order = self.get_case(rec.case_id).exhibits_of(str(rec.data["matter"]))
        row = next(i for i, e in enumerate(order) if e.entity_id == exhibit_id)
        if not 0 <= row + step < len(order):
            return
        other = order[row + step]

        def place(data: Mapping[str, Any]) -> dict[str, Any]:
            return {"number": int(data["number"]), "branch": data.get("branch") or None}

        with self.vault.writing():
            self._update(Entity.EXHIBIT, exhibit_id, place(other.data))
            self._update(Entity.EXHIBIT, other.entity_id, place(rec.data))

    def case_of(self, entity: Entity, entity_id: str) -> str:
        """The case a record belongs to (NotFoundError if there is no such record)."""
        return self._record(entity, entity_id).case_id

    def _case_records(self, case_id: str, entity: Entity) -> list[Record]:
        out = []
        with self.vault.reading() as db:
            rows = db.execute(
                "SELECT entity_id FROM records WHERE case_id=? AND entity=?",
                (case_id, entity.value),
            ).fetchall()
            for (entity_id,) in rows:
                rec = db.get(entity.value, entity_id)
                if rec is not None and rec.deleted_by is None:
                    out.append(rec)
        return out

    # -- evidence --------------------------------------------------------------------------
    def add_evidence(
        self,
        case_id: str,
        source: Path | BinaryIO,
        fields: Mapping[str, Any] | None = None,
        *,
        filename: str | None = None,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> str:
        """Stream a file of any type (up to 2 GB) into encrypted chunks; returns the record id.

        The SHA-256 of the original is computed while streaming and kept with who
        captured it, when and from where (chain of custody).
        """
        self._require_case(case_id)
        self._writable(case_id)
        values = clean(Entity.EVIDENCE, dict(fields or {}))
        key_id, key = self.vault.case_key(case_id)
        if isinstance(source, Path):
            name = filename or source.name
            try:
                handle: BinaryIO = source.open("rb")
            except OSError as exc:
                raise MadoguchiError(f"Cannot read {source}: {exc.strerror}.") from exc
        else:
            name, handle = filename or "evidence", source
        try:
            stored = blobs.write_blob(
                self.vault.folder, handle, case_id=case_id, key_id=key_id, case_key=key,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip
        except blobs.BlobTooLargeError as exc:
            raise InvalidValueError(f"Cannot add {name}: {exc}.") from exc
        except OSError as exc:
            raise MadoguchiError(f"Cannot store {name}: {exc.strerror or exc}.") from exc
        finally:
            if isinstance(source, Path):
                handle.close()
        values = {k: v for k, v in values.items() if v is not None}
        values.update(
            filename=name,
            media_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
            size=stored.size,
            sha256=stored.sha256,
            blob_id=stored.blob_id,
        )
        values.setdefault("title", name)
        values.setdefault("captured_at", datetime.now().isoformat(timespec="minutes"))
        values.setdefault("captured_by", self.vault.device.user_id)
        entity_id = new_id()
        try:
            with self.vault.writing():
                self.vault.after_commit(lambda conn: blobs.record(conn, stored))
                self.vault.put(case_id, Entity.EVIDENCE.value, entity_id, values, [])
        except BaseException:
            blobs.discard(self.vault.folder, stored.blob_id)
            raise
        return entity_id

    def read_evidence(self, evidence_id: str) -> Iterator[bytes]:
        """The original file's bytes, chunk by chunk, authenticated as they are read."""
        rec = self._record(Entity.EVIDENCE, evidence_id)
        blob_id = str(rec.data["blob_id"])
        try:
            # The file's own key: one written before a key rotation keeps the old key.
            yield from self.vault.read_blob(blob_id, rec.case_id)
        except KeyError as exc:
            raise NotFoundError(
                f"The file of evidence '{rec.data.get('title')}' is not on this computer yet; "
                "it arrives with the next sync."
            ) from exc
        except AuthenticationError as exc:
            raise VaultCorruptError(
                f"The stored file of evidence '{rec.data.get('title')}' is damaged."
            ) from exc

    def export_evidence(self, evidence_id: str, out: Path) -> None:
        """Write the original file atomically, verifying its SHA-256 on the way."""
        rec = self._record(Entity.EVIDENCE, evidence_id)
        digest = hashlib.sha256()
        with atomic_writer(out) as handle:
            for chunk in self.read_evidence(evidence_id):
                digest.update(chunk)
                handle.write(chunk)
            if digest.hexdigest() != rec.data.get("sha256"):
                raise VaultCorruptError("The stored file does not match its recorded SHA-256.")
        self.vault.record_audit("evidence_exported", rec.case_id, {"sha256": digest.hexdigest()})

    # -- reading ---------------------------------------------------------------------------
    # Reads take the vault's lock too: the UI calls them from worker threads while
    # another thread may be committing.
    def list_cases(self, flt: CaseFilter | None = None) -> list[CaseRow]:
        with self.vault.reading() as db:
            return search_cases(db, flt or CaseFilter())

    def count_cases(self, flt: CaseFilter) -> int:
        with self.vault.reading() as db:
            return count_cases(db, flt)

    def list_page(self, flt: CaseFilter) -> tuple[list[CaseRow], int]:
        """One page of a list (``flt.limit`` rows from ``flt.offset``) and the total count."""
        with self.vault.reading() as db:
            return search_cases(db, flt), count_cases(db, flt)

    def tasks_due(self, on_or_before: date, assignee: str | None = None) -> list[DueTask]:
        with self.vault.reading() as db:
            return tasks_due(db, on_or_before, assignee)

    def case_id_for_ref(self, ref: str) -> str:
        with self.vault.reading() as db:
            row = db.execute("SELECT case_id FROM cases WHERE ref=?", (ref.strip(),)).fetchone()
        if row is None:
            raise NotFoundError(f"No case with reference {ref} in this vault.")
        return str(row[0])

    def refs(self, case_ids: Iterable[str]) -> dict[str, str]:
        """Reference numbers of those cases that exist here, by case id."""
        out: dict[str, str] = {}
        with self.vault.reading() as db:
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

    def get_case(self, case_id: str) -> CaseView:
        with self.vault.reading(flush=True) as db:
            return self._get_case(db, case_id)

    def _get_case(self, db: ProjectionReader, case_id: str) -> CaseView:
        self._require_case(case_id)
        groups: dict[str, list[RecordView]] = {e.value: [] for e in Entity}
        rows = db.execute(
            "SELECT entity, entity_id FROM records WHERE case_id=? ORDER BY base_hlc", (case_id,)
        ).fetchall()
        for entity, entity_id in rows:
            rec = db.get(entity, entity_id)
            if rec is None or (rec.deleted_by is not None and not rec.delete_conflict):
                continue
            groups[entity].append(
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
        return CaseView(
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
