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
import re
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_bolt.middleware.authorization.async_single_team_authorization import (
    AsyncSingleTeamAuthorization,
)
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.chat.commands import parse_command
from bot.chat.replies import ChatContext, FileReply, Reply
from bot.i18n import ENGLISH, Words, words
from bot.platforms.base import ChatPort, DeliveryResult
from bot.platforms.shared.admins import AdminCache
from bot.platforms.shared.policy import apology, is_apology
from bot.platforms.shared.rate import SharedPace
from bot.platforms.shared.seen import SeenEvents
from bot.platforms.slack.files import FileImports, SlackFiles
from bot.platforms.slack.http import Refusal, read_signed
from bot.platforms.slack.incoming import chat_kind as _chat_kind
from bot.platforms.slack.incoming import to_command
from bot.platforms.slack.renderer import (
    SLASH_COMMAND,
    TOPIC_ACTION_PREFIX,
    render,
    render_home,
    visibility,
)
from bot.platforms.slack.sender import ResponseUrlError, SlackSender, classify
from bot.platforms.slack.settings import SlackError
from bot.settings import Settings
from bot.web import WebServer

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_RESPONSE_URL_USES = 5  # Slack accepts five answers per response_url
_FILE_TIMEOUT = 10  # seconds for a shared file's download, at least
__all__ = ["SlackListener", "to_command"]


