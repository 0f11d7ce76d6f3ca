"""Headless commands from a file to an ADR matter: evidence, consent, matter, exhibits.

With ``adr-bundle`` (in :mod:`desktop.cli_documents`) they make the whole way from a
scanned payslip to a filing scriptable.  Each calls the same case services the window
uses and adds no rules of its own.  Every ``add`` prints the new record's id alone on
stdout (so a script can capture it) and a sentence on stderr; with ``--json`` it prints
one JSON object instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cases.model import ConsentMethod, ConsentPurpose, PartyRole
from desktop.cases.service import CaseDetails, CaseService
from desktop.cli_documents import evidence_ids_for, matter_id_for
from desktop.cli_support import CliError, unlocked_vault, vault_command

__all__ = ["add_evidence_commands"]


def _report(args: argparse.Namespace, record_id: str, sentence: str, data: dict[str, Any]) -> int:
    """The new id on stdout and a sentence on stderr, or one JSON object with --json."""
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
    else:
        print(record_id)
        print(sentence, file=sys.stderr)
    return 0


def cmd_evidence_add(args: argparse.Namespace) -> int:
    if args.file.is_dir():
        raise CliError(f"{args.file} is a folder; give one file.", file=args.file)
    fields = {"title": args.title, "source": args.source}
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        case_id = service.case_id_for_ref(args.case)
        evidence_id = service.add_evidence(
            case_id, args.file, {k: v for k, v in fields.items() if v}
        )
        record = next(e for e in service.get_case(case_id).evidence if e.entity_id == evidence_id)
    data = record.data
    return _report(
        args, evidence_id,
        f"Added {data['filename']} to case {args.case} as evidence 「{data['title']}」 "
        f"({data['size']} bytes, sha256 {data['sha256']}).",
        {"evidence_id": evidence_id, "case": args.case, "title": data["title"],
         "filename": data["filename"], "media_type": data["media_type"],
         "size": data["size"], "sha256": data["sha256"], "source": data.get("source")},
    )  # fmt: skip


def cmd_consent_add(args: argparse.Namespace) -> int:
    fields = {
        "purpose": args.purpose, "recipient": args.recipient, "scope": args.scope,
        "method": args.method, "given_on": (args.given_on or date.today()).isoformat(),
    }  # fmt: skip
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        case_id = service.case_id_for_ref(args.case)
        consent_id = service.add_consent(case_id, {k: v for k, v in fields.items() if v})
    return _report(
        args, consent_id,
        f"Recorded consent for {args.purpose} to {args.recipient} on case {args.case} "
        f"(given {fields['given_on']}).",
        {"consent_id": consent_id, "case": args.case, **{k: v for k, v in fields.items() if v}},
    )  # fmt: skip


def cmd_consent_form(args: argparse.Namespace) -> int:
    from desktop.documents.letters.consent_form import form_texts, write_consent_form

    if args.out.is_dir():
        raise CliError(f"{args.out} is a folder; give the PDF file to write.", file=args.out)
    texts = form_texts(args.lang)  # an unknown language is refused before the vault opens
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        case_id = service.case_id_for_ref(args.case)
        digest = write_consent_form(service, case_id, args.consent, args.lang, args.out)
    status = texts.info.review_status
    return _report(
        args, str(args.out),
        f"Wrote the consent form for case {args.case} in Japanese and {texts.info.name} "
        f"({status}) to {args.out} (sha256 {digest}).",
        {"file": str(args.out), "case": args.case, "consent_id": args.consent,
         "language": texts.info.code, "review_status": status, "sha256": digest},
    )  # fmt: skip


def _respondent(service: CaseService, view: CaseDetails, name: str, address: str | None) -> str:
    """The case's party of that name, or a new employer party; the address is kept up to date."""
    for party in view.parties:
        if not party.deleted and party.data.get("name") == name:
            if address and party.data.get("address") != address:
                service.update_party(party.entity_id, {"address": address})
            return party.entity_id
    fields = {"name": name, "role": PartyRole.EMPLOYER.value, "address": address}
    return service.add_party(view.case_id, {k: v for k, v in fields.items() if v})


