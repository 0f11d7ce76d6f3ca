"""A damaged recovery slot is said in the window at unlock, while the passphrase still works
(issue 15 point 6): the window is built as ui.app.run builds it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from ui.main_window import MainWindow
from ui.prefs import Preferences
from ui.session import Session
from ui.tasks import Background


def _damage_recovery_slot(folder: Path) -> None:
    with sqlite3.connect(folder / "vault.db") as conn:
        (wrapped,) = conn.execute(
            "SELECT wrapped FROM key_wraps WHERE wrap_id='recovery'"
        ).fetchone()
        damaged = bytes(wrapped[:-1]) + bytes([wrapped[-1] ^ 0x01])
        conn.execute("UPDATE key_wraps SET wrapped=? WHERE wrap_id='recovery'", (damaged,))


def _unlock(qtbot, folder: Path, prefs: Preferences) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Session(folder, Background()), prefs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.unlock_page.button.isEnabled(), timeout=20_000)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    return window


def _warnings(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_a_damaged_recovery_slot_is_said_at_unlock(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, prefs: Preferences
) -> None:
    folder = vault.folder
    vault.close()
    _damage_recovery_slot(folder)
    window = _unlock(qtbot, folder, prefs)
    qtbot.waitUntil(lambda: bool(_warnings(window)), timeout=5_000)
    (box,) = _warnings(window)
    assert "recovery key" in box.text() and "new-recovery-key" in box.text()
    assert "the recovery key slot is damaged" in box.detailedText()
    window.close()


def test_an_intact_vault_unlocks_without_a_warning(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, prefs: Preferences
) -> None:
    folder = vault.folder
    vault.close()
    window = _unlock(qtbot, folder, prefs)
    qtbot.wait(300)
    assert _warnings(window) == []
    window.close()
