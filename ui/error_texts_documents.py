"""Error templates for documents, exhibits, letters, packets, key files, the Safety
questionnaire, reports, statistics and the command line (ui.error_text).

Same form as ui.error_texts_vault: English source text with ``{name}`` params; the codes
in ``GENERIC`` stand for several English sentences of the core.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as object
    "wages.input": QT_TRANSLATE_NOOP(
        "Errors",
        "A wages file ({file}) has a value that cannot be read; nothing was computed. "
        "Correct the file and try again.",
    ),
    "wages.law_data": QT_TRANSLATE_NOOP(
        "Errors",
        "The wage rules shipped with the app are damaged ({file}); no estimate can be made. "
        "Tell your IT contact.",
    ),
    "wages.law_data.no_rule": QT_TRANSLATE_NOOP(
        "Errors",
        "No wage rule is on file for {on}; no estimate was made for that date.",
    ),
    "wages.complaint": QT_TRANSLATE_NOOP(
        "Errors", "The complaint draft could not be made from this case's wage data."
    ),
    "wages.complaint.no_data": QT_TRANSLATE_NOOP(
        "Errors",
        "Case {ref} has no wage {missing} yet; store the terms and work records before "
        "drafting a complaint.",
    ),
    "wages.complaint.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The wage data stored in case {ref} cannot be read, so no complaint was drafted; "
        "import the wage files again.",
    ),
    "wages.complaint.nothing_found": QT_TRANSLATE_NOOP(
        "Errors",
        "The wage calculation for case {ref} finds nothing unpaid (as of {until}) among the "
        "violations chosen, in periods not yet time-barred; there is nothing to report.",
    ),
    "wages.no_terms": QT_TRANSLATE_NOOP(
        "Errors",
        "Case {ref} has no employment terms for the wage calculation yet; enter and save "
        "them in the Wages tab first.",
    ),
    "wages.no_records": QT_TRANSLATE_NOOP(
        "Errors",
        "Case {ref} has no work records for the wage calculation yet; enter or import them "
        "in the Wages tab first.",
    ),
    "wages.stored_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The wage data stored in case {ref} cannot be read; import or enter it again in the "
        "Wages tab.",
    ),
    "wages.nothing_to_claim": QT_TRANSLATE_NOOP(
        "Errors",
        "The calculation for case {ref} leaves nothing to claim as of {until}; the ADR "
        "matter was not changed.",
    ),
    "wages.draft": QT_TRANSLATE_NOOP(
        "Errors",
        "The timeline of case {ref} changed since the work records were drafted; nothing "
        "was added. Draft from the timeline again.",
    ),
    "document.failed": QT_TRANSLATE_NOOP(
        "Errors", "The document could not be made; nothing was written."
    ),
    "exhibit.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "Exhibit {label} cannot be used in a bundle (its file is missing, damaged or of a "
        "type a bundle cannot include); replace it with a readable PDF or image.",
    ),
    "document.no_exhibits": QT_TRANSLATE_NOOP(
        "Errors", "ADR matter “{title}” has no exhibits; add its evidence as exhibits first."
    ),
    "document.no_exhibit_files": QT_TRANSLATE_NOOP(
        "Errors",
        "No exhibit of ADR matter “{title}” has a file (all are described only); attach at "
        "least one exhibit's file to build the bundle.",
    ),
    "exhibit.has_file": QT_TRANSLATE_NOOP(
        "Errors",
        "Exhibit {label} already has its file; remove the exhibit and add it again to use "
        "another file.",
    ),
    "exhibit.evidence_elsewhere": QT_TRANSLATE_NOOP(
        "Errors",
        "That evidence is not in the case of exhibit {label}; add the file to this case first.",
    ),
    "exhibit.xfa": QT_TRANSLATE_NOOP(
        "Errors",
        "Exhibit {label}: {quoted} is a dynamic (XFA) form that only Adobe Reader can draw. "
        "Open it in Adobe Reader and print it to PDF, or attach a scan of the printed form.",
    ),
    "exhibit.password": QT_TRANSLATE_NOOP(
        "Errors", "Exhibit {label} is a password-protected PDF; give its password."
    ),
    "exhibit.password.needed": QT_TRANSLATE_NOOP(
        "Errors", "Exhibit {label}: {quoted} is password-protected; give its password."
    ),
    "exhibit.password.wrong": QT_TRANSLATE_NOOP(
        "Errors",
        "Exhibit {label}: the password given for {quoted} is wrong; give the right password.",
    ),
    "letter.data": QT_TRANSLATE_NOOP(
        "Errors",
        "A letter template file of this installation is missing or damaged; reinstall Madoguchi.",
    ),
    "packet.failed": QT_TRANSLATE_NOOP(
        "Errors", "The packet could not be written or read; nothing was changed."
    ),
    "packet.not_a_packet": QT_TRANSLATE_NOOP(
        "Errors", "This file is not a Madoguchi packet (.mdgpkt)."
    ),
    "packet.version": QT_TRANSLATE_NOOP(
        "Errors",
        "This packet was made by another version of Madoguchi and cannot be opened here; "
        "update Madoguchi or ask the sender to seal it again.",
    ),
    "packet.wrong_recipient": QT_TRANSLATE_NOOP(
        "Errors",
        "This packet is for another recipient (key {short}-…); it cannot be opened with "
        "this vault.",
    ),
    "packet.damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The packet is damaged or was changed after it was sealed; ask the sender to send "
        "it again.",
    ),
    "packet.signature": QT_TRANSLATE_NOOP(
        "Errors",
        "The packet's signature does not match the sender key it names; do not trust its "
        "contents and ask the sender to seal it again.",
    ),
    "identity.key_file": QT_TRANSLATE_NOOP(
        "Errors",
        "This file cannot be used as a Madoguchi public key file; ask the sender to export "
        "their key again.",
    ),
    "questionnaire.malformed": QT_TRANSLATE_NOOP(
        "Errors",
        "The Safety questionnaire file of this installation is damaged; reinstall Madoguchi.",
    ),
    "questionnaire.invalid_answer": QT_TRANSLATE_NOOP(
        "Errors", "That answer does not fit this question; check it and answer again."
    ),
    "report.conflict": QT_TRANSLATE_NOOP(
        "Errors",
        "This report overlaps a report already published for the same employer; it was not "
        "recorded. Make it again from the current records.",
    ),
    "report.threshold_too_low": QT_TRANSLATE_NOOP(
        "Errors",
        "The minimum group size must be a whole number of at least the allowed minimum; it "
        "can only be raised.",
    ),
    "stats.threshold": QT_TRANSLATE_NOOP(
        "Errors",
        "The minimum group size or the rounding is out of range (the group size cannot go "
        "below the minimum; rounding is a whole number from 1 to 100).",
    ),
    "stats.too_few_consenting": QT_TRANSLATE_NOOP(
        "Errors",
        "Fewer than {k} cases of {employer} with a consultation from {start} to {end} "
        "consented to company feedback; no report was made.",
    ),
    "demo.data": QT_TRANSLATE_NOOP(
        "Errors", "The demo data of this installation is damaged; reinstall Madoguchi."
    ),
    "cli.usage": QT_TRANSLATE_NOOP(
        "Errors", "The command was not run as given; check its options."
    ),
}

GENERIC = frozenset(
    {
        "document.failed",
        "exhibit.unreadable",
        "exhibit.password",
        "letter.data",
        "packet.failed",
        "packet.version",
        "packet.damaged",
        "identity.key_file",
        "questionnaire.malformed",
        "questionnaire.invalid_answer",
        "report.threshold_too_low",
        "stats.threshold",
        "wages.input",
        "wages.law_data",
        "demo.data",
        "cli.usage",
    }
)
