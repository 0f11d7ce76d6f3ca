"""The bundled fonts, registered with Qt at start so every worker script renders.

A stock machine has no font for Burmese, Khmer, Thai, Sinhala, Bengali, Nepali (Devanagari)
or Korean, and often none for Japanese: without these, names and the kiosk's language
buttons show empty boxes.  ``ui.app.run`` registers them before any window exists, and
every tool that starts the app does it through the same function.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def register_fonts() -> list[str]:
    """Add every font file in resources/fonts/ to the application; returns their families."""
    families: list[str] = []
    if FONTS.is_dir():
        for path in sorted(FONTS.iterdir()):
            if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
                font_id = QFontDatabase.addApplicationFont(str(path))
                families += QFontDatabase.applicationFontFamilies(font_id)
    return families
