"""All or nothing when the disk refuses: the real CLI under a file-size limit, a read-only
vault file and a read-only medium.  Each run must end in one line naming the cause, and
the vault must afterwards hold exactly what it held before (so a re-run imports once).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.cases.service import CaseService
from desktop.errors import DiskFullError, NoWritePermissionError, ReadOnlyMediumError
from desktop.store.atomic import write_bytes_atomic
from desktop.store.storage_errors import storage_error
from desktop.store.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
HEADER = ["full_name", "nationality", "language", "phone", "summary"]
ROWS = 300


def _cli(*args: str, preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MADOGUCHI_")}
    environ["MADOGUCHI_PASSPHRASE"] = PASSPHRASE
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=300,
        stdin=subprocess.DEVNULL,
        preexec_fn=preexec,
        check=False,
    )


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _one_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode != 0, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def _names(folder: Path) -> list[str]:
    found = _cli("search", "--vault", str(folder), "--json", "--limit", "100000")
    assert found.returncode == 0, found.stderr
    return sorted(row["full_name"] for row in json.loads(found.stdout))


def _write_list(path: Path) -> None:
    lines = [",".join(HEADER)]
    lines += [f"Worker {i:03},VN,vi,090{i:08},{'unpaid wages ' * 20}" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def folder(vault: Vault, tmp_path: Path) -> Path:
    """A closed vault holding two cases, and the 300-row list beside it."""
    service = CaseService(vault)
    for name in ("Before One", "Before Two"):
        service.create_case({"full_name": name}, case={"summary": "already here"})
    path = vault.folder
    vault.close()
    _write_list(tmp_path / "list.csv")
    return path


def _largest_file(folder: Path) -> int:
    return max(p.stat().st_size for p in folder.iterdir() if p.is_file())


def test_import_on_a_full_disk_commits_nothing_and_a_rerun_imports_once(
    folder: Path, tmp_path: Path
) -> None:
    listing = tmp_path / "list.csv"
    # Room for unlocking (the check below proves it), not for 300 cases: the write-ahead
    # log reaches the limit while the import commits.
    limit = 256 * 1024
    unlocks = _cli("check", "--vault", str(folder), preexec=_file_size_limit(limit))
    assert unlocks.returncode == 0, unlocks.stderr
    refused = _cli("import", "--vault", str(folder), str(listing),
                   preexec=_file_size_limit(limit))  # fmt: skip
    _one_line(refused, "the disk is full", "Nothing was saved")
    assert "Imported" not in refused.stdout
    assert _names(folder) == ["Before One", "Before Two"]
    checked = _cli("check", "--vault", str(folder), "--json")
    assert json.loads(checked.stdout)["ok"] is True, checked.stdout

    again = _cli("import", "--vault", str(folder), str(listing))
    assert again.returncode == 0, again.stderr
    assert f"Imported {ROWS} cases." in again.stdout
    names = _names(folder)
    assert len(names) == ROWS + 2 and len(set(names)) == ROWS + 2


def test_a_refused_snapshot_after_the_commit_keeps_the_import_and_says_so(
    folder: Path, tmp_path: Path
) -> None:
    # Room for the commit, not for the snapshot that follows it: the import IS saved, so
    # the command must say "Imported" (a "failed" message would make people re-run it).
    result = _cli("import", "--vault", str(folder), str(tmp_path / "list.csv"),
                  preexec=_file_size_limit(800_000))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"Imported {ROWS} cases." in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "the changes are saved, but the disk is full" in lines[0]
    assert len(_names(folder)) == ROWS + 2


def _drop_capabilities() -> None:
    """Run the child as a root without privileges, so file modes apply to it."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    pr_capbset_drop = 24
    for capability in range(64):
        libc.prctl(pr_capbset_drop, capability, 0, 0, 0)  # capabilities vanish at exec


def test_a_read_only_vault_file_names_the_permission(folder: Path, tmp_path: Path) -> None:
    db = folder / "vault.db"
    before = _names(folder)
    os.chmod(db, 0o444)
    os.chmod(folder, 0o500)
    try:
        result = _cli("import", "--vault", str(folder), str(tmp_path / "list.csv"),
                      preexec=_drop_capabilities if os.geteuid() == 0 else None)  # fmt: skip
    finally:
        os.chmod(folder, 0o700)
        os.chmod(db, 0o600)
    _one_line(result, "no permission to write the vault file")
    assert _names(folder) == before


