"""Who is at the desk (issue 16 point 6), through the real main window: the first run asks
the counselor's name and user id, Settings edits them until they are fixed (and says why),
a new case is assigned to me, timeline entries record me and the worker's language, My work
shows mine with a switch to everyone, and a kiosk contact request heads it as urgent."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget

from desktop.store.sealed_records import SYNC_SETTINGS, SyncSettingsRecord
from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_for
from ui.dialogs.new_case import NewCaseDialog
from ui.dialogs.settings import SettingsDialog
from ui.main_window import MainWindow
from ui.prefs import Preferences
from ui.session import Session
from ui.tasks import Background

TIMEOUT = 30_000


def _first_run(qtbot, tmp_path: Path, prefs: Preferences, *, name: str) -> MainWindow:  # type: ignore[no-untyped-def]
    session = Session(tmp_path / "vault", Background())
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.show()
    page = window.new_vault_page
    assert page is not None
    page.counselor_name.setText(name)
    page.user_id.setText("sato")
    page.passphrase.setText(PASSPHRASE)
    page.confirm.setText(PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    return window


def _settings(qtbot, window: MainWindow) -> SettingsDialog:  # type: ignore[no-untyped-def]
    window.open_settings()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)
                  and w.isVisible())  # fmt: skip
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=TIMEOUT)
    return dialog


def _texts(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount()) if table.item(r, c)]
        for r in range(table.rowCount())
    ]


def test_first_run_without_a_name_makes_no_vault(qtbot, tmp_path: Path, prefs: Preferences) -> None:  # type: ignore[no-untyped-def]
    window = _first_run(qtbot, tmp_path, prefs, name="   ")
    page = window.new_vault_page
    assert page is not None and "name" in page.message.text()
    window.session.background.wait()
    assert not window.session.exists and page.stack.currentIndex() == 0


def test_the_counselor_from_first_run_to_sync(qtbot, tmp_path: Path, prefs: Preferences) -> None:  # type: ignore[no-untyped-def]
    window = _first_run(qtbot, tmp_path, prefs, name="Sato Hanako")
    page = window.new_vault_page
    assert page is not None
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=TIMEOUT)
    page.saved.setChecked(True)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    session = window.session
    assert session.vault is not None and session.vault.device.user_id == "sato"

    # Nothing written yet: both can change.
    dialog = _settings(qtbot, window)
    assert (dialog.counselor_name.text(), dialog.user_id.text()) == ("Sato Hanako", "sato")
    assert not dialog.user_id.isReadOnly() and not dialog.counselor_name.isReadOnly()
    dialog.user_id.setText("hanako")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=TIMEOUT)
    assert session.vault.device.user_id == "hanako"

    # A new case through the window is mine by default.
    window.new_case()
    new_case = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewCaseDialog))
    qtbot.waitUntil(lambda: new_case.assignee.text() == "hanako", timeout=TIMEOUT)
    new_case.full_name.setText("NGUYEN VAN AN")
    new_case.languages.set_codes(["vi", "ja"])
    new_case.create_button.click()
    qtbot.waitUntil(lambda: new_case.result() == 1, timeout=TIMEOUT)
    [row] = wait_for(qtbot, session, lambda s: s.list_cases())
    assert row.assignee == "hanako"

    # Written under "hanako": the user id is fixed, with the reason; the name is not.
    dialog = _settings(qtbot, window)
    assert dialog.user_id.isReadOnly() and not dialog.counselor_name.isReadOnly()
    assert "already recorded" in dialog.counselor_note.text()
    dialog.counselor_name.setText("Sato H.")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=TIMEOUT)

    # Synced: both fixed, and the note says why.
    vault = session.vault
    SYNC_SETTINGS.write(vault, SyncSettingsRecord(
        server_url="https://sync.invalid", device_token="t", user_id="hanako",
        device_id=vault.device.device_id, device_name="desk", org={"name": "NGO"},
        role="counselor", status="approved",
    ))  # fmt: skip
    dialog = _settings(qtbot, window)
    assert dialog.counselor_name.text() == "Sato H."
    assert dialog.counselor_name.isReadOnly() and dialog.user_id.isReadOnly()
    assert "synced" in dialog.counselor_note.text()
    dialog.reject()


def test_timeline_records_me_and_the_workers_language(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from ui.views.case_view import CaseView

    case_id = wait_for(qtbot, session, lambda s: s.create_case(
        {"full_name": "Nguyen Van An", "languages": ["vi"]}))  # fmt: skip
    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    session.changed.connect(view.apply)
    tab = view.timeline
    line = tab.language.lineEdit()
    # The worker's language by name, not its code (the entry stores the code "vi").
    qtbot.waitUntil(lambda: line.placeholderText() == "Vietnamese", timeout=TIMEOUT)
    tab.note.setPlainText("Called the employer")
    tab.add_button.click()
    entries = []

    def added() -> bool:
        entries[:] = wait_for(qtbot, session, lambda s: s.get_case(case_id).timeline)
        return len(entries) == 1

    qtbot.waitUntil(added, timeout=TIMEOUT)
    assert session.vault is not None
    assert entries[0].data["counselor"] == session.vault.device.user_id
    assert entries[0].data["language"] == "vi"
    # The table names the language too (the stored code never reaches the screen).
    model = tab.model
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Language")  # fmt: skip
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=TIMEOUT)
    assert model.index(0, column).data() == "Vietnamese"


def test_my_work_is_mine_with_a_switch_and_kiosk_requests_on_top(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, session: Session, prefs: Preferences
) -> None:
    from desktop.safety.records import SafetyService
    from tests.test_desk_who import HELD

    today = date.today()
    soon = (today + timedelta(days=2)).isoformat()
    mine = wait_for(qtbot, session, lambda s: s.create_case({"full_name": "Mine"}))
    theirs = wait_for(qtbot, session, lambda s: s.create_case(
        {"full_name": "Theirs"}, case={"assignee": "tanaka"}))  # fmt: skip
    wait_for(qtbot, session, lambda s: s.add_task(mine, {"title": "My call", "due_on": soon}))
    wait_for(qtbot, session, lambda s: s.add_task(theirs, {"title": "Their call", "due_on": soon}))
    wait_for(qtbot, session, lambda s: s.add_task(
        theirs, {"title": "Their late one", "due_on": "2020-01-01"}))  # fmt: skip

    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.show()
    if window.workspace is None:
        window._show_workspace()  # what unlocking does; the fixture's session is unlocked
    workspace = window.workspace
    assert workspace is not None
    my_work = workspace.my_work
    my_work.refresh()
    qtbot.waitUntil(lambda: my_work.tasks.rowCount() == 1, timeout=TIMEOUT)
    assert "My call" in _texts(my_work.tasks)[0]
    assert my_work.follow_ups.rowCount() == 0  # the late one is tanaka's

    my_work.everyone.click()
    qtbot.waitUntil(lambda: my_work.tasks.rowCount() == 2, timeout=TIMEOUT)
    assert my_work.follow_ups.rowCount() == 1
    assert "tanaka" in _texts(my_work.follow_ups)[0]

    # A worker asks at the kiosk to be contacted: an urgent task on top, even for everyone.
    wait_for(qtbot, session, lambda s: SafetyService(s).request_contact(
        HELD, language="vi", name="TRAN THI B", phone_or_line="090-1234-5678",
        preferred_language="vi", best_time="evenings", consent_text_language="vi",
        employer=None, establishment=None, event=None,
    ))  # fmt: skip
    my_work.refresh()
    qtbot.waitUntil(lambda: my_work.follow_ups.rowCount() == 2, timeout=TIMEOUT)
    top = _texts(my_work.follow_ups)[0]
    assert "Urgent" in top[1] and "TRAN THI B" in top[2]
    my_work.everyone.click()  # back to mine: the kiosk's request is mine
    qtbot.waitUntil(lambda: my_work.follow_ups.rowCount() == 1, timeout=TIMEOUT)
    assert "TRAN THI B" in _texts(my_work.follow_ups)[0][2]
    assert "Assigned to" in my_work.status.text()
