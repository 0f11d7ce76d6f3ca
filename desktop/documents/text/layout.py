"""Greedy line filling at ICU break opportunities.

A hard line (text between newlines) is cut at ICU's break opportunities into
segments; each segment is cut by font runs into pieces.  Trailing spaces of a
segment are measured apart so that they vanish at the end of a line.  A segment
wider than the whole line is cut at grapheme boundaries, never inside a cluster.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.documents.text.breaking import grapheme_breaks, line_breaks
from desktop.documents.text.fonts import FONTS, vertical_metrics
from desktop.documents.text.runs import Run, font_runs
from desktop.documents.text.shaping import Piece, measure

_DEFAULT_ASCENT = 0.88  # em box of CJK fonts: the baseline sits 0.88 em below its top


@dataclass(frozen=True)
class Setting:
    """Everything layout needs to know about a style."""

    size: float
    leading: float
    lang: str  # base language ("ja", "my", ...)
    icu_lang: str  # locale given to ICU
    serif: bool
    bold: bool
    align: str


@dataclass
class Segment:
    """Text between two break opportunities: visible pieces, then trailing spaces."""

    start: int
    end: int
    content: list[Piece]
    spaces: list[Piece]

    @property
    def content_width(self) -> float:
        return sum(p.width for p in self.content)

    @property
    def space_width(self) -> float:
        return sum(p.width for p in self.spaces)


@dataclass
class Line:
    """One laid-out line: pieces with x offsets from the left edge of the frame."""

    pieces: list[Piece]
    width: float
    height: float
    ascent: float  # baseline distance from the top of the line
    start: int  # offset of the line's first character in the hard line
    end: int  # offset just after its last character (trailing spaces included)
    keys: set[str] = field(default_factory=set)


def _pieces(text: str, start: int, end: int, runs: tuple[Run, ...], s: Setting) -> list[Piece]:
    out: list[Piece] = []
    for run in runs:
        lo, hi = max(start, run.start), min(end, run.end)
        if lo < hi:
            out.append(measure(run.key, text[lo:hi], s.size, s.lang))
    return out


def _segment(text: str, start: int, end: int, runs: tuple[Run, ...], s: Setting) -> Segment:
    content_end = end
    while content_end > start and text[content_end - 1].isspace():
        content_end -= 1
    spaces = [
        measure(r.key, text[max(content_end, r.start) : min(end, r.end)], s.size, s.lang,
                shaped=False)
        for r in runs
        if max(content_end, r.start) < min(end, r.end)
    ]  # fmt: skip
    return Segment(start, end, _pieces(text, start, content_end, runs, s), spaces)


def _split_long(text: str, seg: Segment, width: float, runs: tuple[Run, ...], s: Setting,
                ) -> list[Segment]:  # fmt: skip
    """Cut a segment wider than ``width`` at grapheme boundaries (binary search)."""
    bounds = [seg.start + b for b in grapheme_breaks(text[seg.start : seg.end], s.icu_lang)]
    out: list[Segment] = []
    start = seg.start
    while start < seg.end:
        candidates = [b for b in bounds if b > start]
        lo, hi = 0, len(candidates) - 1
        best = candidates[0]  # at least one grapheme per line, even if it overflows
        while lo <= hi:
            mid = (lo + hi) // 2
            part = _segment(text, start, candidates[mid], runs, s)
            if part.content_width <= width:
                best = candidates[mid]
                lo = mid + 1
            else:
                hi = mid - 1
        out.append(_segment(text, start, best, runs, s))
        start = best
    return out


def _finish(segs: list[Segment], width: float, s: Setting, last: bool, offset: int) -> Line:
    pieces: list[Piece] = []
    gaps: list[int] = []  # index into pieces where a new segment starts
    for i, seg in enumerate(segs):
        if i:
            gaps.append(len(pieces))
        pieces.extend(seg.content)
        if i < len(segs) - 1:
            pieces.extend(seg.spaces)
    natural = sum(p.width for p in pieces)
    extra = max(width - natural, 0.0) if width != float("inf") else 0.0
    shift = {"right": extra, "center": extra / 2}.get(s.align, 0.0)
    per_gap = 0.0
    if s.align == "justify" and not last and gaps:
        spaced = [g for g, seg in zip(gaps, segs, strict=False) if seg.spaces]
        gaps = spaced or gaps
        per_gap = extra / len(gaps)
    x = shift
    gap_set = set(gaps)
    for i, piece in enumerate(pieces):
        if i in gap_set:
            x += per_gap
        piece.x = x
        x += piece.width
    keys = {p.key for p in pieces}
    height, ascent = _vertical(keys, s)
    end = segs[-1].end if segs else offset
    return Line(pieces, x - shift if per_gap == 0 else width, height, ascent, offset, end, keys)


def _vertical(keys: set[str], s: Setting) -> tuple[float, float]:
    """Line height and baseline depth; stacked scripts (Burmese) get more room."""
    tallest = max(keys, key=lambda k: FONTS[k].tall, default=None)
    need = FONTS[tallest].tall * s.size if tallest else 0.0
    if tallest is None or need <= s.leading:
        return s.leading, (s.leading - s.size) / 2 + _DEFAULT_ASCENT * s.size
    asc, desc = vertical_metrics(tallest)
    return need, need * asc / (asc + desc)


def layout_line(
    text: str, width: float | None, s: Setting, keep: tuple[tuple[int, int], ...] = ()
) -> list[Line]:
    """Lines of one hard line (no newlines) set in ``width`` points (None: no wrapping).

    ``keep`` holds (start, end) spans with no break opportunity inside (names).
    """
    if not text:
        height, ascent = _vertical(set(), s)
        return [Line([], 0.0, height, ascent, 0, 0)]
    runs = font_runs(text, s.lang, s.serif, s.bold)
    queue: list[Segment] = []
    start = 0
    for end in line_breaks(text, s.icu_lang):
        if any(lo < end < hi for lo, hi in keep):
            continue
        queue.append(_segment(text, start, end, runs, s))
        start = end
    if width is None:
        return [_finish(queue, float("inf"), s, True, 0)]
    lines: list[Line] = []
    current: list[Segment] = []
    used = 0.0
    i = 0
    while i < len(queue):
        seg = queue[i]
        if current and used + seg.content_width > width + 1e-6:
            lines.append(_finish(current, width, s, False, current[0].start))
            current, used = [], 0.0
            continue
        if not current and seg.content_width > width + 1e-6 and seg.end - seg.start > 1:
            parts = _split_long(text, seg, width, runs, s)
            if len(parts) > 1:
                queue[i : i + 1] = parts
                seg = parts[0]
        current.append(seg)
        used += seg.content_width + seg.space_width
        i += 1
    lines.append(_finish(current, width, s, True, current[0].start if current else 0))
    return lines
