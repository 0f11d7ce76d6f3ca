"""UI test fixtures: offscreen Qt, a fresh vault per test, and a session over it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings

from desktop.crypto.kdf import fast_params_for_tests
from tests.conftest import PASSPHRASE
from ui.prefs import Preferences
from ui.session import Session
from ui.tasks import Background


@pytest.fixture(autouse=True)
def _default_locale_restored() -> Iterator[None]:
    """Put the default locale back after each test.

    Installing the Japanese translators also sets the default locale (ui.app), and
    ui.error_text picks English-only sentences by that locale: one test that forgot to
    restore it made later tests in the run see other messages than when run alone.
    """
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    """Preferences in a private INI file, never the developer's own settings."""
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def background(qapp: object) -> Iterator[Background]:
    runner = Background()
    yield runner
    runner.wait()


@pytest.fixture
def session(tmp_path: Path, background: Background, qtbot: object) -> Iterator[Session]:
    """An unlocked session over a fresh vault (fast KDF), closed after the test."""
    s = Session(tmp_path / "vault", background)
    results: list[str] = []
    s.create(PASSPHRASE, done=results.append, failed=results.append,
             kdf_params=fast_params_for_tests(), office_code="TST", device_code="UI")  # fmt: skip
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)  # type: ignore[attr-defined]
    assert s.is_unlocked, results
    yield s
    s.close()


def wait_for(qtbot: object, session: Session, fn, timeout: int = 20_000):  # type: ignore[no-untyped-def]
    """Run ``fn(service)`` through the session and wait for its result (test helper)."""
    box: list[object] = []
    errors: list[str] = []
    session.run(fn, done=box.append, failed=errors.append)
    qtbot.waitUntil(lambda: bool(box or errors), timeout=timeout)  # type: ignore[attr-defined]
    assert not errors, errors
    return box[0]
