"""Scenarios: the real python-telegram-bot, our adapter and chat, a fake Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiohttp import ClientSession
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.chat.library import Library
from bot.chat.ports import DigestWindow, Permissions
from bot.chat.replies import ChatContext, DigestReply, NoticeReply, Reply, TopicEntry
from bot.chat.request import Request
from bot.chat.service import ChatService
from bot.core.parse import parse_text
from bot.platforms.base import DeliveryResult
from bot.platforms.shared.recent import RecentKeys
from bot.platforms.telegram.flood import FloodControl, Stopping
from bot.platforms.telegram.listener import TelegramListener
from bot.platforms.telegram.menu import MENU_LANGUAGE_CODES
from bot.platforms.telegram.redaction import RedactSecrets
from bot.platforms.telegram.sender import file_url
from bot.settings import Settings
from bot.store.memory import InMemoryArticleStore
from bot.web import WebServer
from tests.fakes.telegram_server import FakeTelegram, SentMessage

# PTB's RetryAfter itself warns about its int-or-timedelta attribute when it is built.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

ATOM = """Atomtrusselen øker i Europa

Russland har flere ganger antydet at atomvåpen kan bli brukt i krigen i Ukraina. Eksperter \
mener atomtrusselen er den største siden den kalde krigen. Atomtrusselen preger debatten i \
hele Europa.

Atomvåpen i beredskap

Regjeringen sier at atomtrusselen tas på alvor. Direktoratet for strålevern har oppdatert \
beredskapen mot atomulykker. Mange har kjøpt jodtabletter etter at atomtrusselen økte.
"""

OVELSE = """Militærøvelser i nord

NATO holder store militærøvelser i Nord-Norge denne vinteren. Over 20 000 soldater deltar i \
øvelsen. Russland følger øvelsen med interesse.

Øvelsen i kulda

Soldatene øver i krevende forhold med kulde og snø. Øvelsen skal vise at alliansen kan \
forsvare Norge. Neste øvelse holdes om to år.
"""

PLACES = (
    "Bodø", "Tromsø", "Harstad", "Narvik", "Alta", "Kirkenes",
    "Bardufoss", "Evenes", "Andøya", "Setermoen", "Porsanger", "Vadsø",
)  # fmt: skip


def long_article(part: int) -> str:
    """Return a long article: a section for every place the exercise visited."""
    blocks = [f"Militærøvelser i nord, del {part}"]
    for week, place in enumerate(PLACES, start=1):
        blocks.append(f"Øvelsen ved {place}")
        blocks.append(
            f"Soldater fra flere land øvde ved {place} i uke {week} under krevende "
            f"vinterforhold med sterk kulde. Befalet i {place} sier at øvelsen viste at "
            f"samarbeidet mellom de allierte styrkene fungerer godt. Lokalbefolkningen i "
            f"{place} merket mye trafikk på veiene mens øvelsen pågikk."
        )
    return "\n\n".join(blocks)


class Subscriptions:
    """Just enough of the scheduler's subscriptions to see who got through."""

    def __init__(self) -> None:
        self.subscribed: list[ChatContext] = []

    def subscribe(self, ctx: ChatContext, args: str) -> NoticeReply:
        self.subscribed.append(ctx)
        return NoticeReply(f"Subscribed: daily digest at {args or '07:00'}.", "ok")

    def unsubscribe(self, ctx: ChatContext) -> NoticeReply:
        return NoticeReply("Unsubscribed.", "ok")

    def describe(self, ctx: ChatContext) -> NoticeReply:
        return NoticeReply("No subscription.")

    def set_timezone(self, ctx: ChatContext, args: str) -> NoticeReply:
        return NoticeReply(f"Time zone: {args}.", "ok")

    def creator_of(self, ctx: ChatContext) -> str | None:
        return None

    def window(self, ctx: ChatContext) -> DigestWindow | None:
        return None


def make_chat(*texts: str, subscriptions: Subscriptions | None = None) -> ChatService:
    store = InMemoryArticleStore()
    for number, text in enumerate(texts or (ATOM, OVELSE)):
        store.add(parse_text(text, source=f"artikkel-{number}.txt"))
    return ChatService(Library(store), subscriptions=subscriptions)


