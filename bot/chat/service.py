"""The chat: one place that turns a command into a structured reply, for every platform."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol

from bot.chat.commands import BY_NAME, COMMANDS, Command
from bot.chat.library import Library
from bot.chat.replies import (
    ChatContext,
    CommandInfo,
    DigestReply,
    ExcerptReply,
    HelpReply,
    NoticeReply,
    Reply,
    TopicEntry,
    TopicsReply,
    UnknownReply,
)
from bot.core.text import match_key
from bot.store.errors import StoreBusy
from bot.store.waits import interactive_writes

log = logging.getLogger(__name__)

MAX_ARGS_CHARS = 500
INTRO = (
    "I read news articles and sum up every section in a few short bullets. "
    "Ask for the digest of the latest articles, or name a topic (such as atom) to get "
    "the article's own sentences on it."
)
BUSY = "The database is busy right now; please try again in a moment. Nothing was changed."
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


class Subscriptions(Protocol):
    """The subscription commands; the scheduler's store implements them."""

    def subscribe(self, ctx: ChatContext, args: str) -> NoticeReply: ...
    def unsubscribe(self, ctx: ChatContext) -> NoticeReply: ...
    def describe(self, ctx: ChatContext) -> NoticeReply: ...
    def set_timezone(self, ctx: ChatContext, args: str) -> NoticeReply: ...
    def creator_of(self, ctx: ChatContext) -> str | None: ...


@dataclass(frozen=True)
class ParsedCommand:
    name: str  # folded, without slash or @bot
    args: str
    raw_name: str  # as typed, for messages


def clean_input(text: str) -> str:
    """Drop control characters and direction marks; keep letters, emoji and spaces."""
    text = _INVISIBLE.sub("", text)
    text = "".join(c if c in "\t\n" or unicodedata.category(c)[0] != "C" else " " for c in text)
    return " ".join(text.split())


def parse_command(text: str) -> ParsedCommand | None:
    """Split `/name@bot args` into a folded name and its arguments; None for no command."""
    text = clean_input(text)
    if not text:
        return None
    if not text.startswith("/"):
        # Plain words (a DM, the console): a known command name or a topic query.
        head, _, rest = text.partition(" ")
        if match_key(head) in BY_NAME:
            return ParsedCommand(match_key(head), rest[:MAX_ARGS_CHARS], head)
        return ParsedCommand("", text[:MAX_ARGS_CHARS], text[:40])
    head, _, rest = text[1:].partition(" ")
    raw = head.split("@", 1)[0]
    return ParsedCommand(match_key(raw)[:64], rest.strip()[:MAX_ARGS_CHARS], raw[:40])


