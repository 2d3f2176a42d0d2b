"""The article library in SQL (SQLite or PostgreSQL), deduplicated by canonical URL and hash."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, column, delete, exists, false, func, or_, select, table, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.chat.ports import AddResult, StoredArticle
from bot.core.model import Article
from bot.store.db import in_transaction, make_engine, migrate, utcnow
from bot.store.keys import content_hash
from bot.store.ports import KnownUrl, SourceKind, SourceRecord
from bot.store.rows import sections_to_json, source_kind, source_record, stored_article
from bot.store.tables import ArticleRow, ArticleSourceRow, ArticleUrlRow, SourceRow

# bot/sources owns these tables (and imports this module): named here, not imported.
_CHAT_SOURCES = table("chat_sources", column("source_id"))
_SOURCE_STATES = table("source_states", column("source_id"), column("private"))


def relax(session: Session) -> None:
    """Ingestion's writes on PostgreSQL commit without waiting for the disk: a crash may lose
    the last fraction of a second of them, and the next poll reads those entries again."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL synchronous_commit TO OFF"))


class SqlArticleStore:
    """Articles and sources in the tables of `bot.store.tables`; every call is one transaction."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._engine = engine
        self._clock = clock

    @property
    def engine(self) -> Engine:
        return self._engine

    def close(self) -> None:
        """Close the engine's pooled connections."""
        self._engine.dispose()

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
        """Store an article unless one with the same URL (canonical or alias) or hash exists.

        `on_insert` writes what belongs with a new article in the same transaction.
        """
        digest = content_hash(article)
        urls = [u for u in dict.fromkeys((canonical_url, *aliases)) if u is not None]

        def existing(session: Session) -> int | None:
            if urls:
                by_alias = select(ArticleUrlRow.article_id).where(ArticleUrlRow.url.in_(urls))
                found = session.scalar(by_alias.limit(1))
                if found is not None:
                    return found
            same = ArticleRow.content_hash == digest
            if urls:
                same = or_(same, ArticleRow.canonical_url.in_(urls))
            query = select(ArticleRow.id).where(same).order_by(ArticleRow.id).limit(1)
            return session.scalar(query)

        def remember(session: Session, article_id: int, canonical: str | None) -> None:
            known = set(
                session.scalars(select(ArticleUrlRow.url).where(ArticleUrlRow.url.in_(urls)))
            )
            for url in urls:
                if url not in known and url != canonical:
                    session.add(ArticleUrlRow(url=url, article_id=article_id))
            session.flush()

        def link(session: Session, row: ArticleRow) -> None:
            """Another source carrying a known article shares it: it is not read twice."""
            if source_id is None:
                return
            known = session.get(ArticleSourceRow, (row.id, source_id))
            if known is not None:
                return
            session.add(
                ArticleSourceRow(
                    article_id=row.id, source_id=source_id, ingested_at=row.ingested_at
                )
            )
            session.flush()

        def work(session: Session) -> AddResult:
            relax(session)
            found = existing(session)
            if found is not None:
                known = session.get(ArticleRow, found)
                if urls:
                    remember(session, found, known.canonical_url if known else None)
                if known is not None:
                    link(session, known)
                return AddResult("unchanged", found)
            row = ArticleRow(
                source=article.source,
                canonical_url=canonical_url,
                url=article.url,
                path=path,
                title=article.title,
                site=article.site,
                language=article.language,
                date=article.date,
                text=article.text,
                sections=sections_to_json(article.sections),
                content_hash=digest,
                ingested_at=self._clock(),
                source_id=source_id,
            )
            session.add(row)
            session.flush()
            link(session, row)
            if urls:
                remember(session, row.id, canonical_url)
            if on_insert is not None:
                on_insert(session, row)
            return AddResult("added", row.id)

        try:
            return in_transaction(self._engine, work, write=True)
        except IntegrityError:
            # Another process stored the same article (or URL) between our look-up and insert.
            found = in_transaction(self._engine, existing)
            if found is None:
                raise
            return AddResult("unchanged", found)

    def link(self, article_id: int, source_id: int) -> bool:
        """Record that a source carries a stored article; False when it was known to."""

        def work(session: Session) -> bool:
            relax(session)
            row = session.get(ArticleRow, article_id)
            known = session.get(ArticleSourceRow, (article_id, source_id))
            if row is None or known is not None:
                return False
            at = row.ingested_at
            session.add(
                ArticleSourceRow(article_id=article_id, source_id=source_id, ingested_at=at)
            )
            session.flush()
            return True

        try:
            return in_transaction(self._engine, work, write=True)
        except IntegrityError:  # another process linked it at the same moment
            return False

    def link_many(self, article_ids: Sequence[int], source_id: int) -> list[int]:
        """Record that a source carries these stored articles; return the newly linked ones."""
        wanted = sorted(set(article_ids))
        if not wanted:
            return []

        def work(session: Session) -> list[int]:
            relax(session)
            links = ArticleSourceRow
            have = set(
                session.scalars(
                    select(links.article_id).where(
                        links.source_id == source_id, links.article_id.in_(wanted)
                    )
                )
            )
            new = [i for i in wanted if i not in have]
            if not new:  # a feed polled before: its entries are linked already
                return []
            rows = session.execute(
                select(ArticleRow.id, ArticleRow.ingested_at).where(ArticleRow.id.in_(new))
            ).all()
            for article_id, at in rows:
                session.add(links(article_id=article_id, source_id=source_id, ingested_at=at))
            session.flush()
            return [article_id for article_id, _ in rows]

        try:
            return in_transaction(self._engine, work, write=True)
        except IntegrityError:  # another process linked some at the same moment: one by one
            return [i for i in wanted if self.link(i, source_id)]

    def retire_path(self, path: str, *, keep: int) -> int:
        """Remove the articles read earlier from the file at `path`, all but `keep`."""

        def work(session: Session) -> int:
            old = list(
                session.scalars(
                    select(ArticleRow.id).where(ArticleRow.path == path, ArticleRow.id != keep)
                )
            )
            if old:
                # Children first (the library's own rows go by ON DELETE CASCADE).
                for child in (ArticleUrlRow, ArticleSourceRow):
                    session.execute(delete(child).where(child.article_id.in_(old)))
                session.execute(delete(ArticleRow).where(ArticleRow.id.in_(old)))
            return len(old)

        return in_transaction(self._engine, work, write=True)

    def latest(self, *, since: datetime | None = None, limit: int = 50) -> list[StoredArticle]:
        """Return the newest articles (ingested after `since` when given), newest first."""

        def work(session: Session) -> list[StoredArticle]:
            query = select(ArticleRow)
            if since is not None:
                query = query.where(ArticleRow.ingested_at > since)
            query = query.order_by(ArticleRow.ingested_at.desc(), ArticleRow.id.desc())
            return [stored_article(row) for row in session.scalars(query.limit(max(limit, 0)))]

        return in_transaction(self._engine, work)

    def get(self, article_id: int) -> StoredArticle | None:
        """Return one article by id."""

        def work(session: Session) -> StoredArticle | None:
            row = session.get(ArticleRow, article_id)
            return stored_article(row) if row else None

        return in_transaction(self._engine, work)

    def count(self) -> int:
        """Return how many articles are stored."""
        query = select(func.count()).select_from(ArticleRow)
        return in_transaction(self._engine, lambda session: session.scalar(query) or 0)

    def find_by_url(self, url: str) -> StoredArticle | None:
        """Return the article stored under this canonical URL or alias, if any."""

        def work(session: Session) -> StoredArticle | None:
            row = session.scalars(select(ArticleRow).where(ArticleRow.canonical_url == url)).first()
            if row is None:
                alias = session.get(ArticleUrlRow, url)
                row = session.get(ArticleRow, alias.article_id) if alias else None
            return stored_article(row) if row else None

        return in_transaction(self._engine, work)

    def known_urls(self, urls: Sequence[str]) -> dict[str, KnownUrl]:
        """Of these canonical URLs, those stored (as canonical URL or alias), in one look-up."""
        wanted = list(dict.fromkeys(urls))
        if not wanted:
            return {}
        article = select(ArticleRow.canonical_url, ArticleRow.id, ArticleRow.source_id)
        alias = select(ArticleUrlRow.url, ArticleRow.id, ArticleRow.source_id).join(
            ArticleRow, ArticleRow.id == ArticleUrlRow.article_id
        )

        def work(session: Session) -> dict[str, KnownUrl]:
            found: dict[str, KnownUrl] = {}
            for query, by in ((alias, ArticleUrlRow.url), (article, ArticleRow.canonical_url)):
                for row in session.execute(query.where(by.in_(wanted))):
                    if row[0] is not None:
                        found[row[0]] = KnownUrl(row[1], row[2])
            return found

        return in_transaction(self._engine, work)

    def add_source(self, kind: SourceKind, location: str) -> SourceRecord:
        """Return the source at `location`, creating it (or updating its kind) as needed."""
        source_kind(kind)

        def work(session: Session) -> SourceRecord:
            row = session.scalars(select(SourceRow).where(SourceRow.location == location)).first()
            if row is None:
                row = SourceRow(kind=kind, location=location, created_at=self._clock())
                session.add(row)
            elif row.kind != kind:
                row.kind = kind
            session.flush()
            return source_record(row)

        try:
            return in_transaction(self._engine, work, write=True)
        except IntegrityError:
            # Another process created it first: now it is there to update.
            return in_transaction(self._engine, work, write=True)

    def get_source(self, location: str) -> SourceRecord | None:
        """Return the source at `location`, if known."""

        def work(session: Session) -> SourceRecord | None:
            row = session.scalars(select(SourceRow).where(SourceRow.location == location)).first()
            return source_record(row) if row else None

        return in_transaction(self._engine, work)

    def sources(self, kind: SourceKind | None = None) -> list[SourceRecord]:
        """Return every source (of one kind when given), oldest first."""

        def work(session: Session) -> list[SourceRecord]:
            query = select(SourceRow).order_by(SourceRow.id)
            if kind is not None:
                query = query.where(SourceRow.kind == kind)
            return [source_record(row) for row in session.scalars(query)]

        return in_transaction(self._engine, work)

    def record_poll(
        self,
        source_id: int,
        *,
        polled_at: datetime,
        next_poll_at: datetime | None,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
    ) -> SourceRecord:
        """Record a poll: success resets failures; an `error` adds one and keeps the validators."""

        def work(session: Session) -> SourceRecord:
            relax(session)
            row = session.get(SourceRow, source_id, with_for_update=True)
            if row is None:
                raise KeyError(f"no source with id {source_id}")
            row.last_polled_at = polled_at
            row.next_poll_at = next_poll_at
            if error is None:
                row.etag, row.last_modified = etag, last_modified
                row.failures, row.last_error = 0, None
            else:
                row.failures += 1
                row.last_error = error[:2000]
            session.flush()
            return source_record(row)

        return in_transaction(self._engine, work, write=True)

    def claim_due_feeds(
        self, now: datetime, *, lease: timedelta, limit: int = 50
    ) -> list[SourceRecord]:
        """Claim the feeds due at `now`, moving their `next_poll_at` to `now + lease`."""

        def work(session: Session) -> list[SourceRecord]:
            due = or_(SourceRow.next_poll_at.is_(None), SourceRow.next_poll_at <= now)
            # A chat's private feed that no chat follows any more is not read.
            private = exists().where(
                _SOURCE_STATES.c.source_id == SourceRow.id,
                _SOURCE_STATES.c.private != false(),
            )
            followed = exists().where(_CHAT_SOURCES.c.source_id == SourceRow.id)
            query = (
                select(SourceRow)
                .where(SourceRow.kind == "feed", due, or_(~private, followed))
                .order_by(SourceRow.next_poll_at.asc().nulls_first(), SourceRow.id)
                .limit(max(limit, 0))
                # PostgreSQL: a feed another worker is claiming right now is skipped, not waited
                # for. SQLite drops the clause; its BEGIN IMMEDIATE serialises claims instead.
                .with_for_update(skip_locked=True)
            )
            rows = list(session.scalars(query))
            claimed = [source_record(row) for row in rows]
            for row in rows:
                row.next_poll_at = (now + lease).astimezone(UTC)
            return claimed

        return in_transaction(self._engine, work, write=True)


def open_store(url: str | URL) -> SqlArticleStore:
    """Connect to the database, upgrade its schema and return the store; `close()` it after."""
    engine = make_engine(url)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return SqlArticleStore(engine)
