"""Telegram, inbound: a python-telegram-bot Application answering from the chat, polling or
webhook; it sends through a `TelegramSender`."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import secrets
from dataclasses import replace
from datetime import timedelta
from typing import Any, Literal
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Bot, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, ChatMigrated, TelegramError
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.chat.commands import parse_command
from bot.chat.replies import APOLOGY, ChatContext, NoticeReply, Reply
from bot.chat.request import Request
from bot.i18n import ENGLISH, words
from bot.platforms.base import ChatPort, DeliveryResult
from bot.platforms.shared.admins import AdminCache
from bot.platforms.shared.policy import stay_quiet
from bot.platforms.shared.rate import SharedPace
from bot.platforms.shared.seen import SeenEvents
from bot.platforms.telegram.flood import FloodControl, Stopping
from bot.platforms.telegram.incoming import Incoming, incoming_for
from bot.platforms.telegram.menu import Menu, menus, publish
from bot.platforms.telegram.renderer import TOPIC_CALLBACK_PREFIX
from bot.platforms.telegram.sender import TelegramSender, is_gone
from bot.settings import Settings
from bot.sources.opml import MAX_OPML_BYTES
from bot.web import WebServer

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ("message", "channel_post", "callback_query")
STOP_SECONDS = 9.5  # SIGTERM to exit within 10 s, with a little left for the rest of serve
OPML_SUFFIXES = (".opml", ".xml")
_ADMIN = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


class TelegramListener:
    """Inbound Telegram: private chats, groups, supergroups, channels and forum topics.

    Handlers stay translators: parse the update, ask the chat, render and send (through
    `self.sender`, which the scheduler also delivers through while `serve` runs).
    """

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
        self.sender = TelegramSender(
            settings, flood=flood, updates=not self._webhook_url, secret=self._secret
        )
        self._admins: AdminCache[tuple[int, int]] = AdminCache(admin_ttl, size=4096)
        # Shared with the other web processes by `serve` on PostgreSQL (seen.shared).
        self.seen = SeenEvents("telegram")
        self._menu_refresh_seconds = menu_refresh_seconds
        self._poll_timeout = poll_timeout
        self._stop_grace = stop_grace
        self._menu: dict[str, Menu] = {}
        self._menu_version: int | None = None
        self._menu_task: asyncio.Task[None] | None = None
        self._menu_lock = asyncio.Lock()
        self._background: set[asyncio.Task[None]] = set()
        self._accepting = False
        # False: `serve` starts polling itself once this process holds the polling lock.
        self.poll_on_start = True
        self._app = self.sender.app
        updates = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST
        self._app.add_handler(MessageHandler(filters.TEXT & updates, self._on_message))
        self._app.add_handler(MessageHandler(filters.Document.ALL & updates, self._on_document))
        self._app.add_handler(CallbackQueryHandler(self._on_button))
        self._app.add_error_handler(self._on_error)
        if self._webhook_url and web is not None:
            # Routes must exist before the shared server starts; until start() we answer 503.
            web.add_route("POST", urlsplit(self._webhook_url).path or "/", self._on_webhook)

    @property
    def bot(self) -> Bot:
        return self.sender.bot

    def share_pace(self, pace: SharedPace) -> None:
        """Answers and digests keep to the limits every process of the bot shares."""
        self.sender.share_pace(pace)

    async def deliver(
        self, chat_id: str, thread_id: str | None, reply: Reply, *, language: str = ENGLISH
    ) -> DeliveryResult:
        """Deliver for the scheduler through this listener's sender."""
        return await self.sender.deliver(chat_id, thread_id, reply, language=language)

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
            elif self.poll_on_start:
                await self.start_polling()
        except BaseException:
            await self.sender.shutdown_quietly()
            raise
        self.sender.running = True
        self._menu_task = asyncio.create_task(self._menu_loop(), name="telegram-menu")
        log.info("Telegram bot @%s started (%s)", self.bot.username, self.mode)

    @property
    def polls(self) -> bool:
        """Tell whether updates come by long polling (one process at a time may poll)."""
        return self.mode == "polling"

    async def start_polling(self) -> None:
        """Begin taking updates with getUpdates."""
        updater = self._app.updater
        assert updater is not None
        if not updater.running:
            await updater.start_polling(
                timeout=timedelta(seconds=self._poll_timeout),
                allowed_updates=ALLOWED_UPDATES,
                error_callback=self._on_poll_error,
            )

    async def stop_polling(self) -> None:
        """Stop taking updates (another process polls now); answers under way finish."""
        updater = self._app.updater
        if updater is not None and updater.running:
            with contextlib.suppress(TelegramError, TimeoutError):
                async with asyncio.timeout(2.0):
                    await updater.stop()

    async def stop(self) -> None:
        """Stop within 10 s: take no new updates, let answers under way finish, then close."""
        if not self.sender.running:
            return
        self.sender.running = self._accepting = False
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
            self.sender.flood.close()
            await asyncio.wait((stopping,), timeout=max(0.0, deadline - loop.time()))
        if not stopping.done():
            log.warning("Telegram answers still under way at stop: abandoned")
            stopping.cancel()
            with contextlib.suppress(BaseException):
                await stopping
        await self.sender.shutdown_quietly()
        log.info("Telegram bot stopped")

    # --- handlers -------------------------------------------------------------------------

    async def _on_message(self, update: Update, context: object) -> None:
        """Answer a command (in a private chat, any text) with the chat's reply."""
        incoming = self._incoming(update)
        if incoming is not None:
            await self._answer(incoming)

    async def _on_document(self, update: Update, context: object) -> None:
        """An OPML file sent to the chat: download it (size-capped) and import its feeds."""
        message = update.effective_message
        document = message.document if message is not None else None
        if message is None or document is None:
            return
        if not (document.file_name or "").lower().endswith(OPML_SUFFIXES):
            return  # not ours: other files are left alone, in groups above all
        thread = message.message_thread_id if message.is_topic_message else None
        request = Request("sources", "", "sources", slash=True)
        incoming = incoming_for(request, message.chat, thread, message.from_user, None)
        ctx = await self._chat.localise(incoming.ctx, incoming.user_language)
        reply: Reply
        if (document.file_size or 0) > MAX_OPML_BYTES:
            _ = words(ctx.language).gettext
            text = _("That file is larger than %(size)s KB: too big to import.")
            reply = NoticeReply(text % {"size": MAX_OPML_BYTES // 1024}, "error")
        else:
            file = await document.get_file()
            data = bytes(await file.download_as_bytearray())
            reply = await self._chat.import_opml(data, ctx, self)
        await self.sender.send(message.chat.id, thread, reply, language=ctx.language)

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
        request = parse_command("/" + data.removeprefix(TOPIC_CALLBACK_PREFIX))
        if request is not None:
            await self._answer(incoming_for(request, message.chat, thread, query.from_user, None))

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
            sorry = words(self._chat.default_language).gettext(APOLOGY)
            await self.bot.send_message(update.effective_chat.id, sorry, message_thread_id=thread)

    def _on_poll_error(self, error: TelegramError) -> None:
        log.warning("Telegram polling failed: %s", self.sender.redact(str(error)))

    async def _on_webhook(self, request: web.Request) -> web.Response:
        """Take an update Telegram posts: check the secret, drop repeats, queue it."""
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret.encode()):
            return web.Response(status=403, text="forbidden")
        if not self._accepting:
            return web.Response(status=503, text="starting or stopping")  # Telegram retries
        try:
            update = Update.de_json(await request.json(), self.bot)
        except Exception:  # noqa: BLE001 - any malformed body: refuse it, whatever PTB raised
            log.warning("webhook: unreadable update refused")
            return web.Response(status=400, text="bad update")
        if await self.seen.first_time(update.update_id):
            await self._app.update_queue.put(update)
        return web.Response(text="ok")

    # --- parse, ask, send -----------------------------------------------------------------

    def _incoming(self, update: Update) -> Incoming | None:
        """Return what a message asks of the chat, or None when it is not for this bot."""
        message = update.effective_message
        if message is None or not message.text:
            return None
        request = parse_command(message.text)
        if request is None:
            return None
        addressed = request.addressed_to(self.bot.username)
        if request.slash and request.name:
            if request.addressee is not None and not addressed:
                return None  # `/cmd@OtherBot`
        elif message.chat.type != ChatType.PRIVATE:
            return None  # groups and channels: only commands are ours
        thread = message.message_thread_id if message.is_topic_message else None
        incoming = incoming_for(
            request, message.chat, thread, message.from_user, message.sender_chat
        )
        return replace(incoming, addressed=addressed)

    async def _answer(self, incoming: Incoming) -> None:
        """Ask the chat and send its reply to where the message came from."""
        ctx = await self._chat.localise(incoming.ctx, incoming.user_language)
        reply = await self._chat.answer(incoming.request, ctx, self)
        if stay_quiet(reply, ctx, addressed=incoming.addressed):
            return  # most likely another bot's command
        await self.sender.send(incoming.chat.id, incoming.thread_id, reply, language=ctx.language)
        self._check_menu()

    async def is_admin(self, ctx: ChatContext) -> bool:
        """Tell whether the sender administers the chat (Bot API, cached briefly)."""
        if ctx.chat_kind == "channel":
            return True  # only administrators can post in a channel
        if ctx.user_id is None:
            return False
        if ctx.user_id == ctx.chat_id:
            return True  # an anonymous admin speaks as the group
        if ctx.user_id.startswith("-"):
            return False  # another chat (a linked channel) speaking in the group
        chat_id, user_id = int(ctx.chat_id), int(ctx.user_id)
        cached = self._admins.get((chat_id, user_id))
        if cached is not None:
            return cached
        try:
            member = await self.bot.get_chat_member(chat_id, user_id)
        except TelegramError as error:
            log.warning("getChatMember failed: %s", error)
            return False  # refuse rather than guess; not cached, so the next try asks again
        is_admin = member.status in _ADMIN
        self._admins.put((chat_id, user_id), is_admin)
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
        """Publish the command menus (one per client language) with setMyCommands if changed."""
        async with self._menu_lock:
            try:
                topics = await asyncio.to_thread(self._chat.topic_entries)
                version = self._chat.topics_version  # read after: topic_entries() may refresh
                await publish(
                    self.bot, menus(topics, self._chat.default_language), self._menu, force
                )
                self._menu_version = version
            except BadRequest as error:
                log.warning("setMyCommands refused: %s", error)
                self._menu_version = self._chat.topics_version  # same input, same refusal
            except Exception as error:  # noqa: BLE001 - the menu is a nicety: retried on the next change
                log.warning("command menu not refreshed: %s", self.sender.redact(str(error)))
