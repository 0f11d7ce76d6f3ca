"""The printable consent form (同意書): every language, its text, its bytes, its audit, its CLI."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
from pathlib import Path

import pikepdf
import pytest

from desktop.cases.service import CaseService
from desktop.documents.letters import worker_languages
from desktop.documents.letters.consent_form import form_texts, make_consent_form
from desktop.documents.text import missing_glyphs
from desktop.errors import InvalidValueError, NotFoundError
from desktop.organisation import Letterhead, write_letterhead
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.documents.test_adr_bundle import needs_poppler
from tests.documents.test_letters import LANGUAGES
from tests.support.factories import make_case
from tests.test_cli import assert_one_line_error, run, write_csv

RECIPIENT = "東京弁護士会 紛争解決センター"
SCOPE = "氏名・相談内容・証拠の写し"


@pytest.fixture
def consent(service: CaseService) -> tuple[str, str]:
    case_id = make_case(service)
    consent_id = service.add_consent(case_id, {
        "purpose": "adr", "recipient": RECIPIENT, "method": "written",
        "given_on": "2026-11-02", "scope": SCOPE,
    })  # fmt: skip
    write_letterhead(service.vault, Letterhead(name="まどぐち外国人労働者相談センター",
                                               address="東京都千代田区1-1-1",
                                               phone="03-1234-5678"))  # fmt: skip
    return case_id, consent_id


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                         capture_output=True, text=True, check=True)  # fmt: skip
    return "".join(out.stdout.split())


def test_the_form_has_the_letters_seventeen_languages() -> None:
    assert set(worker_languages()) == set(LANGUAGES)
    for code in LANGUAGES:
        texts = form_texts(code)
        assert texts.info.review_status in ("machine-drafted", "reviewed")
        assert set(texts.purposes) == {"case_handling", "referral", "company_feedback", "adr",
                                       "research", "data_sharing", "labour_complaint"}  # fmt: skip


@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_renders_with_every_glyph(
    service: CaseService, consent: tuple[str, str], tmp_path: Path, language: str
) -> None:
    case_id, consent_id = consent
    form = make_consent_form(service, case_id, consent_id, language)
    texts = form_texts(language)
    lang = "ja" if language == "ja-easy" else language
    for text in form.texts:
        assert not missing_glyphs(text, lang), (language, text, missing_glyphs(text, lang))
    extracted = _text(form.pdf, tmp_path)
    squeezed = "".join(RECIPIENT.split())
    assert extracted.count(squeezed) == (1 if language == "ja" else 2)  # each half names it
    assert "ADR（裁判外紛争解決手続）の申立て" in extracted  # the purpose, in Japanese
    assert "".join(SCOPE.split()) in extracted
    assert "".join(texts.texts["withdraw_heading"].split()) in extracted
    assert "本人署名" in extracted and "NguyenVanAn" in extracted
    if language not in ("ja", "ja-easy") and language not in ("th", "km", "my", "si", "bn", "ne"):
        # Scripts without shaping copy out as typed: the translated purpose is findable.
        assert "".join(texts.purposes["adr"].split()) in extracted
    if language != "ja":
        assert "".join(texts.texts["machine_note"].split())[:12] in extracted  # status shown
    with pikepdf.open(io.BytesIO(form.pdf)) as pdf:
        assert pdf.pdf_version >= "1.7"
        assert len(pdf.pages) == 1, f"{language}: the form should fit one page"


def test_same_inputs_same_bytes(service: CaseService, consent: tuple[str, str]) -> None:
    case_id, consent_id = consent
    first = make_consent_form(service, case_id, consent_id, "vi").pdf
    second = make_consent_form(service, case_id, consent_id, "vi").pdf
    assert first == second
    assert make_consent_form(service, case_id, consent_id, "th").pdf != first


def test_unknown_consent_or_language_is_refused(
    service: CaseService, consent: tuple[str, str]
) -> None:
    case_id, consent_id = consent
    with pytest.raises(NotFoundError, match="no consent with the id nope"):
        make_consent_form(service, case_id, "nope", "vi")
    with pytest.raises(InvalidValueError, match="no consent form in 'xx'; use one of: ja, "):
        make_consent_form(service, case_id, consent_id, "xx")


@needs_poppler
def test_through_the_cli_byte_identical_and_audited(tmp_path: Path) -> None:
    vault = str(tmp_path / "vault")
    assert run("init", "--vault", vault, "--office", "TKY").returncode == 0
    cases = tmp_path / "cases.csv"
    write_csv(
        cases,
        [
            ["full_name", "nationality", "language", "phone", "summary"],
            ["Somchai Dee", "TH", "th", "", "相談"],
        ],
    )
    assert run("import", "--vault", vault, str(cases)).returncode == 0
    ref = run("search", "--vault", vault).stdout.split("\t")[0]
    added = run("consent", "add", "--vault", vault, "--case", ref, "--purpose", "referral",
                "--recipient", RECIPIENT, "--scope", SCOPE, "--method", "oral",
                "--given-on", "2026-11-02")  # fmt: skip
    consent_id = added.stdout.strip()
    outs = [tmp_path / "one.pdf", tmp_path / "two.pdf"]
    for out in outs:
        made = run("consent", "form", "--vault", vault, "--case", ref, f"--consent={consent_id}",
                   "--lang", "th", "--out", str(out), "--json")  # fmt: skip
        assert made.returncode == 0, made.stderr
        report = json.loads(made.stdout)
        assert report["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
        assert report["review_status"] == "machine-drafted" and report["language"] == "th"
    assert outs[0].read_bytes() == outs[1].read_bytes()
    assert "関係機関への紹介" in _text(outs[0].read_bytes(), tmp_path)
    with open_vault(Path(vault)) as reopened:
        reopened.unlock(PASSPHRASE)
        made_entries = [e for e in reopened.audit_entries() if e.action == "consent_form_made"]
    assert len(made_entries) == 2
    assert made_entries[0].details["consent"] == consent_id
    assert made_entries[0].details["sha256"] == report["sha256"]
    assert "Somchai" not in json.dumps(made_entries[0].details)  # no names in the audit

    assert_one_line_error(run("consent", "form", "--vault", vault, "--case", ref, "--consent",
                              "nope", "--lang", "th", "--out", str(tmp_path / "x.pdf")),
                          1, "no consent with the id nope")  # fmt: skip
    assert_one_line_error(run("consent", "form", "--vault", vault, "--case", ref,
                              f"--consent={consent_id}", "--lang", "xx", "--out",
                              str(tmp_path / "x.pdf")), 1, "no consent form in 'xx'")  # fmt: skip
    assert_one_line_error(run("consent", "form", "--vault", vault, "--case", ref,
                              f"--consent={consent_id}", "--lang", "th", "--out",
                              str(tmp_path)), 1, "is a folder")  # fmt: skip
    assert not (tmp_path / "x.pdf").exists()
