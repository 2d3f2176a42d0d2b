"""Slack Block Kit for chat replies: pure functions, Slack's escaping and limits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from bot.chat.reading import source_line
from bot.chat.replies import (
    ArticleRef,
    CommandInfo,
    DigestItem,
    DigestReply,
    ExcerptReply,
    FileReply,
    HelpReply,
    NoticeReply,
    Reply,
    TopicEntry,
    TopicsReply,
    UnknownReply,
)
from bot.i18n import ENGLISH_WORDS, Words
from bot.platforms.shared.buttons import topic_choices
from bot.platforms.slack.kit import (
    MAX_CONTEXT_TEXT,
    Block,
    SlackMessage,
    _clip,
    _context,
    _header,
    _one_line,
    _sections,
    escape,
    pack,
    sticky,
)

MAX_HOME_BLOCKS = 100

SLASH_COMMAND = "/digest"
MAX_HEADING = 200
MAX_NAME = 200
BULLET = "•"
MAX_ACTIONS = 25  # elements in one actions block
# A topic button's action_id: `topic:<command>`; the Slack listener answers its click.
TOPIC_ACTION_PREFIX = "topic:"


def visibility(reply: Reply) -> Literal["in_channel", "ephemeral"]:
    """Say who sees an answer: digests, excerpts and confirmed changes go to the channel."""
    if isinstance(reply, DigestReply | ExcerptReply):
        return "in_channel"
    if isinstance(reply, NoticeReply) and reply.kind == "ok":
        return "in_channel"
    return "ephemeral"


def topic_usage(command: str) -> str:
    """Return how a topic is asked for in Slack (`/digest atom`)."""
    return f"{SLASH_COMMAND} {command}"


def render(reply: Reply, *, words: Words = ENGLISH_WORDS) -> list[SlackMessage]:
    """Render any chat reply as one or more Slack messages within Block Kit's limits."""
    _ = words.gettext
    return pack(reply_blocks(reply, words=words) or _sections([_("(nothing to show)")]))


def render_home(
    latest: Reply, topics: Sequence[TopicEntry], *, words: Words = ENGLISH_WORDS
) -> dict[str, Any]:
    """Render the App Home tab: the latest digest, then the topics."""
    _ = words.gettext
    usage = {"command": SLASH_COMMAND}
    tail: list[Block] = [
        {"type": "divider"},
        _header(_("Topics")),
        *_topic_blocks(topics, words),
        _context(
            [_("Ask with `%(command)s WORD`, by mentioning the bot, or here in Messages.") % usage]
        ),
    ]
    # The first message's worth of the digest keeps the tab within the message limits.
    first, *more = render(latest, words=words)
    body = [*first.blocks, *([_context([_("More with `%(command)s`.") % usage])] if more else [])]
    blocks = [*body, *tail]
    if len(blocks) > MAX_HOME_BLOCKS:
        more_topics = _("More topics with `%(command)s`.") % {"command": "/digest topics"}
        blocks = [*blocks[: MAX_HOME_BLOCKS - 1], _context([more_topics])]
    return {"type": "home", "blocks": blocks}


def reply_blocks(reply: Reply, *, words: Words = ENGLISH_WORDS) -> list[Block]:
    """Return the blocks of a reply, before they are packed into messages."""
    if isinstance(reply, DigestReply):
        return _digest_blocks(reply, words)
    if isinstance(reply, ExcerptReply):
        return _excerpt_blocks(reply, words)
    if isinstance(reply, TopicsReply):
        return [_header(words.gettext("Topics")), *_topic_blocks(reply.topics, words)]
    if isinstance(reply, HelpReply):
        return _help_blocks(reply, words)
    if isinstance(reply, UnknownReply):
        return _unknown_blocks(reply, words)
    if isinstance(reply, FileReply):
        # No file upload here: the file's text in a code block, which a user can save.
        code = f"```{escape(reply.text)}```"
        return _sections([escape(f"{reply.caption} ({reply.filename})"), code])
    return _sections([_NOTICE_MARK[reply.kind] + escape(reply.text)])