@contextlib.contextmanager
def _read_only_mount(folder: Path) -> Iterator[None]:
    """Bind ``folder`` onto itself read-only (a locked USB stick), or skip where not allowed."""
    if os.geteuid() != 0:
        pytest.skip("a read-only mount needs root")
    bound = subprocess.run(["mount", "--bind", str(folder), str(folder)], check=False,
                           capture_output=True)  # fmt: skip
    if bound.returncode != 0:
        pytest.skip(f"mount is not allowed here: {bound.stderr!r}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_vault_on_a_read_only_medium_says_so(folder: Path, tmp_path: Path) -> None:
    before = _names(folder)
    with _read_only_mount(folder):
        result = _cli("import", "--vault", str(folder), str(tmp_path / "list.csv"))
        export = _cli("export", "--vault", str(folder), "--yes", "--out", str(folder / "x.json"))
    _one_line(result, "the vault is on a read-only medium")
    _one_line(export, "read-only medium")
    assert _names(folder) == before


def test_an_export_on_a_full_disk_leaves_no_file_and_names_the_disk(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"the previous export")
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from desktop.errors import DiskFullError\n"
        "from desktop.store.atomic import write_bytes_atomic\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "try:\n"
        f"    write_bytes_atomic(Path({str(target)!r}), b'x' * 100_000)\n"
        "except DiskFullError as error:\n"
        "    print(error.code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)  # fmt: skip
    assert done.stdout.strip() == "storage.disk_full.file_size_limit", done.stderr
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]  # no temp file left


@pytest.mark.parametrize(
    ("number", "kind", "code"),
    [
        (errno.ENOSPC, DiskFullError, "storage.disk_full"),
        (errno.EDQUOT, DiskFullError, "storage.disk_full.quota"),
        (errno.EFBIG, DiskFullError, "storage.disk_full.file_size_limit"),
        (errno.EROFS, ReadOnlyMediumError, "storage.read_only"),
        (errno.EACCES, NoWritePermissionError, "storage.no_permission"),
    ],
)
def test_os_errors_become_the_storage_error_naming_the_cause(
    tmp_path: Path, number: int, kind: type[Exception], code: str
) -> None:
    mapped = storage_error(OSError(number, os.strerror(number)), tmp_path / "x.csv", "file")
    assert isinstance(mapped, kind)
    assert mapped.code == code
    assert mapped.params == {"target": "file", "path": str(tmp_path / "x.csv")}


def test_sqlite_errors_that_are_not_about_the_disk_pass_through(tmp_path: Path) -> None:
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = 5  # type: ignore[attr-defined]
    assert storage_error(locked, tmp_path / "vault.db", "vault") is None
    assert storage_error(ValueError("no"), tmp_path, "vault") is None


def test_an_atomic_write_into_a_missing_folder_is_not_called_a_disk_problem(
    tmp_path: Path,
) -> None:
    with pytest.raises(FileNotFoundError):
        write_bytes_atomic(tmp_path / "missing" / "x.json", b"{}")


@contextlib.contextmanager
def _file_size_limit_here(limit: int) -> Iterator[None]:
    """The limit for this process, restored afterwards (the soft limit may go back up)."""
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    old = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, old[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old)
        signal.signal(signal.SIGXFSZ, old_handler)


def test_after_a_refused_commit_the_same_open_vault_keeps_working(vault: Vault) -> None:
    """The window stays open after "the disk is full": its next save must work, and the
    refused one must be gone from the vault and from what the window shows."""
    service = CaseService(vault)
    service.create_case({"full_name": "Kept"}, case={"summary": "before"})
    wal = vault.folder / "vault.db-wal"
    limit = _file_size_limit_here(wal.stat().st_size + 4096)
    with limit, pytest.raises(DiskFullError), vault.writing():
        for i in range(200):
            service.create_case({"full_name": f"Lost {i}"}, case={"summary": "x" * 500})
    service.create_case({"full_name": "After"}, case={"summary": "space again"})
    shown = sorted(row.full_name for row in service.list_cases())
    assert shown == ["After", "Kept"]
    folder = vault.folder
    vault.close()
    assert _names(folder) == ["After", "Kept"]
