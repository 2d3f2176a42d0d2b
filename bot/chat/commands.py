"""The one command table: each command's handler beside its name, arguments and help.

It feeds dispatch (a look-up, not an if-chain), /help, Telegram's command menu, the Slack
manifest and the names a topic may not take. A new command is one handler and one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

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
from bot.i18n import LANGUAGES, N_, language_of, words

if TYPE_CHECKING:
    from bot.chat.languages import LanguageBook

INTRO = N_(
    "I read news articles and sum up every section in a few short bullets. "
    "Ask for the digest of the latest articles, or name a topic (such as atom) to get "
    "the article's own sentences on it."
)
# Each language by its own name, as a reader looks for it in a list.
LANGUAGE_NAMES = {"nb": "bokmål", "nn": "nynorsk", "en": "English"}


class ChatTools(Protocol):
    """What a handler may use: the articles, the subscriptions, and dispatch for nesting."""

    @property
    def subscriptions(self) -> Subscriptions | None: ...

    @property
    def sources(self) -> Sources | None: ...

    @property
    def languages(self) -> LanguageBook: ...

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
    """A chat command: its name (without the slash), arguments, one line of help, handler.

    `help` is English, marked with `N_` and translated where it is shown. A command that is
    `admin_only` but `reads_bare` only reads when given no arguments (it says the setting).
    """

    name: str
    args: str
    help: str
    handler: Handler
    admin_only: bool = False
    aliases: tuple[str, ...] = ()
    reads_bare: bool = False

    def changes_settings(self, request: Request) -> bool:
        """Tell whether this request changes the chat's settings (administrators only)."""
        return self.admin_only and not (self.reads_bare and not request.args)


# --- the handlers -------------------------------------------------------------------------


def help_reply(chat: ChatTools, ctx: ChatContext) -> HelpReply:
    """What the bot does, the commands, and the topics available now."""
    _ = words(ctx.language).gettext
    infos = tuple(CommandInfo(c.name, c.args, _(c.help)) for c in COMMANDS)
    return HelpReply(_(INTRO), infos, chat.current_topics(ctx))


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
        _ = words(ctx.language).gettext
        how = "/add URL" if chat.sources is not None else "`digestbot ingest`"
        return NoticeReply(_("No articles yet. Add some with %(how)s.") % {"how": how})
    return reply


