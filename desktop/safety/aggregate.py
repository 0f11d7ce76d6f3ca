"""Company feedback reports built from Safety self-diagnosis responses.

A report tells one employer (optionally one establishment) how many of its
workers' responses fell on each level of each ILO forced-labour indicator over a
calendar period.  Small groups re-identify workers and retaliation is a real
risk, so the report is built to reveal no group of 1 to k-1 responses, neither
by itself nor together with reports published earlier.

The rules, in the order they are applied:

1. **Who counts.**  Only responses whose worker consented to company feedback,
   of the named employer (and establishment, if one is given), answered inside
   the period.  Responses are de-duplicated by ``response_id`` because a
   duplicate would make a group of 3 look like a group of 6.  Responses carry
   no free text, and nothing but ids, counts and the word ``suppressed`` ever
   reaches the output.
2. **Calendar periods only.**  ``start`` is snapped back to the first day of
   its month and ``end`` forward to the last day of its month; the report
   states the snapped period.  Arbitrary day ranges would make it trivial to
   publish two reports that differ by one day (and so by one worker).
3. **k threshold.**  ``k`` defaults to 5 and can only be raised.  If fewer than
   ``k`` responses count (including none at all, so that "no responses" is not
   distinguishable from "a few"), the whole report is suppressed: no total and
   no cells, only the reason ``fewer_than_k_responses``.
4. **Cell suppression.**  Each indicator row has one cell per level
   (``none``, ``possible``, ``likely``, ``severe``) plus ``unanswered`` for
   responses that did not score that indicator, so every row sums exactly to
   the published total.  A cell with ``0 < count < k`` is suppressed.
5. **Complementary suppression.**  Because a row sums to the total, the
   suppressed cells of a row can be recovered *as a sum* by subtraction.  So
   further cells (smallest non-zero first) are suppressed until the suppressed
   cells of the row add up to at least ``k``.  A single primary cell is never
   left alone, and several small ones (say 1 + 2) are not left summing to a
   small group either.  Zero cells are published: "nobody" is not a group to
   protect, and suppressing a zero would add nothing to the hidden sum.
6. **No overlapping publications** (:class:`PublishedLedger`).  The caller
   keeps a ledger of every report actually published and passes it in.  A
   report whose responses *could* overlap those of a published report (same
   employer, overlapping months, and either the same establishment or one of
   the two covering the whole employer) is fully suppressed with the reason
   ``overlaps_published_report`` -- unless it is a re-issue of exactly the same
   scope and period with exactly the same figures, which reveals nothing new.

Why rule 6 is "disjoint or identical" rather than "check the differences":
checking each pair of reports is not enough.  With Jan-Feb, Feb-Mar and Jan-Mar
all published, ``(Jan-Feb) + (Feb-Mar) - (Jan-Mar)`` isolates February even if
every pairwise difference is large, and cells suppressed in one report but
published in another leak through similar combinations.  Auditing every linear
combination is a research problem; keeping published response sets pairwise
disjoint makes the reports independent, so each report's own suppression is
the whole story.  The cost is that an employer is reported at one granularity
for a given stretch of time (e.g. quarterly *or* monthly, whole employer *or*
per establishment), which the counselor chooses when first publishing.

Fully suppressed reports publish no figures and are not recorded in the
ledger, so the period can be reported later once enough responses arrive.

Limitations the caller must know: ``k`` counts responses, not people (a worker
answering twice counts twice; the input has no worker id), and the ledger only
protects what it is told about, so it must be persisted and shared by everyone
who publishes reports for the same employers.
"""

from __future__ import annotations

import calendar
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.errors import InvalidValueError, MadoguchiError

__all__ = [
    "DEFAULT_K",
    "LEVELS",
    "MIN_K",
    "REASON_CELL_FEWER_THAN_K",
    "REASON_COMPLEMENTARY",
    "REASON_FEWER_THAN_K_RESPONSES",
    "REASON_OVERLAPS_PUBLISHED",
    "ROW_CELLS",
    "SUPPRESSED",
    "UNANSWERED",
    "CompanyReport",
    "PublishedEntry",
    "PublishedLedger",
    "ReportConflictError",
    "ScoredResponse",
    "ThresholdTooLowError",
    "build_report",
    "snap_period",
]

MIN_K = 5
DEFAULT_K = 5

LEVELS: tuple[str, ...] = ("none", "possible", "likely", "severe")
UNANSWERED = "unanswered"
# ``unanswered`` is a real cell so that every row sums to the total; otherwise
# "total minus the four levels" would publish the unanswered count unprotected.
ROW_CELLS: tuple[str, ...] = (*LEVELS, UNANSWERED)

