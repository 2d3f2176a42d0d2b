"""The ports the chat and the scheduler need, as Protocols; SQL and in-memory stores fill them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from bot.core.model import Article


@dataclass(frozen=True)
class StoredArticle:
    """An article as the library holds it."""

    id: int
    article: Article
    content_hash: str
    ingested_at: datetime
    canonical_url: str | None = None


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
