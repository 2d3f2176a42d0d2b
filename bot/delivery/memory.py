"""The delivery ledger in memory: the same promises as the SQL one, for tests and a single
process (see `bot.delivery.ports.Ledger`).

One lock stands for the database's transactions: every call is all or nothing, and claims
by workers sharing a `MemoryBook` are disjoint.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from bot.delivery.model import (
    ABANDONED,
    LEASE,
    ChatKey,
    Claim,
    Delivery,
    DeliveryStatus,
    Mark,
    PlannedDay,
    Schedule,
    Subscription,
)
from bot.logs import redact

log = logging.getLogger(__name__)


@dataclass
class DeliveryEntry:
    """A delivery as the book keeps it, with its claim's bookkeeping."""

    id: int
    subscription_id: int
    local_date: date
    status: DeliveryStatus
    due_at: datetime
    created_at: datetime
    reason: str | None = None
    attempts: int = 0
    message_id: str | None = None
    sent_at: datetime | None = None
    not_before: datetime | None = None
    lease_until: datetime | None = None
    claimed_by: str | None = None

    def value(self) -> Delivery:
        return Delivery(
            self.id,
            self.subscription_id,
            self.local_date,
            self.status,
            self.due_at,
            self.attempts,
            self.message_id,
            self.reason,
            self.sent_at,
        )


@dataclass
class MemoryBook:
    """Subscriptions, chats' zones and deliveries, shared by the memory ledger and store."""

    subscriptions: dict[int, Subscription] = field(default_factory=dict)
    deliveries: dict[int, DeliveryEntry] = field(default_factory=dict)
    zones: dict[tuple[str, str], str] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    _ids: Iterator[int] = field(default_factory=lambda: iter(range(1, 2**62)))

    def next_id(self) -> int:
        return next(self._ids)

    def add_day(self, day: PlannedDay, now: datetime) -> bool:
        """Add a delivery unless its (subscription, local date) has one; True if it went in."""
        if any(
            d.subscription_id == day.subscription_id and d.local_date == day.local_date
            for d in self.deliveries.values()
        ):
            return False
        entry = DeliveryEntry(
            self.next_id(),
            day.subscription_id,
            day.local_date,
            "skipped" if day.status == "skipped" else "planned",
            day.due_at,
            now,
            day.reason,
        )
        self.deliveries[entry.id] = entry
        return True

    def deactivate(self, subscription_id: int, reason: str, now: datetime) -> None:
        subscription = self.subscriptions[subscription_id]
        self.subscriptions[subscription_id] = replace(
            subscription, active=False, dead_reason=reason[:2000]
        )
        for entry in self.deliveries.values():
            if entry.subscription_id == subscription_id and entry.status == "planned":
                entry.status, entry.reason = "skipped", "the subscription stopped"

    def owned(
        self, due_by: datetime, platforms: Collection[str]
    ) -> Iterator[tuple[DeliveryEntry, Subscription]]:
        """Deliveries due by `due_by` of active subscriptions, with their subscription."""
        for entry in self.deliveries.values():
            subscription = self.subscriptions.get(entry.subscription_id)
            if subscription is None or not subscription.active or entry.due_at > due_by:
                continue
            if subscription.chat.platform in platforms:
                yield entry, subscription


