"""The subscription chat commands: /subscribe, /unsubscribe, /subscriptions, /timezone.

ChatService has already checked who may change a chat's settings; here the words are read,
the database changed and the answer written, one friendly paragraph each.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine

from bot.chat.replies import ChatContext, NoticeReply
from bot.core.text import command_name
from bot.delivery.model import ChatKey, Delivery, Subscription
from bot.delivery.repository import SubscriptionRepository
from bot.delivery.times import (
    DEFAULT_TIME,
    TIME_LIKE,
    DailyTime,
    TimeError,
    describe_when,
    is_valid_zone,
    resolve_zone,
    zone,
)
from bot.logs import redact
from bot.settings import Settings
from bot.store.db import utcnow

log = logging.getLogger(__name__)

MAX_TOPICS = 10
_TOPIC_SPLIT = re.compile(r"[\s,;]+")


class SubscriptionError(ValueError):
    """Words a user typed that do not make a subscription; the message says what to type."""


def parse_subscribe(args: str) -> tuple[DailyTime, tuple[str, ...]]:
    """Read `/subscribe [HH:MM] [TOPIC...]`: the time (08:00 by default) and folded topics."""
    words = [w for w in _TOPIC_SPLIT.split(args.strip()) if w]
    at = DailyTime.parse(DEFAULT_TIME)
    if words and TIME_LIKE.match(words[0]):
        try:
            at = DailyTime.parse(words.pop(0))
        except TimeError as error:
            raise SubscriptionError(str(error)) from None
    if any(TIME_LIKE.match(w) for w in words):
        raise SubscriptionError("Give the time first, then the topics: /subscribe 07:30 atom")
    topics: list[str] = []
    for word in words:
        topic = command_name(word.lstrip("/#").split("@", 1)[0])
        if topic != "topic" and topic not in topics:
            topics.append(topic)
    if len(topics) > MAX_TOPICS:
        raise SubscriptionError(f"At most {MAX_TOPICS} topics, please.")
    return at, tuple(topics)


class SubscriptionService:
    """The chat's `Subscriptions` port, on the subscription tables."""

    def __init__(
        self, repository: SubscriptionRepository, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.repository = repository
        self.clock = clock

    @classmethod
    def for_store(cls, store: Any, settings: Settings) -> SubscriptionService:
        """Build the service on the article store's database (an in-memory one without)."""
        return cls(repository_for(store, settings))

    @property
    def engine(self) -> Engine:
        return self.repository.engine

    # --- the Subscriptions protocol ---------------------------------------------------

    def subscribe(self, ctx: ChatContext, args: str) -> NoticeReply:
        try:
            at, topics = parse_subscribe(args)
        except SubscriptionError as error:
            return NoticeReply(f"{error} For example: /subscribe 07:30 atom", "error")
        chat = _chat(ctx)
        subscription = self.repository.save(chat, time=at, topics=topics, created_by=ctx.user_id)
        log.info("%s subscribed at %s %s", chat, at, subscription.timezone)
        where = "in this thread" if chat.thread_id else "here"
        on = f", only on {_topic_list(topics)}" if topics else ""
        return NoticeReply(
            f"Subscribed: a daily digest {where} at {at} ({subscription.timezone}){on}. "
            f"{self._next_sentence(subscription)} It holds what is new since the last one; "
            "/timezone changes the time zone, /unsubscribe stops it.",
            "ok",
        )

    def unsubscribe(self, ctx: ChatContext) -> NoticeReply:
        stopped = self.repository.stop(_chat(ctx))
        if stopped is None:
            return NoticeReply(
                "There is no daily digest here to stop. /subscribe 08:00 starts one.", "info"
            )
        return NoticeReply(
            "Unsubscribed: no more daily digests here. /subscribe starts them again.", "ok"
        )

    def describe(self, ctx: ChatContext) -> NoticeReply:
        chat = _chat(ctx)
        subscription = self.repository.find(chat)
        others = [s for s in self.repository.in_chat(chat.platform, chat.chat_id) if s.chat != chat]
        elsewhere = (
            f" This chat has {_count(len(others), 'more')} in other threads." if others else ""
        )
        if subscription is None or not subscription.active:
            zone_name = self.repository.chat_zone(chat.platform, chat.chat_id)
            stopped = ""
            if subscription is not None and subscription.dead_reason:
                stopped = f" The last one stopped: {subscription.dead_reason}."
            return NoticeReply(
                f"No daily digest here.{stopped} /subscribe [HH:MM] [TOPIC...] starts one "
                f"(time zone {zone_name}).{elsewhere}"
            )
        topics = _topic_list(subscription.topics) if subscription.topics else "all topics"
        last = self.repository.last_delivery(subscription.id)
        return NoticeReply(
            f"A daily digest here at {subscription.time} ({subscription.timezone}), on {topics}. "
            f"{self._next_sentence(subscription)} {_last_sentence(last, subscription.timezone)}"
            f"{elsewhere}"
        )

    def set_timezone(self, ctx: ChatContext, args: str) -> NoticeReply:
        chat = _chat(ctx)
        if not args.strip():
            current = self.repository.chat_zone(chat.platform, chat.chat_id)
            return NoticeReply(
                f"This chat's time zone is {current}. Change it with /timezone AREA/CITY, "
                "e.g. /timezone Europe/Oslo."
            )
        try:
            name = resolve_zone(args)
        except TimeError as error:
            return NoticeReply(str(error), "error")
        if not is_valid_zone(name):  # the system's zone data lacks it after all
            return NoticeReply(f"The time zone {name} is not available on this server.", "error")
        changed = self.repository.set_chat_zone(chat.platform, chat.chat_id, name)
        local = self.clock().astimezone(zone(name))
        text = f"Time zone set to {name} (it is {local:%H:%M} there now)."
        mine = next((s for s in changed if s.chat == chat), None)
        if mine is not None:
            text += (
                f" The daily digest stays at {mine.time}, now {name} time. "
                f"{self._next_sentence(mine)}"
            )
        elif changed:
            text += " It applies to this chat's daily digests."
        else:
            text += " /subscribe 08:00 gets a daily digest at 08:00 local time."
        return NoticeReply(text, "ok")

    def creator_of(self, ctx: ChatContext) -> str | None:
        subscription = self.repository.find(_chat(ctx))
        return subscription.created_by if subscription and subscription.active else None

    # --- sentences ------------------------------------------------------------------------

    def _next_sentence(self, subscription: Subscription) -> str:
        due = self.repository.next_due(subscription)
        return f"The next one comes {describe_when(due, subscription.timezone, self.clock())}."


def repository_for(store: Any, settings: Settings) -> SubscriptionRepository:
    """Return the subscription repository on the store's engine, checking the default zone."""
    engine = getattr(store, "engine", None)
    if engine is None:
        engine = _memory_engine()
    default_zone = settings.timezone if is_valid_zone(settings.timezone) else "UTC"
    if default_zone != settings.timezone:
        log.warning("DIGESTBOT_TIMEZONE %r is not a time zone; using UTC", settings.timezone)
    grace = timedelta(hours=settings.misfire_hours)
    return SubscriptionRepository(engine, default_zone=default_zone, grace=grace)


def _memory_engine() -> Engine:
    """A private in-memory database, for stores without one (tests, the memory store)."""
    from bot.store.db import make_engine, migrate

    log.warning("the article store has no database: subscriptions are kept in memory only")
    engine = make_engine("sqlite://")
    migrate(engine)
    return engine


def _chat(ctx: ChatContext) -> ChatKey:
    return ChatKey(ctx.platform, str(ctx.chat_id), str(ctx.thread_id) if ctx.thread_id else None)


def _topic_list(topics: tuple[str, ...]) -> str:
    return " ".join(f"/{t}" for t in topics)


def _count(n: int, what: str) -> str:
    return f"{n} {what} daily digest{'s' if n != 1 else ''}"


_STATES = {
    "planned": "due, on its way",
    "claimed": "being sent",
    "sending": "being sent",
    "uncertain": "maybe sent (not sent again: it may have arrived)",
    "sent": "sent",
    "failed": "failed",
    "skipped": "skipped",
    "dead": "not delivered: the chat is gone",
}


def _last_sentence(last: Delivery | None, zone_name: str) -> str:
    if last is None:
        return "No digest has been delivered yet."
    when = last.sent_at or last.due_at
    local = when.astimezone(zone(zone_name))
    state = _STATES.get(last.status, last.status)
    why = f" ({redact(last.reason)})" if last.reason and last.status != "sent" else ""
    return f"Last delivery: {local:%Y-%m-%d %H:%M}, {state}{why}."
