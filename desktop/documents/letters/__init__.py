"""Referral letters: a Japanese letter for the recipient and a copy for the worker.

``make_letter`` checks the consent gate (a valid consent with purpose "referral"
for exactly this recipient), reads only the ticked facts (least disclosure),
fills the recipient type's template and draws both PDFs.  ``write_letter`` also
writes them atomically, records the referral and audits the export.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.cases.model import DEFAULT_FACTS, ConsentMethod, ConsentPurpose, ReferralStatus
from desktop.cases.service import CaseDetails, CaseService
from desktop.documents.letters.data import (
    LanguageInfo,
    LetterDataError,
    Template,
    common,
    load_template,
    template_types,
    worker_languages,
    worker_texts,
)
from desktop.documents.letters.facts import check_facts, read_facts
from desktop.documents.letters.render import Consent, Content, recipient_pdf, worker_pdf
from desktop.documents.pdf import write_bytes
from desktop.errors import ConsentMissingError, InvalidValueError
from desktop.organisation import read_letterhead

__all__ = [
    "LanguageInfo",
    "Letter",
    "LetterDataError",
    "LetterRequest",
    "LetterResult",
    "Template",
    "compose",
    "load_template",
    "make_letter",
    "template_types",
    "worker_languages",
    "write_letter",
]

SHA_SHORT = 16  # hex digits of an evidence file's SHA-256 printed in the list


@dataclass(frozen=True)
class LetterRequest:
    """What the counselor chose: recipient, worker language, facts and evidence to share."""

    case_id: str
    recipient_type: str  # RecipientType value
    recipient: str  # the organisation's name; must match a consent's recipient
    language: str  # worker's copy language code (one of worker_languages())
    facts: Sequence[str] = DEFAULT_FACTS  # sensitive ones only if ticked
    evidence_ids: Sequence[str] = ()
    requested_action: str | None = None  # None: the template's default
    summary: str | None = None  # None: the case summary
    recipient_address: str = ""
    today: date | None = None


@dataclass(frozen=True)
class Letter:
    """Both PDFs of a referral and what they disclose."""

    recipient_pdf: bytes
    worker_pdf: bytes
    reference: str
    facts: tuple[str, ...]  # facts actually disclosed (ticked and held by the case)
    evidence_ids: tuple[str, ...]
    recipient_type: str
    recipient: str
    language: str
    requested_action: str
    summary: str | None
    template_id: str
    template_version: int
    consent_id: str
    recipient_texts: tuple[str, ...]  # every string drawn on the letter
    worker_texts: tuple[str, ...]  # every string drawn on the worker's copy


@dataclass(frozen=True)
class LetterResult:
    """Where ``write_letter`` put the two files, and what it recorded."""

    letter: Letter
    letter_path: Path
    worker_path: Path
    letter_sha256: str
    worker_sha256: str
    referral_id: str | None

    @property
    def reference(self) -> str:
        """The letter's reference number (case reference plus -R<n>)."""
        return self.letter.reference

    @property
    def paths(self) -> tuple[Path, Path]:
        """The Japanese letter, then the worker's copy."""
        return (self.letter_path, self.worker_path)


def next_reference(view: CaseDetails, device_code: str) -> str:
    """The case reference plus this device's next letter number: MDG-…-00012-D1R1, D1R2, …

    The device code keeps numbers unique when two offline devices write letters
    for the same case (DESIGN §3).
    """
    prefix = f"{view.ref}-{device_code}R"
    used = [
        str(r.data.get("reference", ""))[len(prefix):] for r in view.referrals
        if str(r.data.get("reference", "")).startswith(prefix)
    ]  # fmt: skip
    numbers = [int(n) for n in used if n.isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1}"


def _consent(service: CaseService, case_id: str, recipient: str) -> Consent:
    service.require_consent(case_id, ConsentPurpose.REFERRAL, recipient)
    records = service.valid_consents(case_id, ConsentPurpose.REFERRAL.value, recipient)
    latest = max(records, key=lambda r: str(r.data.get("given_on", "")))
    method = str(latest.data.get("method") or "")
    if method not in {m.value for m in ConsentMethod}:
        raise ConsentMissingError(
            f"The referral consent for {recipient} does not record how it was given; record "
            "the method (written, oral or electronic) first, as the letter states it.",
            code="consent.missing.method",
            recipient=recipient,
        )
    return Consent(
        record_id=latest.entity_id,
        given_on=date.fromisoformat(str(latest.data["given_on"])),
        method=method,
        scope=str(latest.data.get("scope") or ""),
    )


def _evidence(view: CaseDetails, ids: Sequence[str]) -> tuple[tuple[str, str], ...]:
    held = {e.entity_id: e for e in view.evidence if not e.deleted}
    out = []
    for evidence_id in dict.fromkeys(ids):
        record = held.get(evidence_id)
        if record is None:
            raise InvalidValueError(
                f"Evidence {evidence_id} is not on case {view.ref}.",
                evidence_id=evidence_id,
                ref=view.ref,
            )
        sha = str(record.data.get("sha256", ""))[:SHA_SHORT]
        out.append((str(record.data.get("title") or record.data.get("filename")), sha))
    return tuple(out)