class MemoryLedger:
    """The `Ledger` port on a `MemoryBook`."""

    def __init__(self, book: MemoryBook, *, worker: str, lease: timedelta = LEASE) -> None:
        self.book = book
        self.worker = worker[:64]
        self.lease = lease

    def schedules(self) -> list[Schedule]:
        with self.book.lock:
            return [
                Schedule(s.id, str(s.time), s.timezone, s.created_at)
                for s in self.book.subscriptions.values()
                if s.active
            ]

    def planned_already(self, dates: Collection[date]) -> set[tuple[int, date]]:
        wanted = set(dates)
        with self.book.lock:
            return {
                (d.subscription_id, d.local_date)
                for d in self.book.deliveries.values()
                if d.local_date in wanted
            }

    def insert_days(self, days: Sequence[PlannedDay], now: datetime) -> int:
        with self.book.lock:
            return sum(self.book.add_day(day, now) for day in days)

    def claim(
        self,
        *,
        due_by: datetime,
        now: datetime,
        limit: int,
        platforms: Collection[str],
        abandoned: list[int] | None = None,
    ) -> list[Claim]:
        if limit <= 0 or not platforms:
            return []
        with self.book.lock:
            lost = self._take_over_sending(due_by, now, platforms)
            if abandoned is not None:
                abandoned.extend(lost)
            found = sorted(
                (
                    (entry, subscription)
                    for entry, subscription in self.book.owned(due_by, set(platforms))
                    if _claimable(entry, now)
                ),
                key=lambda pair: (pair[0].due_at, pair[0].id),
            )[:limit]
            claims = []
            for entry, subscription in found:
                entry.status, entry.attempts = "claimed", entry.attempts + 1
                entry.lease_until, entry.claimed_by = now + self.lease, self.worker
                claims.append(
                    Claim(entry.id, entry.attempts, entry.local_date, entry.due_at, subscription)
                )
            return claims

    def _take_over_sending(
        self, due_by: datetime, now: datetime, platforms: Collection[str]
    ) -> list[int]:
        ids = []
        for entry in self.book.deliveries.values():
            subscription = self.book.subscriptions.get(entry.subscription_id)
            if (
                subscription is not None
                and subscription.chat.platform in platforms
                and entry.status == "sending"
                and entry.lease_until is not None
                and entry.lease_until < now
                and entry.due_at <= due_by
            ):
                entry.status, entry.reason, entry.lease_until = "uncertain", ABANDONED, None
                ids.append(entry.id)
        if ids:
            log.warning(
                "%d digest(s) were being sent when their worker stopped: maybe sent, "
                "not repeated (deliveries %s)",
                len(ids),
                ", ".join(map(str, ids[:10])),
            )
        return ids

    def record(self, marks: Sequence[Mark], *, now: datetime) -> list[bool]:
        if not marks:
            return []
        with self.book.lock:
            for mark in [m for m in marks if m.status == "sending"]:
                entry = self._held(mark, ("claimed",))
                if entry is not None:
                    entry.status = "sending"
            for mark in [m for m in marks if m.status != "sending"]:
                entry = self._held(mark, ("claimed", "sending"))
                if entry is not None:
                    _apply(entry, mark, now)
            results = []
            for mark in marks:
                entry = self.book.deliveries.get(mark.claim.delivery_id)
                ok = entry is not None and (entry.status, entry.attempts) == (
                    mark.status,
                    mark.claim.attempts,
                )
                results.append(ok)
                if ok:
                    self._after(mark, now)
        for mark, ok in zip(marks, results, strict=True):
            if not ok:
                log.warning(
                    "delivery %s (%s) not marked %s: its claim was taken over",
                    mark.claim.delivery_id,
                    mark.claim.subscription.chat,
                    mark.status,
                )
        return results

    def _held(self, mark: Mark, states: tuple[str, ...]) -> DeliveryEntry | None:
        entry = self.book.deliveries.get(mark.claim.delivery_id)
        if entry is None or entry.status not in states:
            return None
        return entry if entry.attempts == mark.claim.attempts else None

    def _after(self, mark: Mark, now: datetime) -> None:
        """Note a sent digest on its subscription; stop a dead chat's subscription."""
        sid = mark.claim.subscription.id
        subscription = self.book.subscriptions.get(sid)
        if subscription is None:
            return
        if mark.status == "sent":
            through, previous = subscription.delivered_through, subscription.previous_through
            if mark.through is not None and (through is None or through < mark.through):
                through, previous = mark.through, through
            self.book.subscriptions[sid] = replace(
                subscription,
                last_delivered_at=now,
                delivered_through=through,
                previous_through=previous,
            )
        elif mark.status == "dead":
            self.book.deactivate(sid, mark.reason or "the chat is gone", now)

    def renew(self, *, now: datetime) -> int:
        with self.book.lock:
            mine = [
                d
                for d in self.book.deliveries.values()
                if d.claimed_by == self.worker and d.status in ("claimed", "sending")
            ]
            for entry in mine:
                entry.lease_until = now + self.lease
            return len(mine)

    def move_chat(self, claim: Claim, new_chat_id: str, *, now: datetime) -> Subscription | None:
        old = claim.subscription
        with self.book.lock:
            current = self.book.subscriptions.get(old.id)
            if current is None:
                return None
            chat = current.chat
            moved = ChatKey(chat.platform, new_chat_id, chat.thread_id)
            if any(s.chat == moved for s in self.book.subscriptions.values()):
                reason = f"the chat moved to {new_chat_id}, which has its own subscription"
                self.book.deactivate(old.id, reason, now)
                return None
            zone = self.book.zones.get((chat.platform, chat.chat_id))
            if zone is not None:
                self.book.zones.setdefault((chat.platform, new_chat_id), zone)
            self.book.subscriptions[old.id] = replace(current, chat=moved)
        log.info("subscription %s moved from %s to chat %s", old.id, old.chat, new_chat_id)
        return self.book.subscriptions[old.id]

    def next_retry(self, *, due_by: datetime, platforms: Collection[str]) -> datetime | None:
        with self.book.lock:
            moments = [
                moment
                for entry, _ in self.book.owned(due_by, set(platforms))
                for moment in (
                    entry.not_before if entry.status == "planned" else None,
                    entry.lease_until
                    if entry.status in ("claimed", "sending") and entry.claimed_by != self.worker
                    else None,
                )
                if moment is not None
            ]
        return min(moments) if moments else None

    def waiting(self, *, due_by: datetime, platforms: Collection[str]) -> dict[str, int]:
        with self.book.lock:
            others = {s.chat.platform for s in self.book.subscriptions.values()} - set(platforms)
            counts = Counter(
                subscription.chat.platform
                for entry, subscription in self.book.owned(due_by, others)
                if entry.status in ("planned", "claimed", "sending")
            )
        return dict(counts)

    def unfinished(self, *, due_by: datetime, platforms: Collection[str]) -> int:
        with self.book.lock:
            return sum(
                entry.status in ("planned", "claimed", "sending")
                for entry, _ in self.book.owned(due_by, set(platforms))
            )


def _claimable(entry: DeliveryEntry, now: datetime) -> bool:
    if entry.status == "planned":
        return entry.not_before is None or entry.not_before <= now
    return entry.status == "claimed" and entry.lease_until is not None and entry.lease_until < now


def _apply(entry: DeliveryEntry, mark: Mark, now: datetime) -> None:
    sent = mark.status == "sent"
    entry.status = mark.status
    # Stored reasons are shown in chats and listings: never with a secret in them.
    entry.reason = None if sent or not mark.reason else redact(mark.reason)[:2000]
    entry.message_id = (mark.message_id or "")[:128] or None if sent else None
    entry.sent_at = now if sent else None
    entry.not_before = mark.not_before if mark.status == "planned" else None
    entry.lease_until = None
