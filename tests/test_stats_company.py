"""Company feedback from consultations (issue 19 point 3): consent, figures, refusal, files."""

from __future__ import annotations

import csv
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from desktop.cases.service import CaseService
from desktop.safety.records import SafetyService
from desktop.stats.company_feedback import TooFewConsentingError, company_tables
from desktop.stats.company_report import AUDIT_ACTION, report_bytes, write_company_feedback
from desktop.stats.ledger import load_entries
from desktop.stats.table import TOTAL, ThresholdError
from desktop.store.vault import Vault
from tests.test_cli import run

EMPLOYER = "株式会社テスト工業"
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
# (topic, subtopic) of the consenting cases at the head office: skewed so some cells are small.
HEAD_OFFICE = [("labour", "unpaid_wages")] * 7 + [("labour", "overtime")] * 3 + [
    ("residence", "renewal")] * 5 + [("medical_welfare", "illness")] * 5 + [
    ("daily_life", "housing")]  # fmt: skip


def _case(
    service: CaseService,
    topic: tuple[str, str],
    *,
    employer: str = EMPLOYER,
    site: str = "本社",
    consent: str | None = EMPLOYER,  # the consent's recipient; None: no consent at all
    withdrawn: bool = False,
    consulted_on: str = "2026-03-10",
) -> str:
    case_id = service.create_case(
        {"full_name": "NGUYEN VAN A"}, topics=[{"category": topic[0], "subtopic": topic[1]}]
    )
    service.add_party(case_id, {"name": employer, "role": "employer", "establishment": site})
    service.add_timeline_entry(
        case_id,
        {
            "kind": "consultation",
            "occurred_at": f"{consulted_on}T10:00",
            "minutes": 30,
            "note": "相談",
        },
    )
    if consent is not None:
        fields = {"purpose": "company_feedback", "recipient": consent, "given_on": "2026-03-01",
                  "method": "written"}  # fmt: skip
        if withdrawn:
            fields["withdrawn_on"] = "2026-03-20"
        service.add_consent(case_id, fields)
    return case_id


@pytest.fixture
def counted(service: CaseService) -> list[str]:
    """The consenting head-office cases, plus cases that must not be counted."""
    ids = [_case(service, topic) for topic in HEAD_OFFICE]
    ids.append(_case(service, ("labour", "dismissal"), consent="株式会社テスト工業 "))  # spaced
    _case(service, ("labour", "dismissal"), consent=None)  # never consented
    _case(service, ("labour", "dismissal"), withdrawn=True)  # took it back
    _case(service, ("labour", "dismissal"), consent="ハローワーク")  # another recipient
    _case(service, ("labour", "dismissal"), consulted_on="2026-04-02")  # outside the months
    _case(service, ("labour", "dismissal"), employer="他社")  # another employer
    for _ in range(2):
        _case(service, ("labour", "harassment"), site="支店")  # another establishment
    return ids


def _direct_counts(service: CaseService, ids: list[str]) -> dict[str, Counter[str]]:
    """Cases per topic and subtopic, read record by record (not through the engine)."""
    out: dict[str, Counter[str]] = {"topic": Counter(), "subtopic": Counter()}
    for case_id in ids:
        topics = service.get_case(case_id).topics
        for field, key in (("topic", "category"), ("subtopic", "subtopic")):
            for value in {str(t.data[key]) for t in topics}:
                out[field][value] += 1
        out["topic"][TOTAL] += 1
        out["subtopic"][TOTAL] += 1
    return out


def test_published_figures_equal_direct_counts(service: CaseService, counted: list[str]) -> None:
    tables = company_tables(service.vault, employer=EMPLOYER, establishment="本社",
                            start=MARCH[0], end=MARCH[1])  # fmt: skip
    assert tables.cases == len(counted) == 22
    direct = _direct_counts(service, counted)
    for table in tables.tables:
        field = table.dimensions[0]
        assert set(table.rows) == set(direct[field]) - {TOTAL}
        shown = 0
        for (row, _), figure in table.figures.items():
            assert figure.count == direct[field][row]
            if figure.hidden is None:
                assert table.shown((row, TOTAL)) == direct[field][row]
                shown += 1
            else:
                assert figure.count > 0
        assert shown >= 2  # something is published: the test is not vacuous
        assert table.figures[("daily_life" if field == "topic" else "housing", TOTAL)].hidden
    by_topic = tables.tables[0]
    # daily_life (1) is small and alone in its line: one more topic is hidden with it.
    assert [f.hidden for f in by_topic.figures.values()].count("complementary") >= 1


