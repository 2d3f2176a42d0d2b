"""Sending rates shared by every process that sends: Telegram's 30 messages/s is per bot,
its 1 message/s per chat and 20/min per group are per chat, Slack's 1/s is per channel,
whichever process sends.

Each rate is a `Lane` (a key, an interval, a burst) kept as a generic cell rate algorithm:
the store holds the lane's theoretical arrival time (TAT); a send takes the earliest slot
the lane allows, `max(now, TAT - tolerance)`, and moves the TAT one interval on. The
sender then waits until its slot. One atomic step per send, in the store's clock only, so
machines' clocks need not agree: an `INSERT ... ON CONFLICT DO UPDATE` on PostgreSQL
(`DatabasePace`, the row `send_pace`) or a Lua script on Redis (`RedisPace`, in
`bot/platforms/shared/redis_shared.py`, when REDIS_URL is set).

A slot further off than `horizon` is not taken: the sender sleeps and asks again. So no
process commits to slots far ahead, and a pause that another process asks for (`hold`,
after a 429's retry_after) reaches every send more than `horizon` away.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Engine, text

# Slots are spread over 1.1 s per `rate` sends: network and scheduling jitter can bring
# sends up to ~100 ms closer together than their slots, and must not make `rate + 1` of
# them land within one second at the platform.
JITTER = 0.1
# How far ahead a sender may take a slot (seconds).
HORIZON = 1.0
PRUNE_EVERY = 1000


@dataclass(frozen=True)
class Lane:
    """One rate every process keeps to: `burst` sends at once, then one per `interval`."""

    key: str
    interval: float
    burst: int = 1

    @property
    def tolerance(self) -> float:
        """How far before its TAT a send may go: the room for a burst."""
        return (self.burst - 1) * self.interval


def per_second(key: str, rate: float, *, burst: int = 1, jitter: float = JITTER) -> Lane:
    """A lane of `rate` sends a second (spaced by `(1 + jitter) / rate`)."""
    if rate <= 0:
        raise ValueError("rate must be positive")
    return Lane(key, (1.0 + jitter) / rate, burst)


@dataclass(frozen=True)
class Turn:
    """The answer to a reservation: the wait until the lane's slot, and whether it was taken."""

    wait: float
    taken: bool


class SharedPace(Protocol):
    """Where the processes sending on one platform take turns."""

    async def reserve(self, lane: Lane, horizon: float = HORIZON) -> Turn:
        """Take the lane's next slot unless it is more than `horizon` seconds away."""
        ...

    async def hold(self, lane: Lane, seconds: float) -> None:
        """Let no process send on `lane` for `seconds` (a 429's retry_after)."""
        ...


async def take_turn(
    pace: SharedPace,
    lane: Lane,
    sleep: Callable[[float], Awaitable[None]],
    horizon: float = HORIZON,
) -> None:
    """Wait for a slot of `lane`, asking again while it is further off than `horizon`."""
    while True:
        turn = await pace.reserve(lane, horizon)
        if turn.taken:
            if turn.wait > 0:
                await sleep(turn.wait)
            return
        await sleep(max(turn.wait - horizon, 0.01))


_RESERVE = text(
    "INSERT INTO send_pace AS pace (platform, next_at) "
    "VALUES (:key, extract(epoch FROM clock_timestamp())::float8 + :interval) "
    "ON CONFLICT (platform) DO UPDATE SET next_at = "
    "GREATEST(pace.next_at, extract(epoch FROM clock_timestamp())::float8) + :interval "
    "WHERE GREATEST(pace.next_at, extract(epoch FROM clock_timestamp())::float8) "
    "- :tolerance - extract(epoch FROM clock_timestamp())::float8 <= :horizon "
    "RETURNING next_at - :interval - :tolerance - extract(epoch FROM clock_timestamp())::float8"
)
_WAIT = text(
    "SELECT next_at - :tolerance - extract(epoch FROM clock_timestamp())::float8 "
    "FROM send_pace WHERE platform = :key"
)
_HOLD = text(
    "INSERT INTO send_pace AS pace (platform, next_at) "
    "VALUES (:key, extract(epoch FROM clock_timestamp())::float8 + :seconds + :tolerance) "
    "ON CONFLICT (platform) DO UPDATE SET next_at = GREATEST(pace.next_at, excluded.next_at)"
)
# A lane whose TAT has passed allows what a lane never used allows: its row can go.
_PRUNE = text(
    "DELETE FROM send_pace WHERE next_at < extract(epoch FROM clock_timestamp())::float8 - 60"
)


class DatabasePace:
    """Lanes as rows of `send_pace` (PostgreSQL): `platform` holds the lane's key."""

    def __init__(self, engine: Engine) -> None:
        # Each statement is atomic on its own: no BEGIN and COMMIT round trips around it.
        self._engine = engine.execution_options(isolation_level="AUTOCOMMIT")
        self._reserved = 0

    async def reserve(self, lane: Lane, horizon: float = HORIZON) -> Turn:
        return await asyncio.to_thread(self._reserve, lane, horizon)

    async def hold(self, lane: Lane, seconds: float) -> None:
        await asyncio.to_thread(self._hold, lane, seconds)

    def _reserve(self, lane: Lane, horizon: float) -> Turn:
        values = {
            "key": lane.key,
            "interval": lane.interval,
            "tolerance": lane.tolerance,
            "horizon": horizon if math.isfinite(horizon) else 1e9,
        }
        with self._engine.connect() as connection:
            wait = connection.execute(_RESERVE, values).scalar()
            if wait is None:  # the slot is beyond the horizon: not taken
                later = connection.execute(_WAIT, values).scalar()
                return Turn(max(0.0, float(later or 0.0)), taken=False)
            self._reserved += 1
            if self._reserved % PRUNE_EVERY == 0:  # now and then, not on every send
                connection.execute(_PRUNE)
        return Turn(max(0.0, float(wait)), taken=True)

    def _hold(self, lane: Lane, seconds: float) -> None:
        with self._engine.connect() as connection:
            connection.execute(
                _HOLD, {"key": lane.key, "seconds": seconds, "tolerance": lane.tolerance}
            )
