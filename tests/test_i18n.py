"""The bot's words in Bokmål, Nynorsk and English, as users of each platform see them.

Telegram answers go through the fake Bot API (which parses their HTML entities as Telegram
does), Slack answers through the fake Web API (which validates their blocks). A chat's
language is its /language choice, else its user's client language in a private chat, else
DIGESTBOT_LANGUAGE.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.bootstrap import build_app, build_delivery
from bot.chat.languages import LanguageBook, MemoryChatLanguages
from bot.chat.library import Library
from bot.chat.replies import ChatContext
from bot.chat.service import ChatService
from bot.core.parse import parse_text
from bot.delivery.memory import MemoryBook
from bot.delivery.memory_subscriptions import MemorySubscriptions
from bot.delivery.subscriptions import SubscriptionService
from bot.delivery.times import describe_when
from bot.i18n import words
from bot.platforms.console.listener import answer
from bot.platforms.telegram.flood import FloodControl
from bot.platforms.telegram.listener import TelegramListener
from bot.platforms.telegram.menu import MENU_LANGUAGE_CODES
from bot.settings import Settings
from bot.store.languages import SqlChatLanguages
from bot.store.memory import InMemoryArticleStore
from bot.store.sql import open_store
from tests.fakes.slack_server import FakeSlack, User
from tests.fakes.telegram_server import FakeTelegram, SentMessage
from tests.fixtures.delivery_fakes import RecordingAdapter, next_seven_in_oslo
from tests.test_slack import TOKEN, start_harness, stop_harness

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

# Our own sample, written for these tests.
ARTICLE = """Strømprisen stiger før vinteren

Kraftselskapene varsler at strømprisen blir høyere i vinter. Strømprisen i Sør-Norge ventes \
å bli dobbelt så høy som i fjor. Mange husholdninger gruer seg til strømregningen.

Slik sparer du strøm

Husholdninger kan spare strøm ved å senke innetemperaturen om natta. Strømstøtten dekker en \
del av strømregningen. Rådet er å bruke mindre strøm om kvelden.
"""

HELP = {
    "nb": """\
Jeg leser nyhetsartikler og oppsummerer hver del i noen få korte kulepunkter. Be om et \
sammendrag av de nyeste artiklene, eller nevn et emne (for eksempel atom) for å få \
artikkelens egne setninger om det.

<b>Kommandoer</b>
/start — hva denne boten gjør
/help — kommandoene og emnene som finnes nå
/digest [N|more] — sammendrag av de nyeste artiklene; N: side N; more: resten av et \
daglig sammendrag
/topics — emnekommandoene som finnes nå
/search WORDS — setningene i artiklene som passer til ordene
/subscribe [HH:MM] [TOPIC...] — et daglig sammendrag i denne chatten på det lokale \
klokkeslettet, eventuelt bare om noen emner
/unsubscribe — stopp det daglige sammendraget i denne chatten
/subscriptions — abonnementet i denne chatten og siste levering
/timezone AREA/CITY — still inn tidssonen for denne chatten
/add URL — legg en nyhetsstrøm eller nettside til kildene i denne chatten
/sources [opml] — kildene i denne chatten og tilstanden deres; opml: som fil
/remove N|URL — fjern en av kildene i denne chatten
/language nb|nn|en — språket jeg skriver på i denne chatten

Ingen emner ennå.""",
    "nn": """\
Eg les nyheitsartiklar og samanfattar kvar del i nokre få korte kulepunkt. Be om eit \
samandrag av dei nyaste artiklane, eller nemn eit emne (til dømes atom) for å få \
setningane artikkelen sjølv har om det.

<b>Kommandoar</b>
/start — kva denne boten gjer
/help — kommandoane og emna som finst no
/digest [N|more] — samandrag av dei nyaste artiklane; N: side N; more: resten av eit \
dagleg samandrag
/topics — emnekommandoane som finst no
/search WORDS — setningane i artiklane som passar til orda
/subscribe [HH:MM] [TOPIC...] — eit dagleg samandrag i denne chatten på det lokale \
klokkeslettet, eventuelt berre om nokre emne
/unsubscribe — stopp det daglege samandraget i denne chatten
/subscriptions — abonnementet i denne chatten og siste levering
/timezone AREA/CITY — still inn tidssona for denne chatten
/add URL — legg ein nyheitsstraum eller ei nettside til kjeldene i denne chatten
/sources [opml] — kjeldene i denne chatten og tilstanden deira; opml: som fil
/remove N|URL — fjern ei av kjeldene i denne chatten
/language nb|nn|en — språket eg skriv på i denne chatten

Ingen emne enno.""",
    "en": """\
I read news articles and sum up every section in a few short bullets. Ask for the digest \
of the latest articles, or name a topic (such as atom) to get the article&#x27;s own \
sentences on it.

