"""Publishing one statistics table: read, count, suppress, record, write, audit.

The order matters.  The table is recorded in the sealed ledger *before* its file is
written: if writing fails the ledger holds a table nobody saw, which only makes later
tables more careful; the other way round a table could be out in the world unrecorded,
and a later one could be subtracted from it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from desktop.cases.search import CaseFilter
from desktop.errors import InvalidValueError
from desktop.stats.export import write_table
from desktop.stats.facts import read_units
from desktop.stats.filters import filter_terms
from desktop.stats.ledger import earlier_figures, load_entries, record_table, unit_kind
from desktop.stats.table import DEFAULT_K, TOTAL, StatsTable, build_table
from desktop.store.vault import Vault

__all__ = ["AUDIT_ACTION", "make_table", "publish_table"]

AUDIT_ACTION = "stats_table"
OUTPUT_SUFFIXES = (".csv", ".xlsx", ".pdf")


def make_table(
    vault: Vault,
    *,
    measure: str,
    dimensions: Sequence[str],
    start: date,
    end: date,
    k: int = DEFAULT_K,
    rounding: int = 1,
    case_filter: CaseFilter | None = None,
) -> StatsTable:
    """The table as it would be published now, audited against the ledger; records nothing.

    ``case_filter``: count only the cases the case list shows for it (a filtered table is
    audited against every earlier table sharing units with it, filtered or not)."""
    terms = filter_terms(case_filter)
    units = read_units(vault, measure, start, end, dimensions, case_filter)
    earlier, protected = earlier_figures(
        load_entries(vault), frozenset(u.unit_id for u in units), unit_kind(measure)
    )
    return build_table(units, measure=measure, dimensions=dimensions, start=start, end=end,
                       k=k, rounding=rounding, earlier=earlier, protected=protected,
                       filters=terms)  # fmt: skip


def publish_table(
    vault: Vault,
    *,
    measure: str,
    dimensions: Sequence[str],
    start: date,
    end: date,
    out: Path,
    k: int = DEFAULT_K,
    rounding: int = 1,
    hxl: bool = False,
    today: date | None = None,
    lang: str = "ja",
    label: Callable[[str, str], str] | None = None,
    case_filter: CaseFilter | None = None,
) -> StatsTable:
    """Make the table, record it in the ledger, write ``out`` (.csv, .xlsx or a .pdf
    report in ``lang`` with ``label``'s category names), audit."""
    if Path(out).suffix.lower() not in OUTPUT_SUFFIXES:
        raise InvalidValueError(f"The table file must end in .csv, .xlsx or .pdf: {Path(out).name}",
                                file=Path(out).name)  # fmt: skip
    if hxl and Path(out).suffix.lower() != ".csv":
        raise InvalidValueError("The HXL hashtag row is for CSV files; leave out --hxl "
                                "or write a .csv.")  # fmt: skip
    table = make_table(vault, measure=measure, dimensions=dimensions, start=start, end=end,
                       k=k, rounding=rounding, case_filter=case_filter)  # fmt: skip
    if Path(out).suffix.lower() == ".pdf":
        from desktop.stats.report_pdf import REPORT_LANGUAGES, write_report

        if lang not in REPORT_LANGUAGES:  # checked before the ledger records anything
            raise InvalidValueError(f"Reports are written in ja or en, not '{lang}'.", lang=lang)
        record_table(vault, table, today or date.today())
        data = write_report(table, out, lang=lang, label=label)
    else:
        record_table(vault, table, today or date.today())
        data = write_table(table, out, hxl=hxl)
    hidden = sum(1 for f in table.figures.values() if f.hidden)
    # Non-identifying: what was asked and how much was hidden, never a figure or category.
    details: dict[str, object] = {
        "measure": measure,
        "by": list(table.dimensions),
        "period": f"{start.isoformat()}/{end.isoformat()}",
        "k": table.k,
        "rounding": table.rounding,
        "figures": len(table.figures),
        "hidden": hidden,
        "format": Path(out).suffix.lower().lstrip("."),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    if table.filters:
        # Which filters, never their values (a text filter may be a name).
        details["filtered_by"] = sorted({name for name, _ in table.filters})
    vault.record_audit(AUDIT_ACTION, details=details)
    return table


def table_json(table: StatsTable) -> dict[str, object]:
    """The table as printed by ``stats --json``: hidden figures as their markers."""
    from desktop.stats.export import marker

    return {
        "measure": table.measure,
        "by": list(table.dimensions),
        "from": table.start.isoformat(),
        "to": table.end.isoformat(),
        "k": table.k,
        "rounding": table.rounding,
        "rows": list(table.rows),
        "columns": [c for c in table.columns if c != TOTAL],
        "figures": [
            {
                "row": key[0],
                "column": key[1],
                "value": marker(table, f.hidden) if f.hidden else table.shown(key),
            }
            for key, f in table.figures.items()
        ],
    }
