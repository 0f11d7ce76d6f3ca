"""What an audit entry says, in the interface language: its action and its details.

Every action the core records (``record_audit`` / ``audit.append`` in desktop/ and
sync/) has a label here; tests/ui/test_desk_language.py finds the actions in the source
and fails on one without a label.  Details become "name: value" parts with translated
names and values; hashes are shortened, internal ids are left out (the target column
already names the case), and nothing is ever shown as raw JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui import document_labels
from ui.field_labels import value_text
from ui.models.stats_table import dimension_name, measure_name
from ui.places import language_name

__all__ = ["ACTIONS", "action_label", "detail_parts", "details_text"]


def _labels() -> dict[str, str]:
    return {
        "vault_created": QCoreApplication.translate("AuditLabels", "Vault created"),
        "unlock": QCoreApplication.translate("AuditLabels", "Unlocked with passphrase"),
        "unlock_failed": QCoreApplication.translate("AuditLabels", "Failed unlock attempt"),
        "unlock_recovery": QCoreApplication.translate("AuditLabels", "Unlocked with recovery key"),
        "unlock_device": QCoreApplication.translate(
            "AuditLabels", "Unlocked with this device's key"
        ),
        "import": QCoreApplication.translate("AuditLabels", "Cases imported"),
        "export": QCoreApplication.translate("AuditLabels", "Cases exported"),
        "shred": QCoreApplication.translate("AuditLabels", "Case shredded"),
        "vault_backed_up": QCoreApplication.translate("AuditLabels", "Encrypted backup made"),
        "passphrase_changed": QCoreApplication.translate("AuditLabels", "Passphrase changed"),
        "recovery_key_replaced": QCoreApplication.translate("AuditLabels", "Recovery key replaced"),
        "device_remembered": QCoreApplication.translate(
            "AuditLabels", "Vault remembered on a device"
        ),
        "device_forgotten": QCoreApplication.translate("AuditLabels", "Device forgotten"),
        "evidence_exported": QCoreApplication.translate("AuditLabels", "Evidence exported"),
        "case_key_rotated": QCoreApplication.translate("AuditLabels", "Case key replaced"),
        "case_summary_made": QCoreApplication.translate("AuditLabels", "Case summary printed"),
        "letter_made": QCoreApplication.translate("AuditLabels", "Referral letter made"),
        "adr_bundle_made": QCoreApplication.translate("AuditLabels", "ADR bundle made"),
        "packet_sealed": QCoreApplication.translate("AuditLabels", "Referral packet sealed"),
        "packet_opened": QCoreApplication.translate("AuditLabels", "Referral packet opened"),
        "packet_received": QCoreApplication.translate(
            "AuditLabels", "Referral packet received into a case"
        ),
        "safety_report": QCoreApplication.translate("AuditLabels", "Safety report made"),
        "identity_created": QCoreApplication.translate(
            "AuditLabels", "This vault's key pair created"
        ),
        "identity_renamed": QCoreApplication.translate(
            "AuditLabels", "Name on the key card changed"
        ),
        "public_key_exported": QCoreApplication.translate("AuditLabels", "Public key exported"),
        "contact_imported": QCoreApplication.translate("AuditLabels", "Contact's key added"),
        "contact_removed": QCoreApplication.translate("AuditLabels", "Contact removed"),
        "contact_verified": QCoreApplication.translate("AuditLabels", "Contact's key verified"),
        "case_shared": QCoreApplication.translate("AuditLabels", "Case shared"),
        "case_unshared": QCoreApplication.translate("AuditLabels", "Case sharing withdrawn"),
        "sync_enrolled": QCoreApplication.translate(
            "AuditLabels", "Device enrolled with the sync server"
        ),
        "stats_table": QCoreApplication.translate("AuditLabels", "Statistics table published"),
        "consent_form_made": QCoreApplication.translate("AuditLabels", "Consent form printed"),
        "wage_complaint_made": QCoreApplication.translate(
            "AuditLabels", "Labour standards office complaint drafted"
        ),
        "company_report": QCoreApplication.translate(
            "AuditLabels", "Company report made (consultations and Safety)"
        ),
        "subject_report_made": QCoreApplication.translate(
            "AuditLabels", '"What we hold about you" made for the worker'
        ),
        "case_left": QCoreApplication.translate("AuditLabels", "Left a shared case"),
        "keys_handed_to_own_device": QCoreApplication.translate(
            "AuditLabels", "Case keys handed to another of my devices"
        ),
        "audit_upgraded": QCoreApplication.translate(
            "AuditLabels", "Audit log sealed (vault format upgrade)"
        ),
        "sync_repaired": QCoreApplication.translate("AuditLabels", "Sync drift repaired"),
        "wage_sheet_saved": QCoreApplication.translate(
            "AuditLabels", "Wage calculation sheet saved"
        ),
        "wage_claim_used": QCoreApplication.translate(
            "AuditLabels", "Wage calculation used as an ADR claim"
        ),
        "sync_full_redownload": QCoreApplication.translate(
            "AuditLabels", "Full re-download from the server"
        ),
    }


# Every action code with a label, in the order the action filter lists them.
ACTIONS: tuple[str, ...] = tuple(_labels())


def action_label(code: str) -> str:
    """The translated name of an audit action; an unknown code is shown as stored."""
    return _labels().get(code, code)


def _key_names() -> dict[str, str]:
    return {
        "rows": QCoreApplication.translate("AuditLabels", "rows"),
        "cases": QCoreApplication.translate("AuditLabels", "cases"),
        "format": QCoreApplication.translate("AuditLabels", "format"),
        "sha256": QCoreApplication.translate("AuditLabels", "SHA-256"),
        "fingerprint": QCoreApplication.translate("AuditLabels", "fingerprint"),
        "method": QCoreApplication.translate("AuditLabels", "with"),
        "ref": QCoreApplication.translate("AuditLabels", "case"),
        "recipient_fingerprint": QCoreApplication.translate(
            "AuditLabels", "recipient's fingerprint"
        ),
        "recipient_verified": QCoreApplication.translate("AuditLabels", "recipient verified"),
        "sender_fingerprint": QCoreApplication.translate("AuditLabels", "sender's fingerprint"),
        "known": QCoreApplication.translate("AuditLabels", "known sender"),
        "files": QCoreApplication.translate("AuditLabels", "files"),
        "bytes": QCoreApplication.translate("AuditLabels", "size"),
        "packet_sha256": QCoreApplication.translate("AuditLabels", "packet SHA-256"),
        "sensitive": QCoreApplication.translate("AuditLabels", "with sensitive fields"),
        "pages": QCoreApplication.translate("AuditLabels", "pages"),
        "reference": QCoreApplication.translate("AuditLabels", "letter reference"),
        "template": QCoreApplication.translate("AuditLabels", "letter for"),
        "language": QCoreApplication.translate("AuditLabels", "worker's copy in"),
        "facts": QCoreApplication.translate("AuditLabels", "facts disclosed"),
        "evidence": QCoreApplication.translate("AuditLabels", "evidence files"),
        "letter_sha256": QCoreApplication.translate("AuditLabels", "letter SHA-256"),
        "worker_sha256": QCoreApplication.translate("AuditLabels", "worker's copy SHA-256"),
        "exhibits": QCoreApplication.translate("AuditLabels", "exhibits"),
        "bundle_sha256": QCoreApplication.translate("AuditLabels", "bundle SHA-256"),
        "keys": QCoreApplication.translate("AuditLabels", "keys"),
        "server": QCoreApplication.translate("AuditLabels", "server"),
        "org": QCoreApplication.translate("AuditLabels", "organisation's fingerprint"),
        "backup": QCoreApplication.translate("AuditLabels", "backup"),
        "employer_sha256": QCoreApplication.translate("AuditLabels", "employer (hashed)"),
        "employer_key": QCoreApplication.translate("AuditLabels", "employer (keyed)"),
        "establishment": QCoreApplication.translate("AuditLabels", "one establishment only"),
        "devices": QCoreApplication.translate("AuditLabels", "devices"),
        "measure": QCoreApplication.translate("AuditLabels", "counted"),
        "by": QCoreApplication.translate("AuditLabels", "by"),
        "rounding": QCoreApplication.translate("AuditLabels", "rounded to"),
        "figures": QCoreApplication.translate("AuditLabels", "figures"),
        "hidden": QCoreApplication.translate("AuditLabels", "hidden"),
        "filtered_by": QCoreApplication.translate("AuditLabels", "only cases matching"),
        "manage": QCoreApplication.translate("AuditLabels", "may manage sharing"),
        "period": QCoreApplication.translate("AuditLabels", "period"),
        "k": QCoreApplication.translate("AuditLabels", "smallest group shown"),
        "pdf_sha256": QCoreApplication.translate("AuditLabels", "PDF SHA-256"),
        "csv_sha256": QCoreApplication.translate("AuditLabels", "CSV SHA-256"),
        "suppressed": QCoreApplication.translate("AuditLabels", "suppressed"),
        "total": QCoreApplication.translate("AuditLabels", "answers"),
        "amount": QCoreApplication.translate("AuditLabels", "amount claimed (yen)"),
        "claimable": QCoreApplication.translate("AuditLabels", "claimable (yen)"),
        "until": QCoreApplication.translate("AuditLabels", "as of"),
        "replaced": QCoreApplication.translate("AuditLabels", "replaced the earlier sheet"),
    }


# Internal ids: meaningless to a reader (the target column names the case).
_HIDDEN = frozenset({"referral", "referral_id", "matter", "consent", "key_id", "new_key",
                     "to", "from"})  # fmt: skip


def _slot(code: str) -> str:
    return {
        "passphrase": QCoreApplication.translate("AuditLabels", "passphrase"),
        "recovery": QCoreApplication.translate("AuditLabels", "recovery key"),
        "device": QCoreApplication.translate("AuditLabels", "device key"),
    }.get(code, code)


def _template(value: object) -> str:
    """``lawyer@3`` → the recipient type the letter template is for."""
    return document_labels.recipient_type(str(value).split("@")[0])


def _period(value: object) -> str:
    start, _, end = str(value).partition("/")
    return f"{value_text('', 'made_on', start)} – {value_text('', 'made_on', end)}"


def _fingerprint(value: object) -> str:
    text = str(value)
    return text[:16] + "…" if len(text) > 16 else text


def _filter_names(value: object) -> str:
    """The case-list filters a statistics table used (names only; the audit keeps no value)."""
    names = {
        "text": QCoreApplication.translate("AuditLabels", "search text"),
        "status": QCoreApplication.translate("AuditLabels", "status"),
        "topic": QCoreApplication.translate("AuditLabels", "topic"),
        "assignee": QCoreApplication.translate("AuditLabels", "assignee"),
        "nationality": QCoreApplication.translate("AuditLabels", "nationality"),
        "flag": QCoreApplication.translate("AuditLabels", "risk flag"),
    }
    items = value if isinstance(value, list | tuple) else [value]
    return ", ".join(names.get(str(item), str(item)) for item in items)


def _hash(value: object) -> str:
    return value_text("", "sha256", value)


_VALUES: dict[str, Callable[[object], str]] = {
    "method": lambda v: _slot(str(v)),
    "template": _template,
    "language": lambda v: language_name(str(v)),
    "facts": lambda v: value_text("referral", "facts", v),
    "bytes": lambda v: value_text("evidence", "size", v),
    "period": _period,
    "filtered_by": _filter_names,
    # A statistics table's measure and fields, by name (they were printed as codes).
    "measure": lambda v: measure_name(str(v)),
    "by": lambda v: ", ".join(dimension_name(str(d)) for d in (v if isinstance(v, list) else [v])),
    "fingerprint": _fingerprint,
    "recipient_fingerprint": _fingerprint,
    "sender_fingerprint": _fingerprint,
    "org": _fingerprint,
    "format": lambda v: str(v).split("/")[-1],  # the version; the name is the app's own
    "suppressed": lambda v: (
        QCoreApplication.translate("AuditLabels", "yes")
        if v
        else QCoreApplication.translate("AuditLabels", "no")
    ),
}


def detail_parts(details: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(translated name, value) for each detail worth reading, in a stable order."""
    names = _key_names()
    parts = []
    for key in sorted(details, key=lambda k: (list(names).index(k) if k in names else 99, k)):
        value = details[key]
        if key in _HIDDEN or value is None or value == "":
            continue
        if key in _VALUES:
            text = _VALUES[key](value)
        elif key.endswith("sha256"):
            text = _hash(value)
        elif isinstance(value, bool):
            text = value_text("", "done", value)
        elif isinstance(value, (list, tuple)):
            text = str(len(value))
        else:
            text = str(value)
        parts.append((names.get(key, key), text))
    return parts


def details_text(details: Mapping[str, Any], separator: str = " · ") -> str:
    """Details as "name: value" parts on one line (the table) or one per line (tooltip)."""
    return separator.join(f"{name}: {value}" for name, value in detail_parts(details))
