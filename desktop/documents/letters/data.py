"""Letter templates and worker-copy texts, loaded from ``resources/letters/`` and checked.

Templates are data: one JSON file per recipient type (``lawyer.json`` …) with the
Japanese letter's title, salutation, opening, body, default requested action,
closing and the facts relevant to that recipient; ``common-ja.json`` holds the
Japanese words every letter shares; ``worker-copy.json`` holds the worker's copy
in every worker language with its review status.  A malformed file raises
:class:`LetterDataError` naming the file and the key at fault.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from desktop.cases.model import REFERRAL_FACTS, ConsentMethod, RecipientType
from desktop.errors import DocumentError, InvalidValueError

__all__ = [
    "LETTERS_DIR",
    "REVIEW_STATUSES",
    "SECTIONS",
    "WORKER_TEXT_KEYS",
    "LanguageInfo",
    "LetterDataError",
    "Template",
    "WorkerTexts",
    "common",
    "language_alias",
    "load_template",
    "template_types",
    "worker_languages",
    "worker_texts",
]

LETTERS_DIR: Final = Path(__file__).resolve().parents[3] / "resources" / "letters"
REVIEW_STATUSES: Final = ("reviewed", "machine-drafted")
SECTIONS: Final = ("facts", "summary", "requested_action", "evidence", "consent", "contact")
WORKER_TEXT_KEYS: Final = (
    "title",
    "intro",
    "why_heading",
    "request_heading",
    "facts_heading",
    "no_facts",
    "evidence_heading",
    "no_evidence",
    "next_heading",
    "next_text",
    "consent_heading",
    "consent_text",
    "withdraw_text",
    "contact_heading",
    "reference_label",
    "date_label",
)
# Placeholders each kind of text may use; anything else is a typo in the data.
TEMPLATE_PLACEHOLDERS: Final = frozenset(
    {"recipient", "honorific", "person", "organisation", "date", "reference"}
)
WORKER_PLACEHOLDERS: Final = frozenset({"recipient", "recipient_type", "date", "method"})
# Codes other parts of the app use for the same language.
_ALIASES: Final = {"zh-Hans": "zh", "zh-CN": "zh", "ja-Easy": "ja-easy"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class LetterDataError(DocumentError):
    """A template or translation file is malformed (names the file and key)."""

    code = "letter.data"


@dataclass(frozen=True)
class LanguageInfo:
    """A worker language: its name in its own script and how far its texts are checked."""

    code: str
    name: str
    review_status: str
    reviewer: str = ""
    reviewed_on: str = ""


@dataclass(frozen=True)
class Template:
    """One recipient type's Japanese letter."""

    id: str
    version: int
    recipient_type: str
    title: str
    salutation: str
    opening: str
    body: tuple[str, ...]
    closing: str
    requested_action: str
    relevant_facts: tuple[str, ...]
    sections: tuple[str, ...]


@dataclass(frozen=True)
class WorkerTexts:
    """Everything the worker's copy says in one language."""

    info: LanguageInfo
    date_style: str
    texts: Mapping[str, str]
    facts: Mapping[str, str]
    recipient_types: Mapping[str, tuple[str, str]]  # type -> (label, purpose)
    consent_methods: Mapping[str, str]


def _read(name: str) -> dict[str, Any]:
    path = LETTERS_DIR / name
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LetterDataError(
            f"The letter file {name} is missing from {LETTERS_DIR}.",
            name=name,
            letters_dir=LETTERS_DIR,
        ) from exc
    except (OSError, ValueError) as exc:
        raise LetterDataError(
            f"The letter file {name} cannot be read: {exc}.", name=name, reason=str(exc)
        ) from exc
    if not isinstance(raw, dict):
        raise LetterDataError(f"The letter file {name} must hold a JSON object.", name=name)
    return raw


def _text(raw: Mapping[str, Any], key: str, where: str, allowed: frozenset[str]) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise LetterDataError(f"{where}: '{key}' must be a non-empty text.", where=where, key=key)
    for _, name, _, _ in string.Formatter().parse(value):
        if name is not None and name not in allowed:
            raise LetterDataError(
                f"{where}: '{key}' uses the unknown placeholder {{{name}}}.",
                where=where,
                key=key,
                name=name,
            )
    return value


def _header(raw: Mapping[str, Any], name: str) -> tuple[str, int]:
    if not isinstance(raw.get("id"), str) or not isinstance(raw.get("version"), int):
        raise LetterDataError(
            f"{name}: 'id' (text) and 'version' (number) are required.", name=name
        )
    return str(raw["id"]), int(raw["version"])


def template_types() -> list[str]:
    """The recipient types that have a letter template, in the model's order."""
    return [t.value for t in RecipientType if (LETTERS_DIR / f"{t.value}.json").is_file()]


