"""The unlock page opens the vault with this device's remembered key (real Secret Service).

The window is built as ``main.py`` builds it (``ui.app.run``: a Session over the vault
folder, a Background pool, the MainWindow); the key sits in gnome-keyring on a private
D-Bus session (the ``secret_service`` fixture).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import secretstorage
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.devicekey import DeviceKeyStore
from desktop.devicekey.store import SERVICE
from desktop.store.vault import Vault
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.support.secret_service import SecretServiceSession
from ui.device_key_texts import device_key_message
from ui.main_window import MainWindow
from ui.prefs import Preferences
from ui.session import Session
from ui.tasks import Background


def remembered_folder(vault: Vault) -> Path:
    """Remember the test vault in the (real) system keyring, then close it."""
    store = DeviceKeyStore()
    assert store.backend_name == "keyring.backends.SecretService.Keyring"
    vault.remember_on_device(store)
    vault.close()
    return vault.folder


def start_window(qtbot, folder: Path, prefs: Preferences) -> MainWindow:  # type: ignore[no-untyped-def]
    session = Session(folder, Background())  # as ui.app.run does
    window = MainWindow(session, prefs)
    qtbot.addWidget(window)
    window.show()
    return window


def actions(folder: Path) -> list[str]:
    with open_vault(folder) as vault:
        vault.unlock(PASSPHRASE)
        return [entry.action for entry in vault.audit.entries()]


def test_unlock_page_opens_with_the_remembered_key_and_forgets_it(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, secret_service: SecretServiceSession, prefs: Preferences
) -> None:
    folder = remembered_folder(vault)
    window = start_window(qtbot, folder, prefs)
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.device_button.isVisible() and page.device_button.isEnabled(),
                    timeout=20_000)  # fmt: skip
    assert window.session.is_unlocked is False  # a button, not an automatic unlock
    assert page.passphrase.text() == ""

    qtbot.mouseClick(page.device_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    assert window.session.is_unlocked

    window.lock()  # back to the unlock page: the button is offered again
    qtbot.waitUntil(lambda: page.forget_button.isVisible() and page.forget_button.isEnabled(),
                    timeout=20_000)  # fmt: skip
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no longer remembers" in page.message.text(), timeout=20_000)
    assert not page.device_button.isVisible()
    assert not window.session.is_unlocked  # forgetting did not leave the vault open
    assert DeviceKeyStore().fetch(vault.device.vault_id) is None
    window.session.close()
    QApplication.processEvents()
    with open_vault(folder) as reopened:
        assert not reopened.remembered_on_device
    assert "device_forgotten" in actions(folder)


def test_a_key_gone_from_the_keyring_is_said_and_the_passphrase_asked(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, secret_service: SecretServiceSession, prefs: Preferences
) -> None:
    folder = remembered_folder(vault)
    with contextlib.closing(open_dbus_connection(secret_service.bus_address)) as bus:
        collection = secretstorage.get_default_collection(bus)
        for item in collection.search_items({"service": SERVICE}):
            item.delete()  # e.g. removed in the keyring manager

    window = start_window(qtbot, folder, prefs)
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.device_button.isVisible() and page.device_button.isEnabled(),
                    timeout=20_000)  # fmt: skip
    qtbot.mouseClick(page.device_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == device_key_message("keyring.key_gone"),
                    timeout=20_000)  # fmt: skip
    assert not page.device_button.isVisible()
    assert not window.session.is_unlocked

    page.passphrase.setText(PASSPHRASE)  # the passphrase still works, and drops the slot
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    window.session.close()
    with open_vault(folder) as reopened:
        assert not reopened.remembered_on_device


def test_the_keyring_note_is_a_translated_sentence_never_a_class_name(  # type: ignore[no-untyped-def]
    qtbot, session: Session, prefs: Preferences
) -> None:
    from ui.app import install_translators
    from ui.dialogs.settings import SettingsDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    translators = install_translators(app, "ja")
    try:
        dialog = SettingsDialog(session, prefs)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5_000)
        note = dialog.remember_note.text()  # no secure keyring outside the fixture
        assert note and "keyring." not in note and "Keyring" not in note
        assert "パスフレーズ" in note
        for code in ("keyring.unavailable.none", "keyring.unavailable.insecure",
                     "keyring.unavailable.failed", "keyring.not_remembered",
                     "keyring.key_gone", "keyring.key_mismatch", "keyring.something_new"):  # fmt: skip
            assert "パスフレーズ" in device_key_message(code), code
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
