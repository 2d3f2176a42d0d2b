"""The storage delivery needs, as ports: the ledger, the subscriptions and the articles.

The scheduling core (`engine`, `planner`, `times`, `report`) talks only to these; SQL
(`ledger.DeliveryLedger`, `repository.SubscriptionRepository`) and in-memory
(`memory.MemoryLedger`, `memory_subscriptions.MemorySubscriptions`) implementations pass
one contract suite (`tests/test_delivery_contract.py`); `bot/bootstrap.py` picks one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta
from typing import Protocol

from bot.chat.library import NOTHING_HIDDEN, Entry, Hidden
from bot.chat.replies import TopicEntry
from bot.delivery.model import ChatKey, Claim, Delivery, Mark, PlannedDay, Schedule, Subscription
from bot.delivery.times import DailyTime


class Ledger(Protocol):
    """The deliveries: one per (subscription, local date), claimed with a lease, then marked.

    Claims are exclusive (two workers never hold one digest); a claim whose lease ran out is
    taken over, and one that was `sending` becomes `uncertain` instead; every mark is a
    compare-and-set on the claim's attempts, so a taken-over worker cannot overwrite it.
    """

    @property
    def lease(self) -> timedelta: ...

    def schedules(self) -> list[Schedule]:
        """The active subscriptions' daily times, for the planner."""
        ...

    def planned_already(self, dates: Collection[date]) -> set[tuple[int, date]]:
        """The (subscription, local date) pairs among `dates` that have a delivery."""
        ...

    def insert_days(self, days: Sequence[PlannedDay], now: datetime) -> int:
        """Add deliveries, leaving those that exist alone; return how many went in."""
        ...

    def claim(
        self,
        *,
        due_by: datetime,
        now: datetime,
        limit: int,
        platforms: Collection[str],
        abandoned: list[int] | None = None,
    ) -> list[Claim]: ...

    def record(self, marks: Sequence[Mark], *, now: datetime) -> list[bool]: ...

    def renew(self, *, now: datetime) -> int: ...

    def move_chat(
        self, claim: Claim, new_chat_id: str, *, now: datetime
    ) -> Subscription | None: ...

    def next_retry(self, *, due_by: datetime, platforms: Collection[str]) -> datetime | None: ...

    def waiting(self, *, due_by: datetime, platforms: Collection[str]) -> dict[str, int]: ...

    def unfinished(self, *, due_by: datetime, platforms: Collection[str]) -> int: ...


class SubscriptionStore(Protocol):
    """Read and change subscriptions and chats' time zones; each call all or nothing."""

    default_zone: str

    def find(self, chat: ChatKey) -> Subscription | None: ...

    def in_chat(self, platform: str, chat_id: str) -> list[Subscription]: ...

    def chat_zone(self, platform: str, chat_id: str) -> str: ...

    def listing(
        self, *, platform: str | None = None, chat_id: str | None = None
    ) -> list[tuple[Subscription, Delivery | None]]: ...

    def last_delivery(self, subscription_id: int) -> Delivery | None: ...

    def next_due(self, subscription: Subscription) -> datetime: ...

    def save(
        self,
        chat: ChatKey,
        *,
        time: DailyTime,
        topics: Sequence[str],
        created_by: str | None,
        zone: str | None = None,
    ) -> Subscription: ...

    def stop(self, chat: ChatKey, *, reason: str | None = None) -> Subscription | None: ...

    def remove(self, chat: ChatKey) -> bool: ...

    def set_chat_zone(self, platform: str, chat_id: str, zone: str) -> list[Subscription]: ...


class Articles(Protocol):
    """What a scheduled digest reads: the library's articles and their topics."""

    def refresh(self) -> bool: ...

    def entries_since(
        self, since: datetime | None, limit: int, hidden: Hidden = NOTHING_HIDDEN
    ) -> list[Entry]: ...

    def topics(self, entries: list[Entry] | None = None) -> tuple[TopicEntry, ...]: ...

    def mentioning(self, entries: list[Entry], query: str) -> set[int]:
        """The ids of those entries whose word keys match a word of the query."""
        ...