class Exploding:
    """A chat whose /boom fails, to see the bot apologise and carry on."""

    def __init__(self, chat: ChatService) -> None:
        self.chat = chat

    async def answer(
        self, request: Request | None, ctx: ChatContext, permissions: Permissions
    ) -> Reply:
        if request is not None and request.name == "boom":
            raise RuntimeError("the chat broke")
        return await self.chat.answer(request, ctx, permissions)

    async def localise(self, ctx: ChatContext, user_language: str | None = None) -> ChatContext:
        return await self.chat.localise(ctx, user_language)

    @property
    def default_language(self) -> str:
        return self.chat.default_language

    def topic_entries(self) -> tuple[TopicEntry, ...]:
        return self.chat.topic_entries()

    @property
    def topics_version(self) -> int:
        return self.chat.topics_version


def fast_flood(**overrides: Any) -> FloodControl:
    """Limits loose enough for quick scenarios, and a short backoff; the storm test is strict."""
    loose = {"backoff": 0.02, "chat_per_second": 50.0, "chat_burst": 50}
    return FloodControl(**{**loose, **overrides})


@pytest.fixture
async def server() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        yield fake


@asynccontextmanager
async def running(
    server: FakeTelegram,
    chat: Any = None,
    *,
    web: WebServer | None = None,
    flood: FloodControl | None = None,
    stop_grace: float = 3.0,
    **settings: Any,
) -> AsyncIterator[TelegramListener]:
    adapter = TelegramListener(
        Settings(
            telegram_bot_token=server.token,
            telegram_api_base_url=server.base_url,
            **settings,
        ),
        chat if chat is not None else make_chat(),
        web,
        flood=flood or fast_flood(),
        poll_timeout=1.0,
        stop_grace=stop_grace,
    )
    await adapter.start()
    try:
        yield adapter
    finally:
        await adapter.stop()


async def ask(server: FakeTelegram, chat_id: int, text: str, **kw: Any) -> SentMessage:
    """Send a message as a user and return the bot's (first) answer in that chat."""
    before = len([m for m in server.sent if m.chat_id == chat_id])
    server.message(chat_id, text, **kw)
    return (await server.wait_sent(before + 1, chat_id=chat_id))[before]


async def nothing_more(server: FakeTelegram, chat_id: int, count: int) -> None:
    """Check the chat got exactly `count` messages, after a probe proves the queue is done."""
    await ask(server, chat_id, "/topics")  # updates of one chat are handled in order
    assert len([m for m in server.sent if m.chat_id == chat_id]) == count + 1


# --- private chats -----------------------------------------------------------------------


async def test_start_help_and_topics_in_a_private_chat(server: FakeTelegram) -> None:
    server.private_chat(101)
    async with running(server):
        start = await ask(server, 101, "/start")
        help_ = await ask(server, 101, "/help")
        topics = await ask(server, 101, "/topics")
    assert "/digest" in start.text and "/subscribe" in start.text and "/atom" in start.text
    assert "<b>Commands</b>" in start.html
    assert help_.text == start.text
    assert "/atom" in topics.text and "/ovelse" in topics.text
    assert all(m.link_preview_disabled for m in server.sent)


async def test_the_menu_holds_fixed_and_topic_commands(server: FakeTelegram) -> None:
    async with running(server):
        await server.wait_for(lambda: bool(server.commands))
    names = [c["command"] for c in server.commands]
    assert names[:4] == ["start", "help", "digest", "topics"]
    assert "atom" in names and any(n.startswith("ovelse") for n in names)  # øvelse(n)
    assert len(names) <= 100


async def test_topic_commands_as_typed(server: FakeTelegram) -> None:
    server.private_chat(102)
    async with running(server):
        atom = await ask(server, 102, "/atom")
        ovelse = await ask(server, 102, "/ovelse")
        typed = await ask(server, 102, "/øvelse")
    assert "atomtrusselen" in atom.text
    assert "øvelse" in ovelse.text.lower()
    assert typed.text == ovelse.text


