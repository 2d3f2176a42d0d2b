"""Handle each re-sent update or event once across every web process (Telegram update ids,
Slack event ids): the first process to insert its key into `seen_events` answers it.

`RecentKeys` in memory stays the fast first check; the database decides between processes.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import Engine, text

from bot.platforms.shared.recent import RecentKeys

log = logging.getLogger(__name__)

# Telegram re-sends an unanswered webhook update for about a day; Slack retries within minutes.
KEEP = timedelta(days=2)
PRUNE_EVERY = 1000


class SharedSeen(Protocol):
    """Where processes agree on which keys were handled already."""

    async def claim(self, platform: str, key: str) -> bool:
        """Record `key`; True for the one process that recorded it first."""
        ...


class DatabaseSeen:
    """`seen_events` on PostgreSQL (or SQLite): INSERT ... ON CONFLICT DO NOTHING decides."""

    def __init__(self, engine: Engine, *, keep: timedelta = KEEP) -> None:
        self._engine = engine
        self._keep = keep
        self._inserts = 0

    async def claim(self, platform: str, key: str) -> bool:
        return await asyncio.to_thread(self._claim, platform, key)

    def _claim(self, platform: str, key: str) -> bool:
        now = datetime.now(UTC)
        with self._engine.begin() as connection:
            inserted = connection.execute(
                text(
                    "INSERT INTO seen_events (platform, key, seen_at) VALUES (:p, :k, :at) "
                    "ON CONFLICT (platform, key) DO NOTHING"
                ),
                {"p": platform, "k": key[:128], "at": now},
            ).rowcount
            self._inserts += 1
            if self._inserts % PRUNE_EVERY == 1:  # now and then, not on every update
                connection.execute(
                    text("DELETE FROM seen_events WHERE seen_at < :before"),
                    {"before": now - self._keep},
                )
        return inserted == 1


class SeenEvents:
    """The check a listener asks: this process's memory first, then the shared record."""

    def __init__(self, platform: str, size: int = 10_000) -> None:
        self.platform = platform
        self._recent: RecentKeys[str] = RecentKeys(size)
        self.shared: SharedSeen | None = None

    async def first_time(self, key: object) -> bool:
        """True when no process has handled `key` yet (this one now does)."""
        if not self._recent.first_time(str(key)):
            return False
        if self.shared is None:
            return True
        try:
            return await self.shared.claim(self.platform, str(key))
        except Exception as error:  # noqa: BLE001 - database gone: answering beats dropping
            log.warning("shared de-duplication unavailable: %s", type(error).__name__)
            return True
