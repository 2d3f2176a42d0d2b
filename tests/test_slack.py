"""The Slack adapter end to end: signed requests in, the real slack_sdk out to a fake Slack."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest

from bot.chat.library import Library
from bot.chat.ports import DigestWindow, Permissions
from bot.chat.replies import ChatContext, DigestReply, NoticeReply, Reply, TopicEntry
from bot.chat.request import Request
from bot.chat.service import ChatService
from bot.core.parse import parse_text
from bot.platforms.slack.listener import SlackListener, to_command
from bot.platforms.slack.settings import SlackError
from bot.settings import Settings
from bot.store.memory import InMemoryArticleStore
from bot.web import WebServer
from tests.fakes.slack_server import BOT_ID, BOT_USER_ID, TEAM_ID, FakeSlack, Message, User

SECRET = "test-signing-secret-0123456789"
TOKEN = "xoxb-test-token-abcdef"

ATOM = """Atomtrusselen er tilbake i Europa

Russland har flere ganger antydet at landet kan bruke atomvåpen i krigen i Ukraina. \
Forskere ved Forsvarets forskningsinstitutt mener likevel at risikoen for et atomangrep er lav.

Hva betyr atomtrusselen for Norge?

Regjeringen sier at atomtrusselen blir tatt på alvor. Beredskapen er gjennomgått, \
og jodtabletter er delt ut til kommunene nær grensen.

Eksperter peker på at avskrekking fortsatt virker. NATO har ikke endret sin egen atomberedskap.
"""

OVELSE = """Store militærøvelser i nord

Tusenvis av soldater deltar denne høsten i militærøvelser i Nord-Norge. \
Øvelsen skal teste hvordan allierte styrker tas imot i en krise.

Kulde og mørke

Soldatene øver i kulde og mørke, og mange av dem har aldri vært så langt nord før. \
Øvelsen varer i tre uker.

