"""Storing scored Safety self-diagnoses in the vault, and reading them back for reports.

Three ways a response arrives:

* **assisted** -- a counselor goes through the questionnaire with a worker who
  already has a case; the record is stored in that case.
* **anonymous** -- a worker answers at an event or a kiosk without giving any
  identity.  The record goes to the vault's *Safety pool*: a container with its
  own case key but no ``case`` record, so it never shows in case lists.  Its id
  is kept in the vault's sealed settings.
* **request_contact** -- a worker answers at a kiosk and asks to be contacted:
  an intake case is opened (flagged ``safety_follow_up``) with the worker's
  consent to case handling, and the record is stored in it.

Safety records carry answers, levels and codes only.  None of their fields is
searchable, so answers never reach the full-text index.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.cases.model import (
    ConsentMethod,
    ConsentPurpose,
    Entity,
    PartyRole,
    SafetyMode,
    TaskKind,
)
from desktop.cases.service import CaseService, RecordView
from desktop.cases.validation import clean
from desktop.errors import InvalidValueError
from desktop.safety.aggregate import ScoredResponse
from desktop.safety.questionnaire import Questionnaire, load_shipped
from desktop.safety.scoring import SafetyResult, score
from desktop.store.ids import new_id
from desktop.store.sealed_records import SAFETY_POOL, SafetyPoolRecord

__all__ = ["FOLLOW_UP_FLAG", "POOL_SETTING", "SafetyService"]

POOL_SETTING = SAFETY_POOL.name
FOLLOW_UP_FLAG = "safety_follow_up"

_PHONE = re.compile(r"^\+?[\d\s\-()]{6,}$")


def _norm(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().casefold()


def _iso(value: date | str | None) -> str:
    if value is None:
        return date.today().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def records_of_case(cases: CaseService, case_id: str) -> list[RecordView]:
    """A case's Safety records, newest first (they are not part of the case view)."""
    with cases.vault.reading(flush=True) as db:
        rows = db.execute(
            "SELECT entity_id, data, created_by, updated_by, updated_hlc FROM records "
            "WHERE entity=? AND case_id=? AND deleted_by IS NULL",
            (Entity.SAFETY.value, case_id),
        ).fetchall()
    records = [
        RecordView(
            entity=Entity.SAFETY.value,
            entity_id=str(eid),
            data=json.loads(raw),
            alternatives={},
            deleted=False,
            in_conflict=False,
            created_by=str(cb or ""),
            updated_by=str(ub or ""),
            updated_hlc=str(hlc or ""),
        )
        for eid, raw, cb, ub, hlc in rows
    ]
    records.sort(key=lambda r: (str(r.data.get("answered_on", "")), r.updated_hlc), reverse=True)
    return records


