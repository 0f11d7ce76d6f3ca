"""The ``stats``, ``company-report`` and ``subject-report`` commands.

``stats`` and ``company-report`` publish tables with disclosure control;
``subject-report`` writes "What we hold about you" for one case (APPI disclosure).

Registered by :func:`desktop.cli.build_parser`.  The counting, suppression and ledger
live in :mod:`desktop.stats`; this module only parses and reports.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from desktop.cases.search import CaseFilter
from desktop.cli_support import CliError, Command, unlocked_vault
from desktop.stats.dimensions import DIMENSIONS, MEASURES, parse_dimensions
from desktop.stats.report_labels import REPORT_LANGUAGES
from desktop.stats.service import publish_table, table_json
from desktop.stats.table import DEFAULT_K, MIN_K

__all__ = ["STATS_COMMANDS", "add_stats_command"]

STATS_COMMANDS = frozenset({"stats", "company-report", "subject-report"})

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
    # The case list's filters (`search`'s options), so the table counts the same cases.
    case_filter = CaseFilter(
        text=args.search or "", statuses=tuple(args.status or ()),
        topics=tuple(args.topic or ()), assignee=args.assignee,
        nationality=args.nationality, flags=tuple(args.flag or ()),
    )  # fmt: skip
    with unlocked_vault(args.vault) as vault:
        table = publish_table(
            vault, measure=args.measure, dimensions=dimensions, start=args.date_from,
            end=args.date_to, out=args.out, k=args.k, rounding=args.round, hxl=args.hxl,
            lang=args.lang, case_filter=case_filter,
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
    """Add ``stats`` and ``company-report`` to the parser (``command`` adds a vault
    subcommand)."""
    add_company_report_command(command)
    add_subject_report_command(command)
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
    p.add_argument("--search", metavar="TEXT", help="count only cases matching this text")
    p.add_argument("--status", action="append", help="only cases with this status (repeatable)")
    p.add_argument("--topic", action="append", help="only cases with this topic (repeatable)")
    p.add_argument("--assignee", help="only cases of this assignee")
    p.add_argument("--nationality", metavar="CODE", help="only cases of this nationality (VN)")
    p.add_argument("--flag", action="append", help="only cases with this flag (repeatable)")


def cmd_company_report(args: argparse.Namespace) -> int:
    from desktop.stats.company_report import write_company_feedback

    if args.date_to < args.date_from:
        raise CliError("--to is before --from.")
    if args.out.suffix.lower() != ".pdf":
        raise CliError("The report file must end in .pdf (the CSV is written next to it).")
    with unlocked_vault(args.vault) as vault:
        done = write_company_feedback(
            vault, employer=args.employer, establishment=args.establishment,
            start=args.date_from, end=args.date_to, out_pdf=args.out, k=args.k,
        )  # fmt: skip
    topics, safety = done.topics, done.safety
    hidden = sum(1 for t in topics.tables for f in t.figures.values() if f.hidden)
    print(f"Company report for {topics.start.isoformat()} to {topics.end.isoformat()}: "
          f"consultation topics with {hidden} figures hidden (k={topics.k}); Safety "
          + ("self-check fully suppressed." if safety.total is None
             else f"self-check from {safety.total} responses."))  # fmt: skip
    print(f"PDF: {args.out}")
    print(f"CSV: {args.out.with_suffix('.csv')}")
    return 0


def add_company_report_command(command: Command) -> None:
    """Add ``company-report``: consultation topics and the Safety self-check of one employer."""
    p = command(
        "company-report", cmd_company_report,
        "company feedback report (PDF + CSV): consultation topics of workers who consented "
        "to company feedback, and the Safety self-check, k-anonymous; refused with fewer "
        "than k consenting cases",
    )  # fmt: skip
    p.add_argument("--employer", required=True, help="the employer, as recorded on the cases")
    p.add_argument("--establishment", help="one establishment (site) of the employer")
    p.add_argument("--from", dest="date_from", type=_date, required=True,
                   help="first day (widened to the start of its month)")  # fmt: skip
    p.add_argument("--to", dest="date_to", type=_date, required=True,
                   help="last day (widened to the end of its month)")  # fmt: skip
    p.add_argument("--out", type=Path, required=True, help="the PDF to write")
    p.add_argument("--k", type=int, default=DEFAULT_K,
                   help=f"minimum group size (default {DEFAULT_K}, never below 5)")  # fmt: skip


def cmd_subject_report(args: argparse.Namespace) -> int:
    from desktop.cases.service import CaseService
    from desktop.documents.subject_report import write_subject_report

    if args.out.suffix.lower() != ".pdf":
        raise CliError("The report file must end in .pdf.")
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        write_subject_report(service, service.case_id_for_ref(args.case), args.lang, args.out)
    print(f"What we hold about you: {args.out}")
    return 0


def add_subject_report_command(command: Command) -> None:
    """Add ``subject-report``: what the desk holds about one worker, in their language."""
    from desktop.documents.subject_report_texts import subject_languages

    p = command(
        "subject-report", cmd_subject_report,
        "'what we hold about you' for one case: the data held, its sources, consents, who "
        "received what, and the worker's rights, in their language and Japanese (PDF)",
    )  # fmt: skip
    p.add_argument("--case", required=True, help="case reference")
    p.add_argument("--lang", required=True, choices=subject_languages(),
                   help="the worker's language")  # fmt: skip
    p.add_argument("--out", type=Path, required=True, help="the PDF to write")