async def test_an_unknown_command_lists_the_topics(server: FakeTelegram) -> None:
    server.private_chat(103)
    async with running(server):
        answer = await ask(server, 103, "/hvalfangst")
    assert "/hvalfangst" in answer.text
    assert "/atom" in answer.text and "/ovelse" in answer.text


async def test_a_digest_longer_than_4096_is_split_and_every_part_is_accepted(
    server: FakeTelegram,
) -> None:
    server.private_chat(104)
    chat = make_chat(*(long_article(n) for n in range(1, 5)), ATOM)
    async with running(server, chat):
        server.message(104, "/digest")
        await server.wait_for(lambda: any(m.buttons for m in server.sent))
    parts = [m for m in server.sent if m.chat_id == 104]
    assert len(parts) >= 2
    assert sum(len(m.text) for m in parts) > 4096
    assert all(len(m.text.encode("utf-16-le")) // 2 <= 4096 for m in parts)
    assert not [c for c in server.calls_of("sendMessage") if c.status != 200]
    assert [bool(m.buttons) for m in parts] == [False] * (len(parts) - 1) + [True]
    assert ("atom", "t:atom") in parts[-1].buttons


async def test_a_topic_button_answers_the_query_and_sends_the_excerpt(
    server: FakeTelegram,
) -> None:
    server.private_chat(105)
    async with running(server):
        digest = await ask(server, 105, "/digest")
        assert ("atom", "t:atom") in digest.buttons
        server.press(digest, "t:atom", user_id=105)
        excerpt = (await server.wait_sent(2, chat_id=105))[1]
        await server.wait_for(lambda: len(server.answered_callbacks) == 1)
    assert "atomtrusselen" in excerpt.text
    assert server.calls_of("answerCallbackQuery")[0].status == 200


async def test_private_plain_text_is_answered_and_failures_get_an_apology(
    server: FakeTelegram,
) -> None:
    server.private_chat(106)
    async with running(server, Exploding(make_chat())):
        words = await ask(server, 106, "atomtrusselen")
        sorry = await ask(server, 106, "/boom")
        after = await ask(server, 106, "/atom")
    assert "atomtrusselen" in words.text.lower()
    assert sorry.text.startswith("Sorry")
    assert "atomtrusselen" in after.text


# --- groups, channels, forum topics ------------------------------------------------------


async def test_group_commands_addressed_to_this_bot_or_to_nobody(server: FakeTelegram) -> None:
    server.group(-1001, title="Nyheter")
    async with running(server):
        named = await ask(server, -1001, "/atom@DigestTestBot", user_id=201)
        assert "atomtrusselen" in named.text
        server.message(-1001, "/atom@AnnenBot", user_id=201)  # not ours
        server.message(-1001, "/hvalfangst", user_id=201)  # another bot's, most likely
        server.message(-1001, "hei alle sammen", user_id=201)  # chatter
        await nothing_more(server, -1001, 1)
        unknown = await ask(server, -1001, "/hvalfangst@digesttestbot", user_id=201)
    assert "/hvalfangst" in unknown.text


async def test_forum_topics_get_answers_in_their_thread(server: FakeTelegram) -> None:
    server.group(-1002, forum=True)
    async with running(server):
        answer = await ask(server, -1002, "/ovelse", user_id=202, thread_id=77)
        digest = await ask(server, -1002, "/digest", user_id=202, thread_id=78)
        server.press(digest, "t:atom", user_id=203)
        await server.wait_sent(3, chat_id=-1002)
    assert answer.thread_id == 77
    assert [m.thread_id for m in server.sent] == [77, 78, 78]


async def test_channel_posts_are_answered_in_the_channel(server: FakeTelegram) -> None:
    server.channel(-1003)
    async with running(server, make_chat(subscriptions=Subscriptions())):
        answer = await ask(server, -1003, "/atom")
        subscribed = await ask(server, -1003, "/subscribe 07:30")
    assert "atomtrusselen" in answer.text
    assert subscribed.text.startswith("Subscribed")
    assert not server.calls_of("getChatMember")  # whoever posts in a channel is an admin


async def test_only_group_admins_change_settings(server: FakeTelegram) -> None:
    server.group(-1004, admins=(301,), creator=300)
    subscriptions = Subscriptions()
    async with running(server, make_chat(subscriptions=subscriptions)):
        refused = await ask(server, -1004, "/subscribe 07:30", user_id=302)
        again = await ask(server, -1004, "/subscribe@DigestTestBot", user_id=302)
        read = await ask(server, -1004, "/atom", user_id=302)
        admin = await ask(server, -1004, "/subscribe 08:00", user_id=301)
        owner = await ask(server, -1004, "/unsubscribe", user_id=300)
        anonymous = await ask(server, -1004, "/subscribe", sender_chat_id=-1004)
    assert "administrators" in refused.text and "administrators" in again.text
    assert "atomtrusselen" in read.text
    assert admin.text.startswith("Subscribed") and owner.text == "Unsubscribed."
    assert anonymous.text.startswith("Subscribed")
    assert [c.user_id for c in subscriptions.subscribed] == ["301", "-1004"]
    # 302 asked twice within the cache's minute: one getChatMember; 301 and 300 one each.
    assert sorted(c.params["user_id"] for c in server.calls_of("getChatMember")) == [300, 301, 302]


# --- webhook -----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_checks_the_secret_and_handles_a_repeated_update_once(
    server: FakeTelegram,
) -> None:
    server.private_chat(401)
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    web = WebServer(host="127.0.0.1", port=port)
    async with running(
        server, web=web, telegram_webhook_url=url, telegram_webhook_secret="hemmelig-123"
    ):
        await web.start()
        try:
            assert server.webhook == {"url": url, "secret_token": "hemmelig-123"}
            update_id = server.message(401, "/atom")  # pushed by the fake, with the secret
            await server.wait_sent(1, chat_id=401)
            assert server.webhook_responses == [200]
            update = {
                "update_id": update_id + 1000,
                "message": {
                    "message_id": 9001,
                    "date": int(time.time()),
                    "chat": {"id": 401, "type": "private", "first_name": "Kari"},
                    "from": {"id": 401, "is_bot": False, "first_name": "Kari"},
                    "text": "/ovelse",
                    "entities": [{"type": "bot_command", "offset": 0, "length": 7}],
                },
            }
            assert await server.post_webhook(update, secret=None) == 403
            assert await server.post_webhook(update, secret="gjett") == 403
            assert await server.post_webhook(update, secret="hemmelig-124") == 403
            assert await server.post_webhook(update) == 200
            assert await server.post_webhook(update) == 200  # Telegram re-sent it
            await server.wait_sent(2, chat_id=401)
            await nothing_more(server, 401, 2)
            async with (
                ClientSession() as session,
                session.get(f"http://127.0.0.1:{port}/healthz") as health,
            ):
                assert health.status == 200
        finally:
            await web.stop()
    assert not server.calls_of("getUpdates")


