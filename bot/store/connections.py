"""PostgreSQL connections: pinged only after sitting idle, and an engine whose commits do
not wait for the disk (for the sending pace)."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc

# A pooled PostgreSQL connection idle longer than this is pinged before use.
PING_AFTER_IDLE = 1.0


def ping_when_idle(engine: Engine, idle: float = PING_AFTER_IDLE) -> None:
    """Ping a pooled connection before use only when it sat idle (SQLAlchemy's pre-ping
    pings on every checkout: a round trip more for each of a fan-out's short transactions).

    One that fails its ping is replaced, as with pre-ping. A connection in steady use that
    the server dropped a moment ago fails its next statement instead, and SQLAlchemy then
    replaces every connection of the pool.
    """

    @event.listens_for(engine, "connect")
    def _new(_dbapi_connection: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _taken(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get(_IDLE_SINCE)
        if since is not None and time.monotonic() - since < idle:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            raise sa_exc.DisconnectionError(str(error)) from error


_IDLE_SINCE = "digestbot_idle_since"


def lazy_commits(engine: Engine) -> Engine:
    """An engine on the same PostgreSQL database whose commits do not wait for the disk
    (`synchronous_commit = off`), each statement its own transaction.

    For writes that matter only for a moment and may be lost in a crash of the database (the
    sending pace): such a commit holds its row locks for a fraction of a millisecond, not
    the 1–5 ms of a WAL flush, so one lane every process moves keeps up with the platform's
    rate. Without pre-ping: the caller tries once more when its connection was found dead.
    """
    lazy = create_engine(engine.url, isolation_level="AUTOCOMMIT")

    @event.listens_for(lazy, "connect")
    def _no_waiting(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SET synchronous_commit = off")
        finally:
            cursor.close()
        if not dbapi_connection.autocommit:
            dbapi_connection.commit()

    return lazy
