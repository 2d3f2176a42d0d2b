"""Telegram: a python-telegram-bot 22 Application answering from the chat, polling or webhook.

Handlers stay translators: parse the update, ask the chat, render, send. Flood limits,
retries and dead chats are handled once, for every request, in `FloodControl`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import random
import re
import secrets
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx
from aiohttp import web
from aiolimiter import AsyncLimiter
from telegram import (
    Bot,
    BotCommand,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
    User,
)
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from bot import logs
from bot.adapters.base import ChatPort, DeliveryResult
from bot.adapters.lanes import ask_chat
from bot.chat.replies import ChatContext, Reply, UnknownReply
from bot.render.telegram import TOPIC_CALLBACK_PREFIX, menu_commands, render
from bot.settings import Settings
from bot.web import WebServer

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ("message", "channel_post", "callback_query")
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."
BUTTONS_PER_ROW = 3
STOP_SECONDS = 9.5  # SIGTERM to exit within 10 s, with a little left for the rest of serve
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
_COMMAND = re.compile(r"/(?P<name>[^\s@]+)(?:@(?P<bot>\S*))?(?P<rest>.*)", re.DOTALL)
_KINDS: dict[str, Literal["private", "group", "channel"]] = {
    ChatType.PRIVATE: "private",
    ChatType.GROUP: "group",
    ChatType.SUPERGROUP: "group",
    ChatType.CHANNEL: "channel",
}
_ADMIN = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)
# Sending into these is pointless until someone changes something: the scheduler stops.
_GONE = ("chat not found", "message thread not found", "topic_deleted")


class Stopping(TelegramError):
    """A request still waiting on flood limits when the adapter stopped: it was not sent."""

    def __init__(self) -> None:
        super().__init__("not sent: the Telegram adapter is stopping")


# --- sent, not sent, or maybe sent ----------------------------------------------------------


class NotSent(NetworkError):
    """The request never reached Telegram (no connection, pool full): safe to repeat."""


class MaybeSent(TimedOut):
    """The request went out and no answer came back: Telegram may have posted it."""


class ServerError(NetworkError):
    """Telegram (or a proxy before it) answered 5xx, or something that is not the Bot API."""

    def __init__(self, code: int, *, readable: bool = True) -> None:
        kind = "server error" if code >= 500 else "not a Bot API answer"
        if not readable and code >= 500:
            kind = "server error, not a Bot API answer"
        super().__init__(f"Telegram answered {code} ({kind})")
        self.code = code


# Errors raised before a byte of the request was written; after any of the others the request
# may be out. (A write timeout or error leaves the body incomplete: Telegram cannot act on it.)
_BEFORE_SENDING = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteTimeout,
    httpx.WriteError,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
)


class SendRequest(HTTPXRequest):
    """PTB's HTTPX request, telling a request that never left from one whose answer never came.

    PTB wraps both in `TimedOut`/`NetworkError`; the httpx error it chains says which it was.
    Non-2xx answers that are not the Bot API's JSON (an nginx 502 page) never reach PTB's
    parser, which would copy the raw body into the error.
    """

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        try:
            code, payload = await super().do_request(*args, **kwargs)
        except NetworkError as error:
            cause = error.__cause__
            if isinstance(cause, _BEFORE_SENDING):
                raise NotSent(f"Telegram could not be reached ({type(cause).__name__})") from None
            if isinstance(cause, httpx.HTTPError):
                timed_out = isinstance(cause, httpx.TimeoutException)
                what = "no answer in time" if timed_out else "the connection dropped"
                raise MaybeSent(f"the request went out, then {what}") from None
            raise
        if 200 <= code <= 299:
            return code, payload
        readable = _is_api_answer(payload)
        if code >= 500 or not readable:
            raise ServerError(code, readable=readable)
        return code, payload


def _is_api_answer(payload: bytes) -> bool:
    try:
        data = json.loads(payload)
    except ValueError:
        return False
    return isinstance(data, dict) and "ok" in data


def delivery_failure(error: TelegramError) -> DeliveryResult:
    """Say in our words, short and without secrets, why a send failed, and what to do next."""
    if isinstance(error, MaybeSent):
        return DeliveryResult.uncertain(logs.redact(error.message))
    if isinstance(error, RetryAfter):
        wait = retry_seconds(error)
        return DeliveryResult.failed(
            f"Telegram asked to wait {wait:.0f} s (flood limit)", retryable=True, retry_after=wait
        )
    if isinstance(error, InvalidToken):
        return DeliveryResult.failed("Telegram refused the bot token (401/404)", retryable=False)
    if isinstance(error, ServerError | NotSent | Stopping):
        return DeliveryResult.failed(error.message, retryable=True)
    reason = logs.redact(error.message)[:200]
    if is_gone(error):
        return DeliveryResult.dead(reason)
    transient = isinstance(error, NetworkError) and not isinstance(error, BadRequest)
    return DeliveryResult.failed(reason, retryable=transient)


# --- logging: the token is in every Bot API URL ---------------------------------------------


class RedactSecrets(logging.Filter):
    """Hide secrets (the bot token, the webhook secret) in log records: `bot.logs.redact`,
    installed on the loggers that see Bot API URLs."""

    def __init__(self, *values: str | None) -> None:
        super().__init__()
        self._filter = logs.RedactSecrets(values)
        self.secrets = self._filter.secrets

    def redact(self, text: str) -> str:
        return logs.redact(text)

    def filter(self, record: logging.LogRecord) -> bool:
        return self._filter.filter(record)

    def targets(self) -> list[logging.Logger | logging.Handler]:
        """Return where to apply: the loggers that see Bot API URLs, and the root's handlers."""
        # A logger's filter sees only records logged on that very logger, so name each one
        # (PTB creates its loggers at import time); handlers of the root see the rest.
        names = {"httpx", "httpcore", "telegram", "aiohttp.access", "aiohttp.server", "bot"}
        names |= {n for n in logging.root.manager.loggerDict if n.startswith("telegram.")}
        root = logging.getLogger()
        return [root, *root.handlers, *(logging.getLogger(n) for n in sorted(names))]

    def install(self) -> None:
        for target in self.targets():
            target.addFilter(self)

    def remove(self) -> None:
        for target in self.targets():
            target.removeFilter(self)


