"""Sending rates shared by every process that sends: Telegram's 30 messages/s is per bot,
its 1 message/s per chat and 20/min per group are per chat, Slack's 1/s is per channel,
whichever process sends.

Each rate is a `Lane` (a key, an interval, a burst) kept as a generic cell rate algorithm:
the store holds the lane's theoretical arrival time (TAT); a send takes the earliest slot
the lane allows, `max(now, TAT - tolerance)`, and moves the TAT one interval on. The
sender then waits until its slot. One round trip per send for all its lanes (the chat's,
the group's, the bot's), each moved atomically on the store's clock only, so machines'
clocks need not agree: one `INSERT ... ON CONFLICT DO UPDATE` of several rows on
PostgreSQL (`DatabasePace`, the table `send_pace`) or one Lua script on Redis
(`RedisPace`, in `bot/platforms/shared/redis_shared.py`, when REDIS_URL is set).

A slot further off than `horizon` is not taken: the sender sleeps and asks again. So no
process commits to slots far ahead, and a pause that another process asks for (`hold`,
after a 429's retry_after) reaches every send more than `horizon` away.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlalchemy import Engine, TextClause, bindparam, text
from sqlalchemy.exc import DBAPIError

from bot.store.connections import lazy_commits

# By default slots are spread over 1.1 s per `rate` sends: network and scheduling jitter
# can bring sends up to ~100 ms closer together than their slots, and must not make
# `rate + 1` of them land within one second at a platform that counts a strict window.
# (Telegram's bot lane runs at its exact rate: see `FloodControl`.)
JITTER = 0.1
# How far ahead a sender may take a slot (seconds).
HORIZON = 1.0
PRUNE_EVERY = 1000
T = TypeVar("T")


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

    async def reserve(self, lanes: Sequence[Lane], horizon: float = HORIZON) -> list[Turn]:
        """Take each lane's next slot unless it is more than `horizon` seconds away.

        One atomic step a lane, all in one round trip, in the order given.
        """
        ...

    async def hold(self, lane: Lane, seconds: float) -> None:
        """Let no process send on `lane` for `seconds` (a 429's retry_after)."""
        ...


Sleep = Callable[[float], Awaitable[None]]
# How much later than its slot in the last lane a send may go (the other lanes' slots
# came later): a little is within the rates' jitter margin, more wastes that slot.
LATE = 0.05


async def take_turn(pace: SharedPace, lane: Lane, sleep: Sleep, horizon: float = HORIZON) -> None:
    """Wait for a slot of `lane`, asking again while it is further off than `horizon`."""
    while True:
        (turn,) = await pace.reserve([lane], horizon)
        if turn.taken:
            if turn.wait > 0:
                await sleep(turn.wait)
            return
        await sleep(max(turn.wait - horizon, 0.01))


async def take_turns(
    pace: SharedPace, lanes: Sequence[Lane], sleep: Sleep, horizon: float = HORIZON
) -> None:
    """Wait for a slot in every lane, in one round trip when they agree.

    The last lane is the busy one (the bot's): its slot must be used when it comes, or the
    send lands among later slots. When another lane's slot is later (a chat that just had
    its burst), the last lane's slot goes by unused (a gap in the rate, never a burst), and
    a fresh one is taken once the other lanes allow the send.
    """
    if not lanes:
        return
    *first_turns, last = await pace.reserve(lanes, horizon)
    clock = asyncio.get_running_loop().time
    asked = clock()
    behind = [lane for lane, turn in zip(lanes, first_turns, strict=False) if not turn.taken]
    first_wait = max([turn.wait for turn in first_turns if turn.taken], default=0.0)
    if last.taken and not behind and first_wait <= last.wait + LATE:
        if last.wait > 0 or first_wait > 0:
            await sleep(max(last.wait, first_wait))
        return
    for lane in behind:
        await take_turn(pace, lane, sleep, horizon)
    remaining = asked + first_wait - clock()
    if remaining > 0:
        await sleep(remaining)
    await take_turn(pace, lanes[-1], sleep, horizon)


def _reserve_sql(count: int) -> TextClause:
    """One upsert of `count` lanes (rows locked in the order given, so never a deadlock)."""
    rows = ", ".join(
        f"(:key{n}, extract(epoch FROM clock_timestamp())::float8 + :step{n}, :step{n}, :tol{n})"
        for n in range(count)
    )
    return text(
        "INSERT INTO send_pace AS pace (platform, next_at, step, tolerance) "
        f"VALUES {rows} "
        "ON CONFLICT (platform) DO UPDATE SET "
        "next_at = GREATEST(pace.next_at, extract(epoch FROM clock_timestamp())::float8) "
        "+ excluded.step, step = excluded.step, tolerance = excluded.tolerance "
        "WHERE GREATEST(pace.next_at, extract(epoch FROM clock_timestamp())::float8) "
        "- excluded.tolerance - extract(epoch FROM clock_timestamp())::float8 <= :horizon "
        "RETURNING platform, "
        "next_at - step - tolerance - extract(epoch FROM clock_timestamp())::float8"
    )


_WAITS = text(
    "SELECT platform, next_at - tolerance - extract(epoch FROM clock_timestamp())::float8 "
    "FROM send_pace WHERE platform IN :keys"
).bindparams(bindparam("keys", expanding=True))
_HOLD = text(
    "INSERT INTO send_pace AS pace (platform, next_at, step, tolerance) "
    "VALUES (:key, extract(epoch FROM clock_timestamp())::float8 + :seconds + :tolerance, "
    ":step, :tolerance) "
    "ON CONFLICT (platform) DO UPDATE SET next_at = GREATEST(pace.next_at, excluded.next_at)"
)
# A lane whose TAT has passed allows what a lane never used allows: its row can go.
_PRUNE = text(
    "DELETE FROM send_pace WHERE next_at < extract(epoch FROM clock_timestamp())::float8 - 60"
)


class DatabasePace:
    """Lanes as rows of `send_pace` (PostgreSQL): `platform` holds the lane's key.

    Its statements run on connections of their own: each statement atomic on its own (no
    BEGIN and COMMIT round trips around it), committed without waiting for the disk (a
    lane's row is locked only while it moves, so every process's sends pass it quickly;
    what a crash of the database loses is a moment's pace, already in the past when it is
    back).
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = lazy_commits(engine)
        self._statements = {n: _reserve_sql(n) for n in range(1, 4)}
        self._reserved = 0

    async def close(self) -> None:
        await asyncio.to_thread(self._engine.dispose)

    async def reserve(self, lanes: Sequence[Lane], horizon: float = HORIZON) -> list[Turn]:
        return await asyncio.to_thread(self._reserve, list(lanes), horizon)

    async def hold(self, lane: Lane, seconds: float) -> None:
        await asyncio.to_thread(self._hold, lane, seconds)

    def _reserve(self, lanes: list[Lane], horizon: float) -> list[Turn]:
        if len({lane.key for lane in lanes}) != len(lanes):
            raise ValueError("a lane may be reserved once per call")
        statement = self._statements.get(len(lanes))
        if statement is None:
            statement = _reserve_sql(len(lanes))
        values: dict[str, object] = {"horizon": horizon if math.isfinite(horizon) else 1e9}
        for n, lane in enumerate(lanes):
            values |= {f"key{n}": lane.key, f"step{n}": lane.interval, f"tol{n}": lane.tolerance}
        return _once_more(lambda: self._run_reserve(lanes, statement, values))

    def _run_reserve(
        self, lanes: list[Lane], statement: TextClause, values: dict[str, object]
    ) -> list[Turn]:
        with self._engine.connect() as connection:
            taken = {key: wait for key, wait in connection.execute(statement, values)}
            missing = [lane.key for lane in lanes if lane.key not in taken]
            later: dict[str, float] = {}
            if missing:
                later = {key: wait for key, wait in connection.execute(_WAITS, {"keys": missing})}
            self._reserved += 1
            if self._reserved % PRUNE_EVERY == 0:  # now and then, not on every send
                connection.execute(_PRUNE)
        return [
            Turn(max(0.0, float(taken[lane.key])), taken=True)
            if lane.key in taken
            else Turn(max(0.0, float(later.get(lane.key) or 0.0)), taken=False)
            for lane in lanes
        ]

    def _hold(self, lane: Lane, seconds: float) -> None:
        values = {
            "key": lane.key,
            "seconds": seconds,
            "step": lane.interval,
            "tolerance": lane.tolerance,
        }

        def hold() -> None:
            with self._engine.connect() as connection:
                connection.execute(_HOLD, values)

        _once_more(hold)


def _once_more(work: Callable[[], T]) -> T:
    """Run `work`; once more when its pooled connection turned out dead (the database was
    restarted): the pool has dropped its connections by then, and the next is fresh."""
    try:
        return work()
    except DBAPIError as error:
        if not error.connection_invalidated:
            raise
    return work()