SUPPRESSED = "suppressed"

REASON_FEWER_THAN_K_RESPONSES = "fewer_than_k_responses"
REASON_CELL_FEWER_THAN_K = "cell_fewer_than_k"
REASON_COMPLEMENTARY = "complementary_suppression"
REASON_OVERLAPS_PUBLISHED = "overlaps_published_report"

CSV_HEADER: tuple[str, ...] = (
    "employer",
    "establishment",
    "period_start",
    "period_end",
    "indicator",
    "level",
    "count",
)


class ThresholdTooLowError(InvalidValueError, ValueError):
    """``k`` was below the minimum of 5 (it may only be raised)."""

    code = "report.threshold_too_low"


class ReportConflictError(MadoguchiError):
    """A report overlapping an already published one was about to be recorded."""

    code = "report.conflict"


@dataclass(frozen=True)
class ScoredResponse:
    """One worker's scored self-diagnosis: indicator id -> level, and nothing else."""

    response_id: str
    employer: str
    establishment: str | None
    answered_on: date
    consented_to_company_feedback: bool
    levels: Mapping[str, str]


@dataclass(frozen=True)
class CompanyReport:
    """What may be shown to a company; ``None`` anywhere means suppressed."""

    employer: str
    establishment: str | None
    period_start: date
    period_end: date
    k: int
    total: int | None
    cells: dict[str, dict[str, int | None]]
    suppressed_reasons: tuple[str, ...] = ()

    @property
    def fully_suppressed(self) -> bool:
        """True when the report publishes no figures at all."""
        return self.total is None

    def to_csv_rows(self) -> list[tuple[str, ...]]:
        """Header plus one row for the total and one per indicator and level.

        Only ids, ISO dates, counts and ``suppressed`` appear; the employer and
        establishment are the company's own identifiers the report is about.
        """
        head = (
            self.employer,
            self.establishment or "",
            self.period_start.isoformat(),
            self.period_end.isoformat(),
        )
        rows: list[tuple[str, ...]] = [CSV_HEADER]
        rows.append((*head, "all", "total", _cell_text(self.total)))
        for indicator, row in self.cells.items():
            for level in ROW_CELLS:
                rows.append((*head, indicator, level, _cell_text(row.get(level))))
        return rows


def _cell_text(value: int | None) -> str:
    return SUPPRESSED if value is None else str(value)


@dataclass(frozen=True)
class PublishedEntry:
    """The scope, period and figures of one report that was actually published."""

    employer: str
    establishment: str | None
    period_start: date
    period_end: date
    total: int
    cells: Mapping[str, Mapping[str, int | None]] = field(hash=False)


class PublishedLedger:
    """Reports already published; the caller persists it and records each publication.

    It is what keeps two reports from being subtracted from each other: see
    rule 6 in the module docstring.
    """

    def __init__(self, entries: Iterable[PublishedEntry] = ()) -> None:
        """Start from previously persisted entries (or an empty ledger)."""
        self._entries: list[PublishedEntry] = list(entries)

    @property
    def entries(self) -> tuple[PublishedEntry, ...]:
        """All recorded publications, oldest first."""
        return tuple(self._entries)

    def conflicts(self, report: CompanyReport) -> list[PublishedEntry]:
        """Published entries that ``report`` could be combined with to isolate responses."""
        if report.total is None:
            return []  # publishes nothing, so it cannot be subtracted from anything
        return [
            entry
            for entry in self._entries
            if _scopes_overlap(entry, report) and not _is_identical_reissue(entry, report)
        ]

    def record(self, report: CompanyReport) -> None:
        """Note that ``report`` was published; call this after publishing it.

        Fully suppressed reports are ignored (they published no figures).  A
        report that conflicts with the ledger is refused, in case it was not
        built against this ledger.
        """
        if report.total is None:
            return
        if self.conflicts(report):
            raise ReportConflictError(
                "This report overlaps a report already published for the same employer; "
                "it was not recorded. Rebuild it against the current ledger."
            )
        self._entries.append(
            PublishedEntry(
                employer=report.employer,
                establishment=report.establishment,
                period_start=report.period_start,
                period_end=report.period_end,
                total=report.total,
                # A deep copy: the caller may mutate the report's dicts later.
                cells={ind: dict(row) for ind, row in report.cells.items()},
            )
        )

    def to_data(self) -> list[dict[str, object]]:
        """JSON-compatible form for persisting the ledger."""
        return [
            {
                "employer": e.employer,
                "establishment": e.establishment,
                "period_start": e.period_start.isoformat(),
                "period_end": e.period_end.isoformat(),
                "total": e.total,
                "cells": {ind: dict(row) for ind, row in e.cells.items()},
            }
            for e in self._entries
        ]

    @classmethod
    def from_data(cls, data: Iterable[Mapping[str, object]]) -> PublishedLedger:
        """Inverse of :meth:`to_data`; raises InvalidValueError on malformed input."""
        entries: list[PublishedEntry] = []
        try:
            for item in data:
                employer = item["employer"]
                establishment = item["establishment"]
                total = item["total"]
                raw_cells = item["cells"]
                start = date.fromisoformat(str(item["period_start"]))
                end = date.fromisoformat(str(item["period_end"]))
                if not isinstance(employer, str) or not isinstance(raw_cells, Mapping):
                    raise TypeError
                if establishment is not None and not isinstance(establishment, str):
                    raise TypeError
                if not isinstance(total, int) or isinstance(total, bool):
                    raise TypeError
                cells: dict[str, dict[str, int | None]] = {}
                for ind, row in raw_cells.items():
                    if not isinstance(ind, str) or not isinstance(row, Mapping):
                        raise TypeError
                    parsed: dict[str, int | None] = {}
                    for level, value in row.items():
                        if not isinstance(level, str):
                            raise TypeError
                        if value is not None and not isinstance(value, int):
                            raise TypeError
                        parsed[level] = value
                    cells[ind] = parsed
                entries.append(PublishedEntry(employer, establishment, start, end, total, cells))
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidValueError("The published-reports ledger is damaged.") from exc
        return cls(entries)


