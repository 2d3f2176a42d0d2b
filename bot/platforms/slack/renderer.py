"""Slack Block Kit for chat replies: pure functions, Slack's escaping and limits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

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

Block = dict[str, Any]

SLASH_COMMAND = "/digest"
MAX_BLOCKS = 50
MAX_HOME_BLOCKS = 100
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
# Slack documents no limit for a context element; 2000 keeps well inside what it accepts.
MAX_CONTEXT_TEXT = 2000
# chat.postMessage answers `msg_blocks_too_long` at roughly 12-13k characters of block
# text in all (undocumented; bolt-js #2509), so each message stays under this budget.
MAX_MESSAGE_TEXT = 11_000
# Slack advises at most 4000 characters of `text`; it is only the notification fallback.
MAX_FALLBACK_TEXT = 3000
MAX_HEADING = 200
MAX_NAME = 200
ELLIPSIS = "…"
BULLET = "•"


@dataclass(frozen=True)
class SlackMessage:
    """One chat.postMessage worth: the `text` fallback and the Block Kit blocks."""

    text: str
    blocks: list[Block]


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_len(text: str) -> int:
    """Count UTF-16 code units, never fewer than Python's code points, to stay inside limits."""
    return len(text.encode("utf-16-le")) // 2


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
        return [*_sections([escape(reply.text)]), *_topics_line(reply.topics, words)]
    if isinstance(reply, FileReply):
        # No file upload here: the file's text in a code block, which a user can save.
        code = f"```{escape(reply.text)}```"
        return _sections([escape(f"{reply.caption} ({reply.filename})"), code])
    return _sections([_NOTICE_MARK[reply.kind] + escape(reply.text)])


_NOTICE_MARK = {"info": "", "ok": ":white_check_mark: ", "error": ":warning: "}


def _digest_blocks(reply: DigestReply, words: Words) -> list[Block]:
    if not reply.items:
        return _sections([words.gettext("No articles yet.")])
    blocks: list[Block] = []
    for item in reply.items:
        if blocks:
            blocks.append({"type": "divider"})
        blocks.extend(_item_blocks(item, words))
    return [*blocks, *(_topics_line(reply.topics, words) if reply.topics else [])]


def _item_blocks(item: DigestItem, words: Words) -> list[Block]:
    blocks = [_header(item.article.name)]
    for section in item.sections:
        heading = _one_line(section.heading or "")
        bullets = [f"{BULLET} {escape(b)}" for b in map(_one_line, section.bullets) if b]
        blocks.extend(_sections(bullets, heading=_bold(heading) if heading else None))
    blocks.append(_source_context(item.article, words))
    return blocks


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


def _header(text: str) -> Block:
    clean = " ".join(text.split()) or "Digest"
    return {
        "type": "header",
        "text": {"type": "plain_text", "text": _clip(clean, MAX_HEADER_TEXT), "emoji": True},
    }


def _context(texts: Iterable[str]) -> Block:
    elements = [
        {"type": "mrkdwn", "text": _clip_escaped(t, MAX_CONTEXT_TEXT)} for t in texts if t.strip()
    ]
    return {"type": "context", "elements": elements[:MAX_CONTEXT_ELEMENTS]}


def _sections(
    lines: Iterable[str], *, heading: str | None = None, limit: int = MAX_SECTION_TEXT
) -> list[Block]:
    """Pack mrkdwn lines under an optional heading into as few section blocks as fit."""
    chunks: list[str] = []
    current = heading or ""
    # A heading alone at the end of a block would be cut off from its first line.
    lonely_heading = bool(heading)
    for line in lines:
        rest = line.strip()
        while rest:
            room = limit - slack_len(current) - (1 if current else 0)
            if slack_len(rest) <= room:
                current, rest = (f"{current}\n{rest}" if current else rest), ""
            elif current and (lonely_heading or slack_len(rest) > limit) and room >= _MIN_PIECE:
                # This line has to be cut anyway (or must follow its heading): fill the room.
                head, rest = _cut(rest, room)
                chunks.append(f"{current}\n{head}")
                current = ""
            elif current:
                chunks.append(current)
                current = ""
            else:
                head, rest = _cut(rest, limit)
                chunks.append(head)
            lonely_heading = False
    if current and not lonely_heading:
        chunks.append(current)
    return [{"type": "section", "text": {"type": "mrkdwn", "text": c}} for c in chunks]


_MIN_PIECE = 200


def _cut(line: str, limit: int) -> tuple[str, str]:
    """Cut an escaped line within `limit`, at a space where it can; return both parts."""
    end = _fit(line, limit)
    if end >= len(line):
        return line, ""
    space = line.rfind(" ", 0, end + 1)
    if space > end // 2:
        end = space
    else:
        # Never cut inside an entity such as `&amp;`: Slack would show its halves.
        amp = line.rfind("&", max(0, end - 4), end)
        if amp > 0 and ";" not in line[amp:end]:
            end = amp
    return line[:end].rstrip(), line[end:].strip()


def _fit(text: str, limit: int) -> int:
    """Return the longest prefix length of `text` whose UTF-16 length is within `limit`."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return max(index, 1)
    return len(text)


def _one_line(text: str) -> str:
    """Collapse whitespace, so a bullet or heading cannot break the mrkdwn layout."""
    return " ".join(text.split())


def _clip(text: str, limit: int) -> str:
    """Shorten plain text to `limit` (UTF-16 units), ending with an ellipsis."""
    if slack_len(text) <= limit:
        return text
    return text[: _fit(text, limit - 1)].rstrip() + ELLIPSIS


def _clip_escaped(text: str, limit: int) -> str:
    """Shorten escaped mrkdwn without cutting an entity."""
    if slack_len(text) <= limit:
        return text
    return _cut(text, limit - 1)[0] + ELLIPSIS


def _block_text(block: Block) -> str:
    kind = block["type"]
    if kind in ("header", "section"):
        return str(block["text"]["text"])
    if kind == "context":
        return " ".join(str(e.get("text", "")) for e in block["elements"])
    return ""


def fallback_text(blocks: Sequence[Block]) -> str:
    """Return the plain `text` Slack shows in notifications for these blocks."""
    lines = []
    for block in blocks:
        text = _block_text(block)
        if block["type"] == "header":
            text = escape(text)
        if text.strip():
            lines.append(text)
    text = "\n".join(lines) or "Digestbot"
    return _clip_escaped(text, MAX_FALLBACK_TEXT)


def pack(blocks: Sequence[Block]) -> list[SlackMessage]:
    """Split blocks into messages of at most 50 blocks and the cumulative text budget."""
    messages: list[list[Block]] = []
    current: list[Block] = []
    size = 0
    for block in blocks:
        cost = slack_len(_block_text(block))
        if current and (len(current) >= MAX_BLOCKS or size + cost > MAX_MESSAGE_TEXT):
            # A header or divider at the end would be cut off from what it introduces.
            carry: list[Block] = []
            while len(current) > 1 and current[-1]["type"] in ("header", "divider"):
                carry.insert(0, current.pop())
            messages.append(current)
            current = [b for b in carry if b["type"] != "divider"]
            size = sum(slack_len(_block_text(b)) for b in current)
        if block["type"] == "divider" and not current:
            continue
        current.append(block)
        size += cost
    if current:
        messages.append(current)
    return [SlackMessage(fallback_text(m), m) for m in messages]
