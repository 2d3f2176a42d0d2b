"""Deliveries: `sending` (the request is out) and `uncertain` (maybe sent, never repeated).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

_OLD = "status IN ('planned', 'claimed', 'sent', 'failed', 'skipped', 'dead')"
_NEW = (
    "status IN ('planned', 'claimed', 'sending', 'uncertain', 'sent', 'failed', "
    "'skipped', 'dead')"
)


def _replace_check(condition: str) -> None:
    # Batch mode: SQLite cannot alter a constraint in place, so the table is copied.
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_constraint(op.f("ck_deliveries_status"), type_="check")
        batch.create_check_constraint(op.f("ck_deliveries_status"), condition)


def upgrade() -> None:
    _replace_check(_NEW)


def downgrade() -> None:
    op.execute(
        "UPDATE deliveries SET status = 'failed', reason = 'maybe sent' "
        "WHERE status IN ('sending', 'uncertain')"
    )
    _replace_check(_OLD)