def topics(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    return TopicsReply(chat.current_topics(ctx))


def search(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    _ = words(ctx.language).gettext
    if not request.args:
        return NoticeReply(_("Tell me what to look for: /search WORDS"), "error")
    matches = chat.find(request.args, ctx, limit=5)
    if not matches:
        text = _("Nothing matches «%(words)s».") % {"words": request.args[:80]}
        return unknown_reply(text, chat.current_topics(ctx))
    return ExcerptReply(request.args, matches)


def _no_subscriptions(ctx: ChatContext) -> NoticeReply:
    _ = words(ctx.language).gettext
    return NoticeReply(_("Daily digests are not available on this bot."), "error")


def subscribe(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    """Subscribe, and say so when a topic of it matches no article today (it waits for one)."""
    port = chat.subscriptions
    if port is None:
        return _no_subscriptions(ctx)
    reply = port.subscribe(ctx, request.args)
    if reply.kind == "ok":
        _keep_private_language(chat, ctx)
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


def _keep_private_language(chat: ChatTools, ctx: ChatContext) -> None:
    """A private chat that chose no language speaks its user's app language while they write;
    its daily digest comes when nobody writes, so the language it subscribed in is kept."""
    book = chat.languages
    if ctx.chat_kind != "private" or not book.keeps_choices:
        return
    if book.chosen(ctx.platform, ctx.chat_id) is None and ctx.language != book.default:
        book.choose(ctx, ctx.language)


def unsubscribe(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.subscriptions
    return port.unsubscribe(ctx) if port else _no_subscriptions(ctx)


def subscriptions(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.subscriptions
    return port.describe(ctx) if port else _no_subscriptions(ctx)


def timezone(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.subscriptions
    return port.set_timezone(ctx, request.args) if port else _no_subscriptions(ctx)


def no_sources(ctx: ChatContext) -> NoticeReply:
    """The answer to source commands on a bot that reads only its operator's sources."""
    _ = words(ctx.language).gettext
    return NoticeReply(_("This bot reads only the sources its operator chose."), "error")


def add_source(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.sources
    return port.add(ctx, request.args) if port else no_sources(ctx)


def list_sources(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.sources
    return port.listing(ctx, request.args) if port else no_sources(ctx)


def remove_source(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    port = chat.sources
    return port.remove(ctx, request.args) if port else no_sources(ctx)


def language(chat: ChatTools, request: Request, ctx: ChatContext) -> Reply:
    """Say or set the language of the bot's words in this chat."""
    _ = words(ctx.language).gettext
    choices = ", ".join(f"{code} ({LANGUAGE_NAMES[code]})" for code in LANGUAGES)
    if not request.args:
        chosen = chat.languages.chosen(ctx.platform, ctx.chat_id)
        current = LANGUAGE_NAMES[language_of(ctx.language) or "en"]
        if chosen is None:
            text = _(
                "This chat speaks %(language)s (the default). Choose with /language: %(choices)s."
            )
        else:
            text = _("This chat speaks %(language)s. Choose with /language: %(choices)s.")
        return NoticeReply(text % {"language": current, "choices": choices})
    chosen = language_of(request.args.split()[0])
    if chosen is None:
        text = _("I do not speak «%(language)s». Choose one of: %(choices)s.")
        return NoticeReply(text % {"language": request.args[:40], "choices": choices}, "error")
    if not chat.languages.keeps_choices:
        return NoticeReply(_("This bot cannot keep a chat's language."), "error")
    chat.languages.choose(ctx, chosen)
    _ = words(chosen).gettext  # the confirmation in the language just chosen
    return NoticeReply(
        _("From now on I speak %(language)s in this chat.") % {"language": LANGUAGE_NAMES[chosen]},
        "ok",
    )


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
    Command("start", "", N_("what this bot does"), help_command),
    Command("help", "", N_("the commands and the topics available now"), help_command),
    Command(
        "digest",
        "[N|more]",
        N_("the digest of the latest articles; N: page N; more: the rest of a daily digest"),
        digest,
    ),
    Command("topics", "", N_("the topic commands available now"), topics),
    Command("search", "WORDS", N_("the article sentences that match the words"), search),
    Command(
        "subscribe",
        "[HH:MM] [TOPIC...]",
        N_("a daily digest in this chat at that local time, optionally only on topics"),
        subscribe,
        admin_only=True,
    ),
    Command("unsubscribe", "", N_("stop this chat's daily digest"), unsubscribe, admin_only=True),
    Command(
        "subscriptions", "", N_("this chat's subscription and its last delivery"), subscriptions
    ),
    Command("timezone", "AREA/CITY", N_("set this chat's time zone"), timezone, admin_only=True),
    Command(
        "add",
        "URL",
        N_("add a feed or page to this chat's sources"),
        add_source,
        admin_only=True,
    ),
    Command(
        "sources",
        "[opml]",
        N_("this chat's sources and their state; opml: as a file"),
        list_sources,
    ),
    Command(
        "remove", "N|URL", N_("remove one of this chat's sources"), remove_source, admin_only=True
    ),
    Command(
        "language",
        "nb|nn|en",
        N_("the language of my words in this chat"),
        language,
        admin_only=True,
        aliases=("sprak",),
        reads_bare=True,
    ),
)

BY_NAME: dict[str, Command] = {c.name: c for c in COMMANDS} | {
    alias: c for c in COMMANDS for alias in c.aliases
}
# Names a topic command must not take: it would shadow a command.
RESERVED: frozenset[str] = frozenset(BY_NAME)


def parse_command(text: str) -> Request | None:
    """Read a message as typed on any platform (`/Øvelse@bot i nord`, `digest`, `atom`)."""
    return parse_request(text, BY_NAME)
