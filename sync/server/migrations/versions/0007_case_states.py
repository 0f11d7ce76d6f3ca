"""Per-case state digests (issue 18): verify compares them instead of reading op lists.

``case_states`` holds, per case with ops, the number of its ops and the sum modulo 2**256
of the SHA-256 of each op id (as a number; stored as 64 hex digits), and the first 32 bits
of the SHA-256 of the case id (which of verify's buckets it falls in).  The sum is
order-free, so a push adds its ops without reading the case's others.  The upgrade fills
it from the ops already stored, reading them in case order in a stream (one pass, memory
of one case).  The digest is written out here rather than imported, so this step stays
what it was whatever the protocol module becomes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_MOD = 1 << 256
_BATCH = 2000


def upgrade() -> None:
    states = op.create_table(
        "case_states",
        sa.Column("case_id", sa.String(64), primary_key=True),
        sa.Column("op_count", sa.BigInteger, nullable=False),
        sa.Column("op_sum", sa.String(64), nullable=False),
        sa.Column("bucket_key", sa.BigInteger, nullable=False),
        sqlite_with_rowid=False,  # kept in case id order: see db.py
    )
    assert states is not None
    conn = op.get_bind()
    # A stream (server-side cursor on PostgreSQL): this statement's option, not the
    # connection's, so the inserts and Alembic's own statements run as usual.
    rows = conn.execute(
        sa.text("SELECT case_id, op_id FROM ops ORDER BY case_id").execution_options(
            yield_per=_BATCH
        )
    )
    pending: list[dict[str, object]] = []
    case_id, count, total = None, 0, 0
    for row in rows:
        if row.case_id != case_id:
            if case_id is not None:
                pending.append(_row(case_id, count, total))
            case_id, count, total = row.case_id, 0, 0
        count += 1
        total += int.from_bytes(hashlib.sha256(row.op_id.encode()).digest(), "big")
        if len(pending) >= _BATCH:
            conn.execute(states.insert(), pending)
            pending = []
    if case_id is not None:
        pending.append(_row(case_id, count, total))
    if pending:
        conn.execute(states.insert(), pending)


def _row(case_id: str, count: int, total: int) -> dict[str, object]:
    key = int.from_bytes(hashlib.sha256(case_id.encode()).digest()[:4], "big")
    return {
        "case_id": case_id,
        "op_count": count,
        "op_sum": f"{total % _MOD:064x}",
        "bucket_key": key,
    }


def downgrade() -> None:
    op.drop_table("case_states")
