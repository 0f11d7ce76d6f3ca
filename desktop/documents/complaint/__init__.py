"""The labour standards office complaint (申告) draft, from a case's wage claim.

``make_complaint`` checks the consent gate (a valid consent with purpose
``labour_complaint``), computes the case's wage claim, keeps the violations the
calculation finds in periods not yet time-barred, and draws two PDFs: the Japanese
申告書 draft for the office (with a memo page for the counselor) and the worker's copy
in their language.  ``write_complaint`` writes both atomically and audits the export
(``wage_complaint_made``; no names, no amounts).  Same inputs, same bytes.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from desktop.cases.service import CaseService
from desktop.documents.complaint.content import (
    DEFAULT_COMPLAINT_FACTS,
    VIOLATION_RULES,
    ComplaintContent,
    ComplaintRequest,
    compose,
    findings_of,
)
from desktop.documents.complaint.render import draft_pdf, worker_pdf
from desktop.documents.complaint.texts import FACT_KEYS, draft_words, worker_words
from desktop.documents.pdf import write_bytes
from desktop.wages.law import LawBook

__all__ = [
    "AUDIT_ACTION",
    "DEFAULT_COMPLAINT_FACTS",
    "FACT_KEYS",
    "VIOLATION_RULES",
    "ComplaintRequest",
    "ComplaintResult",
    "WageComplaint",
    "findings_of",
    "make_complaint",
    "worker_copy_path",
    "write_complaint",
]

AUDIT_ACTION = "wage_complaint_made"


@dataclass(frozen=True)
class WageComplaint:
    """Both PDFs of a complaint draft and what they contain."""

    draft_pdf: bytes
    worker_pdf: bytes
    content: ComplaintContent
    language: str
    draft_texts: tuple[str, ...]  # every string drawn on the draft
    worker_texts: tuple[str, ...]  # every string drawn on the worker's copy

    @property
    def violations(self) -> dict[str, Decimal]:
        """Rule id -> the amount the draft names for it."""
        return {v.rule.id: v.total for v in self.content.violations}


@dataclass(frozen=True)
class ComplaintResult:
    complaint: WageComplaint
    draft_path: Path
    worker_path: Path
    draft_sha256: str
    worker_sha256: str


def make_complaint(service: CaseService, request: ComplaintRequest,
                   law: LawBook | None = None) -> WageComplaint:  # fmt: skip
    """Both PDFs (nothing written, nothing recorded); errors as :func:`compose`."""
    words = worker_words(request.language)  # an unknown language fails before the case is read
    content = compose(service, request, draft_words(), law)
    draft, draft_texts = draft_pdf(content)
    copy, copy_texts = worker_pdf(content, words)
    return WageComplaint(draft, copy, content, words.info.code, tuple(draft_texts),
                         tuple(copy_texts))  # fmt: skip


def worker_copy_path(out: Path, language: str) -> Path:
    """Where the worker's copy goes beside ``out``: ``<stem>-worker-<lang>.pdf``."""
    return out.with_name(f"{out.stem}-worker-{language}{out.suffix or '.pdf'}")


def write_complaint(service: CaseService, request: ComplaintRequest, out: Path,
                    law: LawBook | None = None) -> ComplaintResult:  # fmt: skip
    """Write the draft to ``out`` and the worker's copy beside it, atomically, and audit.

    If the audit entry cannot be written, both files are removed again: a document that
    left the vault is always on the record.
    """
    complaint = make_complaint(service, request, law)
    worker_path = worker_copy_path(out, complaint.language)
    draft_sha = write_bytes(out, complaint.draft_pdf)
    try:
        worker_sha = write_bytes(worker_path, complaint.worker_pdf)
        content = complaint.content
        with service.vault.writing():
            service.vault.record_audit(AUDIT_ACTION, request.case_id, {
                "draft": f"wage-complaint-ja@{content.words.version}",
                "language": complaint.language,
                "worker_copy": f"wage-complaint-worker@{worker_words(complaint.language).version}",
                "review_status": worker_words(complaint.language).info.review_status,
                "rules_review_status": content.claim.review_status,
                "violations": sorted(complaint.violations),
                "facts": [f.key for f in content.facts],
                "withhold_name": content.withhold_name,
                "evidence": len(content.attachments),
                "consent": content.consent_id,
                "until": content.until.isoformat(),
                "draft_sha256": draft_sha,
                "worker_sha256": worker_sha,
            })  # fmt: skip
    except BaseException:
        for path in (out, worker_path):
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return ComplaintResult(complaint, out, worker_path, draft_sha, worker_sha)
