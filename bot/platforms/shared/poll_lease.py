"""One long-polling process at a time: a PostgreSQL advisory lock on a connection of its own.

Two processes calling Telegram's getUpdates with one token fight (409 Conflict). The process
that holds the session-level lock `pg_try_advisory_lock(KEY)` polls; the others try again
every few seconds. The lock lives as long as its connection: when its holder dies (even
kill -9) PostgreSQL drops the connection and the lock, and another process takes over.
The holder checks its connection too, and stops polling when it is gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)

# "tgpoll" in ASCII: any constant that every Digestbot process shares.
POLL_LOCK_KEY = 0x7467706F6C6C
RETRY_SECONDS = 3.0


class PollLease:
    """Run `start` while this process holds the polling lock; `stop` when it loses it."""

    def __init__(
        self,
        engine: Engine,
        start: Callable[[], Awaitable[None]],
        stop: Callable[[], Awaitable[None]],
        *,
        key: int = POLL_LOCK_KEY,
        every: float = RETRY_SECONDS,
    ) -> None:
        self._engine = engine
        self._start = start
        self._stop = stop
        self._key = key
        self._every = every
        self._connection: Connection | None = None
        self._task: asyncio.Task[None] | None = None
        self.holding = False

    def begin(self) -> None:
        """Start trying for the lock in the background."""
        self._task = asyncio.create_task(self._run(), name="poll-lease")

    async def end(self) -> None:
        """Stop polling (when holding) and give the lock back."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None
        if self.holding:
            self.holding = False
            await self._stop()
        await asyncio.to_thread(self._close)

    async def _run(self) -> None:
        while True:
            try:
                if not self.holding and await asyncio.to_thread(self._try_lock):
                    log.info("this process holds the polling lock: polling starts")
                    self.holding = True
                    await self._start()
                elif self.holding and not await asyncio.to_thread(self._still_held):
                    log.warning("the polling lock's connection is gone: polling stops")
                    self.holding = False
                    await self._stop()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # noqa: BLE001 - a database outage: try again later
                log.warning("polling lock: %s", type(error).__name__)
                if self.holding:
                    self.holding = False
                    with contextlib.suppress(Exception):
                        await self._stop()
                await asyncio.to_thread(self._close)
            await asyncio.sleep(self._every)

    def _try_lock(self) -> bool:
        if self._connection is None:
            # Autocommit: the lock is per session, and no transaction may stay open for it.
            self._connection = self._engine.connect().execution_options(
                isolation_level="AUTOCOMMIT"
            )
        got = self._connection.execute(
            text("SELECT pg_try_advisory_lock(:key)"), {"key": self._key}
        ).scalar()
        return bool(got)

    def _still_held(self) -> bool:
        if self._connection is None:
            return False
        try:
            self._connection.execute(text("SELECT 1"))
        except Exception:  # noqa: BLE001 - any failure means the lock may be gone
            self._close()
            return False
        return True

    def _close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.invalidate()  # never back into the pool with the lock held
                self._connection.close()
            self._connection = None