_NOTICE_MARK = {"info": "", "ok": ":white_check_mark: ", "error": ":warning: "}


def _digest_blocks(reply: DigestReply, words: Words) -> list[Block]:
    _ = words.gettext
    if not reply.items:
        return _sections([escape(_("No articles yet."))])
    blocks: list[Block] = []
    if reply.day is not None:
        blocks.append(_header(_("Today's news, %(day)s") % {"day": words.weekday_date(reply.day)}))
    for index, item in enumerate(reply.items):
        if index:
            blocks.append({"type": "divider"})
        blocks.extend(_item_blocks(item, words, index))
    if reply.more and reply.more_command:
        more = words.ngettext(
            "… and %(count)d more: %(command)s", "… and %(count)d more: %(command)s", reply.more
        ) % {"count": reply.more, "command": f"`/{reply.more_command}`"}
        blocks.extend(_sections([more]))
    more_button = _more_button(reply, words)
    return [*blocks, *([more_button] if more_button else []), *topic_button_blocks(reply.topics)]


def _more_button(reply: DigestReply, words: Words) -> Block | None:
    """A button that does what «… and N more: `/digest more`» says."""
    if not reply.more or not reply.more_command:
        return None
    label = words.ngettext("%(count)d more", "%(count)d more", reply.more) % {"count": reply.more}
    button = {
        "type": "button",
        "text": {"type": "plain_text", "text": label, "emoji": True},
        "action_id": TOPIC_ACTION_PREFIX + reply.more_command.replace(" ", "_"),
        "value": reply.more_command,
    }
    return {"type": "actions", "elements": [button]}


def _item_blocks(item: DigestItem, words: Words, index: int) -> list[Block]:
    """The title (a link when it has one) and its source line first, then the bullets."""
    blocks = [_title_block(item.article, index), *_source_line(item.article, words, index)]
    for section, shown in zip(item.sections, item.headings(), strict=True):
        heading = _one_line(shown or "")
        bullets = [f"{BULLET} {escape(b)}" for b in map(_one_line, section.bullets) if b]
        blocks.extend(_sections(bullets, heading=_bold(heading) if heading else None))
    return blocks


def _title_block(article: ArticleRef, index: int) -> Block:
    """The title in bold, a link to the article when it has a web address (a header block
    cannot link); kept with what follows when messages are split (`STICKY`)."""
    name = escape(_clip(_one_line(article.name), MAX_NAME)) or "Digest"
    url = article.url
    title = f"*<{_link_target(url)}|{name}>*" if url and _is_web(url) else f"*{name}*"
    return {
        "type": "section",
        "text": {"type": "mrkdwn", "text": title},
        **sticky(f"title-{index}"),
    }


def _source_line(article: ArticleRef, words: Words, index: int) -> list[Block]:
    line = _one_line(source_line(article, words))
    return (
        [{**_context([escape(_clip(line, MAX_NAME))]), **sticky(f"source-{index}")}] if line else []
    )


def topic_button_blocks(topics: Sequence[TopicEntry]) -> list[Block]:
    """Topics as buttons (as many, and labels as long, as Telegram's), 25 to an actions block;
    a click is a `block_actions` with the topic's command as its value."""
    buttons = [
        {
            "type": "button",
            "text": {"type": "plain_text", "text": label, "emoji": True},
            "action_id": f"{TOPIC_ACTION_PREFIX}{command}",
            "value": command,
        }
        for label, command in topic_choices(topics)
    ]
    return [
        {"type": "actions", "elements": buttons[start : start + MAX_ACTIONS]}
        for start in range(0, len(buttons), MAX_ACTIONS)
    ]