class SafetyService:
    """Safety records of one unlocked vault, on top of its :class:`CaseService`."""

    def __init__(
        self,
        cases: CaseService,
        *,
        questionnaire: Questionnaire | None = None,
        organisation: str | None = None,
    ) -> None:
        self.cases = cases
        self.vault = cases.vault
        self.questionnaire = questionnaire or load_shipped()
        self.organisation = organisation or f"Madoguchi office {self.vault.device.office_code}"

    # -- helpers -----------------------------------------------------------------------
    def _fields(
        self,
        answers: Mapping[str, object],
        result: SafetyResult,
        *,
        mode: SafetyMode,
        language: str,
        answered_on: date | str | None,
        event: str | None,
        employer: str | None,
        establishment: str | None,
        consent_company_feedback: bool,
        contact_requested: bool,
    ) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "questionnaire_id": result.questionnaire_id,
            "questionnaire_version": result.questionnaire_version,
            "mode": mode.value,
            "language": language,
            "answered_on": _iso(answered_on),
            "event": event,
            "employer": employer,
            "establishment": establishment,
            "answers": {k: v for k, v in answers.items() if v is not None},
            "levels": result.levels(),
            "risk": result.risk,
            "next_steps": list(result.next_steps),
            "consent_company_feedback": consent_company_feedback,
            "contact_requested": contact_requested,
        }
        values = clean(Entity.SAFETY, fields, creating=True)
        return {k: v for k, v in values.items() if v is not None}

    def _put(self, case_id: str, values: dict[str, Any]) -> str:
        record_id = new_id()
        with self.vault.writing():
            self.vault.put(case_id, Entity.SAFETY.value, record_id, values, [])
        return record_id

    def pool_id(self) -> str:
        """The id of the Safety pool container, created (in settings) on first use."""
        stored = SAFETY_POOL.read(self.vault)
        if stored is not None:
            return stored.case_id
        pool = new_id()
        SAFETY_POOL.write(self.vault, SafetyPoolRecord(case_id=pool))
        return pool

    # -- recording -----------------------------------------------------------------------
    def score(self, answers: Mapping[str, object]) -> SafetyResult:
        """Score answers with the shipped questionnaire (raises on invalid answers)."""
        return score(self.questionnaire, answers)

    def record_assisted(
        self,
        case_id: str,
        answers: Mapping[str, object],
        *,
        language: str,
        consent_company_feedback: bool,
        employer: str | None = None,
        establishment: str | None = None,
        answered_on: date | str | None = None,
    ) -> str:
        """Store a questionnaire answered with a counselor in an existing case."""
        view = self.cases.get_case(case_id)
        if employer is None:
            for party in view.parties:
                if party.data.get("role") == PartyRole.EMPLOYER.value and not party.deleted:
                    employer = party.data.get("name")
                    establishment = establishment or party.data.get("establishment")
                    break
        result = self.score(answers)
        values = self._fields(
            answers, result, mode=SafetyMode.ASSISTED, language=language,
            answered_on=answered_on, event=None, employer=employer,
            establishment=establishment, consent_company_feedback=consent_company_feedback,
            contact_requested=False,
        )  # fmt: skip
        return self._put(case_id, values)

    def record_anonymous(
        self,
        answers: Mapping[str, object],
        *,
        language: str,
        employer: str,
        establishment: str | None,
        event: str | None = None,
        answered_on: date | str | None = None,
        consent_company_feedback: bool,
    ) -> str:
        """Store an anonymous response in the Safety pool (no identity, no case)."""
        result = self.score(answers)
        values = self._fields(
            answers, result, mode=SafetyMode.ANONYMOUS, language=language,
            answered_on=answered_on, event=event, employer=employer,
            establishment=establishment, consent_company_feedback=consent_company_feedback,
            contact_requested=False,
        )  # fmt: skip
        pool = self.pool_id()
        record_id = new_id()
        with self.vault.writing():
            if not self.vault.has_case(pool):
                self.vault.new_case(pool)
            self.vault.put(pool, Entity.SAFETY.value, record_id, values, [])
        return record_id

    def request_contact(
        self,
        answers: Mapping[str, object],
        *,
        language: str,
        name: str,
        phone_or_line: str,
        preferred_language: str,
        best_time: str,
        consent_text_language: str,
        employer: str | None,
        establishment: str | None,
        event: str | None,
        consent_company_feedback: bool = False,
    ) -> str:
        """Open an intake case for a worker who asked to be contacted; returns its id."""
        if not name.strip():
            raise InvalidValueError("A contact request needs a name.")
        contact = phone_or_line.strip()
        if not contact:
            raise InvalidValueError("A contact request needs a phone number or LINE id.")
        result = self.score(answers)
        values = self._fields(
            answers, result, mode=SafetyMode.KIOSK, language=language, answered_on=None,
            event=event, employer=employer, establishment=establishment,
            consent_company_feedback=consent_company_feedback, contact_requested=True,
        )  # fmt: skip
        worker: dict[str, Any] = {"full_name": name, "languages": [preferred_language]}
        worker["phone" if _PHONE.match(contact) else "line_id"] = contact
        summary = f"Safety self-check ({result.risk} risk): asked to be contacted."
        note = f"Asked to be contacted. Best time: {best_time or 'not given'}."
        with self.vault.writing():
            case_id = self.cases.create_case(
                worker,
                case={"summary": summary, "flags": [FOLLOW_UP_FLAG]},
                note=note,
            )
            self.cases.add_consent(
                case_id,
                {
                    "purpose": ConsentPurpose.CASE_HANDLING.value,
                    "recipient": self.organisation,
                    "method": ConsentMethod.ELECTRONIC.value,
                    "given_on": date.today().isoformat(),
                    "scope": "Contact about the Safety self-check and handling of the case",
                    "note": f"Consent text shown in '{consent_text_language}' at the kiosk.",
                },
            )
            self._put(case_id, values)
            # The kiosk's counselor (the person at this desk) owes the worker a call: an
            # urgent task puts it at the top of their My work.
            self.cases.add_task(
                case_id,
                {
                    "title": f"Contact {name.strip()} (asked at the kiosk; best time: "
                    f"{best_time or 'not given'})",
                    "kind": TaskKind.FOLLOW_UP.value,
                    "due_on": date.today().isoformat(),
                    "assignee": self.vault.device.user_id,
                    "urgent": True,
                },
            )
        return case_id

    # -- reading -------------------------------------------------------------------------
    def responses(
        self, employer: str, establishment: str | None, start: date, end: date
    ) -> list[ScoredResponse]:
        """Consented responses of an employer (and establishment) answered in [start, end]."""
        want_employer = _norm(employer)
        want_establishment = _norm(establishment) if establishment else None
        out: list[ScoredResponse] = []
        with self.vault.reading(flush=True) as db:
            rows = db.execute(
                "SELECT entity_id, data FROM records WHERE entity=? AND deleted_by IS NULL "
                "ORDER BY entity_id",
                (Entity.SAFETY.value,),
            ).fetchall()
        for entity_id, raw in rows:
            data = json.loads(raw)
            if data.get("consent_company_feedback") is not True:
                continue
            if _norm(str(data.get("employer") or "")) != want_employer:
                continue
            est = data.get("establishment") or None
            if want_establishment is not None and (
                est is None or _norm(str(est)) != want_establishment
            ):
                continue
            try:
                answered = date.fromisoformat(str(data.get("answered_on")))
            except ValueError:
                continue
            if not start <= answered <= end:
                continue
            levels = data.get("levels") or {}
            out.append(
                ScoredResponse(
                    response_id=str(entity_id),
                    employer=str(data["employer"]),
                    establishment=str(est) if est else None,
                    answered_on=answered,
                    consented_to_company_feedback=True,
                    levels={str(k): str(v) for k, v in levels.items()},
                )
            )
        return out
