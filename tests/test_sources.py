"""Each chat its own sources: /add, /sources, /remove, OPML, and what each chat sees."""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.bootstrap import Application, build_app
from bot.chat.replies import ChatContext, FileReply, Reply
from bot.platforms.console.renderer import render
from bot.platforms.telegram.listener import TelegramListener
from bot.settings import Settings
from bot.sources.cli import run_sources_command
from bot.sources.health import note_polls
from bot.sources.model import Scope
from bot.sources.opml import parse_opml
from bot.sources.service import SourceService
from tests.fakes.telegram_server import FakeTelegram
from tests.fixtures.ingest_server import FixtureServer, Route
from tests.fixtures.sources_samples import (
    GLACIER_PAGE,
    LANDING_PAGE,
    LIGHTHOUSE_PAGE,
    PLAIN_PAGE,
    peer_opml,
    rss,
)

RSS = "application/rss+xml; charset=utf-8"
SHARED_ARTICLE = """Harbour council opens the new ferry quay

The harbour council opened the new ferry quay on Monday. The quay has room for two
ferries at once, and the waiting room has heated benches and a kiosk.

Travellers welcomed the change. The old quay flooded at every spring tide, and the
ferries often had to wait offshore until the water fell.
"""


def chat(
    chat_id: str, *, kind: str = "private", admin: bool = False, user: str = "7"
) -> ChatContext:
    return ChatContext("telegram", chat_id, None, user, kind, admin)  # type: ignore[arg-type]


@dataclass
class World:
    app: Application
    server: FixtureServer
    settings: Settings

    @property
    def sources(self) -> SourceService:
        assert self.app.sources is not None
        return self.app.sources

    def say(self, text: str, ctx: ChatContext) -> str:
        return render(self.ask(text, ctx))

    def ask(self, text: str, ctx: ChatContext) -> Reply:
        return self.app.chat.handle(text, ctx)

    def url(self, path: str) -> str:
        return f"{self.server.base}{path}"

    def cli(self, *argv: str) -> tuple[int, str, str]:
        args = argparse.Namespace(
            command="sources",
            action=argv[0],
            target=argv[1] if len(argv) > 1 else None,
            platform=None,
            chat=None,
            thread=None,
        )
        rest = list(argv[2:])
        while rest:
            flag, value = rest.pop(0), rest.pop(0)
            setattr(args, flag.removeprefix("--"), value)
        out, err = io.StringIO(), io.StringIO()
        code = run_sources_command(args, self.settings, stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()


def _routes(server: FixtureServer) -> None:
    base = server.base
    server.routes.update(
        {
            "/lighthouse.rss": Route(
                rss("Lighthouse society", f"{base}/", [("Skarvø restored", f"{base}/l/1")]),
                RSS,
                etag='"l1"',
            ),
            "/l/1": Route(LIGHTHOUSE_PAGE),
            "/glacier": Route(LANDING_PAGE),
            "/glacier.rss": Route(
                rss("Glacier news", f"{base}/glacier", [("Brenndal record", f"{base}/g/1")]), RSS
            ),
            "/g/1": Route(GLACIER_PAGE),
            "/harbour.rss": Route(rss("Harbour", f"{base}/", []), RSS),
            "/plain": Route(PLAIN_PAGE),
        }
    )


@pytest.fixture
def world(db_url: str, tmp_path: Path) -> Iterator[World]:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "harbour.txt").write_text(SHARED_ARTICLE, encoding="utf-8")
    settings = Settings(
        database_url=db_url,
        articles=str(shared),
        fetch_allow="127.0.0.1",
        sources_per_chat=3,
        language="en",  # these tests are about sources; the bot's words are English here
    )
    with FixtureServer() as server:
        _routes(server)
        app = build_app(settings)
        try:
            yield World(app, server, settings)
        finally:
            app.close()


