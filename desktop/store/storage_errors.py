"""What the disk said, in words: full, read-only, no permission or failing.

SQLite and the operating system report a refused write as a bare code ("database or
disk is full", SQLITE_READONLY, SQLITE_IOERR, ENOSPC, EROFS …).  This module turns
them into :class:`~desktop.errors.StorageError` subclasses whose one line names the
cause, at the store's boundary: the vault file (``database.Transaction`` and
``database.connect``), atomic file writes (``atomic.py``, so every export) and
evidence blobs (``blobs.write_blob``).  The writers around them guarantee that
nothing was committed when one of these is raised; the sentence says so.

SQLite does not pass the system's errno on (``sqlite3_system_errno`` is not exposed
by Python), and a write refused with EFBIG or EIO arrives as a plain SQLITE_IOERR.
So for the ambiguous codes the folder is examined once, after the failure: mounted
read-only, not writable, out of space, or the file at the process's file-size limit
(``ulimit -f``).  Only what no probe explains stays "the disk reported an error".
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from desktop.errors import (
    DiskFullError,
    NoWritePermissionError,
    ReadOnlyMediumError,
    StorageError,
)

# SQLite primary result codes (sqlite3.h); extended codes keep these in the low byte.
_SQLITE_PERM = 3
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14

LOW_SPACE_BYTES = 8 * 1024 * 1024
"""Below this much free space a refused write is blamed on a full disk: SQLite writes
pages of 16 KiB and a WAL frame per page, so a failing commit needs far less."""

_TARGETS = {
    "vault": "the vault",
    "file": "the file {path}",
    "evidence": "the evidence file",
}


def _what(target: str, path: Path) -> str:
    return _TARGETS[target].format(path=path)


def storage_error(error: BaseException, path: Path, target: str) -> StorageError | None:
    """The StorageError ``error`` stands for when writing ``path``, or None if it is
    not a storage problem (a locked database, a corrupt file, a programming error).

    ``target`` says what was written: "vault", "file" (an export) or "evidence".
    """
    if isinstance(error, StorageError):
        return error
    if isinstance(error, sqlite3.Error):
        primary = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        if primary == _SQLITE_FULL:
            return _probe(path, target) or _disk_full(path, target)
        if primary in (_SQLITE_IOERR, _SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_PERM):
            found = _probe(path, target)
            if found is not None:
                return found
            if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
                return _no_permission(path, target)
            return _io_error(path, target, str(error))
        return None
    if isinstance(error, OSError):
        number = error.errno
        if number == errno.ENOSPC:
            return _disk_full(path, target)
        if number == getattr(errno, "EDQUOT", -1):
            return _disk_full(path, target, quota=True)
        if number == errno.EFBIG:
            return _disk_full(path, target, size_limit=True)
        if number == errno.EROFS:
            return _read_only(path, target)
        if number in (errno.EACCES, errno.EPERM):
            return _no_permission(path, target)
        if number == errno.EIO:
            return _io_error(path, target, error.strerror or str(error))
    return None


@contextlib.contextmanager
def storage_errors(path: Path, target: str) -> Iterator[None]:
    """Raise a refused write inside the block as the StorageError that names its cause."""
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        mapped = storage_error(error, path, target)
        if mapped is None:
            raise
        raise mapped from error


# -- probing the folder after an ambiguous failure ------------------------------------------


def _existing_folder(path: Path) -> Path:
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _probe(path: Path, target: str) -> StorageError | None:
    folder = _existing_folder(path)
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if stats.f_flag & os.ST_RDONLY:
        return _read_only(path, target)
    writable = os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
    if not writable:
        return _no_permission(path, target)
    if stats.f_bavail * stats.f_frsize < LOW_SPACE_BYTES:
        return _disk_full(path, target)
    if _at_file_size_limit(path):
        return _disk_full(path, target, size_limit=True)
    return None


def _at_file_size_limit(path: Path) -> bool:
    """Whether the file (or SQLite's -wal / -journal beside it) has reached ulimit -f."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY:
        return False
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            if candidate.stat().st_size + LOW_SPACE_BYTES >= soft:
                return True
    return False


# -- the sentences ----------------------------------------------------------------------------


def _disk_full(
    path: Path, target: str, *, quota: bool = False, size_limit: bool = False
) -> DiskFullError:
    what = _what(target, path)
    if quota:
        return DiskFullError(
            f"Cannot write {what}: the disk is full for your account (the disk quota is "
            "used up). Nothing was saved; free some space or ask your IT contact.",
            code="storage.disk_full.quota",
            target=target,
            path=str(path),
        )
    if size_limit:
        return DiskFullError(
            f"Cannot write {what}: the disk is full for this file (it reached the largest "
            "file size this system allows). Nothing was saved; ask your IT contact to "
            "raise the limit or move the vault to another disk.",
            code="storage.disk_full.file_size_limit",
            target=target,
            path=str(path),
        )
    return DiskFullError(
        f"Cannot write {what}: the disk is full. Nothing was saved; free some space and try again.",
        target=target,
        path=str(path),
    )


def _read_only(path: Path, target: str) -> ReadOnlyMediumError:
    where = "the vault is" if target in ("vault", "evidence") else "the folder is"
    return ReadOnlyMediumError(
        f"Cannot write {_what(target, path)}: {where} on a read-only medium (a locked "
        "USB stick, a CD or a read-only share). Nothing was saved; copy it to a "
        "writable disk.",
        target=target,
        path=str(path),
    )


def _no_permission(path: Path, target: str) -> NoWritePermissionError:
    whose = "the vault file" if target in ("vault", "evidence") else "the file"
    return NoWritePermissionError(
        f"Cannot write {_what(target, path)}: no permission to write {whose} ({path}). "
        "Nothing was saved; ask your IT contact to give your account write access.",
        target=target,
        path=str(path),
    )


def _io_error(path: Path, target: str, reason: str) -> StorageError:
    return StorageError(
        f"Cannot write {_what(target, path)}: the disk reported an error ({reason}); it "
        "may be failing or disconnected. Nothing was saved; check the disk and try again.",
        code="storage.failed.io",
        target=target,
        path=str(path),
        reason=reason,
    )
