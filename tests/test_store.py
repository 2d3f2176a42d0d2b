"""Contract tests of the article library (in memory, SQLite, PostgreSQL) and the SQL plumbing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from bot.core.model import Article, Section
from bot.store import InMemoryArticleStore, LibraryStore, StoreUnavailable, content_hash
from bot.store.db import Base, describe, load_all_tables, make_engine, migrate, normalise_url
from bot.store.sql import SqlArticleStore, open_store

START = datetime(2024, 3, 14, 7, 0, tzinfo=UTC)


class Clock:
    """A clock that moves one second forward each time it is read."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def article(text: str = "Strømmen går til industrien langs kysten.", **changes: object) -> Article:
    """Return a small Norwegian article; `changes` override its fields."""
    fields: dict[str, object] = {
        "source": "havvind.md",
        "title": "Havvind i Nordsjøen",
        "language": "nb",
        "date": "2024-03",
        "sections": (
            Section(None, ("Regjeringen vil lyse ut nye områder.", "Bransjen er positiv.")),
            Section("Kraft til industrien", (text,)),
        ),
        "url": None,
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest) -> Iterator[LibraryStore]:
    """Return an empty store of each kind, on a clock that ticks one second a read."""
    if request.param == "memory":
        yield InMemoryArticleStore(clock=Clock())
        return
    engine = make_engine(request.getfixturevalue(f"{request.param}_url"))
    migrate(engine)
    yield SqlArticleStore(engine, clock=Clock())
    engine.dispose()


# The contract: every store behaves the same.


def test_add_then_get_gives_the_same_article_back(store: LibraryStore) -> None:
    original = article(url="https://example.no/havvind")
    result = store.add(original, canonical_url="https://example.no/havvind")
    assert result.status == "added"
    stored = store.get(result.id)
    assert stored is not None
    assert stored.article == original
    assert stored.canonical_url == "https://example.no/havvind"
    assert stored.content_hash == content_hash(original)
    assert stored.ingested_at.tzinfo is not None
    assert stored.ingested_at.utcoffset() == timedelta(0)


def test_readding_the_same_article_is_unchanged(store: LibraryStore) -> None:
    first = store.add(article())
    again = store.add(article())
    assert again.status == "unchanged"
    assert again.id == first.id
    assert store.count() == 1


def test_same_canonical_url_with_new_text_is_unchanged(store: LibraryStore) -> None:
    first = store.add(article(), canonical_url="https://example.no/a")
    again = store.add(article("Helt annen tekst."), canonical_url="https://example.no/a")
    assert (again.status, again.id) == ("unchanged", first.id)


def test_same_text_under_another_url_is_unchanged(store: LibraryStore) -> None:
    first = store.add(article(), canonical_url="https://example.no/a")
    again = store.add(article(), canonical_url="https://mirror.example.no/a")
    assert (again.status, again.id) == ("unchanged", first.id)


def test_text_differing_only_in_case_and_spacing_is_a_duplicate(store: LibraryStore) -> None:
    store.add(article("Strømmen går til industrien."))
    assert store.add(article("STRØMMEN  går til\nindustrien.")).status == "unchanged"


def test_different_articles_are_both_added(store: LibraryStore) -> None:
    assert store.add(article("Første tekst.")).status == "added"
    assert store.add(article("Andre tekst.")).status == "added"
    assert store.count() == 2


def test_empty_store(store: LibraryStore) -> None:
    assert store.count() == 0
    assert store.latest() == []
    assert store.get(1) is None
    assert store.find_by_url("https://example.no/a") is None


def test_latest_is_newest_first_with_limit_and_since(store: LibraryStore) -> None:
    ids = [store.add(article(f"Tekst nummer {n}.")).id for n in range(5)]
    latest = store.latest()
    assert [s.id for s in latest] == ids[::-1]
    assert [s.id for s in store.latest(limit=2)] == ids[:2:-1]
    since = latest[2].ingested_at  # strictly after: the third newest is left out
    assert [s.id for s in store.latest(since=since)] == ids[:2:-1]
    assert store.latest(limit=0) == []


def test_text_sections_and_letters_survive_a_round_trip(store: LibraryStore) -> None:
    original = Article(
        source="/tmp/æøå.txt",
        title=None,
        language="nn",
        date=None,
        sections=(
            Section(None, ("Ein ingress med «sitat» og – tankestrek.",)),
            Section("Øvelse på Ål", ("Første.", "Andre.", "Tredje 😀.")),
            Section("Tom?", ("Siste avsnitt.",)),
            Section(
                "Direkte",
                ("Ferja er inne.", "Ferja har gått.", "Ein liste:", "Punkt ein"),
                ("live-entry", "live-entry", "paragraph", "list-item"),
            ),
        ),
    )
    stored = store.get(store.add(original).id)
    assert stored is not None
    assert stored.article == original
    assert stored.article.sections[1].paragraphs == ("Første.", "Andre.", "Tredje 😀.")