async def test_webhook_mode_refuses_to_start_without_a_web_server(server: FakeTelegram) -> None:
    settings = Settings(
        telegram_bot_token=server.token,
        telegram_api_base_url=server.base_url,
        telegram_webhook_url="https://bot.example.no/hook",
    )
    with pytest.raises(ValueError, match="web server"):
        TelegramListener(settings, make_chat(), None)


def test_recent_update_ids_are_bounded() -> None:
    seen: RecentKeys[int] = RecentKeys(size=3)
    assert [seen.first_time(n) for n in (1, 2, 1, 3, 4, 5, 1)] == [
        True,
        True,
        False,
        True,
        True,
        True,
        True,
    ]


# --- flood limits, failures, dead chats --------------------------------------------------


async def test_a_429_storm_delays_answers_but_loses_and_repeats_none() -> None:
    async with FakeTelegram(overall_rate=(4, 0.5), retry_after=0.2) as server:
        chats = list(range(501, 509))
        for chat_id in chats:
            server.private_chat(chat_id)
        async with running(server, flood=FloodControl(backoff=0.02)):  # the real limits
            for chat_id in chats:
                server.message(chat_id, "/atom")
                server.message(chat_id, "/ovelse")
            await server.wait_for(lambda: len(server.sent) == 2 * len(chats), timeout=15)
        floods = [c for c in server.calls_of("sendMessage") if c.status == 429]
    assert floods, "the storm did not happen"
    for chat_id in chats:
        texts = [m.text for m in server.sent if m.chat_id == chat_id]
        assert len(texts) == 2 and "atomtrusselen" in texts[0] and "øvelse" in texts[1].lower()


