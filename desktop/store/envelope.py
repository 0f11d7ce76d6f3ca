"""The vault file as a whole: made complete or not at all, opened by one process at a time.

A new vault is written under a temporary name (schema, identity, key slots) and appears
under its real name only when complete, so a crash while creating leaves no half vault.
Opening takes the folder's lock (a second window or command gets a clear refusal),
checks that the file is a vault and brings an older format up to date.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from desktop.crypto import kdf
from desktop.errors import VaultBusyError, VaultCorruptError, VaultExistsError, VaultNotFoundError
from desktop.store.audit import AuditKeys, write_empty_head
from desktop.store.database import DB_NAME, Transaction, connect, set_meta
from desktop.store.format import FORMAT_VERSION, migrate
from desktop.store.ids import default_device_code, new_id
from desktop.store.keyslots import create_slots
from desktop.store.schema import create_current_schema


@dataclass(frozen=True)
class OpenedFile:
    """A vault file opened by this process: its connection and the folder's lock."""

    folder: Path
    conn: sqlite3.Connection
    lock: FileLock


def create_file(
    folder: Path,
    vmk: bytes,
    passphrase: str,
    params: kdf.KdfParams,
    *,
    office_code: str,
    device_code: str | None,
    user_id: str,
) -> tuple[OpenedFile, str]:
    """Write a new vault file holding ``vmk`` in its slots; returns it and the recovery key."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / DB_NAME
    if path.exists():
        raise VaultExistsError(f"A vault already exists in {folder}.", folder=folder)
    lock = acquire(folder)
    vault_id, device_id = new_id(), new_id()
    tmp = folder / (DB_NAME + ".creating")
    for stale in folder.glob(DB_NAME + ".creating*"):
        stale.unlink()
    conn = connect(tmp)
    try:
        with Transaction(conn):
            create_current_schema(conn)
            for key, value in {
                "format_version": FORMAT_VERSION,
                "vault_id": vault_id,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "device_id": device_id,
                "device_code": (device_code or default_device_code(device_id)).upper(),
                "office_code": office_code.upper(),
                "user_id": user_id,
                "failed_attempts": 0,
            }.items():
                set_meta(conn, key, value)
            recovery = create_slots(conn, vault_id, vmk, passphrase, params)
            write_empty_head(conn, AuditKeys.from_vmk(vmk))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        # Appear under the real name only when complete.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(tmp) + suffix)
        os.replace(tmp, path)
        os.chmod(path, 0o600)
    except BaseException:
        conn.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        lock.release()
        raise
    return OpenedFile(folder, connect(path), lock), recovery


def open_file(folder: Path) -> OpenedFile:
    """Open an existing vault file, migrated to the current format."""
    path = folder / DB_NAME
    if not path.is_file():
        raise VaultNotFoundError(
            f"No vault found in {folder}. Create one with 'init' or choose another folder.",
            folder=folder,
        )
    lock = acquire(folder)
    try:
        conn = connect(path)
        try:
            _check_is_vault(conn)
            migrate(conn)
        except BaseException:
            conn.close()
            raise
    except sqlite3.DatabaseError as exc:
        lock.release()
        raise VaultCorruptError(
            f"The vault file in {folder} is damaged or is not a vault ({exc}).",
            code="vault.corrupt.file",
            folder=folder,
            reason=str(exc),
        ) from exc
    except BaseException:
        lock.release()
        raise
    return OpenedFile(folder, conn, lock)


def acquire(folder: Path) -> FileLock:
    lock = FileLock(str(folder / ".lock"), is_singleton=False, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise VaultBusyError(
            f"The vault in {folder} is open in another Madoguchi window or command; "
            "close it first.",
            folder=folder,
        ) from None
    return lock


def _check_is_vault(conn: sqlite3.Connection) -> None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "meta" not in tables:
        raise VaultCorruptError(
            "The vault file holds no Madoguchi data.", code="vault.corrupt.not_a_vault"
        )
