"""Screenshots of the desk as users see it, for the README: ``python -m ui.screenshots``.

    python -m ui.screenshots --out DIR [--lang ja en]

The app is started exactly as ``main.py --demo --lang LANG`` starts it (``ui.app.start``:
the same fonts, translators, preferences and window size; nothing registered or styled
here), on a 1366×768 screen (Qt's offscreen platform with a screen file, so no display is
needed), one fresh process per language because a Qt application starts once.  The demo
vault (synthetic people) and the preferences live in a temporary folder: the user's vault
and settings are never touched.  Shot: the unlock page, the case list, My work, every tab
of the richest case, New case, Settings, the audit log, the import preview of a CSV with
good rows, row errors and a likely duplicate, the encrypted backup dialog after a real
backup, and the Safety kiosk's language page.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from desktop.cases.service import CaseService
    from ui.app import Desk
    from ui.session import Session

SCREEN = (1366, 768)
ROOT = Path(__file__).resolve().parent.parent


class Shooter:
    """Drives one language's windows and saves what they show."""

    def __init__(self, app: QApplication, out: Path, lang: str, background: Any) -> None:
        self.app = app
        self.out = out
        self.lang = lang
        self.background = background
        self.saved: list[Path] = []

    def settle(self, rounds: int = 6) -> None:
        """Let background jobs finish and their results reach the widgets."""
        for _ in range(rounds):
            self.background.wait()
            for _ in range(5):
                self.app.processEvents()
            if self.background.pool.activeThreadCount() == 0:
                time.sleep(0.01)
                self.app.processEvents()

    def until(self, test: Callable[[], bool], seconds: float = 120) -> None:
        deadline = time.monotonic() + seconds
        while not test():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not reach the expected state")
            self.settle(rounds=1)
            time.sleep(0.02)

    def save(self, widget: QWidget, name: str) -> Path:
        path = self.out / f"{self.lang}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.saved.append(path)
        return path


def tab_file_name(tab: QWidget) -> str:
    """A language-independent name for a case-view tab: ``TimelineTab`` → ``timeline``."""
    words = re.findall(r"[A-Z][a-z]*", type(tab).__name__.removesuffix("Tab"))
    return "-".join(word.lower() for word in words) or "tab"


def _richest_case(service: CaseService) -> str:
    """An open case with plenty to show in every tab."""
    from desktop.cases.search import CaseFilter

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
    shooter.until(lambda: bool(box or errors))
    if errors:
        raise RuntimeError(errors[0])
    return box[0]


def import_sample(folder: Path, known_name: str) -> Path:
    """A spreadsheet as an NGO keeps one (Japanese headers): five good rows, one of them a
    person already in the vault, and two rows the importer must refuse."""
    rows = [
        "氏名,国籍,言語,電話,概要,在留期限",
        "Nguyen Van An,VN,vi,090-1234-5678,残業代の未払い,2027-03-31",
        "Maria Santos,PH,tl; en,080-2345-6789,寮費の天引き,2026-11-30",
        f"{known_name},,,,再相談,",
        "Siti Rahayu,Indonesia,id,070-3456-7890,パスポートを会社が保管,",
        "Ram Bahadur Thapa,NP,ne,,労災の相談,2027-13-01",
        "Ko Aung,Atlantis,my,,賃金の未払い,",
        "Pham Thi Lan,VN,vi,090-9876-5432,雇用契約書がない,2026-09-15",
    ]
    path = folder / "相談者一覧.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def shoot_desk(out: Path, lang: str, vault: Path, work: Path) -> list[Path]:
    """Start the app as main.py does (this process, one language) and shoot every screen."""
    from ui.app import start

    desk = start(["madoguchi", "--demo", "--vault", str(vault), "--lang", lang])
    window, session = desk.window, desk.session
    shooter = Shooter(desk.app, out, lang, desk.background)
    shooter.settle()
    shooter.save(window, "unlock")

    screen = window.screen().geometry()
    if (screen.width(), screen.height()) != SCREEN:  # the screen file was not read
        raise RuntimeError(f"the screen is {screen.width()}×{screen.height()}, not {SCREEN}")
    window.unlock_page.submit()  # the demo passphrase is filled in, as for a user
    shooter.until(lambda: window.workspace is not None)
    workspace = window.workspace
    assert workspace is not None
    shooter.settle()
    shooter.save(window, "case-list")

    workspace.tabs.setCurrentWidget(workspace.my_work)
    shooter.settle()
    shooter.save(window, "my-work")

    case_id = _call(shooter, session, _richest_case)
    workspace.tabs.setCurrentWidget(workspace.cases)
    view = workspace.open_case(case_id)
    shooter.settle()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        shooter.settle()
        shooter.save(window, f"case-view-{tab_file_name(view.tabs.currentWidget())}")

    _shoot_dialogs(shooter, desk, work)
    _shoot_kiosk(shooter, desk)
    session.close()
    desk.background.wait()
    return shooter.saved