<b>Commands</b>
/start — what this bot does
/help — the commands and the topics available now
/digest [N|more] — the digest of the latest articles; N: page N; more: the rest of a daily digest
/topics — the topic commands available now
/search WORDS — the article sentences that match the words
/subscribe [HH:MM] [TOPIC...] — a daily digest in this chat at that local time, optionally \
only on topics
/unsubscribe — stop this chat&#x27;s daily digest
/subscriptions — this chat&#x27;s subscription and its last delivery
/timezone AREA/CITY — set this chat&#x27;s time zone
/add URL — add a feed or page to this chat&#x27;s sources
/sources [opml] — this chat&#x27;s sources and their state; opml: as a file
/remove N|URL — remove one of this chat&#x27;s sources
/language nb|nn|en — the language of my words in this chat

No topics yet.""",
}

# The App Home of a bot with no articles yet: every word on it is the bot's own.
HOME = {
    "nb": (
        "Ingen artikler ennå.",
        "Emner",
        "Ingen emner ennå: ingen artikler er lest.",
        "Spør med `/digest ORD`, ved å nevne boten, eller her under Meldinger.",
    ),
    "nn": (
        "Ingen artiklar enno.",
        "Emne",
        "Ingen emne enno: ingen artiklar er lesne.",
        "Spør med `/digest ORD`, ved å nemne boten, eller her under Meldingar.",
    ),
    "en": (
        "No articles yet.",
        "Topics",
        "No topics yet: no articles have been read.",
        "Ask with `/digest WORD`, by mentioning the bot, or here in Messages.",
    ),
}

EMPTY_DIGEST = {
    "nb": "Ingen artikler ennå. Legg til noen med `digestbot ingest`.",
    "nn": "Ingen artiklar enno. Legg til nokre med `digestbot ingest`.",
    "en": "No articles yet. Add some with `digestbot ingest`.",
}

CHOSEN = {
    "nb": "Fra nå av skriver jeg bokmål i denne chatten.",
    "nn": "Frå no av skriv eg nynorsk i denne chatten.",
    "en": "From now on I speak English in this chat.",
}

REFUSED_NB = (
    "Bare administratorer av denne chatten kan endre abonnementet, kildene eller innstillingene."
)


def make_chat(default: str = "nb", *, articles: bool = True) -> ChatService:
    store = InMemoryArticleStore()
    if articles:
        article = parse_text(
            ARTICLE, source="strom.txt", url="https://avis.example/strom", date="2026-11-30"
        )
        store.add(article)
    return ChatService(Library(store), languages=MemoryChatLanguages(), default_language=default)


@asynccontextmanager
async def telegram(server: FakeTelegram, chat: ChatService) -> AsyncIterator[TelegramListener]:
    settings = Settings(telegram_bot_token=server.token, telegram_api_base_url=server.base_url)
    flood = FloodControl(backoff=0.02, chat_per_second=50.0, chat_burst=50)
    listener = TelegramListener(settings, chat, None, flood=flood, poll_timeout=1.0)
    await listener.start()
    try:
        yield listener
    finally:
        await listener.stop()


async def ask(server: FakeTelegram, chat_id: int, text: str, **kw: Any) -> SentMessage:
    """Send a message as a user and return the bot's answer in that chat."""
    before = len([m for m in server.sent if m.chat_id == chat_id])
    server.message(chat_id, text, **kw)
    return (await server.wait_sent(before + 1, chat_id=chat_id))[before]


@pytest.fixture
async def server() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        yield fake


