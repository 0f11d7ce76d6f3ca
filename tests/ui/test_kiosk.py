"""The Safety kiosk: workers answer, results are stored, nothing of the vault is reachable."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTreeView,
)

from desktop.cases.search import CaseFilter
from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_for
from ui.kiosk import KioskSettings, KioskSetupDialog, KioskWindow

SETTINGS = KioskSettings(event="Outreach day", employer="Sample Foods", establishment="Plant 2")
NAME = "Tran Thi Mai"
PHONE = "090-1234-5678"


def safety_rows(service):  # type: ignore[no-untyped-def]
    vault = service.vault
    with vault.mutex:
        vault.projection.flush()
        rows = vault.projection.conn.execute(
            "SELECT case_id, data FROM records WHERE entity='safety' AND deleted_by IS NULL"
        ).fetchall()
    return [(case_id, json.loads(data)) for case_id, data in rows]


def make_kiosk(qtbot, session) -> KioskWindow:  # type: ignore[no-untyped-def]
    kiosk = KioskWindow(session, SETTINGS)
    qtbot.addWidget(kiosk)
    kiosk.start()
    return kiosk


def answer_all(qtbot, kiosk: KioskWindow) -> None:  # type: ignore[no-untyped-def]
    """English; passport kept by the employer, 120 hours of overtime, the rest fine."""
    kiosk.language_buttons["en"].click()
    assert kiosk.stack.currentWidget() is kiosk.question_page
    risky = {"q_documents_held": "employer_refuses", "q_overtime": "yes"}
    for _ in range(40):
        if kiosk.stack.currentWidget() is kiosk.result_page:
            return
        step = kiosk.steps()[kiosk.position]
        if step == "q_overtime_hours":
            assert kiosk.number_box.isVisibleTo(kiosk)
            kiosk.number.setValue(120)
            kiosk.number_next.click()
        elif step in risky:
            kiosk.answer_buttons[risky[step]].click()
        elif step == "consent_company_feedback":
            kiosk.answer_buttons["yes"].click()
        elif kiosk.number_box.isVisibleTo(kiosk):
            kiosk.number_skip.click()
        else:
            buttons = kiosk.answer_buttons
            choice = "no" if "no" in buttons else next(iter(buttons))
            if step in ("q_wages_full", "q_paid_leave", "q_social_insurance",
                        "q_contact_help", "q_overtime_paid"):  # fmt: skip
                choice = "yes"
            buttons[choice].click()
    raise AssertionError("never reached the result page")


def visible_texts(kiosk: KioskWindow) -> str:
    parts = [label.text() for label in kiosk.findChildren(QLabel)]
    parts += [edit.text() for edit in kiosk.findChildren(QLineEdit)]
    return "\n".join(parts)


def assert_clean(kiosk: KioskWindow) -> None:
    assert kiosk.stack.currentWidget() is kiosk.language_page
    assert kiosk.answers == {}
    assert kiosk.language is None
    assert kiosk.consent_feedback is None
    assert kiosk.result is None
    assert kiosk.answer_buttons == {}
    assert kiosk.number.value() == 0
    assert not kiosk.agree.isChecked()
    for edit in kiosk.findChildren(QLineEdit):
        if edit is not kiosk.number.lineEdit():
            assert edit.text() == "", edit.objectName()
    texts = visible_texts(kiosk)
    for leftover in ("passport", "Overtime", "Retention", "High", "Urgent", NAME, PHONE,
                     "Question "):  # fmt: skip
        assert leftover.lower() not in texts.lower(), leftover


def test_one_anonymous_worker_then_one_asking_contact(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(qtbot, session)
    assert kiosk.isFullScreen()
    assert kiosk.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    names = {b.text() for b in kiosk.language_buttons.values()}
    assert {"English", "日本語", "Tiếng Việt"} <= names

    answer_all(qtbot, kiosk)
    texts = visible_texts(kiosk)
    assert kiosk.result is not None and kiosk.result.risk in ("high", "urgent")
    assert kiosk.risk_label.text().startswith("Overall risk:")
    assert "passport" in texts.lower()  # the explanation of rights
    assert kiosk.result.indicator("excessive_overtime").level != "none"

    kiosk.finish_button.click()
    rows = []

    def stored() -> bool:
        rows[:] = wait_for(qtbot, session, safety_rows)
        return len(rows) == 1

    qtbot.waitUntil(stored, timeout=20_000)
    data = rows[0][1]
    assert data["answers"]["q_documents_held"] == "employer_refuses"
    assert data["answers"]["q_overtime_hours"] == 120
    assert data["event"] == "Outreach day"
    assert data["consent_company_feedback"] is True
    assert data["contact_requested"] is False
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.language_page)
    assert "Thank you" in kiosk.thanks_label.text()
    kiosk.thanks_label.clear()
    assert_clean(kiosk)
    assert wait_for(qtbot, session, lambda s: s.list_cases(CaseFilter())) == []

    # The second worker asks to be contacted.
    answer_all(qtbot, kiosk)
    kiosk.contact_button.click()
    assert kiosk.stack.currentWidget() is kiosk.contact_page
    assert "I agree" in kiosk.consent_text.text()
    kiosk.name.setText(NAME)
    kiosk.phone.setText(PHONE)
    kiosk.best_time.setText("evenings")
    kiosk.send_button.click()  # not agreed yet: refused
    assert kiosk.stack.currentWidget() is kiosk.contact_page
    assert "tick" in kiosk.contact_message.text()
    kiosk.agree.setChecked(True)
    kiosk.send_button.click()
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.language_page, timeout=20_000)
    flagged = wait_for(
        qtbot, session, lambda s: s.list_cases(CaseFilter(flags=("safety_follow_up",)))
    )
    assert len(flagged) == 1
    assert len(wait_for(qtbot, session, safety_rows)) == 2
    kiosk.thanks_label.clear()
    assert_clean(kiosk)


def test_back_stop_and_skip_logic(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(qtbot, session)
    kiosk.language_buttons["ja"].click()
    assert kiosk.back_button.text() == "戻る"
    kiosk.answer_buttons["myself"].click()
    assert kiosk.position == 1
    kiosk.back_button.click()
    assert kiosk.position == 0
    assert kiosk.answer_buttons["myself"].isChecked()
    kiosk.stop_button.click()
    assert_clean(kiosk)


def test_escape_and_close_do_not_leave(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(qtbot, session)
    kiosk.language_buttons["en"].click()
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(kiosk, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(kiosk, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert kiosk.close() is False
    event = QCloseEvent()
    kiosk.closeEvent(event)
    assert not event.isAccepted()
    assert kiosk.isVisible()
    assert kiosk.stack.currentWidget() is kiosk.question_page
    assert session.is_unlocked


def test_counselor_exit_needs_the_passphrase(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(qtbot, session)
    finished: list[bool] = []
    kiosk.finished.connect(lambda: finished.append(True))
    kiosk.counselor_button.click()
    dialog = kiosk.exit_dialog
    assert dialog.isVisible()
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    dialog.passphrase.setText("not the passphrase")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.message.text(), timeout=20_000)
    assert kiosk.isVisible() and not finished
    assert dialog.passphrase.text() == ""

    dialog.passphrase.setText(PASSPHRASE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    assert not kiosk.isVisible()


def test_kiosk_shows_no_case_data(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(qtbot, session)
    kiosk.language_buttons["en"].click()
    assert kiosk.findChildren(QTableView) == []
    assert kiosk.findChildren(QTreeView) == []
    combo_views = {id(c.view()) for c in kiosk.findChildren(QComboBox)}
    others = [v for v in kiosk.findChildren(QAbstractItemView) if id(v) not in combo_views]
    assert others == []
    for combo in kiosk.findChildren(QComboBox):  # only the language picker for contact
        items = {combo.itemText(i) for i in range(combo.count())}
        assert items <= {lang.name for lang in kiosk.questionnaire.languages.values()}
    from ui.workspace import Workspace

    assert kiosk.findChildren(Workspace) == []


def test_main_window_hidden_and_shortcuts_blocked(qtbot, session, prefs) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window._show_workspace()
    window.show()
    triggered: list[bool] = []
    window.new_case_action.triggered.connect(lambda: triggered.append(True))

    window.kiosk_action.trigger()
    dialog = window.findChild(KioskSetupDialog)
    assert dialog is not None
    dialog.event_name.setText("Outreach day")
    dialog.start_button.click()
    kiosk = window.kiosk
    assert kiosk is not None and kiosk.isVisible()
    assert not window.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    search = window.workspace.cases.search
    ctrl_n = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    QApplication.sendEvent(search, ctrl_n)
    assert ctrl_n.isAccepted()  # overridden: no shortcut of the main window can fire
    typed = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x")
    QApplication.sendEvent(search, typed)
    assert search.text() == ""  # keys never reach the hidden main window
    assert not triggered
    assert session.is_unlocked

    kiosk.counselor_button.click()
    kiosk.exit_dialog.passphrase.setText(PASSPHRASE)
    kiosk.exit_dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.isVisible(), timeout=20_000)
    assert window.kiosk is None


def test_reset_leaves_no_text_even_before_deferred_deletes(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    # Deleted widgets linger until the event loop runs; the next worker must not find
    # the previous findings among them, so reset blanks and detaches them at once.
    from PySide6.QtWidgets import QLabel as _Label

    kiosk = make_kiosk(qtbot, session)
    kiosk.choose_language("en")
    kiosk._clear_findings()
    probe = _Label("passport kept by the employer")
    kiosk.findings_layout.addWidget(probe)
    kiosk.reset()
    assert all("passport" not in w.text() for w in kiosk.findChildren(_Label))