async def test_one_chat_gets_a_short_burst_then_a_steady_rate(server: FakeTelegram) -> None:
    server.private_chat(599)
    flood = FloodControl(chat_per_second=5.0, chat_burst=2)  # 1/s and 3 in production
    async with running(server, flood=flood):
        for _ in range(5):
            server.message(599, "/topics")
        sent = await server.wait_sent(5, chat_id=599)
    times = [m.sent_at - sent[0].sent_at for m in sent]
    assert times[1] < 0.15  # the burst
    # then 5/s: measured between sends after the burst, since the first send's own latency
    # (a loaded machine) shifts every time taken from it
    assert times[2] >= 0.1 and times[4] - times[2] >= 0.35


async def test_server_errors_and_timeouts_are_retried_a_few_times(server: FakeTelegram) -> None:
    server.private_chat(601)
    async with running(server) as adapter:
        server.fail_next("sendMessage", 502, "Bad Gateway", count=2)
        answer = await ask(server, 601, "/atom")
        server.fail_next("sendMessage", 500, "Internal Server Error", count=10)
        result = await adapter.deliver("601", None, NoticeReply("Atomtrusselen: sammendrag."))
    assert "atomtrusselen" in answer.text
    assert result.status == "failed" and result.retryable
    assert len([c for c in server.calls_of("sendMessage") if c.status == 500]) == 4  # 1 + 3


async def test_deliver_reports_sent_dead_moved_and_failed(server: FakeTelegram) -> None:
    server.private_chat(701)
    server.private_chat(702)
    server.block(702)
    server.group(-703, supergroup=False)
    server.migrate(-703, -1000703)
    server.group(-1000704, forum=True)
    chat = make_chat()
    async with running(server, chat) as adapter:
        digest = chat.latest_digest()
        sent = await adapter.deliver("701", None, digest)
        blocked = await adapter.deliver("702", None, digest)
        missing = await adapter.deliver("799", None, digest)
        moved = await adapter.deliver("-703", None, digest)
        threaded = await adapter.deliver("-1000704", "12", digest)
        server.kick(-1000704)
        kicked = await adapter.deliver("-1000704", "12", digest)
    assert sent.status == "sent" and sent.message_id == str(server.sent[0].message_id)
    assert blocked == DeliveryResult.dead("Forbidden: bot was blocked by the user")
    assert missing.status == "dead" and missing.reason == "Chat not found"
    assert moved == DeliveryResult.dead("migrated", new_chat_id="-1000703")
    assert threaded.status == "sent" and server.sent[-1].thread_id == 12
    assert kicked.status == "dead"
    failed = await adapter.deliver("701", None, digest)  # stopped: not sent, try later
    assert failed.status == "failed" and failed.retryable


def menu_has_ovelse(server: FakeTelegram, language_code: str = "") -> bool:
    menu = server.menus.get(language_code, [])
    return any(c["command"].startswith("ovelse") for c in menu)


async def test_the_menu_follows_new_topics(server: FakeTelegram) -> None:
    server.private_chat(801)
    store = InMemoryArticleStore()
    store.add(parse_text(ATOM, source="atom.txt"))
    chat = ChatService(Library(store))
    async with running(server, chat):
        await server.wait_for(lambda: bool(server.commands))
        assert not menu_has_ovelse(server)
        store.add(parse_text(OVELSE, source="ovelse.txt"))
        await ask(server, 801, "/ovelse")
        await server.wait_for(lambda: all(menu_has_ovelse(server, c) for c in MENU_LANGUAGE_CODES))
    # Once at the start and once after the change, for each language's menu.
    assert len(server.calls_of("setMyCommands")) == 2 * len(MENU_LANGUAGE_CODES)