def _unknown_blocks(reply: UnknownReply, words: Words) -> list[Block]:
    """A short answer: what was not understood, the near miss, a few topics, help."""
    _ = words.gettext
    lines = [escape(reply.text)]
    if reply.suggestion:
        usage = f"`{escape(_usage_of(reply.suggestion))}`"
        lines.append(_("Did you mean %(command)s?") % {"command": usage})
    usages = list(dict.fromkeys(f"`{escape(topic_usage(t.command))}`" for t in reply.topics))
    if usages:
        shown = " ".join(usages)
        if reply.more_topics:
            every = f"`{topic_usage('topics')}`"
            shown = _("%(topics)s … all: %(command)s") % {"topics": shown, "command": every}
        lines.append(_("Topics: %(topics)s") % {"topics": shown})
    lines.append(_("%(command)s lists what I can do.") % {"command": f"`{topic_usage('help')}`"})
    return _sections(["\n".join(lines)])


def _usage_of(name: str) -> str:
    """`/digest` (or `/digest more`) for the digest command itself, `/digest NAME` else."""
    digest = SLASH_COMMAND.lstrip("/")
    return f"/{name}" if name.split(" ", 1)[0] == digest else topic_usage(name)


def _bold(text: str) -> str:
    # Slack has no mrkdwn escape for `*`; a stray one only loses the bold.
    return f"*{escape(_clip(text, MAX_HEADING))}*"


def _excerpt_blocks(reply: ExcerptReply, words: Words) -> list[Block]:
    title = reply.label or reply.query
    if not reply.matches:
        return _sections([words.gettext("Nothing on «%(query)s».") % {"query": escape(title)}])
    blocks = [_header(title)]
    for match in reply.matches:
        heading = _one_line(match.heading or match.article.name)
        quotes = [f"> {escape(s)}" for s in map(_one_line, match.sentences) if s]
        blocks.extend(_sections(quotes, heading=_bold(heading) if heading else None))
        blocks.append(_source_context(match.article, words))
    return blocks


def _help_blocks(reply: HelpReply, words: Words) -> list[Block]:
    _ = words.gettext
    commands = [f"{BULLET} `{_usage(c)}` — {escape(c.help)}" for c in reply.commands]
    return [
        _header("Digestbot"),
        *_sections([escape(reply.intro)] if reply.intro.strip() else []),
        *_sections(commands, heading=f"*{_('Commands')}*"),
        *_topics_line(reply.topics, words),
        _context([_("Mention the bot with the same words, or write to it in a direct message.")]),
    ]


def _usage(command: CommandInfo) -> str:
    words = [SLASH_COMMAND]
    if command.name != SLASH_COMMAND.lstrip("/"):
        words.append(command.name)
    if command.args:
        words.append(command.args)
    return escape(" ".join(words))


def _topic_blocks(topics: Sequence[TopicEntry], words: Words) -> list[Block]:
    if not topics:
        return _sections([words.gettext("No topics yet: no articles have been read.")])
    return _sections(
        f"{BULLET} `{escape(topic_usage(t.command))}` — {escape(t.label)} "
        f"(_{escape(_clip(t.article.name, MAX_NAME))}_)"
        for t in topics
    )


def _topics_line(topics: Sequence[TopicEntry], words: Words) -> list[Block]:
    _ = words.gettext
    usages = dict.fromkeys(f"`{escape(topic_usage(t.command))}`" for t in topics)
    shown = " ".join(usages) if usages else _("(none yet)")
    return _sections([_("*Topics:* %(topics)s") % {"topics": shown}])


def _source_context(article: ArticleRef, words: Words) -> Block:
    name = escape(_clip(_one_line(article.name), MAX_NAME)) or words.gettext("source")
    url = article.url
    parts = [f"<{_link_target(url)}|{name}>" if url and _is_web(url) else name]
    if article.date:
        parts.append(escape(words.date_text(article.date)))
    return _context([" · ".join(parts)])


def _is_web(url: str) -> bool:
    # A very long URL could be cut inside the link by the context limit: show the name only.
    return (
        url.startswith(("http://", "https://"))
        and len(url) <= MAX_CONTEXT_TEXT // 2
        and not any(c.isspace() for c in url)
    )


def _link_target(url: str) -> str:
    # `|` and `>` end the link target; Slack decodes &amp; inside it like anywhere else.
    return escape(url).replace("|", "%7C")
