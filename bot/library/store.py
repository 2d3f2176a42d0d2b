"""The SQL article store that indexes each new article as it is stored."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import Engine

from bot.chat.ports import AddResult
from bot.core.model import Article
from bot.library.index import LibraryIndexer
from bot.store.db import utcnow
from bot.store.errors import StoreUnavailable
from bot.store.sql import SqlArticleStore

log = logging.getLogger(__name__)


class IndexedArticleStore(SqlArticleStore):
    """`SqlArticleStore` whose new articles are analysed and stored in the library at once.

    The article is committed first; should its analysis fail to be stored (the process
    dies), the library's `pending` pass finds it later.
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
    ) -> AddResult:
        result = super().add(
            article, canonical_url=canonical_url, source_id=source_id, path=path, aliases=aliases
        )
        if result.status == "added":
            self._index(result.id)
        elif source_id is not None:
            self.indexer.relink(result.id)
        self.generation += 1
        return result

    def link(self, article_id: int, source_id: int) -> bool:
        linked = super().link(article_id, source_id)
        if linked:
            self.indexer.relink(article_id)
            self.generation += 1
        return linked

    def _index(self, article_id: int) -> None:
        try:
            self.indexer.index_ids([article_id])
        except StoreUnavailable:
            raise
        except Exception:  # stored already: the pending pass indexes it later
            log.exception("article %s stored but not indexed yet", article_id)
