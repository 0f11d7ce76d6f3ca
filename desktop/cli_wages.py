"""The ``wages calc`` command: a wage-claim estimate from files, printed or as JSON.

Registered by :func:`desktop.cli.build_parser`.  The rules live in resources/law/, the
computation in :mod:`desktop.wages`; this module only reads arguments and prints.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cli_support import CliParser
from desktop.wages.calculator import WageClaim, calculate
from desktop.wages.inputs import read_payslips, read_records, read_terms
from desktop.wages.law import shipped_law

__all__ = ["add_wages_command"]

ESTIMATE = ("ESTIMATE to be checked by a person: rules {status} (resources/law/), "
            "not legal advice.")  # fmt: skip
_HELP = (
    "wage-claim estimate (minimum wage, premiums, unlawful deductions, limitation, interest) "
    "from a terms JSON, day records CSV and payslips CSV; formats in docs/wages.md. Reading "
    "a case's stored records (--case REF) is a later piece and not available yet."
)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from None


def claim_json(claim: WageClaim) -> dict[str, Any]:
    return {
        "estimate": True,
        "review_status": claim.review_status,
        "until": claim.until.isoformat(),
        "periods": [
            {
                "start": p.start.isoformat(), "end": p.end.isoformat(),
                "pay_date": p.pay_date.isoformat(), "claim_expires_on": p.expires_on.isoformat(),
                "expired": p.expired,
                "hours": {k: str(v) for k, v in p.hours.items()},
                "figures": {name: {"yen": str(f.amount), "rules": list(f.rule_ids),
                                   "rows": list(f.rows)} for name, f in p.figures.items()},
                "warnings": p.warnings,
            }
            for p in claim.periods
        ],
        "totals": {k: str(v) for k, v in claim.totals.items()},
        "rules": {k: {"title": t, "url": u, "read_on": r}
                  for k, (t, u, r) in claim.citations.items()},
        "warnings": claim.warnings,
    }  # fmt: skip


def _print_text(claim: WageClaim) -> None:
    print(ESTIMATE.format(status=claim.review_status))
    for p in claim.periods:
        hours = ", ".join(f"{k} {v:.2f} h" for k, v in p.hours.items())
        state = "EXPIRED" if p.expired else f"claim expires {p.expires_on}"
        print(f"\n{p.start} to {p.end} (paid {p.pay_date}; {state})")
        print(f"  hours: {hours}")
        for name, figure in p.figures.items():
            rules = f"  [{', '.join(figure.rule_ids)}]" if figure.rule_ids else ""
            print(f"  {name:28} ¥{figure.amount:>12,}{rules}")
    print(f"\nTotals as of {claim.until}:")
    for name, amount in claim.totals.items():
        print(f"  {name:28} ¥{amount:>12,}")
    for warning in claim.warnings:
        print(f"warning: {warning}")
    print("\nRules used:")
    for rule_id, (title, url, read_on) in claim.citations.items():
        print(f"  {rule_id}: {title} <{url}> (read {read_on})")
    print(ESTIMATE.format(status=claim.review_status))


def cmd_wages_calc(args: argparse.Namespace) -> int:
    terms = read_terms(args.terms)
    records = read_records(args.records)
    payslips = read_payslips(args.payslips) if args.payslips else {}
    claim = calculate(terms, records, payslips, shipped_law(), args.until or date.today())
    if args.json:
        print(json.dumps(claim_json(claim), ensure_ascii=False, indent=1))
    else:
        _print_text(claim)
    return 0


def add_wages_command(sub: Any) -> None:
    """Add ``wages calc`` to the parser (``sub``: the top-level subparsers)."""
    wages = sub.add_parser("wages", help="wage-claim estimates")
    wages_sub = wages.add_subparsers(dest="wages_command", metavar="COMMAND",
                                     parser_class=CliParser)  # fmt: skip
    p = wages_sub.add_parser("calc", help=_HELP, description=_HELP)
    p.add_argument("--terms", type=Path, required=True, help="employment terms, JSON")
    p.add_argument("--records", type=Path, required=True, help="day records, CSV")
    p.add_argument("--payslips", type=Path, help="payslips, CSV (without: nothing counted paid)")
    p.add_argument("--until", type=_date, help="interest and limitation as of this date (today)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=cmd_wages_calc)
