"""The ``wages draft`` command: work records drafted from a case's timeline entries.

Without ``--accept`` it only prints the drafts (each with the entry it came from and how
it compares with the case's records); ``--accept`` adds them, all or the keys named,
and a day the case records differently is replaced only when ``--replace DAY`` names it.
Registered by :func:`desktop.cli_wages.add_wages_command`.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from desktop.cases.service import CaseService
from desktop.cases.wage_drafts import add_drafted_records, drafts_for_case
from desktop.cli_support import CliError, Command, unlocked_vault
from desktop.wages.timeline_drafts import DIFFERS, SAME, Draft, DraftSheet, MergeResult

__all__ = ["add_draft_command"]

_HELP = (
    "work records drafted from the case's timeline entries that state a day and a start and "
    "end time (e.g. '3月3日 8:00〜23:00', 'on 3 March 8am to 11pm'); printed only, unless "
    "--accept adds them to the case's work records"
)
_REASONS = {
    "no_day": "no day is given for these times",
    "habit": "speaks of habit (every day, usually), not of one day",
    "appointment": "an appointment (meeting, call, visit), not a shift",
    "period": "a period of several days, not one day",
    "future": "the day is after the entry was written",
    "unusable": "a time that cannot be used (e.g. a shift longer than a day)",
}


def _cli_key(key: str, width: int | None = None) -> str:
    """A draft's key as the command prints and takes it: "N@ENTRY" (the draft's number, then
    the entry id, or its first ``width`` characters).  The number comes first because an
    entry id may begin with "-", which the option parser takes for an option."""
    entry, _, n = key.partition("#")
    return f"{n}@{entry[:width]}"


def _short(key: str) -> str:
    return _cli_key(key, 8)


def _resolve(keys: list[str], sheet: DraftSheet) -> list[str]:
    """Full keys for those typed ("N@" and an entry id's first characters, as printed)."""
    chosen = []
    for typed in keys:
        n, _, entry = typed.partition("@")
        hits = [d.key for d in sheet.drafts
                if d.key.endswith(f"#{n}") and entry and d.entry_id.startswith(entry)]  # fmt: skip
        if len(hits) != 1:
            raise CliError(f"'{typed}' names no single draft; use a key as printed.", key=typed)
        chosen.append(hits[0])
    return chosen


def _status(draft: Draft) -> str:
    if draft.status == SAME:
        return "already recorded"
    if draft.status == DIFFERS:
        held = ", ".join(f"{r[1]}-{r[2]}" for r in draft.existing)
        return f"differs from the record on file ({held})"
    return "new"


def _draft_json(draft: Draft) -> dict[str, Any]:
    s = draft.shift
    return {
        "key": _cli_key(draft.key), "date": s.day.isoformat(), "start": s.start, "end": s.end,
        "break_minutes": s.break_minutes, "break_start": s.break_start,
        "status": draft.status, "existing": [list(r) for r in draft.existing],
        "disputed": draft.disputed,
        "entry": {"id": draft.entry_id, "day": draft.entry_day.isoformat(), "text": s.text},
    }  # fmt: skip


def _result_json(result: MergeResult) -> dict[str, Any]:
    return {
        "added": [_cli_key(d.key) for d in result.added],
        "already": [_cli_key(d.key) for d in result.already],
        "replaced_days": [d.isoformat() for d in result.replaced_days],
        "kept_days": [d.isoformat() for d in result.kept_days],
        "disputed_days": [d.isoformat() for d in result.disputed_days],
    }


def _print_sheet(ref: str, sheet: DraftSheet) -> None:
    if not sheet.drafts:
        print(f"No timeline entry of {ref} states a day with start and end times.")
    else:
        print(f"Work records drafted from the timeline of {ref} (check each against the entry):")
    for d in sheet.drafts:
        s = d.shift
        pause = "break not stated" if s.break_minutes is None else f"break {s.break_minutes} min"
        if s.break_start:
            pause += f" from {s.break_start}"
        dispute = "; another entry says otherwise" if d.disputed else ""
        print(f"  {_short(d.key)}  {s.day}  {s.start}-{s.end}  {pause}  [{_status(d)}{dispute}]")
        print(f"      entry of {d.entry_day}: {s.text}")
    for entry_id, day, missed in sheet.unplaced:
        print(f"  not drafted ({_REASONS.get(missed.reason, missed.reason)}): entry of {day} "
              f"({entry_id[:8]}): {missed.text}")  # fmt: skip


def _print_result(ref: str, result: MergeResult) -> None:
    print(f"Added {len(result.added)} work record(s) to {ref}.")
    if result.replaced_days:
        print("Replaced the records of: " + ", ".join(map(str, result.replaced_days)))
    if result.already:
        print(f"{len(result.already)} already recorded the same way; left as they are.")
    if result.kept_days:
        print("Not added, the case records these days differently (add --replace DAY to "
              "replace them): " + ", ".join(map(str, result.kept_days)))  # fmt: skip
    if result.disputed_days:
        print("Not added, the accepted drafts disagree (accept only one of them): "
              + ", ".join(map(str, result.disputed_days)))  # fmt: skip


def cmd_wages_draft(args: argparse.Namespace) -> int:
    if args.replace and args.accept is None:
        raise CliError("--replace only goes with --accept.")
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        case_id = service.case_id_for_ref(args.case)
        sheet = drafts_for_case(service, case_id)
        result = None
        if args.accept is not None:
            keys = _resolve(args.accept, sheet) if args.accept else [d.key for d in sheet.drafts]
            result = add_drafted_records(service, case_id, keys, set(args.replace or ()))
    if args.json:
        out: dict[str, Any] = {
            "case": args.case,
            "drafts": [_draft_json(d) for d in sheet.drafts],
            "not_drafted": [
                {"entry": e, "day": day.isoformat(), "reason": m.reason, "text": m.text}
                for e, day, m in sheet.unplaced
            ],
        }
        if result is not None:
            out["accepted"] = _result_json(result)
        print(json.dumps(out, ensure_ascii=False, indent=1))
    elif result is not None:
        _print_result(args.case, result)
    else:
        _print_sheet(args.case, sheet)
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2025-03-03") from None


def add_draft_command(wages_command: Command) -> None:
    """Add ``wages draft`` (``wages_command``: adds a vault subcommand under ``wages``)."""
    p = wages_command("draft", cmd_wages_draft, _HELP)
    p.add_argument("--case", required=True, help="the case reference")
    p.add_argument("--accept", nargs="*", metavar="KEY",
                   help="add the drafts to the case's work records: all of them, or the "
                   "keys named (as printed)")  # fmt: skip
    p.add_argument("--replace", nargs="+", type=_day, metavar="DAY",
                   help="with --accept: replace the case's records of these days "
                   "(otherwise a day already recorded differently is left as it is)")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print the drafts (and result) as JSON")
