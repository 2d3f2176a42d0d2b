"""De-duplication and sending rates shared through Redis (when REDIS_URL is set).

Seen keys: `SET digestbot:seen:<platform>:<key> 1 NX EX <two days>`: the one process whose
SET succeeds answers. Rates: the lanes of `bot/platforms/shared/rate.py`, the same generic
cell rate algorithm as on PostgreSQL, as one Lua script per reservation with Redis's own
clock (`TIME`); a lane's key expires once its TAT has passed, so idle chats cost nothing.

The `limits` library was weighed for the rates and not taken: it admits or refuses a hit
(`hit`/`test`) but cannot reserve a future slot, so every waiting sender would poll, and
its windows are stamped with each client's clock, not the server's.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from bot.platforms.shared.rate import HORIZON, Lane, Turn
from bot.platforms.shared.seen import KEEP

if TYPE_CHECKING:
    from redis.asyncio import Redis

PREFIX = "digestbot:"

# KEYS the lanes; ARGV horizon, then interval and tolerance of each lane. Returns, a lane
# each, {taken (1/0), wait as text} (a Lua number would come back as an integer).
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local horizon = tonumber(ARGV[1])
local answers = {}
for i, key in ipairs(KEYS) do
  local interval, tolerance = tonumber(ARGV[2 * i]), tonumber(ARGV[2 * i + 1])
  local tat = tonumber(redis.call('GET', key) or '0')
  local start = math.max(tat, now)
  local wait = math.max(0, start - tolerance - now)
  if wait > horizon then
    answers[i] = {0, string.format('%.6f', wait)}
  else
    local new = start + interval
    local ttl = math.ceil((new - now) * 1000) + 1000
    redis.call('SET', key, string.format('%.6f', new), 'PX', ttl)
    answers[i] = {1, string.format('%.6f', wait)}
  end
end
return answers
"""

# KEYS[1] the lane; ARGV seconds, tolerance: push its TAT to at least now + seconds + tolerance.
_HOLD = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local until_ = now + tonumber(ARGV[1]) + tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ > tat then
  local ttl = math.ceil((until_ - now) * 1000) + 1000
  redis.call('SET', KEYS[1], string.format('%.6f', until_), 'PX', ttl)
end
return 1
"""


def connect(url: str) -> Redis:
    """A client for REDIS_URL (connections open on first use), with short timeouts."""
    from redis.asyncio import Redis

    client: Redis = Redis.from_url(
        url, socket_connect_timeout=2, socket_timeout=5, health_check_interval=30
    )
    return client


class RedisSeen:
    """Which updates and events some process handled already, as keys that expire."""

    def __init__(self, client: Redis, *, keep: timedelta = KEEP) -> None:
        self._client = client
        self._seconds = int(keep.total_seconds())

    async def claim(self, platform: str, key: str) -> bool:
        name = f"{PREFIX}seen:{platform}:{key[:128]}"
        return bool(await self._client.set(name, b"1", nx=True, ex=self._seconds))


class RedisPace:
    """Sending lanes as Redis keys, reserved by a Lua script."""

    def __init__(self, client: Redis) -> None:
        self._client = client
        self._reserve = client.register_script(_RESERVE)
        self._hold = client.register_script(_HOLD)

    async def reserve(self, lanes: Sequence[Lane], horizon: float = HORIZON) -> list[Turn]:
        args = [repr(min(horizon, 1e9))]
        for lane in lanes:
            args += [repr(lane.interval), repr(lane.tolerance)]
        answers: Any = await self._reserve(
            keys=[f"{PREFIX}pace:{lane.key}" for lane in lanes], args=args
        )
        return [Turn(float(wait), taken=int(taken) == 1) for taken, wait in answers]

    async def hold(self, lane: Lane, seconds: float) -> None:
        await self._hold(
            keys=[f"{PREFIX}pace:{lane.key}"], args=[repr(seconds), repr(lane.tolerance)]
        )


async def redis_answers(client: Redis, timeout: float = 2.0) -> bool:
    """A readiness check: Redis answers PING within `timeout`."""
    try:
        async with asyncio.timeout(timeout):
            return bool(await client.ping())
    except Exception:  # noqa: BLE001 - any failure is "not ready"
        return False
