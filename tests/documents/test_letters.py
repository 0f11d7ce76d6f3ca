"""Referral letters: every template × language renders, least disclosure, consent gate."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image

from desktop.cases.model import REFERRAL_FACTS, RecipientType
from desktop.cases.service import CaseService
from desktop.documents.letters import (
    Letter,
    LetterRequest,
    compose,
    make_letter,
    template_types,
    worker_languages,
    write_letter,
)
from desktop.documents.letters.data import (
    LETTERS_DIR,
    WORKER_TEXT_KEYS,
    load_template,
    worker_texts,
)
from desktop.documents.letters.render import Content, recipient_pdf, worker_pdf
from desktop.documents.text import missing_glyphs
from desktop.errors import ConsentMissingError, InvalidValueError
from desktop.organisation import Letterhead, write_letterhead
from tests.support.factories import WORKERS

LAWYER = "東京ひまわり法律事務所"
CARD = str(WORKERS[0]["residence_card_number"])
ADDRESS = "東京都新宿区西新宿二丁目8番1号"
# The 17 worker languages the domain names, in the data file's order.
LANGUAGES = ("ja", "ja-easy", "en", "vi", "zh", "tl", "id", "ne", "my", "km", "th", "si", "bn",
             "mn", "pt", "es", "ko")  # fmt: skip
DAY = date(2026, 11, 21)


def _logo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), (30, 90, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def case(service: CaseService, tmp_path: Path) -> dict[str, str]:
    """A case with a card number, an address, an employer, a health topic and evidence."""
    worker = {**WORKERS[0], "address": ADDRESS, "date_of_birth": "1999-04-03"}
    case_id = service.create_case(
        worker,
        case={"summary": "残業代が支払われていない。"},
        topics=[
            {"category": "labour", "subtopic": "unpaid_wages"},
            {"category": "medical_welfare", "subtopic": "illness", "note": "腰痛で通院中"},
        ],
    )
    service.add_party(case_id, {"name": "株式会社サンプル工業", "role": "employer"})
    consent = service.add_consent(case_id, {
        "purpose": "referral", "recipient": LAWYER, "method": "written",
        "given_on": "2026-11-02", "scope": "氏名・連絡先・相談内容の要約",
    })  # fmt: skip
    payslip = tmp_path / "payslip.pdf"
    payslip.write_bytes(b"%PDF-1.4 payslip")
    evidence = service.add_evidence(case_id, payslip, {"title": "給与明細（2026年9月分）"})
    write_letterhead(service.vault, Letterhead(
        name="まどぐち外国人労働者相談センター", address="東京都千代田区1-1-1",
        phone="03-1234-5678", email="desk@example.org", logo_png=_logo(),
    ))  # fmt: skip
    return {"case": case_id, "consent": consent, "evidence": evidence}


def _request(case: dict[str, str], **kw: Any) -> LetterRequest:
    values: dict[str, Any] = {
        "case_id": case["case"], "recipient_type": "lawyer", "recipient": LAWYER,
        "language": "vi", "today": DAY,
    }  # fmt: skip
    values.update(kw)
    return LetterRequest(**values)


def _text(pdf: bytes, tmp_path: Path) -> str:
    """The PDF's text as a reader would copy it (pdftotext when installed)."""
    if shutil.which("pdftotext"):
        source = tmp_path / "extract.pdf"
        source.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(source), "-"], capture_output=True, check=True
        )
        return out.stdout.decode("utf-8")
    with pikepdf.open(io.BytesIO(pdf)) as doc:  # fallback: raw content streams
        return "".join(page.Contents.read_bytes().decode("latin-1") for page in doc.pages)


def _fonts(pdf: bytes) -> Iterator[tuple[str, pikepdf.Dictionary]]:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for name, font in page.Resources.get("/Font", {}).items():
                if font.get("/Subtype") == "/Type0":
                    font = font.DescendantFonts[0]
                yield name, font


