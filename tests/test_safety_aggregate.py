"""Company reports from Safety responses reveal no group of 1 to k-1 responses."""

from __future__ import annotations

from datetime import date
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.errors import InvalidValueError, MadoguchiError
from desktop.safety.aggregate import (
    LEVELS,
    REASON_CELL_FEWER_THAN_K,
    REASON_COMPLEMENTARY,
    REASON_FEWER_THAN_K_RESPONSES,
    REASON_OVERLAPS_PUBLISHED,
    ROW_CELLS,
    SUPPRESSED,
    CompanyReport,
    PublishedLedger,
    ReportConflictError,
    ScoredResponse,
    ThresholdTooLowError,
    build_report,
    snap_period,
)

INDICATORS = ("retention_of_documents", "withholding_of_wages", "excessive_overtime")


def resp(
    n: int,
    *,
    employer: str = "acme",
    establishment: str | None = "tokyo",
    on: date = date(2026, 1, 15),
    consent: bool = True,
    levels: dict[str, str] | None = None,
) -> ScoredResponse:
    return ScoredResponse(
        response_id=f"r{n}",
        employer=employer,
        establishment=establishment,
        answered_on=on,
        consented_to_company_feedback=consent,
        levels=levels if levels is not None else dict.fromkeys(INDICATORS, "none"),
    )


def report(responses: list[ScoredResponse], **kw: object) -> CompanyReport:
    args: dict[str, object] = {
        "employer": "acme",
        "start": date(2026, 1, 1),
        "end": date(2026, 1, 31),
        "indicators": INDICATORS,
        "ledger": PublishedLedger(),
    }
    args.update(kw)
    return build_report(responses, **args)  # type: ignore[arg-type]


def test_four_responses_publish_nothing() -> None:
    rep = report([resp(i) for i in range(4)])
    assert rep.total is None
    assert rep.fully_suppressed
    assert rep.suppressed_reasons == (REASON_FEWER_THAN_K_RESPONSES,)
    assert all(v is None for row in rep.cells.values() for v in row.values())
    counts = [row[-1] for row in rep.to_csv_rows()[1:]]
    assert set(counts) == {SUPPRESSED}


def test_zero_responses_look_like_a_few() -> None:
    assert report([]).suppressed_reasons == (REASON_FEWER_THAN_K_RESPONSES,)


def test_small_cell_and_its_complement_are_suppressed() -> None:
    wages = ["none", "none", "none", "none", "severe", "severe"]
    rs = [
        resp(i, levels={**dict.fromkeys(INDICATORS, "none"), "withholding_of_wages": lvl})
        for i, lvl in enumerate(wages)
    ]
    rep = report(rs)
    assert rep.total == 6
    row = rep.cells["withholding_of_wages"]
    # severe=2 is too small; none=4 is the next smallest non-zero cell.
    assert row["severe"] is None
    assert row["none"] is None
    assert row["possible"] == 0 and row["likely"] == 0 and row[ROW_CELLS[-1]] == 0
    assert rep.cells["retention_of_documents"] == {"none": 6, **dict.fromkeys(ROW_CELLS[1:], 0)}
    assert rep.suppressed_reasons == (REASON_CELL_FEWER_THAN_K,)


def test_single_small_cell_gets_a_complementary_partner() -> None:
    wages = ["none"] * 5 + ["severe"] * 2
    rs = [resp(i, levels={"withholding_of_wages": lvl}) for i, lvl in enumerate(wages)]
    rep = report(rs, indicators=["withholding_of_wages"])
    assert rep.total == 7
    # Publishing none=5 would give severe = 7 - 5 = 2 by subtraction.
    assert rep.cells["withholding_of_wages"] == {
        "none": None,
        "possible": 0,
        "likely": 0,
        "severe": None,
        "unanswered": 0,
    }
    assert rep.suppressed_reasons == (REASON_CELL_FEWER_THAN_K, REASON_COMPLEMENTARY)


def test_complement_is_added_when_small_cells_sum_below_k() -> None:
    lv = ["none"] * 10 + ["possible"] + ["likely"] * 2
    rs = [resp(i, levels={"excessive_overtime": x}) for i, x in enumerate(lv)]
    rep = report(rs, indicators=["excessive_overtime"])
    assert rep.cells["excessive_overtime"] == {
        "none": None,
        "possible": None,
        "likely": None,
        "severe": 0,
        "unanswered": 0,
    }


def test_two_small_cells_summing_to_k_need_no_complement() -> None:
    lv = ["none"] * 10 + ["possible"] * 2 + ["likely"] * 3
    rs = [resp(i, levels={"excessive_overtime": x}) for i, x in enumerate(lv)]
    row = report(rs, indicators=["excessive_overtime"]).cells["excessive_overtime"]
    assert row == {"none": 10, "possible": None, "likely": None, "severe": 0, "unanswered": 0}


