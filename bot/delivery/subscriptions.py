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
from bot.i18n import N_, Said, Words, words
from bot.logs import redact

log = logging.getLogger(__name__)

MAX_TOPICS = 10
_TOPIC_SPLIT = re.compile(r"[\s,;]+")


class SubscriptionError(Said):
    """Words a user typed that do not make a subscription; the message says what to type."""


ACCEPTED_TIMES = "07:30, 7:30, 7.30, kl. 7.30, 7, 7:30pm, 7pm"
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
        raise SubscriptionError(
            N_("«%(text)s» is not a time of day; use 00:00 to 23:59."), text=shown
        )
    if match := _TIME_12.match(word):
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if 1 <= hour <= 12 and minute <= 59:
            hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
            return DailyTime(hour, minute)
        raise SubscriptionError(
            N_("«%(text)s» is not a time of day; am/pm hours run 1 to 12."), text=shown
        )
    raise SubscriptionError(
        N_("«%(text)s» is not a time I can read; write it as %(times)s."),
        text=shown,
        times=ACCEPTED_TIMES,
    )


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
                N_(
                    "«%(word)s» is a link, not a topic: add it to this chat's sources "
                    "with /add URL, then /subscribe."
                ),
                word=word[:40],
            )
        if _TIME_SHAPE.match(bare):
            raise SubscriptionError(
                N_(
                    "«%(word)s» looks like a time, not a topic. Give the time first, "
                    "as %(times)s: /subscribe 07:30 atom"
                ),
                word=word[:20],
                times=ACCEPTED_TIMES,
            )
        topic = command_name(bare)
        if topic != "topic" and topic not in topics:
            topics.append(topic)
    if len(topics) > MAX_TOPICS:
        raise SubscriptionError(N_("At most %(count)d topics, please."), count=MAX_TOPICS)
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
        said = words(ctx.language)
        _ = said.gettext
        try:
            at, topics = parse_subscribe(args)
        except SubscriptionError as error:
            text = _("%(problem)s For example: /subscribe 07:30 atom")
            return NoticeReply(text % {"problem": error.said(said)}, "error")
        chat = _chat(ctx)
        subscription = self.repository.save(chat, time=at, topics=topics, created_by=ctx.user_id)
        log.info("%s subscribed at %s %s", chat, at, subscription.timezone)
        values = {"time": at, "zone": subscription.timezone, "topics": _topic_list(topics)}
        if chat.thread_id:
            first = (
                _(
                    "Subscribed: a daily digest in this thread at %(time)s (%(zone)s), "
                    "only on %(topics)s."
                )
                if topics
                else _("Subscribed: a daily digest in this thread at %(time)s (%(zone)s).")
            )
        else:
            first = (
                _("Subscribed: a daily digest here at %(time)s (%(zone)s), only on %(topics)s.")
                if topics
                else _("Subscribed: a daily digest here at %(time)s (%(zone)s).")
            )
        rest = _(
            "It holds what is new since the last one; "
            "/timezone changes the time zone, /unsubscribe stops it."
        )
        next_one = self._next_sentence(subscription, said)
        return NoticeReply(f"{first % values} {next_one} {rest}", "ok")

    def unsubscribe(self, ctx: ChatContext) -> NoticeReply:
        _ = words(ctx.language).gettext
        stopped = self.repository.stop(_chat(ctx))
        if stopped is None:
            return NoticeReply(
                _("There is no daily digest here to stop. /subscribe 08:00 starts one."), "info"
            )
        return NoticeReply(
            _("Unsubscribed: no more daily digests here. /subscribe starts them again."), "ok"
        )

    def describe(self, ctx: ChatContext) -> NoticeReply:
        said = words(ctx.language)
        _ = said.gettext
        chat = _chat(ctx)
        subscription = self.repository.find(chat)
        others = [s for s in self.repository.in_chat(chat.platform, chat.chat_id) if s.chat != chat]
        sentences: list[str] = []
        if subscription is None or not subscription.active:
            zone_name = self.repository.chat_zone(chat.platform, chat.chat_id)
            sentences.append(_("No daily digest here."))
            if subscription is not None and subscription.dead_reason:
                stopped = _("The last one stopped: %(reason)s.")
                sentences.append(stopped % {"reason": subscription.dead_reason})
            start = _("/subscribe [HH:MM] [TOPIC...] starts one (time zone %(zone)s).")
            sentences.append(start % {"zone": zone_name})
        else:
            last = self.repository.last_delivery(subscription.id)
            values = {
                "time": subscription.time,
                "zone": subscription.timezone,
                "topics": _topic_list(subscription.topics),
            }
            sentences.append(
                _("A daily digest here at %(time)s (%(zone)s), on %(topics)s.") % values
                if subscription.topics
                else _("A daily digest here at %(time)s (%(zone)s), on all topics.") % values
            )
            sentences.append(self._next_sentence(subscription, said))
            sentences.append(_last_sentence(last, subscription.timezone, said))
        if others:
            more = said.ngettext(
                "This chat has %(count)d more daily digest in other threads.",
                "This chat has %(count)d more daily digests in other threads.",
                len(others),
            )
            sentences.append(more % {"count": len(others)})
        return NoticeReply(" ".join(sentences))

    def set_timezone(self, ctx: ChatContext, args: str) -> NoticeReply:
        said = words(ctx.language)
        _ = said.gettext
        chat = _chat(ctx)
        if not args.strip():
            current = self.repository.chat_zone(chat.platform, chat.chat_id)
            text = _(
                "This chat's time zone is %(zone)s. Change it with /timezone AREA/CITY, "
                "e.g. /timezone Europe/Oslo."
            )
            return NoticeReply(text % {"zone": current})
        try:
            name = resolve_zone(args)
        except TimeError as error:
            return NoticeReply(error.said(said), "error")
        if not is_valid_zone(name):  # the system's zone data lacks it after all
            text = _("The time zone %(zone)s is not available on this server.")
            return NoticeReply(text % {"zone": name}, "error")
        changed = self.repository.set_chat_zone(chat.platform, chat.chat_id, name)
        local = self.clock().astimezone(zone(name))
        sentences = [
            _("Time zone set to %(zone)s (it is %(time)s there now).")
            % {"zone": name, "time": f"{local:%H:%M}"}
        ]
        mine = next((s for s in changed if s.chat == chat), None)
        if mine is not None:
            stays = _("The daily digest stays at %(time)s, now %(zone)s time.")
            sentences.append(stays % {"time": mine.time, "zone": name})
            sentences.append(self._next_sentence(mine, said))
        elif changed:
            sentences.append(_("It applies to this chat's daily digests."))
        else:
            sentences.append(_("/subscribe 08:00 gets a daily digest at 08:00 local time."))
        return NoticeReply(" ".join(sentences), "ok")

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

    def _next_sentence(self, subscription: Subscription, said: Words) -> str:
        due = self.repository.next_due(subscription)
        when = describe_when(due, subscription.timezone, self.clock(), said)
        return said.gettext("The next one comes %(when)s.") % {"when": when}