def _assert_embedded(pdf: bytes) -> None:
    seen = 0
    for name, font in _fonts(pdf):
        seen += 1
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None and "/FontFile2" in descriptor, f"{name} not embedded"
    assert seen, "no fonts at all"


# -- rendering ---------------------------------------------------------------------


def test_every_template_in_every_language_renders(service: CaseService, case: dict[str, str]):
    """6 templates × 17 languages: both PDFs, fonts embedded, no string without glyphs."""
    letter = make_letter(service, _request(case, evidence_ids=[case["evidence"]],
                                           facts=[*REFERRAL_FACTS]))  # fmt: skip
    assert set(template_types()) == {t.value for t in RecipientType}
    assert set(worker_languages()) == set(LANGUAGES)
    content = _content(service, case)
    checked: set[str] = set()
    for rtype in template_types():
        with_template = _replace_template(content, rtype)
        pdf, texts = recipient_pdf(with_template)
        assert pdf.startswith(b"%PDF")
        _assert_embedded(pdf)
        checked.update(texts)
        for code in LANGUAGES:
            copy, copy_texts = worker_pdf(with_template, worker_texts(code))
            _assert_embedded(copy)
            checked.update(copy_texts)
    checked.update(letter.recipient_texts + letter.worker_texts)
    missing = {t: missing_glyphs(t) for t in checked if missing_glyphs(t)}
    assert not missing


def _content(service: CaseService, case: dict[str, str]) -> Content:
    """What a letter with every fact ticked and the evidence enclosed says."""
    return compose(service, _request(case, facts=[*REFERRAL_FACTS],
                                     evidence_ids=[case["evidence"]]))  # fmt: skip


def _replace_template(content: Content, rtype: str) -> Content:
    return replace(content, template=load_template(rtype))


def test_japanese_letter_text(service: CaseService, case: dict[str, str], tmp_path: Path):
    action = "未払い残業代の請求について、ご本人との面談をお願いいたします。"
    letter = make_letter(service, _request(case, requested_action=action,
                                           evidence_ids=[case["evidence"]]))  # fmt: skip
    text = re.sub(r"\s+", "", _text(letter.recipient_pdf, tmp_path))
    ref = service.get_case(case["case"]).ref
    assert letter.reference == f"{ref}-D1R1"  # device code keeps offline numbers unique
    for expected in (LAWYER, "御中", letter.reference, action, "法律相談のお願い", "拝啓", "敬具",
                     "2026年11月21日", "給与明細（2026年9月分）", "2026年11月2日", "書面",
                     "まどぐち外国人労働者相談センター", "NguyenVanAn", "ベトナム"):  # fmt: skip
        assert expected in text, expected
    worker = re.sub(r"\s+", "", _text(letter.worker_pdf, tmp_path))
    assert "Thưgiớithiệucủabạn" in worker
    assert letter.reference in worker and LAWYER in worker


def test_default_action_and_era_dates(service: CaseService, case: dict[str, str], tmp_path: Path):
    head = Letterhead(name="窓口", date_style="japanese")
    write_letterhead(service.vault, head)
    letter = make_letter(service, _request(case, recipient_type="labour_office"))
    text = re.sub(r"\s+", "", _text(letter.recipient_pdf, tmp_path))
    assert re.sub(r"\s+", "", load_template("labour_office").requested_action) in text
    assert "令和8年11月21日" in text


# -- least disclosure -----------------------------------------------------------------


def test_card_number_and_address_only_when_ticked(
    service: CaseService, case: dict[str, str], tmp_path: Path
):
    plain = make_letter(service, _request(case))
    for pdf in (plain.recipient_pdf, plain.worker_pdf):
        text = re.sub(r"\s+", "", _text(pdf, tmp_path))
        assert CARD not in text and "西新宿" not in text and "1999" not in text
        assert "腰痛" not in text and "病気" not in text  # health stays out of "topics"
        assert CARD.encode() not in pdf
    assert set(plain.facts) <= {"name", "nationality", "languages", "topics", "summary"}

    ticked = make_letter(service, _request(case, facts=["residence_card_number", "address"]))
    text = re.sub(r"\s+", "", _text(ticked.recipient_pdf, tmp_path))
    assert CARD in text and "西新宿" in text
    assert CARD in re.sub(r"\s+", "", _text(ticked.worker_pdf, tmp_path))
    assert "Nguyen" not in text  # the name was not ticked this time
    assert ticked.facts == ("residence_card_number", "address")


