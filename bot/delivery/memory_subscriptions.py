"""Subscriptions in memory: the `SubscriptionStore` port on a `MemoryBook`, with the SQL
repository's promises (one subscription per chat thread, not-owed days, zones per chat)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.delivery.memory import MemoryBook
from bot.delivery.model import NOT_OWED, ChatKey, Delivery, PlannedDay, Subscription
from bot.delivery.times import DailyTime, next_occurrence, occurrences


class MemorySubscriptions:
    """Read and change subscriptions in a `MemoryBook`; every call all or nothing."""

    def __init__(
        self,
        book: MemoryBook,
        *,
        default_zone: str,
        grace: timedelta,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.book = book
        self.default_zone = default_zone
        self.grace = grace
        self.clock = clock

    def _find(self, chat: ChatKey) -> Subscription | None:
        key = ChatKey(chat.platform, chat.chat_id, chat.thread_id or None)
        return next((s for s in self.book.subscriptions.values() if s.chat == key), None)

    def find(self, chat: ChatKey) -> Subscription | None:
        with self.book.lock:
            return self._find(chat)

    def in_chat(self, platform: str, chat_id: str) -> list[Subscription]:
        with self.book.lock:
            return [
                s
                for s in self.book.subscriptions.values()
                if s.active and (s.chat.platform, s.chat.chat_id) == (platform, chat_id)
            ]

    def chat_zone(self, platform: str, chat_id: str) -> str:
        with self.book.lock:
            return self.book.zones.get((platform, chat_id)) or self.default_zone

    def listing(
        self, *, platform: str | None = None, chat_id: str | None = None
    ) -> list[tuple[Subscription, Delivery | None]]:
        with self.book.lock:
            found = [
                s
                for _, s in sorted(self.book.subscriptions.items())
                if platform in (None, s.chat.platform) and chat_id in (None, s.chat.chat_id)
            ]
            return [(s, self._last(s.id)) for s in found]

    def _last(self, subscription_id: int) -> Delivery | None:
        owed = [
            d
            for d in self.book.deliveries.values()
            if d.subscription_id == subscription_id and d.reason != NOT_OWED
        ]
        return max(owed, key=lambda d: d.local_date).value() if owed else None

    def last_delivery(self, subscription_id: int) -> Delivery | None:
        with self.book.lock:
            return self._last(subscription_id)

    def next_due(self, subscription: Subscription) -> datetime:
        now = self.clock()
        since = now.date() - timedelta(days=2)
        with self.book.lock:
            days = frozenset(
                d.local_date
                for d in self.book.deliveries.values()
                if d.subscription_id == subscription.id and d.local_date >= since
            )
        return next_occurrence(subscription.time, subscription.timezone, now, taken=days)[1]

    def save(
        self,
        chat: ChatKey,
        *,
        time: DailyTime,
        topics: Sequence[str],
        created_by: str | None,
        zone: str | None = None,
    ) -> Subscription:
        now = self.clock()
        with self.book.lock:
            found = self._find(chat)
            chosen = zone or self.book.zones.get((chat.platform, chat.chat_id))
            if found is None:
                found = Subscription(
                    id=self.book.next_id(),
                    chat=ChatKey(chat.platform, chat.chat_id, chat.thread_id or None),
                    time=time,
                    timezone=chosen or self.default_zone,
                    topics=(),
                    created_by=created_by,
                    active=True,
                    created_at=now,
                )
            elif not found.active or found.created_by is None:
                found = replace(found, created_by=created_by)  # a new subscriber takes over
            saved = replace(
                found,
                time=time,
                timezone=chosen or found.timezone or self.default_zone,
                topics=tuple(topics),
                active=True,
                dead_reason=None,
            )
            self.book.subscriptions[saved.id] = saved
            self._not_owed(saved, now)
            return saved

    def _not_owed(self, subscription: Subscription, now: datetime) -> None:
        """Record as skipped the days whose time already passed (within the grace) today."""
        for entry in list(self.book.deliveries.values()):
            if (
                entry.subscription_id == subscription.id
                and entry.status == "skipped"
                and entry.reason == NOT_OWED
            ):
                del self.book.deliveries[entry.id]
        found = occurrences(subscription.time, subscription.timezone, now - self.grace, now)
        for day, due in found:
            self.book.add_day(PlannedDay(subscription.id, day, due, "skipped", NOT_OWED), now)

    def stop(self, chat: ChatKey, *, reason: str | None = None) -> Subscription | None:
        with self.book.lock:
            found = self._find(chat)
            if found is None or not found.active:
                return None
            stopped = replace(found, active=False, dead_reason=reason)
            self.book.subscriptions[found.id] = stopped
            for entry in self.book.deliveries.values():
                if entry.subscription_id == found.id and entry.status == "planned":
                    entry.status, entry.reason = "skipped", "unsubscribed"
            return stopped

    def remove(self, chat: ChatKey) -> bool:
        with self.book.lock:
            found = self._find(chat)
            if found is None:
                return False
            for entry in list(self.book.deliveries.values()):
                if entry.subscription_id == found.id:
                    del self.book.deliveries[entry.id]
            del self.book.subscriptions[found.id]
            return True

    def set_chat_zone(self, platform: str, chat_id: str, zone: str) -> list[Subscription]:
        now = self.clock()
        with self.book.lock:
            self.book.zones[(platform, chat_id)] = zone
            changed = []
            for subscription in list(self.book.subscriptions.values()):
                if (subscription.chat.platform, subscription.chat.chat_id) != (platform, chat_id):
                    continue
                moved = replace(subscription, timezone=zone)
                self.book.subscriptions[moved.id] = moved
                if moved.active:
                    self._not_owed(moved, now)
                    changed.append(moved)
            return changed
