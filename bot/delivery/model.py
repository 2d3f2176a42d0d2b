"""What the delivery package talks about: a Subscription and its daily Delivery."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from bot.delivery.times import DailyTime

# `sending`: the request is about to go out or is out; `uncertain`: it went out and no answer
# came back (or its worker died while sending), so it may have arrived: never sent again.
DeliveryStatus = Literal[
    "planned", "claimed", "sending", "uncertain", "sent", "failed", "skipped", "dead"
]

# The reason on a digest whose worker stopped while sending it (now `uncertain`).
ABANDONED = "its worker stopped while sending"
# The reason on a day a subscription was made after that day's time: it was never owed,
# so `/subscriptions` does not show it as a delivery.
NOT_OWED = "subscribed after this day's time"


@dataclass(frozen=True)
class ChatKey:
    """Where a digest goes: a platform's chat, and a thread or forum topic in it."""

    platform: str
    chat_id: str
    thread_id: str | None = None

    @property
    def thread_key(self) -> str:
        """The thread as stored: '' for none, so the unique key can compare it."""
        return self.thread_id or ""

    def __str__(self) -> str:
        thread = f"#{self.thread_id}" if self.thread_id else ""
        return f"{self.platform}:{self.chat_id}{thread}"


@dataclass(frozen=True)
class Subscription:
    """A chat's daily digest: when (local time and zone), on what topics, and its history."""

    id: int
    chat: ChatKey
    time: DailyTime
    timezone: str
    topics: tuple[str, ...]
    created_by: str | None
    active: bool
    created_at: datetime
    dead_reason: str | None = None
    last_delivered_at: datetime | None = None
    delivered_through: datetime | None = None
    # Where the last delivered digest's window began: its articles lie in
    # (previous_through, delivered_through].
    previous_through: datetime | None = None


@dataclass(frozen=True)
class Delivery:
    """One subscription's digest for one local date, and how far it got."""

    id: int
    subscription_id: int
    local_date: date
    status: DeliveryStatus
    due_at: datetime
    attempts: int = 0
    message_id: str | None = None
    reason: str | None = None
    sent_at: datetime | None = None


@dataclass(frozen=True)
class Claim:
    """A delivery this worker holds a lease on; `attempts` is the version its marks check."""

    delivery_id: int
    attempts: int
    local_date: date
    due_at: datetime
    subscription: Subscription


@dataclass(frozen=True)
class Mark:
    """How a claimed digest ended, to be recorded: sent, skipped, failed, dead, uncertain
    (maybe sent), or given back (`planned` again, not before `not_before`); or `sending`:
    the request is about to go out."""

    claim: Claim
    status: Literal["sending", "sent", "skipped", "failed", "dead", "uncertain", "planned"]
    reason: str | None = None
    message_id: str | None = None
    through: datetime | None = None  # the newest article in a sent digest
    not_before: datetime | None = None


@dataclass(frozen=True)
class Schedule:
    """An active subscription's daily time, as the planner reads it."""

    id: int
    time: str
    timezone: str
    created_at: datetime


@dataclass(frozen=True)
class PlannedDay:
    """A digest a planner found due: whose, which local date, when, and in what state."""

    subscription_id: int
    local_date: date
    due_at: datetime
    status: str  # planned, or skipped when later than the grace
    reason: str | None = None


# A claim's lease: short, and renewed by the worker's heartbeat (every third of it) while it
# lives, so a dead worker's claims come back within a minute. Every ledger uses it.
LEASE = timedelta(seconds=60)
