"""The chat's library served from the database: each chat's latest digests, topics and
excerpts, read from the rows `bot.library.index` stored when the articles arrived.

Nothing is analysed at start and nothing grows with the library: a bounded cache keeps
the entries answers used lately (an entry's analysis, for excerpts, is made on demand).
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from sqlalchemy import Engine, Select, func, select, true, union_all
from sqlalchemy.orm import Session

from bot.chat.library import (
    NOTHING_HIDDEN,
    Entry,
    EntryAnswers,
    Hidden,
    make_ref,
    term_keys,
)
from bot.core.passages import Passage
from bot.core.topic_answers import query_terms
from bot.library.cache import LruCache
from bot.library.codec import digest_from_json
from bot.library.index import LibraryIndexer
from bot.library.tables import LibraryArticleRow, LibraryKeyRow
from bot.store.rows import stored_article
from bot.store.tables import ArticleRow, ArticleSourceRow

DEFAULT_CACHE = 1000
REFRESH_EVERY = 1.0  # seconds between two looks for other processes' new articles
LATEST_TTL = 10.0  # seconds a view's latest articles are kept while nothing new arrives
# Key hits read per part of a search before ranking: the newest this many suffice.
SEARCH_SCAN = 1000
Row = tuple[int, datetime]
T = TypeVar("T")


# The most articles the pages of /digest go through (a day's news of a busy chat).
RECENT_LIMIT = 500


class StoredLibrary(EntryAnswers):
    """The library over the database, per chat view, with a bounded cache of entries."""

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        latest_hours: float = 24.0,
        latest_fallback: int = 5,
        max_latest: int = 5,
        cache_size: int = DEFAULT_CACHE,
        index_batch: int = 50,
        refresh_every: float = REFRESH_EVERY,
        changes: Callable[[], int] | None = None,
    ) -> None:
        self._engine = engine
        # Single-statement reads need no transaction: no BEGIN and COMMIT round trips.
        self._reader = engine.execution_options(isolation_level="AUTOCOMMIT")
        self.refresh_every = refresh_every
        self._changes = changes  # this process's store: what it stored is seen at once
        self._checked: tuple[float, int] | None = None  # (monotonic time, changes) of a look
        self.clock = clock
        self.latest_hours = latest_hours
        self.latest_fallback = latest_fallback
        self.max_latest = max_latest
        self.index_batch = index_batch
        self.indexer = LibraryIndexer(engine)
        self.cache: LruCache[int, Entry] = LruCache(cache_size)
        self._latest: LruCache[Hidden, tuple[tuple[int, int], float, list[int]]] = LruCache(
            cache_size
        )
        self._lock = threading.Lock()
        self._articles_top: int | None = None
        self._library_top: int | None = -1
        self._languages: tuple[int, frozenset[str]] | None = None
        self.version = 0

    # --- keeping up with the database ---------------------------------------------------

    def refresh(self) -> bool:
        """Notice new articles; index the few no writer indexed. True when the library grew.

        The database is asked at most every `refresh_every` seconds (other processes' new
        articles show within that), and at once after this process stored one.
        """
        changes = self._changes() if self._changes is not None else 0
        with self._lock:
            checked = self._checked
            if (
                checked is not None
                and checked[1] == changes
                and time.monotonic() - checked[0] < self.refresh_every
            ):
                return False
            self._checked = (time.monotonic(), changes)
        articles_top, library_top = self._tops()
        with self._lock:
            seen = self._articles_top
        # New articles since the last look (or the first look): those stored without their
        # analysis (an older writer, a crash) are indexed now, a few, newest first.
        if articles_top != seen and self.indexer.index_ids(
            self.indexer.pending(self.index_batch, above=seen or 0)
        ):
            articles_top, library_top = self._tops()
        with self._lock:
            self._articles_top = articles_top
            changed = library_top != self._library_top
            if changed:
                self._library_top = library_top
                self.version += 1
            return changed

    def forget(self) -> None:
        """Drop what is cached (entries, views' latest): the next answers read the database."""
        self.cache.clear()
        self._latest.clear()

    def _tops(self) -> tuple[int | None, int | None]:
        query = select(
            select(func.max(ArticleRow.id)).scalar_subquery(),
            select(func.max(LibraryArticleRow.article_id)).scalar_subquery(),
        )
        row = self._read(lambda s: s.execute(query).one())
        return row[0], row[1]

    def _read(self, work: Callable[[Session], T]) -> T:
        """Run reads outside a transaction (each statement sees the committed data)."""
        with Session(self._reader) as session:
            return work(session)

    # --- what a chat sees -----------------------------------------------------------------

    def latest(self, hidden: Hidden = NOTHING_HIDDEN) -> list[Entry]:
        """The articles of the last `latest_hours`, else the newest few; newest first.

        A view's answer is kept a few seconds while the library is unchanged: a chat's
        /topics and the topic it taps next read the database once.
        """
        now = self.clock()
        stamp = (self.version, int(now.timestamp() // 60))
        kept = self._latest.get(hidden)
        if kept is not None and kept[0] == stamp and time.monotonic() - kept[1] < LATEST_TTL:
            return self.entries(kept[2])
        rows = self._visible(hidden, since=None, limit=max(self.max_latest, self.latest_fallback))
        since = now - timedelta(hours=self.latest_hours)
        recent = []
        for row in rows:
            if _aware(row[1]) < since:
                break
            recent.append(row)
        chosen = [i for i, _ in (recent or rows[: self.latest_fallback])[: self.max_latest]]
        self._latest.put(hidden, (stamp, time.monotonic(), chosen))
        return self.entries(chosen)

    def recent(self, hidden: Hidden = NOTHING_HIDDEN) -> list[Entry]:
        """All the articles of the last `latest_hours` (at most RECENT_LIMIT), else the newest
        few; newest first: the pages of /digest."""
        since = self.clock() - timedelta(hours=self.latest_hours)
        rows = self._visible(hidden, since=since, limit=RECENT_LIMIT)
        if not rows:
            rows = self._visible(hidden, since=None, limit=self.latest_fallback)
        return self.entries([article_id for article_id, _ in rows])

    def entries_since(
        self, since: datetime | None, limit: int, hidden: Hidden = NOTHING_HIDDEN
    ) -> list[Entry]:
        """Articles ingested after `since`, newest first (for scheduled digests)."""
        rows = self._visible(hidden, since=since, limit=limit)
        return self.entries([article_id for article_id, _ in rows])

    def candidates(self, terms: list[str], hidden: Hidden) -> list[Entry]:
        """The articles a chat sees whose stored keys match the query terms, best first."""
        ranked = self._candidates(term_keys(terms, self._library_languages()), hidden)
        return self.entries(ranked)

    def mentioning(self, entries: list[Entry], query: str) -> set[int]:
        """The ids of those entries whose word keys match a word of the query."""
        if not entries:
            return set()
        languages = {e.stored.article.language for e in entries}
        keys = set().union(*term_keys(query_terms(query), languages))
        if not keys:
            return set()
        ids = [e.id for e in entries]
        query_ = (
            select(LibraryKeyRow.article_id)
            .where(LibraryKeyRow.key.in_(keys), LibraryKeyRow.article_id.in_(ids))
            .distinct()
        )
        return self._read(lambda s: set(s.scalars(query_)))

    # --- the queries ----------------------------------------------------------------------

    def entries(self, ids: Sequence[int]) -> list[Entry]:
        """The entries of these article ids, in that order (cached, else read and cached)."""
        found: dict[int, Entry] = {}
        missing: list[int] = []
        for article_id in ids:
            entry = self.cache.get(article_id)
            if entry is None:
                missing.append(article_id)
            else:
                found[article_id] = entry
        if missing:
            for entry in self._read(lambda s: _load(s, missing)):
                self.cache.put(entry.id, entry)
                found[entry.id] = entry
        return [found[i] for i in ids if i in found]

    def _visible(self, view: Hidden, *, since: datetime | None, limit: int) -> list[Row]:
        """The newest analysed articles a view sees (after `since`), newest first."""
        rows = LibraryArticleRow
        limit = max(limit, 0)
        if not view.private:  # no source is private: every article is for every chat
            parts = [select(rows.article_id, rows.ingested_at)]
        else:
            parts = [select(rows.article_id, rows.ingested_at).where(rows.public == true())]
            if view.following:
                links = ArticleSourceRow
                parts.append(
                    select(rows.article_id, links.ingested_at)
                    .join(links, links.article_id == rows.article_id)
                    .where(links.source_id.in_(sorted(view.following)))
                )
        found: dict[int, datetime] = {}
        selects = []
        for part in parts:
            column = part.selected_columns[1]
            if since is not None:
                part = part.where(column > since)
            ordered = part.order_by(column.desc(), rows.article_id.desc()).limit(limit).subquery()
            selects.append(select(ordered.c[0], ordered.c[1]))
        query = selects[0] if len(selects) == 1 else union_all(*selects)

        def work(session: Session) -> None:
            for article_id, at in session.execute(query):
                found[article_id] = at

        self._read(work)
        newest = sorted(found.items(), key=lambda item: (_aware(item[1]), item[0]), reverse=True)
        return newest[:limit]

    def _candidates(self, per_term: list[set[str]], view: Hidden, limit: int = 12) -> list[int]:
        """Articles the view sees whose keys match the query, most query words first, then
        newest: the stored keys answer, no article's text is read."""
        keys = sorted(set().union(*per_term))
        if not keys:
            return []
        k = LibraryKeyRow
        parts: list[Select[int, str]] = []
        if not view.private:
            parts.append(select(k.article_id, k.key).where(k.key.in_(keys)))
        else:
            rows = LibraryArticleRow
            parts.append(
                select(k.article_id, k.key)
                .join(rows, rows.article_id == k.article_id)
                .where(k.key.in_(keys), rows.public == true())
            )
            if view.following:
                links = ArticleSourceRow
                parts.append(
                    select(k.article_id, k.key)
                    .join(links, links.article_id == k.article_id)
                    .where(k.key.in_(keys), links.source_id.in_(sorted(view.following)))
                )
        matched: dict[int, set[str]] = defaultdict(set)

        def work(session: Session) -> None:
            for part in parts:
                ordered = part.order_by(k.article_id.desc()).limit(SEARCH_SCAN)
                for row in session.execute(ordered):
                    matched[row[0]].add(row[1])

        self._read(work)
        hits = {i: sum(1 for term in per_term if term & found) for i, found in matched.items()}
        return sorted(hits, key=lambda i: (hits[i], i), reverse=True)[:limit]

    def _library_languages(self) -> frozenset[str]:
        """The languages of the stored articles (a query is matched in each), per version."""
        with self._lock:
            cached = self._languages
        if cached is not None and cached[0] == self.version:
            return cached[1]
        query = select(LibraryArticleRow.language).distinct()
        languages = frozenset(self._read(lambda s: list(s.scalars(query))))
        with self._lock:
            self._languages = (self.version, languages or frozenset({"nb"}))
        return languages or frozenset({"nb"})


def _load(session: Session, ids: list[int]) -> list[Entry]:
    query = (
        select(ArticleRow, LibraryArticleRow.digest, LibraryArticleRow.passages)
        .join(LibraryArticleRow, LibraryArticleRow.article_id == ArticleRow.id)
        .where(ArticleRow.id.in_(ids))
    )
    entries: list[Entry] = []
    for row, digest, passages in session.execute(query):
        stored = stored_article(row)
        kept = tuple(Passage.from_json(p) for p in passages)
        entries.append(Entry(stored, digest_from_json(digest), make_ref(stored), passages=kept))
    return entries


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
