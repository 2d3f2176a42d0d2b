"""The analysed library: an article's digest and visibility, and its word keys (typed ORM)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.db import Base, UTCDateTime

KEY_LENGTH = 128


class LibraryArticleRow(Base):
    """An analysed article: its digest (bullets and topics) as JSON, and who may see it.

    `public` is true when some chat other than a private source's followers sees it: it has
    no source, or one source that is not private (kept so when a source's privacy changes).
    """

    __tablename__ = "library_articles"
    __table_args__ = (
        Index("ix_library_articles_public_ingested_at", "public", "ingested_at", "article_id"),
        Index("ix_library_articles_ingested_at", "ingested_at"),
    )

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    public: Mapped[bool] = mapped_column()
    language: Mapped[str] = mapped_column(String(16))
    digest: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Each section's sentences with their word keys: excerpts without analysing again.
    passages: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    analysed_with: Mapped[int] = mapped_column()  # the analysis version that made it


class LibraryKeyRow(Base):
    """A word key (lemma or compound part) an article contains: what a topic or search finds."""

    __tablename__ = "library_keys"
    __table_args__ = (Index("ix_library_keys_article_id", "article_id"),)

    key: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
