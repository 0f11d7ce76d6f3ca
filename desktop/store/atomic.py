"""Atomic file output: temp file in the same folder, permissions first, fsync, rename.

A reader (or a crash) sees either the old file or the complete new one, never a
half-written export.  A refused write (full disk, read-only medium, no permission)
leaves no temp file behind and is raised as the StorageError that names its cause.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.store.storage_errors import storage_errors


@contextlib.contextmanager
def atomic_writer(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces ``path`` durably, else vanishes."""
    path = Path(path)
    with storage_errors(path, "file"), _atomic_writer(path, mode) as handle:
        yield handle


@contextlib.contextmanager
def _atomic_writer(path: Path, mode: int) -> Iterator[BinaryIO]:
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, mode)  # before any byte is written
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_bytes_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    with atomic_writer(path, mode) as handle:
        handle.write(data)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; os.replace is atomic there
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
