"""The articles the chat answers from, digested and indexed in memory.

Digests and analyses are computed once per article when it enters the library, and
an inverted index from word keys (lemmas and compound parts) to articles lets
`/search` and topic commands look only at articles that contain the words.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import takewhile
from typing import Protocol

from bot.chat.commands import RESERVED
from bot.chat.ports import ArticleStore, StoredArticle
from bot.chat.replies import ArticleRef, DigestItem, ExcerptItem, TopicEntry
from bot.chat.visibility import EVERYTHING, View
from bot.core.analysis import Analysis, SectionAnalysis, analyse
from bot.core.digest import digest_of
from bot.core.model import Digest, Excerpt
from bot.core.passages import Passage, keyed_excerpts
from bot.core.topic_answers import excerpts, matcher, query_terms
from bot.core.urls import without_tracking

log = logging.getLogger(__name__)

MAX_INDEXED = 5000
# What a chat sees: the private sources it does not follow are left out of its answers.
Hidden = View
NOTHING_HIDDEN: Hidden = EVERYTHING


@dataclass(frozen=True, eq=False)
class Entry:
    """One article in the library, with what every answer needs.

    The analysis (sentences and words, for excerpts) is made when first asked for: a
    digest and its topics are read from the database without it.
    """

    stored: StoredArticle
    digest: Digest
    ref: ArticleRef
    analysed: Analysis | None = field(default=None, repr=False)
    # Stored sentences with their word keys: excerpts without analysing (bot.library).
    passages: tuple[Passage, ...] | None = field(default=None, repr=False)

    @property
    def analysis(self) -> Analysis:
        if self.analysed is None:
            # Two threads may both analyse a cold entry; the result is the same.
            object.__setattr__(self, "analysed", analyse(self.stored.article))
        assert self.analysed is not None
        return self.analysed

    @property
    def id(self) -> int:
        return self.stored.id

    def excerpts(self, query: str, *, max_sections: int = 5) -> list[Excerpt]:
        """The article's sentences on the query: by stored keys when it has passages."""
        if self.passages is None:
            return excerpts(self.analysis, query, max_sections=max_sections)
        keys = term_keys(query_terms(query), [self.stored.article.language])
        return keyed_excerpts(self.passages, keys, max_sections=max_sections)


class ArticleIndex(Protocol):
    """What the chat asks of the library: latest digests, topics and excerpts, per view."""

    @property
    def version(self) -> int:
        """Bumps when the articles (and so the topics) change."""
        ...

    @property
    def max_latest(self) -> int:
        """Articles on one page of /digest (DIGESTBOT_DIGEST_MAX_ARTICLES)."""
        ...

    def refresh(self) -> bool: ...
    def latest(self, hidden: Hidden = NOTHING_HIDDEN) -> list[Entry]: ...
    def recent(self, hidden: Hidden = NOTHING_HIDDEN) -> list[Entry]:
        """All the articles of the last `latest_hours` (else the newest few), newest first:
        the pages of /digest."""
        ...

    def entries_since(
        self, since: datetime | None, limit: int, hidden: Hidden = NOTHING_HIDDEN
    ) -> list[Entry]: ...
    def digest_items(self, entries: Iterable[Entry]) -> tuple[DigestItem, ...]: ...
    def topics(
        self, entries: list[Entry] | None = None, hidden: Hidden = NOTHING_HIDDEN
    ) -> tuple[TopicEntry, ...]: ...
    def search(
        self,
        query: str,
        *,
        entries: list[Entry] | None = None,
        limit: int = 3,
        hidden: Hidden = NOTHING_HIDDEN,
    ) -> tuple[ExcerptItem, ...]: ...
    def mentioning(self, entries: list[Entry], query: str) -> set[int]:
        """The ids of those entries whose word keys match a word of the query."""
        ...


def word_keys(analysis: Analysis) -> set[str]:
    """The keys (lemmas, compound parts) of every word of an article: what finds it."""
    keys: set[str] = set()
    sections: tuple[SectionAnalysis, ...] = analysis.sections
    for section in sections:
        for word in section.heading_words:
            keys |= word.keys
        for sentence in section.sentences:
            for word in sentence.words:
                keys |= word.keys
    return keys