def compose(service: CaseService, request: LetterRequest) -> Content:
    """What the letter will say, checked: consent gate, facts, evidence, wording.

    Raises ConsentMissingError unless the case holds a valid consent with purpose
    "referral" for exactly ``request.recipient``, and InvalidValueError for an
    unknown template, language, fact or evidence id.
    """
    template = load_template(request.recipient_type)
    worker_texts(request.language)  # an unknown language fails before any case is read
    ticked = check_facts(request.facts)
    recipient = request.recipient.strip()
    if not recipient:
        raise InvalidValueError("A letter needs the recipient organisation's name.")
    view = service.get_case(request.case_id)
    consent = _consent(service, request.case_id, recipient)
    evidence = _evidence(view, request.evidence_ids)
    letterhead = read_letterhead(service.vault)
    words = common()
    facts = tuple(read_facts(view, ticked, words, date_style=letterhead.date_style))
    summary: str | None = None
    if "summary" in ticked:
        raw = request.summary if request.summary is not None else view.case.data.get("summary")
        summary = str(raw or "").strip() or None
    action = (request.requested_action or "").strip() or template.requested_action
    name = view.worker.data.get("full_name") if view.worker else None
    person = (
        str(words["person_named"]).format(name=name)
        if "name" in ticked and name
        else str(words["person_unnamed"])
    )
    return Content(
        reference=next_reference(view, service.vault.device.device_code),
        day=request.today or date.today(),
        recipient=recipient,
        recipient_address=request.recipient_address.strip(),
        template=template,
        words=words,
        letterhead=letterhead,
        person=person,
        facts=facts,
        summary=summary,
        requested_action=action,
        evidence=evidence,
        consent=consent,
        ticked=ticked,
    )


def make_letter(service: CaseService, request: LetterRequest) -> Letter:
    """Both PDFs of a referral (nothing written, nothing recorded); errors as :func:`compose`."""
    content = compose(service, request)
    texts = worker_texts(request.language)
    letter_bytes, letter_texts = recipient_pdf(content)
    copy_bytes, copy_texts = worker_pdf(content, texts)
    disclosed = {f.key for f in content.facts} | ({"summary"} if content.summary else set())
    return Letter(
        recipient_pdf=letter_bytes,
        worker_pdf=copy_bytes,
        reference=content.reference,
        facts=tuple(f for f in content.ticked if f in disclosed),
        evidence_ids=tuple(dict.fromkeys(request.evidence_ids)),
        recipient_type=content.template.recipient_type,
        recipient=content.recipient,
        language=texts.info.code,
        requested_action=content.requested_action,
        summary=content.summary,
        template_id=content.template.id,
        template_version=content.template.version,
        consent_id=content.consent.record_id,
        recipient_texts=tuple(letter_texts),
        worker_texts=tuple(copy_texts),
    )


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]", "_", name)


def write_letter(
    service: CaseService, request: LetterRequest, out_dir: Path, *, record: bool = True
) -> LetterResult:
    """Make the letter, write ``<ref>-letter-ja.pdf`` and ``<ref>-worker-<lang>.pdf``
    atomically into ``out_dir``, record the referral (status draft) unless
    ``record`` is false, and audit the export (no names in the audit)."""
    letter = make_letter(service, request)
    out_dir.mkdir(parents=True, exist_ok=True)
    letter_path = out_dir / f"{_safe(letter.reference)}-letter-ja.pdf"
    worker_path = out_dir / f"{_safe(letter.reference)}-worker-{letter.language}.pdf"
    letter_sha = write_bytes(letter_path, letter.recipient_pdf)
    worker_sha = write_bytes(worker_path, letter.worker_pdf)
    referral_id: str | None = None
    try:
        with service.vault.writing():
            if record:
                referral_id = service.add_referral(request.case_id, {
                    "recipient_type": letter.recipient_type,
                    "recipient": letter.recipient,
                    "language": letter.language,
                    "facts": list(letter.facts),
                    "evidence": list(letter.evidence_ids),
                    "summary": letter.summary,
                    "requested_action": letter.requested_action,
                    "letter_sha256": letter_sha,
                    "reference": letter.reference,
                    "status": ReferralStatus.DRAFT.value,
                })  # fmt: skip
            service.vault.record_audit("letter_made", request.case_id, {
                "reference": letter.reference,
                "referral": referral_id,
                "template": f"{letter.template_id}@{letter.template_version}",
                "language": letter.language,
                "facts": list(letter.facts),
                "evidence": len(letter.evidence_ids),
                "consent": letter.consent_id,
                "letter_sha256": letter_sha,
                "worker_sha256": worker_sha,
            })  # fmt: skip
    except BaseException:
        # Nothing recorded, so no file may claim otherwise.
        for path in (letter_path, worker_path):
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return LetterResult(letter, letter_path, worker_path, letter_sha, worker_sha, referral_id)
