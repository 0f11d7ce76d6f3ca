"""Statistics filtered like the case list: a filtered table counts only the matching cases,
and it cannot be differenced with an unfiltered table of the same period (or the reverse)."""

from __future__ import annotations

import csv
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from desktop.cases.demo import add_demo_cases
from desktop.cases.search import CaseFilter
from desktop.cases.service import CaseService
from desktop.cli import main
from desktop.errors import InvalidValueError
from desktop.stats.facts import Unit
from desktop.stats.ledger import load_entries
from desktop.stats.service import make_table, publish_table
from desktop.stats.table import TOTAL, StatsTable
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.test_stats import (
    END,
    START,
    _in_span,
    _indicator,
    _small,
    _still_hidden,
    _table,
    _units,
    recoverable,
    unit_values,
)


def _shown(table: StatsTable) -> list[frozenset[str]]:
    return [table.units[key] for key, f in table.figures.items() if f.hidden is None]


def _open_only(units: list[Unit]) -> list[Unit]:
    """What CaseFilter(statuses=("open",)) selects, on synthetic units."""
    return [u for u in units if u.values["status"] == ("open",)]


# -- the exact checker on a filtered + unfiltered pair ---------------------------------
def _pair_units() -> list[Unit]:
    # 12 open Vietnamese cases, 1 closed one, and 10 Filipino cases (6 open, 4 closed).
    values = (
        [{"nationality": ("VN",), "topic": ("labour",), "status": ("open",)}] * 12
        + [{"nationality": ("VN",), "topic": ("labour",), "status": ("closed",)}]
        + [{"nationality": ("PH",), "topic": ("labour",), "status": ("open",)}] * 6
        + [{"nationality": ("PH",), "topic": ("labour",), "status": ("closed",)}] * 4
    )
    return _units(values)


def test_the_checker_sees_a_filtered_table_differenced_with_an_unfiltered_one() -> None:
    units = _pair_units()
    everyone = _table(units, ("nationality",))
    assert everyone.figures[("VN", TOTAL)].hidden is None  # VN = 13 is published
    earlier = _shown(everyone)
    naive = _table(_open_only(units), ("nationality",))  # audited alone: VN open = 12
    assert naive.figures[("VN", TOTAL)].hidden is None
    # 13 - 12: the one closed Vietnamese case, and that it is closed.
    closed_vn = everyone.units[("VN", TOTAL)] - naive.units[("VN", TOTAL)]
    assert len(closed_vn) == 1
    assert recoverable(naive, earlier), "the checker must find the differencing"
    assert _in_span(_indicator(closed_vn), [_indicator(u) for u in earlier + _shown(naive)])
    audited = _table(_open_only(units), ("nationality",), earlier, _small(everyone))
    assert recoverable(audited, earlier) == []
    assert not _in_span(_indicator(closed_vn),
                        [_indicator(u) for u in earlier + _shown(audited)])  # fmt: skip


def test_the_unfiltered_table_after_a_filtered_one_is_audited_too() -> None:
    units = _pair_units()
    filtered = _table(_open_only(units), ("nationality",))
    earlier = _shown(filtered)
    audited = _table(units, ("nationality",), earlier, _small(filtered))
    assert recoverable(audited, earlier) == []


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(unit_values, min_size=5, max_size=45), st.booleans())
def test_no_hidden_figure_is_recoverable_from_filtered_and_unfiltered_tables(
    values, filtered_first
) -> None:  # type: ignore[no-untyped-def]
    units = _units(values)
    plans = [(units, ("nationality", "topic")), (_open_only(units), ("nationality",))]
    if filtered_first:
        plans.reverse()
    published: list[frozenset[str]] = []
    small: list[frozenset[str]] = []
    for pool, dims in plans:
        if len(pool) < 1:
            continue
        table = _table(pool, dims, list(published), list(small))
        assert recoverable(table, published) == []
        published += _shown(table)
        small += _small(table)
        assert _still_hidden(small, published)


# -- on a demo vault -------------------------------------------------------------------
@pytest.fixture
def demo(vault: Vault) -> Vault:
    add_demo_cases(CaseService(vault), 150, seed=3, with_evidence=False, today=date(2026, 3, 31))
    return vault


def _direct(vault: Vault, nationality: str, statuses: tuple[str, ...]) -> int:
    marks = ",".join("?" * len(statuses))
    with vault.reading(flush=True) as db:
        row = db.execute(
            f"SELECT COUNT(*) FROM cases WHERE nationality=? AND status IN ({marks}) "
            "AND opened_on <= ? AND (closed_on IS NULL OR closed_on >= ?)",
            (nationality, *statuses, END.isoformat(), START.isoformat()),
        ).fetchone()
    return int(row[0])


ACTIVE = ("open", "in_progress", "waiting")