class SlackListener:
    """Inbound Slack: answers `/digest`, mentions, DMs and the App Home; posts via a sender."""

    name = "slack"

    def __init__(
        self,
        settings: Settings,
        chat: ChatPort,
        web: WebServer | None,
        *,
        timeout: int = 30,
        max_retries: int = 3,
        backoff: float = 0.5,
        admin_ttl: float = 300.0,
    ) -> None:
        self.sender = SlackSender(
            settings, timeout=timeout, max_retries=max_retries, backoff=backoff
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
        self._start_tries, self._start_backoff = 1 + max_retries, backoff
        self.client = self.sender.client
        self.app = AsyncApp(
            name="digestbot",
            client=self.client,
            signing_secret=settings.slack_signing_secret or "",
            logger=logging.getLogger("bot.platforms.slack.bolt"),
        )
        self.verifier = SignatureVerifier(settings.slack_signing_secret or "-")
        self.app.command(SLASH_COMMAND)(self._on_command)
        self.app.event("app_mention")(self._on_mention)
        # Before the plain `message` listener: bolt runs the first that matches.
        self.app.event({"type": "message", "subtype": "file_share"})(self._on_file_share)
        self.app.event("message")(self._on_message)
        self.app.event("app_home_opened")(self._on_home_opened)
        self.app.action(re.compile("^" + re.escape(TOPIC_ACTION_PREFIX)))(self._on_topic_button)
        self.bot_user_id: str | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._admins: AdminCache[str] = AdminCache(admin_ttl)
        # Shared with the other web processes by `serve` on PostgreSQL (seen.shared).
        self.seen = SeenEvents("slack", 1000)
        # (a shared file is bigger than an API answer: never under _FILE_TIMEOUT seconds)
        self.files = SlackFiles(self.sender, timeout=max(timeout, _FILE_TIMEOUT))
        self.imports = FileImports(self.files, chat, self, self.seen)
        self._inflight: set[asyncio.Task[Any]] = set()
        if web is not None and not self.socket_mode:
            web.add_route("POST", EVENTS_PATH, self.handle_http)

    # --- life cycle -------------------------------------------------------------------

    async def start(self) -> None:
        """Check the token with auth.test, then connect Socket Mode when configured. A
        timeout or a dropped connection is tried again: a slow network is no refusal."""
        for attempt in range(self._start_tries):
            try:
                auth = await self.client.auth_test()
                break
            except SlackApiError as error:
                raise SlackError(
                    f"Slack refused the bot token: {error.response.get('error')}"
                ) from None
            except (TimeoutError, aiohttp.ClientError) as error:
                if attempt + 1 == self._start_tries:
                    raise SlackError(f"Slack Web API unreachable: {type(error).__name__}") from None
                await asyncio.sleep(self._start_backoff * 2**attempt)
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
        except Exception as error:  # noqa: BLE001 - bolt may raise anything on a body it cannot use: 400
            log.warning("Slack request refused (400): unusable (%s)", type(error).__name__)
            return web.Response(status=400, text="unusable request")

    # --- listeners: acknowledge, parse, ask the chat, render, send ----------------------

    async def _on_command(self, ack: AsyncAck, command: dict[str, Any]) -> None:
        """Answer `/digest [words]`: acknowledge within 3 s, then reply to the response_url."""
        await ack()
        with self._tracked():
            channel, user = str(command.get("channel_id", "")), command.get("user_id")
            ctx = ChatContext("slack", channel, user_id=user, chat_kind=_chat_kind(channel))
            ctx = await self.chat.localise(ctx)
            reply = await self._ask(to_command(str(command.get("text", ""))), ctx)
            said = words(ctx.language)
            try:
                await self._respond(command, reply, said)
            except Exception as error:  # noqa: BLE001 - any failure to answer gets the apology
                log.warning("answer to /digest in %s failed: %s", channel, classify(error).reason)
                await self._respond_quietly(command, apology(ctx.language), said)

    async def _on_mention(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        """Answer a mention in the thread of the mention (one with files: import them)."""
        if event.get("files"):
            return await self._on_file_share(event, body)
        if await self._seen(body):
            return
        with self._tracked():
            channel, user = str(event.get("channel", "")), event.get("user")
            thread = event.get("thread_ts")
            ctx = ChatContext("slack", channel, thread, user, _chat_kind(channel))
            ctx = await self.chat.localise(ctx)
            reply = await self._ask(to_command(str(event.get("text", ""))), ctx)
            await self._answer(channel, thread or event.get("ts"), reply, user, ctx.language)

    async def _on_message(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        """Answer a direct message in the DM (in its thread, if it was written in one)."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return  # edits, joins, bots and other channels' messages are no commands
        if await self._seen(body):
            return
        with self._tracked():
            channel, user = str(event.get("channel", "")), event.get("user")
            thread = event.get("thread_ts")
            ctx = ChatContext("slack", channel, thread, user, "private")
            ctx = await self.chat.localise(ctx)
            reply = await self._ask(to_command(str(event.get("text", ""))), ctx)
            await self._answer(channel, thread, reply, user, ctx.language)

    async def _on_file_share(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        """Import the OPML files a message shares, in a channel the bot is in or its DM."""
        if event.get("bot_id") or await self._seen(body):
            return
        with self._tracked():
            for a in await self.imports.answers(event, self.bot_user_id):
                await self._answer(a.channel, a.thread, a.reply, event.get("user"), a.language)

    async def _on_home_opened(self, event: dict[str, Any]) -> None:
        """Show the latest digest and the topics in the App Home tab."""
        if event.get("tab") != "home" or not event.get("user"):
            return
        with self._tracked():
            try:
                latest = await asyncio.to_thread(self.chat.latest_digest)
                topics = await asyncio.to_thread(self.chat.topic_entries)
                # The App Home is the user's own page: their DM's language, else the default.
                ctx = ChatContext("slack", str(event.get("channel") or ""), chat_kind="private")
                language = (await self.chat.localise(ctx)).language
                view = render_home(latest, topics, words=words(language))
                await self.client.views_publish(user_id=str(event["user"]), view=view)
            except Exception as error:  # noqa: BLE001 - the App Home is a nicety
                log.warning("App Home update failed: %s", classify(error).reason)

    async def _on_topic_button(self, ack: AsyncAck, body: dict[str, Any]) -> None:
        """A topic button clicked: answer that topic where the button was (thread included)."""
        await ack()
        with self._tracked():
            action = (body.get("actions") or [{}])[0]
            user = (body.get("user") or {}).get("id")
            container = body.get("container") or {}
            # A button in the App Home has no channel: the answer goes to the user's DM.
            channel = str((body.get("channel") or {}).get("id") or user or "")
            if not channel:
                return
            thread = container.get("thread_ts") or (body.get("message") or {}).get("thread_ts")
            ctx = ChatContext("slack", channel, thread, user, _chat_kind(channel))
            ctx = await self.chat.localise(ctx)
            reply = await self._ask(to_command(str(action.get("value", ""))), ctx)
            await self._answer(channel, thread, reply, user, ctx.language)

    def share_pace(self, pace: SharedPace) -> None:
        """Posts keep to each channel's rate together with every other process of the bot."""
        self.sender.share_pace(pace)

    async def deliver(
        self, chat_id: str, thread_id: str | None, reply: Reply, *, language: str = ENGLISH
    ) -> DeliveryResult:
        """Deliver for the scheduler through this listener's sender."""
        return await self.sender.deliver(chat_id, thread_id, reply, language=language)

    # --- asking the chat --------------------------------------------------------------

    async def _ask(self, text: str, ctx: ChatContext) -> Reply:
        """Ask the chat; it asks back (`is_admin`) before a settings change in a channel."""
        try:
            return await self.chat.answer(parse_command(text), ctx, self)
        except Exception:
            log.exception("chat failed on a Slack message")
            return apology(ctx.language)

    async def is_admin(self, ctx: ChatContext) -> bool:
        """The `Permissions` port: workspace admins and owners may change a channel's settings."""
        return bool(ctx.user_id) and await self._is_admin(str(ctx.user_id))

    async def _is_admin(self, user_id: str) -> bool:
        """Tell whether a member is a workspace admin or owner (users.info, cached briefly)."""
        cached = self._admins.get(user_id)
        if cached is not None:
            return cached
        try:
            response = await self.client.users_info(user=user_id)
        except Exception as error:  # noqa: BLE001 - cannot tell: refuse rather than guess
            log.warning("users.info failed: %s", classify(error).reason)
            return False
        user = response.get("user") or {}
        is_admin = bool(
            user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner")
        )
        self._admins.put(user_id, is_admin)
        return is_admin

    # --- sending ----------------------------------------------------------------------

    async def _respond(self, command: dict[str, Any], reply: Reply, said: Words) -> None:
        """Answer a slash command: through its response_url, then the channel if it is long."""
        kind = visibility(reply)
        channel, user = str(command.get("channel_id", "")), str(command.get("user_id", ""))
        if isinstance(reply, FileReply) and await self.files.upload(channel, None, reply):
            return  # a file in the channel; where that fails, its text comes as an answer
        url = command.get("response_url")
        webhook = AsyncWebhookClient(
            str(url), timeout=self.timeout, retry_handlers=self.sender.retry
        )
        async with self.sender.channel_lock(channel):
            for index, message in enumerate(render(reply, words=said)):
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
                    await self.sender.post(channel, message, ephemeral_user=user_for)

    async def _respond_quietly(self, command: dict[str, Any], reply: Reply, said: Words) -> None:
        try:
            await self._respond(command, reply, said)
        except Exception as error:  # noqa: BLE001 - nothing more to do than log
            log.warning("apology could not be sent: %s", classify(error).reason)

    async def _answer(
        self, channel: str, thread: str | None, reply: Reply, user: Any, language: str
    ) -> None:
        """Answer in a channel or DM; errors and help privately to the asker outside DMs."""
        said = words(language)
        private = visibility(reply) == "ephemeral" and _chat_kind(channel) != "private"
        user_for = str(user) if private and user else None
        if isinstance(reply, FileReply) and await self.files.upload(channel, thread, reply):
            return
        try:
            async with self.sender.channel_lock(channel):
                for message in render(reply, words=said):
                    await self.sender.post(
                        channel, message, thread_ts=thread, ephemeral_user=user_for
                    )
        except Exception as error:  # noqa: BLE001 - any failure to answer gets the apology
            log.warning("answer in %s failed: %s", channel, classify(error).reason)
            if is_apology(reply):
                return
            try:
                [sorry] = render(apology(language), words=said)
                in_dm = _chat_kind(channel) == "private"
                to = None if in_dm or not user else str(user)
                await self.sender.post(channel, sorry, thread_ts=thread, ephemeral_user=to)
            except Exception as again:  # noqa: BLE001 - nothing more to do than log
                log.warning("apology in %s failed: %s", channel, classify(again).reason)

    async def _seen(self, body: dict[str, Any]) -> bool:
        """Tell whether an event was handled already (Slack retries slow deliveries)."""
        event_id = body.get("event_id")
        if not event_id:
            return False
        return not await self.seen.first_time(str(event_id))

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
