"""Initial schema: organisation, invites, devices, grants, ops, blobs, the shared sequence.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every table (frozen here: later changes are new revisions)."""
    counters = op.create_table(
        "counters",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(counters, [{"name": "seq", "value": 0}])
    op.create_table(
        "orgs",
        sa.Column("org_id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("public_key", sa.String(100), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
    )
    op.create_table(
        "invites",
        sa.Column("secret_hash", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("expires", sa.BigInteger, nullable=False),
        sa.Column("used", sa.Boolean, nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
    )
    op.create_table(
        "devices",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("key_card", sa.Text, nullable=False),
        sa.Column("signing_key", sa.String(100), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("certificate", sa.Text, nullable=True),
        sa.Column("enrolled", sa.String(40), nullable=False),
    )
    op.create_index("ix_devices_user_id", "devices", ["user_id"])
    op.create_table(
        "grants",
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("key_id", sa.String(64), primary_key=True),
        sa.Column("enc", sa.Text, nullable=False),
        sa.Column("wrapped", sa.Text, nullable=False),
        sa.Column("recipient_fingerprint", sa.String(64), nullable=False),
        sa.Column("granted_by", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(200), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False),
        sa.Column("revoked_seq", sa.BigInteger, nullable=True),
    )
    op.create_index("ix_grants_user", "grants", ["user_id", "case_id"])
    op.create_table(
        "ops",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("op_id", sa.String(64), nullable=False, unique=True),
        sa.Column("case_id", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("hlc", sa.String(40), nullable=False),
        sa.Column("parents", sa.Text, nullable=False),
        sa.Column("author", sa.String(64), nullable=False),
        sa.Column("device", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(64), nullable=False),
        sa.Column("schema_version", sa.Integer, nullable=False),
        sa.Column("nonce", sa.LargeBinary, nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=False),
        sa.Column("signature", sa.String(200), nullable=False),
        sa.Column("blobs", sa.Text, nullable=False),
    )
    op.create_index("ix_ops_case_seq", "ops", ["case_id", "seq"])
    op.create_table(
        "blobs",
        sa.Column("blob_id", sa.String(64), primary_key=True),
        sa.Column("case_id", sa.String(64), nullable=False),
        sa.Column("chunks", sa.Integer, nullable=False),
        sa.Column("complete", sa.Boolean, nullable=False),
    )
    op.create_table(
        "blob_chunks",
        sa.Column("blob_id", sa.String(64), sa.ForeignKey("blobs.blob_id"), primary_key=True),
        sa.Column("idx", sa.Integer, primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    for table in ("blob_chunks", "blobs", "ops", "grants", "devices", "invites", "orgs"):
        op.drop_table(table)
    op.drop_table("counters")
