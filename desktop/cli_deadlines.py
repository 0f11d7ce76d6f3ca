"""The ``deadlines`` command: the legal clock of every case, printed or as JSON.

Registered by :func:`desktop.cli_wages.add_wages_command`; the computing is in
:mod:`desktop.deadlines`.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cases.service import CaseService
from desktop.cli_support import CliError, Command, unlocked_vault
from desktop.deadlines import Deadline, claims_at_risk, deadlines

__all__ = ["add_deadlines_command"]

_HELP = (
    "what each case must not miss: wage claims expiring (pay date + 3 years, held off six "
    "months by a demand letter) with the amount at risk, residence card expiry and the "
    "renewal window (from three months before), ADR sessions and task due dates"
)
_LABELS = {
    "wage_claim": "wage claim expires", "residence_expiry": "residence card expires",
    "residence_renewal_opens": "renewal window opens", "adr_session": "ADR session",
    "task": "task due",
}  # fmt: skip


def deadline_json(item: Deadline) -> dict[str, Any]:
    return {
        "ref": item.ref, "kind": item.kind, "on": item.on.isoformat(), "detail": item.detail,
        "amount_at_risk": None if item.amount_at_risk is None else str(item.amount_at_risk),
        "overdue": item.overdue,
    }  # fmt: skip


def cmd_deadlines(args: argparse.Namespace) -> int:
    if args.within < 0:
        raise CliError("--within must be 0 or more days.")
    with unlocked_vault(args.vault) as vault:
        items = deadlines(CaseService(vault), args.within)
    if args.json:
        print(json.dumps([deadline_json(d) for d in items], ensure_ascii=False, indent=1))
        return 0
    for item in items:
        money = f"  ¥{item.amount_at_risk:,} at risk (estimate)" if item.amount_at_risk else ""
        late = "  OVERDUE" if item.overdue else ""
        detail = f"  {item.detail}" if item.detail else ""
        print(f"{item.on}  {item.ref}  {_LABELS[item.kind]}{detail}{money}{late}")
    count, amount = claims_at_risk(items, args.within)
    print(f"{len(items)} deadlines within {args.within} days; {count} wage-claim periods "
          f"expiring, ¥{amount:,} at risk (estimate).")  # fmt: skip
    return 0


def add_deadlines_command(command: Command) -> None:
    p = command("deadlines", cmd_deadlines, _HELP)
    p.add_argument("--within", type=int, default=30, help="days ahead to look (30)")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
