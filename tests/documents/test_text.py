"""The text module: every language renders with embedded fonts, wraps, extracts back."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.pdf import build_story
from desktop.documents.text import (
    FONT_DIR,
    Style,
    TextBlock,
    draw_text,
    missing_glyphs,
    paragraph,
    text_width,
)
from desktop.documents.text.breaking import grapheme_breaks, line_breaks
from tests.documents.render_samples import LANGUAGES, questionnaire_texts

COMPLEX = {"ne", "my", "km", "th", "si", "bn"}
WIDTH = 170.0  # points: narrow, so every sample wraps several times


def sample(lang: str) -> str:
    """A real question + explanation from the shipped questionnaire."""
    texts = questionnaire_texts(LANGUAGES[lang])
    return f"{texts[0]} {texts[1]}"


# --- reading PDFs back -------------------------------------------------------------


def _to_unicode(font: pikepdf.Object) -> dict[int, str]:
    cmap = bytes(font.ToUnicode.read_bytes()).decode("latin-1")
    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    return out


def extract(pdf_bytes: bytes) -> list[str]:
    """Text of each text object (BT…ET), honouring ActualText spans like a PDF reader."""
    chunks: list[str] = []
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            maps = {str(name): _to_unicode(f) for name, f in page.Resources.Font.items()}
            current: dict[int, str] = {}
            actual: list[str | None] = []
            for operands, op in pikepdf.parse_content_stream(page):
                name = str(op)
                if name == "BDC":
                    props = operands[1]
                    text = (
                        props.get("/ActualText") if isinstance(props, pikepdf.Dictionary) else None
                    )
                    actual.append(str(text) if text is not None else None)
                    if text is not None:
                        chunks.append(str(text))
                elif name == "EMC":
                    actual.pop()
                elif name == "Tf":
                    current = maps[str(operands[0])]
                elif name in ("Tj", "TJ") and not any(a is not None for a in actual):
                    items = operands[0] if name == "TJ" else [operands[0]]
                    for item in items:
                        if isinstance(item, pikepdf.String):
                            chunks.append("".join(current.get(b, "\ufffd") for b in bytes(item)))
    return chunks


def font_files(pdf_bytes: bytes) -> list[str]:
    """BaseFont of every font on every page; asserts each embeds a TrueType program."""
    names = []
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                assert "/FontFile2" in font.FontDescriptor, font.BaseFont
                names.append(str(font.BaseFont))
    return names


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- fonts ------------------------------------------------------------------------------


def test_every_shipped_font_is_static_truetype_with_a_licence() -> None:
    import uharfbuzz as hb

    files = sorted(FONT_DIR.glob("*.ttf"))
    assert len(files) >= 12
    for path in files:
        tags = hb.Face(path.read_bytes()).table_tags
        assert "glyf" in tags and "CFF " not in tags and "fvar" not in tags, path.name
    readme = (FONT_DIR / "README.md").read_text(encoding="utf-8")
    for path in files:
        assert path.name in readme
    for licence in ("OFL.txt", "IPA_Font_License.txt", "Apache-2.0.txt"):
        assert (FONT_DIR / licence).is_file()
    assert sum(p.stat().st_size for p in FONT_DIR.iterdir()) < 40_000_000


# --- every language ---------------------------------------------------------------


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_language_renders_embedded_wrapped_and_complete(lang: str) -> None:
    text = sample(lang)
    assert missing_glyphs(text, lang) == set()
    block = paragraph(text, Style(size=11, lang=lang))
    assert isinstance(block, TextBlock)
    spans = block.line_spans(WIDTH)
    assert len(spans) > 2
    assert all(width <= WIDTH + 0.01 for _, _, width in spans)
    assert "".join(block.text[a:b] for a, b, _ in spans) == block.text  # nothing lost
    data = build_story([paragraph(text, Style(size=11, lang=lang))], title=lang, lang=lang)
    assert font_files(data)
    chunks = extract(data)
    assert squash("".join(chunks)) == squash(text)
    if lang in COMPLEX:
        assert b"/ActualText" in _content(data)


def _content(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return b"".join(bytes(page.Contents.read_bytes()) for page in pdf.pages)


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - COMPLEX))
def test_simple_scripts_extract_exactly(lang: str) -> None:
    """One line drawn with draw_text comes back character for character, spaces included."""
    text = questionnaire_texts(LANGUAGES[lang])[0]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    width = draw_text(canvas, 20, 400, text, Style(size=8, lang=lang))
    canvas.save()
    assert width == pytest.approx(text_width(text, Style(size=8, lang=lang)))
    assert "".join(extract(buffer.getvalue())) == text
    assert b"/ActualText" not in _content(buffer.getvalue())


def test_japanese_uses_ipaex_and_serif_uses_mincho() -> None:
    gothic = build_story([paragraph("在留カード", Style(lang="ja"))], title="g")
    mincho = build_story([paragraph("在留カード", Style(lang="ja", serif=True))], title="m")
    assert any("IPAexGothic" in name for name in font_files(gothic))
    assert any("IPAexMincho" in name for name in font_files(mincho))


def test_japanese_is_never_shaped() -> None:
    data = build_story([paragraph("ご確認ください。ffi 実習", Style(lang="ja"))], title="ja")
    assert b"/ActualText" not in _content(data)
    assert "".join(extract(data)) == "ご確認ください。ffi 実習"


# --- mixed fonts, fallback --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Nguyễn日本語ကျွန်ုပ်", "abcကခ", "OTIT(外国人)ខ្មែរ", "ठीकthai๑ไทย한국", "x\u200dက\u200cy"],
)
def test_words_that_mix_fonts_render(text: str) -> None:
    for lang in ("ja", "en", "my"):
        data = build_story([paragraph(text, Style(lang=lang, bold=True))], title="mix")
        assert len(font_files(data)) >= 2
        assert squash("".join(extract(data))).replace("\u200d", "").replace("\u200c", "") == (
            squash(text).replace("\u200d", "").replace("\u200c", "")
        )


def test_missing_glyphs_reports_only_what_would_be_tofu() -> None:
    assert missing_glyphs("Hello 世界 ជំរាបសួរ", "en") == set()
    assert missing_glyphs("\U0001f600 ᠮᠣᠩᠭᠣᠯ", "mn") == {"\U0001f600", *"ᠮᠣᠩᠭᠣᠯ"}
    assert missing_glyphs("a\u200bb\u200dc") == set()


# --- line breaking ----------------------------------------------------------------------

NO_SPACES = {
    "th": "ผู้ใช้แรงงานต่างชาติมีสิทธิได้รับค่าจ้างเต็มจำนวนทุกเดือนและสามารถขอคำปรึกษาได้ฟรี",
    "km": "កម្មករបរទេសមានសិទ្ធិទទួលបានប្រាក់ឈ្នួលពេញលេញរៀងរាល់ខែហើយអាចសុំប្រឹក្សាដោយឥតគិតថ្លៃ",
    "my": "နိုင်ငံခြားသားအလုပ်သမားများသည်လစာအပြည့်အဝရရှိပိုင်ခွင့်ရှိပြီးအခမဲ့အကြံဉာဏ်တောင်းခံနိုင်သည်",
}


@pytest.mark.parametrize("lang", sorted(NO_SPACES))
def test_dictionary_scripts_wrap_at_icu_word_boundaries(lang: str) -> None:
    text = NO_SPACES[lang]
    assert " " not in text
    spans = paragraph(text, Style(size=12, lang=lang)).line_spans(110)
    assert len(spans) >= 3
    words = set(line_breaks(text, lang))
    graphemes = set(grapheme_breaks(text, lang))
    for _start, end, width in spans:
        assert width <= 110.01
        assert end in words and end in graphemes
    assert spans[-1][1] == len(text)


def test_japanese_kinsoku_keeps_closing_punctuation_off_line_starts() -> None:
    text = "外国人技能実習機構に相談できます。「在留カード」は、あなたのものです。" * 3
    block = paragraph(text, Style(size=10, lang="ja"))
    for start, _, _ in block.line_spans(97):
        assert text[start] not in "。、」）"


def test_paragraph_splits_across_pages_without_losing_text() -> None:
    text = "\n".join(sample(lang) for lang in ("en", "my", "ja", "km"))
    data = build_story([paragraph(text * 3, Style(size=14, lang="en"))], title="long")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 2
    assert squash("".join(extract(data))) == squash(text * 3)


def test_alignment_and_draw_text_anchor() -> None:
    style = Style(size=10, lang="en", align="right")
    spans = paragraph("short text", style).line_spans(300)
    assert len(spans) == 1
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    width = draw_text(canvas, 300, 500, "Right edge", Style(lang="en"), anchor="right")
    assert width == pytest.approx(text_width("Right edge", Style(lang="en")))
    assert width > 0


def test_render_samples_script_writes_a_page_per_language(tmp_path: Path) -> None:
    from tests.documents.render_samples import render

    render(tmp_path, ["km", "ja-easy"])
    assert (tmp_path / "km.pdf").is_file() and (tmp_path / "ja-easy.pdf").is_file()


def test_a_missing_font_file_is_a_plain_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.documents.text import fonts
    from desktop.errors import DocumentError

    monkeypatch.setitem(fonts.FONTS, "gone", fonts.FontSpec("gone", "NoSuchFont-Regular.ttf"))
    with pytest.raises(DocumentError, match=r"NoSuchFont-Regular\.ttf is missing"):
        fonts.font("gone")


def test_laid_out_lines_are_shared_only_between_equal_requests() -> None:
    """Lines are kept per (text, width, setting, spans) for the documents a process makes
    (the bundle's warm build spent a fifth of its time shaping the same lines again): a repeat
    is the very same result, equal to laying it out afresh; another width, style or name
    span is laid out on its own."""
    from desktop.documents.text import Style, _layout, _layout_line, _setting
    from desktop.documents.text.layout import layout_line

    text = "申立人 NGUYEN VAN A は、相手方に対し、未払賃金 42万円の支払いを求める。"
    style = Style(size=10.5, lang="ja")
    first = _layout(text, 200.0, style)
    hits = _layout_line.cache_info().hits
    again = _layout(text, 200.0, style)
    assert _layout_line.cache_info().hits == hits + 1
    assert [line for _, line in again] == [line for _, line in first]
    assert [line for _, line in first] == layout_line(text, 200.0, _setting(style))  # afresh
    narrower = _layout(text, 120.0, style)
    assert len(narrower) > len(first)
    bold = _layout(text, 200.0, Style(size=10.5, lang="ja", bold=True))
    assert [ln.pieces for _, ln in bold] != [ln.pieces for _, ln in first]
    kept = _layout(text, 120.0, style, ("NGUYEN VAN A",))
    assert all("NGUYEN" not in text[ln.start : ln.end] or "VAN A" in text[ln.start : ln.end]
               for _, ln in kept)  # fmt: skip
