"""The desk's everyday maintenance in the window, no terminal (issue 16 point 5): each task
is driven through the Vault menu (or the case view) of a window built as ui.app.run builds
it, and its effect is checked in the vault itself after the window is closed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from shiboken6 import isValid

from desktop.cases.service import CaseService
from desktop.errors import NotFoundError, WrongPassphraseError
from desktop.store.vault import Vault
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.support.factories import WORKERS, make_case
from ui.main_window import MainWindow
from ui.prefs import Preferences
from ui.session import Session
from ui.tasks import Background

NEW_PASSPHRASE = "seven purple lanterns over osaka bay"
TIMEOUT = 30_000


@pytest.fixture
def window(qtbot, vault: Vault, prefs: Preferences):  # type: ignore[no-untyped-def]
    """The window over a vault with two cases, unlocked through the unlock page."""
    service = CaseService(vault)
    make_case(service, 0)
    make_case(service, 1)
    folder = vault.folder
    vault.close()
    main = MainWindow(Session(folder, Background()), prefs)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.unlock_page.button.isEnabled(), timeout=TIMEOUT)
    main.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(main.unlock_page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.workspace is not None, timeout=TIMEOUT)
    yield main
    main.close()


def _closed(dialog: QDialog) -> bool:
    """Closed, or already deleted (dialogs delete themselves on close; on a busy machine the
    deletion can come before the next poll)."""
    return not isValid(dialog) or not dialog.isVisible()


def _dialog(qtbot, window: MainWindow, kind: type) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(kind)), timeout=5_000)
    (found,) = [d for d in window.findChildren(kind) if d.isVisible()]
    return found  # type: ignore[no-any-return]


def _click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _refs(folder: Path, secret: str = PASSPHRASE) -> list[str]:
    with open_vault(folder) as vault:
        vault.unlock(secret)
        return sorted(row.ref for row in CaseService(vault).list_cases())


def _menu_texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.vault_menu.actions() if action.text()]


def test_change_passphrase_from_the_vault_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.vault_keys import ChangePassphraseDialog

    assert window.passphrase_action.text() in _menu_texts(window)
    window.passphrase_action.trigger()
    dialog = _dialog(qtbot, window, ChangePassphraseDialog)
    # A wrong current passphrase is refused in one line; nothing changes.
    dialog.old.setText("not the passphrase at all")
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    assert dialog.meter.value() >= 75
    _click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.message.text()
    dialog.repeat.setText(NEW_PASSPHRASE + "x")
    dialog.old.setText(PASSPHRASE)
    _click(qtbot, dialog.ok)
    assert "differ" in dialog.message.text() and dialog.isVisible()
    dialog.repeat.setText(NEW_PASSPHRASE)
    _click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=TIMEOUT)
    folder = window.session.folder
    window.close()
    assert len(_refs(folder, NEW_PASSPHRASE)) == 2
    with pytest.raises(WrongPassphraseError), open_vault(folder) as vault:
        vault.unlock(PASSPHRASE)


def test_new_recovery_key_is_shown_once_and_opens_the_vault(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.vault_keys import NewRecoveryKeyDialog

    window.recovery_action.trigger()
    dialog = _dialog(qtbot, window, NewRecoveryKeyDialog)
    dialog.passphrase.setText("wrong wrong wrong wrong")
    _click(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: dialog.make_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.stack.currentIndex() == 0 and dialog.message.text()
    dialog.passphrase.setText(PASSPHRASE)
    _click(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=TIMEOUT)
    key = dialog.recovery.text().replace(" - ", "-")
    assert len(key) > 20 and not dialog.close_button.isEnabled()
    dialog.reject()  # Escape: the only copy of the new key stays on screen
    assert dialog.isVisible() and dialog.recovery.text()
    dialog.saved.setChecked(True)
    _click(qtbot, dialog.close_button)
    assert dialog.recovery.text() == ""  # shown once
    folder = window.session.folder
    window.close()
    with open_vault(folder) as vault:
        vault.unlock_with_recovery_key(key)
        assert vault.is_unlocked


def _write_csv(path: Path, rows: list[str]) -> Path:
    header = "full_name,nationality,language,phone,summary,residence_expiry"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_import_previews_every_error_then_imports_all_at_once(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from ui.dialogs.import_cases import ImportCasesDialog

    existing = WORKERS[0]
    bad = _write_csv(tmp_path / "cases.csv", [
        "Tran Thi Hoa,VN,vi,090-1111-2222,unpaid wages,2027-01-31",
        ",VN,vi,,no name here,",
        "Maria Santos,PH,tl,080-3333-4444,dismissal,31/31/2027",
        f"{existing['full_name']},VN,vi,{existing['phone']},same person again,",
    ])  # fmt: skip
    window.import_action.trigger()
    dialog = _dialog(qtbot, window, ImportCasesDialog)
    dialog.path.setText(str(bad))
    _click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=TIMEOUT)
    errors = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert len(errors) == 2, errors  # both bad rows at once, not the first only
    assert errors[0].startswith("Row 3") and errors[1].startswith("Row 4"), errors
    assert not dialog.import_button.isEnabled()

    _write_csv(bad, [
        "Tran Thi Hoa,VN,vi,090-1111-2222,unpaid wages,2027-01-31",
        "Maria Santos,PH,tl,080-3333-4444,dismissal,2027-03-31",
        f"{existing['full_name']},VN,vi,{existing['phone']},same person again,",
    ])  # fmt: skip
    assert not dialog.import_button.isEnabled()  # the file changed: check it again
    _click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.errors.count() == 0
    duplicates = [dialog.duplicates.item(i).text() for i in range(dialog.duplicates.count())]
    assert len(duplicates) == 1 and duplicates[0].startswith("Row 4"), duplicates
    _click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=TIMEOUT)
    folder = window.session.folder
    window.close()
    assert len(_refs(folder)) == 5
    with open_vault(folder) as vault:
        vault.unlock(PASSPHRASE)
        imports = [e for e in vault.audit_entries() if e.action == "import"]
    assert len(imports) == 1 and imports[0].details["rows"] == 3


def test_import_refuses_a_file_changed_after_the_preview(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from ui.dialogs.import_cases import ImportCasesDialog

    source = _write_csv(tmp_path / "cases.csv", ["Tran Thi Hoa,VN,vi,,unpaid wages,"])
    window.import_action.trigger()
    dialog = _dialog(qtbot, window, ImportCasesDialog)
    dialog.path.setText(str(source))
    _click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=TIMEOUT)
    _write_csv(source, ["Tran Thi Hoa,VN,vi,,unpaid wages,", "Someone Else,VN,vi,,x,"])
    _click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: "changed" in dialog.summary.text(), timeout=TIMEOUT)
    folder = window.session.folder
    window.close()
    assert len(_refs(folder)) == 2


def test_export_needs_the_explicit_confirmation(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from ui.dialogs.export_cases import ExportCasesDialog

    out = tmp_path / "export.json"
    window.export_action.trigger()
    dialog = _dialog(qtbot, window, ExportCasesDialog)
    dialog.path.setText(str(out))
    assert not dialog.export_button.isEnabled()
    dialog.start_export()  # even called directly, nothing is written unconfirmed
    assert not out.exists()
    dialog.confirm.setChecked(True)
    _click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=TIMEOUT)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["case_count"] == 2


def test_shred_from_the_case_view_needs_the_typed_reference(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    from ui.dialogs.shred_case import ShredCaseDialog

    folder = window.session.folder
    assert window.workspace is not None
    qtbot.waitUntil(lambda: window.workspace.cases.model.rowCount() == 2, timeout=TIMEOUT)
    case_id = window.workspace.cases.model.row_at(0).case_id
    view = window.workspace.open_case(case_id)
    qtbot.waitUntil(lambda: view.shred_button.isEnabled(), timeout=TIMEOUT)
    ref = view._ref
    _click(qtbot, view.shred_button)
    dialog = _dialog(qtbot, window, ShredCaseDialog)
    dialog.typed.setText(ref[:-1])
    assert not dialog.shred_button.isEnabled()
    dialog.typed.setText(ref)
    _click(qtbot, dialog.shred_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view not in window.workspace.case_views(), timeout=TIMEOUT)
    window.close()
    refs = _refs(folder)
    assert ref not in refs and len(refs) == 1
    with open_vault(folder) as vault:
        vault.unlock(PASSPHRASE)
        with pytest.raises(NotFoundError):
            CaseService(vault).get_case(case_id)


def test_backup_then_restore_on_a_new_computer(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, prefs: Preferences
) -> None:
    from ui.dialogs.backup import BackupDialog, RestoreDialog

    stick = tmp_path / "stick"
    stick.mkdir()
    folder = window.session.folder
    before = _refs_while_open(qtbot, window)
    window.backup_action.trigger()
    dialog = _dialog(qtbot, window, BackupDialog)
    dialog.folder.setText(str(stick))
    _click(qtbot, dialog.action)
    qtbot.waitUntil(lambda: "checked" in dialog.message.text(), timeout=TIMEOUT)
    (backup,) = list(stick.iterdir())
    window.close()

    # The new computer: no vault yet, so the window offers to create one or restore.
    fresh = tmp_path / "new-computer" / "vault"
    second = MainWindow(Session(fresh, Background()), prefs)
    qtbot.addWidget(second)
    second.show()
    assert second.new_vault_page is not None
    _click(qtbot, second.new_vault_page.restore_button)
    restore = _dialog(qtbot, second, RestoreDialog)
    restore.folder.setText(str(backup))
    _click(qtbot, restore.action)
    qtbot.waitUntil(lambda: second.new_vault_page is None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: second.unlock_page.button.isEnabled(), timeout=TIMEOUT)
    second.unlock_page.passphrase.setText(PASSPHRASE)
    _click(qtbot, second.unlock_page.button)
    qtbot.waitUntil(lambda: second.workspace is not None, timeout=TIMEOUT)
    second.close()
    assert _refs(fresh) == before == _refs(folder)


def _refs_while_open(qtbot, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    box: list[list[str]] = []
    window.session.run(lambda service: sorted(r.ref for r in service.list_cases()),
                       done=box.append)  # fmt: skip
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    return box[0]
