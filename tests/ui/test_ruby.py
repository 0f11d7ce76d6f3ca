"""Furigana for easy Japanese: parsing the questionnaire's readings, painting, the kiosk."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.kiosk.ruby import RubyLabel, Segment, layout_lines, ruby_segments, spoken_text

QUESTIONNAIRE = Path(__file__).parents[2] / "resources/safety/questionnaire-1.json"


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)


def _ja_easy(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "ja-easy":
                yield from _strings(value)
            else:
                yield from _ja_easy(value)
    elif isinstance(node, list):
        for value in node:
            yield from _ja_easy(value)


JA_EASY = [s for s in _ja_easy(json.loads(QUESTIONNAIRE.read_text("utf-8"))) if s]


def test_the_questionnaire_has_ja_easy_texts_with_readings() -> None:
    assert len(JA_EASY) > 100
    assert sum("（" in s for s in JA_EASY) > 20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "相談窓口（そうだんまどぐち）に、あなたへ",
            [Segment("相談窓口", "そうだんまどぐち"), Segment("に、あなたへ")],
        ),
        (
            "会社や 監理団体（かんりだんたい）、ブローカーが",
            [Segment("会社や "), Segment("監理団体", "かんりだんたい"), Segment("、ブローカーが")],
        ),
        (
            "労働基準監督署（ろうどう きじゅん かんとくしょ＝はたらく 人を まもる 役所）に",
            [
                Segment("労働基準監督署", "ろうどう きじゅん かんとくしょ"),
                Segment("（はたらく 人を まもる 役所）に"),
            ],
        ),
        (
            "出入国在留管理庁（しゅつにゅうこく ざいりゅう かんりちょう＝ビザの 役所）や",
            [
                Segment("出入国在留管理庁", "しゅつにゅうこく ざいりゅう かんりちょう"),
                Segment("（ビザの 役所）や"),
            ],
        ),
        (
            "有給休暇（ゆうきゅう きゅうか＝お金が もらえる 休み）を",
            [
                Segment("有給休暇", "ゆうきゅう きゅうか"),
                Segment("（お金が もらえる 休み）を"),
            ],
        ),
        (  # a reading nested in another parenthesis; the outer one stays
            "ひかれて いますか（たとえば「管理費（かんりひ）」）。",
            [
                Segment("ひかれて いますか（たとえば「"),
                Segment("管理費", "かんりひ"),
                Segment("」）。"),
            ],
        ),
        (
            "よわい 立場（たちば）を 悪用（あくよう）される",
            [
                Segment("よわい "),
                Segment("立場", "たちば"),
                Segment("を "),
                Segment("悪用", "あくよう"),
                Segment("される"),
            ],
        ),
        # Not readings: kanji or Latin inside, kanji before ＝, no kanji before.
        ("労働基準監督署（はたらく 人を まもる 役所）に", None),
        ("外国人技能実習機構（OTIT）にも", None),
        ("紙に 書いて（労働条件通知書＝ろうどう じょうけん つうちしょ）。", None),
        ("紙の やくそく（36協定＝さぶろく きょうてい）が", None),
        ("支援センター（FRESC＝がいこくじん ざいりゅう しえん センター）や", None),
        ("さわられたり（セクハラ）、いやがらせ（ハラスメント）を", None),
        ("警察（110）に 電話して", None),
        ("多い（25％ 以上 多い）。", None),
        ("シェルター（にげる 場所）", None),
        # Too many kana for the kanji: an explanation, not a reading.
        ("金額（ほんとうに かかる おかねより たかくない）", None),
        ("紙（＝かみ）", None),  # nothing before ＝
        ("紙（かみ＝）", None),  # an empty explanation
        ("", []),
        ("(OTIT) Immigration Services Agency", None),
    ],
)
def test_segments_of_real_strings(text: str, expected: list[Segment] | None) -> None:
    segments = ruby_segments(text)
    assert segments == (expected if expected is not None else [Segment(text)])


def test_every_ja_easy_string_parses_and_round_trips() -> None:
    words: set[tuple[str, str]] = set()
    for text in JA_EASY:
        segments = ruby_segments(text)
        assert "".join(s.text for s in segments if not s.reading) or any(
            s.reading for s in segments
        )
        for a, b in itertools.pairwise(segments):
            assert a.reading or b.reading, "adjacent plain segments are merged"
        words |= {(s.text, s.reading) for s in segments if s.reading}
        rebuilt = spoken_text(segments)
        if "＝" in "".join(s.reading for s in segments) or "）（" in text:
            pytest.fail(f"unexpected shape: {text}")
        # Pure readings come back exactly; a split-off ＝ explanation comes back as "）（".
        assert rebuilt == text or rebuilt.replace("）（", "＝") == text, text
    assert ("相談窓口", "そうだんまどぐち") in words
    assert ("労働基準監督署", "ろうどう きじゅん かんとくしょ") in words
    assert ("入管", "にゅうかん") in words
    assert len(words) >= 25
    for base, reading in words:
        assert base and reading and "（" not in base + reading


def _label(text: str, px: int = 24, width: int = 900) -> RubyLabel:
    label = RubyLabel(text)
    font = QFont(label.font())
    font.setPixelSize(px)
    label.setFont(font)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    label.resize(width, label.heightForWidth(width))
    return label


def _inked(image: QImage, rect: QRect, background: QColor) -> int:
    """How many pixels in ``rect`` differ from the background."""
    rect = rect.intersected(image.rect())
    return sum(
        image.pixelColor(x, y) != background
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )


def test_readings_are_painted_above_their_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = _label("あいうえお 相談窓口（そうだんまどぐち）に")
    qtbot.addWidget(label)
    (reading,) = label.reading_rects()
    (base,) = label.base_rects()
    assert reading.bottom() <= base.top() + 0.5
    assert abs(reading.center().x() - base.center().x()) < 1
    assert reading.height() < base.height() * 0.7  # about half size
    image = label.grab().toImage()
    white = QColor("white")
    assert _inked(image, reading.toAlignedRect(), white) > 20
    # The band above the plain words before it stays empty.
    band_left = QRect(0, 0, int(base.left()) - 2, int(reading.bottom()))
    assert _inked(image, band_left, white) == 0
    assert _inked(image, base.toAlignedRect(), white) > 50

    plain = _label("あいうえお 相談窓口に")
    qtbot.addWidget(plain)
    assert plain.reading_rects() == []
    assert plain.heightForWidth(900) < label.heightForWidth(900)
    # The plain label's single line starts at the top: no empty band is reserved.
    image = plain.grab().toImage()
    top = QRect(0, 0, plain.width(), int(reading.height()))
    assert _inked(image, top, white) > 0


def test_paints_with_the_palette(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = _label("相談窓口（そうだんまどぐち）")
    qtbot.addWidget(label)
    dark = label.palette()
    dark.setColor(QPalette.ColorRole.Window, QColor(20, 20, 20))
    dark.setColor(QPalette.ColorRole.WindowText, QColor(250, 250, 250))
    label.setPalette(dark)
    image = label.grab().toImage()
    rect = label.reading_rects()[0].toAlignedRect().united(label.base_rects()[0].toAlignedRect())
    colours = [
        image.pixelColor(x, y)
        for y in range(rect.top(), rect.bottom())
        for x in range(rect.left(), rect.right())
    ]
    assert any(c.lightness() > 200 for c in colours)  # light text on dark
    assert not any(c.red() > c.blue() + 40 or c.blue() > c.red() + 40 for c in colours)


def test_wraps_to_its_width() -> None:
    label = RubyLabel(max(JA_EASY, key=len))
    font = QFont(label.font())
    font.setPixelSize(22)
    label.setFont(font)
    heights = [label.heightForWidth(w) for w in (1200, 600, 300, 120)]
    assert heights == sorted(heights) and len(set(heights)) == 4
    hint = label.sizeHint()
    assert hint.height() == label.heightForWidth(hint.width())
    assert label.hasHeightForWidth()


@pytest.mark.parametrize("width", [90, 200, 420, 800])
def test_no_line_is_wider_than_the_label(qapp, width: int) -> None:  # type: ignore[no-untyped-def]
    from ui.kiosk.ruby import _Metrics

    font = QFont()
    font.setPixelSize(20)
    metrics = _Metrics(font)
    for text in JA_EASY:
        segments = ruby_segments(text)
        lines = layout_lines(segments, metrics, width)
        # Nothing lost, nothing added except the spaces that ended a line.
        joined = "".join(u.text + (f"（{u.reading}）" if u.reading else "") for line in lines
                         for u in line)  # fmt: skip
        assert joined.replace(" ", "") == spoken_text(segments).replace(" ", "")
        for line in lines:
            # Only a single unit too wide for any line overflows, with hanging punctuation.
            while len(line) > 1 and line[-1].text in "。、）」ーっゃゅょ":
                line = line[:-1]
            wide = metrics.width(line) > width + 0.01
            assert not wide or len(line) == 1, (width, text)
            assert line and line[0].text not in (" ", "。", "、", "）")


def test_in_a_layout_it_gets_its_height(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    label = RubyLabel(JA_EASY[1] if "（" in JA_EASY[1] else next(s for s in JA_EASY if "（" in s))
    layout.addWidget(label)
    layout.addStretch(1)
    page.resize(400, 2000)
    page.show()
    qtbot.waitExposed(page)
    assert label.height() == label.heightForWidth(label.width())
    page.resize(250, 2000)
    qtbot.waitUntil(lambda: label.width() < 250)
    assert label.height() == label.heightForWidth(label.width())


def test_screen_readers_get_the_readings(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = "入管（にゅうかん＝ビザの 役所）だけです。相談窓口（そうだんまどぐち）に"
    label = RubyLabel(text)
    qtbot.addWidget(label)
    assert label.text() == text
    assert "相談窓口（そうだんまどぐち）" in label.accessibleName()
    assert "入管（にゅうかん）" in label.accessibleName()
    assert "ビザの 役所" in label.accessibleDescription()
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    label.clear()
    assert label.text() == label.accessibleName() == label.accessibleDescription() == ""
    assert label.reading_rects() == []


# -- the kiosk ------------------------------------------------------------------------------


def _answer_until_result(kiosk) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer in a risky way; returns the question steps passed through."""
    risky = {"q_documents_held": "employer_refuses", "q_overtime": "yes"}
    steps: list[str] = []
    for _ in range(40):
        if kiosk.stack.currentWidget() is kiosk.result_page:
            return steps
        step = kiosk.steps()[kiosk.position]
        steps.append(step)
        if kiosk.number_box.isVisibleTo(kiosk):
            kiosk.number.setValue(120)
            kiosk.number_next.click()
        elif step in risky:
            kiosk.answer_buttons[risky[step]].click()
        else:
            buttons = kiosk.answer_buttons
            buttons["yes" if "yes" in buttons else next(iter(buttons))].click()
    raise AssertionError("never reached the result page")


