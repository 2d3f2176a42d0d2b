"""The one command table: each command's handler beside its name, arguments and help.

It feeds dispatch (a look-up, not an if-chain), /help, Telegram's command menu, the Slack
manifest and the names a topic may not take. A new command is one handler and one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from bot.chat.nearby import unknown_reply
from bot.chat.ports import Sources, Subscriptions
from bot.chat.replies import (
    ChatContext,
    CommandInfo,
    DigestReply,
    ExcerptItem,
    ExcerptReply,
    HelpReply,
    NoticeReply,
    Reply,
    TopicEntry,
    TopicsReply,
)
from bot.chat.request import Request, parse_request, read_page_args
from bot.i18n import words

INTRO = (
    "I read news articles and sum up every section in a few short bullets. "
    "Ask for the digest of the latest articles, or name a topic (such as atom) to get "
    "the article's own sentences on it."
)


class ChatTools(Protocol):
    """What a handler may use: the articles, the subscriptions, and dispatch for nesting."""

    @property
    def subscriptions(self) -> Subscriptions | None: ...

    @property
    def sources(self) -> Sources | None: ...

    def current_topics(self, ctx: ChatContext) -> tuple[TopicEntry, ...]:
        """The topics of the latest articles this chat sees."""
        ...

    def current_digest(self, ctx: ChatContext, page: int = 1) -> DigestReply:
        """A page of the digest of the latest articles this chat sees (no items when none)."""
        ...

    def leftover_digest(self, ctx: ChatContext, page: int = 1) -> Reply:
        """A page of what this chat's last daily digest had no room for."""
        ...

    def quiet_topics(self, topics: tuple[str, ...], ctx: ChatContext) -> list[str]:
        """The topics no article of the latest mentions."""
        ...

    def find(self, words: str, ctx: ChatContext, *, limit: int) -> tuple[ExcerptItem, ...]:
        """The sentences of every article this chat sees on the words, best first."""
        ...

    def dispatch(self, request: Request, ctx: ChatContext) -> Reply:
        """Answer a parsed request (checks included), as if it had been typed."""
        ...


Handler = Callable[[ChatTools, Request, ChatContext], Reply]


@dataclass(frozen=True)
class Command:
    """A chat command: its name (without the slash), arguments, one line of help, handler."""

    name: str
    args: str
    help: str
    handler: Handler
    admin_only: bool = False
    aliases: tuple[str, ...] = ()


# --- the handlers -------------------------------------------------------------------------


def help_reply(chat: ChatTools, ctx: ChatContext) -> HelpReply:
    """What the bot does, the commands, and the topics available now."""
    infos = tuple(CommandInfo(c.name, c.args, c.help) for c in COMMANDS)
    return HelpReply(INTRO, infos, chat.current_topics(ctx))


