"""``check``: prove a vault is whole, or name exactly what is wrong.

It checks SQLite's own integrity, the key slots (checksums and their MAC), that every
wrapped key, op, evidence chunk, snapshot and sealed setting authenticates, that
evidence files match their recorded SHA-256, that the audit chain and its sealed head
verify, that the projection built from the snapshot equals one rebuilt from the op log
alone, and that no op received by sync sits in quarantine (the vault is not whole
while one does).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from desktop.crypto.aead import AuthenticationError
from desktop.errors import NotFoundError, VaultCorruptError
from desktop.store import blobs, oplog, sealed_records
from desktop.store.vault import Vault


@dataclass(frozen=True)
class Problem:
    area: str  # database, key slots, keys, ops, evidence, snapshot, audit, projection, sync
    where: str
    message: str

    def __str__(self) -> str:
        return f"[{self.area}] {self.where}: {self.message}"


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "counts": self.counts,
            "problems": [
                {"area": p.area, "where": p.where, "message": p.message} for p in self.problems
            ],
        }


def check_vault(vault: Vault) -> CheckReport:
    """Run every check on an unlocked vault."""
    report = CheckReport()
    conn = vault.conn
    for (line,) in conn.execute("PRAGMA integrity_check"):
        if line != "ok":
            report.problems.append(Problem("database", "vault.db", line))
    for message in vault.key_slot_problems():
        report.problems.append(Problem("key slots", "header", message))
    _check_case_keys(vault, report)
    _check_ops(vault, report)
    _check_blobs(vault, report)
    _check_snapshot(vault, report)
    _check_sealed(vault, report)
    for message in vault.verify_audit():
        report.problems.append(Problem("audit", "audit log", message))
    report.counts["audit_entries"] = conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    _check_projection(vault, report)
    _check_quarantine(vault, report)
    return report


def _check_quarantine(vault: Vault, report: CheckReport) -> None:
    count = vault.conn.execute("SELECT COUNT(*) FROM sync_quarantine").fetchone()[0]
    report.counts["quarantined_ops"] = count
    if count:
        report.problems.append(Problem(
            "sync", "quarantine",
            f"{count} op(s) received from the sync server could not be opened and are set "
            "aside; see them with 'python main.py sync-status'",
        ))  # fmt: skip


def _check_case_keys(vault: Vault, report: CheckReport) -> None:
    rows = vault.conn.execute("SELECT case_id, key_id FROM case_keys").fetchall()
    report.counts["case_keys"] = len(rows)
    for case_id, key_id in rows:
        try:
            vault.key_by_id(case_id, key_id)
        except (VaultCorruptError, NotFoundError) as exc:
            report.problems.append(Problem("keys", f"case {case_id}", str(exc)))


def _check_ops(vault: Vault, report: CheckReport) -> None:
    count = 0
    for sealed in oplog.read_after(vault.conn, 0):
        count += 1
        where = f"op {sealed.header.op_id} (seq {sealed.seq}, case {sealed.header.case_id})"
        try:
            key = vault.key_by_id(sealed.header.case_id, sealed.header.key_id)
        except (VaultCorruptError, NotFoundError):
            report.problems.append(Problem("ops", where, "its case key is missing"))
            continue
        try:
            oplog.open_op(sealed, key)
        except AuthenticationError:
            report.problems.append(
                Problem("ops", where, "ciphertext or header was altered (authentication failed)")
            )
        except ValueError:
            report.problems.append(Problem("ops", where, "payload is not valid"))
    report.counts["ops"] = count


def _check_blobs(vault: Vault, report: CheckReport) -> None:
    expected: dict[str, str] = {}
    for (data,) in vault.projection.conn.execute(
        "SELECT data FROM records WHERE entity='evidence' AND deleted_by IS NULL"
    ):
        values = json.loads(data)
        if values.get("blob_id"):
            expected[str(values["blob_id"])] = str(values.get("sha256", ""))
    rows = vault.conn.execute("SELECT blob_id, case_id FROM blobs").fetchall()
    report.counts["evidence_files"] = len(rows)
    for blob_id, case_id in rows:
        where = f"evidence file {blob_id} (case {case_id})"
        digest = hashlib.sha256()
        try:
            key = vault.key_by_id(case_id, blobs.key_id_of(vault.conn, blob_id))
            for chunk in blobs.read_blob(vault.folder, vault.conn, blob_id, case_id, key):
                digest.update(chunk)
        except KeyError:
            report.problems.append(Problem("evidence", where, "its file is missing"))
            continue
        except (AuthenticationError, NotFoundError, VaultCorruptError):
            report.problems.append(Problem("evidence", where, "encrypted chunks were altered"))
            continue
        if blob_id in expected and expected[blob_id] != digest.hexdigest():
            report.problems.append(Problem("evidence", where, "does not match its SHA-256"))
    for blob_id in set(expected) - {r[0] for r in rows}:
        report.problems.append(
            Problem("evidence", f"evidence file {blob_id}", "is referenced but missing")
        )


def _check_snapshot(vault: Vault, report: CheckReport) -> None:
    report.counts["snapshots"] = vault.conn.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0]
    for message in vault.snapshot_problems():
        report.problems.append(Problem("snapshot", "snapshots", message))


def _check_sealed(vault: Vault, report: CheckReport) -> None:
    stored = {name for (name,) in vault.conn.execute("SELECT name FROM sealed").fetchall()}
    for record in sealed_records.REGISTRY:
        try:
            record.read(vault)  # authenticates, then checks the shape its reader expects
        except VaultCorruptError as exc:
            report.problems.append(Problem("settings", record.name, str(exc)))
    # A name no record declares (written by a newer version, or a second Safety ledger)
    # cannot be shape-checked here, but it must still authenticate.
    for name in sorted(stored - {record.name for record in sealed_records.REGISTRY}):
        try:
            vault.read_sealed(name)
        except VaultCorruptError as exc:
            report.problems.append(Problem("settings", name, str(exc)))


def _check_projection(vault: Vault, report: CheckReport) -> None:
    if vault.load_report.bad_ops:
        report.problems.append(
            Problem(
                "projection",
                "unlock",
                f"{len(vault.load_report.bad_ops)} op(s) could not be opened and were left out",
            )
        )
    rebuilt = vault.fresh_projection()
    try:
        vault.replay(rebuilt, 0)
        if rebuilt.fingerprint() != vault.projection.fingerprint():
            report.problems.append(
                Problem(
                    "projection",
                    "snapshot",
                    "the state loaded at unlock differs from the state rebuilt from the op log",
                )
            )
        if not vault.projection.search_index_ok():
            report.problems.append(Problem("projection", "search index", "is inconsistent"))
    finally:
        rebuilt.close()
