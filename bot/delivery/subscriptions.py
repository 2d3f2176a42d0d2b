"""The subscription chat commands: /subscribe, /unsubscribe, /subscriptions, /timezone.

ChatService has already checked who may change a chat's settings; here the words are read,
the database changed and the answer written, one friendly paragraph each.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime

from bot.chat.ports import DigestWindow
from bot.chat.replies import ChatContext, NoticeReply
from bot.core.text import command_name
from bot.delivery.model import ChatKey, Delivery, Subscription
from bot.delivery.ports import SubscriptionStore
from bot.delivery.times import (
    DEFAULT_TIME,
    DailyTime,
    TimeError,
    describe_when,
    is_valid_zone,
    resolve_zone,
    zone,
)
from bot.logs import redact

log = logging.getLogger(__name__)

MAX_TOPICS = 10
_TOPIC_SPLIT = re.compile(r"[\s,;]+")


class SubscriptionError(ValueError):
    """Words a user typed that do not make a subscription; the message says what to type."""


ACCEPTED_TIMES = "07:30, 7:30, 7.30, kl. 7.30, 7 (whole hour), 7:30pm or 7pm"
# The one reading of a time: 24-hour `H[:.]MM` or a bare hour, or 12-hour with am/pm.
_TIME_24 = re.compile(r"^(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?$")
_TIME_12 = re.compile(r"^(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?(?P<half>[ap])\.?m\.?$", re.I)
# Anything shaped like a time, right or wrong (`7.30pm`, `-1:00`, `07:30:99`, `0730`, `7_30pm`,
# `19h30`): never a topic, and refused with the accepted forms when it is not one of them.
_TIME_SHAPE = re.compile(r"^[-+\u2212]?\d+(?:[:._h]\d*)*(?:[ap]\.?m?\.?)?$", re.I)
# `kl. 7.30` (Norwegian "klokka") and `7:30 pm` are written in two words.
_CLOCK_WORD = re.compile(r"^\s*kl(?:okka|\.)?\s*(?=\d)", re.I)
_HALF_APART = re.compile(r"^(\d[\d:.]*)\s+([ap]\.?m\.?)(?=[\s,;]|$)", re.I)
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)", re.I)


def parse_time(word: str) -> DailyTime:
    """Read one time as a user types it (see ACCEPTED_TIMES); refuse anything else."""
    shown = word[:20]
    if match := _TIME_24.match(word):
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if hour <= 23 and minute <= 59:
            return DailyTime(hour, minute)
        raise SubscriptionError(f"«{shown}» is not a time of day; use 00:00 to 23:59.")
    if match := _TIME_12.match(word):
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if 1 <= hour <= 12 and minute <= 59:
            hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
            return DailyTime(hour, minute)
        raise SubscriptionError(f"«{shown}» is not a time of day; am/pm hours run 1 to 12.")
    raise SubscriptionError(f"«{shown}» is not a time I can read; write it as {ACCEPTED_TIMES}.")


def parse_subscribe(args: str) -> tuple[DailyTime, tuple[str, ...]]:
    """Read `/subscribe [TIME] [TOPIC...]`: the time (08:00 by default) and folded topics."""
    text = _HALF_APART.sub(r"\1\2", _CLOCK_WORD.sub("", args.strip(), count=1), count=1)
    words = [w for w in _TOPIC_SPLIT.split(text) if w]
    at = DailyTime.parse(DEFAULT_TIME)
    if words and _TIME_SHAPE.match(words[0]):
        at = parse_time(words.pop(0))
    topics: list[str] = []
    for word in words:
        bare = word.lstrip("/#").split("@", 1)[0]
        if _URL.match(word):
            raise SubscriptionError(
                f"«{word[:40]}» is a link, not a topic: add it to this chat's sources "
                "with /add URL, then /subscribe."
            )
        if _TIME_SHAPE.match(bare):
            raise SubscriptionError(
                f"«{word[:20]}» looks like a time, not a topic. Give the time first, "
                f"as {ACCEPTED_TIMES}: /subscribe 07:30 atom"
            )
        topic = command_name(bare)
        if topic != "topic" and topic not in topics:
            topics.append(topic)
    if len(topics) > MAX_TOPICS:
        raise SubscriptionError(f"At most {MAX_TOPICS} topics, please.")
    return at, tuple(topics)


class SubscriptionService:
    """The chat's `Subscriptions` port, on the subscription tables."""

    def __init__(
        self,
        repository: SubscriptionStore,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.repository = repository
        self.clock = clock

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

    def window(self, ctx: ChatContext) -> DigestWindow | None:
        subscription = self.repository.find(_chat(ctx))
        if subscription is None or not subscription.active:
            return None
        return DigestWindow(
            subscription.topics, subscription.previous_through, subscription.delivered_through
        )

    # --- sentences ------------------------------------------------------------------------

    def _next_sentence(self, subscription: Subscription) -> str:
        due = self.repository.next_due(subscription)
        return f"The next one comes {describe_when(due, subscription.timezone, self.clock())}."


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
