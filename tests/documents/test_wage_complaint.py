"""The labour standards office complaint (申告) draft: figures, least disclosure, consent, bytes.

Real vault, the shipped rules, real PDFs read back with pdftotext and pikepdf, and
``qpdf --check``.  The case, worked by hand (Tokyo, minimum wage ¥1,163 in April/May 2025;
hourly wage ¥1,000):

April 2025: 1 April 09:00–20:00 (60 min break) = 8 h ordinary + 2 h overtime; 2 April
09:00–18:00 = 8 h.  Contract pay 16 h × ¥1,000 = ¥16,000; shortfall (1,163 − 1,000) × 16
= ¥2,608; overtime 2 h × ¥1,163 × 1.25 = ¥2,907.5 → ¥2,908.  Due ¥21,516.  Payslip: gross
¥16,000, 所得税 ¥500 (statutory), 寮費 ¥5,000 (no basis): paid 16,000 − 5,000 = ¥11,000;
difference ¥10,516 = 5,000 (deduction) + 2,608 (shortfall) + 2,908 (premiums).

May 2025: 7 May 09:00–17:00 (60 min) = 7 h: contract ¥7,000, shortfall 163 × 7 = ¥1,141;
no payslip, so nothing paid: difference ¥8,141 = 1,141 (shortfall) + 7,000 (unpaid).

So the draft names: 最低賃金法第4条第1項 ¥3,749; 労基法第37条 ¥2,908; 労基法第24条第1項
¥5,000 (寮費); 労基法第24条 ¥7,000.  Total ¥18,657 = the claim (10,516 + 8,141).
"""

from __future__ import annotations

import json
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest

from desktop.cases.service import CaseService
from desktop.documents.complaint import (
    AUDIT_ACTION,
    ComplaintRequest,
    make_complaint,
    write_complaint,
)
from desktop.documents.text import missing_glyphs
from desktop.errors import ConsentMissingError, InvalidValueError
from desktop.organisation import Letterhead, write_letterhead
from desktop.wages.case_claim import case_claim
from desktop.wages.errors import WageComplaintError
from desktop.wages.law import shipped_law
from tests.documents.test_adr_bundle import needs_poppler
from tests.documents.test_letters import LANGUAGES
from tests.test_cli import assert_one_line_error, run

HEADER = "date,start,end,break_minutes,break_start\n"
TERMS = {"prefecture": "tokyo", "wage": {"type": "hourly", "amount": "1000"},
         "scheduled_hours_per_day": "8", "scheduled_hours_per_month": "160"}  # fmt: skip
RECORDS = (HEADER + "2025-04-01,09:00,20:00,60,12:00\n2025-04-02,09:00,18:00,60,12:00\n"
           "2025-05-07,09:00,17:00,60,12:00\n")  # fmt: skip
PAYSLIPS = ("period_end,kind,label,amount,basis\n2025-04-30,gross,,16000,\n"
            "2025-04-30,deduction,所得税,500,statutory\n2025-04-30,deduction,寮費,5000,none\n")  # fmt: skip
UNTIL = date(2026, 1, 31)
TODAY = date(2026, 2, 2)
EMPLOYER = "株式会社みどり縫製"
WORKER = "グエン・ヴァン・アン"
PHONE = "090-1234-5678"
ADDRESS = "岐阜県岐阜市柳津町1-2-3"
CARD = "AB12345678CD"
EXPECTED = {"complaint.minimum_wage": Decimal(3749), "complaint.premiums": Decimal(2908),
            "complaint.full_payment": Decimal(5000), "complaint.wages_unpaid": Decimal(7000)}  # fmt: skip


@pytest.fixture
def case_id(service: CaseService) -> str:
    case_id = service.create_case(
        {"full_name": WORKER, "nationality": "VN", "phone": PHONE, "address": ADDRESS,
         "residence_card_number": CARD, "residence_status": "technical_intern_2"},
        case={"summary": "寮で暴力を受けたと話している（健康相談あり）"},
    )  # fmt: skip
    service.add_party(case_id, {"name": EMPLOYER, "role": "employer", "address": "岐阜県羽島市1-1",
                                "establishment": "羽島工場"})  # fmt: skip
    service.set_wages(case_id, {"terms": TERMS, "records": RECORDS, "payslips": PAYSLIPS})
    service.add_consent(case_id, {"purpose": "labour_complaint", "recipient": "岐阜労働基準監督署",
                                  "method": "written", "given_on": "2026-01-20"})  # fmt: skip
    write_letterhead(service.vault, Letterhead(name="まどぐち外国人労働者相談センター",
                                               address="東京都千代田区1-1-1",
                                               phone="03-1234-5678"))  # fmt: skip
    return case_id


