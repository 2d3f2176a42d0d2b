"""Fill the article library from files, folders, web pages and RSS/Atom feeds, deduplicated."""

from __future__ import annotations

import calendar
import html
import io
import logging
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urljoin, urlsplit

from bot.core.errors import InputError
from bot.core.model import Article
from bot.core.parse import guess_kind, parse_document
from bot.fetch import Document, FetchPolicy, fetch_url, is_url, read_file, read_stdin
from bot.store.errors import StoreUnavailable
from bot.store.keys import URL_LENGTH, canonical_url
from bot.store.ports import LibraryStore, SourceRecord

if TYPE_CHECKING:
    from bot.settings import Settings

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
# An entry with fewer words than this is a teaser: the article is read from its link instead.
FULL_ENTRY_WORDS = 150
DEFAULT_POLL_INTERVAL = timedelta(minutes=30)
MAX_BACKOFF = timedelta(hours=24)
POLL_LEASE = timedelta(minutes=10)

log = logging.getLogger(__name__)

_TAG = re.compile(r"<[^>]+>")
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)


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


@dataclass(frozen=True)
class FeedLimits:
    """How far one run may reach: the fetch guard, entries per feed, a poll's time."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    max_entries: int = 50
    poll_seconds: float = 240.0

    @classmethod
    def from_settings(cls, settings: Settings) -> FeedLimits:
        return cls(
            FetchPolicy.from_settings(settings),
            max_entries=settings.feed_max_entries,
            poll_seconds=settings.feed_poll_seconds,
        )


def _limits(limits: FeedLimits | None, timeout: float | None) -> FeedLimits:
    """Return the given limits, else the settings' (environment and `.env`)."""
    if limits is None:
        from bot.settings import Settings

        limits = FeedLimits.from_settings(Settings.from_env())
    if timeout is not None:
        limits = replace(limits, policy=limits.policy.with_timeout(timeout))
    return limits


def backoff(interval: timedelta, failures: int) -> timedelta:
    """Return the wait before polling a feed again after `failures` failures in a row."""
    if failures <= 0:
        return interval
    factor: int = 2 ** min(failures, 16)
    return min(interval * factor, MAX_BACKOFF)


class _CanonicalLink(HTMLParser):
    """Find `<link rel="canonical" href="...">` in a page's head."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link" or self.href is not None:
            return
        values = dict(attrs)
        rels = (values.get("rel") or "").lower().split()
        if "canonical" in rels and values.get("href"):
            self.href = values["href"]


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def page_canonical_url(page: str, url: str) -> str:
    """Return the canonical URL of a fetched page: its `rel=canonical` link, else its own URL.

    A canonical link to another host is ignored: a careless or hostile site could otherwise
    make all its pages, or another site's, collapse into one article.
    """
    head_end = page.lower().find("</head>")
    finder = _CanonicalLink()
    try:
        finder.feed(page[: head_end if head_end >= 0 else 200_000])
    except Exception:  # a broken head just means no canonical link
        finder.href = None
    if finder.href:
        candidate = urljoin(url, finder.href.strip())
        if candidate.startswith(("http://", "https://")) and _host(candidate) == _host(url):
            return canonical_url(candidate)
    return canonical_url(url)


def _key(url: str | None) -> str | None:
    """Return a URL usable as a unique key, or None when it is too long to index."""
    return url if url is not None and len(url) <= URL_LENGTH else None


def _present(*urls: str | None) -> list[str]:
    return [url for url in urls if url]


def _words(markup: str) -> int:
    return len(html.unescape(_TAG.sub(" ", markup)).split())


def looks_like_feed(document: Document) -> bool:
    """Tell a feed from a page by its content type, or by its root element when that is vague."""
    content_type = (document.content_type or "").split(";")[0].strip()
    if "rss" in content_type or "atom" in content_type:
        return True
    if "html" in content_type:
        return False
    return bool(_FEED_ROOT.search(document.text[:2000]))


def _parse_feed(document: Document) -> Any:
    """Parse a feed with feedparser, refusing one that is broken beyond use."""
    import feedparser

    # Bytes in a stream: given a str, feedparser would try it as a file name or URL first.
    parsed = feedparser.parse(
        io.BytesIO(document.text.encode("utf-8")),
        response_headers={
            "content-location": document.url or document.source,
            "content-type": "application/xml; charset=utf-8",
        },
    )
    usable = [e for e in parsed.entries if e.get("link") or _entry_content(e)]
    if parsed.bozo and not usable:
        reason = " ".join(str(parsed.get("bozo_exception") or "unreadable XML").split())
        raise InputError(f"is a broken feed ({reason[:200]})")
    if not parsed.get("version") and not parsed.entries:
        raise InputError("is neither a web page nor an RSS or Atom feed")
    return parsed


def _entry_content(entry: Any) -> str:
    """Return the entry's fullest text: content:encoded or Atom content, else its summary."""
    values = [c.get("value") or "" for c in entry.get("content") or []]
    values.append(entry.get("summary") or "")
    return max(values, key=_words)


