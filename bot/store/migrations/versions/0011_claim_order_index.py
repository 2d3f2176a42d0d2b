"""Claims walk an index in their order: `deliveries (status, due_at, id)` replaces
`(status, due_at)`, so taking the next few due digests reads those few rows instead of
sorting every due one (10,000 chats due at one minute share one `due_at`).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_index("ix_deliveries_claim_order", "deliveries", ["status", "due_at", "id"])
    op.drop_index("ix_deliveries_status_due_at", table_name="deliveries")


def downgrade() -> None:
    op.create_index("ix_deliveries_status_due_at", "deliveries", ["status", "due_at"])
    op.drop_index("ix_deliveries_claim_order", table_name="deliveries")