@cache
def load_template(recipient_type: str) -> Template:
    """The template for ``recipient_type``; InvalidValueError names the known ones."""
    if recipient_type not in template_types():
        known = ", ".join(template_types())
        raise InvalidValueError(
            f"There is no letter template for '{recipient_type}'; use one of: {known}.",
            recipient_type=recipient_type,
            known=known,
        )
    name = f"{recipient_type}.json"
    raw = _read(name)
    ident, version = _header(raw, name)
    if raw.get("recipient_type") != recipient_type:
        raise LetterDataError(
            f"{name}: 'recipient_type' must be '{recipient_type}'.",
            name=name,
            recipient_type=recipient_type,
        )
    allowed = TEMPLATE_PLACEHOLDERS
    body = raw.get("body")
    if not isinstance(body, list) or not body:
        raise LetterDataError(f"{name}: 'body' must be a list of paragraphs.", name=name)
    facts = tuple(raw.get("relevant_facts") or ())
    unknown = [f for f in facts if f not in REFERRAL_FACTS]
    if unknown:
        raise LetterDataError(
            f"{name}: 'relevant_facts' has the unknown fact '{unknown[0]}'.",
            name=name,
            unknown=unknown[0],
        )
    sections = tuple(raw.get("sections") or SECTIONS)
    if [s for s in sections if s not in SECTIONS]:
        raise LetterDataError(
            f"{name}: 'sections' may only name {', '.join(SECTIONS)}.",
            name=name,
            sections=", ".join(SECTIONS),
        )
    return Template(
        id=ident,
        version=version,
        recipient_type=recipient_type,
        title=_text(raw, "title", name, allowed),
        salutation=_text(raw, "salutation", name, allowed),
        opening=_text(raw, "opening", name, allowed),
        body=tuple(_text({"p": p}, "p", f"{name} body", allowed) for p in body),
        closing=_text(raw, "closing", name, allowed),
        requested_action=_text(raw, "requested_action", name, allowed),
        relevant_facts=facts,
        sections=sections,
    )


@cache
def common() -> dict[str, Any]:
    """The Japanese words every letter shares (``common-ja.json``), checked for completeness."""
    raw = _read("common-ja.json")
    _header(raw, "common-ja.json")
    for group, keys in (
        ("facts", REFERRAL_FACTS),
        ("sections", SECTIONS),
        ("consent_methods", tuple(m.value for m in ConsentMethod)),
    ):
        missing = [k for k in keys if k not in (raw.get(group) or {})]
        if missing:
            raise LetterDataError(
                f"common-ja.json: '{group}' lacks '{missing[0]}'.", group=group, missing=missing[0]
            )
    return raw


@cache
def _worker_file() -> dict[str, Any]:
    raw = _read("worker-copy.json")
    _header(raw, "worker-copy.json")
    if not isinstance(raw.get("languages"), dict) or not raw["languages"]:
        raise LetterDataError("worker-copy.json: 'languages' must map codes to texts.")
    return raw


def _info(code: str, entry: Mapping[str, Any]) -> LanguageInfo:
    where = f"worker-copy.json language '{code}'"
    status = entry.get("review_status")
    if status not in REVIEW_STATUSES:
        raise LetterDataError(
            f"{where}: 'review_status' must be one of {REVIEW_STATUSES}.",
            where=where,
            review_statuses=REVIEW_STATUSES,
        )
    reviewer = str(entry.get("reviewer", ""))
    reviewed_on = str(entry.get("reviewed_on", ""))
    if status == "reviewed" and (not reviewer or not _DATE.match(reviewed_on)):
        raise LetterDataError(
            f"{where}: a reviewed entry needs 'reviewer' and 'reviewed_on'.", where=where
        )
    name = entry.get("name")
    if not isinstance(name, str) or not name:
        raise LetterDataError(f"{where}: 'name' (in its own script) is required.", where=where)
    return LanguageInfo(code, name, str(status), reviewer, reviewed_on)


def worker_languages() -> dict[str, LanguageInfo]:
    """Worker-copy languages: code -> name in its own script and review status."""
    return {c: _info(c, e) for c, e in _worker_file()["languages"].items()}


def language_alias(code: str) -> str:
    """The worker-copy code for ``code`` (zh-Hans and zh-CN are zh)."""
    return _ALIASES.get(code, code)


@cache
def worker_texts(code: str) -> WorkerTexts:
    """The worker's copy in one language; InvalidValueError names the known languages."""
    languages = _worker_file()["languages"]
    code = language_alias(code)
    if code not in languages:
        raise InvalidValueError(
            f"There is no worker's copy in '{code}'; use one of: {', '.join(languages)}.",
            code_text=code,
            languages=", ".join(languages),
        )
    entry = languages[code]
    where = f"worker-copy.json language '{code}'"
    texts_raw = entry.get("texts") or {}
    texts = {k: _text(texts_raw, k, where, WORKER_PLACEHOLDERS) for k in WORKER_TEXT_KEYS}
    facts_raw = entry.get("facts") or {}
    facts = {k: _text(facts_raw, k, f"{where} facts", frozenset()) for k in REFERRAL_FACTS}
    types_raw = entry.get("recipient_types") or {}
    types: dict[str, tuple[str, str]] = {}
    for rtype in RecipientType:
        spec = types_raw.get(rtype.value) or {}
        label_where = f"{where} recipient type '{rtype.value}'"
        types[rtype.value] = (
            _text(spec, "label", label_where, frozenset()),
            _text(spec, "purpose", label_where, frozenset()),
        )
    methods_raw = entry.get("consent_methods") or {}
    methods = {
        m.value: _text(methods_raw, m.value, f"{where} consent_methods", frozenset())
        for m in ConsentMethod
    }
    return WorkerTexts(
        info=_info(code, entry),
        date_style=str(entry.get("date_style", "iso")),
        texts=texts,
        facts=facts,
        recipient_types=types,
        consent_methods=methods,
    )
