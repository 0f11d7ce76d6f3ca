"""Vault ▸ Safety company report… with the consultation topics (issue 19 point 3, in the
window): the merged PDF + CSV are written and read back, too few consenting cases is one
Japanese sentence with nothing written, and the dialog reads in Japanese at 1366×768."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import pikepdf
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from desktop.cases.service import CaseService
from tests.test_stats_company import EMPLOYER, HEAD_OFFICE, _case
from tests.ui.conftest import wait_for
from tests.ui.japanese_screen import japanese, screen_problems
from ui.dialogs.company_report import CompanyReportDialog
from ui.session import Session

__all__ = ["japanese"]  # the fixture, used by name


def _dialog(qtbot, session: Session, topics: list[tuple[str, str]]) -> CompanyReportDialog:  # type: ignore[no-untyped-def]
    def add(service: CaseService) -> None:
        for topic in topics:
            _case(service, topic)

    wait_for(qtbot, session, add, timeout=60_000)
    dialog = CompanyReportDialog(session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.write_button.isEnabled, timeout=20_000)
    dialog.start.setDate(QDate(2026, 3, 1))
    dialog.end.setDate(QDate(2026, 3, 31))
    return dialog


def _write(qtbot, dialog: CompanyReportDialog, out: Path) -> str:  # type: ignore[no-untyped-def]
    dialog.pdf_file.edit.setText(str(out))
    dialog.write()
    qtbot.waitUntil(dialog.write_button.isEnabled, timeout=60_000)
    return dialog.message.text()


def test_the_company_report_carries_the_consultation_topics(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, session: Session, tmp_path: Path, japanese: None
) -> None:
    dialog = _dialog(qtbot, session, HEAD_OFFICE)
    # The employer comes from the cases' company-feedback consents (no Safety answers here).
    assert [dialog.employer.itemText(i) for i in range(dialog.employer.count())] == [EMPLOYER]
    assert dialog.consultations.isChecked()
    problems = screen_problems(qapp, dialog, "Company report", {EMPLOYER})
    assert not problems, "\n".join(problems)

    pdf = tmp_path / "company.pdf"
    message = _write(qtbot, dialog, pdf)
    assert "21" in message and str(pdf) in message and "\n" not in message, message
    assert "労働" not in message and "Safety の部分は数字なし" in message  # no figure, said
    with pikepdf.open(pdf) as document:
        assert len(document.pages) >= 2  # consultation topics, then the Safety section
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout  # fmt: skip
    assert "労働" in text and EMPLOYER in text
    rows = list(csv.reader(io.StringIO(pdf.with_suffix(".csv").read_text(encoding="utf-8-sig"))))
    sections = {row[0] for row in rows[1:]}
    assert sections == {"consultations", "safety"}
    by_topic = {
        row[6]: row[7] for row in rows[1:] if row[0] == "consultations" and row[5] == "topic"
    }
    assert by_topic["labour"] == "10" and by_topic["daily_life"] in ("<5", "x")
    actions = wait_for(qtbot, session, lambda s: [e.action for e in s.vault.audit_entries()])
    assert actions[-1] == "company_report"


def test_too_few_consenting_cases_is_one_japanese_sentence_and_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, session: Session, tmp_path: Path, japanese: None
) -> None:
    dialog = _dialog(qtbot, session, HEAD_OFFICE[:4])
    pdf = tmp_path / "few.pdf"
    message = _write(qtbot, dialog, pdf)
    assert message.startswith(EMPLOYER) or EMPLOYER in message, message
    assert "5" in message and "\n" not in message and "stats." not in message
    assert "同意" in message, message  # the Japanese template, not the core's English
    assert not pdf.exists() and not pdf.with_suffix(".csv").exists()
    actions = wait_for(qtbot, session, lambda s: [e.action for e in s.vault.audit_entries()])
    assert "company_report" not in actions
    # Without the consultation topics the Safety report alone is still written (and
    # says it has too few answers).
    dialog.consultations.setChecked(False)
    _write(qtbot, dialog, pdf)
    assert pdf.exists() and "suppressed" in pdf.with_suffix(".csv").read_text(encoding="utf-8-sig")