def test_two_chats_see_only_their_own_sources_and_the_shared_ones(world: World) -> None:
    kari, ola, per = chat("1"), chat("2"), chat("3")
    added = world.say(f"/add {world.url('/lighthouse.rss')}", kari)
    assert "Added the feed «Lighthouse society»" in added and "1 article" in added
    # A page that names its feed in <link rel="alternate">: the feed is added, not the page.
    added = world.say(f"/add {world.url('/glacier')}", ola)
    assert f"Added the feed «Glacier news» {world.url('/glacier.rss')}" in added

    kari_digest, ola_digest, per_digest = (world.say("/digest", c) for c in (kari, ola, per))
    assert "Skarvø" in kari_digest and "Brenndal" not in kari_digest
    assert "Brenndal" in ola_digest and "Skarvø" not in ola_digest
    assert "Skarvø" not in per_digest and "Brenndal" not in per_digest
    for digest in (kari_digest, ola_digest, per_digest):
        assert "ferry quay" in digest  # the operator's articles are everyone's

    kari_topics, ola_topics = world.say("/topics", kari), world.say("/topics", ola)
    assert kari_topics != ola_topics
    assert "lighthouse" in kari_topics.lower() and "glacier" not in kari_topics.lower()
    assert "glacier" in ola_topics.lower() and "lighthouse" not in ola_topics.lower()

    assert "Nothing matches" in world.say("/search meltwater", kari)
    assert "meltwater" in world.say("/search meltwater", ola)
    assert world.say("/meltwater", per).startswith("I know no command or topic /meltwater")
    # The command menu and Slack's home are the same for every chat: shared articles only.
    menu = " ".join(t.command for t in world.app.chat.topic_entries())
    assert "glacier" not in menu and "lighthouse" not in menu

    listing = world.say("/sources", ola)
    assert f"1. Glacier news — {world.url('/glacier.rss')} (feed; read " in listing
    assert "; ok)" in listing


def test_remove_by_number_or_url_hides_the_articles_again(world: World) -> None:
    kari = chat("1")
    world.say(f"/add {world.url('/lighthouse.rss')}", kari)
    world.say(f"/add {world.url('/plain')}", kari)
    listing = world.say("/sources", kari)
    assert "2. " + world.url("/plain") + " (page; read " in listing
    assert "Removed" in world.say("/remove 1", kari)
    assert "Skarvø" not in world.say("/digest", kari)
    assert "Gåsholmen" in world.say("/digest", kari)
    assert "Removed" in world.say(f"/remove {world.url('/plain')}", kari)
    assert "Gåsholmen" not in world.say("/digest", kari)
    assert "no source 5" in world.say("/remove 5", kari)
    assert "no sources of its own" in world.say("/sources", kari)


def test_one_feed_is_read_once_however_many_chats_follow_it(world: World) -> None:
    world.say(f"/add {world.url('/lighthouse.rss')}", chat("1"))
    hits = world.server.hits["/l/1"]
    assert "Added the feed" in world.say(f"/add {world.url('/lighthouse.rss')}", chat("2"))
    assert world.server.hits["/l/1"] == hits  # the article is known: not fetched again
    assert "Skarvø" in world.say("/digest", chat("2"))
    from bot.poller import poll_feeds

    report = poll_feeds(world.app.store, datetime.now(UTC) + timedelta(hours=1))
    assert [feed for feed, ok in report.polled if ok] and len(report.polled) == 1
    # Conditional GET: the poller sent the feed's ETag back.
    assert world.server.headers["/lighthouse.rss"].get("if-none-match") == '"l1"'


def test_only_administrators_change_a_groups_sources(world: World) -> None:
    member = chat("-100", kind="group", admin=False)
    admin = chat("-100", kind="group", admin=True)
    assert "Only administrators" in world.say(f"/add {world.url('/lighthouse.rss')}", member)
    assert "Only administrators" in world.say("/remove 1", member)
    assert "Added the feed" in world.say(f"/add {world.url('/lighthouse.rss')}", admin)
    assert "Lighthouse society" in world.say("/sources", member)  # reading the list is fine


def test_a_chat_adds_at_most_its_quota(world: World) -> None:
    kari = chat("1")
    for path in ("/lighthouse.rss", "/glacier.rss", "/harbour.rss"):
        assert "Added" in world.say(f"/add {world.url(path)}", kari)
    refused = world.say(f"/add {world.url('/plain')}", kari)
    assert "follows 3 sources, the most it may" in refused
    assert world.server.hits["/plain"] == 0  # refused before anything was fetched