def test_health_only_when_ticked(service: CaseService, case: dict[str, str], tmp_path: Path):
    letter = make_letter(service, _request(case, facts=["topics", "health"]))
    text = re.sub(r"\s+", "", _text(letter.recipient_pdf, tmp_path))
    assert "腰痛で通院中" in text and "賃金未払い" in text


def test_unknown_fact_template_language_evidence(service: CaseService, case: dict[str, str]):
    with pytest.raises(InvalidValueError, match="passport"):
        make_letter(service, _request(case, facts=["name", "passport"]))
    with pytest.raises(InvalidValueError, match="template"):
        make_letter(service, _request(case, recipient_type="police"))
    with pytest.raises(InvalidValueError, match="xx"):
        make_letter(service, _request(case, language="xx"))
    with pytest.raises(InvalidValueError, match="not on case"):
        make_letter(service, _request(case, evidence_ids=["nope"]))


# -- consent gate ----------------------------------------------------------------------


def test_no_consent_names_purpose_and_recipient(service: CaseService, case: dict[str, str]):
    with pytest.raises(ConsentMissingError) as err:
        make_letter(service, _request(case, recipient="みなと労働基準監督署",
                                      recipient_type="labour_office"))  # fmt: skip
    assert "みなと労働基準監督署" in str(err.value) and "referral" in str(err.value)


def test_withdrawn_consent_refused(service: CaseService, case: dict[str, str]):
    service.withdraw_consent(case["consent"], "2026-11-10")
    with pytest.raises(ConsentMissingError, match=LAWYER):
        make_letter(service, _request(case))


def test_consent_for_other_purpose_refused(service: CaseService, case: dict[str, str]):
    other = "NPO法人シェルター"
    service.add_consent(case["case"], {"purpose": "research", "recipient": other,
                                       "method": "oral", "given_on": "2026-11-01"})  # fmt: skip
    with pytest.raises(ConsentMissingError, match=other):
        make_letter(service, _request(case, recipient=other, recipient_type="ngo"))
    service.add_consent(case["case"], {"purpose": "referral", "recipient": other,
                                       "method": "oral", "given_on": "2026-11-03"})  # fmt: skip
    assert make_letter(service, _request(case, recipient=other, recipient_type="ngo")).reference


def test_consent_without_method_refused(service: CaseService, case: dict[str, str]):
    service.add_consent(case["case"], {"purpose": "referral", "recipient": "病院",
                                       "given_on": "2026-11-01"})  # fmt: skip
    with pytest.raises(ConsentMissingError, match="method"):
        make_letter(service, _request(case, recipient="病院", recipient_type="hospital"))


# -- writing and recording ---------------------------------------------------------------


def test_write_records_referral_and_audits(
    service: CaseService, case: dict[str, str], tmp_path: Path
):
    out = tmp_path / "out"
    result = write_letter(service, _request(case, evidence_ids=[case["evidence"]]), out)
    assert result.letter_path.name == f"{result.reference}-letter-ja.pdf"
    assert result.worker_path.name == f"{result.reference}-worker-vi.pdf"
    assert result.letter_path.read_bytes() == result.letter.recipient_pdf
    assert result.paths == (result.letter_path, result.worker_path)
    view = service.get_case(case["case"])
    (referral,) = view.referrals
    assert referral.entity_id == result.referral_id
    assert referral.data["letter_sha256"] == result.letter_sha256
    assert referral.data["status"] == "draft" and referral.data["recipient"] == LAWYER
    assert referral.data["facts"] == list(result.letter.facts)
    assert referral.data["evidence"] == [case["evidence"]]
    (entry,) = [e for e in service.vault.audit_entries() if e.action == "letter_made"]
    assert entry.details["letter_sha256"] == result.letter_sha256
    flat = json.dumps(entry.details, ensure_ascii=False)
    assert LAWYER not in flat and "Nguyen" not in flat
    again = write_letter(service, _request(case), out)
    assert again.reference.endswith("-D1R2")
    assert service.get_case(case["case"]).referrals[0].data["reference"] == result.reference
    assert sorted(p.name for p in out.iterdir()) == sorted(
        p.name for p in (result.letter_path, result.worker_path, again.letter_path,
                         again.worker_path)
    )  # fmt: skip


