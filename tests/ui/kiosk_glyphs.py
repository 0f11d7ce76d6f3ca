"""Which characters of the Safety kiosk would show as empty boxes on this display.

    python -m tests.ui.kiosk_glyphs --vault DIR --out REPORT.json

Started by tests/ui/test_real_window.py under Xvfb with the xcb platform.  The app starts
through ``ui.app.run`` itself (fonts registered, translators installed, main window built);
where the event loop would begin, the kiosk window is built over the same session and every
text a worker can meet on its first pages is laid out in the font of the widget that shows
it: each language button, every language's question 1 (wording and explanation), the
kiosk's own buttons and texts, the language names of the contact form.  Qt's font fallback
picks a font per script as on screen; a glyph index 0 is the empty box (.notdef).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel


def missing_glyphs(text: str, font: QFont) -> list[str]:
    """The characters of ``text`` that no font Qt would use for them can draw."""
    missing: list[str] = []
    for char in dict.fromkeys(text):
        if char.isspace() or unicodedata.category(char) in ("Cf", "Mn", "Mc", "Zs"):
            continue  # joiners and combining marks are drawn as part of their cluster
        if not _drawn(char, font):
            missing.append(f"U+{ord(char):04X} {unicodedata.name(char, '?')}")
    if not missing and not _drawn(text, font):  # a cluster that only fails as a whole
        missing.append("(a cluster in the whole text)")
    return missing


def _drawn(text: str, font: QFont) -> bool:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    return all(0 not in run.glyphIndexes() for run in layout.glyphRuns())


def kiosk_texts(app: QApplication) -> list[tuple[str, str, QFont]]:
    """(where, text, font) for every kiosk text a worker meets first, in every language."""
    from ui.kiosk import KioskWindow
    from ui.kiosk.setup_dialog import KioskSettings

    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
    kiosk = KioskWindow(window.session, KioskSettings("glyph check", None, None))  # type: ignore[attr-defined]
    questionnaire = kiosk.questionnaire
    texts: list[tuple[str, str, QFont]] = []
    for label in kiosk.language_page.findChildren(QLabel):
        if label.text():
            texts.append(("language page title", label.text(), label.font()))
    for code, button in kiosk.language_buttons.items():
        texts.append((f"language button {code}", button.text(), button.font()))
    first = questionnaire.questions[0]
    combo = kiosk.contact_page.preferred_language
    for code in questionnaire.languages:
        wording = questionnaire.question_text(first, code)
        texts.append((f"{code} question 1", wording.question, kiosk.question_label.font()))
        texts.append((f"{code} explanation 1", wording.explanation, kiosk.thanks_label.font()))
        for key in questionnaire.texts["ui"]:
            ui_text = questionnaire.text("ui", key, code)
            texts.append((f"{code} kiosk text {key}", ui_text, kiosk.back_button.font()))
    for index in range(combo.count()):
        texts.append((f"contact form language {index}", combo.itemText(index), combo.font()))
    kiosk.deleteLater()
    return texts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--lang", default="ja")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    import ui.app

    def check(_app: Any = None) -> int:  # stands in for the event loop, after the window is up
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        report: dict[str, Any] = {"platform": app.platformName(), "missing": [], "checked": 0}
        report["families"] = sorted(
            f for f in QFontDatabase.families() if not QFontDatabase.isPrivateFamily(f)
        )
        for where, text, font in kiosk_texts(app):
            report["checked"] += 1
            missing = missing_glyphs(text, font)
            if missing:
                report["missing"].append(f"{where}: {text[:40]!r} lacks {', '.join(missing)}")
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1))
        return 0

    QApplication.exec = check  # type: ignore[assignment,method-assign]
    return ui.app.run(["madoguchi", "--vault", str(args.vault), "--lang", args.lang])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
