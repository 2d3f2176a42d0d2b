"""Keep the library from growing without end: old articles no chat follows are removed.

An article is followed while any source that carries it is on a chat's list (the shared
list counts: every chat sees it). The worker runs `maintain` with each feed poll: removal
at most hourly, and the analysis of articles stored without it (bot.library.index).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

from sqlalchemy import Engine, column, delete, select, table
from sqlalchemy.orm import Session

from bot.library.index import LibraryIndexer
from bot.library.tables import LibraryArticleRow, LibraryKeyRow
from bot.store.db import in_transaction
from bot.store.tables import ArticleRow, ArticleSourceRow, ArticleUrlRow

log = logging.getLogger(__name__)

DEFAULT_DAYS = 30.0
EVERY = timedelta(hours=1)
BATCH = 1000

# bot/sources owns this table (and imports this package): named here, not imported.
_CHAT_SOURCES = table("chat_sources", column("source_id"))


def remove_old(engine: Engine, cutoff: datetime, *, batch: int = BATCH) -> int:
    """Remove the articles stored before `cutoff` that no chat follows; return how many."""
    followed = (
        select(ArticleSourceRow.article_id)
        .join(_CHAT_SOURCES, _CHAT_SOURCES.c.source_id == ArticleSourceRow.source_id)
        .where(ArticleSourceRow.article_id == ArticleRow.id)
        .exists()
    )
    old = select(ArticleRow.id).where(ArticleRow.ingested_at < cutoff, ~followed).limit(batch)

    def work(session: Session) -> int:
        ids = list(session.scalars(old))
        if ids:
            # Children first: SQLite without foreign keys on would keep them otherwise.
            for child in (LibraryKeyRow, LibraryArticleRow, ArticleSourceRow, ArticleUrlRow):
                session.execute(delete(child).where(child.article_id.in_(ids)))
            session.execute(delete(ArticleRow).where(ArticleRow.id.in_(ids)))
        return len(ids)

    removed = 0
    while True:  # in batches, so no transaction holds the write lock long
        done = in_transaction(engine, work, write=True)
        removed += done
        if done < batch:
            return removed


class Retention:
    """The worker's upkeep of the library, run with every feed poll."""

    def __init__(
        self, engine: Engine, *, days: float = DEFAULT_DAYS, index_batch: int = 500
    ) -> None:
        self._engine = engine
        self.days = days
        self.index_batch = index_batch
        self.indexer = LibraryIndexer(engine)
        self._last: datetime | None = None
        self._lock = threading.Lock()

    def maintain(self, now: datetime) -> None:
        """Analyse a batch of articles stored without it; hourly, remove old unfollowed ones."""
        try:
            indexed = self.indexer.index_pending(self.index_batch)
            if indexed:
                log.info("library: analysed %d articles stored before their analysis", indexed)
            with self._lock:
                due = self._last is None or now - self._last >= EVERY
                if due:
                    self._last = now
            if due:
                removed = remove_old(self._engine, now - timedelta(days=self.days))
                if removed:
                    log.info("library: removed %d articles older than %g days", removed, self.days)
        except Exception:  # the next poll tries again
            log.exception("library upkeep failed")
