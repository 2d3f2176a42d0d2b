"""The source lists in SQL: who follows what, the shared list, and each source's state."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, Engine, and_, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.library.index import update_public
from bot.sources.model import GONE_AFTER, SHARED, FollowedSource, Scope
from bot.sources.tables import ChatSourceRow, SourceStateRow
from bot.store.db import in_transaction, utcnow
from bot.store.ports import SourceKind
from bot.store.tables import SourceRow


def _of(scope: Scope) -> ColumnElement[bool]:
    return and_(
        ChatSourceRow.platform == scope.platform,
        ChatSourceRow.chat_id == scope.chat_id,
        ChatSourceRow.thread_id == scope.thread_id,
    )


def _kind(value: str) -> SourceKind:
    if value == "feed":
        return "feed"
    return "page" if value == "page" else "file"


def _read_at(source: SourceRow, state: SourceStateRow | None) -> datetime | None:
    """When a source was last read: feeds when polled; pages once, when added."""
    if source.kind == "feed":
        return source.last_polled_at
    return source.created_at if state is None or state.failing_since is None else None


class SqlSourceBook:
    """Chat source lists on the article store's database; every call is one transaction."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._engine = engine
        self._clock = clock

    def follow(
        self, scope: Scope, source_id: int, *, title: str | None = None, html_url: str | None = None
    ) -> bool:
        """Add a source to a scope's list; False when it was there already."""

        def work(session: Session) -> bool:
            found = session.scalars(
                select(ChatSourceRow).where(_of(scope), ChatSourceRow.source_id == source_id)
            ).first()
            if found is not None:
                if title and not found.title:
                    found.title = title
                return False
            session.add(
                ChatSourceRow(
                    platform=scope.platform,
                    chat_id=scope.chat_id,
                    thread_id=scope.thread_id,
                    source_id=source_id,
                    title=title,
                    html_url=html_url,
                    added_at=self._clock(),
                )
            )
            session.flush()
            return True

        try:
            return in_transaction(self._engine, work, write=True)
        except IntegrityError:  # another process added it at the same moment
            return False

    def share(self, source_ids: Iterable[int]) -> None:
        """Put sources on the shared list (what `digestbot ingest` reads every chat sees)."""
        for source_id in dict.fromkeys(source_ids):
            self.set_private(source_id, False)
            self.follow(SHARED, source_id)

    def unfollow(self, scope: Scope, source_id: int) -> bool:
        """Take a source off a scope's list; False when it was not on it."""

        def work(session: Session) -> bool:
            gone = session.execute(
                delete(ChatSourceRow).where(_of(scope), ChatSourceRow.source_id == source_id)
            )
            return bool(gone.rowcount)  # type: ignore[attr-defined]

        return in_transaction(self._engine, work, write=True)

    def count(self, scope: Scope) -> int:
        query = select(func.count()).select_from(ChatSourceRow).where(_of(scope))
        return in_transaction(self._engine, lambda session: session.scalar(query) or 0)

    def listing(self, scope: Scope) -> list[FollowedSource]:
        """A scope's sources in the order they were added."""
        query = (
            select(ChatSourceRow, SourceRow, SourceStateRow)
            .join(SourceRow, SourceRow.id == ChatSourceRow.source_id)
            .outerjoin(SourceStateRow, SourceStateRow.source_id == SourceRow.id)
            .where(_of(scope))
            .order_by(ChatSourceRow.id)
        )

        def work(session: Session) -> list[FollowedSource]:
            return [
                FollowedSource(
                    source_id=source.id,
                    kind=_kind(source.kind),
                    location=source.location,
                    title=link.title,
                    html_url=link.html_url,
                    last_read_at=_read_at(source, state),
                    failing_since=state.failing_since if state else None,
                    gone_at=state.gone_at if state else None,
                    last_error=source.last_error,
                )
                for link, source, state in session.execute(query)
            ]

        return in_transaction(self._engine, work)

    def following(self, scope: Scope) -> frozenset[int]:
        """The ids of the sources on a scope's own list."""
        query = select(ChatSourceRow.source_id).where(_of(scope))
        return in_transaction(self._engine, lambda s: frozenset(s.scalars(query)))

    def private_ids(self) -> frozenset[int]:
        """The sources chats added that are not shared: only their followers see them."""
        query = select(SourceStateRow.source_id).where(SourceStateRow.private.is_(True))
        return in_transaction(self._engine, lambda s: frozenset(s.scalars(query)))

    def set_private(self, source_id: int, private: bool) -> None:
        """Mark a source private to its chats, or shared with every chat."""

        def work(session: Session) -> None:
            state = session.get(SourceStateRow, source_id, with_for_update=True)
            if state is None:
                session.add(SourceStateRow(source_id=source_id, private=private))
            else:
                state.private = private
            session.flush()
            update_public(session, source_id=source_id)  # who sees its stored articles

        try:
            in_transaction(self._engine, work, write=True)
        except IntegrityError:  # another process wrote the first state row: update it
            in_transaction(self._engine, work, write=True)

    def followers(self, source_id: int) -> list[Scope]:
        """The chats (not the shared list) that follow a source."""
        query = select(
            ChatSourceRow.platform, ChatSourceRow.chat_id, ChatSourceRow.thread_id
        ).where(ChatSourceRow.source_id == source_id, ChatSourceRow.chat_id != "")
        return in_transaction(self._engine, lambda s: [Scope(*row) for row in s.execute(query)])

    def location(self, source_id: int) -> str:
        query = select(SourceRow.location).where(SourceRow.id == source_id)
        return in_transaction(self._engine, lambda s: s.scalar(query) or f"source {source_id}")

    def record_health(self, source_id: int, *, ok: bool, now: datetime) -> bool:
        """Note a read's outcome; True when this failure makes the source gone (tell once)."""

        def work(session: Session) -> bool:
            state = session.get(SourceStateRow, source_id, with_for_update=True)
            if state is None:
                if ok:
                    return False
                state = SourceStateRow(source_id=source_id)
                session.add(state)
            if ok:
                state.failing_since = state.gone_at = state.gone_told_at = None
                return False
            if state.failing_since is None:
                state.failing_since = now
            if state.gone_at is None and now - state.failing_since >= GONE_AFTER:
                state.gone_at = now
            if state.gone_at is not None and state.gone_told_at is None:
                state.gone_told_at = now
                session.flush()
                return True
            session.flush()
            return False

        try:
            return in_transaction(self._engine, work, write=True)
        except IntegrityError:  # another worker wrote the first state row: read it again
            return in_transaction(self._engine, work, write=True)
