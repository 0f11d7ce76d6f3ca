"""Search before create: cases that probably concern the same worker.

Signals, strongest first: the same residence card number (compared as keyed
hashes), the same phone number (keyed hashes of the normalised number), and
similar names across scripts (Latin, katakana, native script; kana are
romanised before comparing, so "グエン・ヴァン・アン" meets "Nguyen Van An").
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from desktop.cases.derive import CaseDeriver, latin_name_key
from desktop.cases.folding import name_similarity
from desktop.store.reader import ProjectionReader
from desktop.store.vault import Vault

NAME_THRESHOLD = 0.8
_PREFILTER = 0.6


@dataclass(frozen=True)
class DuplicateMatch:
    case_id: str
    ref: str
    full_name: str
    score: float
    reasons: tuple[str, ...]  # "residence_card", "phone", "name"


def find(
    db: ProjectionReader, vault: Vault, worker: Mapping[str, Any], *, limit: int = 5
) -> list[DuplicateMatch]:
    """Likely duplicates of ``worker`` (a mapping of worker fields), best first."""
    deriver = db.deriver
    assert isinstance(deriver, CaseDeriver)
    scores: dict[str, float] = {}
    reasons: dict[str, set[str]] = {}

    def hit(case_id: str, score: float, reason: str) -> None:
        scores[case_id] = max(scores.get(case_id, 0.0), score)
        reasons.setdefault(case_id, set()).add(reason)

    card_key = deriver.card_key(_text(worker.get("residence_card_number")))
    if card_key:
        for (case_id,) in db.execute("SELECT case_id FROM cases WHERE card_key=?", (card_key,)):
            hit(case_id, 1.0, "residence_card")
    phone_key = deriver.phone_key(_text(worker.get("phone")))
    if phone_key:
        for (case_id,) in db.execute("SELECT case_id FROM cases WHERE phone_key=?", (phone_key,)):
            hit(case_id, 0.9, "phone")
    names = [_text(worker.get(k)) for k in ("full_name", "name_katakana", "name_native")]
    names = [n for n in names if n]
    keys = [latin_name_key(n) for n in names]
    if names:
        rows = db.execute(
            "SELECT case_id, name_keys, full_name, name_katakana, name_native FROM cases"
        )
        for case_id, stored_keys, *stored_names in rows:
            if not _could_match(keys, json.loads(stored_keys or "[]")):
                continue
            best = max(
                (name_similarity(a, b) for a in names for b in stored_names if b),
                default=0.0,
            )
            if best >= NAME_THRESHOLD:
                hit(case_id, best * 0.85, "name")
    ranked = sorted(scores, key=lambda c: (-scores[c], c))[:limit]
    out = []
    for case_id in ranked:
        ref, full_name = db.execute(
            "SELECT ref, full_name FROM cases WHERE case_id=?", (case_id,)
        ).fetchone()
        out.append(
            DuplicateMatch(
                case_id,
                ref or "",
                full_name or "",
                round(scores[case_id], 3),
                tuple(sorted(reasons[case_id])),
            )
        )
    return out


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _could_match(new_keys: list[str], stored_keys: list[str]) -> bool:
    """Cheap upper bound before the full cross-script comparison."""
    for a in new_keys:
        for b in stored_keys:
            if a and b and SequenceMatcher(None, a, b).quick_ratio() >= _PREFILTER:
                return True
    return False
