"""Render every main screen to PNG, in English and Japanese, over a vault of demo cases.

    python -m ui.screenshots --out DIR [--cases 300] [--lang en ja]

Runs offscreen (QT_QPA_PLATFORM=offscreen unless set) in a temporary vault with
a fast KDF, so it needs no display and touches neither the user's vault nor
their settings.  Fonts in resources/fonts/ are registered first, so Japanese
renders even where the system has no CJK font.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from desktop.cases.demo import add_demo_cases
from desktop.cases.search import CaseFilter
from desktop.cases.service import CaseService
from desktop.documents.demo import add_demo_documents
from desktop.vaults import create_vault, fast_params_for_tests
from ui.app import install_translators
from ui.fonts import register_fonts
from ui.prefs import Preferences
from ui.session import Session
from ui.tasks import Background

PASSPHRASE = "screenshots are not secret 2025"  # noqa: S105 - a throwaway demo vault
SIZE = (1200, 760)


class Shooter:
    """Drives one language's windows and saves what they show."""

    def __init__(self, app: QApplication, out: Path, lang: str) -> None:
        self.app = app
        self.out = out
        self.lang = lang
        self.saved: list[Path] = []

    def settle(self, background: Background, rounds: int = 6) -> None:
        """Let background jobs finish and their results reach the widgets."""
        for _ in range(rounds):
            background.wait()
            for _ in range(5):
                self.app.processEvents()
            if background.pool.activeThreadCount() == 0:
                time.sleep(0.01)
                self.app.processEvents()

    def until(self, background: Background, test: Callable[[], bool], seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not test():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not reach the expected state")
            self.settle(background, rounds=1)
            time.sleep(0.02)

    def save(self, widget: QWidget, name: str) -> Path:
        path = self.out / f"{self.lang}-{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        return path


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.replace("&", "").lower()).strip("-")


def _richest_case(service: CaseService) -> str:
    """An open case with plenty to show in every tab."""
    rows = service.list_cases(CaseFilter(order="ref"))
    best, score = rows[0].case_id, -1
    for row in rows:
        view = service.get_case(row.case_id)
        lists = (view.parties, view.timeline, view.tasks, view.consents, view.evidence,
                 view.topics, view.referrals, view.adr_matters)  # fmt: skip
        value = sum(min(len(x), 3) for x in lists) + sum(3 for x in lists if x)
        if value > score:
            best, score = row.case_id, value
    return best


def _call(shooter: Shooter, session: Session, fn: Callable[[CaseService], Any]) -> Any:
    box: list[Any] = []
    errors: list[str] = []
    session.run(fn, done=box.append, failed=errors.append)
    shooter.until(session.background, lambda: bool(box or errors))
    if errors:
        raise RuntimeError(errors[0])
    return box[0]


def shoot_language(
    app: QApplication, out: Path, lang: str, folder: Path, tab_names: dict[int, str]
) -> list[Path]:
    """Every screen in one language; ``tab_names`` maps case-view tabs to file names."""
    translators: list[QTranslator] = install_translators(app, lang)
    shooter = Shooter(app, out, lang)
    background = Background()
    session = Session(folder, background)
    settings = QSettings(str(folder.parent / f"prefs-{lang}.ini"), QSettings.Format.IniFormat)
    prefs = Preferences(settings)
    prefs.language = lang
    prefs.vault_folder = folder
    try:
        try:
            from ui.main_window import MainWindow
        except ImportError as exc:
            print(f"main window not available ({exc}); shooting pages on their own")
            _shoot_pages(shooter, session, prefs)
        else:
            _shoot_window(shooter, session, prefs, MainWindow, tab_names)
    finally:
        session.close()
        background.wait()
        for translator in translators:
            app.removeTranslator(translator)
    return shooter.saved


def _shoot_window(
    shooter: Shooter, session: Session, prefs: Preferences, window_class: Any,
    tab_names: dict[int, str],
) -> None:  # fmt: skip
    background = session.background
    window = window_class(session, prefs)
    window.resize(*SIZE)
    window.show()
    shooter.settle(background)
    shooter.save(window, "unlock")

    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.submit()
    shooter.until(background, lambda: window.workspace is not None)
    workspace = window.workspace
    shooter.settle(background)
    shooter.save(window, "case-list")

    workspace.tabs.setCurrentWidget(workspace.my_work)
    shooter.settle(background)
    shooter.save(window, "my-work")

    case_id = _call(shooter, session, _richest_case)
    workspace.tabs.setCurrentWidget(workspace.cases)
    view = workspace.open_case(case_id)
    shooter.settle(background)
    tabs = view.findChild(QTabWidget)
    if tabs is None:
        shooter.save(window, "case-view")
    else:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            shooter.settle(background)
            name = tab_names.setdefault(index, _slug(tabs.tabText(index)) or f"tab{index}")
            shooter.save(window, f"case-view-{name}")

    _shoot_dialogs(shooter, session, prefs, window)
    window.close()


def _shoot_dialogs(shooter: Shooter, session: Session, prefs: Preferences, parent: QWidget) -> None:
    from ui.dialogs.settings import SettingsDialog
    from ui.views.audit import AuditDialog

    background = session.background
    try:
        from ui.dialogs.new_case import NewCaseDialog
    except ImportError:
        pass
    else:
        dialog: QWidget = NewCaseDialog(session, parent)
        dialog.show()
        shooter.settle(background)
        shooter.save(dialog, "new-case")
        dialog.close()

    dialog = SettingsDialog(session, prefs, parent)
    dialog.show()
    shooter.settle(background)
    shooter.save(dialog, "settings")
    dialog.close()

    dialog = AuditDialog(session, parent)
    dialog.show()
    shooter.settle(background)
    shooter.save(dialog, "audit")
    dialog.close()


def _shoot_pages(shooter: Shooter, session: Session, prefs: Preferences) -> None:
    """Without the main window (parts still being written): each page in a plain frame."""
    from ui.views.case_list import CaseListPage
    from ui.views.my_work import MyWorkPage
    from ui.views.unlock import UnlockPage

    background = session.background
    session.open()
    unlock = UnlockPage(session)
    unlock.resize(*SIZE)
    unlock.show()
    shooter.settle(background)
    shooter.save(unlock, "unlock")
    unlock.close()
    done: list[object] = []
    session.unlock(PASSPHRASE, done=lambda: done.append(True), failed=done.append)
    shooter.until(background, lambda: bool(done))
    if not session.is_unlocked:
        raise RuntimeError(f"could not unlock the demo vault: {done[0]}")
    frame = QTabWidget()
    frame.resize(*SIZE)
    cases, work = CaseListPage(session), MyWorkPage(session)
    frame.addTab(cases, frame.tr("&Cases"))
    frame.addTab(work, frame.tr("&My work"))
    frame.show()
    cases.refresh()
    work.refresh()
    shooter.settle(background)
    shooter.save(frame, "case-list")
    frame.setCurrentWidget(work)
    shooter.settle(background)
    shooter.save(frame, "my-work")
    _shoot_dialogs(shooter, session, prefs, frame)
    frame.close()


def make_demo_vault(folder: Path, cases: int) -> None:
    vault, _recovery = create_vault(
        folder, PASSPHRASE, kdf_params=fast_params_for_tests(), office_code="MDG",
        device_code="PC1",
    )  # fmt: skip
    try:
        service = CaseService(vault)
        add_demo_cases(service, cases, seed=1)
        add_demo_documents(service, today=date.today())  # referrals and ADR matters to show
    finally:
        vault.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--cases", type=int, default=300, help="demo cases in the vault")
    parser.add_argument("--lang", nargs="+", choices=["en", "ja"], default=["en", "ja"])
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(["madoguchi-screenshots"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Madoguchi")
    register_fonts()
    args.out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    tab_names: dict[int, str] = {}
    with tempfile.TemporaryDirectory(prefix="madoguchi-shots-") as tmp:
        folder = Path(tmp) / "vault"
        make_demo_vault(folder, args.cases)
        for lang in sorted(args.lang):  # English first: it names the case-view tabs
            saved += shoot_language(app, args.out, lang, folder, tab_names)
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
