"""The calculation sheet (賃金計算書) and "use as the claim" for an ADR matter.

Real vault, real calculator on the shipped rules, real PDFs read back with pikepdf,
``qpdf --check`` and ``pdftotext``.  The example, worked by hand (hourly ¥2,000 in Tokyo,
above every minimum wage on file; Sunday is the statutory holiday):

April 2025
  04-01 (Tue) 09:00–20:00, 60 min break: 8 h ordinary, 2 h overtime
  04-06 (Sun) 20:00–02:00: 2 h holiday, 2 h holiday late night (22–24), then 00:00–02:00 on
        Monday: 2 h ordinary late night (within the shift's 8 hours)
  contract pay 10 h × 2,000 = 20,000; overtime 2 × 2,000 × 1.25 = 5,000; holiday
  2 × 2,000 × 1.35 = 5,400; holiday night 2 × 2,000 × 1.60 = 6,400; ordinary night
  2 × 2,000 × 0.25 = 1,000 → due 37,800; payslip gross 20,000 less dormitory 5,000 with no
  agreement → paid 15,000; difference 22,800 (pay date 2025-05-25, expires 2028-05-25)
May 2025
  05-01 (Thu) 09:00–18:00, 60 min: 8 h ordinary → due 16,000; paid 16,000; difference 0
Totals: due 53,800, paid 31,000, difference 22,800, claimable 22,800.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest

from desktop.cases.service import CaseService
from desktop.documents.wage_claim import (
    SHEET_SOURCE,
    relief_with_amount,
    save_calculation_sheet,
    use_as_claim,
)
from desktop.documents.wage_sheet import ESTIMATE_LINE, SheetInputs, calculation_sheet_pdf
from desktop.wages.calculator import calculate
from desktop.wages.errors import WageClaimEmptyError, WageDataMissingError
from desktop.wages.inputs import parse_payslips, parse_records, parse_terms
from desktop.wages.law import shipped_law
from tests.test_cli import assert_one_line_error, run

TERMS = {"prefecture": "tokyo", "wage": {"type": "hourly", "amount": "2000"}}
RECORDS = (
    "date,start,end,break_minutes,break_start\n"
    "2025-04-01,09:00,20:00,60,12:00\n"
    "2025-04-06,20:00,02:00,0,\n"
    "2025-05-01,09:00,18:00,60,12:00\n"
)
PAYSLIPS = (
    "period_end,kind,label,amount,basis\n"
    "2025-04-30,gross,,20000,\n"
    "2025-04-30,deduction,寮費,5000,none\n"
    "2025-05-31,gross,,16000,\n"
)
UNTIL = date(2026, 1, 1)
RELIEF = "1　相手方は、申立人に対し、金42万円を支払え。\n2　申立費用は相手方の負担とする。"


def _inputs(reference: str = "TST-D1-0001") -> SheetInputs:
    terms, records = parse_terms(TERMS), parse_records(RECORDS)
    law = shipped_law()
    claim = calculate(terms, records, parse_payslips(PAYSLIPS), law, UNTIL)
    return SheetInputs(claim, terms, records, law, reference)


def _text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def _qpdf_ok(path: Path) -> None:
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_hand_worked_example_is_what_the_calculator_says() -> None:
    claim = _inputs().claim
    april, may = claim.periods
    assert april.figures["amount_due"].amount == Decimal(37800)
    assert april.figures["amount_paid"].amount == Decimal(15000)
    assert april.figures["difference"].amount == Decimal(22800)
    assert april.expires_on == date(2028, 5, 25)
    assert may.figures["difference"].amount == 0
    assert claim.totals["claimable"] == Decimal(22800)


def test_sheet_reads_back_with_the_calculators_figures(tmp_path: Path) -> None:
    inputs = _inputs()
    data = calculation_sheet_pdf(inputs)
    assert data == calculation_sheet_pdf(_inputs()), "same inputs, same bytes"
    out = tmp_path / "sheet.pdf"
    out.write_bytes(data)
    _qpdf_ok(out)
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:  # every font embedded (TrueType outlines)
            for font in page.Resources.Font.values():
                descendant = font.get("/DescendantFonts")
                desc = (descendant[0] if descendant else font).get("/FontDescriptor")
                assert desc is None or "/FontFile2" in desc, font
    text = _text(out)
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 1
    for page in pages:
        assert ESTIMATE_LINE in page and "machine-drafted" in page
    # One line per record with its hours; a subtotal per period.
    assert "2025-04-01" in text and "2025-04-06" in text and "26:00" in text
    assert "小計 2025-04-01〜2025-04-30" in text and "小計 2025-05-01〜2025-05-31" in text
    april_line = next(line for line in text.splitlines() if line.startswith("2025-04-01 "))
    assert april_line.split()[-2:] == ["8:00", "2:00"]  # ordinary, overtime
    sunday = next(line for line in text.splitlines() if line.startswith("2025-04-06 "))
    # worked, within limits (Monday 0–2), late night (22–2), statutory holiday (20–24)
    assert sunday.split()[1:] == ["日", "20:00", "26:00", "6:00", "2:00", "4:00", "4:00"]
    for p in inputs.claim.periods:
        row = next(
            line
            for line in text.splitlines()
            if line.startswith(f"{p.start.isoformat()}〜") and p.pay_date.isoformat() in line
        )
        for name in ("amount_due", "amount_paid", "difference", "claimable", "interest"):
            assert f"{int(p.figures[name].amount):,}" in row, (name, row)
        assert p.expires_on.isoformat() in row
    totals = next(line for line in text.splitlines() if line.strip().startswith("合計 "))
    assert "53,800" in totals and "31,000" in totals and "22,800" in totals
    interest = int(inputs.claim.totals["interest"])
    assert f"{22800 + interest:,}" in text  # principal plus interest to the date
    flat = "".join(text.split())  # long rule ids wrap inside their cell
    for rule_id in inputs.claim.citations:
        assert rule_id in flat
    assert "2026年1月1日" in text


def _in_order(needle: str, hay: str) -> bool:
    """Every character of ``needle`` in ``hay``, in order (others may come between)."""
    rest = iter(hay)
    return all(char in rest for char in needle)


def test_the_sheet_prints_every_rule_title_in_japanese(tmp_path: Path) -> None:
    # A second claim beside the example, so more rules are used: a monthly wage below the
    # minimum wage in Tokyo, paid nothing, the worker left (14.6 % interest).
    monthly = parse_terms({"prefecture": "tokyo", "wage": {"type": "monthly", "amount": "150000"},
                           "scheduled_hours_per_month": "160", "left_on": "2025-05-31"})  # fmt: skip
    law = shipped_law()
    records = parse_records(RECORDS)
    for inputs in (_inputs(), SheetInputs(calculate(monthly, records, {}, law, UNTIL), monthly,
                                          records, law, "TST-D1-0002")):  # fmt: skip
        out = tmp_path / f"{inputs.reference}.pdf"
        out.write_bytes(calculation_sheet_pdf(inputs))
        text = _text(out)
        plain = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                               check=True).stdout  # fmt: skip
        flat = "".join(plain.split())  # titles wrap inside their cell
        for rule_id, (english, _url, _read_on) in inputs.claim.citations.items():
            japanese = inputs.claim.titles_ja[rule_id]
            # A wrapped title's lines may come out interleaved with its URL cell's lines,
            # so its characters are looked for in order (its first line whole).
            assert japanese and _in_order("".join(japanese.split()), flat), rule_id
            assert "".join(japanese.split())[:12] in flat, rule_id
            assert "".join(english.split())[:20] not in flat, rule_id
        # No English sentence anywhere on the sheet (three words in a row would be one);
        # the calculator's warnings are printed in Japanese too.
        assert re.findall(r"[A-Za-z]+(?: [A-Za-z]+){2,}", text) == []
        assert len(inputs.claim.warnings_ja) == len(inputs.claim.warnings)
        for warning in inputs.claim.warnings_ja:
            assert _in_order("".join(warning.split()), flat), warning
    used = set(_inputs().claim.citations) | set(inputs.claim.citations)
    assert {"minimum_wage.tokyo.2024", "interest.after_leaving", "premium.overtime"} <= used
    assert "締めの期間の給与明細がないため" in inputs.claim.warnings_ja[0]  # no payslips given


@pytest.fixture
def matter_case(service: CaseService) -> tuple[str, str]:
    case_id = service.create_case({"full_name": "Nguyen Van A"})
    service.set_wages(case_id, {"terms": TERMS, "records": RECORDS, "payslips": PAYSLIPS})
    matter = service.add_adr_matter(
        case_id, {"title": "未払賃金等請求事件", "relief_sought": RELIEF}
    )
    return case_id, matter


def test_use_as_the_claim_fills_the_matter_and_attaches_the_sheet(
    service: CaseService, matter_case: tuple[str, str], tmp_path: Path
) -> None:
    case_id, matter_id = matter_case
    other = service.add_exhibit(matter_id, {"title": "雇用契約書"})  # 甲第1号証 already taken
    used = use_as_claim(service, matter_id, UNTIL)
    assert used.amount == 22800 and used.exhibit_label == "甲第2号証" and not used.replaced
    assert used.relief_updated
    view = service.get_case(case_id)
    matter = next(m for m in view.adr_matters if m.entity_id == matter_id)
    assert matter.data["amount_claimed"] == 22800
    assert matter.data["relief_sought"].startswith(
        "1　相手方は、申立人に対し、金22,800円を支払え。"
    )
    evidence = next(e for e in view.evidence if e.entity_id == used.evidence_id)
    assert evidence.data["source"] == SHEET_SOURCE and evidence.data["sha256"] == used.sha256
    out = tmp_path / "stored.pdf"
    service.export_evidence(used.evidence_id, out)
    _qpdf_ok(out)
    assert "22,800" in _text(out)
    (audit,) = [a for a in service.vault.audit_entries() if a.action == "wage_claim_used"]
    assert audit.details["amount"] == 22800 and audit.target == case_id

    # Paid more since: running it again replaces the sheet in the same exhibit.
    service.set_wages(case_id, {"payslips": PAYSLIPS.replace("20000", "30000")})
    again = use_as_claim(service, matter_id, UNTIL)
    assert again.replaced and again.exhibit_id == used.exhibit_id
    assert again.exhibit_label == "甲第2号証" and again.amount == 12800
    view = service.get_case(case_id)
    exhibits = view.exhibits_of(matter_id)
    assert [e.entity_id for e in exhibits] == [other, used.exhibit_id]
    assert exhibits[1].data["evidence_id"] == again.evidence_id != used.evidence_id
    matter = next(m for m in view.adr_matters if m.entity_id == matter_id)
    assert matter.data["amount_claimed"] == 12800 and "金12,800円" in matter.data["relief_sought"]


def test_the_relief_sought_is_rewritten_only_when_it_names_one_amount() -> None:
    assert relief_with_amount("金４２０，０００円を支払え", 5000) == ("金5,000円を支払え", None)
    assert relief_with_amount("賃金を支払え", 5000) == ("賃金を支払え", "no amount")
    two = "金1万円及び金2万円を支払え"
    assert relief_with_amount(two, 5000) == (two, "several amounts")


def test_no_claim_or_no_data_changes_nothing(service: CaseService) -> None:
    case_id = service.create_case({"full_name": "Tran B"})
    matter = service.add_adr_matter(case_id, {"title": "事件", "relief_sought": RELIEF})
    with pytest.raises(WageDataMissingError):
        use_as_claim(service, matter, UNTIL)
    service.set_wages(
        case_id,
        {"terms": TERMS, "records": RECORDS, "payslips": PAYSLIPS.replace("20000", "45000")},
    )
    with pytest.raises(WageClaimEmptyError):
        use_as_claim(service, matter, UNTIL)
    view = service.get_case(case_id)
    assert not view.evidence and not view.exhibits_of(matter)
    assert "amount_claimed" not in view.adr_matters[0].data


def test_save_sheet_is_atomic_and_audited(
    service: CaseService, matter_case: tuple[str, str], tmp_path: Path
) -> None:
    case_id, _ = matter_case
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "sheet.pdf"
    saved = save_calculation_sheet(service, case_id, UNTIL, out)
    assert saved.claimable == 22800 and out.read_bytes()[:5] == b"%PDF-"
    assert [p.name for p in folder.iterdir()] == ["sheet.pdf"]  # no temp file left
    assert any(a.action == "wage_sheet_saved" for a in service.vault.audit_entries())


def test_cli_calc_out_and_claim(
    service: CaseService, matter_case: tuple[str, str], tmp_path: Path
) -> None:
    case_id, _ = matter_case
    ref = service.get_case(case_id).ref
    service.add_adr_matter(case_id, {"title": "別件"})
    folder = str(service.vault.folder)
    service.vault.close()
    out = tmp_path / "sheet.pdf"
    done = run(
        "wages",
        "calc",
        "--vault",
        folder,
        "--case",
        ref,
        "--until",
        "2026-01-01",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert "¥22,800" in done.stdout and ESTIMATE_LINE in done.stdout
    _qpdf_ok(out)
    assert out.read_bytes() == calculation_sheet_pdf(_inputs(ref))
    done = run("wages", "claim", "--vault", folder, "--case", ref, "--until", "2026-01-01")
    assert_one_line_error(done, 1, "several ADR matters")
    done = run(
        "wages",
        "claim",
        "--vault",
        folder,
        "--case",
        ref,
        "--matter",
        "未払賃金等請求事件",
        "--until",
        "2026-01-01",
    )
    assert done.returncode == 0, done.stderr
    assert "¥22,800" in done.stdout and "甲第1号証" in done.stdout
    assert "rewritten" in done.stdout
    done = run("wages", "calc", "--vault", folder, "--case", ref, "--json", "--out", str(out))
    assert_one_line_error(done, 1, "--json or --out")
    done = run("wages", "claim", "--vault", folder, "--case", "TST-NONE", "--matter", "x")
    assert_one_line_error(done, 1)


def test_the_sheet_exhibit_goes_into_the_adr_bundle(
    service: CaseService, matter_case: tuple[str, str], tmp_path: Path
) -> None:
    from desktop.documents.adr.build import build_bundle

    case_id, matter_id = matter_case
    service.add_consent(case_id, {"purpose": "adr", "recipient": "東京弁護士会",
                                  "method": "written", "given_on": "2025-06-01"})  # fmt: skip
    employer = service.add_party(case_id, {"name": "株式会社サンプル", "role": "employer",
                                           "address": "東京都港区1-1-1"})  # fmt: skip
    service.update_adr_matter(matter_id, {"respondents": [employer]})
    use_as_claim(service, matter_id, UNTIL)
    result = build_bundle(service, matter_id, tmp_path / "bundle", today=date(2026, 1, 5))
    assert result.exhibit_labels == ["甲第1号証"]
    _qpdf_ok(result.bundle)
    text = _text(result.bundle)
    assert "甲第1号証" in text and "賃金計算書" in text and "22,800" in text
    assert ESTIMATE_LINE in text


def test_a_failure_midway_leaves_nothing_behind(
    service: CaseService, matter_case: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.errors import InvalidValueError
    from desktop.store.blobs import BLOB_DIR

    case_id, matter_id = matter_case

    def fail(*_args: object, **_kwargs: object) -> str:
        raise InvalidValueError("the exhibit cannot be added")

    monkeypatch.setattr(CaseService, "add_exhibit", fail)
    blob_dir = service.vault.folder / BLOB_DIR
    before = sorted(p.name for p in blob_dir.rglob("*") if p.is_file()) if blob_dir.exists() else []
    with pytest.raises(InvalidValueError):
        use_as_claim(service, matter_id, UNTIL)
    view = service.get_case(case_id)
    assert not view.evidence and not view.exhibits_of(matter_id)
    assert view.adr_matters[0].data["relief_sought"] == RELIEF
    assert "amount_claimed" not in view.adr_matters[0].data
    assert not any(a.action == "wage_claim_used" for a in service.vault.audit_entries())
    after = sorted(p.name for p in blob_dir.rglob("*") if p.is_file()) if blob_dir.exists() else []
    assert after == before  # the encrypted sheet did not stay behind