def test_missing_indicator_counts_as_unanswered_and_is_protected() -> None:
    rs = [resp(i, levels={"excessive_overtime": "none"}) for i in range(8)]
    rs += [resp(100 + i, levels={}) for i in range(2)]
    row = report(rs, indicators=["excessive_overtime"]).cells["excessive_overtime"]
    assert row["unanswered"] is None and row["none"] is None


def test_non_consenting_and_other_employers_are_excluded() -> None:
    rs = [resp(i) for i in range(5)]
    rs += [resp(10 + i, consent=False) for i in range(3)]
    rs += [resp(20 + i, employer="other") for i in range(3)]
    rs += [resp(30 + i, establishment="osaka") for i in range(3)]
    rs += [resp(40 + i, on=date(2026, 2, 1)) for i in range(3)]
    assert report(rs, establishment="tokyo").total == 5
    assert report(rs).total == 8  # whole employer: tokyo and osaka
    assert report(rs[:5] + rs[5:8]).total == 5  # consent refused: not counted


def test_duplicate_response_ids_are_counted_once() -> None:
    rs = [resp(i) for i in range(3)] * 2
    assert report(rs).total is None


def test_k_below_five_is_refused() -> None:
    for bad in (4, 1, 0, -3):
        with pytest.raises(ThresholdTooLowError) as info:
            report([resp(i) for i in range(10)], k=bad)
        assert isinstance(info.value, ValueError)
        assert isinstance(info.value, MadoguchiError)
    assert report([resp(i) for i in range(7)], k=7).total == 7
    assert report([resp(i) for i in range(6)], k=7).total is None


def test_unknown_level_is_rejected() -> None:
    rs = [resp(i) for i in range(5)] + [resp(9, levels={"excessive_overtime": "bad"})]
    with pytest.raises(InvalidValueError):
        report(rs)


def test_period_is_snapped_to_calendar_months() -> None:
    assert snap_period(date(2026, 2, 10), date(2026, 3, 3)) == (
        date(2026, 2, 1),
        date(2026, 3, 31),
    )
    rs = [resp(i, on=date(2026, 1, 2 + i)) for i in range(6)]
    rep = report(rs, start=date(2026, 1, 20), end=date(2026, 1, 21))
    assert (rep.period_start, rep.period_end) == (date(2026, 1, 1), date(2026, 1, 31))
    assert rep.total == 6
    with pytest.raises(InvalidValueError):
        snap_period(date(2026, 3, 1), date(2026, 2, 1))


def test_overlapping_reports_are_refused_but_identical_reissue_is_allowed() -> None:
    rs = [resp(i, on=date(2026, 1, 10)) for i in range(6)]
    rs += [resp(100 + i, on=date(2026, 2, 10)) for i in range(2)]
    ledger = PublishedLedger()
    jan = report(rs, ledger=ledger)
    ledger.record(jan)
    again = report(rs, ledger=ledger)
    assert again == jan  # same figures: nothing new is revealed
    janfeb = report(rs, end=date(2026, 2, 28), ledger=ledger)
    assert janfeb.total is None
    assert janfeb.suppressed_reasons == (REASON_OVERLAPS_PUBLISHED,)
    # Same period, but figures changed (a late response): would reveal it.
    late = report([*rs, resp(999, on=date(2026, 1, 30))], ledger=ledger)
    assert late.suppressed_reasons == (REASON_OVERLAPS_PUBLISHED,)
    # Establishment inside an employer-wide publication also overlaps.
    est = report(rs, establishment="tokyo", ledger=ledger)
    assert est.suppressed_reasons == (REASON_OVERLAPS_PUBLISHED,)
    # A disjoint period is fine; another employer is unaffected.
    other = [resp(200 + i, employer="other") for i in range(5)]
    assert report(other, employer="other", ledger=ledger).total == 5


def test_ledger_refuses_to_record_a_conflicting_report_and_round_trips() -> None:
    rs = [resp(i, on=date(2026, 1, 10)) for i in range(6)]
    ledger = PublishedLedger()
    q1 = report(rs, end=date(2026, 3, 31), ledger=ledger)
    jan = report(rs, ledger=ledger)
    ledger.record(q1)
    with pytest.raises(ReportConflictError):
        ledger.record(jan)  # built before q1 was recorded
    ledger.record(report([], ledger=ledger))  # fully suppressed: nothing to record
    assert len(ledger.entries) == 1
    restored = PublishedLedger.from_data(ledger.to_data())
    assert restored.entries == ledger.entries
    with pytest.raises(InvalidValueError):
        PublishedLedger.from_data([{"employer": "acme"}])


