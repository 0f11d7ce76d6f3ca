"""The full JSON export: every case in readable form, versioned and documented.

The export is plaintext by nature, so callers confirm with the user first; it
is written atomically and recorded in the audit log (with its SHA-256, never
its content).  Evidence files are listed with their metadata and SHA-256; the
files themselves are exported one by one (``export_evidence``) because they may
be gigabytes.  Unresolved concurrent values are exported too, under
``alternatives``, so nothing is lost.  See docs/export.md.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.cases.service import CaseService, RecordView
from desktop.store.atomic import write_bytes_atomic
from desktop.store.format import FORMAT_VERSION

EXPORT_FORMAT = "madoguchi-export"
EXPORT_VERSION = 2  # 2 added referrals, ADR matters and exhibits


def _record(view: RecordView) -> dict[str, Any]:
    out: dict[str, Any] = {"id": view.entity_id, **view.data}
    if view.alternatives:
        out["alternatives"] = view.alternatives
    if view.deleted:
        out["deleted"] = True
    return out


def export_document(service: CaseService) -> dict[str, Any]:
    """The export as a Python structure."""
    cases: list[dict[str, Any]] = []
    for row in service.list_cases():
        view = service.get_case(row.case_id)
        cases.append(
            {
                "case_id": view.case_id,
                "case": _record(view.case),
                "worker": _record(view.worker) if view.worker else None,
                "parties": [_record(r) for r in view.parties],
                "topics": [_record(r) for r in view.topics],
                "timeline": [_record(r) for r in view.timeline],
                "tasks": [_record(r) for r in view.tasks],
                "consents": [_record(r) for r in view.consents],
                "evidence": [_record(r) for r in view.evidence],
                "referrals": [_record(r) for r in view.referrals],
                "adr_matters": [_record(r) for r in view.adr_matters],
                "exhibits": [_record(r) for r in view.exhibits],
            }
        )
    cases.sort(key=lambda c: str(c["case"].get("ref", "")))
    device = service.vault.device
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "vault_format": FORMAT_VERSION,
        "vault_id": device.vault_id,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "exported_by": device.user_id,
        "device": device.device_id,
        "case_count": len(cases),
        "cases": cases,
    }


def export_json(service: CaseService, out: Path) -> int:
    """Write the export to ``out`` atomically; returns the number of cases."""
    document = export_document(service)
    data = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode()
    write_bytes_atomic(out, data)
    service.vault.record_audit(
        "export",
        details={
            "format": f"{EXPORT_FORMAT}/{EXPORT_VERSION}",
            "cases": document["case_count"],
            "sha256": hashlib.sha256(data).hexdigest(),
        },
    )
    return int(document["case_count"])
