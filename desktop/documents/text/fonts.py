"""The shipped fonts: where they are, what they cover, which one a language prefers.

Each font is registered with reportlab on first use (loading all of them takes
about 0.2 s once).  Coverage sets, HarfBuzz faces and metrics are cached for the
life of the process, because every paragraph of every PDF asks for them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import uharfbuzz as hb
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.errors import DocumentError

FONT_DIR = Path(__file__).resolve().parents[3] / "resources" / "fonts"


@dataclass(frozen=True)
class FontSpec:
    """One shipped font file.  ``script`` is the HarfBuzz script of a shaped font."""

    key: str
    file: str
    script: str | None = None  # set only for complex scripts: these runs are shaped
    bold: bool = False  # a real bold face (others are emboldened with a stroke)
    tall: float = 0.0  # minimum line height in em (stacked scripts need room)

    @property
    def name(self) -> str:
        """The name the font is registered under in reportlab."""
        return "Madoguchi-" + self.key

    @property
    def shaped(self) -> bool:
        return self.script is not None


FONTS: dict[str, FontSpec] = {
    spec.key: spec
    for spec in (
        FontSpec("sans", "NotoSans-Regular.ttf"),
        FontSpec("sans-bold", "NotoSans-Bold.ttf", bold=True),
        FontSpec("serif", "NotoSerif-Regular.ttf"),
        FontSpec("serif-bold", "NotoSerif-Bold.ttf", bold=True),
        FontSpec("ja-gothic", "ipaexg.ttf"),
        FontSpec("ja-mincho", "ipaexm.ttf"),
        FontSpec("zh", "DroidSansFallbackFull.ttf"),
        FontSpec("ko", "NanumGothic.ttf"),
        FontSpec("deva", "NotoSansDevanagari-Regular.ttf", script="Deva"),
        FontSpec("beng", "NotoSansBengali-Regular.ttf", script="Beng"),
        FontSpec("mymr", "NotoSansMyanmar-Regular.ttf", script="Mymr", tall=1.85),
        FontSpec("khmr", "NotoSansKhmer-Regular.ttf", script="Khmr", tall=1.5),
        FontSpec("thai", "NotoSansThai-Regular.ttf", script="Thai", tall=1.4),
        FontSpec("sinh", "NotoSansSinhala-Regular.ttf", script="Sinh", tall=1.4),
    )
}

_LOCK = threading.Lock()
_REGISTERED: dict[str, TTFont] = {}  # key -> the font registered under spec.name


def font(key: str) -> TTFont:
    """The reportlab font for ``key``, registered on first use.

    Never ask reportlab for a font it does not hold: ``pdfmetrics.getFont`` of an
    unknown name searches every Type-1 font on the machine for a matching AFM file
    (seconds on a desktop with TeX installed) before giving up.  The shipped fonts
    are TrueType and registered directly; our own table says which already are.
    """
    found = _REGISTERED.get(key)
    if found is not None:
        return found
    spec = FONTS[key]
    with _LOCK:
        found = _REGISTERED.get(key)
        if found is None:
            try:
                found = TTFont(spec.name, str(FONT_DIR / spec.file))
            except (TTFError, OSError) as exc:
                # A broken installation, not a bug in the document: say what to do.
                raise DocumentError(
                    f"The font file {spec.file} is missing or damaged in this installation "
                    f"({FONT_DIR}); reinstall Madoguchi.",
                    file=spec.file,
                    font_dir=FONT_DIR,
                ) from exc
            pdfmetrics.registerFont(found)
            _REGISTERED[key] = found
    return found


def make_default() -> None:
    """Make Noto Sans every new canvas's initial font instead of Helvetica.

    A reportlab canvas starts in Helvetica, one of the 14 standard fonts that are
    never embedded; with a registered TrueType font as the initial font no page
    refers to an unembedded font (DESIGN §5: embedded TrueType only).
    """
    rl_config.canvas_basefontname = font("sans").fontName


def register_all() -> None:
    """Register every shipped font (idempotent)."""
    for key in FONTS:
        font(key)


@cache
def coverage(key: str) -> frozenset[int]:
    """Code points the font maps to a glyph (read from its cmap)."""
    return frozenset(cp for cp, gid in _cmap(key).items() if gid)


def _cmap(key: str) -> dict[int, int]:
    cmap: dict[int, int] = font(key).face.charToGlyph
    return cmap


@dataclass(frozen=True)
class ShapingFont:
    """A HarfBuzz font in font units, with the facts the renderer needs."""

    hb_font: Any
    upem: int


@cache
def shaping_font(key: str) -> ShapingFont:
    """HarfBuzz font for a shaped script (scale = units per em)."""
    face = hb.Face((FONT_DIR / FONTS[key].file).read_bytes())
    return ShapingFont(hb.Font(face), face.upem)


_PRIVATE_LOCK = threading.Lock()


def char_for_glyph(key: str, gid: int) -> int:
    """A code point that draws glyph ``gid`` through reportlab's subset encoding.

    Shaped output contains glyphs (conjuncts, reordered forms) that no character
    maps to.  Such a glyph gets a private-use code point in this font's table, so
    reportlab embeds and encodes it like any other; the text itself survives in
    ActualText.
    """
    face = font(key).face
    chars = face.glyphToChar.get(gid)
    if chars:
        return int(chars[0])
    with _PRIVATE_LOCK:
        chars = face.glyphToChar.get(gid)
        if chars:
            return int(chars[0])
        code = 0xE000
        while code in face.charToGlyph:
            code += 1
        if code > 0xF8FF:
            raise RuntimeError(f"no private code point left in {key}")
        sf = shaping_font(key)
        advance = sf.hb_font.get_glyph_h_advance(gid)
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charWidths[code] = advance * 1000 / sf.upem
        return code


#: Script (ICU short name) → font family key, for scripts one font serves.
SCRIPT_FONT = {
    "Deva": "deva",
    "Beng": "beng",
    "Mymr": "mymr",
    "Khmr": "khmr",
    "Thai": "thai",
    "Sinh": "sinh",
    "Hang": "ko",
}

#: Language → how to pick fonts.  Unknown languages fall back to Japanese
#: preferences, the language of most documents this application writes.
_CJK_LANG = {"ja": "ja", "zh": "zh", "ko": "ko"}
_COMPLEX_LANG = {"ne": "deva", "hi": "deva", "mr": "deva", "bn": "beng", "my": "mymr",
                 "km": "khmr", "th": "thai", "si": "sinh"}  # fmt: skip


def base_lang(lang: str | None) -> str:
    """Primary subtag, lower case: "ja-easy" → "ja", "zh-Hans" → "zh"; None → "ja"."""
    if not lang:
        return "ja"
    return lang.replace("_", "-").split("-")[0].lower() or "ja"


def latin_key(serif: bool, bold: bool) -> str:
    """Noto Sans/Serif, regular or bold: Latin, Vietnamese, Cyrillic, Greek."""
    return ("serif" if serif else "sans") + ("-bold" if bold else "")


def han_key(lang: str, serif: bool) -> str:
    """Font for Han ideographs and CJK punctuation in ``lang``."""
    cjk = _CJK_LANG.get(lang, "ja")
    if cjk == "ja":
        return "ja-mincho" if serif else "ja-gothic"
    return cjk


@cache
def preference(lang: str, serif: bool, bold: bool) -> tuple[str, ...]:
    """Font keys in the order a character without a script-specific font tries them."""
    first: list[str] = []
    if lang in _COMPLEX_LANG:
        first.append(_COMPLEX_LANG[lang])
    if lang in _CJK_LANG:
        first.append(han_key(lang, serif))
    else:
        first.append(latin_key(serif, bold))
    order = [
        *first,
        latin_key(serif, bold),
        han_key(lang, serif),
        "ja-gothic",
        "zh",
        "ko",
        "deva",
        "beng",
        "mymr",
        "khmr",
        "thai",
        "sinh",
        "sans",
    ]
    return tuple(dict.fromkeys(order))


@cache
def vertical_metrics(key: str) -> tuple[float, float]:
    """(ascent, descent) in em, both positive, from the font's hhea table."""
    face = font(key).face
    return float(face.ascent) / 1000, -float(face.descent) / 1000