def merge_topics(entries: Iterable[Entry]) -> tuple[TopicEntry, ...]:
    """Merge the topics of the articles: one command each, the newest article first."""
    seen: set[str] = set()
    merged: list[TopicEntry] = []
    for entry in entries:
        for topic in entry.digest.topics:
            if topic.command in seen:
                continue
            seen.add(topic.command)
            merged.append(TopicEntry(topic.command, topic.label, entry.ref, topic.sections))
    return tuple(merged)


def excerpt_items(query: str, candidates: Iterable[Entry], limit: int) -> tuple[ExcerptItem, ...]:
    """The best sections on `query` of the candidates (ranked best first), at most `limit`."""
    found: list[tuple[float, int, ExcerptItem]] = []
    for rank, entry in enumerate(candidates):
        for excerpt in entry.excerpts(query, max_sections=3):
            item = ExcerptItem(entry.ref, excerpt.heading, excerpt.sentences)
            found.append((excerpt.score, -rank, item))
    found.sort(key=lambda f: (-f[0], -f[1]))
    return tuple(item for _, _, item in found[:limit])


def term_keys(terms: list[str], languages: Iterable[str]) -> list[set[str]]:
    """For each query term, the word keys it matches in any of the languages."""
    chosen = sorted(set(languages)) or ["nb"]
    return [{key for language in chosen for key in matcher(term, language).keys} for term in terms]


def make_ref(stored: StoredArticle) -> ArticleRef:
    return _ref(stored)


def _ref(stored: StoredArticle) -> ArticleRef:
    article = stored.article
    # An untitled article (the seed has none) is named by its first heading.
    url = article.url or stored.canonical_url
    if url is None and article.source.lower().startswith(("http://", "https://")):
        url = article.source
    # The link a reader follows carries no tracking parameters.
    url = without_tracking(url) if url else None
    return ArticleRef(article.display_title, article.source, url, article.date, article.site)


class EntryAnswers:
    """What every library answers the same way once it has the entries (a base class)."""

    def latest(self, hidden: Hidden = NOTHING_HIDDEN) -> list[Entry]:
        raise NotImplementedError

    def digest_items(self, entries: Iterable[Entry]) -> tuple[DigestItem, ...]:
        return tuple(DigestItem(e.ref, e.digest.sections) for e in entries)

    def topics(
        self, entries: list[Entry] | None = None, hidden: Hidden = NOTHING_HIDDEN
    ) -> tuple[TopicEntry, ...]:
        """Merge the topics of the articles: one command each, the newest article first."""
        return merge_topics(entries if entries is not None else self.latest(hidden))

    def search(
        self,
        query: str,
        *,
        entries: list[Entry] | None = None,
        limit: int = 3,
        hidden: Hidden = NOTHING_HIDDEN,
    ) -> tuple[ExcerptItem, ...]:
        """The sentences on `query`: from the given articles, or from every one the chat sees."""
        terms = query_terms(query)
        if not terms:
            return ()
        candidates = entries if entries is not None else self.candidates(terms, hidden)
        return excerpt_items(query, candidates, limit)

    def candidates(self, terms: list[str], hidden: Hidden) -> list[Entry]:
        """The articles a chat sees whose words share a key with the query terms, best first."""
        raise NotImplementedError


