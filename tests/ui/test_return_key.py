"""Return in a dialog's text field does what the dialog is for, never Cancel.

Seen in the real window (tests/ui/test_real_window.py): the kiosk setup dialog made
Cancel its default button, so typing the event and pressing Return closed it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ui.dialogs.new_case import NewCaseDialog
from ui.kiosk import KioskSetupDialog
from ui.session import Session


def test_return_in_the_event_field_starts_the_kiosk(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = KioskSetupDialog()
    qtbot.addWidget(dialog)
    results: list[int] = []
    dialog.finished.connect(results.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.event_name.setFocus()
    QTest.keyClicks(dialog.event_name, "Consultation day")
    QTest.keyClick(dialog.event_name, Qt.Key.Key_Return)
    assert results == [1]  # accepted: the kiosk starts


def test_return_in_new_case_presses_create(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    dialog = NewCaseDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.create_button.isDefault()
    assert not dialog.cancel_button.isDefault()