def help_command(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    return help_reply(chat, ctx)


def digest(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    """The digest of the latest articles; `/digest 2` the next page, `/digest more` what the
    last daily digest had no room for; `/digest WORDS` (Slack's one command) asks WORDS."""
    page = 1
    if request.args:
        args = request.args
        paging = read_page_args(args)
        if paging is not None and paging[0]:
            return chat.leftover_digest(ctx, paging[1])
        if paging is not None:
            page = paging[1]
        else:
            nested = parse_command(args if args.startswith("/") else f"/{args}")
            if nested is not None:
                return chat.dispatch(nested, ctx)
    reply = chat.current_digest(ctx, page)
    if not reply.items and page > 1:
        _ = words(ctx.language).gettext
        return NoticeReply(
            _("No more articles: %(command)s shows the newest.") % {"command": "/digest"}
        )
    if not reply.items:
        how = "/add URL" if chat.sources is not None else "`digestbot ingest`"
        return NoticeReply(f"No articles yet. Add some with {how}.")
    return reply


def topics(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    return TopicsReply(chat.current_topics(ctx))


def search(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    if not request.args:
        return NoticeReply("Tell me what to look for: /search WORDS", "error")
    matches = chat.find(request.args, ctx, limit=5)
    if not matches:
        return unknown_reply(f"Nothing matches «{request.args[:80]}».", chat.current_topics(ctx))
    return ExcerptReply(request.args, matches)


def _no_subscriptions() -> NoticeReply:
    return NoticeReply("Daily digests are not available on this bot.", "error")


def subscribe(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    """Subscribe, and say so when a topic of it matches no article today (it waits for one)."""
    port = chat.subscriptions
    if port is None:
        return _no_subscriptions()
    reply = port.subscribe(ctx, request.args)
    window = port.window(ctx) if reply.kind == "ok" else None
    quiet = chat.quiet_topics(window.topics, ctx) if window is not None else []
    if not quiet:
        return reply
    note = words(ctx.language).ngettext(
        "No article mentions %(topics)s today; you'll get it when one does.",
        "No article mentions %(topics)s today; you'll get them when one does.",
        len(quiet),
    ) % {"topics": " ".join(f"/{t}" for t in quiet)}
    return replace(reply, text=f"{reply.text}\n\n{note}")


def unsubscribe(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.subscriptions
    return port.unsubscribe(ctx) if port else _no_subscriptions()


def subscriptions(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.subscriptions
    return port.describe(ctx) if port else _no_subscriptions()


def timezone(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.subscriptions
    return port.set_timezone(ctx, request.args) if port else _no_subscriptions()


def _no_sources() -> NoticeReply:
    return NoticeReply("This bot reads only the sources its operator chose.", "error")


def add_source(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.sources
    return port.add(ctx, request.args) if port else _no_sources()


def list_sources(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.sources
    return port.listing(ctx, request.args) if port else _no_sources()


def remove_source(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.sources
    return port.remove(ctx, request.args) if port else _no_sources()


def first_url(text: str) -> str | None:
    """The first http(s) URL in a message, or a bare `www.` address, if any."""
    for word in text.split():
        word = word.strip("<>()[]«»\"'")
        lowered = word.lower()
        if lowered.startswith(("http://", "https://")) and len(word) > 8:
            return word
        if lowered.startswith("www.") and "." in lowered[4:]:
            return f"https://{word}"
    return None


# --- the table ----------------------------------------------------------------------------

COMMANDS: tuple[Command, ...] = (
    Command("start", "", "what this bot does", help_command),
    Command("help", "", "the commands and the topics available now", help_command),
    Command("digest", "", "the digest of the latest articles", digest),
    Command("topics", "", "the topic commands available now", topics),
    Command("search", "WORDS", "the article sentences that match the words", search),
    Command(
        "subscribe",
        "[HH:MM] [TOPIC...]",
        "a daily digest in this chat at that local time, optionally only on topics",
        subscribe,
        admin_only=True,
    ),
    Command("unsubscribe", "", "stop this chat's daily digest", unsubscribe, admin_only=True),
    Command("subscriptions", "", "this chat's subscription and its last delivery", subscriptions),
    Command("timezone", "AREA/CITY", "set this chat's time zone", timezone, admin_only=True),
    Command(
        "add",
        "URL",
        "add a feed or page to this chat's sources",
        add_source,
        admin_only=True,
    ),
    Command(
        "sources",
        "[opml]",
        "this chat's sources and their state; opml: as a file",
        list_sources,
    ),
    Command("remove", "N|URL", "remove one of this chat's sources", remove_source, admin_only=True),
)

BY_NAME: dict[str, Command] = {c.name: c for c in COMMANDS} | {
    alias: c for c in COMMANDS for alias in c.aliases
}
# Names a topic command must not take: it would shadow a command.
RESERVED: frozenset[str] = frozenset(BY_NAME)


def parse_command(text: str) -> Request | None:
    """Read a message as typed on any platform (`/Øvelse@bot i nord`, `digest`, `atom`)."""
    return parse_request(text, BY_NAME)
