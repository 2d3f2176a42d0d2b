"""A platform's overall sending rate shared by every process that sends (Telegram's 30
messages/s is per bot, not per process).

On PostgreSQL each send reserves the platform's next free slot in one statement: the row
`send_pace` holds when that slot starts, and every reservation moves it `1/rate` seconds on
(a generic cell rate algorithm without bursts). The row lock orders concurrent senders; the
database's clock is the only clock, so machines' clocks need not agree. The sender then
waits until its slot. On SQLite (one process) the in-process limiter is enough.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from sqlalchemy import Engine, text

# Slots are spread over 1.1 s per `rate` sends: network and scheduling jitter can bring
# sends up to ~100 ms closer together than their slots, and must not make `rate + 1` of
# them land within one second at the platform.
JITTER = 0.1

_RESERVE = text(
    "INSERT INTO send_pace AS pace (platform, next_at) "
    "VALUES (:platform, extract(epoch FROM clock_timestamp())::float8 + :interval) "
    "ON CONFLICT (platform) DO UPDATE SET next_at = "
    "GREATEST(pace.next_at, extract(epoch FROM clock_timestamp())::float8) + :interval "
    "RETURNING next_at - :interval - extract(epoch FROM clock_timestamp())::float8"
)


class SharedPace(Protocol):
    """Where the processes sending on one platform take turns."""

    async def reserve(self) -> float:
        """Take the next sending slot; return the seconds to wait until it starts."""
        ...


class DatabasePace:
    """The platform's next free slot in the `send_pace` row (PostgreSQL)."""

    def __init__(self, engine: Engine, platform: str, per_second: float) -> None:
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self._engine = engine
        self.platform = platform
        self.interval = (1.0 + JITTER) / per_second

    async def reserve(self) -> float:
        return await asyncio.to_thread(self._reserve)

    def _reserve(self) -> float:
        with self._engine.begin() as connection:
            wait = connection.execute(
                _RESERVE, {"platform": self.platform, "interval": self.interval}
            ).scalar_one()
        return max(0.0, float(wait))
