"""Slack's retry policy for every Web API call: 429 (Retry-After), 5xx, timeouts, lost links."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable

import aiohttp
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import AsyncConnectionErrorRetryHandler
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.jitter import Jitter
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

from bot import metrics

log = logging.getLogger(__name__)


class RetryAfterHandler(AsyncRetryHandler):
    """Wait out a 429 for its Retry-After seconds, a bounded number of times."""

    def __init__(self, max_retry_count: int = 6, max_wait: float = 60.0) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait
        # Told of every wait first (the sender holds the channel for the bot's other processes).
        self.on_limited: Callable[[float], Awaitable[None]] | None = None

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        limited = response is not None and response.status_code == 429
        if limited:
            metrics.platform_error("slack", "rate_limited")
        return limited

    async def prepare_for_next_attempt_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        state.next_attempt_requested = True
        wait = min(_retry_after(response), self.max_wait)
        if self.on_limited is not None:
            try:
                await self.on_limited(wait)
            except Exception as error:  # noqa: BLE001 - the store is gone: this process still waits
                log.warning("shared rate pause unavailable: %s", type(error).__name__)
        # A little jitter, so that callers refused together do not all return together.
        await asyncio.sleep(wait * (1 + 0.2 * random.random()))
        state.increment_current_attempt()


def _retry_after(response: HttpResponse | None) -> float:
    headers = response.headers if response is not None else {}
    for name, values in headers.items():
        if name.lower() == "retry-after" and values:
            try:
                return max(0.0, float(values[0]))
            except ValueError:
                break
    return 1.0


class ServerErrorHandler(AsyncRetryHandler):
    """Retry 5xx answers with exponential backoff, a bounded number of times."""

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return response is not None and response.status_code >= 500


class _ProportionalJitter(Jitter):
    """Add up to 20 % to a backoff (slack_sdk's default adds up to a whole second)."""

    def recalculate(self, duration: float) -> float:
        return duration * (1 + 0.2 * random.random())


def retry_handlers(*, max_retries: int = 3, backoff: float = 0.5) -> list[AsyncRetryHandler]:
    """Return the retry policy of every Slack call: 429, 5xx, timeouts and dropped links."""
    interval = BackoffRetryIntervalCalculator(backoff_factor=backoff, jitter=_ProportionalJitter())
    # Only errors before the request went out: after a timeout or a dropped connection
    # Slack may have posted the message, and a repeat would post it twice.
    errors: list[type[Exception]] = [aiohttp.ClientConnectorError]
    return [
        RetryAfterHandler(max_retry_count=max_retries + 3),
        ServerErrorHandler(max_retry_count=max_retries, interval_calculator=interval),
        AsyncConnectionErrorRetryHandler(
            max_retry_count=max_retries, interval_calculator=interval, error_types=errors
        ),
    ]
