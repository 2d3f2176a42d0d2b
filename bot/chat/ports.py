"""The ports the chat needs, as Protocols: the article store (SQL and in-memory stores fill
it), the subscriptions (the delivery package) and permissions (each platform)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from bot.chat.replies import ChatContext, NoticeReply, Reply
from bot.chat.visibility import View
from bot.core.model import Article


@dataclass(frozen=True)
class StoredArticle:
    """An article as the library holds it."""

    id: int
    article: Article
    content_hash: str
    ingested_at: datetime
    canonical_url: str | None = None
    source_id: int | None = None  # the source it was first read from (None: the operator's)


@dataclass(frozen=True)
class AddResult:
    status: Literal["added", "unchanged"]
    id: int


class ArticleStore(Protocol):
    """The article library: add deduplicated, list newest first."""

    def add(
        self, article: Article, *, canonical_url: str | None = None, source_id: int | None = None
    ) -> AddResult:
        """Store an article unless one with the same canonical URL or content hash exists."""
        ...

    def latest(self, *, since: datetime | None = None, limit: int = 50) -> list[StoredArticle]:
        """Return the newest articles (ingested after `since` when given), newest first."""
        ...

    def get(self, article_id: int) -> StoredArticle | None: ...

    def count(self) -> int: ...


@dataclass(frozen=True)
class DigestWindow:
    """A chat's daily digest as `/digest more` and `/subscribe` need it: its topics, and the
    window of the last one delivered, (since, through] (through None: none delivered yet)."""

    topics: tuple[str, ...]
    since: datetime | None = None
    through: datetime | None = None


class Subscriptions(Protocol):
    """The subscription commands; the delivery package implements them on its tables."""

    def subscribe(self, ctx: ChatContext, args: str) -> NoticeReply: ...
    def unsubscribe(self, ctx: ChatContext) -> NoticeReply: ...
    def describe(self, ctx: ChatContext) -> NoticeReply: ...
    def set_timezone(self, ctx: ChatContext, args: str) -> NoticeReply: ...
    def creator_of(self, ctx: ChatContext) -> str | None: ...

    def window(self, ctx: ChatContext) -> DigestWindow | None:
        """This chat's active daily digest, or None."""
        ...


class Permissions(Protocol):
    """Who administers a chat, as the platform knows it; each platform implements it."""

    async def is_admin(self, ctx: ChatContext) -> bool:
        """Tell whether the sender administers the chat; False when it cannot be told."""
        ...


class Sources(Protocol):
    """A chat's own sources (/add, /sources, /remove, OPML files) and what it may see."""

    def add(self, ctx: ChatContext, args: str) -> NoticeReply: ...
    def listing(self, ctx: ChatContext, args: str) -> Reply: ...
    def remove(self, ctx: ChatContext, args: str) -> NoticeReply: ...
    def import_opml(self, ctx: ChatContext, data: bytes) -> NoticeReply: ...

    def hidden(self, ctx: ChatContext | None) -> View:
        """What this chat may see: the private sources, and which it follows (None: shared)."""
        ...


class ChatLanguages(Protocol):
    """The language each chat chose with /language (SQL and in-memory stores fill it)."""

    def chosen(self, platform: str, chat_id: str) -> str | None:
        """The language a chat chose, or None when it chose none."""
        ...

    def chosen_many(self, platform: str, chat_ids: Collection[str]) -> dict[str, str]:
        """The languages of those chats that chose one (one look-up for many chats)."""
        ...

    def choose(self, platform: str, chat_id: str, language: str | None) -> None:
        """Record a chat's choice (None: forget it, follow the default again)."""
        ...
