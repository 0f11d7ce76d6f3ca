"""A printable consent form (同意書): the consent record in Japanese and the worker's language.

The form says what the recorded consent covers — purpose, recipient, scope, date and
method — how to withdraw it, and leaves a line for the worker's signature.  The
Japanese half is the record; the worker's half is a translation whose review status
is printed on the form.  The texts are data (``resources/letters/consent-form.json``),
one entry per worker language, like the referral letter's worker copy.

Nothing on the form depends on the clock (the date printed is the consent's), so the
same record, letterhead and language give the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.cases.model import ConsentPurpose
from desktop.cases.service import CaseService
from desktop.documents.dates import japanese_date
from desktop.documents.letters.data import (
    REVIEW_STATUSES,
    LanguageInfo,
    LetterDataError,
    _read,
    _text,
    language_alias,
    worker_languages,
    worker_texts,
)
from desktop.documents.pdf import build_story, write_bytes
from desktop.documents.subset_tags import finished_bytes
from desktop.documents.text import Style, draw_text, paragraph, register_fonts
from desktop.errors import InvalidValueError, NotFoundError
from desktop.organisation import read_letterhead

__all__ = [
    "FORM_FILE",
    "FORM_KEYS",
    "ConsentForm",
    "FormTexts",
    "form_languages",
    "form_texts",
    "make_consent_form",
    "write_consent_form",
]

FORM_FILE = "consent-form.json"
FORM_KEYS = (
    "title", "intro", "purpose", "recipient", "scope", "scope_unlimited", "given_on",
    "method", "withdraw_heading", "withdraw_text", "signature", "name", "date",
    "machine_note", "reviewed_note",
)  # fmt: skip
_PLACEHOLDERS = frozenset({"desk", "reviewer", "reviewed_on"})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SIGNATURE_LINE = "_" * 36


@dataclass(frozen=True)
class FormTexts:
    """The consent form's words in one language."""

    info: LanguageInfo
    version: int
    date_style: str
    texts: Mapping[str, str]
    purposes: Mapping[str, str]
    methods: Mapping[str, str]


@dataclass(frozen=True)
class ConsentForm:
    """The PDF and the strings it draws (every one checked for glyphs by the tests)."""

    pdf: bytes
    texts: tuple[str, ...]
    language: str
    consent_id: str


@cache
def _form_file() -> dict[str, Any]:
    raw = _read(FORM_FILE)
    if not isinstance(raw.get("version"), int) or not isinstance(raw.get("languages"), dict):
        raise LetterDataError(
            f"{FORM_FILE}: 'version' (number) and 'languages' are required.", name=FORM_FILE
        )
    return raw


def _review(code: str, entry: Mapping[str, Any], name: str) -> LanguageInfo:
    where = f"{FORM_FILE} language '{code}'"
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
    return LanguageInfo(code, name, str(status), reviewer, reviewed_on)


@cache
def form_texts(code: str) -> FormTexts:
    """The form in one worker language; InvalidValueError names the known languages."""
    raw = _form_file()
    languages = raw["languages"]
    code = language_alias(code)
    if code not in languages or code not in worker_languages():
        known = ", ".join(c for c in languages if c in worker_languages())
        raise InvalidValueError(
            f"There is no consent form in '{code}'; use one of: {known}.",
            code_text=code,
            languages=known,
        )
    entry = languages[code]
    where = f"{FORM_FILE} language '{code}'"
    texts = {k: _text(entry.get("texts") or {}, k, where, _PLACEHOLDERS) for k in FORM_KEYS}
    purposes_raw = entry.get("purposes") or {}
    purposes = {
        p.value: _text(purposes_raw, p.value, f"{where} purposes", frozenset())
        for p in ConsentPurpose
    }
    copy = worker_texts(code)  # name, date style and consent methods are shared
    return FormTexts(
        info=_review(code, entry, copy.info.name),
        version=int(raw["version"]),
        date_style=copy.date_style,
        texts=texts,
        purposes=purposes,
        methods=copy.consent_methods,
    )


def form_languages() -> dict[str, LanguageInfo]:
    """The languages the form exists in (code -> name and the form's own review status)."""
    return {code: form_texts(code).info for code in _form_file()["languages"]
            if code in worker_languages()}  # fmt: skip


def _consent_record(service: CaseService, case_id: str, consent_id: str) -> dict[str, Any]:
    for record in service.get_case(case_id).consents:
        if record.entity_id == consent_id and not record.deleted:
            return dict(record.data)
    raise NotFoundError(
        f"The case has no consent with the id {consent_id}; `consent add` prints it.",
        consent_id=consent_id,
    )


def _given_on(record: Mapping[str, Any]) -> date | None:
    try:
        return date.fromisoformat(str(record.get("given_on") or ""))
    except ValueError:
        return None


