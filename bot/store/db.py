"""The database plumbing every table shares: `Base`, engines, transactions and migrations.

Later tables (subscriptions, deliveries) subclass `Base` in a module named `tables` of their
package (`bot/<package>/tables.py`, found by `load_all_tables`), add a migration in
`bot/store/migrations/versions/` and run their work through `in_transaction`.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, Connection, Dialect, make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import StaticPool
from sqlalchemy.types import TypeDecorator
from tenacity import (
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
)

from bot.store.connections import ping_when_idle
from bot.store.errors import StoreBusy, StoreUnavailable
from bot.store.waits import write_wait

T = TypeVar("T")

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
DEFAULT_BUSY_TIMEOUT = 5.0
# Any constant works; it only has to be the same in every process that migrates.
_MIGRATION_LOCK_KEY = 0x6469676573746275  # "digestbu"
# Execution option read by the SQLite `begin` hook: "IMMEDIATE" takes the write lock at BEGIN.
SQLITE_BEGIN = "sqlite_begin"
# Execution option read by the same hook: this transaction's busy timeout, in milliseconds.
SQLITE_BUSY_MS = "sqlite_busy_ms"
# PostgreSQL SQLSTATEs of a lock or statement that outlived our patience.
_PG_GAVE_UP = frozenset({"55P03", "57014"})
BUSY = "the database is busy with another task; try again in a moment"


class Base(DeclarativeBase):
    """The declarative base of every Digestbot table."""

    # Named constraints let later migrations alter them (SQLite batch mode needs names).
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back time-zone aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be time-zone aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def normalise_url(url: str | URL) -> URL:
    """Parse a database URL and pick the installed driver (psycopg 3 for PostgreSQL)."""
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - any parse failure is the same bad setting
        raise StoreUnavailable("the database URL cannot be parsed (check DATABASE_URL)") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def describe(url: str | URL) -> str:
    """Name a database for a message: the SQLite file, or the URL without its password."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "in memory"
    return parsed.set(drivername=parsed.get_backend_name()).render_as_string(hide_password=True)


