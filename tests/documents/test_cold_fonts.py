"""A cold process never makes reportlab search the machine for Type-1 fonts.

``pdfmetrics.getFont`` of a name reportlab does not hold scans every AFM file on
the machine (seconds on a desktop with TeX); the shipped TrueType fonts must be
registered without that search, and only the fonts a document uses are parsed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter: reportlab's AFM search is replaced by a tripwire, then
# a Japanese and Vietnamese document is made the way letters are.
SCRIPT = r"""
import json, sys
from reportlab.pdfbase import pdfmetrics

def tripwire(name):
    raise SystemExit(f"reportlab searched for an unregistered font: {name}")

pdfmetrics.findFontAndRegister = tripwire
from desktop.documents.pdf import build_story
from desktop.documents.text import Style, paragraph

data = build_story([paragraph("雇用契約書　Hợp đồng lao động", Style(lang="ja")),
                    paragraph("Tiền lương chưa trả", Style(lang="vi", bold=True))],
                   title="t", lang="ja")
assert data.startswith(b"%PDF")
print(json.dumps(sorted(pdfmetrics.getRegisteredFontNames())))
"""


def test_fonts_load_without_type1_search_and_only_when_used() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    registered = done.stdout.strip().splitlines()[-1]
    assert "Madoguchi-ja-gothic" in registered
    # Fonts the text does not need are not parsed (the CJK fallbacks cost most).
    for unused in ("Madoguchi-zh", "Madoguchi-ko", "Madoguchi-mymr", "Madoguchi-khmr"):
        assert unused not in registered