class _Form:
    """Flowables plus the strings they draw; names are never broken across lines."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.flowables: list[Flowable] = []
        self.texts: list[str] = []
        self.names = names

    def add(self, text: str, style: Style) -> Flowable:
        self.texts.append(text)
        block = paragraph(text, style, names=self.names)
        self.flowables.append(block)
        return block


def _half(form: _Form, t: FormTexts, lang: str, record: Mapping[str, Any], desk: str,
          given: str) -> None:  # fmt: skip
    """One language's half: title, intro, the five fields, how to withdraw."""
    words = t.texts
    body = Style(size=10, leading=15, lang=lang, space_after=2)
    label = Style(size=9, leading=14, bold=True, lang=lang)
    value_ja = Style(size=10, leading=15, lang="ja")
    value = Style(size=10, leading=15, lang=lang)
    form.add(words["title"], Style(size=15, bold=True, align="center", lang=lang, space_after=6))
    form.add(words["intro"].format_map({"desk": desk}), body)
    purpose = str(record.get("purpose") or "")
    method = str(record.get("method") or "")
    fields = (
        ("purpose", t.purposes.get(purpose, purpose), value),
        ("recipient", str(record.get("recipient") or ""), value_ja),  # as recorded
        ("scope", str(record.get("scope") or "") or words["scope_unlimited"],
         value_ja if record.get("scope") else value),
        ("given_on", given, value),
        ("method", t.methods.get(method, method) if method else "—", value),
    )  # fmt: skip
    rows = []
    for key, text, style in fields:
        form.texts += [words[key], text]
        rows.append([paragraph(words[key], label), paragraph(text, style, names=form.names)])
    register_fonts()  # the embedded default font, named for the table's cells below
    table = Table(rows, colWidths=[42 * mm, None])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), rl_config.canvas_basefontname),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))  # fmt: skip
    form.flowables += [Spacer(1, 2 * mm), table]
    form.add(words["withdraw_heading"], Style(size=10.5, bold=True, lang=lang, space_before=6,
                                              keep_with_next=True))  # fmt: skip
    form.add(words["withdraw_text"], body)


def _review_line(t: FormTexts) -> str:
    if t.info.review_status == "reviewed":
        return t.texts["reviewed_note"].format_map(
            {"reviewer": t.info.reviewer, "reviewed_on": t.info.reviewed_on}
        )
    return t.texts["machine_note"]


def make_consent_form(
    service: CaseService, case_id: str, consent_id: str, language: str
) -> ConsentForm:
    """The form for one recorded consent, in Japanese and ``language`` (bytes only)."""
    worker = form_texts(language)
    japanese = form_texts("ja")
    record = _consent_record(service, case_id, consent_id)
    case = service.get_case(case_id)
    head = read_letterhead(service.vault)
    desk = head.name or "当窓口"
    person = str(case.worker.data.get("full_name") or "") if case.worker else ""
    day = _given_on(record)
    lang = "ja" if worker.info.code == "ja-easy" else worker.info.code
    form = _Form(tuple(n for n in (person, str(record.get("recipient") or ""), desk) if n))
    reference = f"{case.ref}　{consent_id[:8]}"
    form.add(reference, Style(size=8.5, align="right", lang="ja"))
    given_ja = japanese_date(day, style=head.date_style) if day else str(record.get("given_on"))
    _half(form, japanese, "ja", record, desk, given_ja)
    if worker.info.code != "ja":
        form.flowables.append(Spacer(1, 5 * mm))
        status = form.add(f"{worker.info.name}　— {_review_line(worker)}",
                          Style(size=8.5, leading=12, lang=lang, space_after=4))  # fmt: skip
        status.keepWithNext = 1
        if day is None:
            given = str(record.get("given_on") or "")
        elif worker.date_style == "japanese":
            given = japanese_date(day)
        else:
            given = day.isoformat()
        _half(form, worker, lang, record, desk, given)
    # The signature block is never split from itself: name, signature line and date.
    start = len(form.flowables)
    both = worker.info.code != "ja"
    for key, fill in (("name", person), ("signature", SIGNATURE_LINE), ("date", SIGNATURE_LINE)):
        caption = japanese.texts[key] + (f" / {worker.texts[key]}" if both else "")
        form.add(caption, Style(size=9.5, bold=True, lang=lang if both else "ja",
                                space_before=8 if key == "name" else 4))  # fmt: skip
        form.add(fill, Style(size=11, lang="ja"))
    form.flowables[start:] = [KeepTogether(form.flowables[start:])]
    contact = [line for line in (desk, head.address, head.phone and f"TEL {head.phone}") if line]
    form.add("　".join(contact), Style(size=8.5, lang="ja", space_before=10))
    footer = Style(size=8, lang="ja")
    form.texts.append(f"{reference}　0123456789")

    def on_page(canvas: Any, _doc: Any) -> None:
        width = canvas._pagesize[0]
        draw_text(canvas, width / 2, 12 * mm, f"{reference}　{canvas.getPageNumber()}",
                  footer, "center")  # fmt: skip

    pdf = build_story(form.flowables, title=f"{japanese.texts['title']} {case.ref}",
                      subject=consent_id, lang="ja", on_page=on_page)  # fmt: skip
    return ConsentForm(finished_bytes(pdf), tuple(form.texts), worker.info.code, consent_id)


def write_consent_form(
    service: CaseService, case_id: str, consent_id: str, language: str, out: Path
) -> str:
    """Write the form to ``out`` atomically and audit it; returns the file's SHA-256."""
    form = make_consent_form(service, case_id, consent_id, language)
    digest = write_bytes(out, form.pdf)
    texts = form_texts(language)
    try:
        with service.vault.writing():
            service.vault.record_audit("consent_form_made", case_id, {
                "consent": consent_id,
                "language": form.language,
                "form": f"consent-form@{texts.version}",
                "review_status": texts.info.review_status,
                "sha256": digest,
            })  # fmt: skip
    except BaseException:
        out.unlink(missing_ok=True)  # a form made but not audited must not stay behind
        raise
    return digest