def test_find_by_url(store: LibraryStore) -> None:
    added = store.add(article(), canonical_url="https://example.no/a")
    found = store.find_by_url("https://example.no/a")
    assert found is not None and found.id == added.id
    assert store.find_by_url("https://example.no/b") is None


def test_aliases_find_the_article_and_deduplicate(store: LibraryStore) -> None:
    added = store.add(
        article(),
        canonical_url="https://example.no/a",
        aliases=["https://feeds.example.no/r/123", "https://example.no/a"],
    )
    found = store.find_by_url("https://feeds.example.no/r/123")
    assert found is not None and (found.id, found.canonical_url) == (
        added.id,
        "https://example.no/a",
    )
    again = store.add(article("Oppdatert tekst."), aliases=["https://feeds.example.no/r/123"])
    assert (again.status, again.id) == ("unchanged", added.id)


def test_an_unchanged_add_remembers_new_aliases(store: LibraryStore) -> None:
    added = store.add(article(), canonical_url="https://example.no/a")
    again = store.add(article(), canonical_url="https://m.example.no/a", aliases=["https://x.no/1"])
    assert (again.status, again.id) == ("unchanged", added.id)
    for url in ("https://m.example.no/a", "https://x.no/1"):
        found = store.find_by_url(url)
        assert found is not None and found.id == added.id


def test_sources_are_created_once_and_can_change_kind(store: LibraryStore) -> None:
    page = store.add_source("page", "https://example.no/feed")
    assert store.add_source("page", "https://example.no/feed") == page
    feed = store.add_source("feed", "https://example.no/feed")
    assert (feed.id, feed.kind, feed.failures) == (page.id, "feed", 0)
    store.add_source("file", "/srv/articles/a.md")
    assert store.get_source("https://example.no/feed") == feed
    assert store.get_source("https://example.no/nothing") is None
    assert [s.location for s in store.sources()] == [
        "https://example.no/feed",
        "/srv/articles/a.md",
    ]
    assert [s.kind for s in store.sources("file")] == ["file"]


def test_articles_remember_their_source(store: LibraryStore) -> None:
    source = store.add_source("feed", "https://example.no/rss")
    result = store.add(article(), source_id=source.id, path=None)
    assert result.status == "added"


def test_record_poll_counts_failures_and_keeps_validators(store: LibraryStore) -> None:
    feed = store.add_source("feed", "https://example.no/rss")
    later = START + timedelta(minutes=30)
    ok = store.record_poll(
        feed.id, polled_at=START, next_poll_at=later, etag='"v1"', last_modified="Thu, 14 Mar"
    )
    assert (ok.etag, ok.last_modified, ok.failures, ok.last_error) == (
        '"v1"',
        "Thu, 14 Mar",
        0,
        None,
    )
    assert (ok.last_polled_at, ok.next_poll_at) == (START, later)
    failed = store.record_poll(feed.id, polled_at=later, next_poll_at=later, error="timed out")
    failed = store.record_poll(feed.id, polled_at=later, next_poll_at=later, error="500")
    assert (failed.failures, failed.last_error, failed.etag) == (2, "500", '"v1"')
    recovered = store.record_poll(feed.id, polled_at=later, next_poll_at=later, etag='"v2"')
    assert (recovered.failures, recovered.last_error, recovered.etag) == (0, None, '"v2"')
    assert store.get_source("https://example.no/rss") == recovered


def test_claim_due_feeds(store: LibraryStore) -> None:
    lease = timedelta(minutes=10)
    never = store.add_source("feed", "https://a.example/rss")
    overdue = store.add_source("feed", "https://b.example/rss")
    future = store.add_source("feed", "https://c.example/rss")
    store.add_source("page", "https://d.example/page")
    store.record_poll(overdue.id, polled_at=START, next_poll_at=START - timedelta(minutes=1))
    store.record_poll(future.id, polled_at=START, next_poll_at=START + timedelta(hours=1))

    claimed = store.claim_due_feeds(START, lease=lease)
    assert [s.id for s in claimed] == [never.id, overdue.id]
    # Claimed feeds are leased: a second worker gets nothing until the lease ends.
    assert store.claim_due_feeds(START, lease=lease) == []
    again = store.claim_due_feeds(START + lease, lease=lease, limit=1)
    assert [s.id for s in again] == [never.id]


# The SQL plumbing.


