"""``wages calc --out FILE.pdf`` (the calculation sheet) and ``wages claim`` (use the
calculation as an ADR matter's claim).

Registered by :func:`desktop.cli_wages.add_wages_command`; the work is done by
:mod:`desktop.documents.wage_claim`, the same services the Wages tab uses.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cases.service import CaseService
from desktop.cli_documents import matter_id_for
from desktop.cli_support import CliError, unlocked_vault
from desktop.documents.pdf import write_bytes
from desktop.documents.wage_claim import save_calculation_sheet, use_as_claim
from desktop.documents.wage_sheet import ESTIMATE_LINE, SheetInputs, calculation_sheet_pdf
from desktop.wages.calculator import WageClaim
from desktop.wages.inputs import Terms, WorkRecord
from desktop.wages.law import shipped_law

__all__ = ["add_claim_command", "check_out_args", "write_case_sheet", "write_file_sheet"]

_CLAIM_HELP = (
    "use a case's wage calculation as the claim of one of its ADR matters: the amount "
    "claimed (the principal; interest runs on), the amount in the relief sought, and the "
    "calculation sheet as an exhibit (running it again replaces that exhibit's sheet)"
)


def _estimate(status: str) -> str:
    return f"ESTIMATE to be checked by a person ({ESTIMATE_LINE}): rules {status}."


def write_case_sheet(args: argparse.Namespace) -> int:
    """``wages calc --case REF --out FILE.pdf``: the sheet of what the case stores."""
    until = args.until or date.today()
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        saved = save_calculation_sheet(service, service.case_id_for_ref(args.case), until, args.out)
    print(
        f"Wrote the calculation sheet of {args.case} to {saved.path} "
        f"(claimable ¥{saved.claimable:,} as of {until}; sha256 {saved.sha256})."
    )
    print(_estimate(shipped_law().review_status))
    return 0


def write_file_sheet(out: Path, claim: WageClaim, terms: Terms, records: list[WorkRecord]) -> None:
    """``wages calc --terms … --records … --out FILE.pdf``: no vault, nothing audited."""
    pdf = calculation_sheet_pdf(SheetInputs(claim, terms, records, shipped_law()))
    digest = write_bytes(out, pdf)
    print(
        f"Wrote the calculation sheet to {out} (claimable ¥{claim.totals['claimable']:,} "
        f"as of {claim.until}; sha256 {digest})."
    )
    print(_estimate(claim.review_status))


def cmd_wages_claim(args: argparse.Namespace) -> int:
    until = args.until or date.today()
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        view = service.get_case(service.case_id_for_ref(args.case))
        used = use_as_claim(service, matter_id_for(view, args.matter), until)
    action = "replaced the sheet of" if used.replaced else "added"
    print(
        f"{args.case}: amount claimed ¥{used.amount:,} (principal as of {until}; interest "
        f"to that day ¥{used.interest:,} is on the sheet only); {action} {used.exhibit_label} "
        f"「賃金計算書（概算）」."
    )
    if used.relief_updated:
        print("The amount in the relief sought (申立ての趣旨) was rewritten to match.")
    else:
        why = {
            "no amount": "it names no amount",
            "several amounts": "it names several amounts",
        }.get(used.relief_note or "", "")
        print(f"The relief sought (申立ての趣旨) was left as it was ({why}); check it.")
    print(_estimate(shipped_law().review_status))
    return 0


def add_claim_command(wages_command: Callable[..., Any], date_type: Callable[[str], date]) -> None:
    p = wages_command("claim", cmd_wages_claim, _CLAIM_HELP)
    p.add_argument("--case", required=True, help="the case reference")
    p.add_argument("--matter", help="the ADR matter's id or title (needed if there are several)")
    p.add_argument("--until", type=date_type, help="claim and interest as of this date (today)")


def check_out_args(args: argparse.Namespace) -> None:
    if args.out is not None and args.json:
        raise CliError("Give either --json or --out, not both.")