# --- golden messages ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
async def test_telegram_help_in_each_language(server: FakeTelegram, lang: str) -> None:
    server.group(-2001, admins=(11,))
    async with telegram(server, make_chat(lang, articles=False)):
        help_ = await ask(server, -2001, "/help", user_id=12)
        empty = await ask(server, -2001, "/digest", user_id=12)
    assert help_.html == HELP[lang]
    assert empty.html == EMPTY_DIGEST[lang]


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
async def test_slack_app_home_and_answers_in_each_language(lang: str) -> None:
    fake = FakeSlack(token=TOKEN, users={"U0MEMBER": User("U0MEMBER")})
    await fake.start()
    harness = await start_harness(fake, make_chat(lang, articles=False))
    try:
        await harness.event(
            {"type": "app_home_opened", "user": "U0MEMBER", "tab": "home", "channel": "D0MEMBER"}
        )
        await harness.slash("")
        await fake.wait_for(lambda: bool(fake.views) and bool(fake.messages))
    finally:
        await stop_harness(harness)
        await fake.stop()
    empty, header, no_topics, how = HOME[lang]
    assert fake.views[0]["blocks"] == [
        {"type": "section", "text": {"type": "mrkdwn", "text": empty}},
        {"type": "divider"},
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": True}},
        {"type": "section", "text": {"type": "mrkdwn", "text": no_topics}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": how}]},
    ]
    [answer_] = fake.messages
    assert answer_.blocks == [
        {"type": "section", "text": {"type": "mrkdwn", "text": EMPTY_DIGEST[lang]}}
    ]


async def test_a_digest_shows_its_date_in_the_chats_language(server: FakeTelegram) -> None:
    server.group(-2002, admins=(21,))
    async with telegram(server, make_chat("nn")):
        nynorsk = await ask(server, -2002, "/digest", user_id=21)
        await ask(server, -2002, "/language en", user_id=21)
        english = await ask(server, -2002, "/digest", user_id=21)
    assert "30. november 2026" in nynorsk.text and "Strømprisen stiger" in nynorsk.text
    assert "30 November 2026" in english.text and "Strømprisen stiger" in english.text


# --- choosing the language ------------------------------------------------------------------


async def test_only_administrators_change_a_groups_language(server: FakeTelegram) -> None:
    server.group(-2003, admins=(31,))
    async with telegram(server, make_chat("nb")):
        refused = await ask(server, -2003, "/language nn", user_id=32)
        told = await ask(server, -2003, "/språk", user_id=32)
        chosen = await ask(server, -2003, "/sprak nn", user_id=31)
        after = await ask(server, -2003, "/topics", user_id=32)
        unknown = await ask(server, -2003, "/language klingon", user_id=31)
    assert refused.text == REFUSED_NB
    assert told.text == (
        "Denne chatten får svar på bokmål (standard). "
        "Velg med /language: nb (bokmål), nn (nynorsk), en (English)."
    )
    assert chosen.text == CHOSEN["nn"]
    assert after.html.startswith("<b>Emne</b>\n/")  # Nynorsk for everyone in the group
    assert unknown.text == (
        "Eg kan ikkje «klingon». Vel eitt av desse: nb (bokmål), nn (nynorsk), en (English)."
    )


async def test_a_private_chat_follows_its_users_client_language(server: FakeTelegram) -> None:
    server.private_chat(41, language_code="nn")
    server.private_chat(42, language_code="no")
    server.private_chat(43, language_code="de")
    async with telegram(server, make_chat("en", articles=False)):
        nynorsk = await ask(server, 41, "/digest")
        bokmal = await ask(server, 42, "/digest")
        other = await ask(server, 43, "/digest")
        chosen = await ask(server, 41, "/language en")
        english = await ask(server, 41, "/digest")
        status = await ask(server, 41, "/language")
    assert nynorsk.text == EMPTY_DIGEST["nn"]
    assert bokmal.text == EMPTY_DIGEST["nb"]
    assert other.text == EMPTY_DIGEST["en"]  # a language we do not speak: the default
    assert chosen.text == CHOSEN["en"]
    assert english.text == EMPTY_DIGEST["en"]  # the chat's choice wins over the client's
    assert status.text.startswith("This chat speaks English. Choose with /language:")


async def test_the_command_menu_is_published_in_each_language(server: FakeTelegram) -> None:
    async with telegram(server, make_chat("nn")):
        await server.wait_for(lambda: len(server.menus) == len(MENU_LANGUAGE_CODES))
    calls = server.calls_of("setMyCommands")
    assert sorted(call.params.get("language_code", "") for call in calls) == sorted(
        MENU_LANGUAGE_CODES
    )

    def description(code: str, command: str) -> str:
        return str(next(c["description"] for c in server.menus[code] if c["command"] == command))

    assert description("nb", "language") == "språket jeg skriver på i denne chatten"
    assert description("no", "language") == "språket jeg skriver på i denne chatten"
    assert description("nn", "language") == "språket eg skriv på i denne chatten"
    assert description("en", "language") == "the language of my words in this chat"
    assert server.menus[""] == server.menus["nn"]  # other clients: DIGESTBOT_LANGUAGE
    assert description("nn", "strom").startswith("emne: ")


def test_the_console_speaks_the_default_language() -> None:
    chat = make_chat("nn", articles=False)
    assert answer(chat, "/digest") == EMPTY_DIGEST["nn"]
    assert answer(chat, "/language nb") == CHOSEN["nb"]
    assert answer(chat, "/digest") == EMPTY_DIGEST["nb"]


# --- where the choice is kept ---------------------------------------------------------------


def test_chat_languages_are_kept_in_the_database(db_url: str) -> None:
    store = open_store(db_url)
    try:
        languages = SqlChatLanguages(store.engine)
        assert languages.chosen("telegram", "-1") is None
        languages.choose("telegram", "-1", "nn")
        languages.choose("slack", "-1", "en")  # the same id on another platform
        assert languages.chosen("telegram", "-1") == "nn"
        languages.choose("telegram", "-1", "nb")
        assert languages.chosen("telegram", "-1") == "nb"
        assert languages.chosen("slack", "-1") == "en"
        languages.choose("telegram", "-1", None)
        assert languages.chosen("telegram", "-1") is None
    finally:
        store.close()


def test_another_process_sees_a_choice_once_its_cache_expires(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    now = [0.0]
    clock: Callable[[], float] = lambda: now[0]  # noqa: E731 - a clock the test moves
    try:
        here = LanguageBook(SqlChatLanguages(store.engine), "nb", ttl=30.0, clock=clock)
        there = LanguageBook(SqlChatLanguages(store.engine), "nb", ttl=30.0, clock=clock)
        group = ChatContext("slack", "C1", chat_kind="group")
        assert there.resolve(group) == "nb"
        here.choose(group, "nn")
        assert here.resolve(group) == "nn"
        assert there.resolve(group) == "nb"  # cached a moment
        now[0] = 31.0
        assert there.resolve_cached(group) is None  # expired: the next message asks again
        assert there.resolve(group) == "nn"
        assert there.resolve_cached(group) == "nn"
    finally:
        store.close()


# --- scheduled digests ----------------------------------------------------------------------


async def test_daily_digests_are_written_in_each_chats_language(
    db_url: str, tmp_path: Path
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "strom.txt").write_text(ARTICLE, encoding="utf-8")
    settings = Settings(database_url=db_url, articles=str(articles), language="nb")
    app = build_app(settings)
    try:
        chosen = ChatContext("telegram", "-1", user_id="7", chat_kind="group", is_admin=True)
        default = ChatContext("telegram", "-2", user_id="7", chat_kind="group", is_admin=True)
        assert app.chat.handle("/language nn", chosen).text == CHOSEN["nn"]  # type: ignore[union-attr]
        for ctx in (chosen, default):
            app.chat.handle("/subscribe 07:00", ctx)
        adapter = RecordingAdapter()
        delivery = build_delivery(settings, app.store, app.library, {"telegram": adapter})
        report = await delivery.run(next_seven_in_oslo())
    finally:
        app.close()
    assert report["sent"] == 2
    assert dict(zip(adapter.calls, adapter.languages, strict=True)) == {"-1": "nn", "-2": "nb"}


def test_a_subscription_is_described_in_the_chats_language() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # a Monday; 13:00 in Oslo
    repository = MemorySubscriptions(
        MemoryBook(), default_zone="Europe/Oslo", grace=timedelta(hours=6), clock=lambda: now
    )
    service = SubscriptionService(repository, clock=lambda: now)
    ctx = ChatContext("telegram", "-3", chat_kind="private", language="nn")
    assert service.subscribe(ctx, "07:30 strom").text == (
        "Abonnert: eit dagleg samandrag her kl. 07:30 (Europe/Oslo), berre om /strom. "
        "Det neste kjem i morgon kl. 07:30. Det inneheld det som er nytt sidan førre; "
        "/timezone endrar tidssona, /unsubscribe stoppar det."
    )
    assert service.describe(ctx).text == (
        "Eit dagleg samandrag her kl. 07:30 (Europe/Oslo), om /strom. "
        "Det neste kjem i morgon kl. 07:30. Ingen samandrag er levert enno."
    )
    friday = datetime(2026, 12, 4, 6, 30, tzinfo=UTC)  # 07:30 in Oslo, four days on
    assert describe_when(friday, "Europe/Oslo", now, words("nn")) == "fredag 4. desember kl. 07:30"
    assert describe_when(friday, "Europe/Oslo", now) == "Friday 4 December at 07:30"
    refused = service.subscribe(ctx, "25:00")
    assert refused.kind == "error"
    assert refused.text == (
        "«25:00» er ikkje eit klokkeslett; bruk 00:00 til 23:59. Døme: /subscribe 07:30 atom"
    )


async def test_a_private_chat_gets_its_daily_digest_in_the_language_it_subscribed_in(
    sqlite_url: str, tmp_path: Path
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "strom.txt").write_text(ARTICLE, encoding="utf-8")
    settings = Settings(database_url=sqlite_url, articles=str(articles), language="nb")
    app = build_app(settings)
    try:
        # The user's Telegram app speaks Nynorsk; nobody writes when the digest is due.
        private = ChatContext("telegram", "5", user_id="5", chat_kind="private")
        ctx = await app.chat.localise(private, "nn")
        assert ctx.language == "nn"
        assert app.chat.handle("/subscribe 07:00", ctx).kind == "ok"  # type: ignore[union-attr]
        adapter = RecordingAdapter()
        delivery = build_delivery(settings, app.store, app.library, {"telegram": adapter})
        report = await delivery.run(next_seven_in_oslo())
    finally:
        app.close()
    assert report["sent"] == 1
    assert adapter.languages == ["nn"]