class Library(EntryAnswers):
    """An in-memory index over the article store, refreshed when the store grows."""

    def __init__(
        self,
        store: ArticleStore,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        latest_hours: float = 24.0,
        latest_fallback: int = 5,
        max_latest: int = 5,
    ) -> None:
        self.store = store
        self.clock = clock
        self.latest_hours = latest_hours
        self.latest_fallback = latest_fallback
        self.max_latest = max_latest
        self._entries: dict[int, Entry] = {}
        self._newest: list[Entry] = []  # the entries, newest first; rebuilt when they change
        self._postings: dict[str, set[int]] = defaultdict(set)
        self._lock = threading.RLock()
        self._known: tuple[int, int | None] | None = None  # (count, newest id) last seen
        self.version = 0  # bumps when the articles (and so the topics) change

    def refresh(self) -> bool:
        """Index articles added to the store since the last call, and drop those it no longer
        has (an edited file replaces its article); True if anything changed."""
        newest = self.store.latest(limit=1)
        mark = (self.store.count(), newest[0].id if newest else None)
        if mark == self._known:
            return False
        with self._lock:
            current = {stored.id: stored for stored in self.store.latest(limit=MAX_INDEXED)}
            gone = [i for i in self._entries if i not in current]
            for article_id in gone:
                entry = self._entries.pop(article_id)
                for key in word_keys(entry.analysis):
                    self._postings[key].discard(article_id)
            added = 0
            for stored in current.values():
                if stored.id not in self._entries:
                    self._add(stored)
                    added += 1
            self._known = mark
            if added or gone:
                # Sorted once here, not on every command that asks for the latest.
                self._newest = sorted(
                    self._entries.values(),
                    key=lambda e: (e.stored.ingested_at, e.stored.id),
                    reverse=True,
                )
                self.version += 1
            return bool(added or gone)

    def _add(self, stored: StoredArticle) -> None:
        try:
            analysis = analyse(stored.article)
            digest = digest_of(analysis, reserved=RESERVED)
            entry = Entry(stored, digest, _ref(stored), analysis)
        except Exception:
            log.exception("article %s could not be digested; skipped", stored.id)
            return
        self._entries[stored.id] = entry
        for key in word_keys(analysis):
            self._postings[key].add(stored.id)

    def _seen(self, hidden: Hidden) -> list[Entry]:
        """The entries newest first, without those of hidden sources."""
        if not hidden:
            return self._newest
        return [e for e in self._newest if e.stored.source_id not in hidden]

    def latest(self, hidden: Hidden = NOTHING_HIDDEN) -> list[Entry]:
        """The articles of the last `latest_hours`, else the newest few; newest first;
        at most `max_latest` (the first page of `recent`)."""
        return self.recent(hidden)[: self.max_latest]

    def recent(self, hidden: Hidden = NOTHING_HIDDEN) -> list[Entry]:
        """All the articles of the last `latest_hours`, else the newest few; newest first."""
        since = self.clock() - timedelta(hours=self.latest_hours)
        newest = self._seen(hidden)
        recent = list(takewhile(lambda e: _aware(e.stored.ingested_at) >= since, newest))
        return recent or newest[: self.latest_fallback]

    def entries_since(
        self, since: datetime | None, limit: int, hidden: Hidden = NOTHING_HIDDEN
    ) -> list[Entry]:
        """Articles ingested after `since`, newest first (for scheduled digests)."""
        entries = self._seen(hidden)
        if since is not None:
            entries = [e for e in entries if _aware(e.stored.ingested_at) > _aware(since)]
        return entries[:limit]

    def mentioning(self, entries: list[Entry], query: str) -> set[int]:
        """The ids of those entries whose word keys match a word of the query."""
        languages = {e.stored.article.language for e in entries}
        keys = set().union(*term_keys(query_terms(query), languages))
        ids = {e.id for e in entries}
        return {i for key in keys for i in self._postings.get(key, ()) if i in ids}

    def candidates(self, terms: list[str], hidden: Hidden, limit: int = 12) -> list[Entry]:
        """Articles whose words share a key with the query, most query words first,
        then newest: the index answers, no article's text is scanned."""
        hits: dict[int, int] = defaultdict(int)
        languages = {e.stored.article.language for e in self.latest(hidden)} or {"nb"}
        for term in terms:
            ids: set[int] = set()
            for language in languages:
                for key in matcher(term, language).keys:
                    ids |= self._postings.get(key, set())
            for article_id in ids:
                hits[article_id] += 1
        entries = (self._entries[i] for i in hits if i in self._entries)
        ranked = sorted(
            (e for e in entries if e.stored.source_id not in hidden),
            key=lambda e: (hits[e.stored.id], e.stored.ingested_at, e.stored.id),
            reverse=True,
        )
        return ranked[:limit]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
