"""The chat: one place that turns a command into a structured reply, for every platform.

Adapters parse with `parse_command`, ask `answer` (which checks, through the platform's
`Permissions`, who may change a chat's settings) and render what comes back.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from bot import metrics
from bot.chat.commands import (
    BY_NAME,
    COMMANDS,
    Command,
    first_url,
    help_reply,
    no_sources,
    parse_command,
)
from bot.chat.lanes import run_in_lane
from bot.chat.languages import LanguageBook
from bot.chat.library import MAX_INDEXED, NOTHING_HIDDEN, ArticleIndex, Hidden
from bot.chat.nearby import HABITS, did_you_mean, unknown_reply
from bot.chat.pages import MORE, Page, in_window, matching, page_of
from bot.chat.ports import ChatLanguages, Permissions, Sources, Subscriptions
from bot.chat.replies import (
    ChatContext,
    DigestItem,
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
from bot.i18n import ENGLISH, N_, words
from bot.store.errors import StoreBusy
from bot.store.waits import interactive_writes

log = logging.getLogger(__name__)

ADMINS_ONLY = N_(
    "Only administrators of this chat can change its subscription, sources or settings."
)
BUSY = N_("The database is busy right now; please try again in a moment. Nothing was changed.")


def _error(message: str, ctx: ChatContext) -> NoticeReply:
    return NoticeReply(words(ctx.language).gettext(message), "error")


class ChatService:
    """Answer chat commands from the library, the same for Telegram, Slack and the console."""

    def __init__(
        self,
        library: ArticleIndex,
        *,
        subscriptions: Subscriptions | None = None,
        sources: Sources | None = None,
        languages: ChatLanguages | None = None,
        default_language: str = ENGLISH,
    ) -> None:
        self._library = library
        self._subscriptions = subscriptions
        self._sources = sources
        self._languages = LanguageBook(languages, default_language)

    # --- what handlers use (ChatTools) ------------------------------------------------

    @property
    def subscriptions(self) -> Subscriptions | None:
        return self._subscriptions

    @property
    def sources(self) -> Sources | None:
        return self._sources

    @property
    def languages(self) -> LanguageBook:
        return self._languages

    def hidden(self, ctx: ChatContext | None) -> Hidden:
        """The sources whose articles this chat does not see (None: what every chat sees)."""
        return self._sources.hidden(ctx) if self._sources is not None else NOTHING_HIDDEN

    def current_topics(self, ctx: ChatContext | None) -> tuple[TopicEntry, ...]:
        return self._library.topics(hidden=self.hidden(ctx))

    def current_digest(self, ctx: ChatContext | None, page: int = 1) -> DigestReply:
        """A page of the latest articles; it names the next page when there is more."""
        found = [(e, e.digest.sections) for e in self._library.recent(self.hidden(ctx))]
        shown = page_of(found, page, self._library.max_latest)
        return self._digest_page(shown, f"digest {page + 1}")

    def leftover_digest(self, ctx: ChatContext, page: int = 1) -> Reply:
        """What this chat's last daily digest had no room for (`/digest more`), a page of it."""
        _ = words(ctx.language).gettext
        window = self._subscriptions.window(ctx) if self._subscriptions is not None else None
        latest = {"command": "/digest"}
        if window is None or window.through is None:
            return NoticeReply(
                _(
                    "No daily digest has been delivered here yet. "
                    "%(command)s shows the latest articles."
                )
                % latest
            )
        size = self._library.max_latest
        fresh = self._library.entries_since(window.since, MAX_INDEXED, self.hidden(ctx))
        entries = in_window(fresh, window.since, window.through)
        # The digest itself showed the first page; `more` starts after it.
        shown = page_of(matching(entries, window.topics), page + 1, size)
        if not shown.items:
            return NoticeReply(
                _(
                    "The last daily digest had room for every article. "
                    "%(command)s shows the latest articles."
                )
                % latest
            )
        return self._digest_page(shown, f"digest {MORE} {page + 1}")

    def _digest_page(self, shown: Page, next_command: str) -> DigestReply:
        entries = [entry for entry, _ in shown.items]
        items = tuple(DigestItem(entry.ref, sections) for entry, sections in shown.items)
        more_command = next_command if shown.after else ""
        return DigestReply(
            items, self._library.topics(entries), more=shown.after, more_command=more_command
        )

    def quiet_topics(self, topics: tuple[str, ...], ctx: ChatContext) -> list[str]:
        """The topics no article of the latest mentions (a subscription on them waits)."""
        recent = self._library.recent(self.hidden(ctx))
        return [t for t in topics if not matching(recent, (t,))]

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

    @property
    def default_language(self) -> str:
        """The language of chats that chose none (DIGESTBOT_LANGUAGE)."""
        return self._languages.default

    async def localise(self, ctx: ChatContext, user_language: str | None = None) -> ChatContext:
        """The context with the chat's language: its choice, its user's, or the default.

        `user_language` is what the platform says of the sender (Telegram's language_code);
        it counts in private chats only. Never raises: the default when the choice is unknown.
        """
        known = self._languages.resolve_cached(ctx, user_language)
        if known is not None:  # most messages: no thread hop, no database
            return replace(ctx, language=known)
        try:
            language = await run_in_lane(False, lambda: self._languages.resolve(ctx, user_language))
        except Exception as error:  # noqa: BLE001 - speak the default rather than not at all
            log.warning("chat language not read: %s", type(error).__name__)
            language = self._languages.default
        return replace(ctx, language=language)

    def language_of(self, ctx: ChatContext) -> str:
        """The language of a chat that is not asking (a scheduled digest), blocking."""
        return self._languages.resolve(ctx)

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
                return no_sources(ctx)
            if ctx.chat_kind != "private" and not ctx.is_admin:
                ctx = replace(ctx, is_admin=await permissions.is_admin(ctx))
            if not self._may_change_settings(ctx):
                return _error(ADMINS_ONLY, ctx)
            sources = self._sources
            return await run_in_lane(True, lambda: sources.import_opml(ctx, data))
        except Exception:
            log.exception("OPML import failed on %s", ctx.platform)
            return apology(ctx.language)

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
            reply = apology(ctx.language)
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
            return _error(BUSY, ctx)
        except Exception:
            log.exception("command failed on %s", ctx.platform)
            return apology(ctx.language)

    def dispatch(self, request: Request, ctx: ChatContext) -> Reply:
        """Look the command up and run its handler; a name that is none asks for a topic."""
        self._refresh()
        command = BY_NAME.get(request.name)
        if command is None:
            return self._topic(request, ctx)
        if command.changes_settings(request) and not self._may_change_settings(ctx):
            return _error(ADMINS_ONLY, ctx)
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
        _ = words(ctx.language).gettext
        url = first_url(f"{request.raw_name} {request.args}")
        if url is not None:
            text = _("To read a feed or page in this chat, add it: %(command)s")
            return NoticeReply(text % {"command": f"/add {url}"}, "info")
        query = request.name if request.name else request.args
        if request.name and request.args:
            query = f"{request.name} {request.args}"
        hidden = self.hidden(ctx)
        topics = self._library.topics(hidden=hidden)
        shown = f"/{request.raw_name}" if request.name else f"«{request.raw_name}»"
        text = words(ctx.language).gettext("I know no command or topic %(name)s.") % {"name": shown}
        is_topic = any(t.command == request.name for t in topics)
        if request.slash and request.name in HABITS and not is_topic:
            # `/list`, `/settings`: another bot's habit; point to ours, never to an article.
            return unknown_reply(text, topics, HABITS[request.name])
        label = next((t.label for t in topics if match_key(t.command) == request.name), None)
        if query:
            latest = self._library.latest(hidden)
            matches = self._library.search(query, entries=latest) or self._library.search(
                query, hidden=hidden
            )
            if matches:
                return ExcerptReply(query, matches, label)
        typed = request.name or (match_key(request.args) if len(request.args.split()) == 1 else "")
        known = [*BY_NAME, *(t.command for t in topics)]
        return unknown_reply(text, topics, did_you_mean(typed, known) if typed else None)


def _admin_only(request: Request | None) -> bool:
    command = BY_NAME.get(request.name) if request else None
    return bool(command and request and command.changes_settings(request))
