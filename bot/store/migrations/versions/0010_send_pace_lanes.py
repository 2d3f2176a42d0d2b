"""Send pace lanes: `send_pace` keeps a row per sending lane (the bot's overall rate, and
each chat's, group's and channel's), keyed like `telegram:group:-1001234567890`, so its key
grows from 16 to 128 characters; each row keeps its lane's step and burst tolerance
(seconds), so one statement can move several lanes.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("send_pace") as batch:
        batch.alter_column(
            "platform", existing_type=sa.String(length=16), type_=sa.String(length=128)
        )
        batch.add_column(
            sa.Column("step", sa.Float(precision=53), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("tolerance", sa.Float(precision=53), nullable=False, server_default="0")
        )


def downgrade() -> None:
    op.execute("DELETE FROM send_pace WHERE length(platform) > 16")
    with op.batch_alter_table("send_pace") as batch:
        batch.drop_column("tolerance")
        batch.drop_column("step")
        batch.alter_column(
            "platform", existing_type=sa.String(length=128), type_=sa.String(length=16)
        )
