"""``python -m sync.server``: every bad input is one ``error:`` line, never a traceback;
the files the server creates are private.

Every command runs as a real subprocess with stdin from /dev/null (no terminal), on real
databases (SQLite files, PostgreSQL on 127.0.0.1).  A read-only folder needs a process
the folder is read-only for: when the tests run as root, that subprocess runs without the
capabilities that let root write anywhere (util-linux ``setpriv``), so the folder's mode
applies to it as to any user.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from sync.server import admin
from sync.server.db import make_engine
from sync.server.migrate import upgrade
from tests.sync.conftest import ORG_PASSPHRASE, ROOT, free_port, start_server

PASSPHRASE_ENV = "MADOGUCHI_ORG_PASSPHRASE"
# Root without CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH obeys file modes like any user.
AS_PLAIN_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]


def run_server(
    *args: str, passphrase: str | None = None, unprivileged: bool = False, umask: int = -1
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}
    env["PYTHONPATH"] = str(ROOT)
    if passphrase is not None:
        env[PASSPHRASE_ENV] = passphrase
    prefix = AS_PLAIN_USER if unprivileged and os.geteuid() == 0 else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "sync.server", *args],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, cwd=ROOT,
        timeout=120, check=False, umask=umask,
    )  # fmt: skip


def assert_one_error_line(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """Non-zero exit, stderr exactly one line ``error: …`` holding ``fragments``."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and result.stderr.endswith("\n"), result.stderr
    assert lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], result.stderr
    return lines[0]


# -- the commands, each with what it needs besides --database -----------------------------
@pytest.fixture(scope="module")
def org_key() -> Iterator[Path]:
    """A real organisation key (approve reads it before it opens the database)."""
    folder = Path(tempfile.mkdtemp(prefix="madoguchi-org-"))
    key = folder / "org.pem"
    admin.create_org(f"sqlite:///{folder / 'org.sqlite3'}", "Key NGO", key, ORG_PASSPHRASE)
    yield key
    shutil.rmtree(folder)


def commands(org_key: Path, scratch: Path) -> dict[str, tuple[list[str], str | None]]:
    """Each command's arguments and passphrase, so that only --database can be wrong."""
    return {
        "serve": (["serve", "--port", str(free_port())], None),
        "migrate": (["migrate"], None),
        "create-org": (
            ["admin", "create-org", "NGO", "--org-key", str(scratch / f"new-{free_port()}.pem")],
            "a passphrase",
        ),
        "invite": (
            ["admin", "invite", "--user", "u1", "--role", "counselor", "--expires", "2h"],
            None,
        ),
        "devices": (["admin", "devices"], None),
        "approve": (
            ["admin", "approve", "dev-x", "--org-key", str(org_key), "--fingerprint", "0" * 16],
            ORG_PASSPHRASE,
        ),
        "revoke": (["admin", "revoke", "dev-x"], None),
    }


COMMANDS = ["serve", "migrate", "create-org", "invite", "devices", "approve", "revoke"]


@pytest.fixture
def read_only_folder() -> Iterator[Path]:
    """A folder an unprivileged process cannot write."""
    folder = Path(tempfile.mkdtemp(prefix="madoguchi-ro-"))
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


