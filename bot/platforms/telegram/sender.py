"""Telegram, outbound: the Bot API client with its flood limits, and delivery results."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
)

from bot import logs
from bot.chat.replies import FileReply, Reply
from bot.i18n import ENGLISH, words
from bot.platforms.base import DeliveryResult, PlatformUnavailable
from bot.platforms.shared.rate import SharedPace
from bot.platforms.telegram.flood import FloodControl, Stopping, retry_seconds
from bot.platforms.telegram.redaction import RedactSecrets
from bot.platforms.telegram.renderer import render
from bot.platforms.telegram.requests import MaybeSent, NotSent, SendRequest, ServerError
from bot.platforms.telegram.updates import PerChatOrder
from bot.settings import Settings

log = logging.getLogger(__name__)

_GONE = ("chat not found", "message thread not found", "topic_deleted")
BUTTONS_PER_ROW = 3
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
MAX_CONNECTIONS = 256
# Connections kept open between requests. httpcore looks at every pooled connection (a
# system call or two each) twice a request, so a pool grown by a burst to dozens costs more
# than the requests themselves; a few sends at a time keep a few connections busy.
KEEP_ALIVE = 8
LIMITS = httpx.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=KEEP_ALIVE)
# Rendered replies kept (each holds its reply, so an id is not reused while kept).
RENDERED = 64
# One message of a rendered reply: its HTML and its keyboard.
_Part = tuple[str, InlineKeyboardMarkup | None]


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


def build_application(
    settings: Settings, flood: FloodControl, *, updater: bool
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The PTB application: the Bot with its limits and timeouts, an updater if it polls."""
    token = settings.telegram_bot_token
    assert token is not None
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(file_url(settings.telegram_api_base_url))
        .rate_limiter(flood)
        .concurrent_updates(PerChatOrder())
        .job_queue(None)
        .request(
            SendRequest(
                connection_pool_size=MAX_CONNECTIONS,
                connect_timeout=5.0,
                read_timeout=settings.send_timeout,
                write_timeout=5.0,
                pool_timeout=3.0,
                httpx_kwargs={"limits": LIMITS},
            )
        )
    )
    if not updater:
        builder = builder.updater(None)
    app: Application[Any, Any, Any, Any, Any, Any] = builder.build()
    return app


class TelegramSender:
    """Outbound Telegram: render replies and send their parts in order, within flood limits.

    `deliver` builds only this (no polling, no webhook, no chat); the listener sends
    through one too, sharing its application.
    """

    name = "telegram"

    def __init__(
        self,
        settings: Settings,
        *,
        flood: FloodControl | None = None,
        updates: bool = False,
        secret: str | None = None,
    ) -> None:
        if not settings.telegram_bot_token:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        self._redaction = RedactSecrets(settings.telegram_bot_token, secret)
        self._redaction.install()  # before the build: PTB logs the URL with the token at once
        self.flood = flood or FloodControl(overall_per_second=settings.telegram_rate_per_second)
        self.app = build_application(settings, self.flood, updater=updates)
        self.running = False
        # Replies rendered lately, by identity and language: thousands of chats due at one
        # minute get the same daily digest object, rendered once (rendering is pure).
        self._rendered: dict[tuple[int, str], tuple[Reply, list[_Part]]] = {}

    @property
    def bot(self) -> Bot:
        return self.app.bot  # type: ignore[no-any-return]

    def share_pace(self, pace: SharedPace) -> None:
        """Keep to the flood limits together with every other process of the bot."""
        self.flood.shared = pace

    def redact(self, text: str) -> str:
        return self._redaction.redact(text)

    async def open(self) -> None:
        """Connect for sending only (getMe): no polling, no webhook, no menu change.

        `digestbot deliver` runs beside a `serve` that owns the updates; starting the
        updater or re-setting the webhook here would take that process's messages.
        """
        try:
            await self.app.initialize()
        except TelegramError as error:
            await self.shutdown_quietly()
            raise PlatformUnavailable(
                delivery_failure(error).reason or type(error).__name__
            ) from None
        except BaseException:
            await self.shutdown_quietly()
            raise
        self.running = True

    async def close(self) -> None:
        """Close what `open` opened."""
        self.running = False
        await self.shutdown_quietly()

    async def shutdown_quietly(self) -> None:
        self.flood.close()
        try:
            async with asyncio.timeout(1.5):
                if self.app.running:
                    await self.app.stop()
                await self.app.shutdown()
        except Exception as error:  # noqa: BLE001 - nothing left to save; the process is going down
            log.warning("Telegram shutdown incomplete: %s", self.redact(str(error)))
        finally:
            self._redaction.remove()

    async def send(
        self,
        chat_id: int | str,
        thread_id: int | None,
        reply: Reply,
        sent: list[str] | None = None,
        *,
        language: str = ENGLISH,
    ) -> list[Message]:
        """Render a reply and send its parts in order; `sent` collects ids as they go."""
        if isinstance(reply, FileReply):  # a file goes as a document, its caption beside it
            document = await self.bot.send_document(
                chat_id,
                InputFile(reply.content, filename=reply.filename),
                caption=reply.caption[:1024],
                message_thread_id=thread_id,
            )
            if sent is not None:
                sent.append(str(document.message_id))
            return [document]
        messages = []
        for html, markup in self._render(reply, language):
            message = await self.bot.send_message(
                chat_id,
                html,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                message_thread_id=thread_id,
                reply_markup=markup,
            )
            messages.append(message)
            if sent is not None:
                sent.append(str(message.message_id))
        return messages

    def _render(self, reply: Reply, language: str) -> list[_Part]:
        """A reply's messages with their keyboards; the same reply object is rendered once."""
        key = (id(reply), language)
        found = self._rendered.get(key)
        if found is not None and found[0] is reply:
            return found[1]
        parts = [
            (part.html, _keyboard(part.buttons) if part.buttons else None)
            for part in render(reply, words=words(language))
        ]
        if len(self._rendered) >= RENDERED:
            self._rendered.clear()
        self._rendered[key] = (reply, parts)
        return parts

    async def deliver(
        self, chat_id: str, thread_id: str | None, reply: Reply, *, language: str = ENGLISH
    ) -> DeliveryResult:
        """Send a reply for the scheduler and say how it went; never raises for Telegram errors."""
        if not self.running:
            return DeliveryResult.failed("the Telegram adapter is not running", retryable=True)
        sent: list[str] = []
        try:
            thread = int(thread_id) if thread_id else None
            await self.send(chat_ref(chat_id), thread, reply, sent, language=language)
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


def _keyboard(buttons: tuple[tuple[str, str], ...]) -> InlineKeyboardMarkup:
    rows = [buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )
