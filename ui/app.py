"""Starting the desktop app: Qt application, translations, theme, main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui.fonts import register_fonts
from ui.prefs import Preferences

if TYPE_CHECKING:  # imported when the window is made, after the fonts and translators
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.tasks import Background

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Madoguchi's and Qt's own translations for ``language``; returns them (keep alive).

    The default locale follows the chosen language too, so dates, numbers and
    language defaults (e.g. the Safety result language) match the interface.
    """
    QLocale.setDefault(QLocale(language))
    translators = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"madoguchi_{language}.qm")):
        app.installTranslator(ours)
        translators.append(ours)
    # Qt's own strings (standard buttons, file and print dialogs): the copy shipped next to
    # ours in the built app (build/madoguchi.spec) first, else the one in PySide6.
    qt = QTranslator(app)
    for folder in (
        TRANSLATIONS,
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        if qt.load(QLocale(language), "qtbase", "_", str(folder)):
            app.installTranslator(qt)
            translators.append(qt)
            break
    return translators


@dataclass(frozen=True)
class Desk:
    """The started app: what ``run`` hands to Qt's event loop (and the screenshot tool drives)."""

    app: QApplication
    window: MainWindow
    session: Session
    background: Background


def start(argv: Sequence[str]) -> Desk:
    """Everything ``main.py`` does before the event loop, up to the window on screen.

    The screenshot tool (``python -m ui.screenshots``) starts the app through this same
    function, so the README shows the fonts, translations and window size users get.
    """
    parser = argparse.ArgumentParser(prog="madoguchi")
    parser.add_argument("--vault", type=Path, help="vault folder (default: remembered or per-user)")
    parser.add_argument("--lang", choices=["ja", "en"], help="language of the interface")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo vault (synthetic people)"
    )
    args, qt_args = parser.parse_known_args(list(argv)[1:])
    app = QApplication([argv[0], *qt_args] if argv else qt_args)
    app.setApplicationName("Madoguchi")
    app.setOrganizationName("Madoguchi")
    app.setWindowIcon(QIcon(str(TRANSLATIONS.parent / "icons" / "madoguchi.svg")))
    register_fonts()  # before any window: names in every worker script must render
    prefs = Preferences()
    language = args.lang or prefs.language
    install_translators(app, language)

    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.tasks import Background

    background = Background()
    demo = None
    if args.demo:
        from desktop.demo_vault import DEMO_PASSPHRASE, ensure_demo_vault

        demo = DEMO_PASSPHRASE
        folder = ensure_demo_vault(args.vault)  # a few seconds, once
    else:
        folder = args.vault or prefs.vault_folder
    session = Session(folder, background)
    window = MainWindow(session, prefs, demo_passphrase=demo)
    window.show()
    return Desk(app, window, session, background)


def run(argv: Sequence[str]) -> int:
    """Open the window; returns the exit code."""
    desk = start(argv)
    code = desk.app.exec()
    desk.background.wait()
    return int(code)


if __name__ == "__main__":
    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")
    sys.exit(run(sys.argv))
