"""Fill the article library from files, folders, web pages and RSS/Atom feeds, deduplicated."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.core.errors import InputError
from bot.core.model import Article
from bot.core.parse import guess_kind, parse_document
from bot.feeds import (
    DEFAULT_POLL_INTERVAL,
    FeedLimits,
    article_in_entry,
    entry_link,
    entry_name,
    feed_limits,
    looks_like_feed,
    newest_first,
    parse_feed,
    with_entry_details,
)
from bot.fetch import Document, fetch_url, is_url, read_file, read_stdin
from bot.hosts import HostSlots
from bot.pages import page_canonical_url
from bot.progress import with_progress_bar
from bot.store.errors import StoreUnavailable
from bot.store.keys import URL_LENGTH, canonical_url
from bot.store.ports import KnownUrl, LibraryStore

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
POLL_LEASE = timedelta(minutes=10)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failure:
    """A source (or feed entry) that could not be ingested, and why."""

    source: str
    reason: str

    def line(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class IngestReport:
    """What an ingest run did: counts, the ids of new articles and every failure."""

    added: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    added_ids: list[int] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)  # the ids of the sources read
    polled: list[tuple[int, bool]] = field(default_factory=list)  # (feed id, read well) a poll

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        """Return the one-line summary: `added N, unchanged N, failed N`."""
        return f"added {self.added}, unchanged {self.unchanged}, failed {self.failed}"

    def lines(self) -> list[str]:
        """Return the summary followed by one line per failure."""
        return [self.summary(), *(failure.line() for failure in self.failures)]


def _key(url: str | None) -> str | None:
    """Return a URL usable as a unique key, or None when it is too long to index."""
    return url if url is not None and len(url) <= URL_LENGTH else None


def _present(*urls: str | None) -> list[str]:
    return [url for url in urls if url]


def _read_page(source: str, document: Document) -> tuple[Article, str | None, list[str | None]]:
    """Parse a fetched page; return it, its canonical URL and the URLs it was reached by."""
    final = document.url or source
    kind = guess_kind(final, document.text, document.content_type)
    article = parse_document(document.text, kind=kind, source=source, url=final)
    final_key = _key(canonical_url(final))
    key = _key(page_canonical_url(document.text, final)) if kind == "html" else final_key
    return article, key, [final_key, _key(canonical_url(source))]


class _Ingester:
    """One run: the store, its settings, and the report it fills in."""

    def __init__(
        self,
        store: LibraryStore,
        *,
        limits: FeedLimits,
        now: datetime,
        interval: timedelta,
        seconds: float | None = None,
        hosts: HostSlots | None = None,
    ) -> None:
        self.store = store
        self.limits = limits
        self.now = now
        self.interval = interval
        self.report = IngestReport()
        self.deadline = None if seconds is None else time.monotonic() + seconds
        self.hosts = hosts  # a poll's fetches run in threads, a few at once per host
        self._lock = threading.Lock()

    def out_of_time(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def fetch(self, url: str, **validators: str | None) -> Document | None:
        """Fetch through the guard; no fetch outlives the run's deadline."""
        timeout = self.limits.policy.timeout
        if self.deadline is not None:
            timeout = min(timeout, self.deadline - time.monotonic())
            if timeout <= 0:
                raise InputError("skipped: the feed poll ran out of time")
        if self.hosts is None:
            return fetch_url(url, policy=self.limits.policy, timeout=timeout, **validators)
        with self.hosts.slot(url):
            return fetch_url(url, policy=self.limits.policy, timeout=timeout, **validators)

    def count(self, status: str, article_id: int) -> None:
        with self._lock:
            if status == "added":
                self.report.added += 1
                self.report.added_ids.append(article_id)
            else:
                self.report.unchanged += 1

    def fail(self, source: str, error: Exception) -> None:
        reason = str(error) if isinstance(error, InputError) else f"{type(error).__name__}: {error}"
        # fetch and read_file put the source in front already: say it once.
        reason = reason.removeprefix(f"{source}: ").strip() or type(error).__name__
        with self._lock:
            self.report.failures.append(Failure(source, " ".join(reason.split())))

    def guarded(self, source: str, work: Callable[..., object], *args: Any) -> None:
        """Run one source's work; its failure is recorded and never stops the others."""
        try:
            work(*args)
        except StoreUnavailable:
            raise  # every other source would fail the same way
        except Exception as error:  # noqa: BLE001 - one bad source must not stop the run
            self.fail(source, error)

    def item(self, source: str) -> None:
        if source == "-":
            self.text_document(read_stdin(), path=None)
        elif is_url(source):
            self.url(source)
        elif Path(source).suffix.lower() in FEED_SUFFIXES:
            parsed = parse_feed(read_file(source))
            record = self.store.add_source("file", str(Path(source).resolve()))
            self.feed_entries(parsed, feed=source, source_id=record.id)
        else:
            document = read_file(source)
            path = str(Path(source).resolve())
            record = self.store.add_source("file", path)
            self.text_document(document, path=path, source_id=record.id)

    def text_document(
        self, document: Document, *, path: str | None, source_id: int | None = None
    ) -> None:
        kind = guess_kind(document.source, document.text, document.content_type)
        article = parse_document(document.text, kind=kind, source=document.source)
        result = self.store.add(article, source_id=source_id, path=path)
        if result.status == "added" and path is not None:
            # An edited file replaces what was read from it before.
            self.store.retire_path(path, keep=result.id)
        self.count(result.status, result.id)

    def url(self, url: str) -> None:
        given = _key(canonical_url(url))
        if given is not None:
            known = self.store.find_by_url(given)
            if known is not None:
                self.count("unchanged", known.id)
                return
        document = self.fetch(url)
        assert document is not None  # no validators were sent, so no 304
        if looks_like_feed(document):
            parsed = parse_feed(document)
            record = self.store.add_source("feed", url)
            self.report.sources.append(record.id)
            self.store.record_poll(
                record.id,
                polled_at=self.now,
                next_poll_at=self.now + self.interval,
                etag=document.etag,
                last_modified=document.last_modified,
            )
            self.feed_entries(parsed, feed=url, source_id=record.id)
        else:
            record = self.store.add_source("page", given or url[:URL_LENGTH])
            self.report.sources.append(record.id)
            self.page(url, document, source_id=record.id)

    def page(self, source: str, document: Document, *, source_id: int | None) -> None:
        article, key, aliases = _read_page(source, document)
        result = self.store.add(
            article, canonical_url=key, source_id=source_id, aliases=_present(*aliases)
        )
        self.count(result.status, result.id)

    def feed_entries(self, parsed: Any, *, feed: str, source_id: int) -> bool:
        """Read the newest entries, at most the cap; False when time ran out before the end."""
        entries = newest_first(list(parsed.entries), self.limits.max_entries)
        if len(parsed.entries) > len(entries):
            log.info(
                "%s: reading the newest %d of %d entries", feed, len(entries), len(parsed.entries)
            )
        # The feed's own name («Testavisen») names its entries' site.
        site = " ".join(str(parsed.feed.get("title") or "").split())[:200] or None
        links = [entry_link(entry, feed) for entry in entries]
        keys = [_key(canonical_url(link)) for link in links if link]
        # One look-up for the whole feed: most entries of a feed polled before are known.
        known = self.store.known_urls([key for key in keys if key is not None])
        # Known articles this feed carries too (first read from another): linked in one go.
        others = [k.article_id for k in known.values() if k.source_id != source_id]
        if others:
            self.guarded(feed, self.store.link_many, others, source_id)
        for number, entry in enumerate(entries, start=1):
            if self.out_of_time():
                left = len(entries) - number + 1
                self.report.failures.append(
                    Failure(
                        feed, f"the feed poll ran out of time; {left} entries left for the next"
                    )
                )
                return False
            self.guarded(
                entry_name(entry, feed, number), self.entry, entry, feed, source_id, site, known
            )
        return True

    def entry(
        self,
        entry: Any,
        feed: str,
        source_id: int,
        site: str | None = None,
        known: dict[str, KnownUrl] | None = None,
    ) -> None:
        link = entry_link(entry, feed)
        key = _key(canonical_url(link)) if link else None
        if key is not None:
            found = known.get(key) if known is not None else self.store.known_urls([key]).get(key)
            if found is not None:
                if known is None and found.source_id != source_id:
                    self.store.link(found.article_id, source_id)  # this feed carries it too
                self.count("unchanged", found.article_id)
                return
        article = article_in_entry(entry, feed)
        aliases: list[str | None] = []
        if article is None:
            assert link is not None  # an entry without a link carries its article
            document = self.fetch(link)
            assert document is not None  # no validators were sent, so no 304
            # The page's own URL is the key; the feed's link is remembered as an alias.
            article, page_key, aliases = _read_page(link, document)
            key = page_key or key
        article = with_entry_details(article, entry)
        if site:
            article = replace(article, site=site)
        result = self.store.add(
            article,
            canonical_url=key,
            source_id=source_id,
            aliases=_present(*aliases),
        )
        self.count(result.status, result.id)


