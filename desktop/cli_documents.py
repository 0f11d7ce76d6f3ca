"""Headless document commands: letters, ADR bundles, sealed packets, keys, case summaries.

Registered by :func:`desktop.cli.build_parser`; each command unlocks the vault,
calls the same document services the UI uses, and prints where the files went.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.cases.model import DEFAULT_FACTS, REFERRAL_FACTS, RecipientType
from desktop.cases.service import CaseDetails, CaseService
from desktop.cli_support import CliError, Command, unlocked_vault, vault_command
from desktop.errors import ExhibitPasswordError, NotFoundError

__all__ = ["add_document_commands", "evidence_ids_for", "matter_id_for"]


def evidence_ids_for(view: CaseDetails, wanted: list[str]) -> list[str]:
    """Evidence chosen by id, title or file name (as a counselor would type it)."""
    out = []
    for item in wanted:
        match = [
            e.entity_id for e in view.evidence
            if item in (e.entity_id, e.data.get("title"), e.data.get("filename"))
        ]  # fmt: skip
        if not match:
            raise NotFoundError(
                f"No evidence '{item}' on case {view.ref}.", item=item, ref=view.ref
            )
        out.append(match[0])
    return out


def cmd_letter(args: argparse.Namespace) -> int:
    from desktop.documents.letters import LetterRequest, write_letter

    facts = args.fact or list(DEFAULT_FACTS)
    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        case_id = service.case_id_for_ref(args.case)
        evidence = evidence_ids_for(service.get_case(case_id), args.evidence or [])
        request = LetterRequest(
            case_id=case_id, recipient_type=args.template, recipient=args.to,
            language=args.lang, facts=facts, evidence_ids=evidence,
            requested_action=args.action, recipient_address=args.address or "",
        )  # fmt: skip
        result = write_letter(service, request, args.out)
    for path in result.paths:
        print(path)
    print(f"Recorded referral to {args.to} (draft); mark it sent when it leaves.", file=sys.stderr)
    return 0


def _exhibit_id_for(view: CaseDetails, matter_id: str, label: str) -> str:
    from desktop.documents.adr import exhibit_label

    for exhibit in view.exhibits_of(matter_id):
        branch = exhibit.data.get("branch")
        if exhibit_label(int(exhibit.data["number"]), int(branch) if branch else None) == label:
            return exhibit.entity_id
    raise CliError(f"No exhibit {label} in this matter.", label=label)


def matter_id_for(view: CaseDetails, wanted: str | None) -> str:
    matters = [m for m in view.adr_matters if not m.deleted]
    if wanted:
        for matter in matters:
            if wanted in (matter.entity_id, matter.data.get("title")):
                return matter.entity_id
        raise NotFoundError(
            f"No ADR matter '{wanted}' on case {view.ref}.", wanted=wanted, ref=view.ref
        )
    if not matters:
        raise NotFoundError(f"Case {view.ref} has no ADR matter; add one first.", ref=view.ref)
    if len(matters) > 1:
        titles = ", ".join(str(m.data.get("title")) for m in matters)
        raise CliError(
            f"Case {view.ref} has several ADR matters ({titles}); choose with --matter.",
            ref=view.ref,
            titles=titles,
        )
    return matters[0].entity_id


PASSWORD_TRIES = 3  # at a terminal, a mistyped exhibit password is asked again


def _ask_password(label: str, tries: dict[str, int], exhibit_id: str, wrong: bool) -> str:
    """Ask at the terminal; after PASSWORD_TRIES wrong answers, stop with one line."""
    if wrong and tries.get(exhibit_id, 0) >= PASSWORD_TRIES:
        raise CliError(
            f"{label}: {PASSWORD_TRIES} wrong passwords; no bundle was made. Check the password "
            "with whoever sent the file, or remove the protection.",
            label=label,
            tries=PASSWORD_TRIES,
        )
    if wrong:
        left = PASSWORD_TRIES - tries[exhibit_id]
        print(f"That password does not open {label}; try again ({left} left).", file=sys.stderr)
    tries[exhibit_id] = tries.get(exhibit_id, 0) + 1
    return getpass.getpass(f"Password for {label}: ")


def cmd_adr_bundle(args: argparse.Namespace) -> int:
    from desktop.documents.adr import build_bundle

    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        view = service.get_case(service.case_id_for_ref(args.case))
        matter_id = matter_id_for(view, args.matter)
        passwords: dict[str, str] = {}
        tries: dict[str, int] = {}
        while True:
            try:
                result = build_bundle(service, matter_id, args.out, passwords=passwords,
                                      keep_page_sizes=args.keep_page_sizes,
                                      split=args.split)  # fmt: skip
                break
            except ExhibitPasswordError as exc:
                exhibit_id = _exhibit_id_for(view, matter_id, exc.label)
                wrong = exhibit_id in passwords
                if not sys.stdin or not sys.stdin.isatty():
                    said = " (the password given was wrong)" if wrong else ""
                    raise CliError(
                        f"{exc.label} is a password-protected PDF{said}; run the command in a "
                        "terminal to be asked for its password, or remove the protection.",
                        label=exc.label,
                        wrong=said,
                    ) from None
                passwords[exhibit_id] = _ask_password(exc.label, tries, exhibit_id, wrong)
    if args.json:
        print(json.dumps({
            "bundle": str(result.bundle), "out_dir": str(result.out_dir), "pages": result.pages,
            "exhibits": result.exhibit_labels, "summary": result.summary,
            "warnings": result.warnings, "manifest": str(result.manifest),
            "bundle_sha256": result.bundle_sha256, "split": [str(p) for p in result.split],
            "split_titles": result.split_titles,
        }, ensure_ascii=False, indent=1))  # fmt: skip
        return 0
    print(f"Bundle: {result.bundle} ({result.pages} pages)")
    for line in result.summary:  # what each exhibit kept besides its pages
        print(line)
    if result.split:
        print(f"Split: {len(result.split)} files in {result.split[0].parent}")
        for name, title in result.split_titles.items():  # the names carry the 号証 alone
            print(f"  {name}　{title}")
    for warning in result.warnings:  # repairs and what could not be carried: check these
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Folder: {result.out_dir}")
    return 0


def cmd_packet_open(args: argparse.Namespace) -> int:
    from desktop.documents.packets import SenderInfo, open_packet, receive_packet

    with unlocked_vault(args.vault) as vault:
        if args.out:
            opened = open_packet(vault, args.file, args.out)
            sender: SenderInfo = opened.sender
            lines = [f"{f.path}\t{f.size} bytes\tsha256 {f.sha256}" for f in opened.files]
            case_ref = opened.case_ref
        else:
            received = receive_packet(CaseService(vault), args.file)
            sender, case_ref = received.sender, received.case_ref
            ref = CaseService(vault).get_case(received.case_id).ref
            lines = [f"New case {ref} with {len(received.evidence_ids)} file(s) as evidence."]
    org = f" ({sender.organisation})" if sender.organisation else ""
    print(f"From: {sender.display_name}{org}, key {sender.fingerprint_digits}")
    if not sender.known:
        print("warning: the sender is not one of your contacts; check the fingerprint by phone.",
              file=sys.stderr)  # fmt: skip
    elif not sender.verified:
        print("warning: the sender's key was never verified by phone.", file=sys.stderr)
    print(f"Sender's case reference: {case_ref}")
    for line in lines:
        print(line)
    return 0


def _contact(vault: Any, wanted: str) -> Any:
    from desktop.documents.contacts import list_contacts

    text = wanted.replace(" ", "").replace("-", "").lower()
    for contact in list_contacts(vault):
        names = {contact.display_name, contact.organisation, contact.recipient_name}
        if wanted in names or (len(text) >= 8 and contact.fingerprint.startswith(text)):
            return contact
        if len(text) >= 8 and contact.card.fingerprint_digits.replace(" ", "").startswith(text):
            return contact
    raise NotFoundError(
        f"No contact '{wanted}'; import their key file with 'keys import' first.", wanted=wanted
    )


def cmd_packet_seal(args: argparse.Namespace) -> int:
    from desktop.documents.packets import seal_packet

    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        case_id = service.case_id_for_ref(args.case)
        view = service.get_case(case_id)
        contact = _contact(vault, args.to)
        evidence = evidence_ids_for(view, args.evidence or [])
        files = [(args.letter.name, args.letter.read_bytes())] if args.letter else []
        result = seal_packet(
            service, case_id=case_id, recipient=contact, out=args.out, files=files,
            evidence_ids=evidence,
        )  # fmt: skip
    if result.warning:
        print(f"warning: {result.warning}", file=sys.stderr)
    print(f"Packet: {result.path} ({len(result.files)} files, sha256 {result.sha256})")
    print(f"For: {contact.recipient_name}, key {contact.card.fingerprint_digits}")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    from desktop.keys_service import KeysService

    with unlocked_vault(args.vault) as vault:
        keys = KeysService(vault)
        identity = keys.export_key_file(args.out)
        if args.card:
            keys.export_key_card(args.card)
    print(f"Key file: {args.out}")
    if args.card:
        print(f"Key card (QR + fingerprint): {args.card}")
    print(f"Fingerprint (read it aloud to compare): {identity.card.fingerprint_digits}")
    return 0


def _describe(contact: Any) -> str:
    state = f"verified {contact.verified_on}" if contact.verified else "NOT verified"
    return f"{contact.recipient_name}\t{contact.card.fingerprint_digits}\t{state}"


def cmd_keys_import(args: argparse.Namespace) -> int:
    from desktop.keys_service import KeysService

    with unlocked_vault(args.vault) as vault:
        keys = KeysService(vault)
        contact = keys.import_key_file(args.file)
        if args.as_name:
            contact = keys.set_recipient_name(contact.fingerprint, args.as_name)
    print(f"Imported {_describe(contact)}")
    print("Compare the fingerprint with its owner by phone, then run 'keys verify'.")
    return 0


def cmd_keys_verify(args: argparse.Namespace) -> int:
    from desktop.keys_service import KeysService

    with unlocked_vault(args.vault) as vault:
        contact = KeysService(vault).mark_verified(_contact(vault, args.contact).fingerprint)
    print(f"Verified {_describe(contact)}")
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    from desktop.keys_service import KeysService

    with unlocked_vault(args.vault) as vault:
        keys = KeysService(vault)
        print(f"This vault: {keys.my_key().fingerprint_digits}")
        for contact in keys.contacts():
            print(_describe(contact))
    return 0


def cmd_case_summary(args: argparse.Namespace) -> int:
    from desktop.documents.case_summary import case_summary_pdf
    from desktop.documents.pdf import write_bytes

    with unlocked_vault(args.vault) as vault:
        service = CaseService(vault)
        data = case_summary_pdf(service, service.case_id_for_ref(args.case),
                                include_sensitive=args.sensitive)  # fmt: skip
        write_bytes(args.out, data)
    print(f"Case summary: {args.out}")
    return 0


def write_recovery_sheet(out: Path, recovery_key: str, vault: Any) -> None:
    """Write the printable recovery-key sheet (used by ``init`` and ``recover``)."""
    from desktop.documents.pdf import write_bytes
    from desktop.documents.recovery_sheet import recovery_sheet_pdf
    from desktop.organisation import read_letterhead

    data = recovery_sheet_pdf(
        recovery_key, vault_id=vault.device.vault_id,
        organisation=read_letterhead(vault).name, created=date.today(),
    )  # fmt: skip
    write_bytes(out, data)


def add_document_commands(sub: Any, command: Command) -> None:
    """Register the document commands on the CLI's subparsers."""
    p = command("letter", cmd_letter, "make a referral letter and the worker's copy")
    p.add_argument("--case", required=True, help="case reference")
    p.add_argument("--template", required=True, choices=[t.value for t in RecipientType])
    p.add_argument("--to", required=True, help="the recipient organisation (as in the consent)")
    p.add_argument("--lang", required=True, help="language of the worker's copy, e.g. vi")
    p.add_argument("--out", type=Path, required=True, help="folder for the two PDFs")
    p.add_argument("--fact", action="append", choices=REFERRAL_FACTS,
                   help="a fact to disclose (repeat; default: name, nationality, languages, "
                   "topics, summary)")  # fmt: skip
    p.add_argument("--evidence", action="append", help="evidence to list (id, title or file)")
    p.add_argument("--action", help="the requested action (default: the template's)")
    p.add_argument("--address", help="the recipient's address")
    p = command("adr-bundle", cmd_adr_bundle, "build the ADR bundle of a case's matter")
    p.add_argument("--case", required=True, help="case reference")
    p.add_argument("--matter", help="matter id or title (if the case has several)")
    p.add_argument("--out", type=Path, required=True, help="an empty or new folder")
    p.add_argument("--json", action="store_true", help="print what was made as one JSON object")
    p.add_argument("--keep-page-sizes", action="store_true",
                   help="keep exhibit pages at their own size, marks in corners the page "
                   "leaves empty (a page without one goes on a sheet; default: each page on "
                   "an A4/A3 sheet with margins for the marks)")  # fmt: skip
    p.add_argument("--split", action="store_true",
                   help="also write the application, the evidence statement and each exhibit "
                   "as its own PDF (甲第1号証.pdf, 甲第3号証の1.pdf …) into OUT/split, "
                   "for upload")  # fmt: skip
    p = command("case-summary", cmd_case_summary, "print-ready PDF summary of one case")
    p.add_argument("--case", required=True, help="case reference")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--sensitive", action="store_true",
                   help="include residence card number, address and date of birth")  # fmt: skip

    packet = sub.add_parser("packet", help="sealed referral packets")
    packet_sub = packet.add_subparsers(dest="packet_command", metavar="COMMAND",
                                       parser_class=type(packet))  # fmt: skip
    p = vault_command(
        packet_sub, "open", cmd_packet_open,
        "take a packet sealed to this vault in as a new case (encrypted)",
    )  # fmt: skip
    p.add_argument("file", type=Path)
    p.add_argument(
        "--out", type=Path, help="instead, write the files (unencrypted) into this empty folder"
    )
    p = vault_command(packet_sub, "seal", cmd_packet_seal,
                      "seal a letter and evidence to a contact's key")  # fmt: skip
    p.add_argument("--case", required=True)
    p.add_argument("--to", required=True, help="contact name or fingerprint")
    p.add_argument("--letter", type=Path, required=True, help="the letter PDF")
    p.add_argument("--evidence", action="append")
    p.add_argument("--out", type=Path, required=True, help="the .mdgpkt file to write")

    keys = sub.add_parser("keys", help="this vault's public key and the contacts' keys")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="COMMAND",
                                   parser_class=type(keys))  # fmt: skip
    p = vault_command(keys_sub, "export", cmd_keys_export,
                      "write this vault's public key file (.mdgkey)")  # fmt: skip
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--card", type=Path, help="also a printable key card PDF with a QR code")
    p = vault_command(keys_sub, "import", cmd_keys_import, "add a contact from their key file")
    p.add_argument("file", type=Path)
    p.add_argument("--as", dest="as_name", help="the name consents use for this recipient")
    p = vault_command(keys_sub, "verify", cmd_keys_verify,
                      "record that a contact's fingerprint was compared")  # fmt: skip
    p.add_argument("contact", help="contact name or fingerprint")
    vault_command(keys_sub, "list", cmd_keys_list, "this vault's fingerprint and the contacts")
