"""The complaint draft's words: the Japanese 申告書 and the worker's copy in 17 languages.

Both are data (``resources/complaint/``).  The Japanese file holds the draft's wording
and the labels of the worker facts it may print; ``worker-copy.json`` holds the
worker's explanation per language with its review status.  The language names, date
styles and fact labels are shared with the referral letters' worker copy
(``resources/letters/worker-copy.json``), so both list the same 17 languages.  A
malformed file raises :class:`LetterDataError` naming the file and key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from desktop.documents.letters.data import (
    REVIEW_STATUSES,
    LanguageInfo,
    LetterDataError,
    _text,
    language_alias,
    worker_languages,
    worker_texts,
)
from desktop.errors import InvalidValueError

__all__ = [
    "COMPLAINT_DIR",
    "DRAFT_KEYS",
    "FACT_KEYS",
    "WORKER_KEYS",
    "DraftWords",
    "WorkerWords",
    "draft_words",
    "worker_words",
]

COMPLAINT_DIR: Final = Path(__file__).resolve().parents[3] / "resources" / "complaint"
DRAFT_FILE: Final = "draft-ja.json"
WORKER_FILE: Final = "worker-copy.json"
DRAFT_KEYS: Final = (
    "draft_banner", "made_on", "reference", "title", "addressee", "office_blank", "filed_on",
    "complainant_heading", "not_written", "employer_heading", "employer_name",
    "employer_address", "employer_representative", "unknown", "preamble", "record",
    "items_heading", "item_line", "period_col", "paid_col", "hours_col", "amount_col",
    "no_items", "content_heading", "content_text", "deductions_text", "hours_text",
    "expired_text", "measures_heading", "measures_default", "anonymity_heading",
    "anonymity_withheld", "anonymity_open", "attachments_heading", "no_attachments", "end",
    "signature", "seal", "estimate_note", "memo_title", "memo_intro", "memo_rules",
    "memo_rule_line", "memo_warnings", "memo_consent", "memo_disclosed", "memo_none",
    "footer", "yen", "period", "bases_join", "status_machine-drafted", "status_reviewed",
)  # fmt: skip
_DRAFT_PLACEHOLDERS: Final = frozenset({
    "office", "date", "reference", "n", "article", "heading", "amount", "first", "last",
    "periods", "total", "labels", "overtime", "holiday", "night", "count", "as_of", "status",
    "id", "title", "url", "read_on", "facts", "page", "start", "end", "bases",
})  # fmt: skip
# Worker facts the complaint may print (a subset of the letters' facts: nothing about
# health, documents or the case's history belongs in a wage complaint).
FACT_KEYS: Final = ("name", "address", "phone", "nationality", "languages", "residence_status")
WORKER_KEYS: Final = (
    "title", "intro", "draft_note", "office_label", "employer_label", "violations_heading",
    "v_minimum_wage", "v_premiums", "v_full_payment", "v_wages_unpaid", "total_label",
    "periods_text", "shared_heading", "no_shared", "withheld_yes", "withheld_no",
    "next_heading", "next_text", "protection_heading", "protection_text", "consent_text",
    "contact_heading", "machine_note", "reviewed_note",
)  # fmt: skip
_WORKER_PLACEHOLDERS: Final = frozenset(
    {"desk", "first", "last", "date", "reviewer", "reviewed_on"}
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class DraftWords:
    """The Japanese draft's wording, its version and review status."""

    version: int
    review_status: str
    texts: Mapping[str, str]
    facts: Mapping[str, str]  # FACT_KEYS -> Japanese label


@dataclass(frozen=True)
class WorkerWords:
    """The worker's copy in one language."""

    info: LanguageInfo
    version: int
    date_style: str
    texts: Mapping[str, str]
    facts: Mapping[str, str]  # FACT_KEYS -> label in the worker's language


def _read(name: str) -> dict[str, Any]:
    path = COMPLAINT_DIR / name
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LetterDataError(
            f"The complaint file {name} cannot be read: {exc}.", name=name, reason=str(exc)
        ) from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), int):
        raise LetterDataError(
            f"The complaint file {name} must be a JSON object with a 'version' number.",
            name=name,
        )
    return raw


def _status(where: str, entry: Mapping[str, Any]) -> tuple[str, str, str]:
    status = entry.get("review_status")
    reviewer, reviewed_on = str(entry.get("reviewer", "")), str(entry.get("reviewed_on", ""))
    if status not in REVIEW_STATUSES or (
        status == "reviewed" and (not reviewer or not _DATE.match(reviewed_on))
    ):
        raise LetterDataError(
            f"{where}: 'review_status' must be one of {REVIEW_STATUSES}, and a reviewed "
            "entry needs 'reviewer' and 'reviewed_on'.",
            where=where,
        )
    return str(status), reviewer, reviewed_on


@cache
def draft_words() -> DraftWords:
    """The Japanese wording of the 申告書 draft, checked."""
    raw = _read(DRAFT_FILE)
    status, _, _ = _status(DRAFT_FILE, raw)
    texts_raw = raw.get("texts") or {}
    texts = {k: _text(texts_raw, k, DRAFT_FILE, _DRAFT_PLACEHOLDERS) for k in DRAFT_KEYS}
    facts_raw = raw.get("facts") or {}
    facts = {k: _text(facts_raw, k, f"{DRAFT_FILE} facts", frozenset()) for k in FACT_KEYS}
    return DraftWords(int(raw["version"]), status, texts, facts)


@cache
def _worker_file() -> dict[str, Any]:
    raw = _read(WORKER_FILE)
    if not isinstance(raw.get("languages"), dict) or not raw["languages"]:
        raise LetterDataError(f"{WORKER_FILE}: 'languages' must map codes to texts.",
                              name=WORKER_FILE)  # fmt: skip
    return raw


@cache
def worker_words(code: str) -> WorkerWords:
    """The worker's copy in one language; InvalidValueError names the known languages."""
    raw = _worker_file()
    languages = raw["languages"]
    code = language_alias(code)
    if code not in languages or code not in worker_languages():
        known = ", ".join(c for c in languages if c in worker_languages())
        raise InvalidValueError(
            f"There is no worker's copy of the complaint in '{code}'; use one of: {known}.",
            code_text=code,
            languages=known,
        )
    entry = languages[code]
    where = f"{WORKER_FILE} language '{code}'"
    status, reviewer, reviewed_on = _status(where, entry)
    texts = {k: _text(entry.get("texts") or {}, k, where, _WORKER_PLACEHOLDERS)
             for k in WORKER_KEYS}  # fmt: skip
    shared = worker_texts(code)  # the language's name, date style and fact labels
    info = LanguageInfo(code, shared.info.name, status, reviewer, reviewed_on)
    facts = {k: shared.facts[k] for k in FACT_KEYS}
    return WorkerWords(info, int(raw["version"]), shared.date_style, texts, facts)