def test_make_engine_creates_the_folder_and_uses_wal(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a' / 'b' / 'db.sqlite3'}", busy_timeout=2.5)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 2500
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert (tmp_path / "a" / "b" / "db.sqlite3").exists()
    finally:
        engine.dispose()


def test_postgresql_urls_use_psycopg_and_descriptions_hide_passwords() -> None:
    assert normalise_url("postgresql://u:pw@db/x").drivername == "postgresql+psycopg"
    assert normalise_url("postgres://u:pw@db/x").drivername == "postgresql+psycopg"
    assert normalise_url("postgresql+psycopg://u@db/x").drivername == "postgresql+psycopg"
    assert describe("postgresql://u:secret@db:5432/x") == "postgresql://u:***@db:5432/x"
    assert describe("sqlite:///var/digestbot.sqlite3") == "var/digestbot.sqlite3"


def test_in_memory_sqlite_works_across_calls() -> None:
    store = open_store("sqlite://")
    try:
        store.add(article())
        assert store.count() == 1
    finally:
        store.close()


def test_migrate_is_idempotent_and_matches_the_models(db_engine: Engine) -> None:
    migrate(db_engine)
    with db_engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        tables = set(inspect(connection).get_table_names())
        assert {"articles", "sources", "alembic_version"} <= tables
        # A model changed without a migration shows up here.
        load_all_tables()
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_concurrent_migrations_do_not_collide(db_url: str) -> None:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            migrate(db_url)
        except BaseException as error:  # noqa: BLE001 - the test reports what each thread met
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_concurrent_adds_of_one_article_store_it_once(db_engine: Engine) -> None:
    stores = [SqlArticleStore(db_engine) for _ in range(6)]
    results: list[str] = []
    barrier = threading.Barrier(len(stores))

    def run(store: SqlArticleStore) -> None:
        barrier.wait()
        results.append(store.add(article(), canonical_url="https://example.no/a").status)

    threads = [threading.Thread(target=run, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["added"] + ["unchanged"] * 5
    assert stores[0].count() == 1


def test_a_locked_sqlite_database_gives_a_clear_error(sqlite_url: str) -> None:
    migrate(sqlite_url)
    holder = sqlite3.connect(normalise_url(sqlite_url).database or "", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    engine = make_engine(sqlite_url, busy_timeout=0.05)
    try:
        with pytest.raises(StoreUnavailable, match="is locked by another process"):
            SqlArticleStore(engine).add(article())
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        engine.dispose()


def test_a_sqlite_lock_released_soon_is_waited_for(sqlite_url: str) -> None:
    migrate(sqlite_url)
    holder = sqlite3.connect(
        normalise_url(sqlite_url).database or "", isolation_level=None, check_same_thread=False
    )
    holder.execute("BEGIN EXCLUSIVE")
    timer = threading.Timer(0.1, lambda: holder.execute("ROLLBACK"))
    timer.start()
    engine = make_engine(sqlite_url, busy_timeout=0.05)
    try:
        assert SqlArticleStore(engine).add(article()).status == "added"
    finally:
        timer.join()
        holder.close()
        engine.dispose()


def test_an_unreachable_postgres_gives_a_clear_error_without_password() -> None:
    # Port 1 on the loopback refuses at once: no waiting on a timeout.
    url = "postgresql://digest:hunter2secret@127.0.0.1:1/digestbot"
    with pytest.raises(StoreUnavailable) as caught:
        open_store(url)
    message = str(caught.value)
    assert "hunter2secret" not in message
    assert "\n" not in message
    assert message.startswith("the database postgresql://digest:***@127.0.0.1:1/digestbot")


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_bytes(b"these are my notes, not a database " * 200)
    with pytest.raises(StoreUnavailable, match=r"notes\.sqlite3 is unavailable: file is not"):
        open_store(f"sqlite:///{bogus}")


def test_a_bad_database_url_gives_a_clear_error() -> None:
    with pytest.raises(StoreUnavailable, match="cannot be parsed"):
        make_engine("not a url at all")


def test_naive_timestamps_are_refused(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    try:
        feed = store.add_source("feed", "https://example.no/rss")
        with pytest.raises(Exception, match="time-zone aware"):
            store.record_poll(feed.id, polled_at=datetime(2024, 1, 1), next_poll_at=None)
    finally:
        store.close()


def test_the_store_package_imports_no_sqlalchemy() -> None:
    code = (
        "import sys, bot.store; bot.store.InMemoryArticleStore(); "
        "sys.exit('sqlalchemy' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_an_edited_file_replaces_its_earlier_article(store: LibraryStore) -> None:
    first = store.add(article("Fyrvokteren går av etter 31 år."), path="/a/fyr.txt")
    other = store.add(article("Skolen får ny rektor.", title="Skolen"), path="/a/skole.txt")
    second = store.add(article("Fyrvokteren går av etter 32 år."), path="/a/fyr.txt")
    assert store.retire_path("/a/fyr.txt", keep=second.id) == 1
    assert store.get(first.id) is None
    assert store.get(second.id) is not None and store.get(other.id) is not None
    assert store.count() == 2
    assert store.retire_path("/a/fyr.txt", keep=second.id) == 0


def test_a_feed_links_the_known_articles_it_carries_once(store: LibraryStore) -> None:
    first = store.add_source("feed", "https://a.example/rss")
    second = store.add_source("feed", "https://b.example/rss")
    one = store.add(article("Første sak om kraft."), source_id=first.id)
    two = store.add(article("Andre sak om kraft.", title="Andre"), source_id=first.id)
    assert store.link_many([one.id, two.id, one.id], second.id) == sorted([one.id, two.id])
    assert store.link_many([one.id, two.id], second.id) == []  # the next poll: nothing new
    assert store.link_many([], second.id) == []