def _norm(name: str) -> str:
    # Compare names loosely so "ＡＣＭＥ " and "acme" cannot sidestep the ledger.
    return unicodedata.normalize("NFKC", name).strip().casefold()


def _scopes_overlap(entry: PublishedEntry, report: CompanyReport) -> bool:
    if _norm(entry.employer) != _norm(report.employer):
        return False
    if entry.period_end < report.period_start or report.period_end < entry.period_start:
        return False
    # A whole-employer report contains every establishment's responses.
    if entry.establishment is None or report.establishment is None:
        return True
    return _norm(entry.establishment) == _norm(report.establishment)


def _is_identical_reissue(entry: PublishedEntry, report: CompanyReport) -> bool:
    same_scope = (entry.establishment is None) == (report.establishment is None) and (
        entry.establishment is None
        or report.establishment is None
        or _norm(entry.establishment) == _norm(report.establishment)
    )
    if not same_scope:
        return False
    if (entry.period_start, entry.period_end) != (report.period_start, report.period_end):
        return False
    if entry.total != report.total:
        return False
    # Rows not in the earlier report are new views of the same response set,
    # each protected by its own row suppression, so only shared rows must match.
    return all(
        dict(entry.cells[ind]) == row for ind, row in report.cells.items() if ind in entry.cells
    )


def snap_period(start: date, end: date) -> tuple[date, date]:
    """Widen ``[start, end]`` to whole calendar months."""
    if end < start:
        raise InvalidValueError("The report period ends before it starts.")
    last_day = calendar.monthrange(end.year, end.month)[1]
    return start.replace(day=1), end.replace(day=last_day)


def _check_k(k: int) -> None:
    if isinstance(k, bool) or not isinstance(k, int):
        raise ThresholdTooLowError(
            f"The minimum group size must be a whole number, not {k!r}.", group_size=k
        )
    if k < MIN_K:
        raise ThresholdTooLowError(
            f"The minimum group size k is {k}, but it cannot be below {MIN_K}; "
            "it can only be raised.",
            group_size=k,
            min_k=MIN_K,
        )


def _check_indicators(indicators: Sequence[str]) -> tuple[str, ...]:
    if isinstance(indicators, str):
        # A bare string is a sequence of characters: almost certainly a mistake.
        raise InvalidValueError("Indicators must be a list of indicator ids.")
    ids = tuple(indicators)
    if not ids:
        raise InvalidValueError("A report needs at least one indicator.")
    if len(set(ids)) != len(ids):
        raise InvalidValueError("The same indicator is listed twice.")
    if any(not isinstance(i, str) or not i for i in ids):
        raise InvalidValueError("Indicator ids must be non-empty text.")
    return ids


