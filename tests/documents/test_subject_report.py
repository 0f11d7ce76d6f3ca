""" "What we hold about you" (issue 19 point 4): every disclosure listed, 17 languages, same bytes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from desktop.cases.service import CaseService
from desktop.crypto.kdf import fast_params_for_tests
from desktop.documents import contacts
from desktop.documents.letters.render import text_lang
from desktop.documents.packets import seal_packet
from desktop.documents.subject_report import (
    AUDIT_ACTION,
    subject_content,
    subject_lines,
    subject_report_pdf,
    write_subject_report,
)
from desktop.documents.subject_report_texts import subject_languages, subject_texts
from desktop.documents.text import missing_glyphs
from desktop.errors import ConsentMissingError
from desktop.identity import ensure_identity
from desktop.store.vault import Vault
from desktop.vaults import create_vault
from tests.conftest import PASSPHRASE
from tests.test_cli import run

TODAY = date(2026, 5, 1)
LAWYER_ORG = "田中法律事務所"


@pytest.fixture
def lawyer(tmp_path: Path) -> Iterator[Vault]:
    vault, _ = create_vault(tmp_path / "lawyer", PASSPHRASE, kdf_params=fast_params_for_tests(),
                            device_code="D2", user_id="lawyer-tanaka")  # fmt: skip
    ensure_identity(vault, display_name="田中 弁護士", organisation=LAWYER_ORG)
    yield vault
    with contextlib.suppress(Exception):
        vault.close()


@pytest.fixture
def case_id(service: CaseService, lawyer: Vault, tmp_path: Path) -> str:
    """A case with a referral, a sealed packet and a share (each once)."""
    case_id = service.create_case(
        {"full_name": "NGUYEN VAN A", "nationality": "VN", "phone": "090-1234-5678",
         "residence_status": "technical_intern_2", "languages": ["vi"]},
        topics=[{"category": "labour", "subtopic": "unpaid_wages"}],
    )  # fmt: skip
    service.add_party(case_id, {"name": "株式会社テスト工業", "role": "employer"})
    service.add_consent(case_id, {"purpose": "case_handling", "recipient": "相談窓口",
                                  "given_on": "2026-01-05", "method": "written"})  # fmt: skip
    service.add_consent(case_id, {"purpose": "referral", "recipient": LAWYER_ORG,
                                  "given_on": "2026-01-10", "method": "oral"})  # fmt: skip
    service.add_consent(case_id, {"purpose": "research", "recipient": "大学",
                                  "given_on": "2026-01-11", "withdrawn_on": "2026-02-01"})  # fmt: skip
    referral_id = service.add_referral(case_id, {
        "recipient_type": "lawyer", "recipient": LAWYER_ORG, "language": "ja",
        "facts": ["name", "employer", "topics"], "sent_on": "2026-01-12"})  # fmt: skip
    ensure_identity(service.vault, display_name="相談員 佐藤", organisation="まどぐち支援センター")
    contact = contacts.import_key_file(service.vault, ensure_identity(lawyer).key_file())
    seal_packet(service, case_id=case_id, recipient=contact, out=tmp_path / "p.mdgpkt",
                files=[("letter.pdf", b"%PDF-1.7 letter")], referral_id=referral_id)  # fmt: skip
    # The audit entry the sync client writes when a case is shared with a colleague
    # (sync/_client_sharing.py); a server round trip adds nothing this report reads.
    service.vault.record_audit("case_shared", case_id, {"to": "suzuki", "keys": 1,
                                                        "devices": 1, "manage": False})  # fmt: skip
    return case_id


def test_lists_every_referral_packet_and_share(service: CaseService, case_id: str) -> None:
    content = subject_content(service, case_id)
    kinds = sorted((d.kind, d.recipient) for d in content.disclosures)
    assert kinds == [("packet", LAWYER_ORG), ("referral", LAWYER_ORG), ("share", "suzuki")]
    [referral] = [d for d in content.disclosures if d.kind == "referral"]
    assert referral.day == "2026-01-12" and referral.facts == ("name", "employer", "topics")
    [packet] = [d for d in content.disclosures if d.kind == "packet"]
    assert packet.files == 1
    lines = "\n".join(text for _, text in subject_lines(content, subject_texts("en"), TODAY))
    assert "2026-01-12: letter to 田中法律事務所: Your name, Your workplace, Your problem" in lines
    assert "sealed documents (1 files) to 田中法律事務所" in lines
    assert "shared with staff member suzuki" in lines
    assert "Research (no names): 大学, since 2026-01-11 (taken back on 2026-02-01)" in lines
    assert "090-1234-5678" in lines and "株式会社テスト工業" in lines
    assert "Translation: machine-drafted" in lines


@pytest.mark.parametrize("lang", subject_languages())
def test_every_language_renders_without_missing_glyphs(
    service: CaseService, case_id: str, lang: str
) -> None:
    assert len(subject_languages()) == 17
    content = subject_content(service, case_id)
    texts = subject_texts(lang)
    for _, text in subject_lines(content, texts, TODAY):
        assert not missing_glyphs(text, text_lang(lang)), (lang, text)
    data = subject_report_pdf(service, case_id, lang, TODAY)
    assert data.startswith(b"%PDF")


def test_same_bytes_twice_audited_and_consent_checked(
    tmp_path: Path, service: CaseService, case_id: str
) -> None:
    first = write_subject_report(service, case_id, "vi", tmp_path / "a.pdf", TODAY)
    second = write_subject_report(service, case_id, "vi", tmp_path / "b.pdf", TODAY)
    assert first == second == (tmp_path / "a.pdf").read_bytes()
    with pikepdf.open(tmp_path / "a.pdf") as pdf:
        assert len(pdf.pages) >= 2  # Vietnamese, then Japanese
    entries = [e for e in service.vault.audit_entries() if e.action == AUDIT_ACTION]
    assert len(entries) == 2 and entries[0].details["language"] == "vi"
    assert "NGUYEN" not in str(entries[0].details)
    bare = service.create_case({"full_name": "NO CONSENT"})
    with pytest.raises(ConsentMissingError):
        write_subject_report(service, bare, "en", tmp_path / "c.pdf", TODAY)
    assert not (tmp_path / "c.pdf").exists()


def test_cli_subject_report(tmp_path: Path, vault: Vault, vault_dir: Path, service: CaseService,
                            case_id: str) -> None:  # fmt: skip
    ref = service.get_case(case_id).ref
    vault.close()
    out = tmp_path / "s.pdf"
    result = run("subject-report", "--vault", str(vault_dir), "--case", ref, "--lang", "my",
                 "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    result = run("subject-report", "--vault", str(vault_dir), "--case", ref, "--lang", "xx",
                 "--out", str(out))  # fmt: skip
    assert result.returncode != 0 and "Traceback" not in result.stderr
