"""The chat: one place that turns a command into a structured reply, for every platform.

Adapters parse with `parse_command`, ask `answer` (which checks, through the platform's
`Permissions`, who may change a chat's settings) and render what comes back.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from bot import metrics
from bot.chat.commands import BY_NAME, COMMANDS, Command, first_url, help_reply, parse_command
from bot.chat.lanes import run_in_lane
from bot.chat.library import NOTHING_HIDDEN, ArticleIndex, Hidden
from bot.chat.ports import Permissions, Sources, Subscriptions
from bot.chat.replies import (
    ChatContext,
    DigestReply,
    ExcerptItem,
    ExcerptReply,
    NoticeReply,
    Reply,
    TopicEntry,
    UnknownReply,
    apology,
)
from bot.chat.request import Request
from bot.core.text import match_key
from bot.store.errors import StoreBusy
from bot.store.waits import interactive_writes

log = logging.getLogger(__name__)

ADMINS_ONLY = NoticeReply(
    "Only administrators of this chat can change its subscription, sources or settings.", "error"
)
BUSY = NoticeReply(
    "The database is busy right now; please try again in a moment. Nothing was changed.", "error"
)


class ChatService:
    """Answer chat commands from the library, the same for Telegram, Slack and the console."""

    def __init__(
        self,
        library: ArticleIndex,
        *,
        subscriptions: Subscriptions | None = None,
        sources: Sources | None = None,
    ) -> None:
        self._library = library
        self._subscriptions = subscriptions
        self._sources = sources

    # --- what handlers use (ChatTools) ------------------------------------------------

    @property
    def subscriptions(self) -> Subscriptions | None:
        return self._subscriptions

    @property
    def sources(self) -> Sources | None:
        return self._sources

    def hidden(self, ctx: ChatContext | None) -> Hidden:
        """The sources whose articles this chat does not see (None: what every chat sees)."""
        return self._sources.hidden(ctx) if self._sources is not None else NOTHING_HIDDEN

    def current_topics(self, ctx: ChatContext | None) -> tuple[TopicEntry, ...]:
        return self._library.topics(hidden=self.hidden(ctx))

    def current_digest(self, ctx: ChatContext | None) -> DigestReply:
        latest = self._library.latest(self.hidden(ctx))
        return DigestReply(self._library.digest_items(latest), self._library.topics(latest))

    def find(self, words: str, ctx: ChatContext, *, limit: int) -> tuple[ExcerptItem, ...]:
        return self._library.search(words, limit=limit, hidden=self.hidden(ctx))

    # --- what adapters ask besides answer() -------------------------------------------

    @property
    def topics_version(self) -> int:
        return self._library.version

    def commands(self) -> tuple[Command, ...]:
        return COMMANDS

    def topic_entries(self) -> tuple[TopicEntry, ...]:
        """The topics every chat sees (the command menu is one for all chats)."""
        self._refresh()
        return self.current_topics(None)

    def requires_admin(self, text: str) -> bool:
        """Tell whether a message is a command that changes this chat's settings."""
        return _admin_only(parse_command(text))

    def latest_digest(self) -> DigestReply:
        self._refresh()
        return self.current_digest(None)

    async def import_opml(self, data: bytes, ctx: ChatContext, permissions: Permissions) -> Reply:
        """An OPML file sent to the chat: import its feeds (administrators only in groups)."""
        try:
            if self._sources is None:
                return NoticeReply("This bot reads only the sources its operator chose.", "error")
            if ctx.chat_kind != "private" and not ctx.is_admin:
                ctx = replace(ctx, is_admin=await permissions.is_admin(ctx))
            if not self._may_change_settings(ctx):
                return ADMINS_ONLY
            sources = self._sources
            return await run_in_lane(True, lambda: sources.import_opml(ctx, data))
        except Exception:
            log.exception("OPML import failed on %s", ctx.platform)
            return apology()

    # --- the commands -----------------------------------------------------------------

    async def answer(
        self, request: Request | None, ctx: ChatContext, permissions: Permissions
    ) -> Reply:
        """Answer a parsed message; a settings change first asks the platform who is admin.

        Reads and settings changes run on their own thread lanes (bot.chat.lanes), so a
        read never queues behind a write that waits for the database.
        """
        started = time.perf_counter()
        try:
            changes = _admin_only(request)
            if changes and ctx.chat_kind != "private" and not ctx.is_admin:
                ctx = replace(ctx, is_admin=await permissions.is_admin(ctx))
            reply = await run_in_lane(changes, lambda: self.reply_to(request, ctx))
        except Exception:
            log.exception("command failed on %s", ctx.platform)
            reply = apology()
        name = self._metric_name(request, reply)
        metrics.command_answered(name, ctx.platform, time.perf_counter() - started)
        log.info(
            "answered /%s on %s",
            name,
            ctx.platform,
            extra={"chat": ctx.chat_id, "command": name, "platform": ctx.platform},
        )
        return reply

    def _metric_name(self, request: Request | None, reply: Reply) -> str:
        """The command's name for counting: a table command, `topic`, or `unknown`."""
        if request is None:
            return "help"
        if request.name in BY_NAME:
            return request.name
        return "unknown" if isinstance(reply, UnknownReply) else "topic"

    def handle(self, text: str, ctx: ChatContext) -> Reply:
        """Answer one message as typed, with the rights `ctx` states; never raises."""
        return self.reply_to(parse_command(text), ctx)

    def reply_to(self, request: Request | None, ctx: ChatContext) -> Reply:
        """Answer a parsed message (blocking); never raises: a failure is a polite notice.

        Writes wait for a database lock only a moment: a user gets "busy" in seconds instead
        of a bot that hangs while a long transaction elsewhere holds the lock.
        """
        try:
            if request is None:
                return help_reply(self, ctx)
            with interactive_writes():
                return self.dispatch(request, ctx)
        except StoreBusy:
            log.warning("command on %s met a busy database", ctx.platform)
            return BUSY
        except Exception:
            log.exception("command failed on %s", ctx.platform)
            return apology()

    def dispatch(self, request: Request, ctx: ChatContext) -> Reply:
        """Look the command up and run its handler; a name that is none asks for a topic."""
        self._refresh()
        command = BY_NAME.get(request.name)
        if command is None:
            return self._topic(request, ctx)
        if command.admin_only and not self._may_change_settings(ctx):
            return ADMINS_ONLY
        return command.handler(self, request, ctx)

    def _refresh(self) -> None:
        try:
            self._library.refresh()
        except Exception as error:  # noqa: BLE001 - answer from the index we have
            log.warning("library refresh failed: %s", type(error).__name__)

    def _may_change_settings(self, ctx: ChatContext) -> bool:
        if ctx.chat_kind == "private" or ctx.is_admin:
            return True
        if self._subscriptions is not None and ctx.user_id is not None:
            return self._subscriptions.creator_of(ctx) == ctx.user_id
        return False

    def _topic(self, request: Request, ctx: ChatContext) -> Reply:
        url = first_url(f"{request.raw_name} {request.args}")
        if url is not None:
            return NoticeReply(f"To read a feed or page in this chat, add it: /add {url}", "info")
        query = request.name if request.name else request.args
        if request.name and request.args:
            query = f"{request.name} {request.args}"
        hidden = self.hidden(ctx)
        topics = self._library.topics(hidden=hidden)
        label = next((t.label for t in topics if match_key(t.command) == request.name), None)
        if query:
            latest = self._library.latest(hidden)
            matches = self._library.search(query, entries=latest) or self._library.search(
                query, hidden=hidden
            )
            if matches:
                return ExcerptReply(query, matches, label)
        shown = f"/{request.raw_name}" if request.name else f"«{request.raw_name}»"
        return UnknownReply(f"I know no command or topic {shown}.", topics)


def _admin_only(request: Request | None) -> bool:
    command = BY_NAME.get(request.name) if request else None
    return bool(command and command.admin_only)
