"""LOCAL STUB, NOT COMMITTED: stands in for trust-recovery's 0004 so 0005 can be tested."""

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
