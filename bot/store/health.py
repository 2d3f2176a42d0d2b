"""Does the database answer? The readiness check of `serve` (GET /readyz)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from bot.store.sql import SqlArticleStore

log = logging.getLogger(__name__)


def database_check(store: SqlArticleStore) -> Callable[[], bool]:
    """A readiness check: a new connection (never a pooled one) reads the schema version.

    SQLite opens the file read-write without creating it, so a file moved away or made
    unreadable counts as gone instead of a new empty database.
    """
    url = store.engine.url
    query = "SELECT version_num FROM alembic_version"
    if url.get_backend_name() == "sqlite":
        path = url.database or ""

        def sqlite_answers() -> bool:
            connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=2)
            try:
                return connection.execute(query).fetchone() is not None
            finally:
                connection.close()

        return _guarded(sqlite_answers)
    engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 2})

    def postgresql_answers() -> bool:
        with engine.connect() as connection:
            return connection.execute(text(query)).first() is not None

    return _guarded(postgresql_answers)


def _guarded(check: Callable[[], bool]) -> Callable[[], bool]:
    def guarded() -> bool:
        try:
            return check()
        except Exception as error:  # noqa: BLE001 - any failure is "not ready", said briefly
            log.warning("readiness: the database does not answer (%s)", type(error).__name__)
            return False

    return guarded


def uses_postgresql(store: SqlArticleStore) -> bool:
    return store.engine.dialect.name == "postgresql"
