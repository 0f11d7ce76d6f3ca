"""Walk the counselor's desk the way main.py starts it, and report what a person would trip on.

    python -m tests.ui.desk_tour --vault DIR --lang ja --out REPORT.json

Run by tests/ui/test_desk_window.py in a fresh process, on a screen of a given size (the
offscreen platform with a config file, or a real X server): the app is started through
the same calls as ui.app.run (translators, fonts, Session, MainWindow with the demo
passphrase), unlocked through the unlock page's own button, and then every main view and
the dialogs reachable from the toolbar, the case view and its tabs are shown in turn.
For each: the window fits the screen's available area, no visible widget lies outside its
window, no label is clipped, no two controls share a mnemonic letter.  In Japanese, the
audit viewer, History and Referrals texts are checked for English words and raw codes.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from desktop.cases import model as case_model
from desktop.demo_vault import DEMO_PASSPHRASE
from ui.app import install_translators
from ui.audit_labels import ACTIONS
from ui.fonts import register_fonts
from ui.prefs import Preferences
from ui.screen_fit import ScrollWhenSmall

# Proper names and units that stay in Latin letters in a Japanese interface.
ALLOWED_WORDS = frozenset(
    {
        "ADR",
        "LINE",
        "SHA",
        "PDF",
        "CSV",
        "DEMO",
        "SNS",
        "NGO",
        "OTIT",
        "min",
        "KB",
        "MB",
        "GB",
        "KiB",
        "MiB",
        "GiB",
    }
)


def every_code() -> set[str]:
    """Every stored enum value and audit action: none may reach a Japanese screen as is."""
    codes = {a for a in ACTIONS}
    for value in vars(case_model).values():
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum:
            codes |= {str(member.value) for member in value}
    return codes


def english_problems(texts: list[str], data_words: set[str], codes: set[str]) -> list[str]:
    """Raw codes and ASCII words (3+ letters) that are neither data nor allowed names."""
    found: list[str] = []
    for text in texts:
        for token in re.findall(r"[A-Za-z0-9_]+", text):
            shortened = text.endswith("…") and any(w.startswith(token) for w in data_words)
            if token in data_words or shortened or any(ch.isdigit() for ch in token):
                continue  # a name or note from the vault, an id, a hash, a reference
            if "_" in token and token in codes:
                found.append(f"raw code {token!r} in {text!r}")
            elif re.fullmatch(r"[A-Za-z]{3,}", token) and token not in ALLOWED_WORDS:
                found.append(f"English word {token!r} in {text!r}")
    return found


def raw_codes(texts: list[str], data_words: set[str], codes: set[str]) -> list[str]:
    """Stored codes printed as they are: snake_case values and ISO language/country codes.

    The summary is bilingual by design (Japanese, then English: "未 open"), so a code that
    is also a plain English word is not one; a code with "_" or an ISO code is."""
    iso = {"en", "ja", "vi", "zh", "tl", "id", "ne", "my", "km", "th", "si", "bn", "mn", "pt",
           "es", "ko", "VN", "PH", "NP", "MM", "KH", "TH", "LK", "BD", "MN", "BR", "PE",
           "CN", "KR", "JP"}  # fmt: skip
    found = []
    for text in texts:
        for token in re.findall(r"(?<![A-Za-z0-9_-])[A-Za-z_][A-Za-z0-9_-]*", text):
            if token in data_words:
                continue
            if token in iso or ("_" in token and (token in codes or token.islower())):
                found.append(f"raw code {token!r} in {text.strip()!r}")
    return found


def summary_text(tour: Tour, session: Any, case_id: str, path: Path) -> list[str]:
    """The case summary PDF the preview shows (same call as the case view), as text lines."""
    from desktop.documents.case_summary import case_summary_pdf
    from ui.field_labels import value_text

    data = _run(tour, session, lambda s: case_summary_pdf(s, case_id, values=value_text))
    path.write_bytes(data)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60)  # fmt: skip
    return [line for line in done.stdout.splitlines() if line.strip()]


def model_texts(model: Any) -> list[str]:
    texts = []
    for column in range(model.columnCount()):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            value = model.index(row, column, QModelIndex()).data()
            if value:
                texts.append(str(value))
    return texts


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


class Tour:
    def __init__(self, app: QApplication, lang: str) -> None:
        self.app = app
        self.lang = lang
        self.problems: list[str] = []
        self.seen: list[str] = []
        self.mnemonics: list[str] = []
        self.sizes: dict[str, list[int]] = {}  # each window's frame, in logical pixels
        self.scrolled: list[str] = []  # windows that had to scroll to fit the screen

    def settle(self, seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def until(self, test: Any, what: str, seconds: float = 90) -> None:
        deadline = time.monotonic() + seconds
        while not test():
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out waiting for {what}")
            self.settle(0.05)

    def check(self, window: QWidget, name: str) -> None:
        """Fits the screen, children inside, labels whole, mnemonics unique."""
        self.seen.append(name)
        self.settle(0.2)
        screen = window.screen().availableGeometry()
        frame = window.frameGeometry()
        self.sizes[name] = [frame.width(), frame.height()]
        if frame.width() > screen.width() or frame.height() > screen.height():
            self.problems.append(
                f"{name}: window {frame.width()}×{frame.height()} larger than the screen's "
                f"available {screen.width()}×{screen.height()}"
            )
        elif window.isWindow() and not screen.contains(frame):
            # Placed at its first size, then grown: Settings ran past the right and bottom
            # edges with its Save button off the screen.
            self.problems.append(f"{name}: window at {frame.x()},{frame.y()} "
                                 f"({frame.width()}×{frame.height()}) runs past the screen")  # fmt: skip
        for area in window.findChildren(ScrollWhenSmall):
            bars = (area.verticalScrollBar(), area.horizontalScrollBar())
            if area.isVisibleTo(window) and any(bar.isVisible() for bar in bars):
                self.scrolled.append(name)
        letters: dict[str, list[str]] = {}
        for child in window.findChildren(QWidget):
            if not child.isVisibleTo(window) or child.window() is not window:
                continue
            bounds = _bounds_of(child, window)
            if bounds is not None:  # None: inside a list or scroll area, scrolled away is fine
                top_left = child.mapTo(bounds, child.rect().topLeft())
                bottom_right = child.mapTo(bounds, child.rect().bottomRight())
                area = bounds.rect()
                if not (area.contains(top_left) and area.contains(bottom_right)):
                    self.problems.append(f"{name}: {_describe(child)} lies outside its window")
            if isinstance(child, QLabel) and child.text() and child.isVisible():
                self._label(name, child)
            text = ""
            if (isinstance(child, QAbstractButton) and child.isEnabled()) or (
                isinstance(child, QLabel) and child.buddy() is not None
            ):
                text = child.text()
            elif isinstance(child, QTabWidget):
                for i in range(child.count()):
                    letter = mnemonic(child.tabText(i))
                    if letter:
                        letters.setdefault(letter, []).append(child.tabText(i))
            letter = mnemonic(text)
            if letter:
                letters.setdefault(letter, []).append(text)
        # A tool button shows no mnemonic (Qt strips it): the menu bar's titles are what
        # Alt+letter reaches, and inside each menu its items' letters must differ.
        menu_bar = window.menuBar() if isinstance(window, QMainWindow) else None
        for title in menu_bar.actions() if menu_bar is not None else []:
            letter = mnemonic(title.text())
            if letter and title.isVisible():
                letters.setdefault(letter, []).append(title.text())
            in_menu: dict[str, list[str]] = {}
            for action in title.menu().actions() if title.menu() is not None else []:
                item_letter = mnemonic(action.text())
                if item_letter and action.isVisible():
                    in_menu.setdefault(item_letter, []).append(action.text())
            for item_letter, texts in in_menu.items():
                if len(texts) > 1:
                    self.mnemonics.append(f"{name}: menu {title.text()!r}: mnemonic "
                                          f"{item_letter!r} used by {texts}")  # fmt: skip
        for letter, texts in letters.items():
            if len(texts) > 1:
                self.mnemonics.append(f"{name}: mnemonic {letter!r} used by {texts}")

    def _label(self, name: str, label: QLabel) -> None:
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                self.problems.append(
                    f"{name}: label {label.text()[:40]!r} needs {need} px height, has "
                    f"{label.height()}"
                )
        elif label.sizeHint().width() > label.width() + 1:
            self.problems.append(
                f"{name}: label {label.text()[:40]!r} needs {label.sizeHint().width()} px, "
                f"has {label.width()}"
            )


def _bounds_of(child: QWidget, window: QWidget) -> QWidget | None:
    """What ``child`` must lie inside: its window, or the content of the window's
    ScrollWhenSmall (which scrolls only on small screens, so a widget sticking out of its
    content is still a fault); None inside a list or any other scroll area."""
    parent = child.parentWidget()
    while parent is not None and parent is not window:
        content = parent.widget() if isinstance(parent, ScrollWhenSmall) else None
        if content is not None and (child is content or content.isAncestorOf(child)):
            return content
        if parent.inherits("QAbstractScrollArea") or parent.inherits("QAbstractItemView"):
            return None
        parent = parent.parentWidget()
    return window


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r} {text!r}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--lang", default="ja")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    app = QApplication(["madoguchi"])
    install_translators(app, args.lang)  # the calls ui.app.run makes, in its order
    register_fonts()
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.tasks import Background

    prefs = Preferences(QSettings(str(args.out.with_suffix(".ini")), QSettings.Format.IniFormat))
    background = Background()
    session = Session(args.vault, background)
    window = MainWindow(session, prefs, demo_passphrase=DEMO_PASSPHRASE)
    window.show()
    tour = Tour(app, args.lang)
    tour.until(lambda: window.unlock_page.button.isEnabled(), "the unlock page")
    tour.check(window, "unlock page")
    window.unlock_page.forgot_button.click()  # "Forgot the passphrase?": its dialog too
    reset = window.unlock_page.reset_dialog
    assert reset is not None
    tour.check(reset, "reset passphrase dialog")
    reset.reject()
    tour.settle(0.1)
    window.unlock_page.button.click()
    tour.until(lambda: window.workspace is not None, "the workspace")
    workspace = window.workspace
    assert workspace is not None
    tour.until(lambda: workspace.cases.model.rowCount() > 0, "the case list")
    tour.check(window, "case list")
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        tour.check(window, f"workspace tab {index}")

    case_id = _case_with_referral(tour, session)
    view = workspace.open_case(case_id)
    tour.until(lambda: view.referrals.model.rowCount() > 0, "the case's referrals")
    data_words = _data_words(tour, session, case_id)
    codes = every_code()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        tour.settle(0.3)
        tour.check(window, f"case tab {view.tabs.tabText(index)}")
    view.tabs.setCurrentWidget(view.wages)  # its own pages: terms, grids, result
    for index in range(view.wages.pages.count()):
        view.wages.pages.setCurrentIndex(index)
        tour.check(window, f"wages page {view.wages.pages.tabText(index)}")
    view.tabs.setCurrentWidget(view.history)
    tour.until(lambda: view.history.model.rowCount() > 0, "the history")
    japanese = args.lang == "ja"
    if japanese:
        tour.problems += english_problems(model_texts(view.history.model), data_words, codes)
        tour.problems += english_problems(model_texts(view.referrals.model), data_words, codes)

    view.show_summary()
    tour.until(lambda: view.summary_dialog is not None, "the case summary preview")
    assert view.summary_dialog is not None
    tour.check(view.summary_dialog, "case summary preview")
    view.summary_dialog.close()
    summary = summary_text(tour, session, case_id, args.out.with_suffix(".pdf"))
    if japanese:
        tour.problems += [f"case summary PDF: {p}" for p in raw_codes(summary, data_words, codes)]

    # The exhibit dialog (modal in the app: shown here without its event loop) and a PDF
    # evidence file opened whole in the page viewer (paging, zoom).
    from ui.views.case_tabs.adr_exhibits import ExhibitDialog

    view.tabs.setCurrentWidget(view.adr)
    exhibit = ExhibitDialog(view.adr.exhibits.evidence, None, view.adr.exhibits)
    exhibit.show()
    tour.check(exhibit, "exhibit dialog")
    exhibit.close()
    view.tabs.setCurrentWidget(view.evidence)
    tour.until(lambda: view.evidence.model.rowCount() > 0, "the case's evidence")
    pdf = next((r for r in view.evidence.model.records()
                if r.data.get("media_type") == "application/pdf"), None)  # fmt: skip
    if pdf is None:
        raise SystemExit("the tour's case has no PDF evidence to open")
    view.evidence.show_pages(pdf.entity_id)
    tour.until(lambda: view.evidence.pages_dialog is not None, "the PDF page viewer")
    assert view.evidence.pages_dialog is not None
    tour.check(view.evidence.pages_dialog, "PDF page viewer")
    view.evidence.pages_dialog.close()

    view.referrals.new_complaint()  # the labour standards office complaint (申告) draft
    complaint = _dialog(app, "WageComplaintDialog")
    tour.until(lambda: complaint.language.isEnabled(), "the complaint dialog's languages")
    tour.check(complaint, "complaint dialog")
    if japanese:
        shown = [complaint.windowTitle()] + [
            w.text() for w in complaint.findChildren(QWidget)
            if isinstance(w, (QLabel, QAbstractButton)) and w.text()
        ] + [box.title() for box in complaint.findChildren(QGroupBox)]  # fmt: skip
        tour.problems += english_problems(shown, data_words, codes)
    complaint.close()

    window.open_audit()
    audit = _dialog(app, "AuditDialog")
    tour.until(lambda: audit.model.rowCount() > 0, "the audit log")
    tour.check(audit, "audit log")
    if japanese:
        devices = {audit.model.entry_at(row).device[:8] for row in range(audit.model.rowCount())}
        device_words = {w for d in devices for w in re.findall(r"[A-Za-z0-9_]+", d)}
        tour.problems += english_problems(
            model_texts(audit.model), data_words | device_words, codes
        )
    audit.close()
    for opener, name in (
        (window.open_settings, "SettingsDialog"),
        (window.new_case, "NewCaseDialog"),
        (window.open_keys, "ContactsDialog"),
        (window.open_conflicts, "ConflictsDialog"),
    ):
        opener()
        dialog = _dialog(app, name)
        if name == "SettingsDialog":  # its notes arrive from the background, then it refits
            tour.until(dialog.save_button.isEnabled, "the settings")
        tour.check(dialog, name)
        dialog.close()
        tour.settle(0.1)

    # The screen as the app saw it: at 150 % scaling a 1920×1080 screen is 1280×720 logical
    # pixels with a device pixel ratio of 1.5; the test checks the tour really ran on it.
    seen_screen = window.screen()
    screen = {"width": seen_screen.geometry().width(), "height": seen_screen.geometry().height(),
              "dpr": seen_screen.devicePixelRatio()}  # fmt: skip
    args.out.write_text(json.dumps({"problems": tour.problems, "seen": tour.seen,
                                    "mnemonics": sorted(set(tour.mnemonics)),
                                    "screen": screen, "sizes": tour.sizes,
                                    "scrolled": tour.scrolled},
                                   ensure_ascii=False, indent=1))  # fmt: skip
    window.close()
    background.wait()
    return 0


def _dialog(app: QApplication, class_name: str) -> Any:
    for widget in app.topLevelWidgets():
        if type(widget).__name__ == class_name and widget.isVisible():
            return widget
    raise SystemExit(f"{class_name} did not open")


def _run(tour: Tour, session: Any, fn: Any) -> Any:
    box: list[Any] = []
    errors: list[str] = []
    session.run(fn, done=box.append, failed=errors.append)
    tour.until(lambda: bool(box or errors), "a background read")
    if errors:
        raise SystemExit(errors[0])
    return box[0]


def _case_with_referral(tour: Tour, session: Any) -> str:
    def find(service: Any) -> str:
        for row in service.list_cases():
            if service.get_case(row.case_id).referrals:
                return str(row.case_id)
        raise SystemExit("the demo vault has no referral")

    return str(_run(tour, session, find))


def _data_words(tour: Tour, session: Any, case_id: str) -> set[str]:
    """Latin words that are the vault's data (names, notes, user ids), not interface text."""
    coded = {"status", "outcome", "gender", "residence_status", "role", "category", "subtopic",
             "kind", "channel", "method", "purpose", "recipient_type", "publication",
             "original_or_copy", "facts", "nationality", "languages", "language", "mode"}  # fmt: skip

    def read(service: Any) -> set[str]:
        view = service.get_case(case_id)
        words: set[str] = set()
        records = [view.case, view.worker, *view.parties, *view.topics, *view.timeline,
                   *view.tasks, *view.consents, *view.evidence, *view.referrals,
                   *view.adr_matters]  # fmt: skip
        for record in records:
            if record is None:
                continue
            words |= set(re.findall(r"[A-Za-z0-9_]+", record.created_by + " " + record.updated_by))
            for name, value in record.data.items():
                if name not in coded:
                    words |= set(
                        re.findall(r"[A-Za-z0-9_]+", json.dumps(value, ensure_ascii=False))
                    )
        for entry in service.history(case_id):
            # Device ids are random base64, shown as their first 8 characters: data too.
            words |= set(re.findall(r"[A-Za-z0-9_]+", f"{entry.author} {entry.device[:8]}"))
        return words

    return set(_run(tour, session, read))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