def test_bad_urls_get_one_clear_line(world: World) -> None:
    kari = chat("1")
    assert "not an http(s) URL" in world.say("/add ftp://example.org/feed", kari)
    assert "Tell me what to add" in world.say("/add", kari)
    missing = world.say(f"/add {world.url('/nothing-here')}", kari)
    assert missing.startswith("I could not add") and "\n" not in missing
    refused = world.say("/add http://127.0.0.2:9/feed.rss", kari)  # a private address
    assert refused.startswith("I could not add")
    assert "no sources of its own" in world.say("/sources", kari)


def test_a_url_where_none_is_expected_points_to_add(world: World) -> None:
    kari = chat("1")
    feed = "https://www.nrk.no/toppsaker.rss"
    for text in (f"/subscribe {feed}", f"/subscribe 07:30 {feed}"):
        answer = world.say(text, kari)
        assert "is a link, not a topic" in answer and "/add URL" in answer
    for text in (f"/follow {feed}", feed, f"/digest {feed}"):
        assert f"/add {feed}" in world.say(text, kari)
    assert "https_www" not in world.say("/subscriptions", kari)


def test_opml_round_trip_through_the_cli_and_the_chat(world: World, tmp_path: Path) -> None:
    peer = tmp_path / "peer.opml"
    peer.write_text(peer_opml(world.server.base), encoding="utf-8")
    code, out, err = world.cli("import", str(peer), "--platform", "telegram", "--chat", "1")
    assert (code, err) == (0, "") and "Imported 3 sources" in out
    code, exported, _ = world.cli("export", None, "--platform", "telegram", "--chat", "1")  # type: ignore[arg-type]
    assert code == 0 and exported.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    first = parse_opml(exported)
    assert [(o.url, o.title) for o in first] == [
        (world.url("/lighthouse.rss"), "Lighthouse society"),
        (world.url("/glacier.rss"), "Glacier news"),
        (world.url("/harbour.rss"), "Harbour"),
    ]
    # The chat's own export, imported by another chat, gives the same list.
    reply = world.ask("/sources opml", chat("1"))
    assert isinstance(reply, FileReply) and reply.filename.endswith(".opml")
    notice = world.sources.import_opml(chat("2"), reply.content)
    assert "Imported 3 sources" in notice.text
    second = parse_opml(world.sources.export(_scope("2")))
    assert [(o.url, o.title, o.html_url) for o in second] == [
        (o.url, o.title, o.html_url) for o in first
    ]
    again = world.sources.import_opml(chat("2"), reply.content)
    assert "Imported 0 sources (3 followed already" in again.text


def _scope(chat_id: str) -> Scope:
    return Scope("telegram", chat_id, "")


def test_opml_import_keeps_to_the_quota_and_refuses_bad_files(world: World) -> None:
    kari = chat("1")
    world.say(f"/add {world.url('/plain')}", kari)
    notice = world.sources.import_opml(kari, peer_opml(world.server.base).encode())
    assert "Imported 2 sources" in notice.text and "1 left out: over the quota" in notice.text
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><opml version="2.0"><body>'
        b'<outline text="&b;" xmlUrl="http://example.org/f"/></body></opml>'
    )
    assert world.sources.import_opml(chat("2"), bomb).text.startswith("I could not read")
    assert world.sources.import_opml(chat("2"), b"not xml").text.startswith("I could not read")


def test_shared_sources_from_the_cli_reach_every_chat(world: World) -> None:
    code, out, err = world.cli("add", world.url("/lighthouse.rss"))
    assert code == 0, err
    assert "Added the feed" in out
    assert "Skarvø" in world.say("/digest", chat("9"))
    code, listing, _ = world.cli("list")
    assert code == 0 and listing.startswith("the shared sources: 1 sources")
    assert world.url("/lighthouse.rss") in listing
    code, _, err = world.cli("remove", "7")
    assert code == 2 and err.startswith("digestbot: The shared list has no source 7")
    code, _, err = world.cli("list", None, "--chat", "5")  # type: ignore[arg-type]
    assert code == 2 and "--platform and --chat go together" in err


