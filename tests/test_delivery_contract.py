"""The delivery ports' promises, kept alike by memory, SQLite and PostgreSQL.

The ledger: one digest per (subscription, local date) however often it is planned; claims by
two workers are disjoint; a claim whose lease ran out is taken over, one that was `sending`
becomes `uncertain` ("maybe sent") and is never claimed again; a mark holds only while its
claim does; a digest handed back is claimable again. The subscriptions: add, change, list,
stop, remove, and a chat that moved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from bot.delivery.ledger import DeliveryLedger
from bot.delivery.memory import MemoryBook, MemoryLedger
from bot.delivery.memory_subscriptions import MemorySubscriptions
from bot.delivery.model import ChatKey, Claim, Mark
from bot.delivery.planner import plan_due
from bot.delivery.ports import Ledger, SubscriptionStore
from bot.delivery.repository import SubscriptionRepository
from bot.delivery.times import DailyTime
from bot.store.db import make_engine, migrate

GRACE = timedelta(hours=6)
LEASE = timedelta(seconds=30)
# 08:00 in Oslo on 25 November 2026 (UTC+1).
DUE = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
BEFORE = DUE - timedelta(hours=2)
TELEGRAM = ("telegram",)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Backend:
    """One storage backend: its subscriptions store and a ledger per worker."""

    subscriptions: SubscriptionStore
    ledger: Callable[[str], Ledger]
    clock: Clock


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    clock = Clock(BEFORE)
    if request.param == "memory":
        book = MemoryBook()
        store = MemorySubscriptions(book, default_zone="Europe/Oslo", grace=GRACE, clock=clock)
        yield Backend(store, lambda worker: MemoryLedger(book, worker=worker, lease=LEASE), clock)
        return
    engine = make_engine(request.getfixturevalue(f"{request.param}_url"))
    migrate(engine)
    repository = SubscriptionRepository(
        engine, default_zone="Europe/Oslo", grace=GRACE, clock=clock
    )
    yield Backend(
        repository, lambda worker: DeliveryLedger(engine, worker=worker, lease=LEASE), clock
    )
    engine.dispose()


def subscribe(backend: Backend, chat_id: str, platform: str = "telegram") -> int:
    chat = ChatKey(platform, chat_id)
    saved = backend.subscriptions.save(
        chat, time=DailyTime.parse("08:00"), topics=["rust"], created_by="u1"
    )
    return saved.id


def claim(ledger: Ledger, now: datetime = DUE, limit: int = 10) -> list[Claim]:
    return ledger.claim(due_by=now, now=now, limit=limit, platforms=TELEGRAM)


def test_planning_twice_makes_one_digest_a_day(backend: Backend) -> None:
    subscribe(backend, "1")
    subscribe(backend, "2")
    first = plan_due(backend.ledger("a"), DUE, grace=GRACE)
    again = plan_due(backend.ledger("b"), DUE + timedelta(minutes=1), grace=GRACE)
    assert (first.planned, again.planned) == (2, 0)
    assert backend.ledger("a").unfinished(due_by=DUE, platforms=TELEGRAM) == 2
    assert len(claim(backend.ledger("a"))) == 2


def test_two_workers_claim_disjoint_digests(backend: Backend) -> None:
    for n in range(5):
        subscribe(backend, str(n))
    plan_due(backend.ledger("a"), DUE, grace=GRACE)
    first = claim(backend.ledger("a"), limit=3)
    second = claim(backend.ledger("b"), limit=10)
    ids = [c.delivery_id for c in first + second]
    assert (len(first), len(second)) == (3, 2)
    assert len(set(ids)) == 5
    assert claim(backend.ledger("c")) == []


def test_an_expired_lease_is_taken_over_and_the_old_marks_fail(backend: Backend) -> None:
    subscribe(backend, "1")
    plan_due(backend.ledger("a"), DUE, grace=GRACE)
    a, b = backend.ledger("a"), backend.ledger("b")
    (held,) = claim(a)
    assert claim(b, DUE + LEASE / 2) == []  # still a's
    later = DUE + LEASE + timedelta(seconds=1)
    (taken,) = claim(b, later)
    assert taken.delivery_id == held.delivery_id and taken.attempts == held.attempts + 1
    assert a.record([Mark(held, "sent", message_id="m1")], now=later) == [False]
    assert b.record([Mark(taken, "sent", message_id="m2")], now=later) == [True]
    listed = backend.subscriptions.listing(platform="telegram")
    (_, last), *_ = listed
    assert last is not None and last.status == "sent" and last.message_id == "m2"
    assert listed[0][0].last_delivered_at == later


def test_a_renewed_lease_is_not_taken_over(backend: Backend) -> None:
    subscribe(backend, "1")
    plan_due(backend.ledger("a"), DUE, grace=GRACE)
    a = backend.ledger("a")
    (held,) = claim(a)
    assert a.renew(now=DUE + LEASE / 2) == 1
    assert claim(backend.ledger("b"), DUE + LEASE + timedelta(seconds=1)) == []
    moment = a.next_retry(due_by=DUE, platforms=TELEGRAM)
    assert moment is None  # only its own claim is held
    other = backend.ledger("b").next_retry(due_by=DUE, platforms=TELEGRAM)
    assert other == DUE + LEASE / 2 + LEASE
    assert a.record([Mark(held, "sent")], now=DUE) == [True]


def test_sending_becomes_uncertain_when_its_worker_dies(backend: Backend) -> None:
    subscribe(backend, "1")
    plan_due(backend.ledger("a"), DUE, grace=GRACE)
    (held,) = claim(backend.ledger("a"))
    assert backend.ledger("a").record([Mark(held, "sending")], now=DUE) == [True]
    abandoned: list[int] = []
    later = DUE + LEASE + timedelta(seconds=1)
    taken = backend.ledger("b").claim(
        due_by=later, now=later, limit=10, platforms=TELEGRAM, abandoned=abandoned
    )
    assert taken == [] and abandoned == [held.delivery_id]
    (_, last), *_ = backend.subscriptions.listing()
    assert last is not None and last.status == "uncertain"
    assert backend.ledger("b").unfinished(due_by=later, platforms=TELEGRAM) == 0
    assert backend.ledger("a").record([Mark(held, "sent")], now=later) == [False]


def test_marks_end_a_digest_and_a_hand_back_makes_it_claimable(backend: Backend) -> None:
    subscribe(backend, "1")
    plan_due(backend.ledger("a"), DUE, grace=GRACE)
    a = backend.ledger("a")
    (held,) = claim(a)
    retry_at = DUE + timedelta(minutes=5)
    mark = Mark(held, "planned", "handed back", not_before=retry_at)
    assert a.record([mark], now=DUE) == [True]
    assert claim(a, DUE + timedelta(minutes=1)) == []
    assert a.next_retry(due_by=DUE, platforms=TELEGRAM) == retry_at
    (again,) = claim(a, retry_at)
    assert again.attempts == held.attempts + 1
    assert a.record([Mark(again, "failed", "HTTP 500")], now=retry_at) == [True]
    assert a.unfinished(due_by=DUE, platforms=TELEGRAM) == 0
    (_, last), *_ = backend.subscriptions.listing()
    assert last is not None and last.status == "failed" and last.attempts == 2


def test_a_sent_digest_remembers_where_its_window_began(backend: Backend) -> None:
    """`/digest more` reads the window of the last digest: (previous_through, through]."""
    subscribe(backend, "1")
    first_through = DUE - timedelta(minutes=30)
    plan_due(backend.ledger("a"), DUE, grace=GRACE)
    (held,) = claim(backend.ledger("a"))
    assert backend.ledger("a").record([Mark(held, "sent", through=first_through)], now=DUE) == [
        True
    ]
    chat = ChatKey("telegram", "1")
    found = backend.subscriptions.find(chat)
    assert found is not None
    assert (found.previous_through, found.delivered_through) == (None, first_through)
    next_day = DUE + timedelta(days=1)
    plan_due(backend.ledger("a"), next_day, grace=GRACE)
    (again,) = claim(backend.ledger("a"), next_day)
    second_through = next_day - timedelta(minutes=10)
    marks = [Mark(again, "sent", through=second_through)]
    assert backend.ledger("a").record(marks, now=next_day) == [True]
    found = backend.subscriptions.find(chat)
    assert found is not None
    assert (found.previous_through, found.delivered_through) == (first_through, second_through)


def test_marks_recorded_together_each_hold_or_fail_on_their_own(backend: Backend) -> None:
    """A worker records what finished at once in one go: each mark still checks its claim."""
    for chat in "1234":
        subscribe(backend, chat)
    plan_due(backend.ledger("a"), DUE, grace=GRACE)
    a, b = backend.ledger("a"), backend.ledger("b")
    one, two, three, four = sorted(claim(a), key=lambda c: c.subscription.chat.chat_id)
    # a's lease on them all runs out; b takes the fourth over before a records anything.
    later = DUE + LEASE + timedelta(seconds=1)
    (taken,) = claim(b, later, limit=1)
    lost = next(c for c in (one, two, three, four) if c.delivery_id == taken.delivery_id)
    kept = [c for c in (one, two, three, four) if c is not lost]
    assert a.renew(now=later) == 3
    first, second, third = kept
    through = DUE - timedelta(minutes=5)
    starting = [Mark(first, "sending"), Mark(second, "sending"), Mark(lost, "sending")]
    assert a.record(starting, now=later) == [True, True, False]
    ending = [
        Mark(first, "sent", message_id="m1", through=through),
        Mark(second, "sent", message_id="m2"),
        Mark(third, "failed", "HTTP 400"),
        Mark(lost, "sent", message_id="m4"),
    ]
    assert a.record(ending, now=later) == [True, True, True, False]
    found = {c.subscription.chat.chat_id: c for c in (first, second, third)}
    for chat_id, claimed in found.items():
        subscription = backend.subscriptions.find(ChatKey("telegram", chat_id))
        assert subscription is not None
        moved = claimed is first
        assert subscription.delivered_through == (through if moved else None)
        assert subscription.last_delivered_at == (later if claimed is not third else None)
    assert b.record([Mark(taken, "sent", message_id="m5")], now=later) == [True]


def test_a_dead_chat_stops_its_subscription(backend: Backend) -> None:
    subscribe(backend, "1")
    plan_due(backend.ledger("a"), DUE, grace=GRACE)
    (held,) = claim(backend.ledger("a"))
    assert backend.ledger("a").record([Mark(held, "dead", "kicked")], now=DUE) == [True]
    found = backend.subscriptions.find(ChatKey("telegram", "1"))
    assert found is not None and not found.active and found.dead_reason == "kicked"
    assert backend.subscriptions.in_chat("telegram", "1") == []


def test_waiting_counts_other_platforms(backend: Backend) -> None:
    subscribe(backend, "1")
    subscribe(backend, "C1", platform="slack")
    plan_due(backend.ledger("a"), DUE, grace=GRACE)
    ledger = backend.ledger("a")
    assert ledger.waiting(due_by=DUE, platforms=TELEGRAM) == {"slack": 1}
    assert [c.subscription.chat.platform for c in claim(ledger)] == ["telegram"]


def test_subscriptions_add_change_list_stop_remove(backend: Backend) -> None:
    store = backend.subscriptions
    chat = ChatKey("telegram", "1")
    first = subscribe(backend, "1")
    changed = store.save(chat, time=DailyTime.parse("09:30"), topics=["go"], created_by="u2")
    assert changed.id == first and str(changed.time) == "09:30" and changed.topics == ("go",)
    assert changed.created_by == "u1" and changed.timezone == "Europe/Oslo"
    subscribe(backend, "1", platform="slack")
    assert [s.chat.platform for s, _ in store.listing()] == ["telegram", "slack"]
    assert [s.chat for s, _ in store.listing(platform="slack")] == [ChatKey("slack", "1")]
    assert store.next_due(changed) == datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
    stopped = store.stop(chat, reason="unsubscribed")
    assert stopped is not None and not stopped.active
    assert store.stop(chat) is None
    assert store.in_chat("telegram", "1") == []
    assert store.remove(chat) and not store.remove(chat)
    assert store.find(chat) is None


def test_a_chat_zone_applies_to_its_subscriptions(backend: Backend) -> None:
    store = backend.subscriptions
    subscribe(backend, "1")
    changed = store.set_chat_zone("telegram", "1", "America/New_York")
    assert [s.timezone for s in changed] == ["America/New_York"]
    assert store.chat_zone("telegram", "1") == "America/New_York"
    assert store.chat_zone("telegram", "2") == "Europe/Oslo"
    assert subscribe(backend, "1") == changed[0].id


def test_a_subscription_made_after_todays_time_is_not_owed_today(backend: Backend) -> None:
    backend.clock.now = DUE + timedelta(hours=1)
    subscribe(backend, "1")
    report = plan_due(backend.ledger("a"), backend.clock.now, grace=GRACE)
    assert report.planned == 0
    (_, last), *_ = backend.subscriptions.listing()
    assert last is None


def test_a_moved_chat_takes_its_subscription_along(backend: Backend) -> None:
    subscribe(backend, "-1")
    subscribe(backend, "-2")
    subscribe(backend, "-4")
    plan_due(backend.ledger("a"), DUE, grace=GRACE)
    ledger = backend.ledger("a")
    claims = {c.subscription.chat.chat_id: c for c in claim(ledger)}
    backend.subscriptions.set_chat_zone("telegram", "-1", "Asia/Tokyo")
    moved = ledger.move_chat(claims["-1"], "-100", now=DUE)
    assert moved is not None and moved.chat == ChatKey("telegram", "-100")
    assert backend.subscriptions.chat_zone("telegram", "-100") == "Asia/Tokyo"
    assert backend.subscriptions.find(ChatKey("telegram", "-1")) is None
    assert ledger.move_chat(claims["-2"], "-4", now=DUE) is None
    gone = backend.subscriptions.find(ChatKey("telegram", "-2"))
    assert gone is not None and not gone.active
