"""Chat sources: which chat follows which source (platform '' chat '' is the shared list),
and each source's state (failing since, gone). Sources known before are shared.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "chat_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("chat_id", sa.String(length=128), nullable=False),
        sa.Column("thread_id", sa.String(length=128), server_default="", nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("html_url", sa.Text(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_chat_sources_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_sources")),
        sa.UniqueConstraint("platform", "chat_id", "thread_id", "source_id", name="uq_chat_sources"),
    )
    op.create_index("ix_chat_sources_source_id", "chat_sources", ["source_id"])
    op.create_table(
        "source_states",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("private", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("failing_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("gone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("gone_told_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_states_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_states")),
    )
    # The feeds and pages read so far were the operator's: the shared list.
    op.execute(
        "INSERT INTO chat_sources (platform, chat_id, thread_id, source_id, added_at) "
        "SELECT '', '', '', id, created_at FROM sources WHERE kind IN ('feed', 'page')"
    )


def downgrade() -> None:
    op.drop_table("source_states")
    op.drop_index("ix_chat_sources_source_id", table_name="chat_sources")
    op.drop_table("chat_sources")
