"""Analyse an article once, when it arrives, and store its digest, topics and word keys.

Articles stored before the library was kept in the database (or by a writer that does not
index) are found by `pending` and indexed the same way, newest first: lazily, by the chat
a few at a time and by the worker's periodic job in batches.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Engine, false, insert, select, table, update
from sqlalchemy import column as sql_column
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from bot.chat.commands import RESERVED
from bot.chat.library import word_keys
from bot.chat.ports import StoredArticle
from bot.core.analysis import analyse
from bot.core.digest import digest_of
from bot.core.model import Digest
from bot.core.passages import passages_of
from bot.library.codec import digest_to_json
from bot.library.tables import KEY_LENGTH, LibraryArticleRow, LibraryKeyRow
from bot.store.db import in_transaction
from bot.store.rows import stored_article
from bot.store.sql import relax
from bot.store.tables import ArticleRow, ArticleSourceRow

log = logging.getLogger(__name__)

# Bump when analysis or digests change shape: rows made by an older one are made again.
ANALYSIS_VERSION = 1

# bot/sources owns this table (and imports this package): named here, not imported.
_SOURCE_STATES = table("source_states", sql_column("source_id"), sql_column("private"))


@dataclass(frozen=True)
class Prepared:
    """What the library stores of one article."""

    digest: dict[str, Any]
    passages: list[dict[str, Any]]
    keys: frozenset[str]
    language: str


def prepare(stored: StoredArticle) -> Prepared:
    """Analyse an article: its digest (bullets, topics) and the word keys that find it."""
    article = stored.article
    try:
        analysis = analyse(article)
        digest = digest_of(analysis, reserved=RESERVED)
        passages = [p.to_json() for p in passages_of(analysis)]
        keys = frozenset(k for k in word_keys(analysis) if 0 < len(k) <= KEY_LENGTH)
    except Exception:
        # Stored empty, so it is not tried again on every pass; it has nothing to say.
        log.exception("article %s could not be digested; it stays out of answers", stored.id)
        digest = Digest(article.source, article.title, article.language, article.date, (), ())
        passages, keys = [], frozenset()
    return Prepared(digest_to_json(digest), passages, keys, article.language)


def public_clause(article_id: Any) -> ColumnElement[bool]:
    """True for an article every chat sees: no source, or a source that is not private."""
    link = aliased(ArticleSourceRow)
    any_link = select(link.article_id).where(link.article_id == article_id).exists()
    private = (
        select(_SOURCE_STATES.c.source_id)
        .where(_SOURCE_STATES.c.source_id == link.source_id, _SOURCE_STATES.c.private != false())
        .exists()
    )
    open_link = select(link.article_id).where(link.article_id == article_id, ~private).exists()
    return (~any_link) | open_link


def update_public(
    session: Session, *, source_id: int | None = None, article_ids: Sequence[int] = ()
) -> None:
    """Recompute who sees the articles of a source (its privacy changed) or some articles."""
    rows = LibraryArticleRow
    query = update(rows).values(public=public_clause(rows.article_id))
    if source_id is not None:
        carried = select(ArticleSourceRow.article_id).where(ArticleSourceRow.source_id == source_id)
        query = query.where(rows.article_id.in_(carried))
    if article_ids:
        query = query.where(rows.article_id.in_(list(article_ids)))
    session.execute(query.execution_options(synchronize_session=False))


class LibraryIndexer:
    """Stores each article's analysis once; every call is its own transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def index(self, articles: Iterable[StoredArticle]) -> int:
        """Analyse and store the articles not stored yet; return how many were stored."""
        done = 0
        for stored in articles:
            write = functools.partial(
                _write,
                article_id=stored.id,
                ingested_at=stored.ingested_at,
                prepared=prepare(stored),
            )
            try:
                if in_transaction(self._engine, write, write=True):
                    done += 1
            except IntegrityError:  # another process stored it at the same moment
                continue
        return done

    def index_ids(self, ids: Sequence[int]) -> int:
        """Index the articles with these ids (those not indexed yet)."""
        if not ids:
            return 0

        def load(session: Session) -> list[StoredArticle]:
            query = (
                select(ArticleRow)
                .where(ArticleRow.id.in_(list(ids)))
                .order_by(ArticleRow.id.desc())
            )
            return [stored_article(row) for row in session.scalars(query)]

        return self.index(in_transaction(self._engine, load))

    def pending(self, limit: int, *, above: int = 0) -> list[int]:
        """Ids of stored articles not analysed yet (above an id when given), newest first."""
        indexed = select(LibraryArticleRow.article_id).where(
            LibraryArticleRow.article_id == ArticleRow.id
        )
        query = (
            select(ArticleRow.id)
            .where(ArticleRow.id > above, ~indexed.exists())
            .order_by(ArticleRow.id.desc())
            .limit(max(limit, 0))
        )
        return in_transaction(self._engine, lambda s: list(s.scalars(query)))

    def index_pending(self, limit: int = 500) -> int:
        """The worker's job: index up to `limit` articles stored without their analysis."""
        return self.index_ids(self.pending(limit))

    def relink(self, *article_ids: int) -> None:
        """Articles gained a source: they may now be public."""

        def work(session: Session) -> None:
            relax(session)
            update_public(session, article_ids=article_ids)

        in_transaction(self._engine, work, write=True)


def write_new(session: Session, row: ArticleRow, prepared: Prepared) -> None:
    """Store a new article's analysis in the transaction that stores the article."""
    _write(session, article_id=row.id, ingested_at=row.ingested_at, prepared=prepared)


def _write(session: Session, *, article_id: int, ingested_at: datetime, prepared: Prepared) -> bool:
    relax(session)
    if session.get(LibraryArticleRow, article_id) is not None:
        return False
    if session.get(ArticleRow, article_id) is None:
        return False  # removed meanwhile
    public = bool(session.scalar(select(public_clause(article_id))))
    session.add(
        LibraryArticleRow(
            article_id=article_id,
            ingested_at=ingested_at,
            public=public,
            language=prepared.language,
            digest=prepared.digest,
            passages=prepared.passages,
            analysed_with=ANALYSIS_VERSION,
        )
    )
    session.flush()
    if prepared.keys:
        session.execute(
            insert(LibraryKeyRow),
            [{"key": k, "article_id": article_id} for k in sorted(prepared.keys)],
        )
    return True