BAD_URLS = {
    "unknown scheme": ("mysql://user@localhost/db", "'mysql' databases are not supported"),
    "not a URL": ("not a url at all", "is not a database URL"),
    "unreachable PostgreSQL": (
        "postgresql://postgres:s3cret@127.0.0.1:1/madoguchi",
        "Cannot open the database postgresql://postgres:***@127.0.0.1:1/madoguchi",
    ),
    "missing folder": ("sqlite:///{missing}/server.sqlite3", "does not exist"),
    "read-only folder": ("sqlite:///{read_only}/server.sqlite3", "Cannot create the database"),
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", list(BAD_URLS))
def test_every_command_answers_a_bad_database_url_in_one_line(
    command: str, kind: str, org_key: Path, tmp_path: Path, read_only_folder: Path
) -> None:
    url, expected = BAD_URLS[kind]
    url = url.format(missing=tmp_path / "no" / "such", read_only=read_only_folder)
    args, passphrase = commands(org_key, read_only_folder.parent)[command]
    unprivileged = kind == "read-only folder"
    done = run_server(*args, "--database", url, passphrase=passphrase, unprivileged=unprivileged)
    line = assert_one_error_line(done, expected)
    assert "s3cret" not in line
    assert not list(read_only_folder.iterdir())


def test_no_terminal_and_no_variable_is_one_line(org_key: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    wanted = "No terminal to ask for the passphrase; set MADOGUCHI_ORG_PASSPHRASE."
    created = run_server("admin", "create-org", "NGO", "--org-key", str(tmp_path / "k.pem"),
                         "--database", url)  # fmt: skip
    assert assert_one_error_line(created) == "error: " + wanted
    assert not (tmp_path / "k.pem").exists()
    approved = run_server("admin", "approve", "dev-x", "--org-key", str(org_key), "--database", url)
    assert assert_one_error_line(approved) == "error: " + wanted


def test_key_files_and_passphrases(org_key: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"

    def approve(key: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
        return run_server("admin", "approve", "dev-x", "--org-key", str(key), "--database", url,
                          passphrase=passphrase)  # fmt: skip

    assert_one_error_line(approve(tmp_path / "missing.pem", ORG_PASSPHRASE), "Cannot read")
    assert_one_error_line(approve(tmp_path, ORG_PASSPHRASE), "Cannot read")  # a folder
    assert_one_error_line(approve(org_key, "not the passphrase"), "wrong passphrase")
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("-----BEGIN PRIVATE KEY-----\nnot base64\n")
    assert_one_error_line(approve(garbage, ORG_PASSPHRASE), "not a key file")
    nowhere = tmp_path / "no" / "such" / "org.pem"
    made = run_server("admin", "create-org", "NGO", "--org-key", str(nowhere), "--database", url,
                      passphrase="pw")  # fmt: skip
    assert_one_error_line(made, "Cannot write", str(nowhere))


def test_admin_mistakes_are_one_line(database_url: str, org_key: Path, tmp_path: Path) -> None:
    admin.create_org(database_url, "Test NGO", tmp_path / "org.pem", ORG_PASSPHRASE)
    again = run_server("admin", "create-org", "Other", "--org-key", str(tmp_path / "x.pem"),
                       "--database", database_url, passphrase="pw")  # fmt: skip
    assert_one_error_line(again, "already has an organisation (Test NGO)")
    duration = run_server("admin", "invite", "--user", "u1", "--role", "lawyer", "--expires", "soon",
                          "--database", database_url)  # fmt: skip
    assert_one_error_line(duration, "'soon' is not a duration")
    revoked = run_server("admin", "revoke", "dev-nobody", "--database", database_url)
    assert_one_error_line(revoked, "No device 'dev-nobody' is enrolled")
    approved = run_server("admin", "approve", "dev-nobody", "--org-key",
                          str(tmp_path / "org.pem"), "--database", database_url,
                          passphrase=ORG_PASSPHRASE)  # fmt: skip
    assert_one_error_line(approved, "No device 'dev-nobody' is enrolled")
    other_key = run_server("admin", "approve", "dev-nobody", "--org-key", str(org_key),
                           "--database", database_url, passphrase=ORG_PASSPHRASE)  # fmt: skip
    assert_one_error_line(other_key, "is not the key of Test NGO")
    usage = run_server(
        "admin", "invite", "--user", "u1", "--role", "boss", "--database", database_url
    )
    assert usage.returncode == 2
    assert_one_error_line(usage, "invalid choice: 'boss'")


def test_a_database_of_a_newer_server_is_refused_in_one_line(
    database_url: str, org_key: Path, tmp_path: Path
) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    finally:
        engine.dispose()
    for name, (args, passphrase) in commands(org_key, tmp_path).items():
        done = run_server(*args, "--database", database_url, passphrase=passphrase)
        line = assert_one_error_line(done, "This database was made by a newer Madoguchi server")
        assert "0099_from_the_future" in line, name
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:  # left exactly as it was
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            tables = conn.execute(text("SELECT count(*) FROM orgs")).scalar_one()
    finally:
        engine.dispose()
    assert (version, tables) == ("0099_from_the_future", 0)


def test_serve_refuses_a_taken_port_and_bad_tls_files(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        busy = run_server("serve", "--port", port, "--database", url)
    assert_one_error_line(busy, f"Cannot listen on 127.0.0.1 port {port}", "in use")
    missing = run_server("serve", "--port", str(free_port()), "--database", url,
                         "--certfile", str(tmp_path / "cert.pem"),
                         "--keyfile", str(tmp_path / "key.pem"))  # fmt: skip
    assert_one_error_line(missing, "Cannot read the TLS certificate", "No such file")
    (tmp_path / "cert.pem").write_text("not a certificate")
    (tmp_path / "key.pem").write_text("not a key")
    garbage = run_server("serve", "--port", str(free_port()), "--database", url,
                         "--certfile", str(tmp_path / "cert.pem"),
                         "--keyfile", str(tmp_path / "key.pem"))  # fmt: skip
    assert_one_error_line(garbage, "are not a PEM certificate and its unencrypted key")
    half = run_server("serve", "--database", url, "--certfile", str(tmp_path / "cert.pem"))
    assert_one_error_line(half, "Give both --certfile and --keyfile")
    far = run_server("serve", "--port", "70000", "--database", url)
    assert_one_error_line(far, "--port 70000 is not a port number")


def test_an_unexpected_failure_is_one_line_naming_only_its_type(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The last resort: nothing known went wrong, so the type is named and nothing else
    (its message could hold anything).  No subprocess can fail this way on purpose."""
    from sync.server import cli

    def broken(_url: str) -> list[admin.DeviceRow]:
        raise RuntimeError("detail that could be private")

    monkeypatch.setattr(admin, "devices", broken)
    status = cli.main(["admin", "devices", "--database", f"sqlite:///{tmp_path / 'x.sqlite3'}"])
    err = capsys.readouterr().err
    assert status == 1
    assert err == "error: internal error (RuntimeError); please report it.\n"


# -- file permissions ----------------------------------------------------------------------
def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_server_creates_its_folders_and_database_files_private(tmp_path: Path) -> None:
    data = tmp_path / "data" / "server"
    done = run_server("migrate", "--data", str(data), umask=0)  # even with a permissive umask
    assert done.returncode == 0, done.stderr
    assert _mode(tmp_path / "data") == 0o700 and _mode(data) == 0o700
    assert _mode(data / "server.sqlite3") == 0o600
    database = tmp_path / "explicit.sqlite3"
    running = start_server(f"sqlite:///{database}", tmp_path / "server.log")
    try:
        companions = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
        assert all(path.exists() for path in companions)  # WAL mode, while it runs
        assert {path.name: _mode(path) for path in companions} == {
            path.name: 0o600 for path in companions
        }
    finally:
        running.stop()
    key = tmp_path / "org.pem"
    made = run_server("admin", "create-org", "NGO", "--org-key", str(key),
                      "--database", f"sqlite:///{database}", passphrase="pw", umask=0)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert _mode(key) == 0o600
