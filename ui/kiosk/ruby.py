"""Furigana for the kiosk's easy-Japanese texts: parse ``漢字（かな）`` and paint it as ruby.

The easy-Japanese (``ja-easy``) questionnaire gives the reading of a difficult word in
full-width parentheses right after it: ``相談窓口（そうだんまどぐち）``, sometimes with a
short explanation after ``＝``: ``入管（にゅうかん＝ビザの 役所）``.  Qt rich text has no
``<ruby>``, so :class:`RubyLabel` lays the text out and paints it itself, the reading
centred above its word in a smaller font.

The parser is deliberately conservative: only a parenthesis holding nothing but kana
(and spaces, ``ー``) right after a run of kanji becomes ruby; anything else -
``（OTIT）``, ``（はたらく 人を まもる 役所）``, ``（労働条件通知書＝…）`` - stays exactly
as written.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: Questionnaire languages whose texts carry readings in parentheses.
RUBY_LANGUAGES: Final = frozenset({"ja-easy"})

_KANJI: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005"  # CJK ideographs and 々
_KANA: Final = "\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe"  # no ・ or ゠
_SPACES: Final = " \u3000"
# A kanji run, then a parenthesis holding no other parenthesis.
_CANDIDATE: Final = re.compile(f"([{_KANJI}]+)（([^（）]*)）")
_READING: Final = re.compile(f"[{_KANA}{_SPACES}]+")
#: A reading longer than this many kana per kanji is more likely an explanation.
_MAX_KANA_PER_KANJI: Final = 4
#: Where a line may break besides after a space (ja-easy puts none after 。 and 、).
_BREAK_AFTER: Final = frozenset("。、，！？")
#: Characters that must not begin a line when a long run is broken anywhere.
_NO_LINE_START: Final = frozenset("。、，．！？）」』】〕ーぁぃぅぇぉっゃゅょァィゥェォッャュョ")
RUBY_SCALE: Final = 0.5


@dataclass(frozen=True)
class Segment:
    """Plain ``text``, or (with a ``reading``) a base word with its furigana."""

    text: str
    reading: str = ""


def _is_reading(base: str, reading: str) -> bool:
    kana = [c for c in reading if c not in _SPACES]
    if not kana or not _READING.fullmatch(reading) or reading[0] in _SPACES:
        return False
    # Every kanji reads as at least one kana; far more kana is a kana explanation.
    return len(base) <= len(kana) <= _MAX_KANA_PER_KANJI * len(base)


def ruby_segments(text: str) -> list[Segment]:
    """Split ``text`` into plain segments and ``base``+``reading`` ruby segments.

    ``漢字（かな）`` becomes one ruby segment; in ``漢字（かな＝説明）`` the reading becomes
    ruby and ``（説明）`` follows as plain text.  Everything else is returned unchanged,
    so joining plain texts with ``base（reading）`` gives back the input whenever no
    ``＝`` explanation was split off.
    """
    segments: list[Segment] = []
    plain_start = 0
    for match in _CANDIDATE.finditer(text):
        base, inside = match.group(1), match.group(2)
        reading, equals, explanation = inside.partition("＝")
        if not _is_reading(base, reading) or (equals and not explanation.strip()):
            continue
        if match.start() > plain_start:
            segments.append(Segment(text[plain_start : match.start()]))
        segments.append(Segment(base, reading))
        plain_start = match.end()
        if equals:
            segments.append(Segment(f"（{explanation}）"))
    if plain_start < len(text):
        segments.append(Segment(text[plain_start:]))
    return _merge_plain(segments)


def _merge_plain(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for seg in segments:
        if merged and not seg.reading and not merged[-1].reading:
            merged[-1] = Segment(merged[-1].text + seg.text)
        else:
            merged.append(seg)
    return merged


def spoken_text(segments: Sequence[Segment]) -> str:
    """The segments as plain text with every reading in parentheses after its word."""
    return "".join(f"{s.text}（{s.reading}）" if s.reading else s.text for s in segments)


# -- layout -----------------------------------------------------------------------------
# A unit is one character (with its combining marks) of plain text, or a whole ruby
# segment, which never breaks.  A word is the units up to the next break opportunity.


def _units(segments: Sequence[Segment]) -> list[Segment]:
    units: list[Segment] = []
    for seg in segments:
        if seg.reading:
            units.append(seg)
            continue
        for ch in seg.text:
            joins = unicodedata.combining(ch) or "\ufe00" <= ch <= "\ufe0f"
            if units and joins and not units[-1].reading:
                units[-1] = Segment(units[-1].text + ch)
            else:
                units.append(Segment(ch))
    return units


def _words(units: list[Segment]) -> list[list[Segment]]:
    words: list[list[Segment]] = []
    current: list[Segment] = []
    for i, unit in enumerate(units):
        current.append(unit)
        following = units[i + 1].text[:1] if i + 1 < len(units) else ""
        if unit.text == "\n" or (
            not unit.reading
            and (unit.text in _SPACES or unit.text in _BREAK_AFTER)
            and following not in _SPACES  # a break after the last of several spaces
            and following not in _NO_LINE_START
        ):
            words.append(current)
            current = []
    if current:
        words.append(current)
    return words


@dataclass(frozen=True)
class _Item:
    """One piece of a laid-out line: plain text or a ruby word, at ``x`` from the left."""

    x: float
    width: float
    text: str
    reading: str


class _Metrics:
    def __init__(self, font: QFont) -> None:
        self.base = QFontMetricsF(font)
        self.ruby_font = QFont(font)
        if font.pointSizeF() > 0:
            self.ruby_font.setPointSizeF(font.pointSizeF() * RUBY_SCALE)
        else:
            self.ruby_font.setPixelSize(max(1, round(font.pixelSize() * RUBY_SCALE)))
        self.ruby = QFontMetricsF(self.ruby_font)

    def items(self, units: Sequence[Segment], x: float = 0.0) -> list[_Item]:
        """Place ``units`` from ``x``: consecutive plain units are measured as one run."""
        items: list[_Item] = []
        run = ""
        for unit in [*units, None]:
            if unit is not None and not unit.reading:
                run += unit.text
                continue
            if run:
                width = self.base.horizontalAdvance(run)
                items.append(_Item(x, width, run, ""))
                x += width
                run = ""
            if unit is not None:
                width = max(
                    self.base.horizontalAdvance(unit.text),
                    self.ruby.horizontalAdvance(unit.reading),
                )
                items.append(_Item(x, width, unit.text, unit.reading))
                x += width
        return items

    def width(self, units: Sequence[Segment]) -> float:
        items = self.items(units)
        return items[-1].x + items[-1].width if items else 0.0


def _trim(units: list[Segment]) -> list[Segment]:
    """Without trailing spaces and newlines, which hang at the end of a line."""
    end = len(units)
    while end and not units[end - 1].reading and units[end - 1].text in (*_SPACES, "\n"):
        end -= 1
    return units[:end]


def layout_lines(
    segments: Sequence[Segment], metrics: _Metrics, width: float
) -> list[list[Segment]]:
    """Break the segments into lines no wider than ``width`` (greedy, like QLabel).

    Lines break after spaces (ja-easy separates words with them) and after 。、;
    a run too long for a line of its own breaks between any two units.
    """
    lines: list[list[Segment]] = []
    line: list[Segment] = []
    for word in _words(_units(segments)):
        if line and metrics.width(_trim(line + word)) > width:
            lines.append(line)
            line = []
        if not line and metrics.width(_trim(word)) > width:
            word = _split_long(word, metrics, width, lines)
        line += word
        if word and word[-1].text == "\n":
            lines.append(line)
            line = []
    if line or not lines:
        lines.append(line)
    return [_trim(line) for line in lines]


def _split_long(
    word: list[Segment], metrics: _Metrics, width: float, lines: list[list[Segment]]
) -> list[Segment]:
    """Emit full lines of ``word`` broken anywhere; return the rest to continue with."""
    while len(word) > 1 and metrics.width(_trim(word)) > width:
        cut = 1
        while cut < len(word) and metrics.width(word[: cut + 1]) <= width:
            cut += 1
        # Keep closing punctuation and small kana off the start of the next line: move
        # the break back, or, when a single unit already fills the line, let them hang.
        back = cut
        while 1 < back < len(word) and word[back].text in _NO_LINE_START:
            back -= 1
        if back < len(word) and word[back].text in _NO_LINE_START:
            while cut < len(word) and word[cut].text in _NO_LINE_START:
                cut += 1
        else:
            cut = back
        lines.append(word[:cut])
        word = word[cut:]
    return word


class RubyLabel(QWidget):
    """A word-wrapping label that shows ``漢字（かな）`` readings as furigana.

    Use it like a word-wrapped plain-text :class:`QLabel`: :meth:`setText`, :meth:`text`,
    :meth:`clear`, :meth:`setAlignment` (horizontal part).  It paints with the widget's
    font and palette; readings are half size, centred above their word.  Lines all get
    the same height, with room for readings whenever the text has any.  Screen readers
    get the text as written, readings in parentheses.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._text = ""
        self._segments: list[Segment] = []
        self._alignment = Qt.AlignmentFlag.AlignLeft
        self._cache: tuple[tuple[str, float], list[list[Segment]]] | None = None
        self.setText(text)

    # -- the QLabel-like API ------------------------------------------------------------
    def text(self) -> str:
        """The text as given, readings still in parentheses."""
        return self._text

    def setText(self, text: str) -> None:
        """Show ``text``; its ``漢字（かな）`` readings become furigana."""
        self._text = text
        self._segments = ruby_segments(text)
        self._cache = None
        spoken = spoken_text(self._segments) if self._segments else ""
        # The ＝ explanations are plain segments already, so this is the text as written.
        self.setAccessibleName(spoken)
        self.setAccessibleDescription(spoken)
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        """Show nothing (and keep no trace of the text, accessible names included)."""
        self.setText("")

    def segments(self) -> list[Segment]:
        """The parsed text: plain and ruby segments."""
        return list(self._segments)

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        """Align lines left (default), centred or right."""
        self._alignment = alignment
        self.update()

    def has_ruby(self) -> bool:
        """Whether any word of the text carries a reading."""
        return any(s.reading for s in self._segments)

    # -- geometry ---------------------------------------------------------------------
    def _metrics(self) -> _Metrics:
        return _Metrics(self.font())

    def _band(self, metrics: _Metrics) -> float:
        """Height reserved above each line for readings (none without readings)."""
        return metrics.ruby.height() if self.has_ruby() else 0.0

    def _line_height(self, metrics: _Metrics) -> float:
        return self._band(metrics) + metrics.base.height()

    def _lines(self, metrics: _Metrics, width: float) -> list[list[Segment]]:
        key = (self.font().key(), width)
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, layout_lines(self._segments, metrics, width))
        return self._cache[1]

    def _margins_w(self) -> int:
        m = self.contentsMargins()
        return m.left() + m.right()

    def _margins_h(self) -> int:
        m = self.contentsMargins()
        return m.top() + m.bottom()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the text needs when wrapped to ``width`` pixels."""
        metrics = self._metrics()
        inner = max(1.0, float(width - self._margins_w()))
        lines = self._lines(metrics, inner)
        return math.ceil(len(lines) * self._line_height(metrics)) + self._margins_h()

    def sizeHint(self) -> QSize:
        metrics = self._metrics()
        natural = max(
            (metrics.width(line) for line in layout_lines(self._segments, metrics, 1e9)),
            default=0.0,
        )
        # Like a word-wrapped QLabel: prefer lines of a readable length.
        width = min(int(natural) + 1, int(metrics.base.averageCharWidth() * 60)) + (
            self._margins_w()
        )
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        metrics = self._metrics()
        widest = max((metrics.width([u]) for u in _units(self._segments)), default=0.0)
        return QSize(int(widest) + 1 + self._margins_w(), int(self._line_height(metrics)) + 1)

    def reading_rects(self) -> list[QRectF]:
        """Where the readings are painted at the current size (widget coordinates)."""
        return [rect for rect, _text in self._placed()[1]]

    def base_rects(self) -> list[QRectF]:
        """Where the words that carry readings are painted at the current size."""
        return [rect for rect, _text in self._placed()[2]]

    def _placed(
        self,
    ) -> tuple[list[tuple[QPointF, str]], list[tuple[QRectF, str]], list[tuple[QRectF, str]]]:
        """Baseline positions of plain runs and rectangles of readings and their bases."""
        metrics = self._metrics()
        area = QRectF(self.contentsRect())
        band = self._band(metrics)
        line_height = self._line_height(metrics)
        plain: list[tuple[QPointF, str]] = []
        readings: list[tuple[QRectF, str]] = []
        bases: list[tuple[QRectF, str]] = []
        for n, line in enumerate(self._lines(metrics, max(1.0, area.width()))):
            items = metrics.items(line)
            used = items[-1].x + items[-1].width if items else 0.0
            x0 = area.left()
            if self._alignment & Qt.AlignmentFlag.AlignHCenter:
                x0 += (area.width() - used) / 2
            elif self._alignment & Qt.AlignmentFlag.AlignRight:
                x0 += area.width() - used
            top = area.top() + n * line_height
            baseline = top + band + metrics.base.ascent()
            for item in items:
                if not item.reading:
                    plain.append((QPointF(x0 + item.x, baseline), item.text))
                    continue
                base_w = metrics.base.horizontalAdvance(item.text)
                ruby_w = metrics.ruby.horizontalAdvance(item.reading)
                bases.append(
                    (
                        QRectF(
                            x0 + item.x + (item.width - base_w) / 2,
                            top + band,
                            base_w,
                            metrics.base.height(),
                        ),
                        item.text,
                    )
                )
                readings.append(
                    (
                        QRectF(x0 + item.x + (item.width - ruby_w) / 2, top, ruby_w, band),
                        item.reading,
                    )
                )
        return plain, readings, bases

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._segments:
            return
        metrics = self._metrics()
        plain, readings, bases = self._placed()
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        for point, text in plain:
            painter.drawText(point, text)
        for rect, text in bases:
            painter.drawText(QPointF(rect.left(), rect.top() + metrics.base.ascent()), text)
        painter.setFont(metrics.ruby_font)
        for rect, text in readings:
            painter.drawText(QPointF(rect.left(), rect.top() + metrics.ruby.ascent()), text)
        painter.end()


def show_text(plain: QLabel, ruby: RubyLabel, text: str, language: str | None) -> None:
    """Show ``text`` in ``ruby`` for a furigana language, else in ``plain``; blank the other."""
    use_ruby = language in RUBY_LANGUAGES
    (ruby if use_ruby else plain).setText(text)
    (plain if use_ruby else ruby).clear()
    plain.setVisible(not use_ruby)
    ruby.setVisible(use_ruby)