# --- flood limits and retries ---------------------------------------------------------------


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
        self._overall = AsyncLimiter(overall_per_second, 1) if overall_per_second > 0 else None
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
        while True:
            await self._wait_pause(key)
            if self._overall is not None:
                await self._acquire(self._overall)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                delay = retry_seconds(error) + 0.1
                waited += delay
                if flooded >= max_retries or waited > self.max_flood_wait:
                    raise
                flooded += 1
                log.info("Telegram flood limit on %s: waiting %.1f s", endpoint, delay)
                self._pause(key, delay)
            except BadRequest:
                raise  # a NetworkError subclass, but repeating it cannot help
            except MaybeSent:
                if _sends_message(endpoint):
                    raise  # it may have arrived: repeating could post it twice
                failed += 1
                if failed > self.network_retries:
                    raise
            except NetworkError as error:  # 5xx, timeouts, refused connections
                if failed >= self.network_retries:
                    raise
                failed += 1
                delay = self.backoff * 2 ** (failed - 1) * (1 + random.random() / 2)
                log.info(
                    "Telegram %s failed (%s): retry %d in %.1f s", endpoint, error, failed, delay
                )
                await self._sleep(delay)

    def _pause(self, key: str, delay: float) -> None:
        """Hold a chat for `delay`; hold every chat when several were flooded just now."""
        now = time.monotonic()
        self._floods.append((now, key))
        while self._floods[0][0] < now - 1.0:
            self._floods.popleft()
        keys = {key}
        if key == "*" or len({k for _, k in self._floods}) > 1:
            keys.add("*")
        for held in keys:
            self._paused[held] = max(self._paused.get(held, 0.0), now + delay)

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
        for name, limiter in list(self._chats.items())[: len(self._chats) - self.max_chats]:
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


# --- updates: concurrent across chats, in order within one ---------------------------------


class PerChatOrder(BaseUpdateProcessor):
    """Process updates of different chats concurrently and each chat's updates in order."""

    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: Counter[int] = Counter()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._users[chat.id] += 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[chat.id] -= 1
            if not self._users[chat.id]:
                del self._users[chat.id], self._locks[chat.id]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


