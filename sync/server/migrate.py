"""Bring a database's schema to the newest Alembic revision (``upgrade head``).

Two situations get their own one-line error instead of Alembic's or the driver's
traceback: a database that cannot be reached, and one migrated by a newer server (its
revision is unknown here, and running an older server on it could damage it).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from sync.server.database_location import shown
from sync.server.errors import DatabaseError, NewerSchemaError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run every migration not yet applied up to ``revision`` (tests stop at older ones),
    in one transaction, on ``engine``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        connection = engine.connect()
    except DBAPIError as exc:
        raise unreachable(engine, exc) from None
    with connection:
        refuse_newer_schema(connection, ScriptDirectory.from_config(config))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()


def refuse_newer_schema(connection: Connection, script: ScriptDirectory) -> None:
    """NewerSchemaError if the database records a revision this server does not have."""
    current = MigrationContext.configure(connection).get_current_heads()
    connection.rollback()  # the look-up's transaction; the upgrade opens its own
    for revision in current:
        try:
            known = script.get_revision(revision)
        except CommandError:
            known = None
        if known is None:
            raise NewerSchemaError(
                "This database was made by a newer Madoguchi server (schema revision "
                f"{revision[:40]}); run that version, or restore a backup of this one's.",
                revision=revision[:40],
            )


def unreachable(engine: Engine, exc: DBAPIError) -> DatabaseError:
    """One line for a database the server cannot open: where, and the driver's first line."""
    reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "no answer"
    where = shown(engine.url.render_as_string(hide_password=True))
    return DatabaseError(
        f"Cannot open the database {where}: {reason[:300]}.",
        code="server.database.unreachable",
        url=where,
        reason=reason[:300],
    )
