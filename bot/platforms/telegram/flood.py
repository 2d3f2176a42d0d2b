"""Telegram's flood limits, kept for every Bot API request: a python-telegram-bot rate limiter."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import random
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import (
    BadRequest,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    BaseRateLimiter,
)
from telegram.warnings import PTBDeprecationWarning

from bot import metrics
from bot.platforms.shared.rate import Lane, SharedPace, per_second, take_turns
from bot.platforms.telegram.requests import MaybeSent

log = logging.getLogger(__name__)


class Stopping(TelegramError):
    """A request still waiting on flood limits when the adapter stopped: it was not sent."""

    def __init__(self) -> None:
        super().__init__("not sent: the Telegram adapter is stopping")


def retry_seconds(error: RetryAfter) -> float:
    """Return a RetryAfter's wait in seconds, without PTB's int-or-timedelta warning."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _sends_message(endpoint: str) -> bool:
    return endpoint.startswith(("send", "copyMessage", "forwardMessage"))


class FloodControl(BaseRateLimiter[int]):
    """Keep under Telegram's flood limits, wait out 429s, retry 5xx and timeouts a few times.

    Limits: `overall_per_second` for the bot, about 1/s per chat with bursts of
    `chat_burst`, `group_per_minute` per group or channel. A 429 pauses that chat for its
    `retry_after` (every chat, when several chats hit 429 within a second: that is the
    bot's overall limit), then the request is repeated, as long as its waits add up to at
    most `max_flood_wait` seconds: longer waits are the scheduler's to retry later.

    With `shared` set (by `serve` and `deliver` on PostgreSQL or Redis) the same limits
    hold across every process of the bot: each send also takes its turn in the shared
    lanes of its chat, its group and the bot, and a 429 holds the shared lane it paused.
    """

    def __init__(
        self,
        *,
        overall_per_second: float = 30.0,
        chat_per_second: float = 1.0,
        chat_burst: int = 3,
        group_per_minute: float = 20.0,
        max_retries: int = 20,
        max_flood_wait: float = 60.0,
        network_retries: int = 3,
        backoff: float = 0.5,
        max_chats: int = 4096,
    ) -> None:
        # This process's own hold on the bot's rate: a tenth of a second's worth at once, then
        # the rate (a second's worth at once, against a platform bucket of that size, left no
        # room for the jitter between this limiter and the platform).
        burst = max(1.0, overall_per_second / 10)
        self._overall = (
            AsyncLimiter(burst, burst / overall_per_second) if overall_per_second > 0 else None
        )
        # The bot's shared lane keeps the exact rate, with no burst: slots 1/rate s apart.
        # Telegram's overall limit lets short bursts pass (a bucket, like the fake Bot API's
        # second's worth): sends that jitter brings closer than their slots are absorbed as
        # long as their delays differ by less than a second, and a send later than its slot
        # leaves a gap, never a burst. This process's own limiter keeps the same rate with
        # a second's burst.
        self._overall_lane = (
            per_second("telegram", overall_per_second, jitter=0.0)
            if overall_per_second > 0
            else None
        )
        self._chat_rate = (chat_burst, chat_burst / chat_per_second) if chat_per_second else None
        self._group_rate = (group_per_minute, 60.0) if group_per_minute else None
        self._chats: OrderedDict[tuple[str, str], AsyncLimiter] = OrderedDict()
        self._paused: dict[str, float] = {}
        self._floods: deque[tuple[float, str]] = deque()
        self.max_retries = max_retries
        self.max_flood_wait = max_flood_wait
        self.network_retries = network_retries
        self.backoff = backoff
        self.max_chats = max_chats
        self._closed = asyncio.Event()
        # Set by `serve` and `deliver` on PostgreSQL or Redis: the limits every process shares.
        self.shared: SharedPace | None = None

    async def initialize(self) -> None:
        self._closed.clear()

    async def shutdown(self) -> None:
        self.close()

    def close(self) -> None:
        """Make every waiting or future request fail with `Stopping` instead of waiting."""
        self._closed.set()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Run one Bot API request within the limits, repeating it when Telegram asks."""
        chat = data.get("chat_id")
        key = str(chat) if chat is not None else "*"
        limiters = self._limiters(key) if _sends_message(endpoint) and chat is not None else []
        max_retries = self.max_retries if rate_limit_args is None else rate_limit_args
        flooded = failed = 0
        waited = 0.0
        for limiter in limiters:  # a repeat does not count against the chat's own limit again
            await self._acquire(limiter)
        shared = self.shared if _sends_message(endpoint) else None
        # A repeat does not count against the chat's own lanes again, as above.
        lanes = self._chat_lanes(key) if shared is not None and chat is not None else []
        while True:
            await self._wait_pause(key)
            if self._overall is not None:
                await self._acquire(self._overall)
            if shared is not None:
                bot = [self._overall_lane] if self._overall_lane is not None else []
                await self._shared_turns(shared, [*lanes, *bot])
                lanes = []
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                metrics.platform_error("telegram", "rate_limited")
                delay = retry_seconds(error) + 0.1
                waited += delay
                held = self._pause(key, delay)
                if shared is not None:
                    await self._shared_hold(shared, key, held, delay)
                if flooded >= max_retries or waited > self.max_flood_wait:
                    raise
                flooded += 1
                log.info("Telegram flood limit on %s: waiting %.1f s", endpoint, delay)
            except BadRequest:
                metrics.platform_error("telegram", "bad_request")
                raise  # a NetworkError subclass, but repeating it cannot help
            except MaybeSent:
                if _sends_message(endpoint):
                    raise  # it may have arrived: repeating could post it twice
                failed += 1
                if failed > self.network_retries:
                    raise
            except NetworkError as error:  # 5xx, timeouts, refused connections
                metrics.platform_error("telegram", "network")
                if failed >= self.network_retries:
                    raise
                failed += 1
                delay = self.backoff * 2 ** (failed - 1) * (1 + random.random() / 2)
                log.info(
                    "Telegram %s failed (%s): retry %d in %.1f s", endpoint, error, failed, delay
                )
                await self._sleep(delay)

    def _chat_lanes(self, key: str) -> list[Lane]:
        """The shared lanes of one chat: about 1/s (with its burst), 20/min for a group."""
        lanes = []
        if self._chat_rate is not None:
            burst, period = self._chat_rate
            lanes.append(Lane(f"telegram:chat:{key}", period / burst, int(burst)))
        if self._group_rate is not None and key.startswith(("-", "@")):
            count, period = self._group_rate
            lanes.append(Lane(f"telegram:group:{key}", period / count, int(count)))
        return lanes

    async def _shared_turns(self, shared: SharedPace, lanes: list[Lane]) -> None:
        """Wait for this send's slots in the lanes every sending process shares (the chat's,
        the group's, the bot's last), in one round trip to the store."""
        try:
            await take_turns(shared, lanes, self._sleep)
        except Stopping:
            raise
        except Exception as error:  # noqa: BLE001 - store gone: the process's own limits hold
            log.warning("shared sending rate unavailable: %s", type(error).__name__)

    async def _shared_hold(
        self, shared: SharedPace, key: str, held: set[str], delay: float
    ) -> None:
        """Tell every process of a 429: the chat's lane (and the bot's, when all are held)."""
        lanes = self._chat_lanes(key)[:1] if key != "*" else []
        if "*" in held and self._overall_lane is not None:
            lanes.append(self._overall_lane)
        for lane in lanes:
            try:
                await shared.hold(lane, delay)
            except Exception as error:  # noqa: BLE001 - store gone: this process still waits
                log.warning("shared flood pause unavailable: %s", type(error).__name__)

    def _pause(self, key: str, delay: float) -> set[str]:
        """Hold a chat for `delay`; hold every chat when several were flooded just now.

        Return the keys held ("*" for every chat)."""
        now = time.monotonic()
        self._floods.append((now, key))
        while self._floods[0][0] < now - 1.0:
            self._floods.popleft()
        keys = {key}
        if key == "*" or len({k for _, k in self._floods}) > 1:
            keys.add("*")
        for held in keys:
            self._paused[held] = max(self._paused.get(held, 0.0), now + delay)
        return keys

    def _limiters(self, key: str) -> list[AsyncLimiter]:
        group = key.startswith(("-", "@"))
        wanted = [("chat", self._chat_rate), ("group", self._group_rate if group else None)]
        limiters = []
        for kind, rate in wanted:
            if rate is None:
                continue
            limiter = self._chats.get((kind, key))
            if limiter is None:
                limiter = self._chats[(kind, key)] = AsyncLimiter(*rate)
                self._forget_idle()
            self._chats.move_to_end((kind, key))
            limiters.append(limiter)
        return limiters

    def _forget_idle(self) -> None:
        """Keep memory bounded: drop the least recent chats whose limiters are full again."""
        if len(self._chats) <= self.max_chats:
            return
        excess = len(self._chats) - self.max_chats
        for name, limiter in list(itertools.islice(self._chats.items(), excess)):
            if limiter.has_capacity(limiter.max_rate):
                del self._chats[name]
        now = time.monotonic()
        self._paused = {k: until for k, until in self._paused.items() if until > now}

    async def _wait_pause(self, key: str) -> None:
        until = max(self._paused.get(key, 0.0), self._paused.get("*", 0.0))
        if until > time.monotonic():
            await self._sleep(until - time.monotonic())
        elif self._closed.is_set():
            raise Stopping()

    async def _acquire(self, limiter: AsyncLimiter) -> None:
        if limiter.has_capacity():
            await limiter.acquire()  # returns at once
            return
        waiter = asyncio.ensure_future(limiter.acquire())
        closed = asyncio.ensure_future(self._closed.wait())
        try:
            await asyncio.wait((waiter, closed), return_when=asyncio.FIRST_COMPLETED)
        finally:
            closed.cancel()
            if not waiter.done():
                waiter.cancel()  # takes effect on the loop's next turn, hence no result below
        if not waiter.done() or waiter.cancelled():
            raise Stopping()
        waiter.result()

    async def _sleep(self, seconds: float) -> None:
        """Sleep, unless the adapter stops meanwhile: then raise `Stopping`."""
        if self._closed.is_set():
            raise Stopping()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._closed.wait()
            raise Stopping()