def _shoot_dialogs(shooter: Shooter, desk: Desk, work: Path) -> None:
    from ui.dialogs.backup import BackupDialog
    from ui.dialogs.import_cases import ImportCasesDialog
    from ui.dialogs.new_case import NewCaseDialog
    from ui.dialogs.settings import SettingsDialog
    from ui.views.audit import AuditDialog

    window, session = desk.window, desk.session
    for name, dialog in (
        ("new-case", NewCaseDialog(session, window)),
        ("settings", SettingsDialog(session, window.prefs, window)),
        ("audit", AuditDialog(session, window)),
    ):
        dialog.show()
        shooter.settle()
        shooter.save(dialog, name)
        dialog.close()

    known = str(_call(shooter, session, lambda service: service.list_cases()[0].full_name))
    importer = ImportCasesDialog(session, window)
    importer.show()
    importer.path.setText(str(import_sample(work, known)))
    importer.check()
    shooter.until(lambda: importer.preview is not None)
    shooter.settle()
    # The picture is of the preview the sample was made for: every bad row and the
    # duplicate listed at once (a changed importer must not quietly shoot something else).
    if (importer.errors.count(), importer.duplicates.count() >= 1) != (2, True):
        raise RuntimeError(f"the import preview is not the expected one: {importer.summary.text()}")
    shooter.save(importer, "import-preview")
    importer.close()

    stick = work / f"USB-{shooter.lang}"
    stick.mkdir()
    backup = BackupDialog(session, window)
    done: list[object] = []
    backup.backed_up.connect(done.append)
    backup.show()
    backup.folder.setText(str(stick))
    backup.start()
    shooter.until(lambda: bool(done) or backup.action.isEnabled())
    if not done:
        raise RuntimeError(f"the backup failed: {backup.message.text()}")
    shooter.settle()
    shooter.save(backup, "backup")
    backup.close()


def _shoot_kiosk(shooter: Shooter, desk: Desk) -> None:
    from ui.kiosk import KioskSetupDialog, KioskWindow

    setup = KioskSetupDialog(desk.window)
    setup.event_name.setText("外国人労働者相談会（名古屋）" if shooter.lang == "ja" else
                             "Consultation day, Nagoya")  # fmt: skip
    kiosk = KioskWindow(desk.session, setup.settings())
    kiosk.start()  # as the Vault menu does: takes the whole screen
    screen = kiosk.screen().geometry()
    shooter.until(lambda: kiosk.geometry() == screen)
    shooter.settle()
    hidden = [code for code, button in kiosk.language_buttons.items() if not button.isVisible()]
    if len(kiosk.language_buttons) != 17 or hidden:
        raise RuntimeError(f"the kiosk's language page is not complete: {hidden}")
    shooter.save(kiosk, "kiosk-languages")
    kiosk.lockdown.release()
    kiosk.close()


def _screen_file(folder: Path) -> Path:
    """The offscreen platform's screen: 1366×768 at 100 %, a common small laptop."""
    width, height = SCREEN
    path = folder / "screen.json"
    laptop = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    path.write_text(json.dumps({"screens": [laptop]}))
    return path


def shoot(out: Path, languages: Sequence[str]) -> list[Path]:
    """Make the demo vault once, then shoot each language in a fresh process."""
    from desktop.demo_vault import ensure_demo_vault

    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="madoguchi-shots-") as tmp:
        work = Path(tmp)
        vault = ensure_demo_vault(work / "vault")
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env.update(
            QT_QPA_PLATFORM=f"offscreen:configfile={_screen_file(work)}",
            XDG_CONFIG_HOME=str(work / "config"),  # the preferences main.py reads and writes
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        )  # fmt: skip
        for lang in languages:
            done = subprocess.run(
                [sys.executable, "-m", "ui.screenshots", "--out", str(out), "--lang", lang,
                 "--in-process", str(vault)],
                cwd=work, env=env, capture_output=True, text=True, check=False,
            )  # fmt: skip
            if done.returncode != 0:
                raise RuntimeError(f"shooting {lang} failed:\n{done.stderr[-4000:]}")
            saved += [Path(line) for line in done.stdout.splitlines() if line.endswith(".png")]
    optimise(saved)
    return saved


def optimise(pngs: Sequence[Path]) -> bool:
    """Shrink the PNGs for the repository with pngquant (256 colours, metadata stripped),
    when it is installed; a file pngquant cannot shrink within the quality stays as shot.
    Returns whether pngquant ran."""
    pngquant = shutil.which("pngquant")
    if pngquant is None or not pngs:
        return False
    subprocess.run(
        [pngquant, "--quality=75-100", "--strip", "--skip-if-larger", "--force",
         "--ext", ".png", "--", *map(str, pngs)],
        check=False, capture_output=True,
    )  # fmt: skip  # exit 98/99 (larger, or below quality) leaves that file as shot
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ui.screenshots", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--lang", nargs="+", choices=["en", "ja"], default=["en", "ja"])
    # Internal: the per-language child process, given the prepared demo vault.
    parser.add_argument("--in-process", type=Path, metavar="VAULT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.in_process is None:
        saved = shoot(args.out.resolve(), args.lang)
    else:
        work = args.in_process.parent
        saved = shoot_desk(args.out, args.lang[0], args.in_process, work)
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
