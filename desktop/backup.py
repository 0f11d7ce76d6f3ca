"""Encrypted backups of the vault to a folder or USB stick, and restoring one.

A backup is the vault itself, still sealed: the database copied page by page through
SQLite's backup API (consistent even while the app runs, since the vault's lock is held)
plus the evidence files.  It is useless without the passphrase or the recovery key, so it
may sit on a USB stick in a drawer; it is also useless if that key is lost.

Nothing half-written keeps the final name: a backup is written to a hidden ``.partial``
folder, verified (the copy is opened read-only, SQLite checks its integrity, it must be
the same vault, and every evidence file must be there with its size) and only then
renamed.  Restoring does the same in reverse next to the target folder, and never
overwrites a vault that exists.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.errors import MadoguchiError, VaultExistsError
from desktop.store.blobs import BLOB_DIR
from desktop.store.database import DB_NAME
from desktop.store.storage_errors import storage_errors
from desktop.store.vault import Vault

__all__ = [
    "BACKUP_PREFIX",
    "BackupError",
    "BackupSummary",
    "back_up_vault",
    "restore_vault",
    "verify_backup",
]

BACKUP_PREFIX = "madoguchi-backup-"
_PARTIAL = ".partial"


class BackupError(MadoguchiError):
    """A backup could not be made, or a folder is not a usable backup."""

    code = "backup.failed"


@dataclass(frozen=True)
class BackupSummary:
    """What a verified backup (or restored vault) holds."""

    folder: Path
    vault_id: str
    evidence_files: int
    size_bytes: int


def back_up_vault(vault: Vault, destination: Path, *, now: datetime | None = None) -> BackupSummary:
    """Copy the vault into a new folder inside ``destination`` and verify the copy.

    The new folder is named ``madoguchi-backup-YYYYMMDD-HHMMSS``; the vault may be locked
    or unlocked (an unlocked one records the backup in its audit log).
    """
    destination = Path(destination)
    if not destination.is_dir():
        raise BackupError(
            f"There is no folder at {destination} to write the backup to.",
            code="backup.no_destination",
            path=destination,
        )
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    final = destination / f"{BACKUP_PREFIX}{stamp}"
    if final.exists():
        raise BackupError(
            f"{final} already exists; wait a second and back up again.",
            code="backup.exists",
            path=final,
        )
    partial = destination / f".{final.name}{_PARTIAL}"
    shutil.rmtree(partial, ignore_errors=True)  # a leftover of a backup that was cut off
    try:
        with storage_errors(partial, "file"):
            partial.mkdir()
            vault.back_up(partial)
            _sync_tree(partial)
        summary = verify_backup(partial, expected_vault_id=vault.device.vault_id,
                                original=vault.folder)  # fmt: skip
        with storage_errors(final, "file"):
            partial.rename(final)
            _sync_dir(destination)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    if vault.is_unlocked:
        vault.record_audit("vault_backed_up", details={
            "evidence": summary.evidence_files, "bytes": summary.size_bytes,
        })  # fmt: skip
    return BackupSummary(final, summary.vault_id, summary.evidence_files, summary.size_bytes)


def verify_backup(
    folder: Path, *, expected_vault_id: str | None = None, original: Path | None = None
) -> BackupSummary:
    """Open the copy read-only and check it: SQLite integrity, the vault's id, and (given
    the ``original`` vault folder) every evidence file present with its size.

    Raises :class:`BackupError` naming the first problem.
    """
    database = folder / DB_NAME
    if not database.is_file():
        raise BackupError(
            f"{folder} holds no vault backup (no {DB_NAME} in it).",
            code="backup.not_a_backup",
            path=folder,
        )
    vault_id = _check_database(database)
    if expected_vault_id is not None and vault_id != expected_vault_id:
        raise BackupError(
            f"The copy in {folder} is not the same vault; the backup is not usable.",
            code="backup.other_vault",
            path=folder,
        )
    copied = _evidence_files(folder)
    if original is not None:
        for relative, size in _evidence_files(original).items():
            if copied.get(relative) != size:
                raise BackupError(
                    f"The evidence file {relative} did not copy whole; the backup is not usable.",
                    code="backup.evidence_missing",
                    file=relative,
                )
    size = database.stat().st_size + sum(copied.values())
    return BackupSummary(folder, vault_id, len(copied), size)


def restore_vault(source: Path, vault_folder: Path) -> BackupSummary:
    """Copy the backup in ``source`` to ``vault_folder`` (which must hold no vault).

    The copy is verified before it takes the vault folder's name; it opens with the
    passphrase or recovery key the vault had when the backup was made.
    """
    source, vault_folder = Path(source), Path(vault_folder)
    if (vault_folder / DB_NAME).exists():
        raise VaultExistsError(
            f"There is already a vault in {vault_folder}; restore refuses to overwrite it. "
            "Choose another folder, or move that vault away first.",
            code="backup.restore_over_vault",
            folder=vault_folder,
        )
    if vault_folder.exists() and (not vault_folder.is_dir() or any(vault_folder.iterdir())):
        raise BackupError(
            f"{vault_folder} is not an empty folder; restore into a new or empty folder.",
            code="backup.restore_not_empty",
            folder=vault_folder,
        )
    expected = verify_backup(source).vault_id
    partial = vault_folder.parent / f".{vault_folder.name}.restoring"
    shutil.rmtree(partial, ignore_errors=True)
    try:
        with storage_errors(partial, "file"):
            vault_folder.parent.mkdir(parents=True, exist_ok=True)
            partial.mkdir()
            shutil.copy2(source / DB_NAME, partial / DB_NAME)
            if (source / BLOB_DIR).is_dir():
                shutil.copytree(source / BLOB_DIR, partial / BLOB_DIR)
            _sync_tree(partial)
        summary = verify_backup(partial, expected_vault_id=expected, original=source)
        with storage_errors(vault_folder, "file"):
            if vault_folder.exists():
                vault_folder.rmdir()  # empty, checked above
            partial.rename(vault_folder)
            _sync_dir(vault_folder.parent)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return BackupSummary(vault_folder, summary.vault_id, summary.evidence_files,
                         summary.size_bytes)  # fmt: skip


# -- helpers -----------------------------------------------------------------------------------
def _check_database(database: Path) -> str:
    """The vault id of a database file that passes SQLite's integrity check."""
    # immutable=1: read the file as it is, take no lock and create no -wal/-shm beside it
    # (the stick may be read-only, and nothing else writes a backup).
    uri = f"{database.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            row = conn.execute("SELECT value FROM meta WHERE key='vault_id'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise BackupError(
            f"{database} cannot be read as a vault ({error}); the backup is damaged.",
            code="backup.damaged",
            path=database,
            reason=str(error),
        ) from None
    if result != [("ok",)]:
        raise BackupError(
            f"{database} fails SQLite's integrity check; the backup is damaged.",
            code="backup.damaged",
            path=database,
            reason=str(result[:3]),
        )
    if row is None:
        raise BackupError(
            f"{database} is not a Madoguchi vault.", code="backup.not_a_backup", path=database
        )
    return str(json.loads(row[0]))  # meta values are stored as JSON


def _evidence_files(folder: Path) -> dict[str, int]:
    root = folder / BLOB_DIR
    if not root.is_dir():
        return {}
    return {
        path.relative_to(folder).as_posix(): path.stat().st_size
        for path in root.rglob("*")
        if path.is_file()
    }


def _sync_tree(folder: Path) -> None:
    """Flush every copied file to the medium: a USB stick pulled out after "done" must
    hold the whole backup."""
    for path in [folder, *folder.rglob("*")]:
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
        else:
            _sync_dir(path)


def _sync_dir(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its renames are durable enough
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
