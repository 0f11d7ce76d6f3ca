"""Idle lock and clipboard clearing, on the real main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from tests.ui.conftest import wait_for
from ui.main_window import MainWindow
from ui.prefs import Preferences
from ui.session import Session


def _case(qtbot: object, session: Session) -> str:
    return wait_for(
        qtbot,
        session,
        lambda s: s.create_case(  # type: ignore[no-any-return]
            {"full_name": "Zaw Min Htet", "phone": "080-5555-1212"}, case={"summary": "寮の問題"}
        ),
    )


def test_idle_lock_drops_the_workspace(qtbot, session: Session, prefs: Preferences) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window._show_workspace()
    _case(qtbot, session)
    window.idle.set_timeout_ms(300)
    qtbot.waitUntil(lambda: not session.is_unlocked, timeout=5_000)
    assert window.workspace is None
    assert window.stack.currentWidget() is window.unlock_page
    assert not window.new_case_action.isEnabled()


def test_activity_postpones_the_idle_lock(qtbot, session: Session, prefs: Preferences) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.show()
    window._show_workspace()
    window.idle.set_timeout_ms(400)
    for _ in range(6):
        qtbot.wait(150)
        qtbot.keyClick(window.workspace.cases.search, "a")  # type: ignore[union-attr]
    assert session.is_unlocked
    qtbot.waitUntil(lambda: not session.is_unlocked, timeout=5_000)


def test_lock_clears_case_text_from_the_clipboard(
    qtbot, session: Session, prefs: Preferences
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window._show_workspace()
    window.clipboard.copy("080-5555-1212")
    assert QGuiApplication.clipboard().text() == "080-5555-1212"
    window.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_lock_leaves_text_copied_elsewhere(qtbot, session: Session, prefs: Preferences) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window._show_workspace()
    window.clipboard.copy("case text")
    QGuiApplication.clipboard().setText("shopping list")  # copied in another program later
    window.clipboard._sensitive = "case text"  # the guard saw our copy, not this one
    window.lock()
    assert QGuiApplication.clipboard().text() == "shopping list"


def test_locked_window_has_no_case_text_left(
    qtbot, session: Session, prefs: Preferences, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window._show_workspace()
    case_id = _case(qtbot, session)
    window.workspace.refresh()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.workspace.cases.model.rowCount() == 1, timeout=5_000)  # type: ignore[union-attr]
    window.workspace.open_case(case_id)  # type: ignore[union-attr]
    qtbot.wait(300)
    window.lock()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts = [w.text() for w in window.findChildren(QLineEdit)]
    assert not any("Zaw" in t or "5555" in t for t in texts)
    for widget in QApplication.allWidgets():
        if isinstance(widget, (QLabel, QLineEdit)) and not widget.property("deleted"):
            try:
                text = widget.text()
            except RuntimeError:  # already deleted on the C++ side
                continue
            assert "Zaw Min Htet" not in text, widget


def test_copied_case_text_is_cleared_after_a_while(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.guard import ClipboardGuard

    guard = ClipboardGuard(clear_after_ms=200)
    guard.copy("Nguyen Van An 090-1234-5678")
    assert QGuiApplication.clipboard().text() == "Nguyen Van An 090-1234-5678"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3_000)