def test_refused_with_too_few_consenting_cases(
    tmp_path: Path, service: CaseService, counted: list[str]
) -> None:
    out = tmp_path / "branch.pdf"
    with pytest.raises(TooFewConsentingError) as caught:
        write_company_feedback(service.vault, employer=EMPLOYER, establishment="支店",
                               start=MARCH[0], end=MARCH[1], out_pdf=out)  # fmt: skip
    assert caught.value.code == "stats.too_few_consenting" and caught.value.params["k"] == 5
    assert "\n" not in str(caught.value)
    assert not out.exists() and not out.with_suffix(".csv").exists()
    assert load_entries(service.vault) == []
    assert not [e for e in service.vault.audit_entries() if e.action == AUDIT_ACTION]
    # 24 consenting cases (both sites), but k=25 asks for more: refused too; k below 5 is not allowed.
    with pytest.raises(TooFewConsentingError):
        company_tables(service.vault, employer=EMPLOYER, establishment=None,
                       start=MARCH[0], end=MARCH[1], k=25)  # fmt: skip
    with pytest.raises(ThresholdError):
        company_tables(service.vault, employer=EMPLOYER, establishment=None,
                       start=MARCH[0], end=MARCH[1], k=4)  # fmt: skip


def test_report_merges_safety_and_is_recorded_and_audited(
    tmp_path: Path, service: CaseService, counted: list[str]
) -> None:
    safety = SafetyService(service)
    for i in range(6):
        safety.record_anonymous({"q_documents_held": "myself"}, language="en", employer=EMPLOYER,
                                establishment="本社", answered_on=f"2026-03-{i + 1:02d}",
                                consent_company_feedback=True)  # fmt: skip
    out = tmp_path / "company.pdf"
    done = write_company_feedback(service.vault, employer=EMPLOYER, establishment="本社",
                                  start=date(2026, 3, 15), end=date(2026, 3, 20), out_pdf=out)  # fmt: skip
    assert (done.topics.start, done.topics.end) == MARCH  # whole months
    assert done.safety.total == 6
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) >= 2
    rows = list(csv.reader(out.with_suffix(".csv").read_text(encoding="utf-8-sig").splitlines()))
    sections = Counter(row[0] for row in rows[1:])
    assert sections["consultations"] and sections["safety"]
    values = {(r[5], r[6]): r[7] for r in rows[1:] if r[0] == "consultations"}
    assert values[("topic", "labour")] == "11" and values[("topic", "daily_life")] == "<5"
    for row in rows[1:]:
        assert not (row[-1].isdigit() and 1 <= int(row[-1]) <= 4), row
    # Both ledgers hold it: the statistics ledger (two tables) and the Safety ledger.
    assert len(load_entries(service.vault)) == 2
    [entry] = [e for e in service.vault.audit_entries() if e.action == AUDIT_ACTION]
    text = json.dumps(entry.details, ensure_ascii=False)
    assert EMPLOYER not in text and "labour" not in text
    assert entry.details["pdf_sha256"] == done.pdf_sha256
    # Same figures, same bytes.
    assert report_bytes(done.topics, done.safety)[0] == out.read_bytes()


def test_cli_company_report(
    tmp_path: Path, vault: Vault, vault_dir: Path, counted: list[str]
) -> None:
    vault.close()  # the command opens it itself
    out = tmp_path / "c.pdf"
    base = ("company-report", "--vault", str(vault_dir), "--employer", EMPLOYER,
            "--from", "2026-03-01", "--to", "2026-03-31", "--out")  # fmt: skip
    result = run(*base, str(out), "--establishment", "本社")
    assert result.returncode == 0, result.stderr
    assert "PDF:" in result.stdout and out.exists() and out.with_suffix(".csv").exists()
    result = run(*base, str(tmp_path / "b.pdf"), "--establishment", "支店")
    assert result.returncode != 0
    assert "consented to company feedback" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
