"""Messages a reader is glad to get: linked, named, dated articles; nothing dropped without a
word; a bot that understands near misses."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from html import unescape

import pytest
from sqlalchemy import Engine

from bot.chat.library import Library
from bot.chat.replies import (
    ArticleRef,
    DigestItem,
    DigestReply,
    NoticeReply,
    UnknownReply,
)
from bot.chat.service import ChatService
from bot.core.model import SectionDigest
from bot.core.parse import parse_document
from bot.core.urls import without_tracking
from bot.i18n import words
from bot.ingest import ingest
from bot.platforms.console.renderer import render as render_text
from bot.platforms.slack.renderer import render as render_slack
from bot.platforms.telegram.listener import TelegramListener
from bot.platforms.telegram.renderer import render as render_telegram
from bot.settings import Settings
from bot.store.db import make_engine, migrate
from bot.store.sql import SqlArticleStore
from tests.fakes.telegram_server import FakeTelegram
from tests.fixtures.delivery_fakes import World, in_chat, make_world, oslo
from tests.fixtures.ingest_server import FixtureServer, Route

# --- the link, the site and the date ---------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        ("https://a.no/x?utm_source=rss&utm_medium=feed&id=4", "https://a.no/x?id=4"),
        ("https://a.no/x?fbclid=IwAR0&gclid=Cj0", "https://a.no/x"),
        ("https://a.no/x?mc_cid=1&mc_eid=2&side=2", "https://a.no/x?side=2"),
        ("https://a.no/x?game=sjakk&refresh=1", "https://a.no/x?game=sjakk&refresh=1"),
        ("https://a.no/x#avsnitt-2", "https://a.no/x#avsnitt-2"),
    ],
)
def test_links_lose_their_tracking_parameters_and_keep_the_rest(url: str, clean: str) -> None:
    assert without_tracking(url) == clean


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as server:
        server.routes.update(
            {
                "/feeds/rss": Route(server.fixture("ingest_rss.xml"), "application/rss+xml"),
                "/pages/en": Route(server.fixture("ingest_en_page.html")),
                "/pages/nb": Route(server.fixture("ingest_nb_page.html")),
            }
        )
        yield server


@pytest.fixture
def store(db_url: str) -> Iterator[SqlArticleStore]:
    engine = make_engine(db_url)
    migrate(engine)
    yield SqlArticleStore(engine)
    engine.dispose()


def test_a_feed_entry_keeps_the_feeds_name_and_a_page_never_shows_a_bare_ip(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    ingest([f"{server.base}/feeds/rss"], store, progress=False)
    ingest([f"{server.base}/pages/nb?utm_source=x"], store, progress=False)
    by_title = {s.article.title: s for s in store.latest()}
    assert by_title["Ny bru over fjorden"].article.site == "Testavisen"  # the feed's <title>
    digest = ChatService(Library(store)).latest_digest()
    lines = {i.article.title: render_text(DigestReply((i,))).splitlines()[1] for i in digest.items}
    assert lines["Ny bru over fjorden"] == (
        f"Testavisen · 12 March 2024 · {server.base}/nyheter/ny-bru"
    )
    # The page names no site of its own, and its host is an address: no name at all then.
    assert all("127.0.0.1 ·" not in line and not line.startswith("127.") for line in lines.values())


async def test_telegram_digest_links_the_title_without_utm_and_names_site_and_date(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    ingest([f"{server.base}/feeds/rss"], store, progress=False)
    async with FakeTelegram() as fake:
        fake.private_chat(7)
        listener = TelegramListener(
            Settings(telegram_bot_token=fake.token, telegram_api_base_url=fake.base_url),
            ChatService(Library(store)),
            None,
            poll_timeout=1.0,
        )
        await listener.start()
        try:
            fake.message(7, "/digest")
            sent = await fake.wait_sent(1, chat_id=7)
        finally:
            await listener.stop()
    html = "\n".join(m.html for m in sent)
    text = "\n".join(m.text for m in sent)
    assert f'<b><a href="{server.base}/nyheter/ny-bru">Ny bru over fjorden</a></b>' in html
    assert "utm_" not in html
    assert "Ny bru over fjorden\nTestavisen · 12 March 2024\n" in text


def test_the_source_line_in_norwegian_and_for_a_file() -> None:
    ref = ArticleRef(
        "Atomtrusselen øker",
        "https://testavisen.no/atom",
        "https://testavisen.no/atom",
        "2024-03-12",
        "Testavisen",
    )
    file = ArticleRef("Strømprisen i vinter", "/srv/examples/strompris-vinter.txt", None, None)
    reply = DigestReply(
        (DigestItem(ref, (SectionDigest(None, ("Prisen stiger.",), ()),)), DigestItem(file, ()))
    )
    [message] = render_telegram(reply, words=words("nb"))
    assert message.html.startswith(
        '<b><a href="https://testavisen.no/atom">Atomtrusselen øker</a></b>\n'
        "Testavisen · 12. mars 2024\n"
    )
    assert "<b>Strømprisen i vinter</b>\nstrompris-vinter.txt" in message.html


# --- the daily digest: a dated header, and nothing dropped without a word ---------------------


def _news(number: int) -> str:
    return (
        f"# Nyhet nummer {number}\n\n"
        f"Kommunestyret behandlet budsjett nummer {number} i kveld etter en lang debatt. "
        f"Flertallet stemte for forslaget, og arbeidet med budsjett {number} starter over nyttår. "
        "Opposisjonen varsler at den vil ta budsjettet opp igjen i vår.\n"
    )


@pytest.fixture
def eight(db_engine: Engine) -> World:
    """Eight articles, a minute apart, on Monday 30 November 2026 before 07:00 in Oslo."""
    world = make_world(db_engine, oslo("2026-11-30 06:00"))
    for number in range(1, 9):
        world.store.add(parse_document(_news(number), kind="markdown", source=f"nyhet{number}.md"))
        world.clock.advance(minutes=1)
    return world


async def test_a_daily_digest_opens_with_its_day_and_names_what_had_no_room(eight: World) -> None:
    assert eight.say("/subscribe 07:30", in_chat("8")).startswith("Subscribed")
    await eight.deliver_at(oslo("2026-11-30 07:30"), max_articles=5)
    [sent] = eight.adapter.to("8")
    reply = sent.reply
    assert isinstance(reply, DigestReply)
    assert sent.titles == [f"Nyhet nummer {n}" for n in (8, 7, 6, 5, 4)]
    assert (reply.day, reply.more, reply.more_command) == (date(2026, 11, 30), 3, "digest more")

    [english] = render_telegram(reply)
    assert unescape(english.html).startswith("<b>Today's news, Monday 30 November</b>\n\n")
    assert english.html.endswith("… and 3 more: /digest more")
    assert english.buttons[0] == ("3 more", "t:digest more")  # the command, as a button
    [slack] = render_slack(reply)
    more_buttons = next(b for b in slack.blocks if b["type"] == "actions")["elements"]
    assert [(e["text"]["text"], e["value"]) for e in more_buttons] == [("3 more", "digest more")]
    assert slack.blocks[0]["type"] == "header"
    # In Bokmål the day is «mandag 30. november» (the header's words come from the catalogue).
    assert "mandag 30. november" in render_text(reply, words=words("nb")).splitlines()[0]

    # The three left out are there, and only they.
    more = eight.chat.handle("/digest more", in_chat("8"))
    assert isinstance(more, DigestReply)
    assert [i.article.title for i in more.items] == [f"Nyhet nummer {n}" for n in (3, 2, 1)]
    assert more.more == 0

    # The next day brings nothing new: the three are still reachable.
    await eight.deliver_at(oslo("2026-12-01 07:30"), max_articles=5)
    assert len(eight.adapter.to("8")) == 1
    again = eight.chat.handle("/digest more", in_chat("8"))
    assert isinstance(again, DigestReply) and len(again.items) == 3


async def test_digest_more_before_any_daily_digest_says_so(eight: World) -> None:
    reply = eight.chat.handle("/digest more", in_chat("9"))
    assert isinstance(reply, NoticeReply)
    assert reply.text.startswith("No daily digest has been delivered here yet.")


def test_digest_pages_name_the_next_page_until_the_last(eight: World) -> None:
    eight.clock.advance(minutes=5)
    first = eight.chat.handle("/digest", in_chat("3"))
    assert isinstance(first, DigestReply)
    assert len(first.items) == 5 and (first.more, first.more_command) == (3, "digest 2")
    assert "\n\n… and 3 more: /digest 2\n\n" in render_text(first)
    second = eight.chat.handle("/digest 2", in_chat("3"))
    assert isinstance(second, DigestReply)
    assert [i.article.title for i in second.items] == [f"Nyhet nummer {n}" for n in (3, 2, 1)]
    assert second.more == 0
    beyond = eight.chat.handle("/digest 3", in_chat("3"))
    assert isinstance(beyond, NoticeReply) and "/digest" in beyond.text


async def test_telegram_digest_pages_through_its_more_button(eight: World) -> None:
    async with FakeTelegram() as fake:
        fake.private_chat(8)
        listener = TelegramListener(
            Settings(telegram_bot_token=fake.token, telegram_api_base_url=fake.base_url),
            eight.chat,
            None,
            poll_timeout=1.0,
        )
        await listener.start()
        try:
            fake.message(8, "/digest")
            [first] = await fake.wait_sent(1, chat_id=8)
            assert "… and 3 more: /digest 2" in first.text
            assert first.buttons[0] == ("3 more", "t:digest 2")
            fake.press(first, "t:digest 2", user_id=8)
            second = (await fake.wait_sent(2, chat_id=8))[1]
        finally:
            await listener.stop()
    assert [f"Nyhet nummer {n}" in second.text for n in (3, 2, 1, 4)] == [True, True, True, False]


# --- understanding people ----------------------------------------------------------------------


@pytest.fixture
def chat(eight: World) -> ChatService:
    return eight.chat


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("/digets", "digest"),
        ("/hepl", "help"),
        ("/subscirbe", "subscribe"),
        ("/list", "sources"),
        ("/settings", "subscriptions"),
        ("/more", "digest more"),
    ],
)
def test_near_misses_and_habits_get_a_did_you_mean(
    chat: ChatService, typed: str, meant: str
) -> None:
    reply = chat.handle(typed, in_chat("1"))
    assert isinstance(reply, UnknownReply)
    assert reply.suggestion == meant
    assert f"Did you mean /{meant}?" in render_text(reply)


def test_a_near_miss_of_a_topic_is_suggested(eight: World) -> None:
    atom = (
        "# Atomtrusselen øker\n\nAtomtrusselen preger debatten i hele Europa denne uken. "
        "Eksperter mener atomtrusselen er den største på lenge. Atomtrusselen tas på alvor.\n\n"
        "## Atomvåpen\n\nFlere atomvåpen er flyttet. Atomvåpen gjør regionen sårbar. "
        "Regjeringen følger atomvåpen og atomtrusselen nøye.\n"
    )
    eight.store.add(parse_document(atom, kind="markdown", source="atom.md"))
    topics = eight.chat.topic_entries()
    near = next(t.command for t in topics if len(t.command) >= 4)
    reply = eight.chat.handle(f"/{near}x", in_chat("1"))
    assert isinstance(reply, UnknownReply) and reply.suggestion == near


def test_an_unknown_command_gets_a_short_answer(eight: World) -> None:
    for number in range(20):
        text = _news(100 + number).replace("Kommunestyret", f"Fylkestinget{number}")
        eight.store.add(parse_document(text, kind="markdown", source=f"mer{number}.md"))
    reply = eight.chat.handle("/qwxyz", in_chat("1"))
    assert isinstance(reply, UnknownReply)
    assert reply.suggestion is None
    assert len(reply.topics) <= 10
    text = render_text(reply)
    assert "/help" in text and len(text.splitlines()) <= 4
    if reply.more_topics:
        assert "all: /topics" in text
    [telegram] = render_telegram(reply)
    assert telegram.html.count("/") <= 14  # ten topics, /topics, /help and the name typed


def test_subscribe_says_what_it_understood_and_notes_topics_no_article_mentions(
    chat: ChatService,
) -> None:
    reply = chat.handle("/subscribe 07:30 kommunestyret atom", in_chat("2"))
    assert isinstance(reply, NoticeReply) and reply.kind == "ok"
    assert "07:30 (Europe/Oslo)" in reply.text and "/atom" in reply.text
    assert reply.text.endswith("No article mentions /atom today; you'll get it when one does.")
    quiet = chat.handle("/subscribe 07:30 kommunestyret", in_chat("2"))
    assert isinstance(quiet, NoticeReply) and "No article mentions" not in quiet.text
