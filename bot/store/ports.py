"""What ingestion needs beyond the chat's `ArticleStore`: feed and source bookkeeping."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, Protocol

from bot.chat.ports import AddResult, ArticleStore, StoredArticle
from bot.core.model import Article

SourceKind = Literal["file", "page", "feed"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("file", "page", "feed")


@dataclass(frozen=True)
class SourceRecord:
    """A place articles come from, and for feeds when and how to poll it next."""

    id: int
    kind: SourceKind
    location: str
    etag: str | None = None
    last_modified: str | None = None
    last_polled_at: datetime | None = None
    failures: int = 0
    next_poll_at: datetime | None = None
    last_error: str | None = None


@dataclass(frozen=True)
class KnownUrl:
    """A URL some stored article was read from: which article, and its first source."""

    article_id: int
    source_id: int | None


class LibraryStore(ArticleStore, Protocol):
    """The article library with the sources it is filled from."""

    def add(
        self,
        article: Article,
        *,
        canonical_url: str | None = None,
        source_id: int | None = None,
        path: str | None = None,
        aliases: Sequence[str] = (),
    ) -> AddResult:
        """Store an article unless one with the same URL (canonical or alias) or hash exists.

        `aliases` are other canonical URLs the article was reached by (a feed link before a
        redirect or a rel=canonical link); they are remembered even when the article is not new.
        """
        ...

    def link(self, article_id: int, source_id: int) -> bool:
        """Record that a source carries a stored article; False when it was known to."""
        ...

    def link_many(self, article_ids: Sequence[int], source_id: int) -> list[int]:
        """Record that a source carries these stored articles (one transaction for a feed's
        known entries); return the ids that were not linked to it before."""
        ...

    def retire_path(self, path: str, *, keep: int) -> int:
        """Remove the articles read earlier from the file at `path`, all but `keep` (the one
        just read from it): an edited file is one article, not two. Return how many."""
        ...

    def find_by_url(self, url: str) -> StoredArticle | None:
        """Return the article stored under this canonical URL or alias, if any."""
        ...

    def known_urls(self, urls: Sequence[str]) -> dict[str, KnownUrl]:
        """Of these canonical URLs, those stored (as canonical URL or alias), in one look-up."""
        ...

    def add_source(self, kind: SourceKind, location: str) -> SourceRecord:
        """Return the source at `location`, creating it (or updating its kind) as needed."""
        ...

    def get_source(self, location: str) -> SourceRecord | None: ...

    def sources(self, kind: SourceKind | None = None) -> list[SourceRecord]:
        """Return every source (of one kind when given), oldest first."""
        ...

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
        ...

    def claim_due_feeds(
        self, now: datetime, *, lease: timedelta, limit: int = 50
    ) -> list[SourceRecord]:
        """Claim the feeds due at `now` (never polled or `next_poll_at <= now`).

        A claimed feed's `next_poll_at` moves to `now + lease`, so another worker polling at the
        same time skips it; `record_poll` then sets the real next time.
        """
        ...
