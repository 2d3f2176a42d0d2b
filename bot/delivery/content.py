"""What a scheduled digest says: the articles new since the chat's last digest, on its topics."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.chat.library import NOTHING_HIDDEN, Entry, Hidden
from bot.chat.replies import DigestItem, DigestReply
from bot.core.model import SectionDigest
from bot.core.text import match_key
from bot.delivery.model import Subscription
from bot.delivery.ports import Articles

# How many new articles a digest looks through for its topics before it stops looking.
SCAN_LIMIT = 500


@dataclass(frozen=True)
class DigestContent:
    """A subscription's digest, or why there is none; `through` is the newest article in it."""

    reply: DigestReply | None
    through: datetime | None = None
    reason: str | None = None


class DigestBuilder:
    """Build scheduled digests from the library; subscriptions that match share one result.

    Thousands of chats due at the same minute mostly have the same "last digest" mark and
    topics, so each distinct pair is computed once per run.
    """

    def __init__(
        self,
        library: Articles,
        *,
        max_articles: int,
        hidden: Callable[[Subscription], Hidden] | None = None,
    ) -> None:
        self.library = library
        self.max_articles = max(1, max_articles)
        # The sources a subscription's chat does not follow (bot.sources): left out.
        self.hidden = hidden
        self._cache: dict[tuple[Hidden, datetime | None, tuple[str, ...]], DigestContent] = {}
        self._lock = threading.Lock()

    def refresh(self) -> None:
        """Take in articles stored since the last call (blocking: reads the database).

        Each distinct (view, last digest, topics) is built once a run, from the articles the
        library holds at that moment; the cache of the previous run is dropped.
        """
        self.library.refresh()
        with self._lock:
            self._cache.clear()

    def for_subscription(self, subscription: Subscription) -> DigestContent:
        hidden = self.hidden(subscription) if self.hidden is not None else NOTHING_HIDDEN
        key = (hidden, subscription.delivered_through, subscription.topics)
        with self._lock:
            cached = self._cache.get(key)
        if cached is None:
            cached = self._build(*key)
            with self._lock:
                self._cache[key] = cached
        return cached

    def _build(
        self, hidden: Hidden, since: datetime | None, topics: tuple[str, ...]
    ) -> DigestContent:
        for _ in range(5):
            try:
                fresh = self.library.entries_since(since, SCAN_LIMIT, hidden)
                break
            except RuntimeError:  # an in-memory index grew while it was read: read it again
                continue
        else:
            fresh = []
        # Only articles whose stored words match a topic are read for excerpts.
        mentioned = self.library.mentioning(fresh, " ".join(topics)) if topics else set()
        items: list[DigestItem] = []
        chosen: list[Entry] = []
        for entry in fresh:
            sections = (
                on_topics(entry, topics, words=entry.id in mentioned)
                if topics
                else entry.digest.sections
            )
            if sections:
                items.append(DigestItem(entry.ref, sections))
                chosen.append(entry)
            if len(items) >= self.max_articles:
                break
        if not items:
            return DigestContent(None, reason=_nothing_new(since, topics))
        through = max(_aware(e.stored.ingested_at) for e in chosen)
        return DigestContent(DigestReply(tuple(items), self.library.topics(chosen)), through)


def on_topics(
    entry: Entry, topics: Iterable[str], *, words: bool = True
) -> tuple[SectionDigest, ...]:
    """Return the sections of an article on any of the topics, in article order.

    A section counts when its own topic commands name one, or (`words`: the article has
    them) when the topic's words occur in it (`atom` finds «atomtrusselen», compounds too).
    """
    wanted = [t for t in topics if t]
    keys = {match_key(t) for t in wanted}
    # Excerpts name the article section they come from; so does every digest section.
    hits = {e.section for topic in wanted for e in entry.excerpts(topic)} if words else set()
    return tuple(
        s
        for s in entry.digest.sections
        if s.index in hits or keys & {match_key(t) for t in s.topics}
    )


def _nothing_new(since: datetime | None, topics: tuple[str, ...]) -> str:
    on = f" on {' '.join('/' + t for t in topics)}" if topics else ""
    when = f" since {since:%Y-%m-%d %H:%M} UTC" if since else ""
    return f"nothing new{on}{when}"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
