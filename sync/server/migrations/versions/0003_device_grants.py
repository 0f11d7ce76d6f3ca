"""Grants per recipient device, a "manage" flag on grants, invites bound to a person.

* ``grants`` gains ``device_id`` (the device whose key card the case key is wrapped to) in
  its primary key, (case_id, user_id, key_id, device_id): a case key is wrapped to every
  approved device of every holder, so one user holds one row per key *and device*.
  Existing rows get the device of that user whose fingerprint is the row's
  ``recipient_fingerprint`` (revoked devices included: the row stays what it was); a row
  whose key card matches no device (impossible through the API) is kept under
  ``unmatched:<fingerprint prefix>`` so nothing is lost and no device ever pulls it.
* ``grants.manage``: the grant makes its holder an owner of the case (may withdraw others).
  Every existing grant is a plain one, except the grants of each case's creator (the user
  of its first grant), who is its owner.
* ``invites.user_id`` and ``invites.device_of``: a code enrols only the person it names
  (a new person, or the next device of a person).  Codes made before this revision name
  nobody and are refused at enrolment ("ask for a new one").

SQLite cannot change a primary key in place, so there the table is rebuilt; PostgreSQL
alters it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_MATCHING_DEVICE = (
    "COALESCE((SELECT d.device_id FROM devices d WHERE d.user_id = grants.user_id "
    "AND d.fingerprint = grants.recipient_fingerprint ORDER BY d.device_id LIMIT 1), "
    "'unmatched:' || SUBSTR(grants.recipient_fingerprint, 1, 16))"
)
# The creator of a case: the user of its grant with the smallest seq (a new case's first
# grant must be to its creator, sharing.put_grant).
_CREATORS_GRANT = (
    "user_id = (SELECT g.user_id FROM grants g WHERE g.case_id = grants.case_id "
    "ORDER BY g.seq LIMIT 1)"
)
_INDEXES = (
    ("ix_grants_user", ["user_id", "case_id"]),
    ("ix_grants_user_seq", ["user_id", "seq"]),
    ("ix_grants_user_revoked_seq", ["user_id", "revoked_seq"]),
)


def upgrade() -> None:
    """Add the columns, fill them from what is stored, and widen the grants' key."""
    op.add_column(
        "invites", sa.Column("user_id", sa.String(64), nullable=True)
    )  # NULL: made before codes named a person
    op.add_column(
        "invites",
        sa.Column("device_of", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_grants_sqlite()
    else:
        _alter_grants_postgresql()


def _alter_grants_postgresql() -> None:
    op.add_column("grants", sa.Column("device_id", sa.String(64), nullable=True))
    op.add_column(
        "grants", sa.Column("manage", sa.Boolean, nullable=False, server_default=sa.false())
    )
    op.execute(f"UPDATE grants SET device_id = {_MATCHING_DEVICE}")  # noqa: S608 - constants
    op.execute(f"UPDATE grants SET manage = true WHERE {_CREATORS_GRANT}")  # noqa: S608
    op.alter_column("grants", "device_id", nullable=False)
    op.alter_column("grants", "manage", server_default=None)
    op.drop_constraint("grants_pkey", "grants", type_="primary")
    op.create_primary_key("grants_pkey", "grants", ["case_id", "user_id", "key_id", "device_id"])


def _rebuild_grants_sqlite() -> None:
    op.create_table(
        "grants_new",
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("key_id", sa.String(64), primary_key=True),
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("enc", sa.Text, nullable=False),
        sa.Column("wrapped", sa.Text, nullable=False),
        sa.Column("recipient_fingerprint", sa.String(64), nullable=False),
        sa.Column("granted_by", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(200), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False),
        sa.Column("revoked_seq", sa.BigInteger, nullable=True),
        sa.Column("manage", sa.Boolean, nullable=False),
    )
    # Built from this module's constants only (no input): S608 does not apply.
    op.execute(
        "INSERT INTO grants_new (case_id, user_id, key_id, device_id, enc, wrapped, "  # noqa: S608
        "recipient_fingerprint, granted_by, signature, seq, revoked, revoked_seq, manage) "
        f"SELECT case_id, user_id, key_id, {_MATCHING_DEVICE}, enc, wrapped, "
        "recipient_fingerprint, granted_by, signature, seq, revoked, revoked_seq, "
        f"CASE WHEN {_CREATORS_GRANT} THEN 1 ELSE 0 END FROM grants"
    )
    for name, _ in _INDEXES:
        op.drop_index(name, "grants")
    op.drop_table("grants")
    op.rename_table("grants_new", "grants")
    for name, columns in _INDEXES:
        op.create_index(name, "grants", columns)


def downgrade() -> None:
    """Not supported: several device rows of one key cannot fold back into one row without
    choosing which wrap to keep; restore the backup taken before upgrading instead."""
    raise NotImplementedError("0003 cannot be downgraded; restore a backup.")
