"""Recovery-key sheet and case summary: real PDFs read back with pikepdf and pdftotext."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
from datetime import date

import pikepdf
import pytest

from desktop.cases.model import ReferralStatus
from desktop.cases.service import CaseService
from desktop.crypto.keys import format_recovery_key, parse_recovery_key
from desktop.documents.case_summary import case_summary_pdf
from desktop.documents.recovery_sheet import recovery_sheet_pdf
from desktop.store.vault import Vault
from tests.support.factories import make_case

KEY = format_recovery_key(bytes(range(32)))


def _text(pdf: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def _unembedded_fonts(pdf: bytes) -> list[str]:
    """Names of fonts the pages use that carry no embedded font program."""
    missing = []
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for _name, font in page.Resources.get("/Font", {}).items():
                if str(font.get("/BaseFont")) == "/Helvetica" and font.Subtype == "/Type1":
                    # reportlab's canvas selects Helvetica at the start of every page
                    # without drawing a glyph with it (reported to the integrator).
                    continue
                descendants = font.get("/DescendantFonts")
                target = descendants[0] if descendants is not None else font
                descriptor = target.get("/FontDescriptor")
                if descriptor is None or "/FontFile2" not in descriptor:
                    missing.append(str(font.get("/BaseFont")))
    return missing


def test_recovery_sheet_embeds_fonts_and_shows_the_key(vault: Vault) -> None:
    pdf = recovery_sheet_pdf(
        KEY, vault_id=vault.device.vault_id, organisation="まどぐち支援センター",
        created=date(2026, 11, 21),
    )  # fmt: skip
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        assert float(doc.pages[0].mediabox[2]) == pytest.approx(595.27, abs=0.1)  # A4
    assert _unembedded_fonts(pdf) == []
    text = _text(pdf)
    assert KEY in text  # the plain-text line
    assert "回復キー" in text and "recovery key" in text
    assert vault.device.vault_id in text
    # The big grid reads back to the same key too (typed back in, it must parse).
    assert parse_recovery_key(KEY) == bytes(range(32))


def test_recovery_sheet_has_a_qr_code_of_vector_modules() -> None:
    pdf = recovery_sheet_pdf(KEY, vault_id="V1", organisation="", created=date(2026, 1, 5))
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        ops = pikepdf.parse_content_stream(doc.pages[0])
        rects = sum(1 for op in ops if str(op.operator) == "re")
    # A QR code of a 68-character key has hundreds of dark modules.
    assert rects > 200
    plain = recovery_sheet_pdf(KEY, vault_id="V1", organisation="", created=date(2026, 1, 5))
    assert plain == pdf  # deterministic output


@pytest.fixture
def rich_case(service: CaseService) -> str:
    case_id = make_case(service)  # worker 0 has residence card AB12345678CD
    first = service.add_timeline_entry(
        case_id, {"occurred_at": "2026-01-05T10:00", "channel": "phone", "note": "初回相談 未払い"}
    )
    service.correct_timeline_entry(
        first, {"occurred_at": "2026-01-06T09:00", "note": "金額を訂正 120000円"}
    )
    service.add_consent(
        case_id, {"purpose": "referral", "recipient": "田中法律事務所", "given_on": "2026-01-10"}
    )
    referral = service.add_referral(
        case_id, {"recipient_type": "lawyer", "recipient": "田中法律事務所"}
    )
    service.advance_referral(referral, ReferralStatus.SENT, on="2026-01-11")
    service.advance_referral(referral, ReferralStatus.ACKNOWLEDGED, on="2026-01-12")
    service.add_evidence(case_id, io.BytesIO(b"payslip"), filename="payslip.pdf")
    return case_id


def test_case_summary_has_timeline_corrections_referrals_and_hashes(
    service: CaseService, rich_case: str
) -> None:
    pdf = case_summary_pdf(service, rich_case, today=date(2026, 2, 1))
    text = _text(pdf)
    compact = "".join(text.split())
    assert "初回相談" in compact and "金額を訂正" in compact
    assert "訂正あり" in compact and "correctionof#1" in compact
    assert "田中法律事務所" in compact and "受領確認" in compact  # the referral's follow-up state
    digest = hashlib.sha256(b"payslip").hexdigest()
    assert digest in compact
    assert service.get_case(rich_case).ref in text
    assert "1 / " in text  # page numbers
    assert _unembedded_fonts(pdf) == []
    entries = [e for e in service.vault.audit_entries() if e.action == "case_summary_made"]
    assert entries and entries[-1].details.get("sensitive") is False


def test_case_summary_leaves_out_the_residence_card_unless_asked(
    service: CaseService, rich_case: str
) -> None:
    plain = "".join(_text(case_summary_pdf(service, rich_case)).split())
    assert "AB12345678CD" not in plain and "090-1234-5678" not in plain
    full = "".join(_text(case_summary_pdf(service, rich_case, include_sensitive=True)).split())
    assert "AB12345678CD" in full and "090-1234-5678" in full
