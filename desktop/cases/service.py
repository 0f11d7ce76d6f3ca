"""Case services: the one API through which the UI, the CLI, sync and documents change cases.

Every method validates its input, turns it into ops on the vault (each op
sealed with the case's own key), and leaves the in-memory projection updated.
Methods that make several ops commit them all or none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from desktop.cases import duplicates
from desktop.cases.case_reads import CaseReads
from desktop.cases.evidence_ops import EvidenceOps
from desktop.cases.model import (
    REFERRAL_NEXT,
    CaseStatus,
    ConsentPurpose,
    Entity,
    ReferralStatus,
    TaskKind,
)
from desktop.cases.validation import clean
from desktop.cases.views import CaseDetails, HistoryEntry, RecordView
from desktop.cases.wages_ops import WageOps
from desktop.errors import (
    ConsentMissingError,
    InvalidValueError,
)
from desktop.store.ids import new_id
from desktop.store.projection import Record

__all__ = ["CaseDetails", "CaseService", "HistoryEntry", "RecordView"]


def _today() -> str:
    return date.today().isoformat()


def _first_language(languages: object) -> str | None:
    """The worker's first language, read tolerantly (older records may hold a bare string)."""
    if isinstance(languages, str):
        return languages.strip() or None
    if isinstance(languages, list) and languages and isinstance(languages[0], str):
        return languages[0].strip() or None
    return None


class CaseService(CaseReads, EvidenceOps, WageOps):
    """Operations on the cases of one unlocked vault (reads and evidence in their own
    modules, the record helpers in :mod:`desktop.cases.service_base`)."""

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
        # A new case belongs to someone from the start: the person at this desk.
        case_values.setdefault("assignee", self.vault.device.user_id)
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
                    "counselor": counselor or self.vault.device.user_id,
                }
                language = _first_language(worker_values.get("languages"))
                if language:
                    entry["language"] = language
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
        # Who wrote the entry and in which language the worker was heard; a correction
        # carries only what it corrects.
        if values["kind"] != "correction":
            values.setdefault("counselor", self.vault.device.user_id)
            if not values.get("language"):
                with self.vault.reading() as db:
                    worker = db.get(Entity.WORKER.value, case_id)
                language = _first_language(worker.data.get("languages") if worker else None)
                if language:
                    values["language"] = language
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
            + ") first.",
            purpose=purpose.value,
            recipient=recipient,
        )

    # -- referrals -------------------------------------------------------------------------
    def add_referral(self, case_id: str, fields: Mapping[str, Any]) -> str:
        """Record a referral (status draft unless given); evidence ids must be on this case."""
        self._require_case(case_id)
        values = dict(fields)
        values.setdefault("status", ReferralStatus.DRAFT.value)
        for evidence_id in values.get("evidence") or ():
            if self._record(Entity.EVIDENCE, evidence_id).case_id != case_id:
                raise InvalidValueError(
                    f"Evidence {evidence_id} belongs to another case.", evidence_id=evidence_id
                )
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
        follow_up_title: str | None = None,
    ) -> None:
        """Move a referral along sent → acknowledged → accepted/declined → completed.

        Sending sets the follow-up date (a task in "My work"); each later step moves
        or closes that task, so a referral is never forgotten.  ``follow_up_title``: that
        task's title in the reader's language (the UI's translation; the task is stored
        text, so the core cannot translate it later); English when not given.
        """
        rec = self._record(Entity.REFERRAL, referral_id)
        current = ReferralStatus(str(rec.data.get("status", "draft")))
        if status not in REFERRAL_NEXT[current]:
            raise InvalidValueError(
                f"A referral that is {current.value} cannot become {status.value}.",
                current=current.value,
                status=status.value,
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
                    "title": (follow_up_title or "Follow up referral to {0}").format(recipient),
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
                raise InvalidValueError(
                    f"Party {party_id} belongs to another case.", party_id=party_id
                )
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
            raise InvalidValueError(
                f"Evidence {evidence_id} belongs to another case.", evidence_id=evidence_id
            )
        existing = self.get_case(matter.case_id).exhibits_of(matter_id)
        if "number" not in values:
            values["number"] = max((int(e.data["number"]) for e in existing), default=0) + 1
        taken = {(int(e.data["number"]), int(e.data.get("branch") or 0)) for e in existing}
        if (values["number"], int(values.get("branch") or 0)) in taken:
            branch = f"の{values['branch']}" if values.get("branch") else ""
            raise InvalidValueError(
                f"甲第{values['number']}号証{branch} is already used.",
                number=values["number"],
                branch=branch,
            )
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
