"""Organisation recovery: the certified recovery public key and the case keys wrapped to it.

``recovery_keys`` holds the organisation's recovery public key (one row, written with the
organisation by ``admin create-org --recovery key|shares``) and the organisation key's
signature over it.  ``recovery_wraps`` holds each case key HPKE-wrapped to that key by a
device holding the case; devices never pull it, only ``admin recover-cases`` reads it.
An organisation created before this revision has no recovery (no row).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recovery_keys",
        sa.Column("org_id", sa.String(64), sa.ForeignKey("orgs.org_id"), primary_key=True),
        sa.Column("public_key", sa.Text, nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(200), nullable=False),
        sa.Column("scheme", sa.String(16), nullable=False),
        sa.Column("threshold", sa.Integer, nullable=True),
        sa.Column("shares", sa.Integer, nullable=True),
        sa.Column("created", sa.String(40), nullable=False),
    )
    op.create_table(
        "recovery_wraps",
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("key_id", sa.String(64), primary_key=True),
        sa.Column("recovery_fingerprint", sa.String(64), primary_key=True),
        sa.Column("enc", sa.Text, nullable=False),
        sa.Column("wrapped", sa.Text, nullable=False),
        sa.Column("wrapped_by", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(200), nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("recovery_wraps")
    op.drop_table("recovery_keys")
