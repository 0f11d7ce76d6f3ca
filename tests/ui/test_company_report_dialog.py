"""Vault ▸ Safety company report… on the demo Safety records: the files are written through
the CLI's service; too few answers is said in one line (and the files show no figures)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate

from desktop.safety.demo import DEMO_EMPLOYERS, add_demo_safety
from desktop.safety.records import SafetyService
from tests.ui.conftest import wait_for
from ui.dialogs.company_report import CompanyReportDialog
from ui.session import Session


def _dialog(qtbot, session: Session) -> CompanyReportDialog:  # type: ignore[no-untyped-def]
    today = date.today()
    wait_for(qtbot, session, lambda s: add_demo_safety(SafetyService(s), seed=1, today=today))
    dialog = CompanyReportDialog(session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.write_button.isEnabled, timeout=20_000)
    dialog.consultations.setChecked(False)  # the Safety report alone (the demo has no
    # company-feedback consents: see test_company_report_consultations.py for both)
    start = today - timedelta(days=200)
    dialog.start.setDate(QDate(start.year, start.month, start.day))
    return dialog


def _write(qtbot, dialog: CompanyReportDialog, site: str, out: Path) -> str:  # type: ignore[no-untyped-def]
    dialog.establishment.setCurrentText(site)
    dialog.pdf_file.edit.setText(str(out))
    dialog.write()
    qtbot.waitUntil(dialog.write_button.isEnabled, timeout=30_000)
    return dialog.message.text()


def test_the_report_is_written_for_an_employer_from_the_vault(  # type: ignore[no-untyped-def]
    qtbot, session: Session, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, session)
    offered = [dialog.employer.itemText(i) for i in range(dialog.employer.count())]
    assert offered == sorted(DEMO_EMPLOYERS)
    dialog.employer.setCurrentText("株式会社みなと精工")
    sites = [dialog.establishment.itemText(i) for i in range(dialog.establishment.count())]
    assert sites == ["", "本社工場", "浜松第二工場"]
    pdf = tmp_path / "minato.pdf"
    message = _write(qtbot, dialog, "本社工場", pdf)
    assert message.startswith("Report for ") and "answers) written" in message, message
    assert pdf.read_bytes().startswith(b"%PDF")
    csv = pdf.with_suffix(".csv").read_text(encoding="utf-8-sig")
    assert "株式会社みなと精工" in csv and "suppressed" not in csv.splitlines()[1]


def test_too_few_answers_is_one_line_and_shows_no_figures(  # type: ignore[no-untyped-def]
    qtbot, session: Session, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, session)
    dialog.employer.setCurrentText("株式会社みなと精工")
    pdf = tmp_path / "small.pdf"
    message = _write(qtbot, dialog, "浜松第二工場", pdf)  # 3 answers in the demo
    assert message.startswith("Too few answers: fewer than 5 consented answers for "), message
    assert "\n" not in message
    assert pdf.is_file() and pdf.with_suffix(".csv").is_file()
    assert "suppressed" in pdf.with_suffix(".csv").read_text(encoding="utf-8-sig")


def test_a_file_that_is_not_a_pdf_is_named_before_anything_runs(  # type: ignore[no-untyped-def]
    qtbot, session: Session, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, session)
    dialog.pdf_file.edit.setText(str(tmp_path / "report.txt"))
    dialog.write()
    assert "ending in .pdf" in dialog.message.text()
    assert not (tmp_path / "report.txt").exists()