def make_engine(url: str | URL, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Engine:
    """Create an engine: SQLite in WAL mode with a busy timeout, or PostgreSQL through psycopg."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(parsed)
        ping_when_idle(engine)
        return engine

    database = parsed.database or ""
    in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
    if in_memory:
        # One shared connection, or every pool connection would see its own empty database.
        engine = create_engine(
            parsed,
            poolclass=StaticPool,
            connect_args={"check_same_thread": False, "timeout": busy_timeout},
        )
    else:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, pool_pre_ping=True, connect_args={"timeout": busy_timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own BEGIN skips SELECT and DDL; SQLAlchemy emits BEGIN in `_on_begin`.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if not in_memory:
                _use_wal(cursor, busy_timeout)
        finally:
            cursor.close()

    default_busy_ms = int(busy_timeout * 1000)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        mode = options.get(SQLITE_BEGIN, "DEFERRED")
        if mode not in ("DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
            raise ValueError(f"unknown SQLite BEGIN mode {mode!r}")
        # Set on every BEGIN, so a short wait of one transaction never sticks to the connection.
        busy_ms = max(int(options.get(SQLITE_BUSY_MS, default_busy_ms)), 1)
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {busy_ms}")
        connection.exec_driver_sql(f"BEGIN {mode}")

    if not in_memory:
        _WRITE_GATES[engine] = threading.RLock()

    return engine


def _use_wal(cursor: Any, timeout: float) -> None:
    """Switch the file to WAL (readers never block the writer); the mode persists in the file."""
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + timeout
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as error:
            # The switch needs the file to itself and ignores busy_timeout: wait here instead.
            if "locked" not in str(error):
                raise
            if time.monotonic() >= deadline:
                log.warning("SQLite stays in its old journal mode: the file is busy")
                return
            time.sleep(0.01)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return the session factory for an engine; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


# Each transaction's session comes from its engine's one factory (making a factory, with its
# event dispatch, costs more than the short transactions that use it).
_FACTORIES: weakref.WeakKeyDictionary[Engine, sessionmaker[Session]] = weakref.WeakKeyDictionary()


def _sessions(engine: Engine) -> sessionmaker[Session]:
    factory = _FACTORIES.get(engine)
    if factory is None:
        factory = _FACTORIES.setdefault(engine, make_session_factory(engine))
    return factory


# One writer at a time per SQLite file engine: SQLite allows no more, and writers queued here
# hold no pooled connection, so readers always find one (WAL readers never wait for a writer).
_WRITE_GATES: weakref.WeakKeyDictionary[Engine, threading.RLock] = weakref.WeakKeyDictionary()


def _is_locked(error: BaseException) -> bool:
    return isinstance(error, sa_exc.OperationalError) and "database is locked" in str(error.orig)


def _gave_up(error: BaseException) -> bool:
    """Tell whether a write failed only for waiting too long (SQLite busy, PostgreSQL timeout)."""
    if _is_locked(error):
        return True
    orig = getattr(error, "orig", None)
    return getattr(orig, "sqlstate", None) in _PG_GAVE_UP


def _reason(error: sa_exc.DBAPIError, url: URL) -> str:
    """Return the driver's first line, with the password blanked should a driver echo it."""
    lines = [line.strip() for line in str(error.orig).splitlines() if line.strip()]
    reason = lines[0] if lines else type(error.orig).__name__
    if url.password:
        reason = reason.replace(str(url.password), "***")
    return re.sub(r"\s+", " ", reason)[:300]


def unavailable(error: sa_exc.DBAPIError, url: URL) -> StoreUnavailable:
    """Turn a driver error into a one-line `StoreUnavailable`."""
    where = describe(url)
    if _is_locked(error):
        return StoreUnavailable(
            f"the database {where} is locked by another process; try again in a moment"
        )
    return StoreUnavailable(f"the database {where} is unavailable: {_reason(error, url)}")


def in_transaction(engine: Engine, work: Callable[[Session], T], *, write: bool = False) -> T:
    """Run `work` in one transaction and commit it; retry briefly while SQLite is locked.

    `write=True` takes SQLite's write lock at BEGIN, so a read-then-write never fails halfway
    on a lock upgrade. Inside `interactive_writes()` a write waits for locks only that many
    seconds, then raises `StoreBusy`. Database errors come out as `StoreUnavailable`, except
    IntegrityError, which the caller handles (a concurrent insert of the same key).
    """
    wait = write_wait() if write else None
    if not write:
        return _run(engine, work, {}, attempts=4)
    gate = _WRITE_GATES.get(engine)
    if wait is None:
        if gate is None:
            return _run(engine, work, {SQLITE_BEGIN: "IMMEDIATE"}, attempts=4)
        with gate:
            return _run(engine, work, {SQLITE_BEGIN: "IMMEDIATE"}, attempts=4)
    deadline = time.monotonic() + wait
    # A deadline already passed still gets one try: without contention a write takes no time.
    if gate is not None and not gate.acquire(timeout=wait):
        raise StoreBusy(BUSY)
    try:
        left = max(deadline - time.monotonic(), 0.001)
        options = {SQLITE_BEGIN: "IMMEDIATE", SQLITE_BUSY_MS: int(left * 1000)}
        return _run(engine, work, options, attempts=1, patience=left)
    finally:
        if gate is not None:
            gate.release()


def _run(
    engine: Engine,
    work: Callable[[Session], T],
    options: dict[str, Any],
    *,
    attempts: int,
    patience: float | None = None,
) -> T:
    sessions = _sessions(engine)

    def attempt() -> T:
        with sessions() as session:
            connection = session.connection(execution_options=options)
            if patience is not None and connection.dialect.name == "postgresql":
                # A chat's write gives up on a held lock instead of holding its thread.
                ms = max(int(patience * 1000), 1)
                session.execute(text(f"SET LOCAL lock_timeout = {ms}"))
                session.execute(text(f"SET LOCAL statement_timeout = {ms * 2}"))
            result = work(session)
            session.commit()
            return result

    retrying = Retrying(
        retry=retry_if_exception(_is_locked),
        stop=stop_after_attempt(attempts),
        wait=wait_exponential(multiplier=0.05, max=0.5),
        reraise=True,
    )
    try:
        return retrying(attempt)
    except sa_exc.IntegrityError:
        raise
    except (sa_exc.DatabaseError, sa_exc.InterfaceError) as error:
        if patience is not None and _gave_up(error):
            raise StoreBusy(BUSY) from None
        raise unavailable(error, engine.url) from None


def alembic_config(connection: Connection | None = None) -> Any:
    """Return an Alembic `Config` for the migrations shipped in this package (no alembic.ini)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def migrate(engine_or_url: Engine | str | URL) -> None:
    """Upgrade the database to the newest schema; safe when several processes start at once."""
    from alembic import command

    if isinstance(engine_or_url, Engine):
        engine, owned = engine_or_url, False
    else:
        engine, owned = make_engine(engine_or_url), True
    try:
        # IMMEDIATE (SQLite) and the advisory lock (PostgreSQL) make concurrent starts queue
        # up instead of both creating the same tables.
        with (
            engine.connect().execution_options(**{SQLITE_BEGIN: "IMMEDIATE"}) as connection,
            connection.begin(),
        ):
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY}
                )
            command.upgrade(alembic_config(connection), "head")
    except (sa_exc.DatabaseError, sa_exc.InterfaceError) as error:
        raise unavailable(error, engine.url) from None
    finally:
        if owned:
            engine.dispose()


def load_all_tables() -> None:
    """Import every `bot/<package>/tables.py`, so `Base.metadata` holds every table."""
    import importlib

    package = Path(__file__).parent.parent
    for module in sorted(package.glob("*/tables.py")):
        importlib.import_module(f"bot.{module.parent.name}.tables")


def utcnow() -> datetime:
    """Return the current time in UTC, time-zone aware."""
    return datetime.now(UTC)
