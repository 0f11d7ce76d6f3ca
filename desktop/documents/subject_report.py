""" "What we hold about you": one case's personal data, for the worker (issue 19 point 4).

APPI (個人情報保護法) gives a person the right to know what an organisation holds
about them, to have it corrected and to have its use stopped or the data deleted.
This document answers that for one case, in the worker's language (any of the 17
worker languages, with its review status) followed by the same in Japanese:

- the personal data held (the worker record's fields with their values, the
  employers, the problems recorded, how many consultations, documents, self-checks);
- where it came from (the worker, and the documents kept, by title);
- the purposes consented to, with recipient and dates (withdrawn ones too);
- who received what: every referral (recipient, date, the facts the letter gave),
  every sealed packet and every share of the case with a colleague's account (from
  the audit log's entries for this case);
- how to withdraw consent and ask for correction or deletion.

Checked like a letter: a case without a valid ``case_handling`` consent gets no report
(ConsentMissingError names it).  Same case, language and date: same bytes.  Audited
(``subject_report_made``, language and SHA-256; never a value).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from desktop.cases.model import ConsentPurpose
from desktop.cases.service import CaseService
from desktop.documents.letters.render import text_lang, worker_date
from desktop.documents.pdf import build_story, write_bytes
from desktop.documents.subject_report_texts import SubjectTexts, subject_texts
from desktop.documents.text import Style, paragraph

__all__ = [
    "AUDIT_ACTION",
    "Disclosure",
    "SubjectContent",
    "subject_content",
    "subject_lines",
    "subject_report_pdf",
    "write_subject_report",
]

AUDIT_ACTION = "subject_report_made"
# Worker fields in the order printed, and where their label comes from: the worker
# copy's fact labels ("facts:…") or this report's own ("f_…").
_FIELDS: tuple[tuple[str, str], ...] = (
    ("full_name", "facts:name"),
    ("name_katakana", "f_other_names"),
    ("name_native", "f_other_names"),
    ("nationality", "facts:nationality"),
    ("languages", "facts:languages"),
    ("date_of_birth", "facts:date_of_birth"),
    ("gender", "f_gender"),
    ("phone", "facts:phone"),
    ("line_id", "f_line_id"),
    ("email", "f_email"),
    ("address", "facts:address"),
    ("residence_status", "facts:residence_status"),
    ("residence_expiry", "facts:residence_expiry"),
    ("residence_card_number", "facts:residence_card_number"),
)


@dataclass(frozen=True, order=True)
class Disclosure:
    """One time information about the worker left the desk."""

    day: str  # ISO date, or "" when the record does not say
    kind: str  # referral, packet, share, unshare
    recipient: str
    files: int = 0
    facts: tuple[str, ...] = ()  # the letter's facts (worker-copy keys)


@dataclass(frozen=True)
class SubjectContent:
    """What the report says, read from the case and the audit log."""

    ref: str
    fields: tuple[tuple[str, str], ...]  # (label key, value)
    employers: tuple[str, ...]
    topics: tuple[str, ...]
    consultations: int
    safety_checks: int
    documents: tuple[str, ...]  # titles
    consents: tuple[tuple[str, str, str, str], ...]  # purpose, recipient, given, withdrawn
    disclosures: tuple[Disclosure, ...]


def _value(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def subject_content(service: CaseService, case_id: str) -> SubjectContent:
    """Everything the report lists for ``case_id``, consent-checked."""
    service.require_consent(case_id, ConsentPurpose.CASE_HANDLING, None)
    view = service.get_case(case_id)
    worker = view.worker.data if view.worker else {}
    fields = tuple(
        (label, _value(worker.get(name))) for name, label in _FIELDS if _value(worker.get(name))
    )
    live = [
        r for r in (*view.parties, *view.topics, *view.timeline, *view.evidence) if not r.deleted
    ]
    employers = tuple(
        sorted(
            {
                str(p.data.get("name"))
                for p in live
                if p.entity == "party" and p.data.get("role") == "employer"
            }
        )
    )
    topics = tuple(sorted({str(t.data.get("category")) for t in live if t.entity == "topic"}))
    consultations = sum(
        1 for t in live if t.entity == "timeline" and t.data.get("kind") == "consultation"
    )
    documents = tuple(
        sorted(
            str(e.data.get("title") or e.data.get("filename") or "")
            for e in live
            if e.entity == "evidence"
        )
    )
    with service.vault.reading() as db:
        safety = db.execute(
            "SELECT COUNT(*) FROM records WHERE entity='safety' AND case_id=? "
            "AND deleted_by IS NULL",
            (case_id,),
        ).fetchone()[0]
    consents = tuple(
        sorted(
            (
                str(c.data.get("purpose") or ""),
                str(c.data.get("recipient") or ""),
                str(c.data.get("given_on") or ""),
                str(c.data.get("withdrawn_on") or ""),
            )
            for c in view.consents
            if not c.deleted
        )
    )
    referrals = {r.entity_id: r for r in view.referrals if not r.deleted}
    made = {}  # referral id -> the day its letter was made (a draft has no sent_on)
    out: list[Disclosure] = []
    for entry in service.vault.audit_entries():
        if entry.target != case_id:
            continue
        day, details = entry.at[:10], entry.details
        if entry.action == "letter_made" and details.get("referral"):
            made[str(details["referral"])] = day
        elif entry.action == "packet_sealed":
            referral = referrals.get(str(details.get("referral_id")))
            to = (
                str(referral.data.get("recipient"))
                if referral
                else f"key {str(details.get('recipient_fingerprint', ''))[:16]}"
            )
            out.append(Disclosure(day, "packet", to, int(details.get("files") or 0)))
        elif entry.action in ("case_shared", "case_unshared"):
            who = details.get("to") if entry.action == "case_shared" else details.get("from")
            kind = "share" if entry.action == "case_shared" else "unshare"
            out.append(Disclosure(day, kind, str(who or "")))
    for referral_id, referral in referrals.items():
        d = referral.data
        day = str(d.get("sent_on") or made.get(referral_id, ""))
        facts = tuple(str(f) for f in d.get("facts") or ())
        out.append(Disclosure(day, "referral", str(d.get("recipient") or ""), facts=facts))
    return SubjectContent(
        view.ref,
        fields,
        employers,
        topics,
        consultations,
        int(safety),
        documents,
        consents,
        tuple(sorted(out)),
    )


def _day(texts: SubjectTexts, iso: str) -> str:
    try:
        return worker_date(texts.worker, date.fromisoformat(iso[:10]))
    except ValueError:
        return iso or "—"


def _label(texts: SubjectTexts, key: str) -> str:
    if key.startswith("facts:"):
        return texts.worker.facts[key.removeprefix("facts:")]
    return texts.texts[key]


def subject_lines(
    content: SubjectContent, texts: SubjectTexts, today: date
) -> list[tuple[str, str]]:
    """The report in one language as (kind, text) lines: kind is title, heading or body."""
    t = texts.texts
    review = (
        t["review_checked"].format(reviewer=texts.reviewer)
        if texts.review_status == "reviewed"
        else t["review_machine"]
    )
    lines = [
        ("title", t["title"]),
        (
            "body",
            f"{t['reference_label']}: {content.ref}\n{t['date_label']}: "
            f"{_day(texts, today.isoformat())}\n{review}",
        ),
        ("body", t["intro"]),
        ("heading", t["held_heading"]),
    ]
    lines += [("body", f"{_label(texts, key)}: {value}") for key, value in content.fields]
    if content.employers:
        lines.append(("body", f"{texts.worker.facts['employer']}: {', '.join(content.employers)}"))
    if content.topics:
        lines.append(("body", f"{texts.worker.facts['topics']}: {', '.join(content.topics)}"))
    lines.append(
        (
            "body",
            t["records_line"].format(
                consultations=content.consultations,
                topics=len(content.topics),
                documents=len(content.documents),
                safety=content.safety_checks,
            ),
        )
    )
    lines += [("heading", t["sources_heading"]), ("body", t["source_you"])]
    if content.documents:
        lines.append(("body", t["source_documents"].format(titles=", ".join(content.documents))))
    lines.append(("heading", t["purposes_heading"]))
    for purpose, recipient, given, withdrawn in content.consents:
        name = t.get(f"p_{purpose}", purpose)
        line = t["purpose_line"].format(purpose=name, recipient=recipient, date=_day(texts, given))
        if withdrawn:
            line += " " + t["withdrawn_line"].format(date=_day(texts, withdrawn))
        lines.append(("body", line))
    if not content.consents:
        lines.append(("body", t["no_consent"]))
    lines.append(("heading", t["given_heading"]))
    for d in content.disclosures:
        line = t[f"given_{d.kind}"].format(
            date=_day(texts, d.day), recipient=d.recipient, files=d.files
        )
        if d.facts:
            line += ": " + ", ".join(texts.worker.facts.get(f, f) for f in d.facts)
        lines.append(("body", line))
    if not content.disclosures:
        lines.append(("body", t["given_none"]))
    lines += [
        ("heading", t["rights_heading"]),
        ("body", t["rights_withdraw"]),
        ("body", t["rights_correct"]),
        ("body", t["rights_delete"]),
    ]
    return lines


def _story(lines: list[tuple[str, str]], lang: str) -> list[Flowable]:
    styles = {
        "title": Style(size=16, bold=True, lang=lang, space_after=6),
        "heading": Style(size=12, bold=True, lang=lang, space_before=10, space_after=2),
        "body": Style(size=10.5, lang=lang, space_after=3),
    }
    return [paragraph(text, styles[kind]) for kind, text in lines]


def subject_report_pdf(service: CaseService, case_id: str, lang: str, today: date) -> bytes:
    """The PDF: the worker's language, then Japanese (once when that is Japanese)."""
    texts = subject_texts(lang)  # an unknown language fails before the case is read
    content = subject_content(service, case_id)
    story = _story(subject_lines(content, texts, today), text_lang(texts.code))
    if text_lang(texts.code) != "ja":
        story += [PageBreak(), *_story(subject_lines(content, subject_texts("ja"), today), "ja")]
    return build_story(
        story, title=texts.texts["title"], subject=content.ref, lang=text_lang(texts.code)
    )


def write_subject_report(
    service: CaseService, case_id: str, lang: str, out: Path, today: date | None = None
) -> bytes:
    """Write the report to ``out`` atomically, audit it, return its bytes."""
    data = subject_report_pdf(service, case_id, lang, today or date.today())
    write_bytes(Path(out), data)
    service.vault.record_audit(
        AUDIT_ACTION,
        case_id,
        {"language": subject_texts(lang).code, "sha256": hashlib.sha256(data).hexdigest()},
    )
    return data