def expand(sources: Iterable[str]) -> tuple[list[str], list[Failure]]:
    """Replace each folder by the article files inside it, sorted; empty folders are failures."""
    items: list[str] = []
    failures: list[Failure] = []
    for source in sources:
        folder = Path(source)
        if source == "-" or is_url(source) or not folder.is_dir():
            items.append(source)
            continue
        found = sorted(
            path
            for path in folder.rglob("*")
            if path.is_file()
            and path.suffix.lower() in ARTICLE_SUFFIXES
            and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        )
        if not found:
            failures.append(Failure(source, "the folder holds no .txt, .md or .html files"))
        items.extend(str(path) for path in found)
    return items, failures


def ingest(
    sources: list[str],
    store: LibraryStore,
    *,
    progress: bool | None = None,
    timeout: float | None = None,
    now: datetime | None = None,
    interval: timedelta = DEFAULT_POLL_INTERVAL,
    limits: FeedLimits | None = None,
) -> IngestReport:
    """Store the articles of files, folders, pages and feeds; a failing source is only reported.

    `progress` None shows a progress bar when stderr is a terminal. Feeds are recorded for
    `poll_feeds`, due again after `interval`; `limits` (else the settings') guard the fetches
    and cap a feed's entries. Raises `StoreUnavailable` when the database goes.
    """
    run = _Ingester(
        store, limits=feed_limits(limits, timeout), now=now or datetime.now(UTC), interval=interval
    )
    items, failures = expand(sources)
    run.report.failures.extend(failures)
    for item in with_progress_bar(items, progress):
        run.guarded(item, run.item, item)
    return run.report