def _chat(ctx: ChatContext) -> ChatKey:
    return ChatKey(ctx.platform, str(ctx.chat_id), str(ctx.thread_id) if ctx.thread_id else None)


def _topic_list(topics: tuple[str, ...]) -> str:
    return " ".join(f"/{t}" for t in topics)


_STATES = {
    "planned": N_("due, on its way"),
    "claimed": N_("being sent"),
    "sending": N_("being sent"),
    "uncertain": N_("maybe sent (not sent again: it may have arrived)"),
    "sent": N_("sent"),
    "failed": N_("failed"),
    "skipped": N_("skipped"),
    "dead": N_("not delivered: the chat is gone"),
}


def _last_sentence(last: Delivery | None, zone_name: str, said: Words) -> str:
    _ = said.gettext
    if last is None:
        return _("No digest has been delivered yet.")
    when = last.sent_at or last.due_at
    local = when.astimezone(zone(zone_name))
    state = _(_STATES[last.status]) if last.status in _STATES else last.status
    values = {"when": f"{said.date(local.date())} {local:%H:%M}", "state": state}
    if last.reason and last.status != "sent":
        values["reason"] = redact(last.reason)
        return _("Last delivery: %(when)s, %(state)s (%(reason)s).") % values
    return _("Last delivery: %(when)s, %(state)s.") % values
