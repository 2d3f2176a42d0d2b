"""The subscription, chat-settings and delivery tables (typed SQLAlchemy ORM)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.db import Base, UTCDateTime


class SubscriptionRow(Base):
    """A chat (or one thread of it) that gets a daily digest at a local time."""

    __tablename__ = "subscriptions"
    __table_args__ = (
        # thread_id is '' rather than NULL for "no thread": NULLs never collide in a unique key.
        UniqueConstraint("platform", "chat_id", "thread_id", name="uq_subscriptions_chat"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[str] = mapped_column(String(128))
    thread_id: Mapped[str] = mapped_column(String(128), default="", server_default="")
    time: Mapped[str] = mapped_column(String(5))  # HH:MM, local wall-clock time
    timezone: Mapped[str] = mapped_column(String(64))
    topics: Mapped[list[str]] = mapped_column(JSON)  # folded topic commands; [] means all
    created_by: Mapped[str | None] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(default=True, server_default=true())
    dead_reason: Mapped[str | None] = mapped_column(Text)
    last_delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The newest article (by ingestion time) the last delivered digest covered: the next
    # digest holds what arrived after it.
    delivered_through: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Where the last delivered digest's window began (the delivered_through before it): the
    # articles that digest had no room for are reachable with `/digest more`.
    previous_through: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ChatSettingRow(Base):
    """A chat's own settings: its time zone, set with /timezone, before or after subscribing."""

    __tablename__ = "chat_settings"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    timezone: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DeliveryRow(Base):
    """One subscription's digest for one local date: planned, claimed, then sent (or not)."""

    __tablename__ = "deliveries"
    __table_args__ = (
        # The exactly-once key: one digest per subscription and local date, whoever plans it.
        UniqueConstraint("subscription_id", "local_date", name="uq_deliveries_subscription_day"),
        CheckConstraint(
            "status IN ('planned', 'claimed', 'sending', 'uncertain', 'sent', 'failed', "
            "'skipped', 'dead')",
            name="status",
        ),
        # Claims read it in order: the next due digests, without sorting every due one.
        Index("ix_deliveries_claim_order", "status", "due_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"))
    local_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime())  # retry back-off
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[str | None] = mapped_column(String(128))
    reason: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