def _request(case_id: str, **changes: object) -> ComplaintRequest:
    fields: dict[str, object] = {"case_id": case_id, "language": "vi", "until": UNTIL,
                                 "today": TODAY, "office": "岐阜労働基準監督署",
                                 "representative": "代表取締役　緑川一郎"}  # fmt: skip
    fields.update(changes)
    return ComplaintRequest(**fields)  # type: ignore[arg-type]


def _pdftotext(data: bytes, tmp_path: Path, name: str = "out.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                         capture_output=True, text=True, check=True)  # fmt: skip
    return out.stdout


def _squeezed(text: str) -> str:
    return "".join(text.split())


# -- figures ---------------------------------------------------------------------------
def test_the_violations_and_figures_are_the_calculators(service: CaseService, case_id: str
                                                         ) -> None:  # fmt: skip
    complaint = make_complaint(service, _request(case_id))
    assert complaint.violations == EXPECTED
    claim, _ = case_claim(service.get_case(case_id), UNTIL)
    assert claim is not None
    assert complaint.content.total == claim.totals["claimable"] == Decimal(18657)
    april, may = claim.periods
    assert april.figures["minimum_wage_shortfall"].amount == 2608
    assert april.figures["unpaid_premiums"].amount == 2908
    assert april.figures["unlawful_deductions"].amount == 5000
    assert may.figures["minimum_wage_shortfall"].amount == 1141
    assert complaint.content.deduction_labels == (("寮費", Decimal(5000)),)


# -- the PDFs read back ----------------------------------------------------------------
@needs_poppler
def test_the_draft_reads_back_with_figures_articles_and_its_parts(
    service: CaseService, case_id: str, tmp_path: Path
) -> None:
    result = write_complaint(service, _request(case_id), tmp_path / "complaint.pdf")
    text = _squeezed(_pdftotext(result.draft_path.read_bytes(), tmp_path))
    for expected in ("労働基準法等違反申告書", "岐阜労働基準監督署長殿", "申告者", "使用者",
                     EMPLOYER, "羽島工場", "岐阜県羽島市1-1", "代表取締役緑川一郎",
                     "最低賃金法第4条第1項違反", "合計3,749円", "労働基準法第37条違反",
                     "合計2,908円", "労働基準法第24条第1項違反", "合計5,000円",
                     "労働基準法第24条違反", "合計7,000円", "賃金合計18,657円", "寮費（5,000円）",
                     "労働基準法第104条第1項及び最低賃金法第34条第1項に基づき",
                     "申告の内容", "求める措置", "匿名希望", "添付資料", "署名又は記名押印", "印",
                     "【下書き】", "作成メモ", "complaint.premiums", "機械作成・未確認",
                     "2025年5月25日2.002,908円"):  # fmt: skip
        assert _squeezed(expected) in text, expected
    # The memo's rules carry their Japanese titles; no English title is printed.
    law = shipped_law()
    for rule in law.rules.values():
        assert _squeezed(rule.title) not in text, rule.id
    for rule_id in ("complaint.premiums", "premium.overtime", "limitation.wages"):
        assert _squeezed(law.rules[rule_id].title_ja) in text, rule_id
    subprocess.run(["qpdf", "--check", str(result.draft_path)], check=True, capture_output=True)
    subprocess.run(["qpdf", "--check", str(result.worker_path)], check=True, capture_output=True)
    with pikepdf.open(result.draft_path) as pdf:
        assert len(pdf.pages) >= 2  # the draft, then the counselor's memo page
        fonts = {str(f.get("/BaseFont")) for page in pdf.pages
                 for f in page.Resources.Font.values()}  # fmt: skip
        assert fonts and all("+" in f for f in fonts)  # embedded subsets only


# -- least disclosure --------------------------------------------------------------------
@needs_poppler
def test_only_the_ticked_facts_appear_in_either_pdf(
    service: CaseService, case_id: str, tmp_path: Path
) -> None:
    complaint = make_complaint(service, _request(case_id))  # default: name and phone
    for which, data in (("draft", complaint.draft_pdf), ("worker", complaint.worker_pdf)):
        text = _squeezed(_pdftotext(data, tmp_path, f"{which}.pdf"))
        assert _squeezed(WORKER) in text and PHONE in text
        for secret in (ADDRESS, CARD, "ベトナム", "技能実習", "暴力", "健康"):
            assert _squeezed(secret) not in text, (which, secret)
            assert secret.encode() not in data
    assert [f.key for f in complaint.content.facts] == ["name", "phone"]
    # The address only when ticked; nothing of the worker when nothing is ticked.
    ticked = make_complaint(service, _request(case_id, facts=("name", "address")))
    assert _squeezed(ADDRESS) in _squeezed(_pdftotext(ticked.draft_pdf, tmp_path))
    bare = make_complaint(service, _request(case_id, facts=()))
    for which, data in (("draft", bare.draft_pdf), ("worker", bare.worker_pdf)):
        text = _squeezed(_pdftotext(data, tmp_path, f"bare-{which}.pdf"))
        assert _squeezed(WORKER) not in text and PHONE not in text, which
    assert "本書には記載していません" in _squeezed(_pdftotext(bare.draft_pdf, tmp_path))


@needs_poppler
def test_violations_not_chosen_are_left_out(service: CaseService, case_id: str,
                                            tmp_path: Path) -> None:  # fmt: skip
    complaint = make_complaint(service, _request(case_id, violations=["complaint.premiums"]))
    assert complaint.violations == {"complaint.premiums": Decimal(2908)}
    text = _squeezed(_pdftotext(complaint.draft_pdf, tmp_path))
    assert "最低賃金法第4条第1項違反" not in text and "寮費" not in text
    # Only the Labour Standards Act's 申告 article: no minimum-wage finding is named.
    assert "最低賃金法第34条" not in text.split("作成メモ")[0]
    with pytest.raises(InvalidValueError, match="not a violation a complaint can name"):
        make_complaint(service, _request(case_id, violations=["complaint.overwork"]))
    with pytest.raises(InvalidValueError, match="not a fact a complaint can print"):
        make_complaint(service, _request(case_id, facts=["residence_card_number"]))


@needs_poppler
def test_name_withheld_or_not_and_the_counselors_words(service: CaseService, case_id: str,
                                                      tmp_path: Path) -> None:  # fmt: skip
    open_name = make_complaint(service, _request(
        case_id, withhold_name=False, summary="寮費は入社時に説明がなかった。",
        measures="未払賃金の支払を指導してください。"))  # fmt: skip
    text = _squeezed(_pdftotext(open_name.draft_pdf, tmp_path))
    assert "匿名希望" not in text and "氏名が明らかになることに同意します" in text
    assert "寮費は入社時に説明がなかった。" in text and "未払賃金の支払を指導してください。" in text
    withheld = _squeezed(_pdftotext(make_complaint(service, _request(case_id)).draft_pdf,
                                    tmp_path))  # fmt: skip
    assert "匿名希望" in withheld


# -- bytes, consent, refusals --------------------------------------------------------------
def test_same_inputs_same_bytes(service: CaseService, case_id: str) -> None:
    first = make_complaint(service, _request(case_id))
    second = make_complaint(service, _request(case_id))
    assert first.draft_pdf == second.draft_pdf and first.worker_pdf == second.worker_pdf
    other = make_complaint(service, _request(case_id, language="th"))
    assert other.draft_pdf == first.draft_pdf and other.worker_pdf != first.worker_pdf


def test_refused_without_a_live_consent_for_the_purpose(service: CaseService, case_id: str,
                                                       tmp_path: Path) -> None:  # fmt: skip
    (consent,) = service.get_case(case_id).consents
    service.withdraw_consent(consent.entity_id, "2026-01-25")
    service.add_consent(case_id, {"purpose": "referral", "recipient": "岐阜労働基準監督署",
                                  "method": "written", "given_on": "2026-01-20"})  # fmt: skip
    out = tmp_path / "out" / "complaint.pdf"
    out.parent.mkdir()
    with pytest.raises(ConsentMissingError) as raised:
        write_complaint(service, _request(case_id), out)
    assert raised.value.code == "consent.missing"
    assert raised.value.params["purpose"] == "labour_complaint"
    assert list(out.parent.iterdir()) == []
    assert not [e for e in service.vault.audit_entries() if e.action == AUDIT_ACTION]


def test_refused_without_wage_data_or_anything_to_report(service: CaseService) -> None:
    case_id = service.create_case({"full_name": WORKER})
    service.add_consent(case_id, {"purpose": "labour_complaint", "method": "oral",
                                  "recipient": "岐阜労働基準監督署", "given_on": "2026-01-20"})  # fmt: skip
    with pytest.raises(WageComplaintError) as raised:
        make_complaint(service, _request(case_id))
    assert raised.value.code == "wages.complaint.no_data"
    # Paid in full: nothing to report.
    service.set_wages(case_id, {"terms": {**TERMS, "wage": {"type": "hourly", "amount": "1300"}},
                                "records": HEADER + "2025-05-07,09:00,17:00,60,12:00\n",
                                "payslips": "period_end,kind,label,amount,basis\n"
                                            "2025-05-31,gross,,9100,\n"})  # fmt: skip
    with pytest.raises(WageComplaintError) as raised:
        make_complaint(service, _request(case_id))
    assert raised.value.code == "wages.complaint.nothing_found"
    # Three years later the period is time-barred: nothing to report either.
    with pytest.raises(WageComplaintError):
        make_complaint(service, _request(case_id, until=date(2029, 1, 1)))


def test_time_barred_periods_are_left_out_and_said_so(service: CaseService, case_id: str
                                                      ) -> None:  # fmt: skip
    # April's wages were due 2025-05-25 (expire 2028-05-25), May's 2025-06-25.
    complaint = make_complaint(service, _request(case_id, until=date(2028, 6, 1)))
    assert complaint.content.expired == 1
    assert complaint.violations == {"complaint.minimum_wage": Decimal(1141),
                                    "complaint.wages_unpaid": Decimal(7000)}  # fmt: skip


def test_written_atomically_and_audited_without_names(service: CaseService, case_id: str,
                                                     tmp_path: Path) -> None:  # fmt: skip
    folder = tmp_path / "out"
    folder.mkdir()
    result = write_complaint(service, _request(case_id, language="my"), folder / "c.pdf")
    assert result.worker_path == folder / "c-worker-my.pdf"
    assert sorted(p.name for p in folder.iterdir()) == ["c-worker-my.pdf", "c.pdf"]
    (entry,) = [e for e in service.vault.audit_entries() if e.action == AUDIT_ACTION]
    assert entry.details["draft_sha256"] == result.draft_sha256
    assert entry.details["violations"] == sorted(EXPECTED)
    assert entry.details["language"] == "my" and entry.details["withhold_name"] is True
    assert entry.details["review_status"] == "machine-drafted"
    flat = json.dumps(entry.details, ensure_ascii=False)
    assert WORKER not in flat and EMPLOYER not in flat and "18657" not in flat


# -- every worker language ----------------------------------------------------------------
@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_its_copy_with_every_glyph(service: CaseService, case_id: str,
                                                      tmp_path: Path, language: str) -> None:  # fmt: skip
    complaint = make_complaint(service, _request(case_id, language=language))
    lang = "ja" if language == "ja-easy" else language
    for text in complaint.worker_texts:
        assert not missing_glyphs(text, lang), (language, text, missing_glyphs(text, lang))
    for text in complaint.draft_texts:
        assert not missing_glyphs(text, "ja"), text
    extracted = _squeezed(_pdftotext(complaint.worker_pdf, tmp_path))
    assert "18,657" in extracted and "3,749" in extracted
    with pikepdf.open(__import__("io").BytesIO(complaint.worker_pdf)) as pdf:
        assert len(pdf.pages) <= 2, language


def test_the_consent_names_the_office(service: CaseService, case_id: str, tmp_path: Path
                                      ) -> None:  # fmt: skip
    # Another office than the consent's is refused, naming it; no office: the consent's.
    with pytest.raises(ConsentMissingError) as raised:
        make_complaint(service, _request(case_id, office="名古屋北労働基準監督署"))
    assert raised.value.params["recipient"] == "名古屋北労働基準監督署"
    complaint = make_complaint(service, _request(case_id, office=""))
    assert complaint.content.office == "岐阜労働基準監督署"


# -- the command ------------------------------------------------------------------------
@needs_poppler
def test_cli_writes_both_files_byte_identical_and_refuses_in_one_line(
    service: CaseService, case_id: str, tmp_path: Path
) -> None:
    ref = service.get_case(case_id).ref
    bare = service.create_case({"full_name": "Hoang F"})
    bare_ref = service.get_case(bare).ref
    folder = str(service.vault.folder)
    service.vault.close()
    outs = [tmp_path / "a" / "complaint.pdf", tmp_path / "b" / "complaint.pdf"]
    for out in outs:
        out.parent.mkdir()
        done = run("wages", "complaint", "--vault", folder, "--case", ref, "--lang", "vi",
                   "--out", str(out), "--until", "2026-01-31", "--json")  # fmt: skip
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
    assert report["total"] == "18657" and report["violations"]["complaint.premiums"] == "2908"
    assert report["office"] == "岐阜労働基準監督署" and report["review_status"] == "machine-drafted"
    worker = outs[0].with_name("complaint-worker-vi.pdf")
    assert report["worker_copy"].endswith("complaint-worker-vi.pdf")
    # The draft's date is the day it is made; both runs are the same day (no clock in it
    # otherwise), so the two files are the same bytes.
    assert outs[0].read_bytes() == outs[1].read_bytes()
    assert worker.read_bytes() == outs[1].with_name("complaint-worker-vi.pdf").read_bytes()
    assert "18,657" in _pdftotext(outs[0].read_bytes(), tmp_path)
    # Plain output names both files and says it is a draft.
    plain = tmp_path / "c" / "x.pdf"
    plain.parent.mkdir()
    done = run("wages", "complaint", "--vault", folder, "--case", ref, "--lang", "en", "--out",
               str(plain), "--until", "2026-01-31", "--fact", "name")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert str(plain) in done.stdout and "x-worker-en.pdf" in done.stdout
    assert "DRAFT to be checked" in done.stdout
    refused = tmp_path / "refused.pdf"
    for args, words in (
        (("--case", bare_ref, "--lang", "vi"), ("labour complaint",)),  # no consent
        (("--case", ref, "--lang", "xx"), ("'xx'", "use one of")),
        (("--case", "NO-SUCH-REF", "--lang", "vi"), ("NO-SUCH-REF",)),
        (("--case", ref, "--lang", "vi", "--office", "名古屋北労働基準監督署"),
         ("名古屋北労働基準監督署",)),
    ):  # fmt: skip
        done = run("wages", "complaint", "--vault", folder, "--out", str(refused), *args)
        assert_one_line_error(done, 1, *words)
        assert not refused.exists()
    # Usage errors: argparse's usage, then one line naming the problem, exit 2.
    for args, word in (
        (("--until", "2026-13-01"), "2026-13-01"),
        (("--fact", "residence_card_number"), "residence_card_number"),
    ):  # fmt: skip
        done = run("wages", "complaint", "--vault", folder, "--out", str(refused), "--case",
                   ref, "--lang", "vi", *args)  # fmt: skip
        assert done.returncode == 2 and "Traceback" not in done.stderr
        last = done.stderr.strip().splitlines()[-1]
        assert last.startswith("madoguchi: ") and word in last
        assert not refused.exists()


def test_the_purpose_is_a_consent_like_any_other(service: CaseService, case_id: str) -> None:
    from desktop.cases.export import export_document

    exported = export_document(service)
    consents = [c for case in exported["cases"] for c in case["consents"]]
    assert [c["purpose"] for c in consents] == ["labour_complaint"]
    with pytest.raises(InvalidValueError):
        service.add_consent(case_id, {"purpose": "labour_complain", "recipient": "x",
                                      "given_on": "2026-01-20"})  # fmt: skip
