"""Referrals ▸ What we hold about you… (issue 19 point 4, in the window): the worker's
language is preselected, the PDF is written in the background and read back, the writing
is audited as the CLI's is, a missing consent is one Japanese sentence with nothing
written, and the dialog reads in Japanese at 1366×768."""

from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

import pikepdf
from PySide6.QtWidgets import QApplication

from desktop.cases.service import CaseService
from tests.ui.conftest import wait_for
from tests.ui.japanese_screen import japanese, screen_problems
from ui.dialogs.subject_report import SubjectReportDialog
from ui.session import Session
from ui.views.case_view import CaseView

__all__ = ["japanese"]  # the fixture, used by name

LAWYER_ORG = "田中法律事務所"


def _case(qtbot, session: Session, consent: bool) -> str:  # type: ignore[no-untyped-def]
    def make(service: CaseService) -> str:
        case_id = service.create_case(
            {"full_name": "NGUYEN VAN A", "nationality": "VN", "languages": ["vi", "ja"]},
            topics=[{"category": "labour", "subtopic": "unpaid_wages"}],
        )
        service.add_party(case_id, {"name": "株式会社テスト工業", "role": "employer"})
        if consent:
            service.add_consent(case_id, {"purpose": "case_handling", "recipient": "相談窓口",
                                          "given_on": "2026-01-05", "method": "written"})  # fmt: skip
        service.add_referral(case_id, {"recipient_type": "lawyer", "recipient": LAWYER_ORG,
                                       "language": "ja", "facts": ["name", "employer"],
                                       "sent_on": "2026-01-12"})  # fmt: skip
        return case_id

    return wait_for(qtbot, session, make)  # type: ignore[no-any-return]


def _open(qtbot, session: Session, case_id: str) -> SubjectReportDialog:  # type: ignore[no-untyped-def]
    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.referrals.data is not None, timeout=10_000)
    view.referrals.subject_button.click()
    dialog = view.referrals.subject_dialog
    assert isinstance(dialog, SubjectReportDialog)
    qtbot.waitUntil(dialog.write_button.isEnabled, timeout=20_000)
    return dialog


def _write(qtbot, dialog: SubjectReportDialog, out: Path) -> str:  # type: ignore[no-untyped-def]
    dialog.pdf_file.edit.setText(str(out))
    dialog.write()
    qtbot.waitUntil(dialog.write_button.isEnabled, timeout=60_000)
    return dialog.message.text()


def test_the_document_is_written_in_the_workers_language_and_audited(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, session: Session, tmp_path: Path, japanese: None
) -> None:
    case_id = _case(qtbot, session, consent=True)
    dialog = _open(qtbot, session, case_id)
    assert dialog.language.currentData() == "vi"  # the worker's first language
    assert dialog.language.count() == 17
    assert "Tiếng Việt" in dialog.language.currentText()
    assert "機械" in dialog.language.currentText()  # its review status, in Japanese
    # Each language's own name is data (Bahasa Indonesia, Español), the rest must be Japanese.
    names = " ".join(dialog.language.itemText(i).split(" — ")[0]
                     for i in range(dialog.language.count()))  # fmt: skip
    words = set(re.findall(r"[A-Za-z0-9_]+", names))
    problems = screen_problems(qapp, dialog, "What we hold about you", words)
    assert not problems, "\n".join(problems)

    out = tmp_path / "held.pdf"
    message = _write(qtbot, dialog, out)
    assert dialog.written == out and str(out) in message and "\n" not in message, message
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) >= 2  # Vietnamese, then Japanese
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout  # fmt: skip
    assert LAWYER_ORG in text and "2026-01-12" in text
    entries = wait_for(qtbot, session, lambda s: [(e.action, e.target, e.details)
                                                  for e in s.vault.audit_entries()])  # fmt: skip
    action, audited_case, details = entries[-1]
    assert (action, audited_case, details["language"]) == ("subject_report_made", case_id, "vi")
    assert details["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()


def test_without_consent_the_refusal_is_one_japanese_sentence(  # type: ignore[no-untyped-def]
    qtbot, session: Session, tmp_path: Path, japanese: None
) -> None:
    dialog = _open(qtbot, session, _case(qtbot, session, consent=False))
    out = tmp_path / "held.pdf"
    message = _write(qtbot, dialog, out)
    assert "同意" in message and "\n" not in message and "consent." not in message, message
    assert not out.exists() and dialog.written is None
    actions = wait_for(qtbot, session, lambda s: [e.action for e in s.vault.audit_entries()])
    assert "subject_report_made" not in actions
