"""Safety records in the vault, the company report files and the CLI command."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from desktop.cases.search import CaseFilter
from desktop.cases.service import CaseService
from desktop.safety.demo import DEMO_EMPLOYERS
from desktop.safety.records import FOLLOW_UP_FLAG, SafetyService
from desktop.safety.report import write_company_report
from desktop.store.vault import Vault
from tests.test_cli import run

LOW = {"q_documents_held": "myself", "q_wages_full": "yes", "q_overtime": "no"}
HELD = {"q_documents_held": "employer_refuses", "q_overtime": "yes", "q_overtime_hours": 95}
EMPLOYER = "株式会社テスト工業"


@pytest.fixture
def safety(service: CaseService) -> SafetyService:
    return SafetyService(service)


def _case(service: CaseService) -> str:
    case_id = service.create_case({"full_name": "NGUYEN VAN A"})
    service.add_party(case_id, {"name": EMPLOYER, "role": "employer", "establishment": "本社"})
    return case_id


def test_assisted_record_is_stored_in_the_case_and_scored(
    service: CaseService, safety: SafetyService
) -> None:
    case_id = _case(service)
    record_id = safety.record_assisted(case_id, HELD, language="vi", consent_company_feedback=True)
    rec = service.vault.projection.get("safety", record_id)
    assert rec is not None and rec.case_id == case_id
    assert rec.data["mode"] == "assisted"
    assert rec.data["employer"] == EMPLOYER and rec.data["establishment"] == "本社"
    assert rec.data["levels"]["retention_of_identity_documents"] == "severe"
    assert rec.data["levels"]["excessive_overtime"] == "severe"
    assert rec.data["risk"] in {"high", "urgent"}
    assert rec.data["answers"]["q_overtime_hours"] == 95


def test_anonymous_records_stay_out_of_case_lists_and_search(
    service: CaseService, safety: SafetyService
) -> None:
    _case(service)
    distinctive = {"q_wages_full": "no", "q_unpaid_amount": 987654}
    ids = [
        safety.record_anonymous(distinctive, language="en", employer=EMPLOYER,
                                establishment="本社", consent_company_feedback=True)
        for _ in range(3)
    ]  # fmt: skip
    pool = safety.pool_id()
    assert pool == safety.pool_id()
    for record_id in ids:
        rec = service.vault.projection.get("safety", record_id)
        assert rec is not None and rec.case_id == pool
    rows = service.list_cases()
    assert len(rows) == 1 and pool not in {r.case_id for r in rows}
    assert service.list_cases(CaseFilter(text="987654")) == []
    assert service.list_cases(CaseFilter(text="q_unpaid_amount")) == []
    with service.vault.store_lock:
        texts = [r[0] for r in service.vault.projection.conn.execute("SELECT text FROM search")]
    assert not any("987654" in t for t in texts)


def test_anonymous_records_survive_reopening(vault: Vault, safety: SafetyService) -> None:
    record_id = safety.record_anonymous(
        LOW, language="en", employer=EMPLOYER, establishment=None, consent_company_feedback=True
    )
    vault.snapshot()
    assert vault.projection.get("safety", record_id) is not None


def test_request_contact_opens_a_flagged_case_with_consent(
    service: CaseService, safety: SafetyService
) -> None:
    case_id = safety.request_contact(
        HELD, language="vi", name="TRAN THI B", phone_or_line="090-1234-5678",
        preferred_language="vi", best_time="evenings", consent_text_language="vi",
        employer=EMPLOYER, establishment="本社", event="相談会",
    )  # fmt: skip
    view = service.get_case(case_id)
    assert FOLLOW_UP_FLAG in view.case.data["flags"]
    assert view.worker is not None and view.worker.data["phone"] == "090-1234-5678"
    assert "risk" in view.case.data["summary"]
    [consent] = view.consents
    assert consent.data["purpose"] == "case_handling" and consent.data["method"] == "electronic"
    assert consent.data["recipient"] == safety.organisation
    with service.vault.store_lock:
        rows = service.vault.projection.conn.execute(
            "SELECT data FROM records WHERE entity='safety' AND case_id=?", (case_id,)
        ).fetchall()
    [data] = [json.loads(r[0]) for r in rows]
    assert data["mode"] == "kiosk" and data["contact_requested"] is True
    line_case = safety.request_contact(
        LOW, language="en", name="X", phone_or_line="worker_line_id", preferred_language="en",
        best_time="", consent_text_language="en", employer=None, establishment=None, event=None,
    )  # fmt: skip
    line_view = service.get_case(line_case)
    assert line_view.worker is not None and line_view.worker.data["line_id"] == "worker_line_id"


def test_responses_filter_employer_period_and_consent(safety: SafetyService) -> None:
    def add(employer: str, on: str, consent: bool, est: str | None = "本社") -> str:
        return safety.record_anonymous(LOW, language="en", employer=employer, establishment=est,
                                       answered_on=on, consent_company_feedback=consent)  # fmt: skip

    keep = add(EMPLOYER, "2026-02-10", True)
    add(EMPLOYER, "2026-02-11", False)
    add("他社", "2026-02-12", True)
    add(EMPLOYER, "2026-04-01", True)
    other_site = add(EMPLOYER, "2026-02-13", True, "支店")
    got = safety.responses(EMPLOYER, "本社", date(2026, 2, 1), date(2026, 3, 31))
    assert [r.response_id for r in got] == [keep]
    whole = safety.responses(EMPLOYER, None, date(2026, 2, 1), date(2026, 2, 28))
    assert {r.response_id for r in whole} == {keep, other_site}


def _fill(safety: SafetyService, establishment: str, count: int) -> None:
    for i in range(count):
        safety.record_anonymous(HELD if i % 4 == 0 else LOW, language="en", employer=EMPLOYER,
                                establishment=establishment, answered_on=f"2026-03-{i % 28 + 1:02d}",
                                consent_company_feedback=True)  # fmt: skip


def test_report_pdf_and_csv(tmp_path: Path, vault: Vault, safety: SafetyService) -> None:
    _fill(safety, "本社", 13)
    _fill(safety, "支店", 3)
    out = tmp_path / "report.pdf"
    report = write_company_report(safety, employer=EMPLOYER, establishment="本社",
                                  start=date(2026, 3, 1), end=date(2026, 3, 31), out_pdf=out)  # fmt: skip
    assert report.total == 13
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    with pikepdf.open(out) as pdf:
        fonts = [f for page in pdf.pages for f in page.Resources.Font.values()]
        assert fonts
        for font in fonts:
            descendants = font.get("/DescendantFonts")
            target = descendants[0] if descendants is not None else font
            descriptor = target.get("/FontDescriptor")
            if descriptor is not None:  # the 14 standard fonts need none
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        assert any("IPAexGothic" in str(f.get("/BaseFont")) for f in fonts)
    with out.with_suffix(".csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-1] == "count"
    for row in rows[1:]:
        assert row[-1] == "suppressed" or not 1 <= int(row[-1]) <= 4, row
    [entry] = [e for e in vault.audit_entries() if e.action == "safety_report"]
    text = json.dumps(entry.details, ensure_ascii=False)
    assert EMPLOYER not in text and entry.details["total"] == 13

    small = write_company_report(safety, employer=EMPLOYER, establishment="支店",
                                 start=date(2026, 3, 1), end=date(2026, 3, 31),
                                 out_pdf=tmp_path / "small.pdf")  # fmt: skip
    assert small.fully_suppressed
    small_text = (tmp_path / "small.csv").read_text(encoding="utf-8-sig")
    small_rows = list(csv.reader(small_text.splitlines()))
    assert all(row[-1] == "suppressed" for row in small_rows[1:])
    # The whole employer overlaps the published establishment report: refused.
    whole = write_company_report(safety, employer=EMPLOYER, start=date(2026, 3, 1),
                                 end=date(2026, 3, 31), out_pdf=tmp_path / "whole.pdf")  # fmt: skip
    assert whole.fully_suppressed and "overlaps_published_report" in whole.suppressed_reasons


def test_cli_safety_report_on_a_demo_vault(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = run("demo", "--vault", str(folder), "--cases", "3", "--no-files")
    assert result.returncode == 0, result.stderr
    employer, sites = next(iter(DEMO_EMPLOYERS.items()))
    big = max(sites, key=lambda s: s[1])[0]
    small = min(sites, key=lambda s: s[1])[0]
    today = date.today()
    start = date(today.year - 1, today.month, 1).isoformat()
    out = tmp_path / "big.pdf"
    result = run("safety", "report", "--vault", str(folder), "--employer", employer,
                 "--establishment", big, "--from", start, "--to", today.isoformat(),
                 "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "responses" in result.stdout and str(out) in result.stdout
    assert out.read_bytes().startswith(b"%PDF") and out.with_suffix(".csv").exists()
    result = run("safety", "report", "--vault", str(folder), "--employer", employer,
                 "--establishment", small, "--from", start, "--to", today.isoformat(),
                 "--out", str(tmp_path / "small.pdf"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Fully suppressed" in result.stdout