def test_a_source_failing_for_three_days_is_gone_and_told_once(world: World) -> None:
    kari, ola = chat("1"), chat("2")
    world.say(f"/add {world.url('/lighthouse.rss')}", kari)
    world.say(f"/add {world.url('/lighthouse.rss')}", ola)
    book = world.sources.book
    source_id = next(iter(book.following(_scope("1"))))
    start = datetime.now(UTC)
    assert note_polls(book, [(source_id, False)], start) == []
    assert "failing since" in world.say("/sources", kari)
    assert note_polls(book, [(source_id, False)], start + timedelta(days=1)) == []
    notices = note_polls(book, [(source_id, False)], start + timedelta(days=3, minutes=1))
    assert sorted(n.scope.chat_id for n in notices) == ["1", "2"]
    assert "could not be read for 3 days" in notices[0].reply().text
    assert note_polls(book, [(source_id, False)], start + timedelta(days=4)) == []
    assert "; gone)" in world.say("/sources", kari)
    assert note_polls(book, [(source_id, True)], start + timedelta(days=5)) == []
    assert "; ok)" in world.say("/sources", kari)


async def test_telegram_users_send_an_opml_file_and_get_one_back(world: World) -> None:
    async with FakeTelegram() as server:
        server.private_chat(501)
        server.group(-1009, admins=(601,), creator=600)
        settings = Settings(telegram_bot_token=server.token, telegram_api_base_url=server.base_url)
        listener = TelegramListener(settings, world.app.chat, None, poll_timeout=1.0)
        await listener.start()
        try:
            server.document(501, "feeds.opml", peer_opml(world.server.base).encode())
            [imported] = await server.wait_sent(1, chat_id=501)
            assert "Imported 3 sources" in imported.text
            server.message(501, "/sources opml")
            await server.wait_for(lambda: bool(server.documents))
            [sent] = server.documents
            assert sent.filename == "sources.opml" and "3 sources" in sent.caption
            urls = [o.url for o in parse_opml(sent.content)]
            assert urls == [
                world.url(p) for p in ("/lighthouse.rss", "/glacier.rss", "/harbour.rss")
            ]
            server.document(-1009, "feeds.opml", sent.content, user_id=602)
            [refused] = await server.wait_sent(1, chat_id=-1009)
            assert "Only administrators" in refused.text
            server.document(-1009, "feeds.opml", sent.content, user_id=601)
            [_, accepted] = await server.wait_sent(2, chat_id=-1009)
            assert "Imported 3 sources" in accepted.text
        finally:
            await listener.stop()


def test_the_poller_skips_a_private_feed_no_chat_follows_any_more(world: World) -> None:
    from bot.poller import poll_feeds

    kari = chat("1")
    world.say(f"/add {world.url('/lighthouse.rss')}", kari)
    world.say(f"/add {world.url('/glacier.rss')}", kari)
    assert "Removed" in world.say("/remove 1", kari)
    store = world.app.store
    glacier = store.get_source(world.url("/glacier.rss"))
    assert glacier is not None
    report = poll_feeds(store, datetime.now(UTC) + timedelta(hours=1))
    assert report.polled == [(glacier.id, True)]


async def test_each_chats_daily_digest_comes_from_its_own_sources(world: World) -> None:
    from bot.bootstrap import build_delivery
    from tests.fixtures.delivery_fakes import RecordingAdapter, next_seven_in_oslo

    kari, ola = chat("1"), chat("2")
    world.say(f"/add {world.url('/lighthouse.rss')}", kari)
    world.say(f"/add {world.url('/glacier')}", ola)
    for ctx in (kari, ola, chat("3")):
        assert "Subscribed" in world.say("/subscribe 07:00", ctx)
    adapter = RecordingAdapter()
    delivery = build_delivery(
        world.settings, world.app.store, world.app.library, {"telegram": adapter}
    )
    report = await delivery.run(next_seven_in_oslo())
    assert report["failed"] == 0
    texts = {c: render(adapter.to(c)[0].reply) for c in ("1", "2", "3")}
    assert "Skarvø" in texts["1"] and "Brenndal" not in texts["1"]
    assert "Brenndal" in texts["2"] and "Skarvø" not in texts["2"]
    assert "Skarvø" not in texts["3"] and "Brenndal" not in texts["3"]
    assert all("ferry quay" in text for text in texts.values())
