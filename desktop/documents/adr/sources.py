"""Exhibit files: read from the vault, checked, and opened as PDF pages.

A PDF stays as it is (vector text remains searchable); a photo or scan becomes
an A4 page (see :mod:`desktop.documents.adr.images`).  Every problem is an
:class:`~desktop.errors.ExhibitError` naming the exhibit, so the person filing
knows which file to fix.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass, field

import pikepdf

from desktop.cases.model import Entity
from desktop.cases.service import CaseDetails, CaseService
from desktop.documents.adr.carry import Carried, prepare
from desktop.documents.adr.images import image_page
from desktop.documents.adr.library_warnings import sentences_from_warnings
from desktop.documents.adr.matter import Exhibit, exhibit_of
from desktop.documents.adr.passwords import candidates
from desktop.documents.adr.unrenderable import refuse_unrenderable
from desktop.errors import ExhibitError, ExhibitPasswordError, MadoguchiError

__all__ = ["Source", "check_exhibit_evidence", "open_source", "read_source"]

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}


@dataclass
class Source:
    """One exhibit's original file, as stored in the vault."""

    exhibit: Exhibit
    evidence_id: str
    filename: str
    media_type: str
    sha256: str
    data: bytes
    warnings: list[str] = field(default_factory=list)
    carried: Carried | None = None  # set by open_source: what besides pages is kept

    @property
    def quoted(self) -> str:
        return f"「{self.exhibit.title}」"

    @property
    def prefix(self) -> str:
        """This exhibit's prefix for named destinations in the bundle: exhibit-3-1/."""
        data = self.exhibit.data
        branch = f"-{data['branch']}" if data.get("branch") else ""
        return f"exhibit-{data.get('number')}{branch}/"


def read_source(service: CaseService, case: CaseDetails, exhibit: Exhibit) -> Source:
    """The exhibit's evidence bytes, checked against the SHA-256 recorded at capture."""
    title = f"「{exhibit.title}」"
    evidence_id = str(exhibit.data.get("evidence_id") or "")
    record = next((e for e in case.evidence if e.entity_id == evidence_id and not e.deleted), None)
    if not evidence_id or record is None:
        raise ExhibitError(
            exhibit.label,
            f"the evidence file of {title} is missing from the case; attach the file to the "
            "exhibit again or remove the exhibit",
            title=title,
        )
    try:
        data = b"".join(service.read_evidence(evidence_id))
    except (MadoguchiError, OSError, KeyError) as exc:
        raise ExhibitError(
            exhibit.label,
            f"the evidence file of {title} cannot be read from the vault ({exc})",
            title=title,
            reason=str(exc),
        ) from exc
    digest = hashlib.sha256(data).hexdigest()
    if record.data.get("sha256") and digest != record.data["sha256"]:
        raise ExhibitError(
            exhibit.label,
            f"the stored file of {title} does not match the SHA-256 recorded when it was "
            "captured; run 'check' on the vault",
            title=title,
        )
    return Source(
        exhibit=exhibit,
        evidence_id=evidence_id,
        filename=str(record.data.get("filename") or ""),
        media_type=str(record.data.get("media_type") or "application/octet-stream"),
        sha256=digest,
        data=data,
    )


def _kind(source: Source) -> str:
    """What the bytes are (by content, not by name): pdf, jpeg, png, heif or unknown."""
    head = source.data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heif"
    # A damaged PDF may have lost its header; let qpdf try to recover it.
    if source.media_type == "application/pdf" or source.filename.lower().endswith(".pdf"):
        return "pdf"
    return "unknown"


