"""Render structured replies as Telegram HTML messages, each under the 4096 limit."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from bot.chat.commands import COMMANDS, Command
from bot.chat.reading import source_line
from bot.chat.replies import (
    ArticleRef,
    DigestItem,
    DigestReply,
    ExcerptItem,
    ExcerptReply,
    FileReply,
    HelpReply,
    NoticeReply,
    Reply,
    TopicEntry,
    TopicsReply,
    UnknownReply,
)
from bot.core.text import COMMAND_RE
from bot.i18n import ENGLISH_WORDS, Words
from bot.platforms.shared.buttons import topic_choices

MAX_MESSAGE_UNITS = 4096
MAX_MENU_COMMANDS = 100
TOPIC_CALLBACK_PREFIX = "t:"
BULLET = "•"

# C0/C1 controls other than whitespace, and lone surrogates: Telegram rejects or mangles them.
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_MAX_URL = 1024
_MAX_META = 40


@dataclass(frozen=True)
class TelegramMessage:
    """One sendMessage: HTML text (parse mode HTML) and inline buttons as (label, callback_data)."""

    html: str
    buttons: tuple[tuple[str, str], ...] = ()


def utf16_len(text: str) -> int:
    """Return the length Telegram counts: UTF-16 code units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


@dataclass(frozen=True)
class _Line:
    """Fixed markup around untrusted plain text, so a long line can be cut between words."""

    text: str
    before: str = ""
    after: str = ""
    again: str | None = None  # markup before the rest of a cut line (default: `before`)
    sep: str = "\n"  # what joins this line to the one before it in its block

    def html(self) -> str:
        return self.before + html.escape(self.text) + self.after


@dataclass(frozen=True)
class _Block:
    """Lines kept together when they fit; `sticky` keeps a heading with its first line."""

    lines: tuple[_Line, ...]
    sticky: bool = False


def render(
    reply: Reply, *, limit: int = MAX_MESSAGE_UNITS, words: Words = ENGLISH_WORDS
) -> list[TelegramMessage]:
    """Render a reply as one or more Telegram HTML messages, buttons on the last."""
    buttons: tuple[tuple[str, str], ...] = ()
    match reply:
        case DigestReply():
            blocks = _digest(reply, words)
            buttons = (*_more_button(reply, words), *topic_buttons(reply.topics))
        case ExcerptReply():
            blocks = _excerpt(reply, words)
        case TopicsReply():
            blocks = [_topics_block(reply.topics, words)]
        case HelpReply():
            blocks = _help(reply, words)
        case UnknownReply():
            blocks = _unknown(reply, words)
        case NoticeReply():
            blocks = _paragraphs(reply.text)
        case FileReply():
            # The sender sends files as documents; this is the text for anything else.
            blocks = [*_paragraphs(reply.caption), *_paragraphs(reply.text)]
    texts = pack(blocks, limit) or ["…"]
    messages = [TelegramMessage(text) for text in texts]
    if buttons:
        messages[-1] = TelegramMessage(messages[-1].html, buttons)
    return messages


def topic_buttons(topics: Iterable[TopicEntry]) -> tuple[tuple[str, str], ...]:
    """Return (label, "t:<command>") for each valid topic, at most MAX_TOPIC_BUTTONS."""
    return tuple((label, TOPIC_CALLBACK_PREFIX + cmd) for label, cmd in topic_choices(topics))


def menu_commands(
    topics: Iterable[TopicEntry],
    commands: Sequence[Command] = COMMANDS,
    *,
    words: Words = ENGLISH_WORDS,
) -> tuple[tuple[str, str], ...]:
    """Return the (command, description) pairs for setMyCommands: fixed ones first, ≤100."""
    _ = words.gettext
    entries: list[tuple[str, str]] = []
    seen: set[str] = set()
    fixed = ((c.name, _(c.help)) for c in commands)
    topical = (
        (t.command, _("topic: %(label)s") % {"label": clean(t.label) or t.command}) for t in topics
    )
    for name, description in (*fixed, *topical):
        if not COMMAND_RE.match(name) or name in seen:
            continue
        seen.add(name)
        entries.append((name, clean(description)[:256] or name))
        if len(entries) == MAX_MENU_COMMANDS:
            break
    return tuple(entries)


def clean(text: str | None) -> str:
    """Return `text` on one line: invisible characters dropped, whitespace collapsed."""
    return " ".join(_INVISIBLE.sub("", text or "").split())


