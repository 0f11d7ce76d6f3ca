"""The directory by change (issue 18): each device row records the sequence number of its
last approval or revocation, and a revoked device keeps its certificate.

``changed_seq`` is taken from the shared sequence (under its lock, like ops and grants), so
``GET /v1/directory?since=V`` answers exactly the devices approved or revoked after V, and
commit order equals number order.  ``revoked_seq`` says when a device was revoked: a grant
numbered before it was made while the device was still trusted.  Rows from before this
revision get NULL: they appear in a full directory only (revoked ones have no certificate
left, so they cannot be listed at all).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("changed_seq", sa.BigInteger, nullable=True))
        batch.add_column(sa.Column("revoked_seq", sa.BigInteger, nullable=True))
    op.create_index("ix_devices_changed_seq", "devices", ["changed_seq"])


def downgrade() -> None:
    op.drop_index("ix_devices_changed_seq", table_name="devices")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("revoked_seq")
        batch.drop_column("changed_seq")
