"""The SQL article store that indexes each new article as it is stored."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.chat.ports import AddResult, StoredArticle
from bot.core.model import Article
from bot.library.index import LibraryIndexer, Prepared, prepare, write_new
from bot.store.db import utcnow
from bot.store.sql import SqlArticleStore
from bot.store.tables import ArticleRow


def _store_new(
    session: Session,
    row: ArticleRow,
    *,
    prepared: Prepared,
    then: Callable[[Session, ArticleRow], None] | None,
) -> None:
    write_new(session, row, prepared)
    if then is not None:
        then(session, row)


class IndexedArticleStore(SqlArticleStore):
    """`SqlArticleStore` whose new articles are analysed and stored in the library at once.

    The analysis is made before the transaction and committed with the article; an article
    another writer stored without it is found by the library's `pending` pass.
    """

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(engine, clock=clock)
        self.indexer = LibraryIndexer(engine)
        self.generation = 0  # bumps with every article stored or linked by this process

    def add(
        self,
        article: Article,
        *,
        canonical_url: str | None = None,
        source_id: int | None = None,
        path: str | None = None,
        aliases: Sequence[str] = (),
        on_insert: Callable[[Session, ArticleRow], None] | None = None,
    ) -> AddResult:
        # Analysed before the transaction, stored in it: one commit for article and analysis.
        # (Callers look a URL up before they read it, so a known article rarely gets here.)
        prepared = prepare(StoredArticle(0, article, "", self._now()))
        hook = functools.partial(_store_new, prepared=prepared, then=on_insert)
        result = super().add(
            article,
            canonical_url=canonical_url,
            source_id=source_id,
            path=path,
            aliases=aliases,
            on_insert=hook,
        )
        if result.status == "unchanged" and source_id is not None:
            self.indexer.relink(result.id)
        self.generation += 1
        return result

    def link(self, article_id: int, source_id: int) -> bool:
        linked = super().link(article_id, source_id)
        if linked:
            self.indexer.relink(article_id)
            self.generation += 1
        return linked

    def link_many(self, article_ids: Sequence[int], source_id: int) -> list[int]:
        linked = super().link_many(article_ids, source_id)
        if linked:
            self.indexer.relink(*linked)
            self.generation += 1
        return linked

    def _now(self) -> datetime:
        return datetime.now(UTC)
