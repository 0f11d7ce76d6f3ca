"""Headless commands: the same services the UI uses, for IT staff, backups and tests.

Every error is one clear line on stderr and a non-zero exit, never a traceback.
Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase, 4 ``check`` found problems,
5 vault busy, 130 cancelled.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from desktop import __version__
from desktop.cases.export import EXPORT_VERSION, export_json
from desktop.cases.search import CaseFilter
from desktop.cases.service import CaseService
from desktop.cli_backup import add_backup_commands
from desktop.cli_device_key import add_device_key_commands
from desktop.cli_documents import add_document_commands, write_recovery_sheet
from desktop.cli_evidence import add_evidence_commands
from desktop.cli_stats import STATS_COMMANDS, add_stats_command
from desktop.cli_support import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    CliError,
    CliParser,
    ask_secret,
    default_vault_dir,
    run_command,
    unlocked_vault,
    vault_command,
)
from desktop.cli_wages import add_wages_command
from desktop.demo_vault import DEMO_OFFICE, DEMO_PASSPHRASE, demo_vault_dir
from desktop.errors import DiskFullError, NoWritePermissionError, ReadOnlyMediumError, StorageError
from desktop.store.check import check_vault
from desktop.store.format import FORMAT_VERSION
from desktop.store.vault import Vault
from desktop.vaults import create_vault, open_vault, reset_passphrase


def _print_recovery_key(key: str, out: TextIO) -> None:
    print("\nRECOVERY KEY — shown only this once. Write it down or print it and keep it", file=out)
    print("somewhere safe, away from this computer. It unlocks the vault if the", file=out)
    print("passphrase is forgotten.\n", file=out)
    print(f"    {key}\n", file=out)


# -- commands ------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    passphrase = ask_secret(ENV_PASSPHRASE, "New passphrase", confirm=True)
    vault, recovery = create_vault(
        args.vault, passphrase, office_code=args.office, device_code=args.device,
        user_id=args.user,
    )  # fmt: skip
    with vault:
        print(f"Created a vault in {args.vault}")
        _print_recovery_key(recovery, sys.stdout)
        if args.recovery_sheet:
            write_recovery_sheet(args.recovery_sheet, recovery, vault)
            print(f"Recovery sheet: {args.recovery_sheet} (print it, then delete the file)")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.cases.demo import add_demo_cases

    # The app's own demo vault opens with the passphrase its unlock page shows; a demo vault
    # elsewhere (--vault) gets a passphrase like any vault.
    demo_home = args.vault == demo_vault_dir()
    if not (args.vault / "vault.db").exists():
        passphrase = (
            DEMO_PASSPHRASE
            if demo_home
            else ask_secret(ENV_PASSPHRASE, "New passphrase", confirm=True)
        )
        vault, recovery = create_vault(
            args.vault,
            passphrase,
            office_code=DEMO_OFFICE,
            user_id="demo" if demo_home else "counselor",
        )
        print(f"Created a demo vault in {args.vault}")
        if not demo_home:
            _print_recovery_key(recovery, sys.stdout)
    elif demo_home:
        vault = open_vault(args.vault)
        try:
            vault.unlock(DEMO_PASSPHRASE)
        except BaseException:
            vault.close()
            raise
    else:
        vault = unlocked_vault(args.vault)
        if vault.device.office_code != DEMO_OFFICE:
            # Synthetic people must never mix with real ones: demo data goes only into a vault
            # that was made for it (its references start with DEMO-).
            vault.close()
            raise CliError(
                f"{args.vault} is a real vault, not a demo vault; demo data goes only into a "
                "demo vault (leave out --vault to use the demo vault).",
                vault=args.vault,
            )
    from desktop.documents.demo import add_demo_documents
    from desktop.safety.demo import add_demo_safety
    from desktop.safety.records import SafetyService
    from desktop.wages.demo import add_demo_wages

    with vault:
        service = CaseService(vault)
        # One commit for all of it: a full disk leaves the vault as it was, not half a demo.
        with vault.writing():
            count = add_demo_cases(service, args.cases, seed=args.seed,
                                   with_evidence=not args.no_files)  # fmt: skip
            responses = add_demo_safety(SafetyService(service), seed=args.seed,
                                        today=date.today())  # fmt: skip
            matters = add_demo_documents(service, today=date.today(),
                                         with_files=not args.no_files)  # fmt: skip
            wages = add_demo_wages(service, today=date.today(), seed=args.seed)
        _snapshot_or_warn(vault)
    print(f"Added {count} synthetic cases, {responses} anonymous Safety responses, "
          f"{matters} ADR matters with referrals and wage records in {wages} cases "
          f"(seed {args.seed}).")  # fmt: skip
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.cases.importer import read_cases  # openpyxl: only this command needs it

    rows = read_cases(args.file)  # validates every row before anything is written
    digest = hashlib.sha256(args.file.read_bytes()).hexdigest()
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        possible: list[str] = []
        with vault.writing():
            for row in rows:
                if service.find_duplicates(row.worker, limit=1):
                    possible.append(str(row.row))
                service.create_case(row.worker, case=row.case, topics=row.topics, note=row.note)
            vault.record_audit("import", details={"rows": len(rows), "sha256": digest})
        print(f"Imported {len(rows)} cases.")
        _snapshot_or_warn(vault)
    if possible:
        shown = ", ".join(possible[:20]) + (" …" if len(possible) > 20 else "")
        print(f"Possible duplicates of cases already in the vault: rows {shown}. "
              "Review them with 'search'.")  # fmt: skip
    return 0


def _snapshot_or_warn(vault: Vault) -> None:
    """Seal a snapshot after a large commit; if the disk refuses it, say so and go on.

    The commit is already durable (the snapshot only speeds up the next unlock), so a
    refusal here must not read as a failed import: a re-run would duplicate every case.
    """
    try:
        vault.snapshot()
    except StorageError as error:
        cause = {
            DiskFullError: "the disk is full",
            ReadOnlyMediumError: "the vault is on a read-only medium",
            NoWritePermissionError: "no permission to write the vault file",
        }.get(type(error), "the disk reported an error")
        print(f"madoguchi: warning: the changes are saved, but {cause}, so the snapshot that "
              "speeds up unlocking was not updated.", file=sys.stderr)  # fmt: skip


def cmd_export(args: argparse.Namespace) -> int:
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError("The export is unencrypted; add --yes to confirm.")
        answer = input(
            f"The export in {args.out} will be UNENCRYPTED and readable by anyone who gets "
            "the file. Continue? [y/N] "
        )
        if answer.strip().lower() not in {"y", "yes"}:
            print("Nothing exported.")
            return 1
    with unlocked_vault(args.vault) as vault:
        count = export_json(CaseService(vault), args.out)
    print(f"Exported {count} cases to {args.out} (format {EXPORT_VERSION}).")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        report = check_vault(vault)
    if args.json:
        print(json.dumps(report.to_json(), indent=1))
    elif report.ok:
        counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in report.counts.items())
        print(f"Vault OK ({counts}).")
    else:
        for problem in report.problems:
            print(str(problem))
    if not report.ok:
        if not args.json:
            print(f"{len(report.problems)} problem(s) found.", file=sys.stderr)
        return 4
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        new = ask_secret(ENV_NEW_PASSPHRASE, "New passphrase", confirm=True)
        vault.change_passphrase(new)
    print("Passphrase changed.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    with open_vault(args.vault) as vault:
        vault.unlock_with_recovery_key(ask_secret(ENV_RECOVERY_KEY, "Recovery key"))
        new = ask_secret(ENV_NEW_PASSPHRASE, "New passphrase", confirm=True)
        fresh = reset_passphrase(vault, new)
        print("Passphrase reset. The old recovery key no longer works; here is the new one.")
        _print_recovery_key(fresh, sys.stdout)
        if args.recovery_sheet:
            write_recovery_sheet(args.recovery_sheet, fresh, vault)
            print(f"Recovery sheet: {args.recovery_sheet} (print it, then delete the file)")
    return 0


def cmd_new_recovery_key(args: argparse.Namespace) -> int:
    """Replace the recovery key while the passphrase works (e.g. its slot was found damaged,
    or the sheet was lost): the old key stops working."""
    with unlocked_vault(args.vault) as vault:
        fresh = vault.new_recovery_key()
        print("New recovery key made. The old one no longer works; here is the new one.")
        _print_recovery_key(fresh, sys.stdout)
        if args.recovery_sheet:
            write_recovery_sheet(args.recovery_sheet, fresh, vault)
            print(f"Recovery sheet: {args.recovery_sheet} (print it, then delete the file)")
    return 0


def cmd_shred(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        case_id = service.case_id_for_ref(args.ref)
        if not args.yes:
            if not sys.stdin or not sys.stdin.isatty():
                raise CliError("Shredding cannot be undone; add --yes to confirm.")
            answer = input(f"Shred case {args.ref} for good? Type the reference to confirm: ")
            if answer.strip() != args.ref:
                print("Nothing shredded.")
                return 1
        service.shred_case(case_id)
    print(f"Case {args.ref} shredded: its key is destroyed and its records cannot be read.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with unlocked_vault(args.vault) as vault:
        flt = CaseFilter(
            text=args.text or "",
            statuses=tuple(args.status or ()),
            topics=tuple(args.topic or ()),
            assignee=args.assignee,
            due_on_or_before=args.due_by,
            expiry_on_or_before=args.expiry_by,
            limit=args.limit,
        )
        rows = CaseService(vault).list_cases(flt)
    if args.json:
        print(json.dumps([row._asdict() for row in rows], ensure_ascii=False, indent=1))
    else:
        for row in rows:
            name = row.full_name or row.name_katakana
            print(f"{row.ref}\t{row.status}\t{name}\t{row.summary[:60]}")
        print(f"{len(rows)} case(s).", file=sys.stderr)
    return 0


def cmd_safety_languages(args: argparse.Namespace) -> int:
    from desktop.safety.questionnaire import load_shipped

    questionnaire = load_shipped()
    rows = [
        {
            "language": c.language,
            "name": c.name,
            "review_status": c.review_status,
            "present": c.present,
            "total": c.total,
            "complete": round(c.fraction * 100, 1),
        }
        for c in questionnaire.completeness().values()
    ]
    if args.json:
        print(json.dumps({"questionnaire": questionnaire.id, "version": questionnaire.version,
                          "languages": rows}, ensure_ascii=False, indent=1))  # fmt: skip
    else:
        print(f"{questionnaire.id} v{questionnaire.version}")
        for row in rows:
            print(f"{row['language']:6} {row['name']:16} {row['complete']:6.1f}%  "
                  f"{row['present']}/{row['total']}  {row['review_status']}")  # fmt: skip
    return 0


def cmd_safety_report(args: argparse.Namespace) -> int:
    from desktop.safety.aggregate import REASON_OVERLAPS_PUBLISHED
    from desktop.safety.records import SafetyService
    from desktop.safety.report import write_company_report

    if args.out.suffix.lower() != ".pdf":
        raise CliError("The report file must end in .pdf (the CSV is written next to it).")
    with unlocked_vault(args.vault) as vault:
        report = write_company_report(
            SafetyService(CaseService(vault)), employer=args.employer,
            establishment=args.establishment or None, start=args.date_from, end=args.date_to,
            out_pdf=args.out, k=args.k,
        )  # fmt: skip
    period = f"{report.period_start.isoformat()} to {report.period_end.isoformat()}"
    if report.total is None and REASON_OVERLAPS_PUBLISHED in report.suppressed_reasons:
        print(f"Refused: {period} overlaps a report already published for this employer; "
              "the files written show no figures.")  # fmt: skip
    elif report.total is None:
        print(f"Fully suppressed: fewer than {report.k} consented responses for {period}; "
              "the files written show no figures.")  # fmt: skip
    else:
        print(f"Report for {period} ({report.total} responses).")
    print(f"PDF: {args.out}")
    print(f"CSV: {args.out.with_suffix('.csv')}")
    return 0


# -- parser --------------------------------------------------------------------
def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from None


COMMANDS = frozenset(
    {"init", "demo", "import", "export", "check", "passwd", "recover", "new-recovery-key",
     "shred", "safety", "search", "letter", "adr-bundle", "case-summary", "packet", "keys",
     "device-key", "backup", "restore", "evidence", "consent", "adr", "wages", "deadlines"}
) | STATS_COMMANDS  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = CliParser(prog="madoguchi", description="Madoguchi case log (headless commands).")
    parser.add_argument(
        "--version",
        action="version",
        version=f"Madoguchi {__version__} (vault format {FORMAT_VERSION})",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    command = functools.partial(vault_command, sub)

    p = command("init", cmd_init, "create a new vault")
    p.add_argument("--office", default="MDG", help="office code used in reference numbers")
    p.add_argument("--device", default=None, help="device code used in reference numbers")
    p.add_argument("--recovery-sheet", type=Path, help="also write the printable recovery sheet")
    p.add_argument(
        "--user", default="counselor",
        help="your user id: the author of every change (sync needs one per person)",
    )  # fmt: skip
    p = command("demo", cmd_demo, "add synthetic cases to the demo vault (made if needed)")
    p.set_defaults(vault=demo_vault_dir())  # never the real vault unless --vault names one
    p.add_argument("--cases", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--no-files", action="store_true", help="skip the small evidence files")
    p = command("import", cmd_import, "import cases from a .csv or .xlsx file, all or nothing")
    p.add_argument("file", type=Path)
    p = command("export", cmd_export, "write every case to an (unencrypted) JSON file")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--yes", action="store_true", help="confirm the unencrypted export")
    p = command("check", cmd_check, "verify integrity, authentication and the audit chain")
    p.add_argument("--json", action="store_true")
    command("passwd", cmd_passwd, "change the passphrase")
    p = command("recover", cmd_recover, "reset a forgotten passphrase with the recovery key")
    p.add_argument("--recovery-sheet", type=Path, help="also write the new recovery sheet")
    p = command("new-recovery-key", cmd_new_recovery_key,
                "replace the recovery key (unlocks with the passphrase)")  # fmt: skip
    p.add_argument("--recovery-sheet", type=Path, help="also write the new recovery sheet")
    p = command("shred", cmd_shred, "destroy a case for good (its key is deleted)")
    p.add_argument("ref", help="the case reference, e.g. MDG-A1B2-2026-00001")
    p.add_argument("--yes", action="store_true")
    safety = sub.add_parser("safety", help="Safety self-diagnosis records")
    safety_sub = safety.add_subparsers(dest="safety_command", metavar="COMMAND",
                                       parser_class=CliParser)  # fmt: skip
    p = safety_sub.add_parser("languages", help="completeness and review status per language")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_safety_languages)
    p = safety_sub.add_parser("report", help="company feedback report (PDF + CSV), k-anonymous")
    p.add_argument("--vault", type=Path, default=default_vault_dir(), help="vault folder")
    p.add_argument("--employer", required=True)
    p.add_argument("--establishment")
    p.add_argument("--from", dest="date_from", type=_date, required=True)
    p.add_argument("--to", dest="date_to", type=_date, required=True)
    p.add_argument("--out", type=Path, required=True, help="the PDF to write")
    p.add_argument("--k", type=int, default=5, help="minimum group size (5 or more)")
    p.set_defaults(func=cmd_safety_report)
    p = command("search", cmd_search, "list cases matching text and filters")
    p.add_argument("text", nargs="?")
    p.add_argument("--status", action="append")
    p.add_argument("--topic", action="append")
    p.add_argument("--assignee")
    p.add_argument("--due-by", type=_date)
    p.add_argument("--expiry-by", type=_date)
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")
    add_document_commands(sub, command)
    add_evidence_commands(sub)
    add_stats_command(command)
    add_device_key_commands(sub)
    add_backup_commands(sub)
    add_wages_command(sub, command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return run_command(args.func, args)