def test_csv_has_only_ids_counts_and_suppressed() -> None:
    rs = [resp(i, levels={"excessive_overtime": "likely" if i < 2 else "none"}) for i in range(9)]
    rows = report(rs).to_csv_rows()
    allowed = {"acme", "tokyo", "", "2026-01-01", "2026-01-31", "all", "total", SUPPRESSED}
    allowed |= set(INDICATORS) | set(ROW_CELLS)
    for row in rows[1:]:
        assert len(row) == len(rows[0])
        for value in row:
            assert value in allowed or value.isdigit()


# --- property: no sequence of published reports isolates a small group -------------

MONTHS = [date(2026, m, 1) for m in range(1, 4)]
SCOPES: list[str | None] = [None, "e1", "e2"]

response_st = st.builds(
    lambda n, emp, est, month, day, consent, lv: ScoredResponse(
        response_id=f"r{n}",
        employer=emp,
        establishment=est,
        answered_on=date(2026, month, day),
        consented_to_company_feedback=consent,
        levels={ind: x for ind, x in zip(INDICATORS, lv, strict=True) if x is not None},
    ),
    st.integers(0, 10_000),
    st.sampled_from(["acme"] * 7 + ["other"]),
    st.sampled_from(SCOPES),
    st.integers(1, 3),
    st.integers(1, 28),
    st.sampled_from([True, True, True, False]),
    st.lists(st.sampled_from([*LEVELS, *["none"] * 4, None]), min_size=3, max_size=3),
)

request_st = st.tuples(
    st.sampled_from(["acme", "acme", "acme", "other"]),
    st.sampled_from(SCOPES),
    st.integers(0, 2),
    st.integers(0, 2),
    st.sampled_from([5, 5, 6]),
)


def counted_ids(responses: list[ScoredResponse], rep: CompanyReport) -> frozenset[str]:
    """Independent re-derivation of which responses a report covers."""
    return frozenset(
        r.response_id
        for r in responses
        if r.consented_to_company_feedback
        and r.employer == rep.employer
        and (rep.establishment is None or r.establishment == rep.establishment)
        and rep.period_start <= r.answered_on <= rep.period_end
    )


def small(n: int, k: int) -> bool:
    return 0 < n < k


@settings(max_examples=200, deadline=None)
@given(
    st.lists(response_st, min_size=5, max_size=90, unique_by=lambda r: r.response_id),
    st.lists(request_st, min_size=2, max_size=6),
)
def test_published_reports_never_isolate_a_small_group(
    responses: list[ScoredResponse],
    requests: list[tuple[str, str | None, int, int, int]],
) -> None:
    ledger = PublishedLedger()
    published: list[tuple[CompanyReport, frozenset[str]]] = []
    for employer, establishment, first, span, k in requests:
        start = MONTHS[first]
        end = MONTHS[min(first + span, len(MONTHS) - 1)]
        rep = build_report(
            responses,
            employer=employer,
            establishment=establishment,
            start=start,
            end=end,
            k=k,
            indicators=INDICATORS,
            ledger=ledger,
        )
        ledger.record(rep)
        if rep.total is not None:
            published.append((rep, counted_ids(responses, rep)))

    for rep, ids in published:
        k = rep.k
        assert rep.total == len(ids) >= k
        for row in rep.cells.values():
            shown = [v for v in row.values() if v is not None]
            # A published cell is never a small group ...
            assert not any(small(v, k) for v in shown)
            # ... nor is what subtraction from the total recovers.
            assert not small(rep.total - sum(shown), k)

    for (a, ids_a), (b, ids_b) in combinations(published, 2):
        if ids_a == ids_b:
            # Only an identical re-issue may cover the same responses twice.
            assert (a.total, a.cells) == (b.total, b.cells)
            continue
        # Any overlap would let a difference (or a sum of differences) isolate
        # the responses in one report but not the other.
        assert not (ids_a & ids_b), "published reports must cover disjoint responses"
        # Consequently no difference of the same cell is the size of a real group.
        assert not (ids_a <= ids_b or ids_b <= ids_a)


def test_property_actually_publishes_something() -> None:
    """Guard against a vacuous property: realistic inputs do get published."""
    rs = [resp(i, on=date(2026, 1 + i % 3, 5)) for i in range(30)]
    ledger = PublishedLedger()
    for m in (1, 2, 3):
        rep = report(rs, start=date(2026, m, 1), end=date(2026, m, 1), ledger=ledger)
        assert rep.total == 10
        ledger.record(rep)
    assert len(ledger.entries) == 3
