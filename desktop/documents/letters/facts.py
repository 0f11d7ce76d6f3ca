"""The worker facts a letter may disclose, read from the case and written in Japanese.

Only ticked facts are read at all (least disclosure).  Health matters are a
sensitive fact of their own: medical and welfare topics are left out of the
"topics" fact unless "health" is ticked too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import icu

from desktop.cases.model import REFERRAL_FACTS, PartyRole, Topic
from desktop.cases.service import CaseDetails
from desktop.documents.dates import japanese_date
from desktop.errors import InvalidValueError

__all__ = ["Fact", "check_facts", "read_facts"]

_JA = icu.Locale("ja")
_HEALTH = Topic.MEDICAL_WELFARE.value


@dataclass(frozen=True)
class Fact:
    """One disclosed fact: its key, its Japanese label and its value as the letter prints it."""

    key: str
    label: str
    value: str


def check_facts(facts: Sequence[str]) -> tuple[str, ...]:
    """The ticked facts in the model's order; InvalidValueError names an unknown one."""
    unknown = [f for f in facts if f not in REFERRAL_FACTS]
    if unknown:
        raise InvalidValueError(
            f"'{unknown[0]}' is not a fact a letter can share; use: {', '.join(REFERRAL_FACTS)}.",
            unknown=unknown[0],
            referral_facts=", ".join(REFERRAL_FACTS),
        )
    ticked = set(facts)
    return tuple(f for f in REFERRAL_FACTS if f in ticked)


def _day(value: Any, style: str) -> str:
    try:
        return japanese_date(date.fromisoformat(str(value)), style=style)
    except ValueError:
        return str(value)


def _country(code: str) -> str:
    # Stored as an ISO code (VN); the letter says ベトナム.  Free text passes through.
    if len(code) == 2 and code.isalpha():
        name = str(icu.Locale("", code.upper()).getDisplayCountry(_JA))
        if name and name.upper() != code.upper():
            return name
    return code


def _language(code: str) -> str:
    name = str(icu.Locale(code).getDisplayLanguage(_JA))
    return name if name and name != code else code


def _topics(view: CaseDetails, words: Mapping[str, Any], *, health: bool) -> list[str]:
    out: list[str] = []
    for topic in view.topics:
        if topic.deleted:
            continue
        category = str(topic.data.get("category", ""))
        if (category == _HEALTH) != health:
            continue
        label = str(words["topic_categories"].get(category, category))
        sub = topic.data.get("subtopic")
        if sub:
            label = f"{label}（{words['subtopics'].get(sub, sub)}）"
        if health and topic.data.get("note"):
            label = f"{label}：{topic.data['note']}"
        if label not in out:
            out.append(label)
    return out


def read_facts(
    view: CaseDetails,
    facts: Sequence[str],
    words: Mapping[str, Any],
    *,
    date_style: str,
) -> list[Fact]:
    """The ticked facts that the case holds, labelled and worded for the Japanese letter.

    ``summary`` is not listed here: the letter prints it as its own section.
    """
    worker = view.worker.data if view.worker else {}
    labels: Mapping[str, str] = words["facts"]
    out: list[Fact] = []
    for key in check_facts(facts):
        value: str | None = None
        if key == "name":
            parts = [worker.get("full_name"), worker.get("name_katakana")]
            value = " / ".join(str(p) for p in parts if p) or None
        elif key == "nationality" and worker.get("nationality"):
            value = _country(str(worker["nationality"]))
        elif key == "languages" and worker.get("languages"):
            value = "、".join(_language(str(c)) for c in worker["languages"])
        elif key == "residence_status" and worker.get("residence_status"):
            code = str(worker["residence_status"])
            value = str(words["residence_statuses"].get(code, code))
        elif key in ("residence_expiry", "date_of_birth") and worker.get(key):
            value = _day(worker[key], date_style)
        elif key in ("phone", "residence_card_number", "address") and worker.get(key):
            value = str(worker[key])
        elif key == "employer":
            names = [
                str(p.data["name"])
                for p in view.parties
                if not p.deleted and p.data.get("role") == PartyRole.EMPLOYER.value
                and p.data.get("name")
            ]  # fmt: skip
            value = "、".join(names) or None
        elif key in ("topics", "health"):
            value = "、".join(_topics(view, words, health=key == "health")) or None
        if value:
            out.append(Fact(key, str(labels[key]), value))
    return out
