"""An in-memory article library with the same behaviour as the SQL one, for tests and fakes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from bot.chat.ports import AddResult, StoredArticle
from bot.core.model import Article
from bot.store.keys import content_hash
from bot.store.ports import SOURCE_KINDS, KnownUrl, SourceKind, SourceRecord


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class _Entry:
    stored: StoredArticle
    path: str | None
    source_id: int | None


class InMemoryArticleStore:
    """Articles and sources in dictionaries; passes the same contract tests as `SqlArticleStore`."""

    def __init__(self, *, clock: Callable[[], datetime] = _utcnow) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._articles: dict[int, _Entry] = {}
        self._sources: dict[int, SourceRecord] = {}
        self._urls: dict[str, int] = {}  # canonical URLs and aliases
        self._links: set[tuple[int, int]] = set()  # (article, a source that carries it)

    def add(
        self,
        article: Article,
        *,
        canonical_url: str | None = None,
        source_id: int | None = None,
        path: str | None = None,
        aliases: Sequence[str] = (),
    ) -> AddResult:
        """Store an article unless one with the same URL (canonical or alias) or hash exists."""
        digest = content_hash(article)
        urls = [u for u in dict.fromkeys((canonical_url, *aliases)) if u is not None]
        with self._lock:
            found = next((self._urls[u] for u in urls if u in self._urls), None)
            if found is None:
                found = next(
                    (i for i, e in self._articles.items() if e.stored.content_hash == digest), None
                )
            if found is not None:
                for url in urls:
                    self._urls.setdefault(url, found)
                if source_id is not None:
                    self._links.add((found, source_id))
                return AddResult("unchanged", found)
            if source_id is not None and source_id not in self._sources:
                raise ValueError(f"no source with id {source_id}")
            new_id = max(self._articles, default=0) + 1
            stored = StoredArticle(
                id=new_id,
                article=article,
                content_hash=digest,
                ingested_at=self._clock().astimezone(UTC),
                canonical_url=canonical_url,
                source_id=source_id,
            )
            self._articles[new_id] = _Entry(stored, path, source_id)
            for url in urls:
                self._urls.setdefault(url, new_id)
            if source_id is not None:
                self._links.add((new_id, source_id))
            return AddResult("added", new_id)

    def link(self, article_id: int, source_id: int) -> bool:
        """Record that a source carries a stored article; False when it was known to."""
        with self._lock:
            if article_id not in self._articles or (article_id, source_id) in self._links:
                return False
            self._links.add((article_id, source_id))
            return True

    def link_many(self, article_ids: Sequence[int], source_id: int) -> list[int]:
        """Record that a source carries these stored articles; return the newly linked ones."""
        return [i for i in sorted(set(article_ids)) if self.link(i, source_id)]

    def retire_path(self, path: str, *, keep: int) -> int:
        """Remove the articles read earlier from the file at `path`, all but `keep`."""
        with self._lock:
            old = [i for i, e in self._articles.items() if e.path == path and i != keep]
            for article_id in old:
                del self._articles[article_id]
            self._urls = {u: i for u, i in self._urls.items() if i not in old}
            self._links = {(a, s) for a, s in self._links if a not in old}
            return len(old)

    def sources_of(self, article_id: int) -> set[int]:
        """The sources that carry an article."""
        with self._lock:
            return {source for article, source in self._links if article == article_id}

    def latest(self, *, since: datetime | None = None, limit: int = 50) -> list[StoredArticle]:
        """Return the newest articles (ingested after `since` when given), newest first."""
        with self._lock:
            stored = [e.stored for e in self._articles.values()]
        if since is not None:
            stored = [s for s in stored if s.ingested_at > since]
        stored.sort(key=lambda s: (s.ingested_at, s.id), reverse=True)
        return stored[: max(limit, 0)]

    def get(self, article_id: int) -> StoredArticle | None:
        """Return one article by id."""
        entry = self._articles.get(article_id)
        return entry.stored if entry else None

    def count(self) -> int:
        """Return how many articles are stored."""
        return len(self._articles)

    def find_by_url(self, url: str) -> StoredArticle | None:
        """Return the article stored under this canonical URL or alias, if any."""
        with self._lock:
            found = self._urls.get(url)
            return self._articles[found].stored if found is not None else None

    def known_urls(self, urls: Sequence[str]) -> dict[str, KnownUrl]:
        """Of these canonical URLs, those stored (as canonical URL or alias), in one look-up."""
        with self._lock:
            found = {url: self._urls[url] for url in urls if url in self._urls}
            return {
                url: KnownUrl(i, self._articles[i].stored.source_id) for url, i in found.items()
            }

    def add_source(self, kind: SourceKind, location: str) -> SourceRecord:
        """Return the source at `location`, creating it (or updating its kind) as needed."""
        if kind not in SOURCE_KINDS:
            raise ValueError(f"unknown source kind {kind!r}")
        with self._lock:
            for source in self._sources.values():
                if source.location == location:
                    if source.kind != kind:
                        source = replace(source, kind=kind)
                        self._sources[source.id] = source
                    return source
            source = SourceRecord(id=len(self._sources) + 1, kind=kind, location=location)
            self._sources[source.id] = source
            return source

    def get_source(self, location: str) -> SourceRecord | None:
        """Return the source at `location`, if known."""
        with self._lock:
            return next((s for s in self._sources.values() if s.location == location), None)

    def sources(self, kind: SourceKind | None = None) -> list[SourceRecord]:
        """Return every source (of one kind when given), oldest first."""
        with self._lock:
            return [s for s in self._sources.values() if kind is None or s.kind == kind]

    def record_poll(
        self,
        source_id: int,
        *,
        polled_at: datetime,
        next_poll_at: datetime | None,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
    ) -> SourceRecord:
        """Record a poll: success resets failures; an `error` adds one and keeps the validators."""
        with self._lock:
            source = self._sources.get(source_id)
            if source is None:
                raise KeyError(f"no source with id {source_id}")
            polled = polled_at.astimezone(UTC)
            following = next_poll_at.astimezone(UTC) if next_poll_at else None
            if error is None:
                source = replace(
                    source,
                    last_polled_at=polled,
                    next_poll_at=following,
                    etag=etag,
                    last_modified=last_modified,
                    failures=0,
                    last_error=None,
                )
            else:
                source = replace(
                    source,
                    last_polled_at=polled,
                    next_poll_at=following,
                    failures=source.failures + 1,
                    last_error=error,
                )
            self._sources[source_id] = source
            return source

    def claim_due_feeds(
        self, now: datetime, *, lease: timedelta, limit: int = 50
    ) -> list[SourceRecord]:
        """Claim the feeds due at `now`, moving their `next_poll_at` to `now + lease`."""
        with self._lock:
            due = [
                s
                for s in self._sources.values()
                if s.kind == "feed" and (s.next_poll_at is None or s.next_poll_at <= now)
            ]
            # Never-polled feeds first, then the most overdue.
            due.sort(key=lambda s: (s.next_poll_at is not None, s.next_poll_at or now, s.id))
            claimed = due[: max(limit, 0)]
            for source in claimed:
                self._sources[source.id] = replace(
                    source, next_poll_at=(now + lease).astimezone(UTC)
                )
            # The caller gets the state before the claim: the lease is bookkeeping only.
            return claimed
