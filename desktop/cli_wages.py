"""The ``wages calc`` command: a wage-claim estimate from files, printed or as JSON.

Registered by :func:`desktop.cli.build_parser`.  The rules live in resources/law/, the
computation in :mod:`desktop.wages`; this module only reads arguments and prints.
"""

from __future__ import annotations

import argparse
import functools
import json
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cases.service import CaseService
from desktop.cli_deadlines import add_deadlines_command
from desktop.cli_support import CliError, CliParser, Command, unlocked_vault, vault_command
from desktop.cli_wage_complaint import add_complaint_command
from desktop.cli_wage_drafts import add_draft_command
from desktop.cli_wages_claim import (
    add_claim_command,
    check_out_args,
    write_case_sheet,
    write_file_sheet,
)
from desktop.wages.calculator import WageClaim, calculate
from desktop.wages.case_claim import case_claim
from desktop.wages.inputs import MAX_FILE_BYTES, read_payslips, read_records, read_terms
from desktop.wages.law import shipped_law

__all__ = ["add_wages_command"]

ESTIMATE = ("ESTIMATE to be checked by a person: rules {status} (resources/law/), "
            "not legal advice.")  # fmt: skip
_HELP = (
    "wage-claim estimate (minimum wage, premiums, unlawful deductions, limitation, interest) "
    "from a terms JSON, day records CSV and payslips CSV (formats in docs/wages.md), or "
    "from what a case stores (--case REF, see 'wages import')"
)
_IMPORT_HELP = (
    "store wage terms (JSON), day records and payslips (CSV, the formats of 'wages calc') in "
    "a case; each file given replaces the stored one, all checked before anything is written"
)
_DEMAND_HELP = (
    "record a demand letter (催告) sent: the case's wage claims not yet expired then are "
    "held off until six months after it (once; 民法第150条)"
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
        "rules": {k: {"title": t, "title_ja": claim.titles_ja.get(k, ""), "url": u,
                      "read_on": r} for k, (t, u, r) in claim.citations.items()},
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


def _case_claim(args: argparse.Namespace) -> WageClaim:
    if args.terms or args.records or args.payslips:
        raise CliError("--case reads the case's stored files; give no --terms, --records or "
                       "--payslips with it (store them with 'wages import').")  # fmt: skip
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        details = service.get_case(service.case_id_for_ref(args.case))
    claim, wages = case_claim(details, args.until or date.today())
    if wages.problems:
        raise CliError(
            f"The wage data stored in {args.case} cannot be read: {wages.problems[0]}",
            ref=args.case,
            problem=wages.problems[0],
        )
    if claim is None:
        missing = "terms" if wages.terms is None else "work records"
        raise CliError(f"{args.case} has no {missing} yet; store them with 'wages import'.",
                       ref=args.case, missing=missing)  # fmt: skip
    return claim


def cmd_wages_calc(args: argparse.Namespace) -> int:
    check_out_args(args)
    if args.case:
        if args.out is not None and not (args.terms or args.records or args.payslips):
            return write_case_sheet(args)
        claim = _case_claim(args)
    else:
        if not args.terms or not args.records:
            raise CliError("Give --terms and --records, or --case REF.")
        terms = read_terms(args.terms)
        records = read_records(args.records)
        payslips = read_payslips(args.payslips) if args.payslips else {}
        claim = calculate(terms, records, payslips, shipped_law(), args.until or date.today())
        if args.out is not None:
            write_file_sheet(args.out, claim, terms, records)
            return 0
    if args.json:
        print(json.dumps(claim_json(claim), ensure_ascii=False, indent=1))
    else:
        _print_text(claim)
    return 0


def _file_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CliError(f"{path.name} is larger than {MAX_FILE_BYTES} bytes.", file=path.name,
                           max_bytes=MAX_FILE_BYTES)  # fmt: skip
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CliError(f"{path} does not exist.", file=str(path)) from None
    except UnicodeDecodeError:
        raise CliError(f"{path.name} is not UTF-8 text.", file=path.name) from None


def cmd_wages_import(args: argparse.Namespace) -> int:
    fields: dict[str, Any] = {}
    if args.terms:
        read_terms(args.terms)  # one line naming the file's problem, before the vault opens
        fields["terms"] = json.loads(_file_text(args.terms))
    if args.records:
        fields["records"] = _file_text(args.records)
    if args.payslips:
        fields["payslips"] = _file_text(args.payslips)
    if not fields:
        raise CliError("Give at least one of --terms, --records, --payslips.")
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        service.set_wages(service.case_id_for_ref(args.case), fields)
    print(f"Stored {', '.join(sorted(fields))} in {args.case}.")
    return 0


def cmd_wages_demand(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        service.record_demand_letter(service.case_id_for_ref(args.case), args.sent_on, args.note)
    print(f"Demand letter of {args.sent_on} recorded in {args.case}.")
    return 0


def add_wages_command(sub: Any, command: Command) -> None:
    """Add ``wages calc|import|complaint|draft|demand`` and ``deadlines`` (``sub``: the top-level
    subparsers, ``command``: adds a vault subcommand)."""
    add_deadlines_command(command)
    wages = sub.add_parser("wages", help="wage-claim estimates")
    wages_sub = wages.add_subparsers(dest="wages_command", metavar="COMMAND",
                                     parser_class=CliParser)  # fmt: skip
    wages_command = functools.partial(vault_command, wages_sub)
    p = wages_command("calc", cmd_wages_calc, _HELP)
    p.add_argument("--case", help="the case reference: use the files stored in it")
    p.add_argument("--terms", type=Path, help="employment terms, JSON")
    p.add_argument("--records", type=Path, help="day records, CSV")
    p.add_argument("--payslips", type=Path, help="payslips, CSV (without: nothing counted paid)")
    p.add_argument("--until", type=_date, help="interest and limitation as of this date (today)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--out", type=Path, help="write the calculation sheet (PDF) to this file")
    add_claim_command(wages_command, _date)
    p = wages_command("import", cmd_wages_import, _IMPORT_HELP)
    p.add_argument("--case", required=True, help="the case reference")
    p.add_argument("--terms", type=Path, help="employment terms, JSON")
    p.add_argument("--records", type=Path, help="day records, CSV")
    p.add_argument("--payslips", type=Path, help="payslips, CSV")
    add_complaint_command(wages_command)
    add_draft_command(wages_command)
    p = wages_command("demand", cmd_wages_demand, _DEMAND_HELP)
    p.add_argument("--case", required=True, help="the case reference")
    p.add_argument("--sent-on", type=_date, required=True, help="the day it was sent")
    p.add_argument("--note", default="Demand letter (催告) sent", help="the timeline note")
