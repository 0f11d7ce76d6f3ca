"""Ops no longer show the server their entity, entity id, HLC or parents (issue 15).

Protocol version 3 seals those four fields with the op (sync/_client_wire.py), so new rows
leave their columns NULL.  The columns are made nullable, not dropped: rows pushed by
version-2 clients keep their values and are still sent, with them, as ``WireOp.legacy``
(their ciphertext is the vault's own, which needs the clear header to open).  So an
upgraded server loses nothing; what it already knew about old ops it keeps knowing until
those rows are gone.

Written against revision 0004 (``0004_recovery_wraps``, another branch of issue 15), which
was not yet on main when this was written: merge that one first.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_MOVED = (
    ("entity", sa.String(64)),
    ("entity_id", sa.String(64)),
    ("hlc", sa.String(40)),
    ("parents", sa.Text()),
)


def upgrade() -> None:
    # batch_alter_table: SQLite cannot alter a column in place (the table is copied);
    # PostgreSQL gets plain ALTER COLUMN … DROP NOT NULL.
    with op.batch_alter_table("ops") as batch:
        for name, kind in _MOVED:
            batch.alter_column(name, existing_type=kind, nullable=True)


def downgrade() -> None:
    # Rows pushed by version-3 clients have no clear header to put back: they cannot be
    # served to a version-2 client, so a downgrade with any of them present is refused.
    bind = op.get_bind()
    sealed = bind.execute(sa.text("SELECT COUNT(*) FROM ops WHERE entity IS NULL")).scalar_one()
    if sealed:
        raise RuntimeError(
            f"{sealed} op(s) carry their header sealed (protocol 3); cannot downgrade below 0005."
        )
    with op.batch_alter_table("ops") as batch:
        for name, kind in _MOVED:
            batch.alter_column(name, existing_type=kind, nullable=False)