def cmd_adr_new(args: argparse.Namespace) -> int:
    addresses = args.respondent_address or []
    if len(addresses) > len(args.respondent):
        raise CliError("More --respondent-address than --respondent; give one per respondent.")
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        case_id = service.case_id_for_ref(args.case)
        view = service.get_case(case_id)
        with vault.writing():  # the parties and the matter, or nothing
            respondents = [
                _respondent(service, view, name, addresses[i] if i < len(addresses) else None)
                for i, name in enumerate(args.respondent)
            ]
            fields = {"title": args.title, "respondents": respondents,
                      "relief_sought": args.claim, "amount_claimed": args.amount}  # fmt: skip
            matter_id = service.add_adr_matter(
                case_id, {k: v for k, v in fields.items() if v is not None}
            )
    return _report(
        args, matter_id,
        f"Added ADR matter 「{args.title}」 to case {args.case} against "
        f"{', '.join(args.respondent)}.",
        {"matter_id": matter_id, "case": args.case, "title": args.title,
         "respondents": [{"party_id": p, "name": n} for p, n in zip(respondents,
                                                                   args.respondent,
                                                                   strict=True)]},
    )  # fmt: skip


def cmd_adr_exhibit_add(args: argparse.Namespace) -> int:
    from desktop.documents.adr.matter import exhibit_of
    from desktop.documents.adr.sources import check_exhibit_evidence

    if bool(args.evidence) == args.described_only:
        raise CliError("Give either --evidence ID or --described-only (an exhibit with no file).")
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        view = service.get_case(service.case_id_for_ref(args.case))
        matter_id = matter_id_for(view, args.matter)
        fields: dict[str, Any] = {"purpose": args.purpose}
        note = None
        if args.evidence:
            evidence_id = evidence_ids_for(view, [args.evidence])[0]
            record = next(e for e in view.evidence if e.entity_id == evidence_id)
            fields |= {"evidence_id": evidence_id,
                       "title": args.title or record.data.get("title")}  # fmt: skip
        else:
            if not args.title:
                raise CliError("An exhibit described only needs --title.")
            fields["title"] = args.title
        with vault.writing():  # a file no bundle can include is refused, nothing recorded
            exhibit_id = service.add_exhibit(matter_id, {k: v for k, v in fields.items() if v})
            if args.evidence:
                note = check_exhibit_evidence(service, exhibit_id)
        exhibit = exhibit_of(
            next(e for e in service.get_case(view.case_id).exhibits if e.entity_id == exhibit_id)
        )
    if note and not args.json:
        print(f"note: {note}", file=sys.stderr)
    return _report(
        args, exhibit_id,
        f"Added {exhibit.label} 「{exhibit.title}」 to the matter.",
        {"exhibit_id": exhibit_id, "label": exhibit.label, "matter_id": matter_id,
         "title": exhibit.title, "evidence_id": fields.get("evidence_id"),
         "notes": [note] if note else []},
    )  # fmt: skip


def _exhibit_for(view: CaseDetails, matter_id: str, wanted: str) -> str:
    """An exhibit chosen by id, label (甲第3号証の2) or number (3, 3-2), as typed."""
    from desktop.documents.adr.matter import exhibit_of

    for record in view.exhibits_of(matter_id):
        exhibit = exhibit_of(record)
        number = f"{exhibit.number}-{exhibit.branch}" if exhibit.branch else str(exhibit.number)
        if wanted.strip() in (exhibit.exhibit_id, exhibit.label, number):
            return exhibit.exhibit_id
    raise CliError(f"No exhibit '{wanted}' in this matter (give its number, e.g. 3).",
                   wanted=wanted)  # fmt: skip


def cmd_adr_exhibit_attach(args: argparse.Namespace) -> int:
    from desktop.documents.adr.attach import attach_exhibit_file
    from desktop.documents.adr.matter import exhibit_of

    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        view = service.get_case(service.case_id_for_ref(args.case))
        matter_id = matter_id_for(view, args.matter)
        exhibit_id = _exhibit_for(view, matter_id, args.exhibit)
        evidence_id = evidence_ids_for(view, [args.evidence])[0]
        note = attach_exhibit_file(service, exhibit_id, evidence_id)
        exhibit = exhibit_of(
            next(e for e in service.get_case(view.case_id).exhibits if e.entity_id == exhibit_id)
        )
    if note and not args.json:
        print(f"note: {note}", file=sys.stderr)
    return _report(
        args, exhibit_id,
        f"{exhibit.label} 「{exhibit.title}」 now has its file; the bundle can include it.",
        {"exhibit_id": exhibit_id, "label": exhibit.label, "matter_id": matter_id,
         "evidence_id": evidence_id, "notes": [note] if note else []},
    )  # fmt: skip


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from None


