"""What a scheduled digest says: the articles new since the chat's last digest, on its topics."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.chat.library import NOTHING_HIDDEN, Hidden
from bot.chat.pages import MORE, matching, page_of
from bot.chat.replies import DigestItem, DigestReply
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
        mentioned = self.library.mentioning(fresh, " ".join(topics)) if topics else None
        # Every match is counted: what has no room is named, and `/digest more` shows it.
        first = page_of(matching(fresh, topics, mentioned), 1, self.max_articles)
        if not first.items:
            return DigestContent(None, reason=_nothing_new(since, topics))
        chosen = [entry for entry, _ in first.items]
        items = tuple(DigestItem(entry.ref, sections) for entry, sections in first.items)
        through = max(_aware(e.stored.ingested_at) for e in chosen)
        reply = DigestReply(
            items,
            self.library.topics(chosen),
            more=first.after,
            more_command=f"digest {MORE}" if first.after else "",
        )
        return DigestContent(reply, through)


def _nothing_new(since: datetime | None, topics: tuple[str, ...]) -> str:
    on = f" on {' '.join('/' + t for t in topics)}" if topics else ""
    when = f" since {since:%Y-%m-%d %H:%M} UTC" if since else ""
    return f"nothing new{on}{when}"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
