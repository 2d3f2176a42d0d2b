"""Digests a page at a time, so no article is left out without a word.

`/digest` shows the newest `size` articles and says how many more there are (`/digest 2`
shows the next); a daily digest shows the newest of what is new on its topics and says
how many it had no room for, which `/digest more` shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.chat.library import Entry
from bot.chat.request import MORE as MORE
from bot.core.model import SectionDigest
from bot.core.text import match_key


@dataclass(frozen=True)
class Page:
    """The entries of one page, with their sections, and how many come after them."""

    items: tuple[tuple[Entry, tuple[SectionDigest, ...]], ...]
    after: int


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


def matching(
    entries: Iterable[Entry], topics: Sequence[str], mentioned: set[int] | None = None
) -> list[tuple[Entry, tuple[SectionDigest, ...]]]:
    """Each entry with the sections a digest on `topics` shows (all without topics);
    entries with none are left out. `mentioned`, when known, names the entries whose words
    match a topic: the others are matched on their topic commands only."""
    found = []
    for entry in entries:
        words = mentioned is None or entry.id in mentioned
        sections = on_topics(entry, topics, words=words) if topics else entry.digest.sections
        if sections:
            found.append((entry, sections))
    return found


def page_of(found: Sequence[tuple[Entry, tuple[SectionDigest, ...]]], page: int, size: int) -> Page:
    """Page `page` (from 1) of `size` entries, and how many come after it."""
    start = (max(page, 1) - 1) * size
    chosen = tuple(found[start : start + size])
    return Page(chosen, max(0, len(found) - start - len(chosen)))


def in_window(entries: Iterable[Entry], since: datetime | None, through: datetime) -> list[Entry]:
    """The entries ingested after `since` and at or before `through` (a digest's window)."""
    return [
        e
        for e in entries
        if (since is None or aware(e.stored.ingested_at) > aware(since))
        and aware(e.stored.ingested_at) <= aware(through)
    ]


def aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
