"""Slack: `/digest` with words, mentions, direct messages and the App Home, via slack_bolt.

HTTP mode serves `POST /slack/events` on the shared web server (the signature is checked
before the body is parsed, see `slack_http`); Socket Mode is used when an app token is set.
Every channel post goes through one path: a per-channel rate limiter, retries for
429/5xx/timeouts inside slack_sdk, and a classification of the errors that mean the channel
is dead. Answers to a slash command's response_url are not channel posts: no limiter.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import time
from collections import OrderedDict
from typing import Any, Literal, Protocol

import aiohttp
from aiohttp import web
from aiolimiter import AsyncLimiter
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_bolt.middleware.authorization.async_single_team_authorization import (
    AsyncSingleTeamAuthorization,
)
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import AsyncConnectionErrorRetryHandler
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.jitter import Jitter
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.adapters.base import ChatPort, DeliveryResult
from bot.adapters.lanes import ask_chat
from bot.adapters.slack_http import Refusal, read_signed
from bot.chat.replies import ChatContext, NoticeReply, Reply
from bot.logs import redact, register_secrets
from bot.render.slack import SLASH_COMMAND, SlackMessage, render, render_home, visibility
from bot.settings import Settings
from bot.web import WebServer

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."
# Errors that will not heal by retrying: the scheduler should stop delivering there.
DEAD_ERRORS = frozenset({"channel_not_found", "not_in_channel", "is_archived", "account_inactive"})
RETRYABLE_ERRORS = frozenset(
    {"ratelimited", "service_unavailable", "fatal_error", "internal_error", "request_timeout"}
)
MAX_RESPONSE_URL_USES = 5  # Slack accepts five answers per response_url
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


class SlackChat(ChatPort, Protocol):
    """The chat service as Slack needs it: also the latest digest, for the App Home."""

    def latest_digest(self) -> Reply:
        """Return the digest of the latest articles."""
        ...


class SlackError(RuntimeError):
    """Slack cannot be started: a missing setting or a refused token (never the token)."""


class RetryAfterHandler(AsyncRetryHandler):
    """Wait out a 429 for its Retry-After seconds, a bounded number of times."""

    def __init__(self, max_retry_count: int = 6, max_wait: float = 60.0) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        return response is not None and response.status_code == 429

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


def to_command(text: str) -> str:
    """Turn the words after `/digest`, in a mention or a DM into a command (`atom` → `/atom`)."""
    # Slack escapes &, < and > in what users type; mentions arrive as <@U123>.
    plain = _MENTION.sub(" ", text).replace("&lt;", "<").replace("&gt;", ">")
    words = plain.replace("&amp;", "&").split()
    if not words:
        return SLASH_COMMAND
    line = " ".join(words)
    return line if line.startswith("/") else f"/{line}"


def classify(error: BaseException) -> DeliveryResult:
    """Turn a failed Slack call into a delivery result, in our words: dead channel, retry
    later, maybe sent (the request went out, no answer came back), or not."""
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


def _chat_kind(channel: str) -> Literal["private", "group"]:
    # D… is a direct message; C… and G… are channels and group conversations.
    return "private" if channel.startswith("D") else "group"


class SlackAdapter:
    """The bot in Slack: answers commands, mentions, DMs and the App Home; delivers digests."""

    name = "slack"

    def __init__(
        self,
        settings: Settings,
        chat: SlackChat,
        web: WebServer | None,
        *,
        timeout: int = 30,
        max_retries: int = 3,
        backoff: float = 0.5,
        admin_ttl: float = 300.0,
    ) -> None:
        if not settings.slack_bot_token:
            raise SlackError("SLACK_BOT_TOKEN is not set")
        register_secrets(
            [settings.slack_bot_token, settings.slack_app_token, settings.slack_signing_secret]
        )
        self.socket_mode = bool(settings.slack_app_token)
        if not self.socket_mode and not settings.slack_signing_secret:
            raise SlackError(
                "HTTP mode needs SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)"
            )
        if not self.socket_mode and web is None:
            raise SlackError("HTTP mode needs the web server for POST /slack/events")
        self.settings = settings
        self.chat = chat
        self.timeout = timeout
        self.admin_ttl = admin_ttl
        self._handlers = retry_handlers(max_retries=max_retries, backoff=backoff)
        base_url = settings.slack_api_url.rstrip("/") + "/"
        self.client = AsyncWebClient(
            token=settings.slack_bot_token,
            base_url=base_url,
            timeout=timeout,
            retry_handlers=self._handlers,
        )
        self.app = AsyncApp(
            name="digestbot",
            client=self.client,
            signing_secret=settings.slack_signing_secret or "",
            logger=logging.getLogger("bot.adapters.slack.bolt"),
        )
        self.verifier = SignatureVerifier(settings.slack_signing_secret or "-")
        self.app.command(SLASH_COMMAND)(self._on_command)
        self.app.event("app_mention")(self._on_mention)
        self.app.event("message")(self._on_message)
        self.app.event("app_home_opened")(self._on_home_opened)
        self.bot_user_id: str | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._limiters: dict[str, AsyncLimiter] = {}
        self._channel_locks: dict[str, asyncio.Lock] = {}
        self._admins: dict[str, tuple[bool, float]] = {}
        self._seen_events: OrderedDict[str, None] = OrderedDict()
        self._inflight: set[asyncio.Task[Any]] = set()
        if web is not None and not self.socket_mode:
            web.add_route("POST", EVENTS_PATH, self.handle_http)

    # --- life cycle -------------------------------------------------------------------

    async def start(self) -> None:
        """Check the token with auth.test, then connect Socket Mode when configured."""
        try:
            auth = await self.client.auth_test()
        except SlackApiError as error:
            raise SlackError(
                f"Slack refused the bot token: {error.response.get('error')}"
            ) from None
        except (TimeoutError, aiohttp.ClientError) as error:
            raise SlackError(f"Slack Web API unreachable: {type(error).__name__}") from None
        self.bot_user_id = str(auth.get("user_id") or "") or None
        # bolt checks the token again on the first request, once per request that arrives
        # before any answer: a burst at start would send dozens of auth.test calls. Give it
        # the answer we already have (bolt keeps it on its authorization middleware).
        for middleware in self.app._async_middleware_list:
            if isinstance(middleware, AsyncSingleTeamAuthorization):
                middleware.auth_test_result = auth
        if self.socket_mode:
            self._socket = AsyncSocketModeHandler(self.app, self.settings.slack_app_token)
            await self._socket.connect_async()  # type: ignore[no-untyped-call]
        log.info("Slack connected (%s mode)", "Socket" if self.socket_mode else "HTTP")

    async def stop(self) -> None:
        """Close Socket Mode and let answers under way finish (8 seconds at most)."""
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
        if self._inflight:
            await asyncio.wait(set(self._inflight), timeout=8)

    async def handle_http(self, request: web.Request) -> web.StreamResponse:
        """Serve `POST /slack/events`: check size and signature, then parse and dispatch.

        Nothing of the body is parsed before its signature is known to be good, and a refused
        request costs one log line (never a traceback or a 500).
        """
        verdict = await read_signed(request, self.verifier)
        if isinstance(verdict, Refusal):
            log.warning("Slack request refused (%d): %s", verdict.status, verdict.reason)
            return web.Response(status=verdict.status, text=verdict.reason)
        try:
            bolt_request = AsyncBoltRequest(
                body=verdict, query=request.query_string, headers=dict(request.headers)
            )
            response = await self.app.async_dispatch(bolt_request)
            return await to_aiohttp_response(response)
        except Exception as error:
            log.warning("Slack request refused (400): unusable (%s)", type(error).__name__)
            return web.Response(status=400, text="unusable request")

    # --- listeners: acknowledge, parse, ask the chat, render, send ----------------------

    async def _on_command(self, ack: AsyncAck, command: dict[str, Any]) -> None:
        """Answer `/digest [words]`: acknowledge within 3 s, then reply to the response_url."""
        await ack()
        with self._tracked():
            channel, user = str(command.get("channel_id", "")), command.get("user_id")
            ctx = ChatContext("slack", channel, user_id=user, chat_kind=_chat_kind(channel))
            reply = await self._ask(to_command(str(command.get("text", ""))), ctx)
            try:
                await self._respond(command, reply)
            except Exception as error:
                log.warning("answer to /digest in %s failed: %s", channel, classify(error).reason)
                await self._respond_quietly(command, NoticeReply(APOLOGY, "error"))

    async def _on_mention(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        """Answer a mention in the thread of the mention."""
        if self._seen(body):
            return
        with self._tracked():
            channel, user = str(event.get("channel", "")), event.get("user")
            thread = event.get("thread_ts")
            ctx = ChatContext("slack", channel, thread, user, _chat_kind(channel))
            reply = await self._ask(to_command(str(event.get("text", ""))), ctx)
            await self._answer(channel, thread or event.get("ts"), reply, user)

    async def _on_message(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        """Answer a direct message in the DM (in its thread, if it was written in one)."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return  # edits, joins, bots and other channels' messages are no commands
        if self._seen(body):
            return
        with self._tracked():
            channel, user = str(event.get("channel", "")), event.get("user")
            thread = event.get("thread_ts")
            ctx = ChatContext("slack", channel, thread, user, "private")
            reply = await self._ask(to_command(str(event.get("text", ""))), ctx)
            await self._answer(channel, thread, reply, user)

    async def _on_home_opened(self, event: dict[str, Any]) -> None:
        """Show the latest digest and the topics in the App Home tab."""
        if event.get("tab") != "home" or not event.get("user"):
            return
        with self._tracked():
            try:
                latest = await asyncio.to_thread(self.chat.latest_digest)
                topics = await asyncio.to_thread(self.chat.topic_entries)
                view = render_home(latest, topics)
                await self.client.views_publish(user_id=str(event["user"]), view=view)
            except Exception as error:
                log.warning("App Home update failed: %s", classify(error).reason)

    # --- the scheduler's port ---------------------------------------------------------

    async def deliver(self, chat_id: str, thread_id: str | None, reply: Reply) -> DeliveryResult:
        """Post a scheduled reply to a channel (and thread); say whether the channel is dead."""
        sent: list[str] = []
        async with self._channel_lock(chat_id):
            for message in render(reply):
                try:
                    sent.append(await self._post(chat_id, message, thread_ts=thread_id))
                except Exception as error:
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

    # --- asking the chat --------------------------------------------------------------

    async def _ask(self, text: str, ctx: ChatContext) -> Reply:
        """Ask the chat service in a thread; settings changes first learn if the user is admin."""
        try:
            if ctx.user_id and ctx.chat_kind != "private" and self.chat.requires_admin(text):
                is_admin = await self._is_admin(ctx.user_id)
                ctx = ChatContext(
                    ctx.platform, ctx.chat_id, ctx.thread_id, ctx.user_id, ctx.chat_kind, is_admin
                )
            return await ask_chat(self.chat, text, ctx)
        except Exception:
            log.exception("chat failed on a Slack message")
            return NoticeReply(APOLOGY, "error")

    async def _is_admin(self, user_id: str) -> bool:
        """Tell whether a member is a workspace admin or owner (users.info, cached briefly)."""
        now = time.monotonic()
        cached = self._admins.get(user_id)
        if cached is not None and cached[1] > now:
            return cached[0]
        try:
            response = await self.client.users_info(user=user_id)
        except Exception as error:
            log.warning("users.info failed: %s", classify(error).reason)
            return False
        user = response.get("user") or {}
        is_admin = bool(
            user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner")
        )
        if len(self._admins) > 10_000:
            self._admins.clear()
        self._admins[user_id] = (is_admin, now + self.admin_ttl)
        return is_admin

    # --- sending ----------------------------------------------------------------------

    async def _respond(self, command: dict[str, Any], reply: Reply) -> None:
        """Answer a slash command: through its response_url, then the channel if it is long."""
        kind = visibility(reply)
        channel, user = str(command.get("channel_id", "")), str(command.get("user_id", ""))
        url = command.get("response_url")
        webhook = AsyncWebhookClient(str(url), timeout=self.timeout, retry_handlers=self._handlers)
        async with self._channel_lock(channel):
            for index, message in enumerate(render(reply)):
                if url and index < MAX_RESPONSE_URL_USES:
                    # An answer to a command, not a channel post: Slack's 1/s channel rate
                    # does not apply, so the channel's limiter is not waited for.
                    response = await webhook.send(
                        text=message.text,
                        blocks=message.blocks,
                        response_type=kind,
                        replace_original=False,
                    )
                    if response.status_code != 200:
                        raise ResponseUrlError(response.status_code, str(response.body)[:100])
                else:
                    user_for = user if kind == "ephemeral" else None
                    await self._post(channel, message, ephemeral_user=user_for)

    async def _respond_quietly(self, command: dict[str, Any], reply: Reply) -> None:
        try:
            await self._respond(command, reply)
        except Exception as error:
            log.warning("apology could not be sent: %s", classify(error).reason)

    async def _answer(self, channel: str, thread: str | None, reply: Reply, user: Any) -> None:
        """Answer in a channel or DM; errors and help privately to the asker outside DMs."""
        private = visibility(reply) == "ephemeral" and _chat_kind(channel) != "private"
        user_for = str(user) if private and user else None
        try:
            async with self._channel_lock(channel):
                for message in render(reply):
                    await self._post(channel, message, thread_ts=thread, ephemeral_user=user_for)
        except Exception as error:
            log.warning("answer in %s failed: %s", channel, classify(error).reason)
            if isinstance(reply, NoticeReply) and reply.text == APOLOGY:
                return
            try:
                [apology] = render(NoticeReply(APOLOGY, "error"))
                in_dm = _chat_kind(channel) == "private"
                to = None if in_dm or not user else str(user)
                await self._post(channel, apology, thread_ts=thread, ephemeral_user=to)
            except Exception as again:
                log.warning("apology in %s failed: %s", channel, classify(again).reason)

    async def _post(
        self,
        channel: str,
        message: SlackMessage,
        *,
        thread_ts: str | None = None,
        ephemeral_user: str | None = None,
    ) -> str:
        """Post one message within the channel's rate; return its ts."""
        async with self._limiter(channel):
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

    def _limiter(self, channel: str) -> AsyncLimiter:
        """Return the channel's limiter: about SLACK_RATE_PER_SECOND messages a second."""
        limiter = self._limiters.get(channel)
        if limiter is None:
            rate = max(self.settings.slack_rate_per_second, 0.001)
            # A bucket of one: messages spaced 1/rate apart, not a burst of `rate` at once.
            limiter = AsyncLimiter(1, 1 / rate)
            self._limiters[channel] = limiter
        return limiter

    def _channel_lock(self, channel: str) -> asyncio.Lock:
        """Keep the parts of one split reply together in a channel."""
        return self._channel_locks.setdefault(channel, asyncio.Lock())

    def _seen(self, body: dict[str, Any]) -> bool:
        """Tell whether an event was handled already (Slack retries slow deliveries)."""
        event_id = body.get("event_id")
        if not event_id:
            return False
        if event_id in self._seen_events:
            return True
        self._seen_events[event_id] = None
        if len(self._seen_events) > 1000:
            self._seen_events.popitem(last=False)
        return False

    def _tracked(self) -> _Tracked:
        return _Tracked(self._inflight)


class _Tracked:
    """Register the running listener so that `stop()` can wait for it."""

    def __init__(self, tasks: set[asyncio.Task[Any]]) -> None:
        self.tasks = tasks
        self.task: asyncio.Task[Any] | None = None

    def __enter__(self) -> None:
        self.task = asyncio.current_task()
        if self.task is not None:
            self.tasks.add(self.task)

    def __exit__(self, *exc: object) -> None:
        if self.task is not None:
            self.tasks.discard(self.task)


__all__ = ["DEAD_ERRORS", "SlackAdapter", "SlackChat", "SlackError", "to_command"]
