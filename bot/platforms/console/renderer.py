"""Plain text for the terminal and the console chat."""

from __future__ import annotations

from bot.chat.reading import source_line
from bot.chat.replies import (
    ArticleRef,
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
from bot.core.model import Digest, Excerpt
from bot.i18n import ENGLISH_WORDS, Words
from bot.i18n import words as words_in

BULLET = "•"


def _source_line(article: ArticleRef, words: Words) -> str:
    """«Testavisen · 12. mars 2024 · https://…»: who, when, and the link (a file: its name)."""
    parts = [source_line(article, words)]
    if article.url and article.url.lower().startswith(("http://", "https://")):
        parts.append(article.url)
    return " · ".join(p for p in parts if p)


def topic_list(
    topics: tuple[TopicEntry, ...] | list[TopicEntry], words: Words = ENGLISH_WORDS
) -> str:
    unique = list(dict.fromkeys(f"/{t.command}" for t in topics))
    return " ".join(unique) if unique else words.gettext("(none yet)")


def digest_item(item: DigestItem, words: Words = ENGLISH_WORDS) -> str:
    source = _source_line(item.article, words)
    lines = [item.article.name, source] if source else [item.article.name]
    for section, heading in zip(item.sections, item.headings(), strict=True):
        lines.append("")
        if heading:
            lines.append(heading)
        lines.extend(f"{BULLET} {bullet}" for bullet in section.bullets)
    return "\n".join(lines)


def digest_text(value: Digest) -> str:
    """Render one article's digest for `digestbot digest --format text`."""
    ref = ArticleRef(value.display_title, value.source, value.url, value.date)
    # The date as the article writes it («juli 2018» above Norwegian bullets).
    text = digest_item(DigestItem(ref, value.sections), words_in(value.language))
    if not any(section.bullets for section in value.sections):
        # Not an empty digest without a word: say why nothing can be a bullet.
        text += (
            "\n\n(No bullets: every sentence is a question, a quote whose speaker the"
            " article does not name, or too short to stand alone.)"
        )
    if value.topics:
        text += "\n\nTopics: " + " ".join(f"/{t.command}" for t in value.topics)
    return text


def excerpt_text(found: list[Excerpt]) -> str:
    blocks = []
    for excerpt in found:
        lines = [excerpt.heading or "(lead)"]
        lines.extend(f"  {sentence}" for sentence in excerpt.sentences)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def render(reply: Reply, *, words: Words = ENGLISH_WORDS) -> str:
    """Render any chat reply as plain text."""
    _ = words.gettext
    if isinstance(reply, DigestReply):
        return _digest(reply, words)
    if isinstance(reply, ExcerptReply):
        blocks = []
        for match in reply.matches:
            lines = [match.heading or match.article.name, f"({match.article.name})"]
            lines.extend(f"  {s}" for s in match.sentences)
            blocks.append("\n".join(lines))
        return (
            "\n\n".join(blocks) if blocks else _("Nothing on «%(query)s».") % {"query": reply.query}
        )
    if isinstance(reply, TopicsReply):
        if not reply.topics:
            return _("No topics yet: no articles have been read.")
        lines = [_("Topics:")]
        lines.extend(f"/{t.command} — {t.label} ({t.article.name})" for t in reply.topics)
        return "\n".join(lines)
    if isinstance(reply, HelpReply):
        lines = [reply.intro, "", _("Commands:")]
        lines.extend(
            f"/{c.name}{' ' + c.args if c.args else ''} — {c.help}" for c in reply.commands
        )
        lines.append("")
        lines.append(_("Topics now: %(topics)s") % {"topics": topic_list(reply.topics, words)})
        return "\n".join(lines)
    if isinstance(reply, UnknownReply):
        return _unknown(reply, words)
    if isinstance(reply, FileReply):
        return f"{reply.caption}\n{reply.text.rstrip()}"
    assert isinstance(reply, NoticeReply)
    return reply.text


def _digest(reply: DigestReply, words: Words) -> str:
    _ = words.gettext
    if not reply.items:
        return _("No articles yet.")
    parts = []
    if reply.day is not None:
        parts.append(_("Today's news, %(day)s") % {"day": words.weekday_date(reply.day)})
    parts.extend(digest_item(item, words) for item in reply.items)
    if reply.more and reply.more_command:
        parts.append(
            words.ngettext(
                "… and %(count)d more: %(command)s",
                "… and %(count)d more: %(command)s",
                reply.more,
            )
            % {"count": reply.more, "command": f"/{reply.more_command}"}
        )
    if reply.topics:
        parts.append(_("Topics: %(topics)s") % {"topics": topic_list(reply.topics, words)})
    return "\n\n".join(parts)


def _unknown(reply: UnknownReply, words: Words) -> str:
    """A short answer: what was not understood, the near miss, a few topics, /help."""
    _ = words.gettext
    lines = [reply.text]
    if reply.suggestion:
        lines.append(_("Did you mean %(command)s?") % {"command": f"/{reply.suggestion}"})
    if reply.topics:
        shown = topic_list(reply.topics, words)
        if reply.more_topics:
            shown = _("%(topics)s … all: %(command)s") % {"topics": shown, "command": "/topics"}
        lines.append(_("Topics: %(topics)s") % {"topics": shown})
    lines.append(_("%(command)s lists what I can do.") % {"command": "/help"})
    return "\n".join(lines)