class RecentIds:
    """Remember the last `size` update ids, to handle a re-sent webhook update once."""

    def __init__(self, size: int = 10_000) -> None:
        self._order: deque[int] = deque()
        self._seen: set[int] = set()
        self.size = size

    def add(self, value: int) -> bool:
        """Record `value`; False if it was seen already."""
        if value in self._seen:
            return False
        self._seen.add(value)
        self._order.append(value)
        if len(self._order) > self.size:
            self._seen.discard(self._order.popleft())
        return True


class AdminCache:
    """Who administers which chat, as the Bot API said within the last `ttl` seconds."""

    def __init__(self, ttl: float = 60.0, size: int = 4096) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: OrderedDict[tuple[int, int], tuple[float, bool]] = OrderedDict()

    def get(self, chat_id: int, user_id: int) -> bool | None:
        entry = self._entries.get((chat_id, user_id))
        if entry is None or entry[0] < time.monotonic():
            return None
        return entry[1]

    def put(self, chat_id: int, user_id: int, is_admin: bool) -> None:
        self._entries[(chat_id, user_id)] = (time.monotonic() + self.ttl, is_admin)
        self._entries.move_to_end((chat_id, user_id))
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)


# --- the adapter ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Incoming:
    """A message for the chat: its text (without @BotName), where it came from and who sent it."""

    text: str
    ctx: ChatContext
    chat: Chat
    thread_id: int | None
    user: User | None
    sender_chat: Chat | None
    addressed: bool = False  # `/cmd@ThisBot`: meant for us even in a group with other bots


def file_url(base_url: str) -> str:
    """Return the file base URL that belongs to a Bot API base URL (`.../bot` → `.../file/bot`)."""
    head, found, tail = base_url.rpartition("/bot")
    return f"{head}/file/bot{tail}" if found else base_url.rstrip("/") + "/file/bot"


def chat_ref(chat_id: str) -> int | str:
    """Return a chat id as the Bot API takes it: a number, or `@channelname`."""
    return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id


def is_gone(error: BaseException | None) -> bool:
    """Tell whether an error means the chat (or forum topic) cannot take messages any more."""
    if isinstance(error, Forbidden):
        return True
    return isinstance(error, BadRequest) and any(g in error.message.lower() for g in _GONE)


