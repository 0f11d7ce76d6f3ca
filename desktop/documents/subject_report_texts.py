"""The words of "What we hold about you", loaded from ``resources/subject_report/``.

Texts are data, like the letters' worker copies: one JSON file with every worker
language (the same 17 codes as ``resources/letters/worker-copy.json``), each with its
review status.  Field labels the letters already translate (name, nationality, visa…)
are taken from the worker copy, not repeated.  A malformed file raises
:class:`~desktop.documents.letters.data.LetterDataError` naming the key at fault.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from desktop.documents.letters.data import (
    REVIEW_STATUSES,
    LetterDataError,
    WorkerTexts,
    language_alias,
    worker_texts,
)
from desktop.errors import InvalidValueError

__all__ = ["SUBJECT_TEXT_KEYS", "SubjectTexts", "subject_languages", "subject_texts"]

TEXTS_FILE: Final = (
    Path(__file__).resolve().parents[2] / "resources" / "subject_report" / "texts.json"
)
SUBJECT_TEXT_KEYS: Final = (
    "title", "intro", "reference_label", "date_label", "review_machine", "review_checked",
    "held_heading", "records_line", "sources_heading", "source_you", "source_documents",
    "purposes_heading", "purpose_line", "withdrawn_line", "no_consent",
    "p_case_handling", "p_referral", "p_company_feedback", "p_adr", "p_research",
    "p_data_sharing", "p_labour_complaint",
    "given_heading", "given_referral", "given_packet", "given_share", "given_unshare",
    "given_none",
    "rights_heading", "rights_withdraw", "rights_correct", "rights_delete",
    "f_gender", "f_email", "f_line_id", "f_other_names",
)  # fmt: skip
_PLACEHOLDERS: Final = frozenset(
    {"date", "recipient", "files", "purpose", "consultations", "topics", "documents", "safety",
     "titles", "reviewer"}
)  # fmt: skip


@dataclass(frozen=True)
class SubjectTexts:
    """Everything the report says in one language, and the worker copy's labels."""

    code: str
    name: str
    review_status: str
    reviewer: str
    texts: Mapping[str, str]
    worker: WorkerTexts


@cache
def _file() -> dict[str, Any]:
    where = TEXTS_FILE.name
    try:
        raw = json.loads(TEXTS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LetterDataError(f"The report text file {where} cannot be read: {exc}.",
                              name=where, reason=str(exc)) from exc  # fmt: skip
    if not isinstance(raw, dict) or not isinstance(raw.get("languages"), dict):
        raise LetterDataError(f"{where}: 'languages' must map codes to texts.", name=where)
    return raw


def subject_languages() -> list[str]:
    """The language codes the report is written in."""
    return list(_file()["languages"])


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise LetterDataError(f"{where}: '{key}' must be a non-empty text.", where=where, key=key)
    for _, name, _, _ in string.Formatter().parse(value):
        if name is not None and name not in _PLACEHOLDERS:
            raise LetterDataError(f"{where}: '{key}' uses the unknown placeholder {{{name}}}.",
                                  where=where, key=key, name=name)  # fmt: skip
    return value


@cache
def subject_texts(code: str) -> SubjectTexts:
    """The report's words in ``code``; InvalidValueError names the known languages."""
    languages = _file()["languages"]
    code = language_alias(code)
    if code not in languages:
        raise InvalidValueError(
            f"There is no 'what we hold about you' report in '{code}'; use one of: "
            f"{', '.join(languages)}.",
            code_text=code,
            languages=", ".join(languages),
        )
    entry = languages[code]
    where = f"{TEXTS_FILE.name} language '{code}'"
    status = entry.get("review_status")
    if status not in REVIEW_STATUSES:
        raise LetterDataError(f"{where}: 'review_status' must be one of {REVIEW_STATUSES}.",
                              where=where, review_statuses=REVIEW_STATUSES)  # fmt: skip
    reviewer = str(entry.get("reviewer", ""))
    if status == "reviewed" and not reviewer:
        raise LetterDataError(f"{where}: a reviewed entry needs 'reviewer'.", where=where)
    raw = entry.get("texts") or {}
    texts = {key: _text(raw, key, where) for key in SUBJECT_TEXT_KEYS}
    return SubjectTexts(code, str(entry.get("name") or code), str(status), reviewer, texts,
                        worker_texts(code))  # fmt: skip