def test_write_without_record(service: CaseService, case: dict[str, str], tmp_path: Path):
    result = write_letter(service, _request(case), tmp_path, record=False)
    assert result.referral_id is None and not service.get_case(case["case"]).referrals
    assert any(e.action == "letter_made" for e in service.vault.audit_entries())


def test_reproducible_bytes(service: CaseService, case: dict[str, str]):
    first = make_letter(service, _request(case, language="my"))
    second = make_letter(service, _request(case, language="my"))
    assert first.recipient_pdf == second.recipient_pdf
    assert first.worker_pdf == second.worker_pdf
    other_day = make_letter(service, _request(case, language="my", today=date(2026, 11, 22)))
    assert other_day.recipient_pdf != first.recipient_pdf


def test_zh_hans_alias(service: CaseService, case: dict[str, str]):
    letter: Letter = make_letter(service, _request(case, language="zh-Hans"))
    assert letter.language == "zh"


# -- data completeness -------------------------------------------------------------------


def test_worker_copy_complete_in_every_language():
    raw = json.loads((LETTERS_DIR / "worker-copy.json").read_text(encoding="utf-8"))
    assert raw["id"] == "worker-copy" and isinstance(raw["version"], int)
    langs = raw["languages"]
    assert list(langs) == list(LANGUAGES)
    for code, entry in langs.items():
        assert entry["review_status"] in ("machine-drafted", "reviewed"), code
        if entry["review_status"] == "reviewed":
            assert entry.get("reviewer") and entry.get("reviewed_on"), code
        assert set(entry["texts"]) == set(WORKER_TEXT_KEYS), code
        assert set(entry["facts"]) == set(REFERRAL_FACTS), code
        assert set(entry["recipient_types"]) == {t.value for t in RecipientType}, code
        for label in entry["recipient_types"].values():
            assert label["label"].strip() and label["purpose"].strip(), code
        texts = worker_texts(code)  # the loader's own checks (placeholders, methods)
        assert texts.info.name == entry["name"]
        for value in [*texts.texts.values(), *texts.facts.values(), entry["name"]]:
            assert not missing_glyphs(value), (code, value)
    names = json.loads(
        (LETTERS_DIR.parent / "safety" / "questionnaire-1.json").read_text(encoding="utf-8")
    )["languages"]
    for code, info in worker_languages().items():
        assert info.name == names["zh-Hans" if code == "zh" else code]["name"]


def test_templates_versioned_and_complete():
    for rtype in template_types():
        raw = json.loads((LETTERS_DIR / f"{rtype}.json").read_text(encoding="utf-8"))
        assert raw["id"] == f"referral-{rtype}" and raw["version"] >= 1
        template = load_template(rtype)
        assert template.requested_action and template.relevant_facts
        assert not set(template.relevant_facts) & {"residence_card_number", "address",
                                                   "date_of_birth", "health"}  # fmt: skip


@pytest.mark.parametrize(
    ("recipient", "expected"),
    [
        ("山田法律事務所", "御中"),
        ("新宿労働基準監督署", "御中"),
        ("在日ベトナム大使館", "御中"),
        ("弁護士 石川 拓也（さくら通り法律事務所）", "先生"),
        ("Nguyen Van An", "様"),
        ("田中 花子様", ""),
    ],
)
def test_honorific_fits_the_recipient(recipient: str, expected: str) -> None:
    from desktop.documents.letters.render import honorific

    assert honorific(recipient, "御中") == expected
