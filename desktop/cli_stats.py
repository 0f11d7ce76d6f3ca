"""The ``stats`` command: one desk statistics table, with disclosure control.

Registered by :func:`desktop.cli.build_parser`.  The counting, suppression and ledger
live in :mod:`desktop.stats`; this module only parses and reports.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from desktop.cli_support import CliError, Command, unlocked_vault
from desktop.stats.dimensions import DIMENSIONS, MEASURES, parse_dimensions
from desktop.stats.report_labels import REPORT_LANGUAGES
from desktop.stats.service import publish_table, table_json
from desktop.stats.table import DEFAULT_K, MIN_K

__all__ = ["add_stats_command"]

_HELP = (
    "a statistics table (cases, new cases, consultations or minutes by one or two fields) "
    f"written as .csv or .xlsx; figures under k (default {DEFAULT_K}, at least {MIN_K}) and "
    "whatever would let them be worked out are hidden, and every published table is "
    "recorded so a later one cannot be subtracted from it."
)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from None


def cmd_stats(args: argparse.Namespace) -> int:
    dimensions = parse_dimensions(args.by)
    if args.date_to < args.date_from:
        raise CliError("--to is before --from.")
    with unlocked_vault(args.vault) as vault:
        table = publish_table(
            vault, measure=args.measure, dimensions=dimensions, start=args.date_from,
            end=args.date_to, out=args.out, k=args.k, rounding=args.round, hxl=args.hxl,
            lang=args.lang,
        )  # fmt: skip
    if args.json:
        print(json.dumps(table_json(table), ensure_ascii=False, indent=2))
    hidden = sum(1 for f in table.figures.values() if f.hidden)
    if table.fully_suppressed:
        print(f"Too few to publish: every figure of the table is hidden (k={table.k}).")
    else:
        print(f"{len(table.figures)} figures, {hidden} hidden (k={table.k}).")
    print(f"Table: {args.out}")
    return 0


def add_stats_command(command: Command) -> None:
    """Add ``stats`` to the parser (``command`` adds a vault subcommand)."""
    p = command("stats", cmd_stats, _HELP)
    p.add_argument("--from", dest="date_from", type=_date, required=True, help="first day")
    p.add_argument("--to", dest="date_to", type=_date, required=True, help="last day")
    p.add_argument(
        "--by", required=True, metavar="FIELD[,FIELD]",
        help=f"one or two of: {', '.join(DIMENSIONS)}",
    )  # fmt: skip
    p.add_argument("--measure", choices=MEASURES, default="cases",
                   help="what to count (default: cases open in the period)")  # fmt: skip
    k_help = f"minimum group size (default {DEFAULT_K}, never below {MIN_K})"
    p.add_argument("--k", type=int, default=DEFAULT_K, help=k_help)
    p.add_argument("--round", type=int, default=1, metavar="N",
                   help="round published figures to a multiple of N (e.g. 5)")  # fmt: skip
    p.add_argument("--hxl", action="store_true", help="add an HXL hashtag row (CSV only)")
    p.add_argument("--out", type=Path, required=True, help="FILE.csv, FILE.xlsx or FILE.pdf")
    p.add_argument("--lang", choices=REPORT_LANGUAGES, default="ja",
                   help="language of a .pdf report (default: ja)")  # fmt: skip
    p.add_argument("--json", action="store_true", help="also print the table as JSON")
