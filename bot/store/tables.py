"""The article and source tables (typed SQLAlchemy ORM)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.db import Base, UTCDateTime
from bot.store.keys import URL_LENGTH


class SourceRow(Base):
    """A file, page or feed articles were ingested from; feeds carry their polling state."""

    __tablename__ = "sources"
    __table_args__ = (CheckConstraint("kind IN ('file', 'page', 'feed')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    location: Mapped[str] = mapped_column(String(URL_LENGTH), unique=True)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failures: Mapped[int] = mapped_column(default=0, server_default="0")
    next_poll_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ArticleRow(Base):
    """A stored article: its text, its sections as JSON and the keys it is deduplicated by."""

    __tablename__ = "articles"
    __table_args__ = (Index("ix_articles_ingested_at_id", "ingested_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(String(URL_LENGTH), unique=True)
    url: Mapped[str | None] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(Text)  # the site or feed name («Testavisen»)
    language: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )


class ArticleUrlRow(Base):
    """Another URL an article was reached by (a feed link, a redirect): known, not refetched."""

    __tablename__ = "article_urls"

    url: Mapped[str] = mapped_column(String(URL_LENGTH), primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )


class ChatLanguageRow(Base):
    """The language a chat chose for the bot's own words (/language)."""

    __tablename__ = "chat_languages"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    language: Mapped[str] = mapped_column(String(8))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ArticleSourceRow(Base):
    """Every source that carries an article: read once, it belongs to each feed that lists it."""

    __tablename__ = "article_sources"
    __table_args__ = (
        Index("ix_article_sources_source_id_ingested_at", "source_id", "ingested_at"),
    )

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime())  # the article's, for ordering