def _counted(
    responses: Iterable[ScoredResponse],
    employer: str,
    establishment: str | None,
    start: date,
    end: date,
) -> list[ScoredResponse]:
    by_id: dict[str, ScoredResponse] = {}
    for r in responses:
        if not r.consented_to_company_feedback:
            continue
        if _norm(r.employer) != _norm(employer):
            continue
        if establishment is not None and (
            r.establishment is None or _norm(r.establishment) != _norm(establishment)
        ):
            continue
        if not start <= r.answered_on <= end:
            continue
        seen = by_id.get(r.response_id)
        if seen is None:
            by_id[r.response_id] = r
        elif seen != r:
            # Two different answers under one id: counting either would be a guess.
            raise InvalidValueError(
                f"Response {r.response_id} appears twice with different answers.",
                response_id=r.response_id,
            )
    return list(by_id.values())


def _suppress_row(counts: Mapping[str, int], k: int) -> tuple[dict[str, int | None], set[str]]:
    """Suppress small cells, then complements until the hidden sum is at least k."""
    primary = {lvl for lvl, c in counts.items() if 0 < c < k}
    hidden = set(primary)
    # Smallest non-zero first (ties in level order) hides the least information
    # while making the sum recoverable by subtraction no longer a small group.
    candidates = sorted(
        (lvl for lvl, c in counts.items() if c > 0 and lvl not in hidden),
        key=lambda lvl: (counts[lvl], ROW_CELLS.index(lvl)),
    )
    while hidden and sum(counts[lvl] for lvl in hidden) < k and candidates:
        hidden.add(candidates.pop(0))
    row: dict[str, int | None] = {lvl: (None if lvl in hidden else counts[lvl]) for lvl in counts}
    reasons: set[str] = set()
    if primary:
        reasons.add(REASON_CELL_FEWER_THAN_K)
    if hidden - primary:
        reasons.add(REASON_COMPLEMENTARY)
    return row, reasons


def _fully_suppressed(
    employer: str,
    establishment: str | None,
    start: date,
    end: date,
    k: int,
    indicators: Sequence[str],
    reason: str,
) -> CompanyReport:
    return CompanyReport(
        employer=employer,
        establishment=establishment,
        period_start=start,
        period_end=end,
        k=k,
        total=None,
        cells={ind: dict.fromkeys(ROW_CELLS) for ind in indicators},
        suppressed_reasons=(reason,),
    )


def build_report(
    responses: Iterable[ScoredResponse],
    *,
    employer: str,
    establishment: str | None = None,
    start: date,
    end: date,
    k: int = DEFAULT_K,
    indicators: Sequence[str],
    ledger: PublishedLedger,
) -> CompanyReport:
    """Build the company report for one employer (or establishment) and period.

    The period is snapped to whole calendar months.  ``ledger`` holds reports
    already published; it is only read here -- call ``ledger.record(report)``
    once the report has actually been published.  See the module docstring for
    the suppression rules.
    """
    _check_k(k)
    ids = _check_indicators(indicators)
    if not employer.strip():
        raise InvalidValueError("A report needs an employer.")
    if establishment is not None and not establishment.strip():
        establishment = None  # blank means "the whole employer", never a separate scope
    p_start, p_end = snap_period(start, end)

    counted = _counted(responses, employer, establishment, p_start, p_end)
    for r in counted:
        for level in r.levels.values():
            if level not in LEVELS:
                raise InvalidValueError(
                    f"Response {r.response_id} has an unknown level {level!r}.",
                    response_id=r.response_id,
                    level=level,
                )

    total = len(counted)
    if total < k:
        return _fully_suppressed(
            employer, establishment, p_start, p_end, k, ids, REASON_FEWER_THAN_K_RESPONSES
        )

    cells: dict[str, dict[str, int | None]] = {}
    reasons: set[str] = set()
    for ind in ids:
        counts = dict.fromkeys(ROW_CELLS, 0)
        for r in counted:
            counts[r.levels.get(ind, UNANSWERED)] += 1
        cells[ind], row_reasons = _suppress_row(counts, k)
        reasons |= row_reasons

    report = CompanyReport(
        employer=employer,
        establishment=establishment,
        period_start=p_start,
        period_end=p_end,
        k=k,
        total=total,
        cells=cells,
        suppressed_reasons=tuple(
            r for r in (REASON_CELL_FEWER_THAN_K, REASON_COMPLEMENTARY) if r in reasons
        ),
    )
    if ledger.conflicts(report):
        return _fully_suppressed(
            employer, establishment, p_start, p_end, k, ids, REASON_OVERLAPS_PUBLISHED
        )
    return report