def add_evidence_commands(sub: Any) -> None:
    """Register ``evidence``, ``consent`` and ``adr`` on the CLI's subparsers."""
    evidence = sub.add_parser("evidence", help="evidence files of a case")
    evidence_sub = evidence.add_subparsers(dest="evidence_command", metavar="COMMAND",
                                           parser_class=type(evidence))  # fmt: skip
    p = vault_command(evidence_sub, "add", cmd_evidence_add,
                      "store a file (encrypted) as evidence of a case; prints its id")  # fmt: skip
    p.add_argument("--case", required=True, help="case reference")
    p.add_argument("file", type=Path)
    p.add_argument("--title", help="what the file is (default: its name)")
    p.add_argument("--source", help="where it came from, e.g. 'scanned at desk'")
    p.add_argument("--json", action="store_true")

    consent = sub.add_parser("consent", help="the worker's consents")
    consent_sub = consent.add_subparsers(dest="consent_command", metavar="COMMAND",
                                         parser_class=type(consent))  # fmt: skip
    p = vault_command(consent_sub, "add", cmd_consent_add,
                      "record a consent the worker gave; prints its id")  # fmt: skip
    p.add_argument("--case", required=True, help="case reference")
    p.add_argument("--purpose", required=True,
                   help="one of: " + ", ".join(m.value for m in ConsentPurpose))  # fmt: skip
    p.add_argument("--recipient", required=True, help="who may receive the information")
    p.add_argument("--scope", help="what may be shared")
    p.add_argument("--method", help="one of: " + ", ".join(m.value for m in ConsentMethod))
    p.add_argument("--given-on", type=_date, help="date given (default: today)")
    p.add_argument("--json", action="store_true")
    p = vault_command(
        consent_sub,
        "form",
        cmd_consent_form,
        "print a consent as a form (同意書) in Japanese and the worker's language",
    )
    p.add_argument("--case", required=True, help="case reference")
    p.add_argument("--consent", required=True, help="the consent's id (as `consent add` printed)")
    p.add_argument("--lang", required=True, help="the worker's language, e.g. vi, th, ja-easy")
    p.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    p.add_argument("--json", action="store_true")

    adr = sub.add_parser("adr", help="ADR matters and their exhibits (see also adr-bundle)")
    adr_sub = adr.add_subparsers(dest="adr_command", metavar="COMMAND", parser_class=type(adr))
    p = vault_command(adr_sub, "new", cmd_adr_new, "add an ADR matter to a case; prints its id")
    p.add_argument("--case", required=True, help="case reference")
    p.add_argument("--title", required=True, help="e.g. 未払賃金等請求あっせん申立事件")
    p.add_argument("--respondent", required=True, action="append",
                   help="相手方 (repeat for several; a party of that name is reused)")  # fmt: skip
    p.add_argument("--respondent-address", action="append", help="相手方's address, in order")
    p.add_argument("--claim", help="申立ての趣旨 (the relief sought)")
    p.add_argument("--amount", type=int, help="the amount claimed in yen")
    p.add_argument("--json", action="store_true")
    exhibit = adr_sub.add_parser("exhibit", help="exhibits (甲号証) of a matter")
    exhibit_sub = exhibit.add_subparsers(dest="exhibit_command", metavar="COMMAND",
                                         parser_class=type(exhibit))  # fmt: skip
    p = vault_command(exhibit_sub, "add", cmd_adr_exhibit_add,
                      "add evidence to a matter as its next 甲号証; prints its id")  # fmt: skip
    p.add_argument("--case", required=True, help="case reference")
    p.add_argument("--matter", required=True, help="matter id or title")
    p.add_argument("--evidence", help="evidence id, title or file name")
    p.add_argument("--title", help="標目 (default: the evidence's title)")
    p.add_argument("--purpose", help="立証趣旨: what it proves")
    p.add_argument("--described-only", action="store_true",
                   help="an exhibit with no file, described in the statement only")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p = vault_command(exhibit_sub, "attach", cmd_adr_exhibit_attach,
                      "give a described-only exhibit its file (add the file with "
                      "'evidence add' first)")  # fmt: skip
    p.add_argument("--case", required=True, help="case reference")
    p.add_argument("--matter", help="matter id or title (needed when the case has several)")
    p.add_argument("--exhibit", required=True, help="exhibit number (3, 3-2), label or id")
    p.add_argument("--evidence", required=True, help="evidence id, title or file name")
    p.add_argument("--json", action="store_true")
