"""Slack, outbound: posting within each channel's rate, and what a failed post means."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

import aiohttp
from aiolimiter import AsyncLimiter
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import metrics
from bot.chat.replies import Reply
from bot.i18n import ENGLISH, words
from bot.logs import redact, register_secrets
from bot.platforms.base import DeliveryResult
from bot.platforms.shared.pacing import KeyedLimiters
from bot.platforms.shared.rate import Lane, SharedPace, per_second, take_turns
from bot.platforms.slack.kit import SlackMessage
from bot.platforms.slack.renderer import render
from bot.platforms.slack.retries import RetryAfterHandler, retry_handlers
from bot.platforms.slack.settings import SlackError
from bot.settings import Settings

log = logging.getLogger(__name__)

# The channel a post is under way to, for the 429 handler deep inside slack_sdk.
_posting: ContextVar[str | None] = ContextVar("slack_posting", default=None)

# Errors that will not heal by retrying: the scheduler should stop delivering there.
DEAD_ERRORS = frozenset({"channel_not_found", "not_in_channel", "is_archived", "account_inactive"})
RETRYABLE_ERRORS = frozenset(
    {"ratelimited", "service_unavailable", "fatal_error", "internal_error", "request_timeout"}
)


def classify(error: BaseException) -> DeliveryResult:
    """Turn a failed Slack call into a delivery result, in our words: dead channel, retry
    later, maybe sent (the request went out, no answer came back), or not."""
    result = _classify(error)
    metrics.platform_error("slack", result.status if result.retry_after is None else "rate_limited")
    return result


def _classify(error: BaseException) -> DeliveryResult:
    if isinstance(error, SlackApiError):
        response = error.response
        status = int(getattr(response, "status_code", 0) or getattr(response, "status", 0) or 0)
        data = getattr(response, "data", None)
        code = data.get("error") if isinstance(data, dict) else None
        if code in DEAD_ERRORS:
            return DeliveryResult.dead(str(code))
        if status == 429 or code == "ratelimited":
            wait = retry_after_of(response)
            return DeliveryResult.failed(
                f"Slack asked to wait {wait:.0f} s (rate limit)", retryable=True, retry_after=wait
            )
        if status >= 500:
            return DeliveryResult.failed(f"Slack answered {status} (server error)", retryable=True)
        if not code:
            # Not the Web API's JSON (a proxy's page): never store its body.
            return DeliveryResult.failed(
                f"Slack answered {status} (not a Web API answer)", retryable=True
            )
        return DeliveryResult.failed(redact(str(code))[:100], retryable=code in RETRYABLE_ERRORS)
    if isinstance(error, ResponseUrlError):
        return DeliveryResult.failed(error.code, retryable=error.status >= 500)
    if isinstance(error, aiohttp.ClientConnectorError):
        return DeliveryResult.failed("Slack could not be reached", retryable=True)
    if isinstance(error, TimeoutError):
        return DeliveryResult.uncertain("the request went out, then no answer in time")
    if isinstance(error, aiohttp.ClientError):
        return DeliveryResult.uncertain("the request went out, then the connection dropped")
    return DeliveryResult.failed(type(error).__name__, retryable=False)


def retry_after_of(response: Any) -> float:
    """Return the Retry-After of a 429 answer in seconds (1 s when it names none)."""
    headers = getattr(response, "headers", None) or {}
    for name, value in dict(headers).items():
        if name.lower() == "retry-after" and value:
            raw = value[0] if isinstance(value, list) else value
            try:
                return max(0.0, float(raw))
            except ValueError:
                break
    return 1.0


class ResponseUrlError(RuntimeError):
    """A response_url refused an answer (expired, used up, invalid blocks)."""

    def __init__(self, status: int, code: str) -> None:
        super().__init__(f"response_url answered {status} {code}")
        self.status = status
        self.code = code


class SlackSender:
    """Outbound Slack: the Web API client, each channel's pace, and delivery results.

    `deliver` builds only this; the listener posts through one too.
    """

    name = "slack"

    def __init__(
        self,
        settings: Settings,
        *,
        timeout: int = 30,
        max_retries: int = 3,
        backoff: float = 0.5,
    ) -> None:
        if not settings.slack_bot_token:
            raise SlackError("SLACK_BOT_TOKEN is not set")
        register_secrets(
            [settings.slack_bot_token, settings.slack_app_token, settings.slack_signing_secret]
        )
        self.settings = settings
        self.timeout = timeout
        self.retry = retry_handlers(max_retries=max_retries, backoff=backoff)
        base_url = settings.slack_api_url.rstrip("/") + "/"
        self.client = AsyncWebClient(
            token=settings.slack_bot_token,
            base_url=base_url,
            timeout=timeout,
            retry_handlers=self.retry,
        )
        rate = max(settings.slack_rate_per_second, 0.001)
        # A bucket of one: messages spaced 1/rate apart, not a burst of `rate` at once.
        self._limiters: KeyedLimiters[str] = KeyedLimiters(1, 1 / rate)
        self._channel_locks: dict[str, asyncio.Lock] = {}
        self._rate = rate
        # Set by `serve` and `deliver` on PostgreSQL or Redis: each channel's rate is shared
        # by every process that posts.
        self.shared: SharedPace | None = None

    def share_pace(self, pace: SharedPace) -> None:
        """Keep to each channel's rate together with every other process of the bot, and
        hold a channel for all of them when Slack answers 429."""
        self.shared = pace
        for handler in self.retry:
            if isinstance(handler, RetryAfterHandler):
                handler.on_limited = self._hold_channel

    async def _hold_channel(self, seconds: float) -> None:
        channel = _posting.get()
        if self.shared is not None and channel:
            await self.shared.hold(self._lane(channel), seconds)

    def _lane(self, channel: str) -> Lane:
        return per_second(f"slack:channel:{channel}", self._rate)

    async def open(self) -> None:
        """Posting needs only the bot token's Web API client: nothing to connect."""

    async def close(self) -> None:
        """Nothing to close: the client opens a session per request."""

    async def deliver(
        self, chat_id: str, thread_id: str | None, reply: Reply, *, language: str = ENGLISH
    ) -> DeliveryResult:
        """Post a scheduled reply to a channel (and thread); say whether the channel is dead."""
        sent: list[str] = []
        async with self.channel_lock(chat_id):
            for message in render(reply, words=words(language)):
                try:
                    sent.append(await self.post(chat_id, message, thread_ts=thread_id))
                except Exception as error:  # noqa: BLE001 - classify() turns any failure into a delivery result
                    result = classify(error)
                    log.warning("delivery to %s failed: %s", chat_id, result.reason)
                    if result.status == "dead" or not sent:
                        return result
                    if result.status == "uncertain":
                        return DeliveryResult.uncertain(
                            result.reason or "", message_ids=tuple(sent)
                        )
                    return DeliveryResult.failed(
                        result.reason or "", retryable=False, message_ids=tuple(sent)
                    )
        return DeliveryResult.sent(tuple(sent))

    async def post(
        self,
        channel: str,
        message: SlackMessage,
        *,
        thread_ts: str | None = None,
        ephemeral_user: str | None = None,
    ) -> str:
        """Post one message within the channel's rate; return its ts."""
        async with self.turn(channel):
            return await self._post(channel, message, thread_ts, ephemeral_user)

    @asynccontextmanager
    async def turn(self, channel: str) -> AsyncIterator[None]:
        """Hold the channel's turn to post (a message, a file): this process's rate and,
        when shared, every process's; a 429 meanwhile holds the channel for all of them."""
        async with self.limiter(channel):
            if self.shared is not None:
                await self._shared_turn(self.shared, channel)
            token = _posting.set(channel)
            try:
                yield
            finally:
                _posting.reset(token)

    async def _post(
        self,
        channel: str,
        message: SlackMessage,
        thread_ts: str | None,
        ephemeral_user: str | None,
    ) -> str:
        """Post one message (a 429 holds the channel in `_hold_channel`); return its ts."""
        if ephemeral_user:
            response = await self.client.chat_postEphemeral(
                channel=channel,
                user=ephemeral_user,
                text=message.text,
                blocks=message.blocks,
                thread_ts=thread_ts,
            )
            return str(response.get("message_ts") or "")
        response = await self.client.chat_postMessage(
            channel=channel,
            text=message.text,
            blocks=message.blocks,
            thread_ts=thread_ts,
            unfurl_links=False,
            unfurl_media=False,
        )
        return str(response.get("ts") or "")

    async def _shared_turn(self, shared: SharedPace, channel: str) -> None:
        try:
            await take_turns(shared, [self._lane(channel)], _sleep)
        except Exception as error:  # noqa: BLE001 - store gone: the process's own limit holds
            log.warning("shared sending rate unavailable: %s", type(error).__name__)

    def limiter(self, channel: str) -> AsyncLimiter:
        """Return the channel's limiter: about SLACK_RATE_PER_SECOND messages a second."""
        return self._limiters(channel)

    def channel_lock(self, channel: str) -> asyncio.Lock:
        """Keep the parts of one split reply together in a channel."""
        return self._channel_locks.setdefault(channel, asyncio.Lock())


async def _sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)
