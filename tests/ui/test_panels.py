"""My work, settings and the audit viewer over a real vault."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

from tests.ui.conftest import wait_for
from ui.dialogs.settings import SettingsDialog
from ui.prefs import Preferences
from ui.session import Session
from ui.views.audit import AuditDialog
from ui.views.my_work import MyWorkPage

CONTROLS = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QAbstractButton, QTableView)


def unnamed_controls(widget: QWidget) -> list[str]:
    return [
        f"{type(c).__name__} {c.objectName()!r}"
        for c in widget.findChildren(QWidget)
        if isinstance(c, CONTROLS)
        and c.isVisibleTo(widget)
        and not c.accessibleName()
        and not c.objectName().startswith("qt_")  # Qt's own parts of a spin box or combo
        and not (isinstance(c, QAbstractButton) and c.text())
    ]


def test_my_work_lists_due_tasks_and_expiring_cards(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    expiring = wait_for(qtbot, session, lambda s: s.create_case(
        {"full_name": "Expiring Soon", "residence_expiry": (today + timedelta(days=10)).isoformat()}))  # fmt: skip
    busy = wait_for(qtbot, session, lambda s: s.create_case({"full_name": "Has A Task"}))
    wait_for(qtbot, session, lambda s: s.add_task(
        busy, {"title": "Call the employer", "due_on": (today + timedelta(days=1)).isoformat()}))  # fmt: skip
    wait_for(qtbot, session, lambda s: s.add_task(
        busy, {"title": "Late follow-up", "due_on": (today - timedelta(days=3)).isoformat()}))  # fmt: skip
    page = MyWorkPage(session)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.expiring.rowCount() == 1, timeout=5_000)
    tables = (page.tasks, page.follow_ups)
    texts = [t.item(r, c).text() for t in tables for r in range(t.rowCount())
             for c in range(t.columnCount()) if t.item(r, c)]  # fmt: skip
    assert any("Call the employer" in x for x in texts)
    assert any("Late follow-up" in x for x in texts)
    opened: list[str] = []
    page.open_case.connect(opened.append)
    page.expiring.activated.emit(page.expiring.model().index(0, 0))
    assert opened == [expiring]
    assert unnamed_controls(page) == []


def test_settings_save_to_the_vault_and_prefs(qtbot, session: Session, prefs: Preferences) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(session, prefs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5_000)
    # This machine has no secure keyring: remembering is offered nowhere, with the reason.
    assert not dialog.remember.isEnabled()
    assert dialog.remember_note.text()
    dialog.org_name.setText("みらい支援ネットワーク")
    dialog.org_address.setPlainText("東京都新宿区1-2-3")
    dialog.office_code.setText("tky")
    dialog.device_code.setText("a7")
    dialog.idle.setValue(9)
    minutes: list[float] = []
    dialog.idle_changed.connect(minutes.append)
    dialog.save()
    session.background.wait()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=5_000)
    assert minutes == [9.0] and prefs.idle_minutes == 9
    organisation = wait_for(qtbot, session, lambda s: s.vault.read_sealed("organisation"))
    assert organisation["name"] == "みらい支援ネットワーク"
    assert session.vault is not None and session.vault.device.office_code == "TKY"
    ref = wait_for(qtbot, session, lambda s: s.get_case(s.create_case({"full_name": "X"})).ref)
    assert ref.startswith("TKY-A7-")
    assert unnamed_controls(dialog) == []


def test_settings_refuse_a_bad_code_with_a_message(
    qtbot, session: Session, prefs: Preferences
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(session, prefs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5_000)
    dialog.office_code.setText("no spaces!")
    dialog.save()
    qtbot.waitUntil(lambda: "office code" in dialog.message.text(), timeout=5_000)
    assert session.vault is not None and session.vault.device.office_code == "TST"


def test_audit_viewer_verifies_and_reports_tampering(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = AuditDialog(session)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "✓" in dialog.banner.text(), timeout=5_000)
    assert dialog.model.rowCount() >= 1
    assert unnamed_controls(dialog) == []
    assert session.vault is not None
    conn = sqlite3.connect(session.vault.folder / "vault.db")
    with conn:
        conn.execute("UPDATE audit SET action='nothing' WHERE seq=1")
    conn.close()
    dialog.refresh()
    qtbot.waitUntil(lambda: "⚠" in dialog.banner.text(), timeout=5_000)
    assert "altered" in dialog.banner.text()


def test_settings_show_the_language_on_screen_and_this_year(  # type: ignore[no-untyped-def]
    qtbot, session: Session, prefs: Preferences
) -> None:
    """Started with --lang ja on an English system, Settings said "English" (the saved
    preference) on a Japanese screen, and its example reference number said 2025."""
    from datetime import date

    from PySide6.QtCore import QLocale

    prefs.language = "en"
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    dialog = SettingsDialog(session, prefs)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ja"
    assert f"-{date.today().year}-00001" in dialog.codes_note.text()


def test_a_window_that_grew_is_moved_back_onto_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Settings dialog grows after it is shown (its notes arrive later); it kept its
    top-left corner and ran past the right and bottom edges of a 1366×768 screen."""
    from PySide6.QtWidgets import QDialog

    from ui.screen_fit import keep_on_screen

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    room = dialog.screen().availableGeometry()
    dialog.resize(room.width() - 40, room.height() - 40)
    dialog.move(room.left() + 300, room.top() + 200)  # as placed at its first, smaller size
    assert not room.contains(dialog.frameGeometry())
    keep_on_screen(dialog)
    assert room.contains(dialog.frameGeometry())
    placed = dialog.pos()
    keep_on_screen(dialog)  # already inside: left where it is
    assert dialog.pos() == placed
