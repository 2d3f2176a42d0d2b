"""A feed cannot make a poll fetch without end: newest entries first, a cap, and a time budget."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from bot.feeds import FeedLimits
from bot.fetch import FetchPolicy
from bot.fetch_guard import parse_allow
from bot.ingest import ingest
from bot.poller import poll_feeds
from bot.settings import Settings
from bot.store import InMemoryArticleStore
from tests.fixtures.ingest_server import FixtureServer, Route

NOW = datetime(2024, 4, 2, 12, 0, tzinfo=UTC)
ENTRIES = 2000


def _limits(max_entries: int = 50, poll_seconds: float = 240.0) -> FeedLimits:
    hosts, networks = parse_allow("127.0.0.1")
    policy = FetchPolicy(allow_hosts=hosts, allow_networks=networks)
    return FeedLimits(policy, max_entries=max_entries, poll_seconds=poll_seconds)


def _serve_feed(entries: int) -> Iterator[FixtureServer]:
    """Serve a feed of teaser entries in shuffled order, each linking to its own page."""
    with FixtureServer() as server:
        page = server.fixture("ingest_en_page.html")
        numbers = list(range(ENTRIES - entries, ENTRIES))
        random.Random(4).shuffle(numbers)
        items = []
        for n in numbers:
            unique = f"<h1>City libraries lend out tools</h1><p>This is story number {n}.</p>"
            server.routes[f"/a/{n}"] = Route(
                page.replace("<h1>City libraries lend out tools</h1>", unique)
            )
            published = format_datetime(NOW - timedelta(hours=ENTRIES - n))  # higher n is newer
            items.append(
                f"<item><title>Sak {n}</title><link>{server.base}/a/{n}</link>"
                f"<pubDate>{published}</pubDate><description>Kort.</description></item>"
            )
        server.routes["/feed"] = Route(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Mye</title>'
            f"<link>{server.base}/</link>{''.join(items)}</channel></rss>",
            "application/rss+xml",
            etag='"big"',
        )
        yield server


@pytest.fixture
def huge_feed() -> Iterator[FixtureServer]:
    """2,000 entries (feedparser needs a few seconds for them)."""
    yield from _serve_feed(ENTRIES)


@pytest.fixture
def long_feed() -> Iterator[FixtureServer]:
    """200 entries, for the tests that read the feed more than once."""
    yield from _serve_feed(200)


def _pages_fetched(server: FixtureServer) -> set[int]:
    return {int(path.rsplit("/", 1)[1]) for path in server.hits if path.startswith("/a/")}


def test_only_the_newest_entries_of_a_huge_feed_are_fetched(huge_feed: FixtureServer) -> None:
    store = InMemoryArticleStore()
    report = ingest([f"{huge_feed.base}/feed"], store, progress=False, limits=_limits(50))
    assert report.failed == 0
    assert report.added == 50
    assert _pages_fetched(huge_feed) == set(range(ENTRIES - 50, ENTRIES))
    assert sum(huge_feed.hits[f"/a/{n}"] for n in range(ENTRIES)) == 50


def test_a_poll_reads_the_newest_entries_up_to_the_cap(long_feed: FixtureServer) -> None:
    store = InMemoryArticleStore()
    ingest([f"{long_feed.base}/feed"], store, progress=False, now=NOW, limits=_limits(5))
    assert _pages_fetched(long_feed) == set(range(ENTRIES - 5, ENTRIES))
    long_feed.routes["/feed"].etag = '"changed"'
    report = poll_feeds(store, NOW + timedelta(hours=1), limits=_limits(7))
    assert (report.added, report.unchanged, report.failed) == (2, 5, 0)
    assert _pages_fetched(long_feed) == set(range(ENTRIES - 7, ENTRIES))


def test_a_poll_stops_at_its_time_budget_and_reads_the_rest_next_time(
    long_feed: FixtureServer,
) -> None:
    store = InMemoryArticleStore()
    ingest([f"{long_feed.base}/feed"], store, progress=False, now=NOW, limits=_limits(1))
    long_feed.routes["/feed"].etag = '"changed"'
    for n in range(ENTRIES - 50, ENTRIES):
        long_feed.routes[f"/a/{n}"].delay = 0.4  # a server that answers slowly on purpose
    report = poll_feeds(store, NOW + timedelta(hours=1), limits=_limits(50, poll_seconds=1.0))
    fetched = len(_pages_fetched(long_feed))
    assert 1 < fetched < 50
    assert report.failures[-1].reason.startswith("the feed poll ran out of time; ")
    assert report.failures[-1].reason.endswith(" entries left for the next")
    feed = store.get_source(f"{long_feed.base}/feed")
    assert feed is not None
    assert feed.etag is None  # so the next poll reads the feed again instead of getting 304
    assert feed.next_poll_at == NOW + timedelta(hours=1, minutes=30)


def test_the_caps_are_settings() -> None:
    settings = Settings.from_env(
        {
            "DIGESTBOT_FEED_MAX_ENTRIES": "20",
            "DIGESTBOT_FEED_POLL_SECONDS": "90",
            "DIGESTBOT_FETCH_ALLOW": "10.0.0.0/8",
        },
        dotenv=False,
    )
    limits = FeedLimits.from_settings(settings)
    assert (limits.max_entries, limits.poll_seconds) == (20, 90.0)
    assert [str(n) for n in limits.policy.allow_networks] == ["10.0.0.0/8"]
    defaults = FeedLimits.from_settings(Settings.from_env({}, dotenv=False))
    assert (defaults.max_entries, defaults.poll_seconds) == (50, 240.0)
    with pytest.raises(ValueError, match="DIGESTBOT_FEED_MAX_ENTRIES must be more than 0"):
        Settings.from_env({"DIGESTBOT_FEED_MAX_ENTRIES": "0"}, dotenv=False)
