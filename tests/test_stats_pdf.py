"""The statistics PDF report: opens, prints every published figure and no hidden one."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from desktop.cases.demo import add_demo_cases
from desktop.cases.service import CaseService
from desktop.cli import main
from desktop.errors import InvalidValueError
from desktop.stats.ledger import load_entries
from desktop.stats.report_labels import category_label, text
from desktop.stats.report_pdf import chart_series, report_pdf
from desktop.stats.service import make_table, publish_table
from desktop.stats.table import TOTAL, StatsTable
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE

START, END = date(2025, 4, 1), date(2026, 3, 31)


@pytest.fixture
def demo(vault: Vault) -> Vault:
    add_demo_cases(CaseService(vault), 150, seed=3, with_evidence=False, today=date(2026, 3, 31))
    return vault


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def _expected_line(table: StatsTable, row: str) -> list[str]:
    """The figures of ``row`` as the report must print them (markers for hidden ones)."""
    columns = [c for c in table.columns if c != TOTAL] + [TOTAL]
    out = []
    for column in columns:
        figure = table.figures[(row, column)]
        if figure.hidden:
            out.append(f"<{table.k}" if figure.hidden == "primary" else "x")
        else:
            out.append(f"{table.shown((row, column)):,}")
    return out


def _table_lines(pdf_text: str, table: StatsTable, lang: str) -> dict[str, list[str]]:
    """Each table row's printed figures, found by its label at the start of a line."""
    found: dict[str, list[str]] = {}
    for row in (*table.rows, TOTAL):
        name = text(lang, "total") if row == TOTAL else category_label(lang, "nationality", row)
        lines = [ln.strip() for ln in pdf_text.splitlines() if ln.strip().startswith(name + " ")]
        assert lines, f"no table line for {name}"
        found[row] = lines[0][len(name) :].split()
    return found


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_report_prints_published_figures_and_only_markers_for_hidden(
    demo: Vault, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / "report.pdf"
    table = publish_table(demo, measure="cases", dimensions=("nationality", "quarter"),
                          start=START, end=END, out=out, lang=lang)  # fmt: skip
    hidden = [f for f in table.figures.values() if f.hidden]
    assert any(f.hidden == "primary" for f in hidden) and any(
        f.hidden == "complementary" for f in hidden
    ), "the demo vault should give both kinds of hidden figure"
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) >= 1
        assert str(pdf.docinfo["/Title"]).startswith(text(lang, "title")[:3])
    lines = _table_lines(_text(out), table, lang)
    for row, printed in lines.items():
        assert printed == _expected_line(table, row), row
    # Every hidden figure's true count is absent from its table line.
    for (row, column), figure in table.figures.items():
        if figure.hidden:
            index = ([c for c in table.columns if c != TOTAL] + [TOTAL]).index(column)
            assert lines[row][index] != str(figure.count)


def test_the_chart_has_no_bar_for_a_hidden_figure(demo: Vault) -> None:
    table = make_table(demo, measure="cases", dimensions=("nationality", "quarter"),
                       start=START, end=END)  # fmt: skip
    rows, series = chart_series(table)
    assert rows == list(table.rows)
    for column, values in series:
        for row, value in zip(rows, values, strict=True):
            figure = table.figures[(row, column)]
            assert value == (None if figure.hidden else figure.value)


def test_same_table_same_bytes_and_audited(demo: Vault, tmp_path: Path) -> None:
    table = make_table(demo, measure="consultations", dimensions=("nationality",),
                       start=START, end=END)  # fmt: skip
    assert report_pdf(table, lang="en") == report_pdf(table, lang="en")
    assert report_pdf(table, lang="ja") != report_pdf(table, lang="en")
    out = tmp_path / "c.pdf"
    publish_table(demo, measure="consultations", dimensions=("nationality",), start=START,
                  end=END, out=out, lang="en")  # fmt: skip
    entry = [e for e in demo.audit_entries() if e.action == "stats_table"][-1]
    assert entry.details["format"] == "pdf"
    import hashlib

    assert entry.details["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert load_entries(demo)[-1]["measure"] == "consultations"


def test_a_bad_report_language_records_nothing(demo: Vault, tmp_path: Path) -> None:
    with pytest.raises(InvalidValueError):
        publish_table(demo, measure="cases", dimensions=("nationality",), start=START, end=END,
                      out=tmp_path / "r.pdf", lang="fr")  # fmt: skip
    assert load_entries(demo) == []
    assert not (tmp_path / "r.pdf").exists()


def test_cli_writes_a_pdf(
    demo: Vault, vault_dir: Path, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    demo.close()
    monkeypatch.setenv("MADOGUCHI_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "by-quarter.pdf"
    code = main(["stats", "--vault", str(vault_dir), "--from", "2025-04-01", "--to",
                 "2026-03-31", "--by", "quarter", "--out", str(out), "--lang", "en", "--json"])  # fmt: skip
    assert code == 0
    printed = capsys.readouterr().out
    table = json.loads(printed[: printed.rindex("}") + 1])
    pdf_text = _text(out)
    assert "Statistics: Cases by Quarter" in pdf_text
    for figure in table["figures"]:
        if isinstance(figure["value"], int):
            assert f"{figure['value']:,}" in pdf_text
