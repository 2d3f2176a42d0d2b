"""What the platform adapters share across processes: updates seen, and the sending pace."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.db import Base, UTCDateTime


class SeenEventRow(Base):
    """A Telegram update id or Slack event id some web process has taken (and answers)."""

    __tablename__ = "seen_events"
    __table_args__ = (Index("ix_seen_events_seen_at", "seen_at"),)

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SendPaceRow(Base):
    """A sending lane's theoretical arrival time (seconds since the epoch, the database's clock).

    `platform` holds the lane's key: `telegram`, `telegram:chat:42`, `slack:channel:C1`...
    """

    __tablename__ = "send_pace"

    platform: Mapped[str] = mapped_column(String(128), primary_key=True)
    next_at: Mapped[float] = mapped_column(Float(precision=53))
    step: Mapped[float] = mapped_column(Float(precision=53), server_default="0")  # 1/rate
    tolerance: Mapped[float] = mapped_column(Float(precision=53), server_default="0")  # burst
