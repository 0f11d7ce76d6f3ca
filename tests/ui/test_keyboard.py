"""Keyboard-only use of the main flows, and core errors shown as messages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from ui.dialogs.new_case import NewCaseDialog
from ui.main_window import MainWindow
from ui.prefs import Preferences
from ui.session import Session


def test_shortcuts_lock_unlock_and_new_case(qtbot, session: Session, prefs: Preferences) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.show()
    window._show_workspace()
    window.activateWindow()
    QApplication.processEvents()
    assert window.workspace is not None
    search = window.workspace.cases.search

    ctrl = Qt.KeyboardModifier.ControlModifier
    opened: list[bool] = []
    window.new_case_action.triggered.connect(lambda: opened.append(True))
    QTest.keyClick(search, Qt.Key.Key_N, ctrl)
    assert opened == [True]
    dialogs = window.findChildren(NewCaseDialog)
    assert dialogs and dialogs[-1].isVisible()
    dialogs[-1].reject()

    QTest.keyClick(search, Qt.Key.Key_L, ctrl)
    qtbot.waitUntil(lambda: not session.is_unlocked, timeout=3_000)
    assert window.stack.currentWidget() is window.unlock_page

    page = window.unlock_page
    page.passphrase.setFocus()
    QTest.keyClicks(page.passphrase, "wrong passphrase!!")
    QTest.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong passphrase" in page.message.text(), timeout=10_000)
    page.passphrase.clear()
    QTest.keyClicks(page.passphrase, PASSPHRASE)
    QTest.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    assert window.workspace is not None
    assert window.focusWidget() is window.workspace.cases.search  # typing goes to search


def test_a_core_validation_error_is_shown_in_the_dialog(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = NewCaseDialog(session)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Tran Thi Mai")
    dialog.residence_expiry.setText("2026-02-30")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: "residence_expiry" in dialog.message.text(), timeout=5_000)
    assert "Traceback" not in dialog.message.text()