class ChatService:
    """Answer chat commands from the library, the same for Telegram, Slack and the console."""

    def __init__(self, library: Library, *, subscriptions: Subscriptions | None = None) -> None:
        self.library = library
        self.subscriptions = subscriptions

    # --- what adapters ask besides handle() -------------------------------------------

    @property
    def topics_version(self) -> int:
        return self.library.version

    def commands(self) -> tuple[Command, ...]:
        return COMMANDS

    def topic_entries(self) -> tuple[TopicEntry, ...]:
        self._refresh()
        return self.library.topics()

    def requires_admin(self, text: str) -> bool:
        """Tell whether a message is a command that changes this chat's settings."""
        parsed = parse_command(text)
        command = BY_NAME.get(parsed.name) if parsed else None
        return bool(command and command.admin_only)

    def latest_digest(self) -> DigestReply:
        self._refresh()
        latest = self.library.latest()
        return DigestReply(self.library.digest_items(latest), self.library.topics(latest))

    # --- the commands -----------------------------------------------------------------

    def handle(self, text: str, ctx: ChatContext) -> Reply:
        """Answer one message; never raises: a failure becomes a polite notice.

        Writes wait for a database lock only a moment: a user gets "busy" in seconds instead of
        a bot that hangs while a long transaction elsewhere holds the lock.
        """
        try:
            with interactive_writes():
                return self._handle(text, ctx)
        except StoreBusy:
            log.warning("command on %s met a busy database", ctx.platform)
            return NoticeReply(BUSY, "error")
        except Exception:
            log.exception("command failed on %s", ctx.platform)
            return NoticeReply("Sorry, something went wrong on my side. Please try again.", "error")

    def _handle(self, text: str, ctx: ChatContext) -> Reply:
        parsed = parse_command(text)
        if parsed is None:
            return self._help()
        self._refresh()
        command = BY_NAME.get(parsed.name)
        if command is None:
            return self._topic(parsed)
        if command.admin_only and not self._may_change_settings(ctx):
            return NoticeReply(
                "Only administrators of this chat can change its subscription.", "error"
            )
        name = command.name
        if name in ("start", "help"):
            return self._help()
        if name == "digest":
            return self._digest(parsed.args, ctx)
        if name == "topics":
            return TopicsReply(self.library.topics())
        if name == "search":
            return self._search(parsed.args)
        return self._subscription(name, parsed.args, ctx)

    def _refresh(self) -> None:
        try:
            self.library.refresh()
        except Exception as error:
            log.warning("library refresh failed: %s", type(error).__name__)

    def _may_change_settings(self, ctx: ChatContext) -> bool:
        if ctx.chat_kind == "private" or ctx.is_admin:
            return True
        if self.subscriptions is not None and ctx.user_id is not None:
            return self.subscriptions.creator_of(ctx) == ctx.user_id
        return False

    def _help(self) -> HelpReply:
        infos = tuple(CommandInfo(c.name, c.args, c.help) for c in COMMANDS)
        return HelpReply(INTRO, infos, self.library.topics())

    def _digest(self, args: str, ctx: ChatContext) -> Reply:
        if args:
            # `/digest atom`, `/digest help` (Slack's one command): the words are a
            # command or a topic of their own.
            return self._handle(args if args.startswith("/") else f"/{args}", ctx)
        latest = self.library.latest()
        if not latest:
            return NoticeReply("No articles yet. Add some with `digestbot ingest`.")
        return DigestReply(self.library.digest_items(latest), self.library.topics(latest))

    def _topic(self, parsed: ParsedCommand) -> Reply:
        query = parsed.name if parsed.name else parsed.args
        if parsed.name and parsed.args:
            query = f"{parsed.name} {parsed.args}"
        topics = self.library.topics()
        label = next((t.label for t in topics if match_key(t.command) == parsed.name), None)
        if query:
            latest = self.library.latest()
            matches = self.library.excerpts(query, entries=latest) or self.library.excerpts(query)
            if matches:
                return ExcerptReply(query, matches, label)
        shown = f"/{parsed.raw_name}" if parsed.name else f"«{parsed.raw_name}»"
        return UnknownReply(f"I know no command or topic {shown}.", topics)

    def _search(self, args: str) -> Reply:
        if not args:
            return NoticeReply("Tell me what to look for: /search WORDS", "error")
        matches = self.library.excerpts(args, limit=5)
        if not matches:
            return UnknownReply(f"Nothing matches «{args[:80]}».", self.library.topics())
        return ExcerptReply(args, matches)

    def _subscription(self, name: str, args: str, ctx: ChatContext) -> Reply:
        if self.subscriptions is None:
            return NoticeReply("Daily digests are not available on this bot.", "error")
        if name == "subscribe":
            return self.subscriptions.subscribe(ctx, args)
        if name == "unsubscribe":
            return self.subscriptions.unsubscribe(ctx)
        if name == "subscriptions":
            return self.subscriptions.describe(ctx)
        if name == "timezone":
            return self.subscriptions.set_timezone(ctx, args)
        raise AssertionError(f"command {name} has no handler")  # the table and this disagree