def safe_url(url: str | None) -> str | None:
    """Return an http(s) URL fit for an href, or None."""
    if not url or len(url) > _MAX_URL or _INVISIBLE.search(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


# --- replies to blocks ---------------------------------------------------------------------


def _line(
    text: str | None,
    before: str = "",
    after: str = "",
    *,
    again: str | None = None,
    sep: str = "\n",
) -> _Line | None:
    cleaned = clean(text)
    return _Line(cleaned, before, after, again, sep) if cleaned else None


def _bold(text: str | None) -> _Line | None:
    return _line(text, "<b>", "</b>")


def _block(*lines: _Line | None, sticky: bool = False) -> _Block | None:
    present = tuple(line for line in lines if line is not None)
    return _Block(present, sticky and len(present) > 1) if present else None


def _blocks(*blocks: _Block | None) -> list[_Block]:
    return [b for b in blocks if b is not None]


def _link_line(ref: ArticleRef, *, prefix: str = "", text: str | None = None) -> _Line | None:
    """Return a line naming the source, as a link when it has a web address."""
    url = safe_url(ref.url) or safe_url(ref.source)
    if url is None:
        return _line(text or ref.name, before=html.escape(prefix))
    label = text or urlsplit(url).hostname or url
    if label.startswith("www."):
        label = label[4:]
    anchor = f'<a href="{html.escape(url, quote=True)}">'
    return _line(label, html.escape(prefix) + anchor, "</a>", again=anchor)


def _digest(reply: DigestReply, words: Words) -> list[_Block]:
    _ = words.gettext
    if not reply.items:
        return _blocks(_block(_line(_("No articles yet."))))
    blocks: list[_Block] = []
    if reply.day is not None:
        header = _("Today's news, %(day)s") % {"day": words.weekday_date(reply.day)}
        blocks.extend(_blocks(_block(_bold(header))))
    for item in reply.items:
        blocks.extend(_digest_item(item, words))
    if reply.more and reply.more_command:
        more = words.ngettext(
            "… and %(count)d more: %(command)s", "… and %(count)d more: %(command)s", reply.more
        ) % {"count": reply.more, "command": f"/{reply.more_command}"}
        blocks.extend(_blocks(_block(_line(more))))
    return blocks


def _digest_item(item: DigestItem, words: Words) -> list[_Block]:
    ref = item.article
    url = safe_url(ref.url)
    if url is None:
        title = _bold(ref.name)
    else:
        anchor = f'<b><a href="{html.escape(url, quote=True)}">'
        title = _line(ref.name, anchor, "</a></b>", again=anchor)
    source = _line(source_line(ref, words))
    blocks = [_block(title, source)]
    for section, heading in zip(item.sections, item.headings(), strict=True):
        bullets = [_line(b, f"{BULLET} ", again="") for b in section.bullets]
        if any(bullets):
            blocks.append(_block(_bold(heading), *bullets, sticky=True))
    return _blocks(*blocks)


def _more_button(reply: DigestReply, words: Words) -> tuple[tuple[str, str], ...]:
    """A button that does what «… and N more: /digest more» says (a command in a message
    is a link only up to its first space)."""
    if not reply.more or not reply.more_command:
        return ()
    label = words.ngettext("%(count)d more", "%(count)d more", reply.more) % {"count": reply.more}
    return ((label, TOPIC_CALLBACK_PREFIX + reply.more_command),)


def _unknown(reply: UnknownReply, words: Words) -> list[_Block]:
    """A short answer: what was not understood, the near miss, a few topics, /help."""
    _ = words.gettext
    lines = [_line(reply.text)]
    if reply.suggestion:
        lines.append(_line(_("Did you mean %(command)s?") % {"command": f"/{reply.suggestion}"}))
    commands = [f"/{t.command}" for t in reply.topics if COMMAND_RE.match(t.command)]
    if commands:
        shown = " ".join(dict.fromkeys(commands))
        if reply.more_topics:
            shown = _("%(topics)s … all: %(command)s") % {"topics": shown, "command": "/topics"}
        lines.append(_line(_("Topics: %(topics)s") % {"topics": shown}))
    lines.append(_line(_("%(command)s lists what I can do.") % {"command": "/help"}))
    return _blocks(_block(*lines))


def _excerpt(reply: ExcerptReply, words: Words) -> list[_Block]:
    title = reply.label or reply.query
    if not reply.matches:
        text = words.gettext("Nothing found for “%(query)s”.") % {"query": clean(title)}
        return _blocks(_block(_line(text)))
    blocks = [_block(_bold(title))]
    blocks.extend(_excerpt_item(match) for match in reply.matches)
    return _blocks(*blocks)


def _excerpt_item(item: ExcerptItem) -> _Block | None:
    # Sentences run on as a paragraph; a message may still be split between two of them.
    sentences = [line for s in item.sentences if (line := _line(s, sep=" ")) is not None]
    if not sentences:
        return None
    sentences[0] = replace(sentences[0], sep="\n")
    heading = _bold(item.heading or item.article.name)
    source = _link_line(item.article, prefix="— ", text=item.article.name)
    return _block(heading, *sentences, source, sticky=True)


def _topics_block(topics: Sequence[TopicEntry], words: Words) -> _Block:
    _ = words.gettext
    lines = [_topic_line(t) for t in topics if COMMAND_RE.match(t.command)]
    block = _block(_bold(_("Topics")), *lines, sticky=True) if any(lines) else None
    return block or _Block((_Line(_("No topics yet.")),))


def _topic_line(topic: TopicEntry) -> _Line | None:
    label = clean(topic.label)
    if not label or label == topic.command:
        return _line(f"/{topic.command}")
    return _line(f"/{topic.command} — {label}")


def _help(reply: HelpReply, words: Words) -> list[_Block]:
    commands = [
        _line(" ".join(filter(None, (f"/{c.name}", clean(c.args), "—", clean(c.help)))))
        for c in reply.commands
    ]
    return _blocks(
        *_paragraphs(reply.intro),
        _block(_bold(words.gettext("Commands")), *commands, sticky=True),
        _topics_block(reply.topics, words),
    )


def _paragraphs(text: str) -> list[_Block]:
    """Return a block per paragraph, keeping the text's own line breaks."""
    paragraphs = re.split(r"\n\s*\n", text or "")
    return _blocks(*(_block(*(_line(t) for t in p.splitlines())) for p in paragraphs))


# --- packing into messages ------------------------------------------------------------------


def pack(blocks: Sequence[_Block], limit: int = MAX_MESSAGE_UNITS) -> list[str]:
    """Join blocks into messages of at most `limit` UTF-16 units, splitting between lines."""
    messages: list[str] = []
    current = ""
    size = 0
    for block in blocks:
        pieces = _pieces(block, limit)
        whole = pieces[0][1] + "".join(sep + text for sep, text in pieces[1:])
        whole_size = utf16_len(whole)
        if current and size + 2 + whole_size <= limit:
            current, size = current + "\n\n" + whole, size + 2 + whole_size
            continue
        if whole_size <= limit:
            if current:
                messages.append(current)
            current, size = whole, whole_size
            continue
        for index, (sep, text) in enumerate(pieces):
            joint = ("\n\n" if index == 0 else sep) if current else ""
            text_size = utf16_len(joint + text)
            if size + text_size <= limit:
                current, size = current + joint + text, size + text_size
            else:
                messages.append(current)
                current, size = text, utf16_len(text)
    if current:
        messages.append(current)
    return messages


def _pieces(block: _Block, limit: int) -> list[tuple[str, str]]:
    """Return (separator, html) pieces that each fit in a message; a heading stays glued."""
    pieces: list[tuple[str, str]] = []
    for line in block.lines:
        cut = _cut(line, limit)
        pieces.append((line.sep, cut[0]))
        pieces.extend(("\n", rest) for rest in cut[1:])
    if block.sticky and len(pieces) > 1:
        glued = pieces[0][1] + pieces[1][0] + pieces[1][1]
        if utf16_len(glued) <= limit:
            pieces[:2] = [(pieces[0][0], glued)]
    return pieces


def _cut(line: _Line, limit: int) -> list[str]:
    """Cut an over-long line between words (inside a word only when it must), tags closed."""
    whole = line.html()
    if utf16_len(whole) <= limit:
        return [whole]
    before, after = line.before, line.after
    again = line.before if line.again is None else line.again
    if utf16_len(before + after) > limit // 2 or utf16_len(again + after) > limit // 2:
        before = again = after = ""  # markup that big would leave no room: drop it
    pieces: list[str] = []
    rest = line.text
    while rest:
        budget = limit - utf16_len(before) - utf16_len(after)
        end = _fit(rest, budget)
        pieces.append(before + html.escape(rest[:end].rstrip()) + after)
        rest = rest[end:].lstrip()
        before = again
    return pieces


def _fit(text: str, budget: int) -> int:
    """Return how many characters of `text`, escaped, fit in `budget`; prefer a word end."""
    used = 0
    last_space = 0
    for index, char in enumerate(text):
        used += utf16_len(html.escape(char))
        if used > budget:
            return last_space or max(index, 1)
        if char.isspace():
            last_space = index
    return len(text)