def open_source(source: Source, password: str | None) -> pikepdf.Pdf:
    """The exhibit as a PDF (repaired or decrypted if needed); warnings land on ``source``."""
    kind = _kind(source)
    source.carried = Carried(prefix=source.prefix)
    if kind == "pdf":
        with sentences_from_warnings(source.warnings, source.exhibit.label, source.quoted):
            pdf = _open_pdf(source, password)
            try:
                refuse_unrenderable(pdf, source.exhibit.label, source.quoted)
                source.carried = prepare(pdf, source.exhibit.label, source.prefix)
            except (pikepdf.PdfError, RuntimeError, ValueError) as exc:
                raise _broken(source) from exc
        return pdf
    if kind in ("jpeg", "png", "heif"):
        try:
            data = image_page(source.data, kind)
        except (OSError, ValueError, SyntaxError) as exc:
            raise ExhibitError(
                source.exhibit.label,
                f"the image {source.quoted} cannot be read ({exc}); replace it with a "
                "readable copy",
                quoted=source.quoted,
                reason=str(exc),
            ) from exc
        return pikepdf.open(io.BytesIO(data))
    ext = os.path.splitext(source.filename)[1].lower() or "(no extension)"
    raise ExhibitError(
        source.exhibit.label,
        f"{source.quoted} is a {ext} file ({source.media_type}), a type a bundle cannot "
        "include; convert it to PDF or to a JPEG, PNG or HEIC image first",
        quoted=source.quoted,
        ext=ext,
        media_type=source.media_type,
    )


def _open(source: Source, password: str | None) -> pikepdf.Pdf:
    """Open the bytes with the password as typed, then as its writer may have stored it."""
    tries = candidates(password) if password else [""]
    for attempt in tries:
        try:
            return pikepdf.open(io.BytesIO(source.data), password=attempt)
        except pikepdf.PasswordError:
            if attempt is tries[-1]:
                raise
    raise AssertionError("unreachable: the last candidate re-raises")


def _open_pdf(source: Source, password: str | None) -> pikepdf.Pdf:
    label = source.exhibit.label
    try:
        pdf = _open(source, password)
    except pikepdf.PasswordError as exc:
        if password:
            raise ExhibitPasswordError(
                label,
                f"the password given for {source.quoted} is wrong; give the right password",
                code="exhibit.password.wrong",
                quoted=source.quoted,
            ) from exc
        raise ExhibitPasswordError(
            label,
            f"{source.quoted} is password-protected; give its password",
            code="exhibit.password.needed",
            quoted=source.quoted,
        ) from exc
    except (pikepdf.PdfError, RuntimeError, ValueError) as exc:
        raise _broken(source) from exc
    try:
        warnings = [str(w) for w in pdf.get_warnings()]
        if warnings:
            # qpdf repaired the file while opening it: write the repaired copy and
            # read it back, so any damage surfaces here, named, not in the bundle.
            repaired = io.BytesIO()
            pdf.save(repaired)
            pdf = pikepdf.open(io.BytesIO(repaired.getvalue()))
            source.warnings.append(
                f"{label}: {source.quoted} was damaged and has been repaired; check its "
                "pages in the bundle"
            )
        if len(pdf.pages) == 0:
            raise ExhibitError(
                label, f"{source.quoted} has no pages; replace it", quoted=source.quoted
            )
    except (pikepdf.PdfError, RuntimeError, ValueError) as exc:
        raise _broken(source) from exc
    return pdf


def _broken(source: Source) -> ExhibitError:
    return ExhibitError(
        source.exhibit.label,
        f"{source.quoted} cannot be read as a PDF, even after repair; replace it with a "
        "readable copy",
    )


def check_exhibit_evidence(service: CaseService, exhibit_id: str) -> str | None:
    """Open an exhibit's evidence the way a bundle will, as soon as the exhibit is added.

    Raises :class:`ExhibitError` for a file no bundle can include (wrong type, not a
    PDF even after repair, a dynamic XFA form, a capture-hash mismatch, no file), so the
    person hears it when choosing the file, not at filing time.  A password-protected PDF
    is fine (the bundle asks for its password): that is returned as a note to show.
    """
    case = service.get_case(service.case_of(Entity.EXHIBIT, exhibit_id))
    record = next(e for e in case.exhibits if e.entity_id == exhibit_id)
    exhibit = exhibit_of(record)
    source = read_source(service, case, exhibit)
    try:
        pdf = open_source(source, None)
    except ExhibitPasswordError:
        return (
            f"{exhibit.label}: {source.quoted} is password-protected; building the bundle "
            "will ask for its password"
        )
    pdf.close()
    return None
