"""The complaint (申告) draft dialog: reached from the referrals tab, refuses without consent
in one translated sentence, writes both PDFs in the background, fits 1366×768 in Japanese.

A real vault and session; the PDFs are the core's, read back with pikepdf.
"""

from __future__ import annotations

from datetime import date

import pikepdf
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.conftest import wait_for
from tests.ui.desk_tour import Tour
from tests.ui.test_panels import unnamed_controls
from ui.session import Session
from ui.views.case_view import CaseView

OFFICE = "岐阜労働基準監督署"
TERMS = {"prefecture": "tokyo", "wage": {"type": "hourly", "amount": "1000"}}
RECORDS = "date,start,end,break_minutes,break_start\n2025-05-07,09:00,17:00,60,12:00\n"


@pytest.fixture
def case_id(qtbot, session: Session) -> str:  # type: ignore[no-untyped-def]
    def make(service):  # type: ignore[no-untyped-def]
        case_id = service.create_case({"full_name": "Tran Thi Binh", "languages": ["vi"],
                                       "address": "岐阜県岐阜市1-2-3"})  # fmt: skip
        service.add_party(case_id, {"name": "株式会社みどり縫製", "role": "employer"})
        service.set_wages(case_id, {"terms": TERMS, "records": RECORDS})
        return case_id

    return wait_for(qtbot, session, make)  # type: ignore[no-any-return]


@pytest.fixture
def view(qtbot, session: Session, case_id: str) -> CaseView:  # type: ignore[no-untyped-def]
    widget = CaseView(session, case_id)
    qtbot.addWidget(widget)
    session.changed.connect(widget.apply)
    qtbot.waitUntil(lambda: widget.referrals.data is not None, timeout=10_000)
    return widget


def test_refuses_without_consent_then_writes_both_pdfs(  # type: ignore[no-untyped-def]
    qtbot, session, case_id, view, tmp_path
) -> None:
    from ui.dialogs.wage_complaint import WageComplaintDialog

    view.referrals.complaint_button.click()  # reached where the letter dialog is
    dialog = view.referrals.letter_dialog
    assert isinstance(dialog, WageComplaintDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.language.isEnabled(), timeout=10_000)
    assert dialog.language.currentData() == "vi"  # the worker's language first
    assert dialog.withhold.isChecked()  # anonymity asked for unless unticked
    assert dialog.facts["name"].isChecked() and not dialog.facts["address"].isChecked()
    out = tmp_path / "out" / "complaint.pdf"
    out.parent.mkdir()
    dialog.office.setEditText(OFFICE)
    dialog.until.setDate(dialog.until.date().fromString("2026-01-31", "yyyy-MM-dd"))
    dialog.save_to(out)
    qtbot.waitUntil(lambda: "consent" in dialog.message.text(), timeout=10_000)
    assert OFFICE in dialog.message.text() and "\n" not in dialog.message.text()
    assert list(out.parent.iterdir()) == []

    wait_for(qtbot, session, lambda s: s.add_consent(case_id, {
        "purpose": "labour_complaint", "recipient": OFFICE, "method": "written",
        "given_on": date(2026, 1, 20).isoformat()}))  # fmt: skip
    dialog.save_to(out)
    qtbot.waitUntil(lambda: "Saved" in dialog.message.text(), timeout=30_000)
    assert sorted(p.name for p in out.parent.iterdir()) == ["complaint-worker-vi.pdf",
                                                            "complaint.pdf"]  # fmt: skip
    for path in out.parent.iterdir():
        with pikepdf.open(path) as pdf:
            assert len(pdf.pages) >= 1
    audit = wait_for(qtbot, session, lambda s: [e.action for e in s.vault.audit_entries()])
    assert "wage_complaint_made" in audit
    assert unnamed_controls(dialog) == []


def test_japanese_at_1366x768_fits_and_offers_the_consented_office(  # type: ignore[no-untyped-def]
    qtbot, session, case_id, view
) -> None:
    from ui.app import install_translators
    from ui.dialogs.wage_complaint import WageComplaintDialog

    wait_for(qtbot, session, lambda s: s.add_consent(case_id, {
        "purpose": "labour_complaint", "recipient": OFFICE, "method": "oral",
        "given_on": "2026-01-20"}))  # fmt: skip
    view.refresh()
    qtbot.waitUntil(lambda: bool(view.referrals.data and view.referrals.data.consents),
                    timeout=5_000)  # fmt: skip
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    translators = install_translators(app, "ja")
    try:
        assert view.referrals.data is not None
        dialog = WageComplaintDialog(session, view.referrals.data)
        qtbot.addWidget(dialog)
        assert dialog.office.currentText() == OFFICE  # offered from the consent
        qtbot.waitUntil(lambda: dialog.language.isEnabled(), timeout=10_000)
        dialog.resize(dialog.sizeHint())
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 740
        tour = Tour(app, "ja")
        tour.check(dialog, "complaint dialog")
        assert tour.problems == [] and tour.mnemonics == []
        assert dialog.windowTitle() == "労働基準監督署への申告"
        # The consent tab offers the purpose, in Japanese.
        from ui.views.case_tabs.consent import ConsentDialog

        consent = ConsentDialog()
        qtbot.addWidget(consent)
        index = consent.purpose.findData("labour_complaint")
        assert consent.purpose.itemText(index) == "労働基準監督署への申告"
        # The referrals tab's buttons, with the new one, still fit 1366 px in Japanese.
        from ui.views.case_tabs.referrals import ReferralsTab

        tab = ReferralsTab(session, case_id)
        qtbot.addWidget(tab)
        assert tab.complaint_button.text() == "労基署への申告書(&B)…"
        width = sum(b.sizeHint().width() + 6 for b in tab.findChildren(QPushButton))
        assert width <= 1366 - 40, width
        assert "匿名希望" in dialog.withhold.text()
        # Nothing to report (the claim is unpaid, so there is): a preview in Japanese.
        dialog.until.setDate(dialog.until.date().fromString("2026-01-31", "yyyy-MM-dd"))
        dialog.preview()
        qtbot.waitUntil(lambda: dialog.preview_dialog is not None, timeout=30_000)
        panes = dialog.preview_dialog.panes  # type: ignore[union-attr]
        assert len(panes) == 2 and all(p.page_count() > 0 for p in panes)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
