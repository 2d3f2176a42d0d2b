"""The library in the database: each article's digest and word keys stored once, and every
source that carries an article (one article read once, shared by all its feeds).

The links are filled here from each article's first source. Digests and keys are not made
here (a migration does not import the analysis): articles stored before this revision are
analysed lazily, newest first, a few by the chat when it first looks and the rest by the
worker's periodic job.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "article_sources",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_sources_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_article_sources_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "source_id", name=op.f("pk_article_sources")),
    )
    op.create_index(
        "ix_article_sources_source_id_ingested_at",
        "article_sources",
        ["source_id", "ingested_at"],
    )
    op.execute(
        "INSERT INTO article_sources (article_id, source_id, ingested_at) "
        "SELECT id, source_id, ingested_at FROM articles WHERE source_id IS NOT NULL"
    )
    op.create_table(
        "library_articles",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.JSON(), nullable=False),
        sa.Column("passages", sa.JSON(), nullable=False),
        sa.Column("analysed_with", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_library_articles_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_library_articles")),
    )
    op.create_index(
        "ix_library_articles_public_ingested_at",
        "library_articles",
        ["public", "ingested_at", "article_id"],
    )
    op.create_index("ix_library_articles_ingested_at", "library_articles", ["ingested_at"])
    op.create_table(
        "library_keys",
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_library_keys_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "article_id", name=op.f("pk_library_keys")),
    )
    op.create_index("ix_library_keys_article_id", "library_keys", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_library_keys_article_id", table_name="library_keys")
    op.drop_table("library_keys")
    op.drop_index("ix_library_articles_ingested_at", table_name="library_articles")
    op.drop_index("ix_library_articles_public_ingested_at", table_name="library_articles")
    op.drop_table("library_articles")
    op.drop_index("ix_article_sources_source_id_ingested_at", table_name="article_sources")
    op.drop_table("article_sources")
