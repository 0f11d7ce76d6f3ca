"""A forgotten passphrase reset from the unlock page with the recovery key (issue 16
point 5), in a window built as ui.app.run builds it, over a real vault; the effect is
checked in the vault itself after the window is closed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.cases.service import CaseService
from desktop.errors import WrongPassphraseError
from desktop.vaults import create_vault, fast_params_for_tests, open_vault
from tests.conftest import PASSPHRASE
from tests.support.factories import make_case
from ui.dialogs.recovery_reset import ResetPassphraseDialog
from ui.main_window import MainWindow
from ui.prefs import Preferences
from ui.session import Session
from ui.tasks import Background

NEW_PASSPHRASE = "seven purple lanterns over osaka bay"
TIMEOUT = 30_000


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    """A vault with one case; its folder and recovery key."""
    folder = tmp_path / "vault"
    vault, recovery = create_vault(folder, PASSPHRASE, kdf_params=fast_params_for_tests(),
                                   office_code="TST", device_code="D1")  # fmt: skip
    make_case(CaseService(vault), 0)
    vault.close()
    return folder, recovery


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    from ui.app import install_translators

    before = QLocale()
    translators = install_translators(qapp, "ja")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, made: tuple[Path, str], prefs: Preferences, japanese: None):  # type: ignore[no-untyped-def]
    main = MainWindow(Session(made[0], Background()), prefs)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.unlock_page.button.isEnabled(), timeout=TIMEOUT)
    yield main
    main.close()


def _open_dialog(qtbot, window: MainWindow) -> ResetPassphraseDialog:  # type: ignore[no-untyped-def]
    page = window.unlock_page
    assert page.forgot_button.isVisible()
    assert page.forgot_button.text() == "パスフレーズを忘れた場合(&O)"
    qtbot.mouseClick(page.forgot_button, Qt.MouseButton.LeftButton)
    dialog = page.reset_dialog
    assert isinstance(dialog, ResetPassphraseDialog) and dialog.isVisible()
    return dialog


def _try(qtbot, dialog: ResetPassphraseDialog, key: str) -> None:  # type: ignore[no-untyped-def]
    dialog.recovery_key.setText(key)
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.make_button.isEnabled() or dialog.stack.currentIndex() == 1,
                    timeout=TIMEOUT)  # fmt: skip


def test_wrong_recovery_keys_get_the_translated_sentence_and_change_nothing(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, made: tuple[Path, str], tmp_path: Path
) -> None:
    folder, recovery = made
    _, other_key = create_vault(tmp_path / "other", PASSPHRASE,
                                kdf_params=fast_params_for_tests())  # fmt: skip
    dialog = _open_dialog(qtbot, window)
    _try(qtbot, dialog, other_key)  # well formed, but another vault's
    assert dialog.message.text().startswith("回復キーが違います。"), dialog.message.text()
    assert dialog.stack.currentIndex() == 0 and not window.session.is_unlocked
    # One slip in the first group (not the last character: base32 leaves some of its bits
    # unused, so a slip there can decode to the same key).
    _try(qtbot, dialog, ("B" if recovery[0] != "B" else "C") + recovery[1:])
    assert dialog.message.text().startswith("回復キーの入力に誤りがあります"), dialog.message.text()
    dialog.new.setText("short")
    dialog.repeat.setText("short")
    dialog.recovery_key.setText(recovery)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "パスフレーズ" in dialog.message.text() and dialog.stack.currentIndex() == 0
    dialog.reject()
    window.close()
    window.session.close()
    with open_vault(folder) as vault:
        vault.unlock(PASSPHRASE)  # the old passphrase still opens it: nothing changed


def test_reset_shows_a_new_key_then_opens_the_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, made: tuple[Path, str]
) -> None:
    folder, recovery = made
    dialog = _open_dialog(qtbot, window)
    _try(qtbot, dialog, recovery)
    assert dialog.stack.currentIndex() == 1, dialog.message.text()
    assert dialog.saved.text() == "回復キーを保管しました(&S)"  # the shared page, in Japanese
    fresh = dialog.recovery.text().replace(" - ", "-")
    assert fresh and fresh != recovery
    assert window.workspace is None  # not before the new key is saved
    dialog.reject()  # Escape does not throw the only copy away
    assert dialog.isVisible()
    dialog.saved.setChecked(True)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=TIMEOUT)
    assert dialog.recovery.text() == ""  # shown once
    window.close()
    window.session.close()
    with open_vault(folder) as vault:
        with pytest.raises(WrongPassphraseError):
            vault.unlock(PASSPHRASE)
        with pytest.raises(WrongPassphraseError):
            vault.unlock_with_recovery_key(recovery)  # the typed key stopped working
        vault.unlock(NEW_PASSPHRASE)
        assert len(CaseService(vault).list_cases()) == 1
        vault.lock()
        vault.unlock_with_recovery_key(fresh)
