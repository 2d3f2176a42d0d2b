"""Ingestion of files, folders, pages and feeds, against a real HTTP server and real databases."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.entrypoints.cli import run_ingest_command
from bot.feeds import backoff, looks_like_feed
from bot.fetch import Document
from bot.ingest import IngestReport, ingest
from bot.pages import page_canonical_url
from bot.poller import poll_feeds
from bot.settings import Settings
from bot.store import InMemoryArticleStore, LibraryStore, canonical_url
from bot.store.db import make_engine, migrate
from bot.store.sql import SqlArticleStore
from tests.fixtures.ingest_server import FIXTURES, FixtureServer, Route

NOW = datetime(2024, 4, 2, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    """Serve the fixture pages and feeds on 127.0.0.1."""
    with FixtureServer() as server:
        server.routes.update(
            {
                "/pages/nb": Route(server.fixture("ingest_nb_page.html")),
                "/pages/en": Route(server.fixture("ingest_en_page.html")),
                "/pages/md": Route(server.fixture("ingest_en_article.md"), "text/markdown"),
                "/feeds/rss": Route(
                    server.fixture("ingest_rss.xml"),
                    "application/rss+xml",
                    etag='"rss-1"',
                    last_modified="Tue, 02 Apr 2024 10:00:00 GMT",
                ),
                "/feeds/atom": Route(server.fixture("ingest_atom.xml"), "application/atom+xml"),
                "/feeds/plain": Route(server.fixture("ingest_rss.xml"), "text/plain"),
                "/feeds/broken": Route(
                    server.fixture("ingest_broken_feed.xml"), "application/rss+xml"
                ),
                "/slow": Route(server.fixture("ingest_en_page.html"), delay=1.0),
                "/files/report.pdf": Route("%PDF-1.7", "application/pdf"),
                "/error": Route("oops", "text/plain", 500),
            }
        )
        yield server


def _sql_store(url: str) -> Iterator[SqlArticleStore]:
    engine = make_engine(url)
    migrate(engine)
    yield SqlArticleStore(engine)
    engine.dispose()


@pytest.fixture
def store(sqlite_url: str) -> Iterator[SqlArticleStore]:
    """Return an empty SQLite-backed store."""
    yield from _sql_store(sqlite_url)


@pytest.fixture
def any_store(db_url: str) -> Iterator[SqlArticleStore]:
    """Return an empty store on SQLite, then on PostgreSQL."""
    yield from _sql_store(db_url)


def _counts(report: IngestReport) -> tuple[int, int, int]:
    return report.added, report.unchanged, report.failed


def _titles(store: LibraryStore) -> list[str | None]:
    return sorted((s.article.title for s in store.latest()), key=str)


# Files and folders.


def test_files_are_stored_once(store: SqlArticleStore) -> None:
    sources = [str(FIXTURES / "ingest_nb_article.txt"), str(FIXTURES / "ingest_en_article.md")]
    assert _counts(ingest(sources, store, progress=False)) == (2, 0, 0)
    languages = {s.article.title: s.article.language for s in store.latest()}
    assert languages == {"Nye sykkelveier i byen": "nb", "Night trains return to the north": "en"}
    md = next(s for s in store.latest() if s.article.language == "en")
    assert md.article.date == "2024-05"
    assert [sec.heading for sec in md.article.sections] == [None, "Sleeping cars", "Why now"]
    assert _counts(ingest(sources, store, progress=False)) == (0, 2, 0)
    assert {s.kind for s in store.sources()} == {"file"}


def test_a_folder_gives_its_article_files_in_order(store: SqlArticleStore, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    shutil.copy(FIXTURES / "ingest_nb_article.txt", folder / "b.txt")
    shutil.copy(FIXTURES / "ingest_en_article.md", folder / "a.md")
    shutil.copy(FIXTURES / "ingest_nb_page.html", folder / "sub" / "c.html")
    shutil.copy(FIXTURES / "ingest_en_page.html", folder / ".hidden" / "d.html")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    report = ingest([str(folder)], store, progress=False)
    assert _counts(report) == (3, 0, 0)
    sources = [store.get(i).article.source for i in report.added_ids]  # type: ignore[union-attr]
    assert sources == [str(folder / "a.md"), str(folder / "b.txt"), str(folder / "sub" / "c.html")]


def test_bad_files_and_empty_folders_fail_alone(store: SqlArticleStore, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "blank.txt").write_text("   \n\n", encoding="utf-8")
    report = ingest(
        [
            str(tmp_path / "missing.txt"),
            str(tmp_path / "empty"),
            str(tmp_path / "blank.txt"),
            str(FIXTURES / "ingest_nb_article.txt"),
        ],
        store,
        progress=False,
    )
    assert _counts(report) == (1, 0, 3)
    reasons = {Path(f.source).name: f.reason for f in report.failures}
    assert reasons == {
        "missing.txt": "no such file",
        "empty": "the folder holds no .txt, .md or .html files",
        "blank.txt": "the article is empty (no words in it)",
    }


# Web pages.


def test_a_page_is_extracted_with_its_canonical_url(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    report = ingest([f"{server.base}/pages/nb"], store, progress=False)
    assert _counts(report) == (1, 0, 0)
    stored = store.get(report.added_ids[0])
    assert stored is not None
    assert stored.article.title == "Havvind i Nordsjøen"
    assert stored.article.language == "nb"
    assert [s.heading for s in stored.article.sections][1:] == [
        "Kraft til industrien",
        "Fisket og naturen",
    ]
    assert "Kontakt oss" not in stored.article.text  # the footer is boilerplate
    # The page's rel=canonical link, made absolute, without its trailing slash.
    assert stored.canonical_url == f"{server.base}/nyheter/havvind-i-nordsjoen"
    assert [s.kind for s in store.sources()] == ["page"]


def test_tracking_parameters_and_fragments_do_not_make_a_new_article(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    assert _counts(ingest([f"{server.base}/pages/en?utm_source=x"], store, progress=False)) == (
        1,
        0,
        0,
    )
    again = ingest([f"{server.base}/pages/en/?utm_medium=mail#comments"], store, progress=False)
    assert _counts(again) == (0, 1, 0)
    assert server.hits["/pages/en"] == 1  # known URL: not even fetched again


def test_a_page_with_a_canonical_link_is_known_by_both_urls(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    ingest([f"{server.base}/pages/nb"], store, progress=False)
    for url in (
        f"{server.base}/pages/nb?utm_source=x",
        f"{server.base}/nyheter/havvind-i-nordsjoen",
    ):
        assert _counts(ingest([url], store, progress=False)) == (0, 1, 0)
    assert store.count() == 1
    assert server.hits["/pages/nb"] == 1


def test_failing_urls_are_reported_and_the_rest_goes_on(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    report = ingest(
        [
            f"{server.base}/gone",
            f"{server.base}/slow",
            f"{server.base}/files/report.pdf",
            f"{server.base}/error",
            "http://127.0.0.1:1/refused",
            f"{server.base}/pages/nb",
        ],
        store,
        progress=False,
        timeout=0.3,
    )
    assert _counts(report) == (1, 0, 5)
    reasons = [f.reason for f in report.failures]
    assert reasons == [
        "the server answered 404 Not Found",
        "timed out after 0.3 s",
        "is application/pdf, not a web page or feed",
        "the server answered 500 Internal Server Error",
        "cannot be fetched (ConnectError)",
    ]
    assert report.failures[0].source == f"{server.base}/gone"


# Feeds.


def test_an_rss_feed_uses_full_entries_and_fetches_teasers(
    any_store: SqlArticleStore, server: FixtureServer
) -> None:
    store = any_store
    report = ingest([f"{server.base}/feeds/rss"], store, progress=False, now=NOW)
    assert _counts(report) == (3, 0, 0)
    by_url = {s.canonical_url: s for s in store.latest()}
    bridge = by_url[f"{server.base}/nyheter/ny-bru"]
    # Full content:encoded: stored from the feed, its link (which would 404) never fetched.
    assert server.hits["/nyheter/ny-bru"] == 0
    assert bridge.article.title == "Ny bru over fjorden"
    assert bridge.article.language == "nb"
    assert bridge.article.date == "2024-03-12"
    assert [s.heading for s in bridge.article.sections][1:] == ["Hva koster den", "Motstand"]
    # Teasers: read from their pages; utm_* and the fragment are gone from the key.
    assert server.hits["/pages/en"] == 1
    assert by_url[f"{server.base}/pages/en"].article.title == "City libraries lend out tools"
    assert f"{server.base}/nyheter/havvind-i-nordsjoen" in by_url  # relative link, canonical
    feed = store.get_source(f"{server.base}/feeds/rss")
    assert feed is not None
    assert (feed.kind, feed.etag, feed.failures) == ("feed", '"rss-1"', 0)
    assert feed.last_modified == "Tue, 02 Apr 2024 10:00:00 GMT"
    assert feed.next_poll_at == NOW + timedelta(minutes=30)


def test_rerunning_a_feed_adds_nothing_and_fetches_no_page(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    ingest([f"{server.base}/feeds/rss"], store, progress=False)
    hits = dict(server.hits)
    again = ingest([f"{server.base}/feeds/rss"], store, progress=False)
    assert _counts(again) == (0, 3, 0)
    assert server.hits["/pages/en"] == hits["/pages/en"]
    assert server.hits["/pages/nb"] == hits["/pages/nb"]


def test_an_atom_feed(store: SqlArticleStore, server: FixtureServer) -> None:
    report = ingest([f"{server.base}/feeds/atom"], store, progress=False)
    assert _counts(report) == (2, 0, 0)
    by_url = {s.canonical_url: s.article for s in store.latest()}
    seeds = by_url[f"{server.base}/news/seed-library"]
    assert (seeds.title, seeds.language, seeds.date) == (
        "Town opens a seed library",
        "en",
        "2024-04-01",
    )
    assert [s.heading for s in seeds.sections][1:] == ["How it works", "Next steps"]
    trains = by_url[f"{server.base}/pages/md"]  # a Markdown page behind a teaser
    assert trains.title == "Night trains return to the north"
    assert server.hits["/news/seed-library/"] == 0


def test_a_feed_served_as_plain_text_is_still_a_feed(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    report = ingest([f"{server.base}/feeds/plain"], store, progress=False)
    assert _counts(report) == (3, 0, 0)


def test_a_broken_feed_is_a_failure(store: SqlArticleStore, server: FixtureServer) -> None:
    report = ingest([f"{server.base}/feeds/broken"], store, progress=False)
    assert _counts(report) == (0, 0, 1)
    assert report.failures[0].reason.startswith("is a broken feed")
    assert store.sources() == []


def test_a_feed_entry_that_fails_does_not_stop_the_others(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    del server.routes["/pages/en"]
    report = ingest([f"{server.base}/feeds/rss"], store, progress=False)
    assert _counts(report) == (2, 0, 1)
    failure = report.failures[0]
    assert failure.source.startswith(f"{server.base}/pages/en?utm_campaign=rss")
    assert failure.reason == "the server answered 404 Not Found"


def test_a_local_feed_file(store: SqlArticleStore, server: FixtureServer, tmp_path: Path) -> None:
    feed = tmp_path / "news.xml"
    feed.write_text(server.fixture("ingest_atom.xml"), encoding="utf-8")
    assert _counts(ingest([str(feed)], store, progress=False)) == (2, 0, 0)


# Polling.


def test_polling_sends_validators_and_a_304_changes_nothing(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    url = f"{server.base}/feeds/rss"
    ingest([url], store, progress=False, now=NOW)
    assert poll_feeds(store, NOW + timedelta(minutes=10)).failed == 0  # not due yet
    assert server.hits["/feeds/rss"] == 1

    due = NOW + timedelta(minutes=30)
    report = poll_feeds(store, due)
    assert _counts(report) == (0, 0, 0)
    assert server.hits["/feeds/rss"] == 2
    assert server.headers["/feeds/rss"]["if-none-match"] == '"rss-1"'
    assert server.headers["/feeds/rss"]["if-modified-since"] == "Tue, 02 Apr 2024 10:00:00 GMT"
    feed = store.get_source(url)
    assert feed is not None
    assert (feed.etag, feed.last_polled_at, feed.next_poll_at) == (
        '"rss-1"',
        due,
        due + timedelta(minutes=30),
    )


def test_polling_a_changed_feed_adds_the_new_entries(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    url = f"{server.base}/feeds/rss"
    ingest([url], store, progress=False, now=NOW)
    new_item = (
        "<item><title>Nytt</title><link>/pages/md</link><description>Tog.</description></item>"
    )
    route = server.routes["/feeds/rss"]
    route.body = route.body.replace("<item>", new_item + "<item>", 1)
    route.etag = '"rss-2"'
    report = poll_feeds(store, NOW + HOUR)
    assert _counts(report) == (1, 3, 0)
    assert store.get_source(url).etag == '"rss-2"'  # type: ignore[union-attr]


def test_a_failing_feed_backs_off_exponentially(
    store: SqlArticleStore, server: FixtureServer
) -> None:
    url = f"{server.base}/feeds/rss"
    ingest([url], store, progress=False, now=NOW)
    server.routes["/feeds/rss"] = Route("down", "text/plain", 503)
    interval = timedelta(minutes=30)

    first = NOW + interval
    report = poll_feeds(store, first, interval=interval)
    assert report.failures[0].reason == "the server answered 503 Service Unavailable"
    feed = store.get_source(url)
    assert feed is not None
    assert (feed.failures, feed.next_poll_at) == (1, first + 2 * interval)
    assert feed.last_error == "the server answered 503 Service Unavailable"
    assert feed.etag == '"rss-1"'  # kept for when it comes back

    assert poll_feeds(store, first + interval, interval=interval).failed == 0  # backing off
    second = first + 2 * interval
    poll_feeds(store, second, interval=interval)
    feed = store.get_source(url)
    assert (feed.failures, feed.next_poll_at) == (2, second + 4 * interval)  # type: ignore[union-attr]

    server.routes["/feeds/rss"] = Route(server.fixture("ingest_rss.xml"), "application/rss+xml")
    third = second + 4 * interval
    assert _counts(poll_feeds(store, third, interval=interval)) == (0, 3, 0)
    feed = store.get_source(url)
    assert (feed.failures, feed.last_error) == (0, None)  # type: ignore[union-attr]


def test_backoff_is_capped() -> None:
    interval = timedelta(minutes=30)
    assert [backoff(interval, n) for n in (0, 1, 2, 3)] == [interval * k for k in (1, 2, 4, 8)]
    assert backoff(interval, 50) == timedelta(hours=24)


def test_polling_works_on_the_in_memory_store_too(server: FixtureServer) -> None:
    store = InMemoryArticleStore()
    ingest([f"{server.base}/feeds/atom"], store, progress=False, now=NOW)
    assert store.count() == 2
    assert _counts(poll_feeds(store, NOW + HOUR)) == (0, 2, 0)


# Keys and detection.


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://Example.NO/a/b/?utm_source=x&id=3&utm_medium=y#top",
            "https://example.no/a/b?id=3",
        ),
        ("https://example.no/", "https://example.no"),
        ("http://example.no:80/a", "http://example.no/a"),
        ("https://example.no:8443/a?fbclid=1", "https://example.no:8443/a"),
        ("https://user:secret@example.no/a", "https://example.no/a"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_a_canonical_link_to_another_host_is_ignored() -> None:
    page = '<html><head><link rel="canonical" href="https://other.example/x"></head></html>'
    assert page_canonical_url(page, "https://example.no/a/") == "https://example.no/a"
    page = '<html><head><link rel="canonical" href="https://www.example.no/x/"></head></html>'
    assert page_canonical_url(page, "https://example.no/a") == "https://www.example.no/x"


def test_feed_detection() -> None:
    assert looks_like_feed(Document("u", "<p>", content_type="application/atom+xml"))
    assert looks_like_feed(Document("u", '<?xml version="1.0"?>\n<rss version="2.0">'))
    assert not looks_like_feed(Document("u", "<rss>", content_type="text/html"))
    assert not looks_like_feed(Document("u", "Just words.", content_type="text/plain"))


# Progress and the command.


def test_the_progress_bar_goes_to_stderr_when_asked(
    store: SqlArticleStore, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = [str(FIXTURES / "ingest_nb_article.txt"), str(FIXTURES / "ingest_en_article.md")]
    ingest(sources, store, progress=True)
    captured = capsys.readouterr()
    assert "0/2" in captured.err
    assert captured.out == ""
    ingest(sources, store, progress=False)
    assert capsys.readouterr().err == ""


def test_the_command_prints_a_summary_and_one_line_per_failure(
    sqlite_url: str, server: FixtureServer
) -> None:
    settings = Settings(database_url=sqlite_url, fetch_allow="127.0.0.1")
    out, err = io.StringIO(), io.StringIO()
    sources = [f"{server.base}/feeds/atom", f"{server.base}/gone", "no-such-file.md"]
    status = run_ingest_command(sources, settings, stdout=out, stderr=err, progress=False)
    assert status == 1  # some sources failed: a script can tell
    assert out.getvalue() == "added 2, unchanged 0, failed 2\n"
    assert err.getvalue().splitlines() == [
        f"digestbot: {server.base}/gone: the server answered 404 Not Found",
        "digestbot: no-such-file.md: no such file",
        "digestbot: ingest incomplete: added 2, unchanged 0, failed 2",
    ]
    out = io.StringIO()
    status = run_ingest_command(sources[:1], settings, stdout=out, stderr=io.StringIO())
    assert (status, out.getvalue()) == (0, "added 0, unchanged 2, failed 0\n")


def test_the_command_fails_with_2_when_everything_failed(sqlite_url: str, tmp_path: Path) -> None:
    err = io.StringIO()
    status = run_ingest_command(
        [str(tmp_path / "nothing.txt")],
        Settings(database_url=sqlite_url),
        stdout=io.StringIO(),
        stderr=err,
    )
    assert status == 2
    assert err.getvalue().splitlines() == [
        f"digestbot: {tmp_path / 'nothing.txt'}: no such file",
        "digestbot: ingest failed: added 0, unchanged 0, failed 1",
    ]


def test_the_command_reports_an_unreachable_database_in_one_line() -> None:
    err = io.StringIO()
    settings = Settings(database_url="postgresql://bot:topsecret@127.0.0.1:1/digestbot")
    status = run_ingest_command(["x.md"], settings, stdout=io.StringIO(), stderr=err)
    assert status == 2
    message = err.getvalue()
    assert message.startswith("digestbot: the database postgresql://bot:***@127.0.0.1:1/digestbot")
    assert message.count("\n") == 1
    assert "topsecret" not in message
