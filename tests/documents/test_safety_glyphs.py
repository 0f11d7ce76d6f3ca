"""Every Safety questionnaire string can be drawn: no tofu, and every font embedded."""

from __future__ import annotations

import io

import pikepdf
import pytest

from desktop.documents.pdf import build_story
from desktop.documents.text import Style, missing_glyphs, paragraph
from desktop.safety.questionnaire import load_shipped
from tests.documents.render_samples import LANGUAGES, questionnaire_texts

SHIPPED = load_shipped()
SOURCE_LANGS = sorted(SHIPPED.languages)


def test_the_questionnaire_languages_are_the_ones_we_cover() -> None:
    assert sorted(LANGUAGES.values()) == SOURCE_LANGS


@pytest.mark.parametrize("source_lang", SOURCE_LANGS)
def test_every_string_has_every_glyph(source_lang: str) -> None:
    texts = questionnaire_texts(source_lang)
    assert len(texts) > 40
    for text in texts:
        assert missing_glyphs(text, source_lang) == set(), text
        assert missing_glyphs(text, source_lang, style=Style(bold=True, serif=True)) == set()


@pytest.mark.parametrize("source_lang", SOURCE_LANGS)
def test_all_strings_render_with_embedded_fonts(source_lang: str) -> None:
    story = [
        paragraph(t, Style(size=10, lang=source_lang)) for t in questionnaire_texts(source_lang)
    ]
    data = build_story(story, title=source_lang, lang=source_lang)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = [f for page in pdf.pages for f in page.Resources.Font.values()]
        assert fonts
        for font in fonts:
            assert font.Subtype == "/TrueType"
            assert "/FontFile2" in font.FontDescriptor, font.BaseFont
