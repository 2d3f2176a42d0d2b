"""RSS and Atom feeds: telling one from a page, reading its entries, how far a poll may reach."""

from __future__ import annotations

import calendar
import html
import io
import re
import time
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from bot.core.errors import InputError
from bot.core.model import Article
from bot.core.parse import parse_document
from bot.fetch import Document, FetchPolicy

if TYPE_CHECKING:
    from bot.settings import Settings

# An entry with fewer words than this is a teaser: the article is read from its link instead.
FULL_ENTRY_WORDS = 150
DEFAULT_POLL_INTERVAL = timedelta(minutes=30)
MAX_BACKOFF = timedelta(hours=24)

_TAG = re.compile(r"<[^>]+>")
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)


@dataclass(frozen=True)
class FeedLimits:
    """How far one run may reach: the fetch guard, entries per feed, a poll's time."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    max_entries: int = 50
    poll_seconds: float = 240.0
    per_host: int = 2  # fetches at once to one host during a poll
    concurrency: int = 8  # fetches at once during a poll, all hosts together

    @classmethod
    def from_settings(cls, settings: Settings) -> FeedLimits:
        return cls(
            FetchPolicy.from_settings(settings),
            max_entries=settings.feed_max_entries,
            poll_seconds=settings.feed_poll_seconds,
            per_host=settings.poll_per_host,
            concurrency=settings.poll_concurrency,
        )


def feed_limits(limits: FeedLimits | None, timeout: float | None) -> FeedLimits:
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


def markup_words(markup: str) -> int:
    return len(html.unescape(_TAG.sub(" ", markup)).split())


def looks_like_feed(document: Document) -> bool:
    """Tell a feed from a page by its content type, or by its root element when that is vague."""
    content_type = (document.content_type or "").split(";")[0].strip()
    if "rss" in content_type or "atom" in content_type:
        return True
    if "html" in content_type:
        return False
    return bool(_FEED_ROOT.search(document.text[:2000]))


def parse_feed(document: Document) -> Any:
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
    usable = [e for e in parsed.entries if e.get("link") or entry_content(e)]
    if parsed.bozo and not usable:
        reason = " ".join(str(parsed.get("bozo_exception") or "unreadable XML").split())
        raise InputError(f"is a broken feed ({reason[:200]})")
    if not parsed.get("version") and not parsed.entries:
        raise InputError("is neither a web page nor an RSS or Atom feed")
    return parsed


def entry_content(entry: Any) -> str:
    """Return the entry's fullest text: content:encoded or Atom content, else its summary."""
    values = [c.get("value") or "" for c in entry.get("content") or []]
    values.append(entry.get("summary") or "")
    return max(values, key=markup_words)


def entry_link(entry: Any, feed: str) -> str | None:
    """Return the entry's link, absolute (relative to the feed)."""
    link = entry.get("link")
    return urljoin(feed, link) if link else None


def entry_name(entry: Any, feed: str, number: int) -> str:
    """Name an entry in reports: its link, else its place in the feed."""
    return entry_link(entry, feed) or f"{feed} (entry {number})"


def entry_title(entry: Any) -> str | None:
    return " ".join(str(entry.get("title") or "").split()) or None


def article_in_entry(entry: Any, feed: str, *, language: str | None = None) -> Article | None:
    """Return the article the entry carries whole, or None when its link must be read.

    An entry with the full text (or with text and no link) is the article; a teaser is not.
    Raises `InputError` for an entry that has neither a link nor any text.
    """
    link = entry_link(entry, feed)
    content = entry_content(entry)
    words = markup_words(content)
    if words >= FULL_ENTRY_WORDS or (link is None and words > 0):
        title = entry_title(entry)
        heading = f"<h1>{html.escape(title)}</h1>" if title else ""
        page = f"<html><body><article>{heading}{content}</article></body></html>"
        try:
            return parse_document(
                page, kind="html", source=link or feed, url=link, language=language
            )
        except InputError:
            if link is None:
                raise
    if link is None:
        raise InputError("the entry has neither a link nor any text")
    return None


def with_entry_details(article: Article, entry: Any) -> Article:
    """Fill in the title and date the article lacks from its feed entry."""
    title = entry_title(entry)
    if article.title is None and title:
        article = replace(article, title=title)
    if article.date is None:
        article = replace(article, date=entry_date(entry))
    return article


def entry_date(entry: Any) -> str | None:
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