def _entry_date(entry: Any) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return time.strftime("%Y-%m-%d", stamp)


def newest_first(entries: list[Any], limit: int) -> list[Any]:
    """Return at most `limit` entries, newest first; undated ones after, in feed order."""
    order = sorted(range(len(entries)), key=lambda i: _stamp_key(entries[i], i))
    return [entries[i] for i in order[:limit]]


def _stamp_key(entry: Any, index: int) -> tuple[int, float, int]:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return (0, -calendar.timegm(stamp), index) if stamp else (1, 0.0, index)
    except (OverflowError, ValueError, TypeError):
        return (1, 0.0, index)


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
    ) -> None:
        self.store = store
        self.limits = limits
        self.now = now
        self.interval = interval
        self.report = IngestReport()
        self.deadline = None if seconds is None else time.monotonic() + seconds

    def out_of_time(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def fetch(self, url: str, **validators: str | None) -> Document | None:
        """Fetch through the guard; no fetch outlives the run's deadline."""
        timeout = self.limits.policy.timeout
        if self.deadline is not None:
            timeout = min(timeout, self.deadline - time.monotonic())
            if timeout <= 0:
                raise InputError("skipped: the feed poll ran out of time")
        return fetch_url(url, policy=self.limits.policy, timeout=timeout, **validators)

    def count(self, status: str, article_id: int) -> None:
        if status == "added":
            self.report.added += 1
            self.report.added_ids.append(article_id)
        else:
            self.report.unchanged += 1

    def fail(self, source: str, error: Exception) -> None:
        reason = str(error) if isinstance(error, InputError) else f"{type(error).__name__}: {error}"
        # fetch and read_file put the source in front already: say it once.
        reason = reason.removeprefix(f"{source}: ").strip() or type(error).__name__
        self.report.failures.append(Failure(source, " ".join(reason.split())))

    def guarded(self, source: str, work: Callable[..., object], *args: Any) -> None:
        """Run one source's work; its failure is recorded and never stops the others."""
        try:
            work(*args)
        except StoreUnavailable:
            raise  # every other source would fail the same way
        except Exception as error:  # one bad source must not stop the run
            self.fail(source, error)

    def item(self, source: str) -> None:
        if source == "-":
            self.text_document(read_stdin(), path=None)
        elif is_url(source):
            self.url(source)
        elif Path(source).suffix.lower() in FEED_SUFFIXES:
            parsed = _parse_feed(read_file(source))
            record = self.store.add_source("file", str(Path(source).resolve()))
            self.report.sources.append(record.id)
            self.feed_entries(parsed, feed=source, source_id=record.id)
        else:
            document = read_file(source)
            path = str(Path(source).resolve())
            record = self.store.add_source("file", path)
            self.report.sources.append(record.id)
            self.text_document(document, path=path, source_id=record.id)

    def text_document(
        self, document: Document, *, path: str | None, source_id: int | None = None
    ) -> None:
        kind = guess_kind(document.source, document.text, document.content_type)
        article = parse_document(document.text, kind=kind, source=document.source)
        result = self.store.add(article, source_id=source_id, path=path)
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
            parsed = _parse_feed(document)
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
        for number, entry in enumerate(entries, start=1):
            if self.out_of_time():
                left = len(entries) - number + 1
                self.report.failures.append(
                    Failure(
                        feed, f"the feed poll ran out of time; {left} entries left for the next"
                    )
                )
                return False
            link = entry.get("link")
            name = urljoin(feed, link) if link else f"{feed} (entry {number})"
            self.guarded(name, self.entry, entry, feed, source_id)
        return True

    def entry(self, entry: Any, feed: str, source_id: int) -> None:
        link = urljoin(feed, entry["link"]) if entry.get("link") else None
        key = _key(canonical_url(link)) if link else None
        if key is not None:
            known = self.store.find_by_url(key)
            if known is not None:
                self.count("unchanged", known.id)
                return
        content = _entry_content(entry)
        title = " ".join(str(entry.get("title") or "").split()) or None
        article: Article | None = None
        words = _words(content)
        if words >= FULL_ENTRY_WORDS or (link is None and words > 0):
            heading = f"<h1>{html.escape(title)}</h1>" if title else ""
            page = f"<html><body><article>{heading}{content}</article></body></html>"
            try:
                article = parse_document(page, kind="html", source=link or feed, url=link)
            except InputError:
                if link is None:
                    raise
        aliases: list[str | None] = []
        if article is None:
            if link is None:
                raise InputError("the entry has neither a link nor any text")
            document = self.fetch(link)
            assert document is not None  # no validators were sent, so no 304
            # The page's own URL is the key; the feed's link is remembered as an alias.
            article, page_key, aliases = _read_page(link, document)
            key = page_key or key
        if article.title is None and title:
            article = replace(article, title=title)
        if article.date is None:
            article = replace(article, date=_entry_date(entry))
        result = self.store.add(
            article, canonical_url=key, source_id=source_id, aliases=_present(*aliases)
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


def _progress(items: list[str], show: bool | None) -> Iterator[str]:
    """Yield the items, with a progress bar on stderr when asked or when stderr is a terminal."""
    if show is None:
        show = sys.stderr.isatty()
    if not show or len(items) < 2:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(items, file=sys.stderr, unit="source", leave=False, dynamic_ncols=True) as bar:
        for item in bar:
            bar.set_postfix_str(item[-40:], refresh=False)
            yield item


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
        store, limits=_limits(limits, timeout), now=now or datetime.now(UTC), interval=interval
    )
    items, failures = expand(sources)
    run.report.failures.extend(failures)
    for item in _progress(items, progress):
        run.guarded(item, run.item, item)
    return run.report


def poll_feeds(
    store: LibraryStore,
    now: datetime,
    *,
    interval: timedelta = DEFAULT_POLL_INTERVAL,
    timeout: float | None = None,
    limit: int = 50,
    limits: FeedLimits | None = None,
) -> IngestReport:
    """Poll the feeds that are due with a conditional GET; failing feeds back off exponentially.

    The whole poll ends after `limits.poll_seconds`: feeds not reached by then stay claimed
    until the lease ends and are polled next time.
    """
    limits = _limits(limits, timeout)
    seconds = min(limits.poll_seconds, POLL_LEASE.total_seconds() / 2)
    run = _Ingester(store, limits=limits, now=now, interval=interval, seconds=seconds)
    feeds = store.claim_due_feeds(now, lease=POLL_LEASE, limit=limit)
    for number, feed in enumerate(feeds):
        if run.out_of_time():
            log.warning("feed poll out of time: %d feeds wait for the next", len(feeds) - number)
            break
        run.guarded(feed.location, _poll_one, run, feed)
    for failure in run.report.failures:  # a refused or broken entry is skipped, and said so
        log.warning("feed poll: %s", failure.line())
    return run.report


def _poll_one(run: _Ingester, feed: SourceRecord) -> None:
    store, now = run.store, run.now
    try:
        document = run.fetch(feed.location, etag=feed.etag, last_modified=feed.last_modified)
        parsed = _parse_feed(document) if document is not None else None
    except StoreUnavailable:
        raise
    except Exception as error:
        text = str(error) if isinstance(error, InputError) else type(error).__name__
        reason = " ".join(text.removeprefix(f"{feed.location}: ").split())
        failures = feed.failures + 1
        store.record_poll(
            feed.id,
            polled_at=now,
            next_poll_at=now + backoff(run.interval, failures),
            error=reason,
        )
        run.report.polled.append((feed.id, False))
        raise
    run.report.polled.append((feed.id, True))
    if document is None:  # 304 Not Modified: nothing new, keep the validators
        store.record_poll(
            feed.id,
            polled_at=now,
            next_poll_at=now + run.interval,
            etag=feed.etag,
            last_modified=feed.last_modified,
        )
        return
    store.record_poll(
        feed.id,
        polled_at=now,
        next_poll_at=now + run.interval,
        etag=document.etag,
        last_modified=document.last_modified,
    )
    if not run.feed_entries(parsed, feed=feed.location, source_id=feed.id):
        # Cut short: forget the validators, or the next poll's 304 would hide what is left.
        store.record_poll(feed.id, polled_at=now, next_poll_at=now + run.interval)


def run_ingest_command(
    sources: list[str],
    settings: Settings,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    progress: bool | None = None,
) -> int:
    """Run `digestbot ingest`: print the summary, one line per failure; 2 when all failed."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    if not sources:
        err.write("digestbot: ingest needs at least one file, folder or URL\n")
        return 2
    # Imported here: SQLAlchemy costs a fraction of a second the other commands do not need.
    from bot.store.sql import open_store

    try:
        store = open_store(settings.database_url)
    except StoreUnavailable as error:
        err.write(f"digestbot: {error}\n")
        return 2
    try:
        report = ingest(
            sources,
            store,
            progress=progress,
            interval=timedelta(minutes=settings.feed_poll_minutes),
            limits=FeedLimits.from_settings(settings),
        )
    except StoreUnavailable as error:
        err.write(f"digestbot: {error}\n")
        return 2
    except KeyboardInterrupt:
        err.write("digestbot: interrupted\n")
        return 130
    else:
        # What the operator reads is shared: every chat sees it (and it is on the shared list).
        from bot.sources.book import SqlSourceBook

        SqlSourceBook(store.engine).share(report.sources)
    finally:
        store.close()
    out.write(report.summary() + "\n")
    for failure in report.failures:
        err.write(f"digestbot: {failure.line()}\n")
    return 2 if report.failures and not (report.added or report.unchanged) else 0