def test_kiosk_shows_furigana_in_easy_japanese_only(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from ui.kiosk import KioskSettings, KioskWindow

    settings = KioskSettings(event="Outreach day", employer=None, establishment=None)
    kiosk = KioskWindow(session, settings)
    qtbot.addWidget(kiosk)
    kiosk.start()
    kiosk.language_buttons["ja-easy"].click()
    assert kiosk.question_ruby.isVisibleTo(kiosk)
    assert not kiosk.question_label.isVisibleTo(kiosk)
    assert kiosk.question_label.text() == ""
    assert "パスポート" in kiosk.question_ruby.text()
    for _ in range(5):
        if kiosk.question_ruby.has_ruby():
            break
        if kiosk.number_box.isVisibleTo(kiosk):
            kiosk.number_skip.click()
        else:
            kiosk.answer_buttons[next(iter(kiosk.answer_buttons))].click()
    assert kiosk.question_ruby.has_ruby()  # 給与明細（きゅうよ めいさい）
    assert "（" in kiosk.question_ruby.accessibleName()
    ruby = kiosk.question_ruby
    qtbot.waitUntil(lambda: ruby.height() >= ruby.heightForWidth(ruby.width()))
    kiosk.back_button.click()
    kiosk.stop_button.click()
    kiosk.language_buttons["ja-easy"].click()
    kiosk.position = 0
    _answer_until_result(kiosk)
    rubies = [w for w in kiosk.findings_box.findChildren(RubyLabel) if w.text()]
    assert any(w.has_ruby() for w in rubies)
    assert any("相談窓口" in w.text() for w in rubies)  # the explanations
    kiosk.contact_button.click()
    assert kiosk.consent_ruby.isVisibleTo(kiosk) and kiosk.consent_ruby.has_ruby()
    assert kiosk.consent_text.text() == ""

    # The next worker finds no trace, even in widgets waiting for deferred deletion.
    kiosk.reset()
    for label in [*rubies, *kiosk.findChildren(RubyLabel)]:
        assert label.text() == "" and label.accessibleName() == ""

    # Other languages keep plain labels.
    kiosk.language_buttons["en"].click()
    assert kiosk.question_label.isVisibleTo(kiosk)
    assert not kiosk.question_ruby.isVisibleTo(kiosk)
    _answer_until_result(kiosk)
    assert all(not w.text() for w in kiosk.findChildren(RubyLabel))
    kiosk.show_contact()
    assert "I agree" in kiosk.consent_text.text()
