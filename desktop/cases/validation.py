"""Checking field values before they become ops.

One place decides what each field may hold, so the CLI, the importer, the UI
and sync all refuse the same bad values with the same words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from desktop.cases.model import (
    FIELDS,
    REFERRAL_FACTS,
    SUBTOPICS,
    AdrStatus,
    CaseStatus,
    Channel,
    ConsentMethod,
    ConsentPurpose,
    Entity,
    EntryKind,
    ExhibitKind,
    Gender,
    OriginalOrCopy,
    Outcome,
    PartyRole,
    Publication,
    RecipientType,
    ReferralStatus,
    ResidenceStatus,
    SafetyMode,
    TaskKind,
    Topic,
)
from desktop.errors import InvalidValueError
from desktop.wages.inputs import MAX_FILE_BYTES, parse_payslips, parse_records, parse_terms

MAX_TEXT = 20_000


def _text(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidValueError(
            f"'{name}' must be text, not {type(value).__name__}.",
            name=name,
            value_type=type(value).__name__,
        )
    text: str = value.strip()
    if len(text) > MAX_TEXT:
        raise InvalidValueError(
            f"'{name}' is longer than {MAX_TEXT} characters.", name=name, max_text=MAX_TEXT
        )
    return text


def _code(enum: type[StrEnum]) -> Callable[[str, Any], str]:
    def check(name: str, value: Any) -> str:
        text = _text(name, value)
        if text not in {m.value for m in enum}:
            allowed = ", ".join(m.value for m in enum)
            raise InvalidValueError(
                f"'{name}' cannot be '{text}'; use one of: {allowed}.",
                name=name,
                text=text,
                allowed=allowed,
            )
        return text

    return check


def _date(name: str, value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = _text(name, value)
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InvalidValueError(
            f"'{name}' must be a date like 2026-03-31, not '{text}'.", name=name, text=text
        ) from None


def _datetime(name: str, value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    text = _text(name, value)
    try:
        return datetime.fromisoformat(text).isoformat(timespec="minutes")
    except ValueError:
        raise InvalidValueError(
            f"'{name}' must be a date and time like 2026-03-31T14:30, not '{text}'.",
            name=name,
            text=text,
        ) from None


def _minutes(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 24 * 60:
        raise InvalidValueError(
            f"'{name}' must be a whole number of minutes (0 to 1440).", name=name
        )
    return value


def _size(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(f"'{name}' must be a size in bytes.", name=name)
    return value


def _flag(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidValueError(f"'{name}' must be true or false.", name=name)
    return value


def _count(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 999:
        raise InvalidValueError(f"'{name}' must be a whole number from 0 to 999.", name=name)
    return value


def _amount(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**12:
        raise InvalidValueError(f"'{name}' must be a whole number of yen.", name=name)
    return value


def _text_list(name: str, value: Any) -> list[str]:
    if not isinstance(value, (list, tuple)):
        raise InvalidValueError(f"'{name}' must be a list.", name=name)
    return [_text(name, item) for item in value if str(item).strip()]


def _version(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidValueError(f"'{name}' must be a whole number of 1 or more.", name=name)
    return value


def _json_value(name: str, value: Any, depth: int = 0) -> Any:
    if depth > 4:
        raise InvalidValueError(f"'{name}' is nested too deeply.", name=name)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidValueError(f"'{name}' holds a number that is not finite.", name=name)
        return value
    if isinstance(value, list | tuple):
        return [_json_value(name, item, depth + 1) for item in value]
    if isinstance(value, Mapping):
        return {_text(name, k): _json_value(name, v, depth + 1) for k, v in value.items()}
    raise InvalidValueError(
        f"'{name}' cannot hold {type(value).__name__}.", name=name, value_type=type(value).__name__
    )


def _mapping(name: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidValueError(f"'{name}' must be a mapping of ids to values.", name=name)
    out: dict[str, Any] = _json_value(name, value)
    return out


def _text_map(name: str, value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise InvalidValueError(f"'{name}' must be a mapping of ids to codes.", name=name)
    return {_text(name, k): _text(name, v) for k, v in value.items()}


def _facts(name: str, value: Any) -> list[str]:
    facts = _text_list(name, value)
    unknown = [f for f in facts if f not in REFERRAL_FACTS]
    if unknown:
        allowed = ", ".join(REFERRAL_FACTS)
        raise InvalidValueError(
            f"'{name}' cannot include '{unknown[0]}'; use: {allowed}.",
            name=name,
            unknown=unknown[0],
            allowed=allowed,
        )
    return list(dict.fromkeys(facts))


def _wage_terms(name: str, value: Any) -> dict[str, Any]:
    terms = _mapping(name, value)
    parse_terms(terms, "wage terms")  # refuses what the calculator could not read
    return terms


def _wage_csv(parse: Callable[[str, str], object], what: str) -> Callable[[str, Any], str]:
    def check(name: str, value: Any) -> str:
        if not isinstance(value, str):
            raise InvalidValueError(f"'{name}' must be CSV text.", name=name,
                                    value_type=type(value).__name__)  # fmt: skip
        if len(value.encode("utf-8")) > MAX_FILE_BYTES:
            raise InvalidValueError(f"'{name}' is larger than {MAX_FILE_BYTES} bytes.",
                                    name=name, max_bytes=MAX_FILE_BYTES)  # fmt: skip
        parse(value, what)
        return value

    return check


_SPECIAL: dict[tuple[Entity, str], Callable[[str, Any], Any]] = {
    (Entity.CASE, "status"): _code(CaseStatus),
    (Entity.CASE, "outcome"): _code(Outcome),
    (Entity.CASE, "opened_on"): _date,
    (Entity.CASE, "closed_on"): _date,
    (Entity.CASE, "flags"): _text_list,
    (Entity.WORKER, "languages"): _text_list,
    (Entity.WORKER, "date_of_birth"): _date,
    (Entity.WORKER, "gender"): _code(Gender),
    (Entity.WORKER, "residence_status"): _code(ResidenceStatus),
    (Entity.WORKER, "residence_expiry"): _date,
    (Entity.PARTY, "role"): _code(PartyRole),
    (Entity.TOPIC, "category"): _code(Topic),
    (Entity.TIMELINE, "occurred_at"): _datetime,
    (Entity.TIMELINE, "kind"): _code(EntryKind),
    (Entity.TIMELINE, "channel"): _code(Channel),
    (Entity.TIMELINE, "minutes"): _minutes,
    (Entity.TASK, "kind"): _code(TaskKind),
    (Entity.TASK, "due_on"): _date,
    (Entity.TASK, "done"): _flag,
    (Entity.TASK, "urgent"): _flag,
    (Entity.CONSENT, "purpose"): _code(ConsentPurpose),
    (Entity.CONSENT, "method"): _code(ConsentMethod),
    (Entity.CONSENT, "given_on"): _date,
    (Entity.CONSENT, "withdrawn_on"): _date,
    (Entity.EVIDENCE, "size"): _size,
    (Entity.EVIDENCE, "captured_at"): _datetime,
    (Entity.SAFETY, "questionnaire_version"): _version,
    (Entity.SAFETY, "mode"): _code(SafetyMode),
    (Entity.SAFETY, "answered_on"): _date,
    (Entity.SAFETY, "answers"): _mapping,
    (Entity.SAFETY, "levels"): _text_map,
    (Entity.SAFETY, "next_steps"): _text_list,
    (Entity.SAFETY, "consent_company_feedback"): _flag,
    (Entity.SAFETY, "contact_requested"): _flag,
    (Entity.REFERRAL, "recipient_type"): _code(RecipientType),
    (Entity.REFERRAL, "status"): _code(ReferralStatus),
    (Entity.REFERRAL, "facts"): _facts,
    (Entity.REFERRAL, "evidence"): _text_list,
    (Entity.REFERRAL, "sent_on"): _date,
    (Entity.REFERRAL, "follow_up_on"): _date,
    (Entity.ADR, "status"): _code(AdrStatus),
    (Entity.ADR, "respondents"): _text_list,
    (Entity.ADR, "amount_claimed"): _amount,
    (Entity.ADR, "extra_mediators"): _count,
    (Entity.ADR, "referred_from_consultation"): _flag,
    (Entity.ADR, "publication"): _code(Publication),
    (Entity.ADR, "filed_on"): _date,
    (Entity.EXHIBIT, "number"): _version,
    (Entity.EXHIBIT, "branch"): _version,
    (Entity.EXHIBIT, "kind"): _code(ExhibitKind),
    (Entity.EXHIBIT, "original_or_copy"): _code(OriginalOrCopy),
    (Entity.EXHIBIT, "taken_at"): _datetime,
    (Entity.WAGES, "terms"): _wage_terms,
    (Entity.WAGES, "records"): _wage_csv(parse_records, "work records"),
    (Entity.WAGES, "payslips"): _wage_csv(parse_payslips, "payslips"),
}

_REQUIRED: dict[Entity, tuple[str, ...]] = {
    Entity.WORKER: ("full_name",),
    Entity.PARTY: ("name", "role"),
    Entity.TOPIC: ("category",),
    Entity.TIMELINE: ("occurred_at", "note"),
    Entity.TASK: ("title", "due_on"),
    Entity.CONSENT: ("purpose", "recipient", "given_on"),
    Entity.SAFETY: ("questionnaire_id", "questionnaire_version", "mode", "answered_on", "levels"),
    Entity.REFERRAL: ("recipient_type", "recipient", "status"),
    Entity.ADR: ("title",),
    Entity.EXHIBIT: ("matter", "number", "title"),
}


def clean(entity: Entity, fields: Mapping[str, Any], *, creating: bool = False) -> dict[str, Any]:
    """Validated, normalised copy of ``fields``; raises InvalidValueError naming the field."""
    allowed = FIELDS[entity]
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in allowed:
            raise InvalidValueError(
                f"A {entity.value} has no field '{name}'.", entity=entity.value, name=name
            )
        if value is None or value == "":
            out[name] = None
            continue
        check: Callable[[str, Any], Any] = _SPECIAL.get((entity, name), _text)
        out[name] = check(name, value)
    if entity is Entity.TOPIC and out.get("subtopic"):
        category = Topic(out.get("category") or Topic.OTHER)
        if out["subtopic"] not in SUBTOPICS.get(category, ()):
            raise InvalidValueError(
                f"'{out['subtopic']}' is not a sub-topic of {category.value}.",
                subtopic=out["subtopic"],
                category=category.value,
            )
    if creating:
        for name in _REQUIRED.get(entity, ()):
            if out.get(name) in (None, ""):
                raise InvalidValueError(
                    f"A new {entity.value} needs '{name}'.", entity=entity.value, name=name
                )
    return out