class TelegramAdapter:
    """The bot in Telegram: private chats, groups, supergroups, channels and forum topics."""

    name = "telegram"

    def __init__(
        self,
        settings: Settings,
        chat: ChatPort,
        web: WebServer | None = None,
        *,
        flood: FloodControl | None = None,
        admin_ttl: float = 60.0,
        menu_refresh_seconds: float = 60.0,
        poll_timeout: float = 10.0,
        stop_grace: float = 3.0,
    ) -> None:
        if not settings.telegram_bot_token:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        if settings.telegram_webhook_url and web is None:
            raise ValueError("TELEGRAM_WEBHOOK_URL is set but there is no web server")
        self._chat = chat
        self._webhook_url = settings.telegram_webhook_url
        # Without a configured secret, a random one per start still keeps strangers out.
        self._secret = settings.telegram_webhook_secret or secrets.token_urlsafe(32)
        self._redaction = RedactSecrets(settings.telegram_bot_token, self._secret)
        self._redaction.install()  # before build(): PTB logs the URL with the token at once
        self._flood = flood or FloodControl(overall_per_second=settings.telegram_rate_per_second)
        self._admins = AdminCache(admin_ttl)
        self._seen = RecentIds()
        self._menu_refresh_seconds = menu_refresh_seconds
        self._poll_timeout = poll_timeout
        self._stop_grace = stop_grace
        self._menu: tuple[tuple[str, str], ...] | None = None
        self._menu_version: int | None = None
        self._menu_task: asyncio.Task[None] | None = None
        self._menu_lock = asyncio.Lock()
        self._background: set[asyncio.Task[None]] = set()
        self._accepting = False
        self._running = False
        self._app = self._build(settings)
        if self._webhook_url and web is not None:
            # Routes must exist before the shared server starts; until start() we answer 503.
            web.add_route("POST", urlsplit(self._webhook_url).path or "/", self._on_webhook)

    def _build(self, settings: Settings) -> Application[Any, Any, Any, Any, Any, Any]:
        token = settings.telegram_bot_token
        assert token is not None
        builder = (
            ApplicationBuilder()
            .token(token)
            .base_url(settings.telegram_api_base_url)
            .base_file_url(file_url(settings.telegram_api_base_url))
            .rate_limiter(self._flood)
            .concurrent_updates(PerChatOrder())
            .job_queue(None)
            .request(
                SendRequest(
                    connection_pool_size=256,
                    connect_timeout=5.0,
                    read_timeout=settings.send_timeout,
                    write_timeout=5.0,
                    pool_timeout=3.0,
                )
            )
        )
        if self._webhook_url:
            builder = builder.updater(None)
        app: Application[Any, Any, Any, Any, Any, Any] = builder.build()
        updates = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST
        app.add_handler(MessageHandler(filters.TEXT & updates, self._on_message))
        app.add_handler(CallbackQueryHandler(self._on_button))
        app.add_error_handler(self._on_error)
        return app

    @property
    def bot(self) -> Bot:
        return self._app.bot  # type: ignore[no-any-return]

    @property
    def mode(self) -> Literal["webhook", "polling"]:
        return "webhook" if self._webhook_url else "polling"

    # --- life cycle -----------------------------------------------------------------------

    async def start(self) -> None:
        """Connect (getMe), publish the command menu, then poll or set the webhook."""
        try:
            await self._app.initialize()
            await self._refresh_menu(force=True)
            await self._app.start()
            if self._webhook_url:
                await self.bot.set_webhook(
                    self._webhook_url, secret_token=self._secret, allowed_updates=ALLOWED_UPDATES
                )
                self._accepting = True
            else:
                assert self._app.updater is not None
                await self._app.updater.start_polling(
                    timeout=timedelta(seconds=self._poll_timeout),
                    allowed_updates=ALLOWED_UPDATES,
                    error_callback=self._on_poll_error,
                )
        except BaseException:
            await self._shutdown_quietly()
            raise
        self._running = True
        self._menu_task = asyncio.create_task(self._menu_loop(), name="telegram-menu")
        log.info("Telegram bot @%s started (%s)", self.bot.username, self.mode)

    async def open_for_delivery(self) -> None:
        """Connect for sending only (getMe): no polling, no webhook, no menu change.

        `digestbot deliver` runs beside a `serve` that owns the updates; starting the
        updater or re-setting the webhook here would take that process's messages.
        """
        try:
            await self._app.initialize()
        except BaseException:
            await self._shutdown_quietly()
            raise
        self._running = True

    async def close_for_delivery(self) -> None:
        """Close what `open_for_delivery` opened."""
        self._running = False
        await self._shutdown_quietly()

    async def stop(self) -> None:
        """Stop within 10 s: take no new updates, let answers under way finish, then close."""
        if not self._running:
            return
        self._running = self._accepting = False
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STOP_SECONDS - 1.5  # the last 1.5 s are for closing
        for task in (self._menu_task, *self._background):
            if task is not None:
                task.cancel()
        updater = self._app.updater
        if updater is not None and updater.running:
            with contextlib.suppress(TelegramError, TimeoutError):
                async with asyncio.timeout(2.0):
                    await updater.stop()
        stopping = asyncio.ensure_future(self._app.stop())
        await asyncio.wait((stopping,), timeout=self._stop_grace)
        if not stopping.done():
            # Answers still waiting on flood limits give up now, reported as not sent.
            self._flood.close()
            await asyncio.wait((stopping,), timeout=max(0.0, deadline - loop.time()))
        if not stopping.done():
            log.warning("Telegram answers still under way at stop: abandoned")
            stopping.cancel()
            with contextlib.suppress(BaseException):
                await stopping
        await self._shutdown_quietly()
        log.info("Telegram bot stopped")

    async def _shutdown_quietly(self) -> None:
        self._flood.close()
        try:
            async with asyncio.timeout(1.5):
                if self._app.running:
                    await self._app.stop()
                await self._app.shutdown()
        except Exception as error:  # nothing left to save; the process is going down
            log.warning("Telegram shutdown incomplete: %s", self._redaction.redact(str(error)))
        finally:
            self._redaction.remove()

    # --- scheduler ------------------------------------------------------------------------

    async def deliver(self, chat_id: str, thread_id: str | None, reply: Reply) -> DeliveryResult:
        """Send a reply for the scheduler and say how it went; never raises for Telegram errors."""
        if not self._running:
            return DeliveryResult.failed("the Telegram adapter is not running", retryable=True)
        sent: list[str] = []
        try:
            thread = int(thread_id) if thread_id else None
            await self._send(chat_ref(chat_id), thread, reply, sent)
        except ChatMigrated as error:
            return DeliveryResult.dead("migrated", new_chat_id=str(error.new_chat_id))
        except TelegramError as error:
            result = delivery_failure(error)
            if not sent or result.status == "dead":
                return result
            # Repeating would send the first parts twice.
            reason = f"{result.reason} (after {len(sent)} message(s) had been sent)"
            if result.status == "uncertain":
                return DeliveryResult.uncertain(reason, message_ids=tuple(sent))
            return DeliveryResult.failed(reason, retryable=False, message_ids=tuple(sent))
        return DeliveryResult.sent(tuple(sent))

    # --- handlers -------------------------------------------------------------------------

    async def _on_message(self, update: Update, context: object) -> None:
        """Answer a command (in a private chat, any text) with the chat's reply."""
        incoming = self._incoming(update)
        if incoming is not None:
            await self._answer(incoming)

    async def _on_button(self, update: Update, context: object) -> None:
        """Answer a topic button: stop the client's spinner first, then send the excerpt."""
        query = update.callback_query
        if query is None:
            return
        with contextlib.suppress(BadRequest):  # too old to answer; the excerpt still helps
            await query.answer()
        message = query.message
        data = query.data or ""
        if message is None or not data.startswith(TOPIC_CALLBACK_PREFIX):
            return
        thread = message.message_thread_id if isinstance(message, Message) else None
        if isinstance(message, Message) and not message.is_topic_message:
            thread = None
        text = "/" + data.removeprefix(TOPIC_CALLBACK_PREFIX)
        await self._answer(self._context(text, message.chat, thread, query.from_user, None))

    async def _on_error(self, update: object, context: Any) -> None:
        """Log a failed update and apologise in its chat; the bot carries on."""
        error = context.error
        if isinstance(error, ChatMigrated | Stopping) or is_gone(error):
            log.info("could not answer update: %s", error)
            return
        update_id = getattr(update, "update_id", None)
        log.error("update %s failed", update_id, exc_info=error)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        message = update.effective_message
        thread = message.message_thread_id if message and message.is_topic_message else None
        with contextlib.suppress(TelegramError):
            await self.bot.send_message(update.effective_chat.id, APOLOGY, message_thread_id=thread)

    def _on_poll_error(self, error: TelegramError) -> None:
        log.warning("Telegram polling failed: %s", self._redaction.redact(str(error)))

    async def _on_webhook(self, request: web.Request) -> web.Response:
        """Take an update Telegram posts: check the secret, drop repeats, queue it."""
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret.encode()):
            return web.Response(status=403, text="forbidden")
        if not self._accepting:
            return web.Response(status=503, text="starting or stopping")  # Telegram retries
        try:
            update = Update.de_json(await request.json(), self.bot)
        except Exception:  # any malformed body: refuse it, whatever PTB's parser raised
            log.warning("webhook: unreadable update refused")
            return web.Response(status=400, text="bad update")
        if self._seen.add(update.update_id):
            await self._app.update_queue.put(update)
        return web.Response(text="ok")

    # --- parse, ask, send -----------------------------------------------------------------

    def _incoming(self, update: Update) -> Incoming | None:
        """Return what a message asks of the chat, or None when it is not for this bot."""
        message = update.effective_message
        if message is None or not message.text:
            return None
        text = message.text.strip()
        addressed = False
        command = _COMMAND.fullmatch(text)
        if command is not None:
            target = command["bot"]
            if target is not None:
                if target.lower() != (self.bot.username or "").lower():
                    return None  # `/cmd@OtherBot`
                addressed = True
            text = f"/{command['name']}{command['rest']}"
        elif message.chat.type != ChatType.PRIVATE:
            return None  # groups and channels: only commands are ours
        thread = message.message_thread_id if message.is_topic_message else None
        incoming = self._context(text, message.chat, thread, message.from_user, message.sender_chat)
        return replace(incoming, addressed=addressed)

    def _context(
        self, text: str, chat: Chat, thread: int | None, user: User | None, sender: Chat | None
    ) -> Incoming:
        kind = _KINDS.get(chat.type, "group")
        who = sender.id if sender is not None else (user.id if user is not None else None)
        ctx = ChatContext(
            platform="telegram",
            chat_id=str(chat.id),
            thread_id=str(thread) if thread is not None else None,
            user_id=str(who) if who is not None else None,
            chat_kind=kind,
            is_admin=kind == "private",
        )
        return Incoming(text, ctx, chat, thread, user, sender)

    async def _answer(self, incoming: Incoming) -> None:
        """Ask the chat and send its reply to where the message came from."""
        ctx = incoming.ctx
        if ctx.chat_kind != "private" and self._chat.requires_admin(incoming.text):
            ctx = replace(ctx, is_admin=await self._is_admin(incoming))
        reply = await ask_chat(self._chat, incoming.text, ctx)
        quiet = ctx.chat_kind != "private" and not incoming.addressed
        if isinstance(reply, UnknownReply) and quiet:
            return  # most likely another bot's command: stay quiet in groups
        await self._send(incoming.chat.id, incoming.thread_id, reply)
        self._check_menu()

    async def _send(
        self,
        chat_id: int | str,
        thread_id: int | None,
        reply: Reply,
        sent: list[str] | None = None,
    ) -> list[Message]:
        """Render a reply and send its parts in order; `sent` collects ids as they go."""
        messages = []
        for part in render(reply):
            markup = _keyboard(part.buttons) if part.buttons else None
            message = await self.bot.send_message(
                chat_id,
                part.html,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                message_thread_id=thread_id,
                reply_markup=markup,
            )
            messages.append(message)
            if sent is not None:
                sent.append(str(message.message_id))
        return messages

    async def _is_admin(self, incoming: Incoming) -> bool:
        """Tell whether the sender administers the chat (Bot API, cached briefly)."""
        chat = incoming.chat
        if chat.type == ChatType.CHANNEL:
            return True  # only administrators can post in a channel
        if incoming.sender_chat is not None:
            return incoming.sender_chat.id == chat.id  # an anonymous admin speaks as the group
        if incoming.user is None:
            return False
        cached = self._admins.get(chat.id, incoming.user.id)
        if cached is not None:
            return cached
        try:
            member = await self.bot.get_chat_member(chat.id, incoming.user.id)
        except TelegramError as error:
            log.warning("getChatMember failed: %s", error)
            return False  # refuse rather than guess; not cached, so the next try asks again
        is_admin = member.status in _ADMIN
        self._admins.put(chat.id, incoming.user.id, is_admin)
        return is_admin

    # --- the command menu -----------------------------------------------------------------

    def _check_menu(self) -> None:
        """Refresh the menu in the background when the chat's topics changed."""
        if self._chat.topics_version == self._menu_version or self._menu_lock.locked():
            return
        task = asyncio.create_task(self._refresh_menu(), name="telegram-menu-refresh")
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _menu_loop(self) -> None:
        while True:
            await asyncio.sleep(self._menu_refresh_seconds)
            await self._refresh_menu()

    async def _refresh_menu(self, *, force: bool = False) -> None:
        """Publish the fixed and topic commands with setMyCommands if they changed."""
        async with self._menu_lock:
            try:
                topics = await asyncio.to_thread(self._chat.topic_entries)
                version = self._chat.topics_version  # read after: topic_entries() may refresh
                menu = menu_commands(topics)
                if menu != self._menu or force:
                    await self.bot.set_my_commands([BotCommand(n, d) for n, d in menu])
                    self._menu = menu
                self._menu_version = version
            except BadRequest as error:
                log.warning("setMyCommands refused: %s", error)
                self._menu_version = self._chat.topics_version  # same input, same refusal
            except Exception as error:  # the menu is a nicety: retried on the next change
                log.warning("command menu not refreshed: %s", self._redaction.redact(str(error)))


def _keyboard(buttons: tuple[tuple[str, str], ...]) -> InlineKeyboardMarkup:
    rows = [buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )
