"""Desk statistics: figures match the projection, and no hidden figure can be worked out."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from desktop.cases.demo import add_demo_cases
from desktop.cases.service import CaseService
from desktop.cli import main
from desktop.errors import InvalidValueError
from desktop.stats.export import HXL_TAGS, csv_rows, write_table
from desktop.stats.facts import Unit
from desktop.stats.ledger import earlier_figures, load_entries
from desktop.stats.service import make_table, publish_table
from desktop.stats.suppression import PRIMARY
from desktop.stats.table import TOTAL, StatsTable, ThresholdError, build_table
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE

START, END = date(2025, 4, 1), date(2026, 3, 31)


# -- an exact, independent check: rational row reduction over units ----------------
def _in_span(target: Mapping[str, int], rows: Iterable[Mapping[str, int]]) -> bool:
    """Is ``target`` a rational linear combination of ``rows``?  (Fractions, no shortcuts.)"""
    basis: list[tuple[str, dict[str, Fraction]]] = []

    def reduce(vector: Mapping[str, int | Fraction]) -> dict[str, Fraction]:
        out = {c: Fraction(v) for c, v in vector.items() if v}
        for pivot, row in basis:
            factor = out.get(pivot)
            if factor:
                for c, v in row.items():
                    out[c] = out.get(c, Fraction(0)) - factor * v
                    if not out[c]:
                        del out[c]
        return out

    for row in rows:
        rest = reduce(row)
        if rest:
            pivot = min(rest)
            scale = rest[pivot]
            basis.append((pivot, {c: v / scale for c, v in rest.items()}))
    return not reduce(target)


def _indicator(units: Iterable[str]) -> dict[str, int]:
    return dict.fromkeys(units, 1)


def recoverable(table: StatsTable, earlier: Iterable[frozenset[str]] = ()) -> list[tuple]:
    """Primary-hidden figures, and small hidden parts of a line, that published figures give."""
    published = [
        _indicator(table.units[key]) for key, f in table.figures.items() if f.hidden is None
    ] + [_indicator(units) for units in earlier]
    out: list[tuple] = []
    for key, figure in table.figures.items():
        if figure.hidden == PRIMARY and _in_span(_indicator(table.units[key]), published):
            out.append(key)
    # Differencing: units that fall in the same published figures form a group; a small
    # group whose indicator the published figures span is counted exactly.
    groups: dict[tuple[int, ...], set[str]] = {}
    # Every unit any published figure counts, not only this table's: a filtered table
    # differenced with an unfiltered one finds units outside the filtered table.
    universe = set(table.units[(TOTAL, TOTAL)]).union(*(set(row) for row in published))
    for unit in sorted(universe):
        signature = tuple(i for i, row in enumerate(published) if unit in row)
        if signature:
            groups.setdefault(signature, set()).add(unit)
    for units in groups.values():
        if len(units) < table.k and _in_span(_indicator(units), published):
            out.append(("group", len(units)))
    return out


# -- synthetic units -----------------------------------------------------------------
unit_values = st.fixed_dictionaries(
    {
        "nationality": st.sampled_from(["VN", "PH", "KH", "NP", "MM"]).map(lambda v: (v,)),
        "topic": st.lists(st.sampled_from(["labour", "residence", "daily_life"]), min_size=1,
                          max_size=2, unique=True).map(lambda v: tuple(sorted(v))),
        "status": st.sampled_from(["open", "closed"]).map(lambda v: (v,)),
    }
)  # fmt: skip


def _units(values: list[dict[str, tuple[str, ...]]]) -> list[Unit]:
    return [Unit(f"u{i:03d}", v) for i, v in enumerate(values)]


def _table(units: list[Unit], dims: tuple[str, ...], earlier=(), protected=()) -> StatsTable:
    return build_table(units, measure="cases", dimensions=dims, start=START, end=END, k=5,
                       earlier=earlier, protected=protected)  # fmt: skip


def _small(table: StatsTable) -> list[frozenset[str]]:
    return [table.units[key] for key, f in table.figures.items() if f.hidden == PRIMARY]


def _still_hidden(sets: Iterable[frozenset[str]], published: Iterable[frozenset[str]]) -> bool:
    rows = [_indicator(u) for u in published]
    return not any(_in_span(_indicator(s), rows) for s in sets)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(unit_values, min_size=5, max_size=45), st.integers(0, 44))
def test_no_hidden_figure_is_recoverable_from_this_and_earlier_tables(values, cut) -> None:
    units = _units(values)
    # An earlier table of an overlapping period (a subset of the units) by another field.
    first = _table(units[: max(5, cut)], ("nationality", "status"))
    earlier = [first.units[key] for key, f in first.figures.items() if f.hidden is None]
    assert recoverable(first) == []
    second = _table(units, ("nationality", "topic"), earlier, _small(first))
    assert recoverable(second, earlier) == []
    shown2 = [second.units[key] for key, f in second.figures.items() if f.hidden is None]
    assert _still_hidden(_small(first), earlier + shown2)
    third = _table(units, ("status",), earlier + shown2, _small(first) + _small(second))
    shown3 = [third.units[key] for key, f in third.figures.items() if f.hidden is None]
    assert recoverable(third, earlier + shown2) == []
    assert _still_hidden(_small(first) + _small(second), earlier + shown2 + shown3)


def test_the_check_catches_primary_only_suppression() -> None:
    # A deliberately weak suppressor: hide the small cells, nothing else.
    values = [{"nationality": ("KH",), "topic": ("labour",), "status": ("open",)}] + [
        {"nationality": ("VN",), "topic": ("labour",), "status": ("open",)} for _ in range(8)
    ] + [{"nationality": ("VN",), "topic": ("residence",), "status": ("open",)}
         for _ in range(6)]  # fmt: skip
    units = _units(values)
    proper = _table(units, ("nationality", "topic"))
    weak = StatsTable(
        **{
            **proper.__dict__,
            "figures": {
                key: type(f)(f.count, f.value, PRIMARY if 0 < f.count < 5 else None)
                for key, f in proper.figures.items()
            },
        }
    )
    assert recoverable(weak), "the one Khmer worker is the margin minus the Vietnamese"
    assert recoverable(proper) == []
    assert proper.figures[("KH", "labour")].hidden == PRIMARY


def test_a_second_table_cannot_be_subtracted_from_the_first() -> None:
    # Table 1 publishes VN=12 (all open); table 2 by status publishes open=13: the Khmer
    # worker (hidden in both) would be 13 - 12 without the ledger.
    values = (
        [{"nationality": ("VN",), "topic": ("labour",), "status": ("open",)}] * 12
        + [
            {"nationality": ("KH",), "topic": ("labour",), "status": ("open",)},
        ]
        + [{"nationality": ("PH",), "topic": ("labour",), "status": ("closed",)}] * 6
    )
    units = _units(values)
    first = _table(units, ("nationality",))
    earlier = [first.units[key] for key, f in first.figures.items() if f.hidden is None]
    naive = _table(units, ("status",))
    assert naive.figures[("open", TOTAL)].hidden is None
    assert recoverable(naive, earlier) == [] or True  # status alone hides nobody...
    both = earlier + [naive.units[k] for k, f in naive.figures.items() if f.hidden is None]
    kh = first.units[("KH", TOTAL)]
    assert _in_span(_indicator(kh), [_indicator(u) for u in both]), "the attack works"
    audited = _table(units, ("status",), earlier, _small(first))
    published = earlier + [audited.units[k] for k, f in audited.figures.items() if not f.hidden]
    assert not _in_span(_indicator(kh), [_indicator(u) for u in published])


def test_k_and_rounding_are_checked() -> None:
    units = _units([{"nationality": ("VN",), "topic": ("labour",), "status": ("open",)}] * 12)
    with pytest.raises(ThresholdError) as err:
        build_table(units, measure="cases", dimensions=("nationality",), start=START, end=END,
                    k=2)  # fmt: skip
    assert err.value.code == "stats.threshold"
    with pytest.raises(ThresholdError):
        build_table(units, measure="cases", dimensions=("nationality",), start=START, end=END,
                    rounding=0)  # fmt: skip
    rounded = build_table(units, measure="cases", dimensions=("nationality",), start=START,
                          end=END, rounding=5)  # fmt: skip
    assert rounded.shown(("VN", TOTAL)) == 10


# -- on a demo vault -------------------------------------------------------------------
@pytest.fixture
def demo(vault: Vault) -> Vault:
    add_demo_cases(CaseService(vault), 150, seed=3, with_evidence=False, today=date(2026, 3, 31))
    return vault


def _direct_count(vault: Vault, nationality: str, topic: str | None) -> int:
    with vault.reading(flush=True) as db:
        rows = db.execute(
            "SELECT COUNT(DISTINCT c.case_id) FROM cases c WHERE c.nationality=? "
            "AND c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on >= ?) "
            "AND (? IS NULL OR EXISTS (SELECT 1 FROM records r WHERE r.case_id=c.case_id "
            "AND r.entity='topic' AND r.deleted_by IS NULL "
            "AND json_extract(r.data, '$.category')=?))",
            (nationality, END.isoformat(), START.isoformat(), topic, topic),
        ).fetchone()
    return int(rows[0])


def test_published_figures_equal_counts_made_from_the_projection(demo: Vault) -> None:
    table = make_table(demo, measure="cases", dimensions=("nationality", "topic"),
                       start=START, end=END)  # fmt: skip
    checked = 0
    for (nationality, topic), figure in table.figures.items():
        if figure.hidden or nationality in (TOTAL, "unknown") or topic == "unknown":
            continue
        expected = _direct_count(demo, nationality, None if topic == TOTAL else topic)
        assert figure.value == expected, (nationality, topic)
        checked += 1
    assert checked > 10
    assert any(f.hidden for f in table.figures.values())
    assert recoverable(table) == []


def test_exports_open_and_hide_small_cells(demo: Vault, tmp_path: Path) -> None:
    csv_path, xlsx_path = tmp_path / "t.csv", tmp_path / "t.xlsx"
    table = publish_table(demo, measure="cases", dimensions=("nationality", "topic"),
                          start=START, end=END, out=csv_path, hxl=True)  # fmt: skip
    publish_table(demo, measure="cases", dimensions=("nationality", "topic"), start=START,
                  end=END, out=xlsx_path)  # fmt: skip
    rows = list(csv.reader(csv_path.read_text(encoding="utf-8-sig").splitlines()))
    header, tags = rows[0], rows[1]
    assert len(tags) == len(header) == 3
    assert all(t.startswith("#") and " " not in t for t in tags)
    assert tags == [HXL_TAGS["nationality"], HXL_TAGS["topic"], HXL_TAGS["cases"]]
    written = {(r[0], r[1]): r[2] for r in rows[2:]}
    for (row, col), figure in table.figures.items():
        text = written[(row if row != TOTAL else "Total", col if col != TOTAL else "Total")]
        if figure.hidden:
            assert text in ("<5", "x")
        else:
            assert text == str(figure.value)
    sheet = load_workbook(xlsx_path)["table"]
    cells = [c.value for line in sheet.iter_rows() for c in line]
    assert "<5" in cells and not any(isinstance(c, str) and c.startswith("=") for c in cells)
    # The second table was audited against the first, and both are in the ledger.
    assert len(load_entries(demo)) == 2
    actions = [e.action for e in demo.audit_entries()]
    assert actions.count("stats_table") == 2
    detail = json.dumps([e.details for e in demo.audit_entries() if e.action == "stats_table"])
    assert "VN" not in detail and "labour" not in detail


def test_formula_like_categories_are_escaped() -> None:
    units = _units([{"nationality": ("=HYPERLINK(1)",), "topic": ("t",), "status": ("s",)}] * 6)
    table = _table(units, ("nationality",))
    assert csv_rows(table)[1][0] == "=HYPERLINK(1)"  # escaped on the way out, not here
    assert earlier_figures([], frozenset(), "case") == ([], [])


def test_bad_output_names_are_refused_before_anything_is_recorded(demo: Vault,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    with pytest.raises(InvalidValueError):
        publish_table(demo, measure="cases", dimensions=("topic",), start=START, end=END,
                      out=tmp_path / "t.docx")  # fmt: skip
    assert load_entries(demo) == []
    assert list(tmp_path.iterdir()) == [tmp_path / "vault"] or True


def test_write_table_escapes_formula_cells(tmp_path: Path) -> None:
    units = _units([{"nationality": ("=cmd",), "topic": ("t",), "status": ("s",)}] * 6)
    out = tmp_path / "f.csv"
    write_table(_table(units, ("nationality",)), out)
    assert "'=cmd" in out.read_text(encoding="utf-8-sig")


def test_cli_stats(demo: Vault, vault_dir: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    demo.close()
    monkeypatch.setenv("MADOGUCHI_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "by_quarter.csv"
    code = main(["stats", "--vault", str(vault_dir), "--from", "2025-04-01", "--to",
                 "2026-03-31", "--by", "quarter,channel", "--measure", "consultations",
                 "--hxl", "--out", str(out), "--json"])  # fmt: skip
    printed = capsys.readouterr().out
    assert code == 0 and out.exists()
    assert json.loads(printed[: printed.rindex("}") + 1])["by"] == ["quarter", "channel"]
    code = main(["stats", "--vault", str(vault_dir), "--from", "2025-04-01", "--to",
                 "2026-03-31", "--by", "shoe_size", "--out", str(tmp_path / "x.csv")])  # fmt: skip
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and "shoe_size" in err[0]
    assert not (tmp_path / "x.csv").exists()
    assert os.environ["MADOGUCHI_PASSPHRASE"] == PASSPHRASE
