"""The ``wages complaint`` command: the labour standards office complaint (申告) draft.

Registered by :func:`desktop.cli_wages.add_wages_command`.  The draft and the worker's
copy are made by :mod:`desktop.documents.complaint`; this module reads arguments, checks
what can be checked before the vault opens, and prints where the files went.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cases.service import CaseService
from desktop.cli_documents import evidence_ids_for
from desktop.cli_support import CliError, Command, unlocked_vault

__all__ = ["add_complaint_command"]

_HELP = (
    "draft a complaint (申告) to the labour standards office from the case's wage claim, "
    "with a copy for the worker in their language; needs the worker's consent with purpose "
    "labour_complaint (docs/wages.md)"
)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from None


def cmd_wages_complaint(args: argparse.Namespace) -> int:
    from desktop.documents.complaint import (
        DEFAULT_COMPLAINT_FACTS,
        ComplaintRequest,
        write_complaint,
    )
    from desktop.documents.complaint.texts import worker_words

    if args.out.is_dir():
        raise CliError(f"{args.out} is a folder; give the PDF file to write.", file=args.out)
    words = worker_words(args.lang)  # an unknown language is refused before the vault opens
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        case_id = service.case_id_for_ref(args.case)
        evidence = evidence_ids_for(service.get_case(case_id), args.evidence or [])
        request = ComplaintRequest(
            case_id=case_id, language=args.lang, until=args.until, office=args.office or "",
            facts=args.fact if args.fact is not None else DEFAULT_COMPLAINT_FACTS,
            withhold_name=not args.name_to_employer, violations=args.violation,
            summary=args.summary or "", measures=args.measures or "",
            representative=args.representative or "", evidence_ids=evidence,
        )  # fmt: skip
        result = write_complaint(service, request, args.out)
    content = result.complaint.content
    report: dict[str, Any] = {
        "draft": str(result.draft_path), "worker_copy": str(result.worker_path),
        "case": args.case, "office": content.office, "language": words.info.code,
        "review_status": words.info.review_status,
        "rules_review_status": content.claim.review_status,
        "until": content.until.isoformat(),
        "violations": {k: str(v) for k, v in result.complaint.violations.items()},
        "total": str(content.total), "facts": [f.key for f in content.facts],
        "withhold_name": content.withhold_name,
        "draft_sha256": result.draft_sha256, "worker_sha256": result.worker_sha256,
    }  # fmt: skip
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(result.draft_path)
    print(result.worker_path)
    print(
        f"DRAFT to be checked by a person: ¥{content.total:,} named under "
        f"{len(content.violations)} article(s) as of {content.until} (estimate; rules "
        f"{content.claim.review_status}); worker's copy in {words.info.name} "
        f"({words.info.review_status})."
    )
    return 0


def add_complaint_command(wages_command: Command) -> None:
    """Add ``wages complaint`` (``wages_command``: adds a vault subcommand under ``wages``)."""
    from desktop.documents.complaint import FACT_KEYS, VIOLATION_RULES

    p = wages_command("complaint", cmd_wages_complaint, _HELP)
    p.add_argument("--case", required=True, help="the case reference")
    p.add_argument("--lang", required=True, help="language of the worker's copy (e.g. vi)")
    p.add_argument("--out", type=Path, required=True,
                   help="the draft PDF; the worker's copy is written beside it as "
                   "<name>-worker-<lang>.pdf")  # fmt: skip
    p.add_argument("--until", type=_date, help="figures as of this date (today)")
    p.add_argument("--office", help="the labour standards office, as the consent names it "
                   "(default: the consent's)")  # fmt: skip
    p.add_argument("--fact", action="append", choices=FACT_KEYS,
                   help="a worker fact to print (repeat; default: name and phone)")  # fmt: skip
    p.add_argument("--violation", action="append", choices=VIOLATION_RULES,
                   help="name only these violations (repeat; default: all found)")  # fmt: skip
    p.add_argument("--name-to-employer", action="store_true",
                   help="the worker agrees that the employer may learn their name "
                   "(default: anonymity requested, 匿名希望)")  # fmt: skip
    p.add_argument("--summary", help="the counselor's own words for 申告の内容")
    p.add_argument("--measures", help="求める措置 (default: the usual request)")
    p.add_argument("--representative", help="the employer's representative (代表者)")
    p.add_argument("--evidence", action="append",
                   help="evidence to list as 添付資料, by id or title (repeat)")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