Lokalbefolkningen er varslet om tung trafikk på veiene mens militærøvelsen pågår.
"""

PLACES = ["Bodø", "Tromsø", "Narvik", "Alta", "Kirkenes", "Harstad", "Mo i Rana", "Vadsø"]


def long_article(number: int) -> str:
    """Write an article with many sections, so that five of them overflow one message."""
    parts = [f"Beredskap i nord, del {number}"]
    for index, place in enumerate(PLACES * 2):
        parts.append(f"Øvelsen ved {place} nummer {index}")
        parts.append(
            f"Soldatene ved {place} øvde i flere døgn på å ta imot allierte forsterkninger "
            f"i kulde og mørke, og befolkningen i {place} fulgte med fra veikanten. "
            f"Kommunen i {place} sier at samarbeidet med Forsvaret har gått godt denne gangen."
        )
    return "\n\n".join(parts)


def make_chat(*, long: bool = False, subscriptions: Any = None) -> ChatService:
    store = InMemoryArticleStore()
    if long:
        for number in range(5):
            store.add(parse_text(long_article(number), source=f"lang{number}.txt", language="nb"))
    else:
        atom_url = "https://example.no/atomtrusselen?side=1&del=2"
        store.add(parse_text(ATOM, source="atom.txt", url=atom_url, language="nb", date="2022-10"))
        store.add(parse_text(OVELSE, source="ovelse.txt", language="nb", date="2022-11"))
    return ChatService(Library(store), subscriptions=subscriptions)


@dataclass
class FakeSubscriptions:
    """Just enough of the subscription store for the admin rule."""

    creators: dict[str, str] = field(default_factory=dict)

    def subscribe(self, ctx: ChatContext, args: str) -> NoticeReply:
        self.creators.setdefault(ctx.chat_id, ctx.user_id or "")
        return NoticeReply(f"Subscribed this channel at {args or '07:00'}.", "ok")

    def unsubscribe(self, ctx: ChatContext) -> NoticeReply:
        self.creators.pop(ctx.chat_id, None)
        return NoticeReply("Unsubscribed.", "ok")

    def describe(self, ctx: ChatContext) -> NoticeReply:
        return NoticeReply("No subscription.")

    def set_timezone(self, ctx: ChatContext, args: str) -> NoticeReply:
        return NoticeReply(f"Time zone {args}.", "ok")

    def creator_of(self, ctx: ChatContext) -> str | None:
        return self.creators.get(ctx.chat_id)

    def window(self, ctx: ChatContext) -> DigestWindow | None:
        return None


def sign(body: bytes, timestamp: int, secret: str = SECRET) -> str:
    base = f"v0:{timestamp}:".encode() + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass
class Harness:
    """The adapter on a real web server, a fake Slack, and a client to send signed requests."""

    adapter: SlackListener
    web: WebServer
    fake: FakeSlack
    http: aiohttp.ClientSession
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web.bound_port}/slack/events"

    async def post(
        self,
        body: bytes,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
    ) -> tuple[int, str]:
        ts = int(time.time()) if timestamp is None else timestamp
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(ts),
            "X-Slack-Signature": signature or sign(body, ts),
        }
        async with self.http.post(self.url, data=body, headers=headers) as response:
            return response.status, await response.text()

    def command_body(self, text: str, *, channel: str, user: str) -> tuple[bytes, str]:
        key = f"cmd{next(self.ids)}"
        form = {
            "token": "legacy-verification-token",
            "team_id": TEAM_ID,
            "team_domain": "digest-test",
            "channel_id": channel,
            "channel_name": "directmessage" if channel.startswith("D") else "nyheter",
            "user_id": user,
            "user_name": user.lower(),
            "command": "/digest",
            "text": text,
            "api_app_id": "A0DIGEST",
            "response_url": self.fake.response_url(key, channel, user),
            "trigger_id": f"trigger.{key}",
        }
        return urlencode(form).encode(), key

    async def slash(
        self, text: str, *, channel: str = "C0NEWS", user: str = "U0MEMBER"
    ) -> tuple[int, str]:
        body, _ = self.command_body(text, channel=channel, user=user)
        return await self.post(body, "application/x-www-form-urlencoded")

    async def event(self, event: dict[str, Any], *, event_id: str | None = None) -> int:
        payload = {
            "token": "legacy-verification-token",
            "team_id": TEAM_ID,
            "api_app_id": "A0DIGEST",
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(self.ids):08d}",
            "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
        }
        status, _ = await self.post(json.dumps(payload).encode(), "application/json")
        return status

    async def mention(
        self, text: str, *, channel: str = "C0NEWS", ts: str, thread_ts: str | None = None
    ) -> int:
        event = {
            "type": "app_mention",
            "user": "U0MEMBER",
            "text": f"<@{BOT_USER_ID}> {text}",
            "ts": ts,
            "channel": channel,
            "event_ts": ts,
        }
        if thread_ts:
            event["thread_ts"] = thread_ts
        return await self.event(event)

    async def dm(self, text: str, *, channel: str = "D0MEMBER", user: str = "U0MEMBER") -> int:
        ts = f"{time.time():.6f}"
        event = {
            "type": "message",
            "channel_type": "im",
            "user": user,
            "text": text,
            "ts": ts,
            "channel": channel,
            "event_ts": ts,
        }
        return await self.event(event)

    async def click(
        self, value: str, *, channel: str = "C0NEWS", thread_ts: str | None = None
    ) -> int:
        """Click a topic button under a message (in a thread when `thread_ts`)."""
        thread = {"thread_ts": thread_ts} if thread_ts else {}
        payload = {
            "type": "block_actions",
            "team": {"id": TEAM_ID, "domain": "digest-test"},
            "user": {"id": "U0MEMBER", "username": "u0member", "team_id": TEAM_ID},
            "api_app_id": "A0DIGEST",
            "token": "legacy-verification-token",
            "container": {
                "type": "message",
                "message_ts": "1700000000.000200",
                "channel_id": channel,
                "is_ephemeral": False,
                **thread,
            },
            "trigger_id": f"trigger.{next(self.ids)}",
            "channel": {"id": channel, "name": "nyheter"},
            "message": {"type": "message", "ts": "1700000000.000200", "text": "digest", **thread},
            "actions": [
                {
                    "type": "button",
                    "action_id": f"topic:{value}",
                    "block_id": "topics",
                    "value": value,
                    "text": {"type": "plain_text", "text": value},
                    "action_ts": f"{time.time():.6f}",
                }
            ],
        }
        body = urlencode({"payload": json.dumps(payload)}).encode()
        status, _ = await self.post(body, "application/x-www-form-urlencoded")
        return status

    async def answers(self, count: int, timeout: float = 10.0) -> list[Message]:
        await self.fake.wait_for(lambda: len(self.fake.messages) >= count, timeout)
        return self.fake.messages


def settings_for(fake: FakeSlack, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "slack_bot_token": TOKEN,
        "slack_signing_secret": SECRET,
        "slack_api_url": fake.api_url,
        "port": 0,
        "slack_rate_per_second": 50.0,
    }
    return Settings(**(values | overrides))


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack(
        token=TOKEN,
        users={"U0ADMIN": User("U0ADMIN", is_admin=True), "U0MEMBER": User("U0MEMBER")},
        dead_channels={
            "C0ARCHIVED": "is_archived",
            "C0GONE": "channel_not_found",
            "C0OUTSIDE": "not_in_channel",
            "D0INACTIVE": "account_inactive",
        },
        retry_after="0.2",
    )
    await fake.start()
    yield fake
    await fake.stop()


async def start_harness(fake: FakeSlack, chat: Any, **overrides: Any) -> Harness:
    web = WebServer(host="127.0.0.1", port=0)
    adapter = SlackListener(settings_for(fake, **overrides), chat, web, timeout=1, backoff=0.01)
    await web.start()
    await adapter.start()
    return Harness(adapter, web, fake, aiohttp.ClientSession())


async def stop_harness(harness: Harness) -> None:
    await harness.http.close()
    await harness.adapter.stop()
    await harness.web.stop()


@pytest.fixture
async def subscriptions() -> FakeSubscriptions:
    return FakeSubscriptions()


@pytest.fixture
async def bot(fake: FakeSlack, subscriptions: FakeSubscriptions) -> AsyncIterator[Harness]:
    harness = await start_harness(fake, make_chat(subscriptions=subscriptions))
    yield harness
    await stop_harness(harness)


# --- the HTTP endpoint: signatures and the URL check -------------------------------------


async def test_url_verification_challenge_is_answered(bot: Harness) -> None:
    body = json.dumps({"token": "x", "challenge": "utfordring-42", "type": "url_verification"})
    status, text = await bot.post(body.encode(), "application/json")
    assert status == 200
    assert json.loads(text) == {"challenge": "utfordring-42"}


async def test_bad_signature_is_refused(bot: Harness) -> None:
    body, _ = bot.command_body("atom", channel="C0NEWS", user="U0MEMBER")
    ts = int(time.time())
    status, _ = await bot.post(
        body, "application/x-www-form-urlencoded", signature=sign(body, ts, "wrong-secret")
    )
    assert status == 401
    await bot.fake.settle()
    assert bot.fake.messages == []


async def test_stale_timestamp_is_refused(bot: Harness) -> None:
    body, _ = bot.command_body("atom", channel="C0NEWS", user="U0MEMBER")
    stale = int(time.time()) - 6 * 60
    status, _ = await bot.post(body, "application/x-www-form-urlencoded", timestamp=stale)
    assert status == 401
    await bot.fake.settle()
    assert bot.fake.messages == []


async def test_tampered_body_is_refused(bot: Harness) -> None:
    body, _ = bot.command_body("atom", channel="C0NEWS", user="U0MEMBER")
    ts = int(time.time())
    tampered = body.replace(b"atom", b"help")
    status, _ = await bot.post(
        tampered, "application/x-www-form-urlencoded", signature=sign(body, ts), timestamp=ts
    )
    assert status == 401


# --- /digest -------------------------------------------------------------------------------


async def test_digest_alone_gives_the_digest_to_the_channel(bot: Harness) -> None:
    started = time.monotonic()
    status, _ = await bot.slash("")
    assert status == 200
    assert time.monotonic() - started < 3  # acknowledged at once, answered after
    [answer] = await bot.answers(1)
    assert answer.method == "response_url"
    assert answer.response_type == "in_channel"
    assert answer.titles == ["Store militærøvelser i nord", "Atomtrusselen er tilbake i Europa"]
    assert "<https://example.no/atomtrusselen?side=1&amp;del=2|" in answer.block_text
    assert ("øvelse", "topic:ovelse", "ovelse") in answer.buttons
    assert answer.text.strip()


async def test_the_digest_names_its_source_first_and_a_topic_button_answers_in_the_thread(
    bot: Harness,
) -> None:
    await bot.slash("")
    [digest] = await bot.answers(1)
    # Each article: its title (a link) and its source line, then the bullets.
    kinds = [(b["type"], b.get("block_id", "")) for b in digest.blocks]
    assert kinds[:2] == [("section", "intro-title-0"), ("context", "intro-source-0")]
    atom = next(b for b in digest.blocks if b.get("block_id") == "intro-title-1")
    assert atom["text"]["text"].startswith("*<https://example.no/atomtrusselen?side=1&amp;del=2|")
    source = next(b for b in digest.blocks if b.get("block_id") == "intro-source-1")
    assert source["elements"][0]["text"] == "example.no · October 2022"
    assert ("atom", "topic:atom", "atom") in digest.buttons
    assert ("øvelse", "topic:ovelse", "ovelse") in digest.buttons
    assert bot.fake.status_count(400) == 0  # the fake's Block Kit validator took every block

    assert await bot.click("atom", thread_ts="1700000000.000100") == 200
    [_, answer] = await bot.answers(2)
    assert (answer.method, answer.channel, answer.thread_ts) == (
        "chat.postMessage",
        "C0NEWS",
        "1700000000.000100",
    )
    assert "> Regjeringen sier at atomtrusselen blir tatt på alvor." in answer.block_text


async def test_digest_atom_gives_the_excerpt(bot: Harness) -> None:
    await bot.slash("atom")
    [answer] = await bot.answers(1)
    assert answer.response_type == "in_channel"
    assert "> Regjeringen sier at atomtrusselen blir tatt på alvor." in answer.block_text
    assert "Øvelsen" not in answer.block_text


@pytest.mark.parametrize("word", ["ovelse", "øvelse", "/ovelse"])
async def test_digest_ovelse_in_any_spelling(bot: Harness, word: str) -> None:
    await bot.slash(word)
    [answer] = await bot.answers(1)
    assert answer.response_type == "in_channel"
    assert "> Øvelsen varer i tre uker." in answer.block_text
    assert "atomtrusselen" not in answer.block_text


async def test_digest_nonsense_gets_the_topics_privately(bot: Harness) -> None:
    await bot.slash("nonsense")
    [answer] = await bot.answers(1)
    assert answer.response_type == "ephemeral"
    assert answer.user == "U0MEMBER"
    assert "nonsense" in answer.block_text
    assert "`/digest ovelse`" in answer.block_text


async def test_digest_help_is_private_and_lists_the_commands(bot: Harness) -> None:
    await bot.slash("help")
    [answer] = await bot.answers(1)
    assert answer.response_type == "ephemeral"
    usages = ("`/digest [N|more]`", "`/digest topics`", "`/digest subscribe [HH:MM] [TOPIC...]`")
    for usage in usages:
        assert usage in answer.block_text


async def test_every_command_of_the_table_works_after_digest(bot: Harness) -> None:
    for words in ("topics", "search atomvåpen", "subscriptions", "start"):
        await bot.slash(words)
    answers = await bot.answers(4)
    assert not any("I know no command" in a.block_text for a in answers)


async def test_a_digest_too_long_for_one_message_is_split(fake: FakeSlack) -> None:
    harness = await start_harness(fake, make_chat(long=True))
    try:
        await harness.slash("")
        await fake.wait_for(lambda: len(fake.messages) >= 2)
        await fake.settle()
        parts = fake.messages
        assert 2 <= len(parts) <= 5
        assert all(p.response_type == "in_channel" for p in parts)
        assert all(len(p.blocks) <= 50 for p in parts)
        titles = [title for p in parts for title in p.titles]
        assert sorted(titles) == [f"Beredskap i nord, del {n}" for n in range(5)]
        assert fake.status_count(400) == 0
    finally:
        await stop_harness(harness)


# --- mentions, direct messages, the App Home -----------------------------------------------


async def test_a_mention_is_answered_in_its_thread(bot: Harness) -> None:
    assert await bot.mention("atom", ts="1700000100.000200") == 200
    [answer] = await bot.answers(1)
    assert answer.method == "chat.postMessage"
    assert answer.channel == "C0NEWS"
    assert answer.thread_ts == "1700000100.000200"
    assert "atomtrusselen" in answer.block_text


async def test_a_mention_inside_a_thread_answers_in_that_thread(bot: Harness) -> None:
    await bot.mention("øvelse", ts="1700000300.000400", thread_ts="1700000200.000100")
    [answer] = await bot.answers(1)
    assert answer.thread_ts == "1700000200.000100"


async def test_help_asked_by_mention_is_shown_only_to_the_asker(bot: Harness) -> None:
    await bot.mention("help", ts="1700000400.000100")
    [answer] = await bot.answers(1)
    assert answer.method == "chat.postEphemeral"
    assert answer.user == "U0MEMBER"
    assert answer.thread_ts == "1700000400.000100"


async def test_a_direct_message_is_answered_in_the_dm(bot: Harness) -> None:
    assert await bot.dm("øvelse") == 200
    [answer] = await bot.answers(1)
    assert answer.method == "chat.postMessage"
    assert answer.channel == "D0MEMBER"
    assert answer.thread_ts is None
    assert "> Øvelsen varer i tre uker." in answer.block_text


async def test_help_in_a_dm_is_a_normal_message(bot: Harness) -> None:
    await bot.dm("help")
    [answer] = await bot.answers(1)
    assert answer.method == "chat.postMessage"
    assert "`/digest topics`" in answer.block_text


async def test_the_bots_own_messages_and_edits_are_ignored(bot: Harness) -> None:
    own = {"type": "message", "channel_type": "im", "bot_id": BOT_ID, "user": BOT_USER_ID}
    await bot.event({**own, "text": "atom", "ts": "1.1", "channel": "D0MEMBER"})
    edit = {"type": "message", "channel_type": "im", "subtype": "message_changed"}
    await bot.event({**edit, "ts": "1.2", "channel": "D0MEMBER"})
    await bot.fake.settle()
    assert bot.fake.messages == []


async def test_an_event_delivered_twice_is_answered_once(bot: Harness) -> None:
    event = {
        "type": "app_mention",
        "user": "U0MEMBER",
        "text": f"<@{BOT_USER_ID}> atom",
        "ts": "1700000500.000100",
        "channel": "C0NEWS",
    }
    await bot.event(event, event_id="Ev0TWICE")
    await bot.event(event, event_id="Ev0TWICE")
    await bot.answers(1)
    await bot.fake.settle()
    assert len(bot.fake.messages) == 1


async def test_app_home_shows_the_latest_digest_and_topics(bot: Harness) -> None:
    event = {"type": "app_home_opened", "user": "U0MEMBER", "channel": "D0MEMBER", "tab": "home"}
    assert await bot.event(event) == 200
    await bot.fake.wait_for(lambda: bool(bot.fake.views))
    [view] = bot.fake.views
    assert view["user_id"] == "U0MEMBER"
    headers = [b["text"]["text"] for b in view["blocks"] if b["type"] == "header"]
    assert headers == ["Topics"]
    titles = [b["text"]["text"] for b in view["blocks"] if "intro-title" in b.get("block_id", "")]
    assert titles[0] == "*Store militærøvelser i nord*"  # a file: no link
    assert titles[1].endswith("|Atomtrusselen er tilbake i Europa>*")
    assert "`/digest ovelse` — øvelse" in json.dumps(view["blocks"], ensure_ascii=False)


# --- the admin rule --------------------------------------------------------------------------


async def test_only_admins_and_the_creator_change_a_channels_subscription(
    bot: Harness, subscriptions: FakeSubscriptions
) -> None:
    await bot.slash("subscribe 07:30 atom", user="U0MEMBER")
    [refused] = await bot.answers(1)
    assert refused.response_type == "ephemeral"
    assert "Only administrators" in refused.block_text

    await bot.slash("subscribe 07:30 atom", user="U0ADMIN")
    _, accepted = await bot.answers(2)
    assert accepted.response_type == "in_channel"
    assert "Subscribed" in accepted.block_text

    subscriptions.creators["C0NEWS"] = "U0MEMBER"  # the member's own subscription
    await bot.slash("unsubscribe", user="U0MEMBER")
    *_, own = await bot.answers(3)
    assert "Unsubscribed" in own.block_text
    # users.info was asked once per user, then cached.
    assert bot.fake.calls.count(("users.info", 200)) == 2


async def test_anyone_may_subscribe_their_own_dm(bot: Harness) -> None:
    await bot.slash("subscribe 08:00", channel="D0MEMBER", user="U0MEMBER")
    [answer] = await bot.answers(1)
    assert "Subscribed" in answer.block_text
    assert ("users.info", 200) not in bot.fake.calls


# --- Slack's limits: 429, 5xx, timeouts, dead channels ---------------------------------------


async def test_a_429_storm_delays_but_loses_and_repeats_nothing(bot: Harness) -> None:
    bot.fake.storm(8)
    sends = [bot.dm("atom", channel=f"D0USER{n}", user=f"U0USER{n}") for n in range(4)]
    sends += [bot.mention("øvelse", ts=f"17000006{n}0.000100") for n in range(3)]
    assert await asyncio.gather(*sends) == [200] * 7
    await bot.answers(7, timeout=20)
    await bot.fake.settle(0.5)
    assert bot.fake.status_count(429) == 8
    assert sorted(m.channel or "" for m in bot.fake.messages) == sorted(
        [f"D0USER{n}" for n in range(4)] + ["C0NEWS"] * 3
    )
    threads = [m.thread_ts for m in bot.fake.messages if m.channel == "C0NEWS"]
    assert sorted(t or "" for t in threads) == [f"17000006{n}0.000100" for n in range(3)]


async def test_the_per_channel_rate_spaces_messages(fake: FakeSlack) -> None:
    fake.channel_interval = 0.1  # the fake refuses faster posts with 429
    harness = await start_harness(fake, make_chat(), slack_rate_per_second=5.0)
    try:
        digest = DigestReply(())
        results = [await harness.adapter.deliver("C0NEWS", None, digest) for _ in range(4)]
        assert [r.status for r in results] == ["sent"] * 4
        assert fake.status_count(429) == 0
    finally:
        await stop_harness(harness)


async def test_server_errors_are_retried_and_a_timeout_is_maybe_sent(bot: Harness) -> None:
    bot.fake.fail_next(2)
    result = await bot.adapter.deliver("C0NEWS", None, NoticeReply("Hei fra testen."))
    assert result.status == "sent"
    assert bot.fake.status_count(503) == 2
    bot.fake.post_then_hang(1.5)  # posted, but the answer outlives the client's 1 s timeout
    result = await bot.adapter.deliver("C0NEWS", "1700000700.000100", NoticeReply("Igjen."))
    assert result.status == "uncertain"  # maybe sent: never repeated, so never posted twice
    await bot.fake.settle(0.6)
    assert [m.text for m in bot.fake.messages] == ["Hei fra testen.", "Igjen."]
    assert bot.fake.messages[1].thread_ts == "1700000700.000100"


async def test_server_errors_without_end_fail_retryably(bot: Harness) -> None:
    bot.fake.fail_next(100)
    result = await bot.adapter.deliver("C0NEWS", None, NoticeReply("Hei."))
    assert result.status == "failed"
    assert result.retryable


@pytest.mark.parametrize(
    ("channel", "reason"),
    [
        ("C0ARCHIVED", "is_archived"),
        ("C0GONE", "channel_not_found"),
        ("C0OUTSIDE", "not_in_channel"),
        ("D0INACTIVE", "account_inactive"),
    ],
)
async def test_delivery_to_a_dead_channel_says_dead(
    bot: Harness, channel: str, reason: str
) -> None:
    result = await bot.adapter.deliver(channel, None, make_chat().latest_digest())
    assert result.status == "dead"
    assert result.reason == reason


async def test_delivery_returns_the_message_ids(bot: Harness) -> None:
    result = await bot.adapter.deliver("C0NEWS", None, make_chat().latest_digest())
    assert result.status == "sent"
    assert result.message_id == bot.fake.messages[0].ts
    assert result.message_ids == tuple(m.ts for m in bot.fake.messages)


# --- failures never reach the user as more than an apology ---------------------------------


class BrokenChat:
    """A chat service that fails on every question."""

    topics_version = 0
    default_language = "en"

    async def localise(self, ctx: ChatContext, user_language: str | None = None) -> ChatContext:
        return ctx  # never raises, like ChatService.localise: the chat speaks English

    async def answer(
        self, request: Request | None, ctx: ChatContext, permissions: Permissions
    ) -> Reply:
        raise RuntimeError("the library is on fire")

    def topic_entries(self) -> tuple[TopicEntry, ...]:
        raise RuntimeError("no topics either")

    def latest_digest(self) -> Reply:
        raise RuntimeError("no digest either")


async def test_a_failing_chat_gets_the_user_an_apology(fake: FakeSlack) -> None:
    harness = await start_harness(fake, BrokenChat())
    try:
        await harness.slash("atom")
        await harness.dm("atom")
        await harness.event({"type": "app_home_opened", "user": "U0MEMBER", "tab": "home"})
        await harness.answers(2)
        await fake.settle()
        assert len(fake.messages) == 2
        assert all("Sorry, something went wrong" in m.block_text for m in fake.messages)
        # The app still answers afterwards.
        body = json.dumps({"token": "x", "challenge": "still-alive", "type": "url_verification"})
        status, _ = await harness.post(body.encode(), "application/json")
        assert status == 200
    finally:
        await stop_harness(harness)


async def test_an_answer_slack_refuses_becomes_an_apology(bot: Harness) -> None:
    bot.fake.refuse_next("invalid_blocks")
    await bot.mention("atom", ts="1700000800.000100")
    [apology] = await bot.answers(1)
    assert apology.method == "chat.postEphemeral"
    assert apology.user == "U0MEMBER"
    assert apology.thread_ts == "1700000800.000100"
    assert "Sorry, something went wrong" in apology.block_text

    bot.fake.refuse_next("invalid_blocks")
    await bot.slash("atom")
    _, apology = await bot.answers(2)
    assert apology.method == "response_url"
    assert apology.response_type == "ephemeral"
    assert "Sorry, something went wrong" in apology.block_text


async def test_an_answer_to_a_dead_dm_is_dropped_and_the_app_goes_on(bot: Harness) -> None:
    bot.fake.dead_channels["D0GONE"] = "channel_not_found"
    await bot.dm("atom", channel="D0GONE")
    await bot.fake.settle()
    assert bot.fake.messages == []
    await bot.dm("atom")
    await bot.answers(1)


async def test_secrets_never_reach_the_log(
    fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    harness = await start_harness(fake, make_chat())
    try:
        await harness.slash("atom")
        await harness.dm("help")
        body, _ = harness.command_body("x", channel="C0NEWS", user="U0MEMBER")
        await harness.post(body, "application/x-www-form-urlencoded", signature="v0=bad")
        await harness.answers(2)
        await fake.settle()
    finally:
        await stop_harness(harness)
    assert TOKEN not in caplog.text
    assert SECRET not in caplog.text


# --- set-up ------------------------------------------------------------------------------------


async def test_a_refused_token_stops_start_without_showing_it(fake: FakeSlack) -> None:
    web = WebServer(host="127.0.0.1", port=0)
    settings = settings_for(fake, slack_bot_token="xoxb-wrong-token")
    adapter = SlackListener(settings, make_chat(), web)
    with pytest.raises(SlackError, match="invalid_auth") as raised:
        await adapter.start()
    assert "xoxb-wrong-token" not in str(raised.value)


async def test_a_slow_network_at_start_is_tried_again(fake: FakeSlack) -> None:
    fake.hang_auth_next(1.5)  # past the client's 1 s timeout, once
    harness = await start_harness(fake, make_chat())
    try:
        assert harness.adapter.bot_user_id  # started, on the second auth.test
    finally:
        await stop_harness(harness)


async def test_a_web_api_that_never_answers_stops_start_with_a_clear_error(
    fake: FakeSlack,
) -> None:
    for _ in range(3):
        fake.hang_auth_next(1.5)
    web = WebServer(host="127.0.0.1", port=0)
    adapter = SlackListener(settings_for(fake), make_chat(), web, timeout=1, max_retries=2)
    with pytest.raises(SlackError, match="unreachable: TimeoutError"):
        await adapter.start()
    await adapter.stop()


def test_settings_are_checked_at_construction(fake: FakeSlack) -> None:
    with pytest.raises(SlackError, match="SLACK_BOT_TOKEN"):
        SlackListener(settings_for(fake, slack_bot_token=None), make_chat(), WebServer())
    with pytest.raises(SlackError, match="SLACK_SIGNING_SECRET"):
        SlackListener(settings_for(fake, slack_signing_secret=None), make_chat(), WebServer())


def test_socket_mode_needs_no_web_route_nor_signing_secret(fake: FakeSlack) -> None:
    web = WebServer(host="127.0.0.1", port=0)
    settings = settings_for(fake, slack_app_token="xapp-1-test", slack_signing_secret=None)
    adapter = SlackListener(settings, make_chat(), web)
    assert adapter.socket_mode
    routes = [r.resource.canonical for r in web.app.router.routes() if r.resource is not None]
    assert "/slack/events" not in routes


@pytest.mark.parametrize(
    ("typed", "command"),
    [
        ("", "/digest"),
        ("atom", "/atom"),
        ("øvelse", "/øvelse"),
        ("help", "/help"),
        ("subscribe 07:30 atom", "/subscribe 07:30 atom"),
        ("/ovelse", "/ovelse"),
        (f"<@{BOT_USER_ID}> atom", "/atom"),
        (f"<@{BOT_USER_ID}|digestbot>   search  a &amp; b", "/search a & b"),
        (f"<@{BOT_USER_ID}>", "/digest"),
        ("more", "/digest more"),  # what the last daily digest had no room for
        ("2", "/digest 2"),  # the second page of the digest
        ("more 2", "/digest more 2"),
    ],
)
def test_to_command(typed: str, command: str) -> None:
    assert to_command(typed) == command
