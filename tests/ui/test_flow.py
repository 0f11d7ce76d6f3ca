"""A counselor's day on the real main window, offscreen, with a fresh vault.

enrol → create a case → duplicate warning → timeline entries → attach a file →
search in Japanese and Vietnamese → filter → lock (nothing decrypted left) →
unlock → the data is back.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from PySide6.QtCore import QEvent, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from desktop.cases.model import Entity
from ui.dialogs.new_case import NewCaseDialog
from ui.main_window import MainWindow
from ui.models.case_table import CaseTableModel
from ui.prefs import Preferences
from ui.printing import load_pdf, print_document
from ui.session import Session
from ui.tasks import Background
from ui.views.case_view import CaseView

PASSPHRASE = "a long passphrase for the flow test"
NAME = "Nguyen Van Thanh"
KATAKANA = "グエン・ヴァン・タイン"
NATIVE = "Nguyễn Văn Thành"


def fill_new_case(qtbot, dialog: NewCaseDialog, phone: str) -> None:  # type: ignore[no-untyped-def]
    dialog.full_name.setText(NAME)
    dialog.name_katakana.setText(KATAKANA)
    dialog.name_native.setText(NATIVE)
    dialog.nationality.set_code("VN")
    dialog.languages.set_codes(["vi"])
    dialog.phone.setText(phone)
    dialog.summary.setPlainText("残業代が支払われていない")


def rows(window: MainWindow) -> list[str]:
    assert window.workspace is not None
    model = window.workspace.cases.model
    return [model.row_at(i).full_name for i in range(model.rowCount())]


def test_a_counselors_day(qtbot, tmp_path: Path, prefs: Preferences) -> None:  # type: ignore[no-untyped-def]
    background = Background()
    session = Session(tmp_path / "vault", background)
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.show()

    # enrol: passphrase, recovery key shown once, confirmed
    enrol = window.new_vault_page
    assert enrol is not None and window.stack.currentWidget() is enrol
    enrol.counselor_name.setText("Sato Hanako")
    enrol.user_id.setText("sato")
    enrol.passphrase.setText(PASSPHRASE)
    enrol.confirm.setText(PASSPHRASE)
    qtbot.mouseClick(enrol.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: enrol.stack.currentIndex() == 1, timeout=30_000)
    assert len(enrol.recovery.text().replace(" ", "").replace("-", "")) >= 52
    # the recovery sheet (with QR) renders in memory and prints page by page
    sheet = enrol.sheet()
    with pikepdf.open(io.BytesIO(sheet)) as doc:
        assert len(doc.pages) == 1
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    document, _buffer = load_pdf(sheet)
    assert print_document(document, printer) == 1
    assert printed.stat().st_size > 1000
    enrol.saved.setChecked(True)
    qtbot.mouseClick(enrol.done_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None and session.is_unlocked

    # create a case
    dialog = NewCaseDialog(session, window)
    opened: list[str] = []
    dialog.open_case.connect(opened.append)
    dialog.open_case.connect(window.workspace.open_case)
    fill_new_case(qtbot, dialog, "090-1234-5678")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    case_id = opened[0]

    # a second intake of the same worker is warned about
    again = NewCaseDialog(session, window)
    again.show()
    again.phone.setText("+81 90 1234 5678")
    qtbot.waitUntil(lambda: again.matches.count() > 0, timeout=10_000)
    assert NAME in again.matches.item(0).text()
    reopened: list[str] = []
    again.open_case.connect(reopened.append)
    again.matches.setCurrentRow(0)
    qtbot.mouseClick(again.open_existing, Qt.MouseButton.LeftButton)
    assert reopened == [case_id]

    # timeline entries through the quick form
    view = window.workspace.open_case(case_id)
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.timeline)
    for note in ("Phoned the employer about overtime", "Người lao động bị giữ hộ chiếu"):
        view.timeline.note.setPlainText(note)
        view.timeline.add_button.click()
        qtbot.waitUntil(lambda n=note: n in _timeline_notes(session, case_id), timeout=10_000)
        # the form is ready for the next entry once its answer is back on the GUI thread
        qtbot.waitUntil(view.timeline.add_button.isEnabled, timeout=10_000)

    # attach a file
    payslip = tmp_path / "payslip.csv"
    payslip.write_text("month,paid\n2026-10,98000\n", encoding="utf-8")
    view.tabs.setCurrentWidget(view.evidence)
    view.evidence.import_files([str(payslip)])
    qtbot.waitUntil(lambda: view.evidence.model.rowCount() == 1, timeout=10_000)

    # search in Japanese and Vietnamese, then filter
    cases = window.workspace.cases
    for query in ("グエン", "ぐえん", "Nguyễn", "thanh", "giu ho chieu", "残業代"):
        cases.search.setText(query)
        qtbot.waitUntil(lambda: rows(window) == [NAME], timeout=5_000)
    cases.search.setText("タイン")
    qtbot.waitUntil(lambda: rows(window) == [NAME], timeout=5_000)
    cases.status.setCurrentIndex(cases.status.findData("closed"))
    qtbot.waitUntil(lambda: rows(window) == [], timeout=5_000)
    cases.status.setCurrentIndex(cases.status.findData("open"))
    qtbot.waitUntil(lambda: rows(window) == [NAME], timeout=5_000)

    # lock: nothing decrypted left in models or widgets
    window.lock()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.workspace is None and window.stack.currentWidget() is window.unlock_page
    for model in QApplication.instance().findChildren(CaseTableModel):  # type: ignore[union-attr]
        assert model.rowCount() == 0
    for widget in QApplication.allWidgets():
        if isinstance(widget, (QLabel, QLineEdit)):
            text = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText()
        else:
            continue
        assert NAME not in text and "1234-5678" not in text and "giữ hộ" not in text

    # unlock: the data is back
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    qtbot.waitUntil(lambda: rows(window) == [NAME], timeout=10_000)
    window.close()
    background.wait()


def _timeline_notes(session: Session, case_id: str) -> list[str]:
    vault = session.vault
    assert vault is not None and vault.is_unlocked
    with vault.store_lock:
        return [
            str(row[0])
            for row in vault.projection.conn.execute(
                "SELECT json_extract(data, '$.note') FROM records WHERE case_id=? AND entity=?",
                (case_id, Entity.TIMELINE.value),
            )
        ]


def test_first_run_offers_the_demo_vault_and_its_unlock_page_says_so(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, prefs: Preferences, monkeypatch
) -> None:
    import sys

    from ui.views.unlock import UnlockPage

    background = Background()
    session = Session(tmp_path / "new-vault", background)
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    enrol = window.new_vault_page
    assert enrol is not None and enrol.try_demo.isVisibleTo(window)
    monkeypatch.setattr(sys, "argv", ["/opt/madoguchi/main.py"])
    assert enrol.demo_command() == (sys.executable, ["/opt/madoguchi/main.py", "--demo"])
    monkeypatch.setattr(sys, "argv", ["/opt/madoguchi/madoguchi"])
    assert enrol.demo_command() == ("/opt/madoguchi/madoguchi", ["--demo"])
    page = UnlockPage(session, demo_passphrase="madoguchi demo vault")
    qtbot.addWidget(page)
    page.reset()
    assert page.passphrase.text() == "madoguchi demo vault"
    assert "made up" in page.demo_note.text()
    background.wait()
