"""Structured replies: what the bot says, before any platform renders it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from bot.core.model import SectionDigest
from bot.i18n import N_, words


@dataclass(frozen=True)
class ArticleRef:
    """Where an answer comes from, for the source line or link."""

    title: str | None
    source: str
    url: str | None = None
    date: str | None = None
    site: str | None = None  # the site or feed name («Testavisen»), when it has one

    @property
    def name(self) -> str:
        return self.title or self.source.rsplit("/", 1)[-1] or self.source


@dataclass(frozen=True)
class TopicEntry:
    """A topic command, pointing at its article and sections."""

    command: str
    label: str
    article: ArticleRef
    sections: tuple[int, ...] = ()


@dataclass(frozen=True)
class CommandInfo:
    """One line of help: `/name args — help`."""

    name: str
    args: str
    help: str


@dataclass(frozen=True)
class DigestItem:
    article: ArticleRef
    sections: tuple[SectionDigest, ...]

    def headings(self) -> list[str | None]:
        """Each section's heading as shown: an article without a title is named by its first
        heading (`display_title`), which is not shown a second time."""
        # (a later section keeps it: below the lead's bullets it marks where its part starts)
        title = self.article.title
        return [
            None if i == 0 and s.heading == title else s.heading
            for i, s in enumerate(self.sections)
        ]


@dataclass(frozen=True)
class DigestReply:
    """The digest of the latest articles; `topics` feed buttons where a platform has them.

    A daily digest names its `day` (a dated header). `more` articles had no room; the
    command `more_command` (without the slash, e.g. `digest more`) gives them.
    """

    items: tuple[DigestItem, ...]
    topics: tuple[TopicEntry, ...] = ()
    day: date | None = None
    more: int = 0
    more_command: str = ""


@dataclass(frozen=True)
class ExcerptItem:
    article: ArticleRef
    heading: str | None
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class ExcerptReply:
    """The article's own sentences on a topic or search, best section first."""

    query: str
    matches: tuple[ExcerptItem, ...]
    label: str | None = None


@dataclass(frozen=True)
class TopicsReply:
    topics: tuple[TopicEntry, ...]


@dataclass(frozen=True)
class HelpReply:
    intro: str
    commands: tuple[CommandInfo, ...]
    topics: tuple[TopicEntry, ...]


@dataclass(frozen=True)
class UnknownReply:
    """A command or topic that does not exist, with (some of) the topics that do.

    `suggestion` is a near miss that exists (`/digest` for `/digets`); `more_topics` counts
    the topics left out of `topics`, which /topics lists in full.
    """

    text: str
    topics: tuple[TopicEntry, ...]
    suggestion: str | None = None
    more_topics: int = 0


@dataclass(frozen=True)
class NoticeReply:
    """A short message: a confirmation, a refusal or an error a user can act on."""

    text: str
    kind: Literal["info", "ok", "error"] = "info"


@dataclass(frozen=True)
class FileReply:
    """A file for the chat (an OPML export): platforms that take files send it as one;
    the others show `caption` and the text in a code block."""

    filename: str
    content: bytes
    media_type: str
    caption: str

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")


APOLOGY = N_("Sorry, something went wrong on my side. Please try again in a moment.")


def apology(language: str | None = None) -> NoticeReply:
    """The one apology, on every platform, when answering failed on our side."""
    return NoticeReply(words(language).gettext(APOLOGY), "error")


Reply = (
    DigestReply | ExcerptReply | TopicsReply | HelpReply | UnknownReply | NoticeReply | FileReply
)


@dataclass(frozen=True)
class ChatContext:
    """Who asks, and where: the chat, the thread or forum topic, the user's rights."""

    platform: str
    chat_id: str
    thread_id: str | None = None
    user_id: str | None = None
    chat_kind: Literal["private", "group", "channel"] = "private"
    is_admin: bool = False
    # The language of the bot's words in this chat (`nb`, `nn`, `en`; see bot.i18n).
    language: str = "en"