def test_a_filtered_table_counts_only_the_matching_cases(demo: Vault) -> None:
    table = make_table(demo, measure="cases", dimensions=("nationality",), start=START, end=END,
                       case_filter=CaseFilter(statuses=ACTIVE))  # fmt: skip
    everyone = make_table(demo, measure="cases", dimensions=("nationality",), start=START,
                          end=END)  # fmt: skip
    assert table.filters == tuple(("status", s) for s in ACTIVE)
    checked = 0
    for (nationality, _), figure in table.figures.items():
        if figure.hidden or nationality in (TOTAL, "unknown"):
            continue
        assert figure.value == _direct(demo, nationality, ACTIVE), nationality
        checked += 1
    assert checked >= 3
    assert table.figures[(TOTAL, TOTAL)].count < everyone.figures[(TOTAL, TOTAL)].count
    consultations = make_table(demo, measure="consultations", dimensions=("channel",),
                               start=START, end=END, case_filter=CaseFilter(statuses=("closed",)))  # fmt: skip
    with demo.reading(flush=True) as db:
        closed = {r[0] for r in db.execute("SELECT case_id FROM cases WHERE status='closed'")}
        entries = {r[0] for r in db.execute(
            "SELECT entity_id FROM records WHERE entity='timeline' AND deleted_by IS NULL AND "
            "json_extract(data,'$.kind')='consultation' AND case_id IN (SELECT case_id FROM "
            "cases WHERE status='closed') AND substr(json_extract(data,'$.occurred_at'),1,10) "
            "BETWEEN ? AND ?", (START.isoformat(), END.isoformat()))}  # fmt: skip
    assert closed and consultations.units[(TOTAL, TOTAL)] == frozenset(entries)


def test_filtered_and_unfiltered_publications_share_the_ledger(demo: Vault, tmp_path: Path) -> None:
    by = ("nationality", "topic")
    publish_table(demo, measure="cases", dimensions=by, start=START, end=END,
                  out=tmp_path / "all.csv")  # fmt: skip
    filtered = publish_table(demo, measure="cases", dimensions=by, start=START, end=END,
                             out=tmp_path / "active.xlsx",
                             case_filter=CaseFilter(statuses=ACTIVE))  # fmt: skip
    entries = load_entries(demo)
    assert len(entries) == 2 and entries[1]["filter"] == [["status", s] for s in ACTIVE]
    # The independent checker, over both publications: nothing hidden can be had.
    first = [frozenset(entries[0]["units"][i] for i in f) for f in entries[0]["figures"]]
    assert recoverable(filtered, first) == []
    earlier_small = [frozenset(entries[0]["units"][i] for i in f) for f in entries[0]["small"]]
    assert _still_hidden(earlier_small, first + _shown(filtered))
    about = {r[0].value: r[1].value for r in load_workbook(tmp_path / "active.xlsx")["about"].rows}
    assert about["only cases matching"] == "; ".join(f"status: {s}" for s in ACTIVE)


def test_the_audit_names_the_filters_never_their_values(demo: Vault, tmp_path: Path) -> None:
    name = "Nguyen"
    publish_table(demo, measure="cases", dimensions=("topic",), start=START, end=END,
                  out=tmp_path / "named.csv", case_filter=CaseFilter(text=name))  # fmt: skip
    publish_table(demo, measure="cases", dimensions=("topic",), start=START, end=END,
                  out=tmp_path / "all.csv")  # fmt: skip
    audit = [e.details for e in demo.audit_entries() if e.action == "stats_table"]
    assert audit[0]["filtered_by"] == ["text"] and "filtered_by" not in audit[1]
    assert name not in json.dumps(audit)


def test_the_pdf_report_says_what_was_counted(demo: Vault, tmp_path: Path) -> None:
    out = tmp_path / "open.pdf"
    publish_table(demo, measure="cases", dimensions=("topic",), start=START, end=END, out=out,
                  case_filter=CaseFilter(statuses=("open",), topics=("labour",)))  # fmt: skip
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout  # fmt: skip
    assert (
        "対象: 次の条件に合う案件のみ" in text and "状況: 受付" in text and "相談分野: 労働" in text
    )


def test_list_only_filters_are_refused_before_anything_is_recorded(demo: Vault,
                                                                    tmp_path: Path) -> None:  # fmt: skip
    with pytest.raises(InvalidValueError):
        publish_table(demo, measure="cases", dimensions=("topic",), start=START, end=END,
                      out=tmp_path / "t.csv",
                      case_filter=CaseFilter(due_on_or_before=date(2026, 1, 1)))  # fmt: skip
    assert load_entries(demo) == [] and not (tmp_path / "t.csv").exists()


def test_cli_stats_takes_the_case_list_filters(demo: Vault, vault_dir: Path, tmp_path: Path,
                                                capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    expected = make_table(demo, measure="cases", dimensions=("nationality",), start=START,
                          end=END, case_filter=CaseFilter(statuses=("closed",)))  # fmt: skip
    demo.close()
    monkeypatch.setenv("MADOGUCHI_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "closed.csv"
    code = main(["stats", "--vault", str(vault_dir), "--from", START.isoformat(), "--to",
                 END.isoformat(), "--by", "nationality", "--status", "closed", "--out",
                 str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    total = next(r[-1] for r in rows if r[0] == "Total")
    assert total == str(expected.figures[(TOTAL, TOTAL)].value)
