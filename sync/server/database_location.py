"""Where the server's database is: the URL checked before an engine is made, and a SQLite
file created private (0600) so the server's metadata is not readable by other local users.

SQLite gives its ``-wal`` and ``-shm`` files the database file's own permissions, so a
database file made 0600 keeps its companions 0600 too (tests/sync/test_server_cli.py
checks all three while a server runs).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from sync.server.errors import DatabaseError

# The drivers the server is built and tested with; any other would fail later with an
# ImportError or an untested dialect.
SUPPORTED_DRIVERS = ("sqlite", "postgresql+psycopg")
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def shown(url: str) -> str:
    """The URL as it may be printed: no password, and nothing unreadable (at most 200 chars)."""
    try:
        text = make_url(url).render_as_string(hide_password=True)
        text = text.replace("postgresql+psycopg://", "postgresql://", 1)  # as it was given
    except (ArgumentError, ValueError):
        text = url
    printable = "".join(ch if ch.isprintable() else "?" for ch in text)
    return printable if len(printable) <= 200 else printable[:199] + "…"


def checked_url(url: str) -> URL:
    """The parsed URL, or a DatabaseError naming what is wrong with it."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise DatabaseError(
            f"'{shown(url)}' is not a database URL; give sqlite:///FILE or "
            "postgresql://USER@HOST/NAME.",
            code="server.database.bad_url",
            url=shown(url),
        ) from None
    if parsed.drivername not in SUPPORTED_DRIVERS:
        raise DatabaseError(
            f"'{parsed.drivername}' databases are not supported; give sqlite:///FILE or "
            "postgresql://USER@HOST/NAME.",
            code="server.database.unknown_scheme",
            scheme=parsed.drivername,
        )
    return parsed


def sqlite_path(parsed: URL) -> Path | None:
    """The file of a SQLite URL; None for an in-memory database."""
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:") or parsed.query.get("mode") == "memory":
        return None  # a URI filename: SQLite opens it as the URI says
    return Path(database)


def create_private_sqlite(path: Path) -> None:
    """Make the database file 0600 before SQLite does (it would use 0644), in a folder that
    must exist; an existing file is left as it is."""
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseError(
            f"The folder {folder} for the database does not exist; create it or give another path.",
            code="server.database.folder_missing",
            folder=str(folder),
        )
    if path.is_dir():
        raise DatabaseError(
            f"{path} is a folder, not a database file.",
            code="server.database.not_a_file",
            path=str(path),
        )
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    except OSError as exc:
        raise DatabaseError(
            f"Cannot create the database file {path}: {exc.strerror}.",
            code="server.database.not_writable",
            path=str(path),
            strerror=exc.strerror,
        ) from None
    os.close(fd)


def private_folder(folder: Path) -> Path:
    """``folder`` and any missing parents, made 0700 (an existing folder is left as it is)."""
    previous = os.umask(0o077)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    except OSError as exc:
        raise DatabaseError(
            f"Cannot create the data folder {folder}: {exc.strerror}.",
            code="server.database.folder_not_writable",
            folder=str(folder),
            strerror=exc.strerror,
        ) from None
    finally:
        os.umask(previous)
    return folder
