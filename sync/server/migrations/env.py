"""Alembic environment: runs on the connection ``sync.server.migrate`` hands over.

Several server processes may start at once against one PostgreSQL; a transaction-scoped
advisory lock makes the second wait and then find the schema already at head.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

MIGRATION_LOCK = 0x4D44_4753  # "MDGS": arbitrary, fixed advisory-lock key


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=None, transaction_per_migration=False)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run_migrations_online()
