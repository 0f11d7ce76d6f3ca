"""Sync commands for the headless CLI (``desktop/cli.py`` cannot import ``sync``).

``main.py`` routes the names in :data:`SYNC_COMMANDS` here.  Same conventions as the
other commands: the passphrase from ``MADOGUCHI_PASSPHRASE`` or a prompt, one line on
stderr per error, exit codes as docs/cli.md plus 6 = the server could not be reached
(nothing was changed).
"""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from desktop.cases.service import CaseService
from desktop.cli_support import CliParser, run_command, unlocked_vault, vault_command
from desktop.errors import MadoguchiError
from sync.client import SyncClient, SyncReport, SyncUnavailableError

SYNC_COMMANDS = frozenset(
    {"enroll", "sync", "share", "unshare", "sync-status", "sync-verify", "sync-redownload"}
)
EXIT_OFFLINE = 6


def _report_lines(report: SyncReport) -> list[str]:
    lines = [
        f"sent {report.pushed} change(s)"
        + (f" ({report.duplicates} already there)" if report.duplicates else "")
        + f", received {report.pulled}",
    ]
    if report.blobs_uploaded or report.blobs_downloaded:
        lines.append(
            f"evidence files: {report.blobs_uploaded} sent, {report.blobs_downloaded} received"
        )
    if report.grants_received:
        lines.append(f"{report.grants_received} case key(s) received")
    if report.quarantined:
        lines.append(
            f"{report.quarantined} change(s) could not be opened and were set aside "
            "(see sync-status)"
        )
    if report.conflicts:
        lines.append(f"{report.conflicts} record(s) have conflicting edits to resolve")
    lines.extend(f"note: {p}" for p in report.problems)
    return lines


def cmd_enroll(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        result = SyncClient(vault).enroll(
            args.server, args.code, args.name or "Madoguchi", user_id=args.user
        )
        print(f"Enrolled with {result.org_name} as {result.user_id} ({result.role}).")
        print(f"Organisation key fingerprint: {result.org_fingerprint[:16]}…")
        if result.status != "approved":
            from desktop.identity import ensure_identity

            card = ensure_identity(vault).card
            print(
                f"Waiting for approval: ask your administrator to approve device "
                f"{result.device_id}; read them its key fingerprint {card.fingerprint_digits} "
                f"(hex {card.fingerprint[:16]}); 'admin approve' asks them to type it."
            )
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        report = SyncClient(vault).sync_once()
        if args.json:
            print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        else:
            print("\n".join(_report_lines(report)))
    return 0


def _case_id(vault_service: CaseService, ref: str) -> str:
    try:
        return vault_service.case_id_for_ref(ref)
    except MadoguchiError:
        vault_service.get_case(ref)  # a case id works too; NotFoundError otherwise
        return ref


def cmd_share(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        case_id = _case_id(CaseService(vault), args.case)
        count = SyncClient(vault).share_case(case_id, args.to, manage=args.manage)
        print(
            f"Shared case {args.case} with {args.to} ({count} key(s)); "
            "it reaches them after your next sync."
        )
    return 0


def cmd_unshare(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        case_id = _case_id(CaseService(vault), args.case)
        SyncClient(vault).revoke_grant(case_id, args.user)
        print(
            f"{args.user} no longer receives case {args.case}; its key was replaced. "
            "What they already received cannot be unseen: it stays on their device."
        )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        client = SyncClient(vault)
        status = client.status()
        quarantined = client.quarantine()
        if args.json:
            data = asdict(status) | {"quarantine": [asdict(q) for q in quarantined]}
            print(json.dumps(data, ensure_ascii=False, indent=2))
            return 0
        print(f"state: {status.state}")
        print(f"waiting to be sent: {status.pending}")
        print(f"records in conflict: {status.conflicts}")
        print(f"set aside (could not be opened): {status.quarantined}")
        if status.read_only_cases:
            print(f"read-only cases (access withdrawn): {status.read_only_cases}")
        print(f"last sync: {status.last_sync or 'never'}")
        if status.last_error:
            print(f"last error: {status.last_error}")
        for q in quarantined:
            print(f"  set aside: op {q.op_id} of case {q.case_id}: {q.reason}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        client = SyncClient(vault)
        differing = client.verify()
        if not differing:
            print("Every case matches the server.")
            return 0
        print(f"{len(differing)} case(s) differ from the server.")
        if args.repair:
            print("\n".join(_report_lines(client.repair(differing))))
            left = client.verify()
            print("Repaired." if not left else f"{len(left)} case(s) still differ.")
            return 0 if not left else 1
    return 1


def cmd_redownload(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        report = SyncClient(vault).full_redownload(args.backup)
        print(f"Backed up the vault to {args.backup}.")
        print("\n".join(_report_lines(report)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = CliParser(prog="madoguchi", description="Madoguchi sync commands.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    command = functools.partial(vault_command, sub)

    p = command("enroll", cmd_enroll, "enrol this vault with the sync server (one-time code)")
    p.add_argument("--server", required=True, help="e.g. https://sync.example.org")
    p.add_argument("--code", required=True, help="the enrolment code from your administrator")
    p.add_argument("--name", help="a name for this device, e.g. 'office laptop'")
    p.add_argument("--user", help="your user id (only before this vault has any changes)")
    p = command("sync", cmd_sync, "send and receive changes once")
    p.add_argument("--json", action="store_true")
    p = command("share", cmd_share, "give a colleague or lawyer access to a case")
    p.add_argument("--case", required=True, help="case reference or id")
    p.add_argument("--to", required=True, help="their user id")
    p.add_argument("--manage", action="store_true", help="they may manage it too (withdraw others)")
    p = command("unshare", cmd_unshare, "withdraw a user's access to a case (rotates its key)")
    p.add_argument("--case", required=True, help="case reference or id")
    p.add_argument("--from", dest="user", required=True, help="their user id")
    p = command("sync-status", cmd_status, "what is waiting, in conflict or set aside (offline)")
    p.add_argument("--json", action="store_true")
    p = command("sync-verify", cmd_verify, "compare every case with the server")
    p.add_argument("--repair", action="store_true", help="fetch and resend what differs")
    p = command("sync-redownload", cmd_redownload, "back up, then fetch everything again")
    p.add_argument("--backup", type=Path, required=True, help="an empty folder for the backup")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sync command; returns the exit code (6 when the server cannot be reached)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return run_command(
        args.func, args, extra_codes={SyncUnavailableError: EXIT_OFFLINE},
        cancelled="cancelled; what was already synced is kept.",
    )  # fmt: skip
