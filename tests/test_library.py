"""The library in the database: answers per chat from stored digests and keys, no re-analysis
in a new process, a bounded cache, retention of old unfollowed articles, and a polite poller."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

import bot.chat.library
import bot.library.index
from bot.bootstrap import build_library
from bot.chat.service import ChatService
from bot.core.model import Article, Section
from bot.feeds import FeedLimits
from bot.fetch_guard import FetchPolicy
from bot.library.retention import remove_old
from bot.library.store import IndexedArticleStore
from bot.library.stored import StoredLibrary
from bot.library.tables import LibraryArticleRow
from bot.platforms.console.renderer import render
from bot.poller import poll_feeds
from bot.settings import Settings
from bot.sources.book import SqlSourceBook
from bot.sources.model import Scope
from bot.store.db import in_transaction
from tests.test_sources import World, chat
from tests.test_sources import world as world


def _count_analyses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count every analysis, where articles are indexed and where excerpts read them."""
    calls: list[str] = []
    real = bot.chat.library.analyse

    def counting(article: Article) -> Any:
        calls.append(article.title or article.source)
        return real(article)

    monkeypatch.setattr(bot.chat.library, "analyse", counting)
    monkeypatch.setattr(bot.library.index, "analyse", counting)
    return calls


def test_chats_see_their_own_digests_topics_and_excerpts_from_the_database(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    kari, ola = chat("1"), chat("2")
    world.say(f"/add {world.url('/lighthouse.rss')}", kari)
    world.say(f"/add {world.url('/glacier')}", ola)
    assert isinstance(world.app.library, StoredLibrary)

    # A new process: a fresh library over the same database answers without analysing.
    calls = _count_analyses(monkeypatch)
    fresh = build_library(world.settings, world.app.store)
    chat_service = ChatService(fresh, sources=world.app.sources)
    say = lambda text, ctx: render(chat_service.handle(text, ctx))  # noqa: E731
    kari_digest, ola_digest = say("/digest", kari), say("/digest", ola)
    kari_topics, ola_topics = say("/topics", kari), say("/topics", ola)
    assert calls == []  # digests and topics are stored: nothing was analysed for them
    assert "Skarvø" in kari_digest and "Brenndal" not in kari_digest
    assert "Brenndal" in ola_digest and "Skarvø" not in ola_digest
    assert "ferry quay" in kari_digest and "ferry quay" in ola_digest  # the shared article
    assert "lighthouse" in kari_topics.lower() and "glacier" not in kari_topics.lower()
    assert "glacier" in ola_topics.lower() and "lighthouse" not in ola_topics.lower()

    assert "meltwater" in say("/search meltwater", ola)
    assert "Nothing matches" in say("/search meltwater", kari)
    assert "lantern" in say("/lantern", kari).lower()
    assert say("/lantern", ola).startswith("I know no command or topic /lantern")
    # Excerpts too come from the stored sentences and their word keys: nothing analysed.
    assert calls == []


def test_the_library_cache_holds_no_more_than_its_size(sqlite_url: str) -> None:
    store = IndexedArticleStore(_engine(sqlite_url))
    for number in range(12):
        store.add(_article(f"Harbour report {number}", f"The ferry number {number} left late."))
    library = StoredLibrary(store.engine, cache_size=4, max_latest=10, latest_fallback=10)
    library.refresh()
    assert len(library.latest()) == 10
    assert len(library.cache) == 4
    found = library.search("ferry", limit=12)
    assert found and len(library.cache) == 4
    store.close()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_articles_stored_before_the_library_are_analysed_once(
    backend: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.store.sql import SqlArticleStore

    url: str = request.getfixturevalue(f"{backend}_url")
    plain = SqlArticleStore(_engine(url))  # a writer that does not index (an older release)
    for number in range(3):
        plain.add(_article(f"Quay news {number}", f"The quay number {number} was opened."))
    calls = _count_analyses(monkeypatch)
    library = StoredLibrary(plain.engine)
    library.refresh()
    assert len(calls) == 3 and len(library.latest()) == 3
    again = StoredLibrary(plain.engine)
    again.refresh()
    assert [e.ref.title for e in again.latest()] == ["Quay news 2", "Quay news 1", "Quay news 0"]
    assert len(calls) == 3  # stored: a new process does not analyse them again
    plain.close()


def test_retention_removes_old_articles_no_chat_follows(db_url: str) -> None:
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    moment = [now - timedelta(days=40)]
    store = IndexedArticleStore(_engine(db_url), clock=lambda: moment[0])
    followed = store.add_source("feed", "https://example.org/followed.rss")
    dropped = store.add_source("feed", "https://example.org/dropped.rss")
    book = SqlSourceBook(store.engine)
    book.follow(Scope("telegram", "1"), followed.id)
    old_followed = store.add(
        _article("Old followed", "The old ferry sailed."), source_id=followed.id
    )
    old_dropped = store.add(_article("Old dropped", "The old quay closed."), source_id=dropped.id)
    old_none = store.add(_article("Old from stdin", "The old kiosk opened."))
    moment[0] = now - timedelta(days=2)
    new_dropped = store.add(_article("New dropped", "The new quay opened."), source_id=dropped.id)

    assert remove_old(store.engine, now - timedelta(days=30)) == 2
    remaining = {s.id for s in store.latest(limit=10)}
    assert remaining == {old_followed.id, new_dropped.id}
    assert old_dropped.id not in remaining and old_none.id not in remaining
    analysed = in_transaction(
        store.engine,
        lambda s: s.scalar(select(func.count()).select_from(LibraryArticleRow)),
    )
    assert analysed == 2  # the analyses went with the articles
    store.close()


def test_a_poll_keeps_to_its_per_host_limit_and_names_itself(sqlite_url: str) -> None:
    with _SlowFeeds(delay=0.15) as server:
        store = IndexedArticleStore(_engine(sqlite_url))
        for number in range(8):
            store.add_source("feed", f"{server.base}/feed/{number}.rss")
        policy = FetchPolicy.from_settings(
            Settings(fetch_allow="127.0.0.1", contact="ops@example.org")
        )
        limits = FeedLimits(policy, per_host=2, concurrency=6)
        report = poll_feeds(store, datetime.now(UTC), limits=limits)
        store.close()
    assert len(report.polled) == 8 and not report.failures
    assert server.most_at_once == 2  # in parallel, and never more than two to one host
    assert server.agents == {
        "Digestbot/0.1.0 (+https://github.com/digestbot/digestbot; contact: ops@example.org)"
    }


def test_one_article_carried_by_two_feeds_is_stored_once_and_linked_to_both(
    world: World,
) -> None:
    server = world.server
    from tests.fixtures.ingest_server import Route
    from tests.fixtures.sources_samples import rss

    server.routes["/mirror.rss"] = Route(
        rss("Mirror", f"{server.base}/", [("Skarvø again", f"{server.base}/l/1")]),
        "application/rss+xml",
    )
    kari, ola = chat("1"), chat("2")
    world.say(f"/add {world.url('/lighthouse.rss')}", kari)
    world.say(f"/add {world.url('/mirror.rss')}", ola)
    assert server.hits["/l/1"] == 1  # read once
    assert "Skarvø" in world.say("/digest", ola)  # and seen by the mirror's chat too
    assert "Skarvø" not in world.say("/digest", chat("3"))


# --- helpers --------------------------------------------------------------------------


def _engine(url: str) -> Engine:
    from bot.store.db import make_engine, migrate

    engine = make_engine(url)
    migrate(engine)
    return engine


def _article(title: str, text: str) -> Article:
    body = f"{text} Travellers on the ferry waited at the quay. {text}"
    return Article(title, title, "en", None, (Section(None, (body, body + " Again.")),))


class _SlowFeeds:
    """A loopback feed server that answers slowly and counts requests in flight at once."""

    def __init__(self, *, delay: float) -> None:
        self.delay = delay
        self.in_flight = 0
        self.most_at_once = 0
        self.agents: set[str] = set()
        self._lock = threading.Lock()

    def __enter__(self) -> _SlowFeeds:
        feeds = self
        empty = (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title>'
            b"<link>http://127.0.0.1/</link><description>x</description></channel></rss>"
        )

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with feeds._lock:
                    feeds.in_flight += 1
                    feeds.most_at_once = max(feeds.most_at_once, feeds.in_flight)
                    feeds.agents.add(self.headers.get("User-Agent", ""))
                time.sleep(feeds.delay)
                with feeds._lock:
                    feeds.in_flight -= 1
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(empty)))
                self.end_headers()
                self.wfile.write(empty)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def test_the_library_and_politeness_settings_are_read_from_the_environment() -> None:
    env = {
        "DIGESTBOT_RETENTION_DAYS": "7",
        "DIGESTBOT_CONTACT": "ops@example.org\r\nX-Evil: 1",
        "DIGESTBOT_LIBRARY_CACHE": "50",
        "DIGESTBOT_POLL_PER_HOST": "1",
    }
    settings = Settings.from_env(env, dotenv=False)
    assert (settings.retention_days, settings.library_cache, settings.poll_per_host) == (7, 50, 1)
    agent = FetchPolicy.from_settings(settings).user_agent
    assert agent.endswith("contact: ops@example.orgX-Evil: 1)")  # no line break gets through
    assert Settings.from_env({}, dotenv=False).retention_days == 30