async def test_the_token_never_reaches_the_logs(
    server: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.private_chat(901)
    async with running(server):
        await ask(server, 901, "/atom")
    assert "<redacted>" in caplog.text
    assert server.token not in caplog.text
    assert server.token.split(":")[1] not in caplog.text


async def test_stop_is_quick_even_with_answers_waiting_on_limits(server: FakeTelegram) -> None:
    server.group(-1005)
    flood = fast_flood(group_per_minute=1)  # the second answer would wait a minute
    async with running(server, flood=flood, stop_grace=0.5) as adapter:
        await ask(server, -1005, "/atom", user_id=1)
        server.message(-1005, "/ovelse", user_id=1)
        await asyncio.sleep(0.2)
        started = time.monotonic()
        await adapter.stop()
        took = time.monotonic() - started
    assert took < 10
    assert len([m for m in server.sent if m.chat_id == -1005]) == 1


def test_file_url_follows_the_api_url() -> None:
    assert file_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert file_url("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"


def test_digest_reply_type_is_what_the_scheduler_sends() -> None:
    assert isinstance(make_chat().latest_digest(), DigestReply)


# --- flood control and redaction, alone ----------------------------------------------------


class Flaky:
    """A Bot API call that fails with the given errors, then succeeds."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self) -> bool:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return True


async def through(flood: FloodControl, call: Flaky, chat_id: int | None = 1) -> Any:
    data = {"chat_id": chat_id} if chat_id is not None else {}
    return await flood.process_request(call, (), {}, "sendMessage", data, None)


async def test_flood_control_retries_what_can_pass_later_and_nothing_else() -> None:
    flood = FloodControl(backoff=0.01, max_flood_wait=1.0)
    timeouts = Flaky(TimedOut(), NetworkError("Bad Gateway"))
    assert await through(flood, timeouts) is True and timeouts.calls == 3
    refused = Flaky(BadRequest("Can't parse entities"))
    with pytest.raises(BadRequest):
        await through(flood, refused)
    assert refused.calls == 1
    too_long = Flaky(RetryAfter(5))
    with pytest.raises(RetryAfter):
        await through(flood, too_long, chat_id=2)  # longer than max_flood_wait: the caller's
    assert too_long.calls == 1
    down = Flaky(*[TimedOut()] * 10)
    with pytest.raises(TimedOut):
        await through(flood, down, chat_id=3)
    assert down.calls == 4


async def test_flood_control_waits_out_a_429_for_that_chat_only() -> None:
    flood = FloodControl(backoff=0.01)
    started = time.monotonic()
    flooded = Flaky(RetryAfter(0.3))
    await through(flood, flooded, chat_id=4)
    assert flooded.calls == 2 and time.monotonic() - started >= 0.4
    started = time.monotonic()
    await through(flood, Flaky(), chat_id=5)
    assert time.monotonic() - started < 0.1


async def test_flood_control_gives_up_waiting_when_closed() -> None:
    flood = FloodControl(group_per_minute=1)
    await through(flood, Flaky(), chat_id=-100)
    waiting = asyncio.ensure_future(through(flood, Flaky(), chat_id=-100))
    await asyncio.sleep(0.05)
    flood.close()
    with pytest.raises(Stopping):
        await waiting


def test_redaction_covers_arguments_and_tracebacks() -> None:
    token = "123:SECRET-token"
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "POST %s", ("/bot" + token,), None
    )
    try:
        raise RuntimeError(f"failed at /bot{token}/getMe")
    except RuntimeError:
        record.exc_info = sys.exc_info()
    RedactSecrets(token).filter(record)
    assert record.getMessage() == "POST /bot<redacted>"
    assert record.exc_text is not None and token not in record.exc_text
