"""Which chat follows which source, and how each followed source fares (typed ORM)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.db import Base, UTCDateTime


class ChatSourceRow(Base):
    """A chat (or thread) following a source; platform '' and chat '' is the shared list."""

    __tablename__ = "chat_sources"
    __table_args__ = (
        # thread_id is '' rather than NULL for "no thread": NULLs never collide in a unique key.
        UniqueConstraint("platform", "chat_id", "thread_id", "source_id", name="uq_chat_sources"),
        Index("ix_chat_sources_source_id", "source_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[str] = mapped_column(String(128))
    thread_id: Mapped[str] = mapped_column(String(128), default="", server_default="")
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    title: Mapped[str | None] = mapped_column(Text)
    html_url: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SourceStateRow(Base):
    """Whether a source is private to its chats, and how it fares: failing or gone since when."""

    __tablename__ = "source_states"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True
    )
    # Added by a chat and not shared: only the chats that follow it see its articles.
    private: Mapped[bool] = mapped_column(default=False, server_default=false())
    failing_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    gone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    gone_told_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
