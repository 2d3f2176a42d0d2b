"""After a feed poll: keep each source's state for /sources, and tell chats once of a gone one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.chat.replies import NoticeReply
from bot.i18n import ENGLISH_WORDS, Words
from bot.sources.book import SqlSourceBook
from bot.sources.model import GONE_AFTER, Scope


@dataclass(frozen=True)
class GoneNotice:
    """A chat to tell that one of its sources is gone."""

    scope: Scope
    location: str

    def reply(self, said: Words = ENGLISH_WORDS) -> NoticeReply:
        text = said.gettext(
            "The source %(url)s could not be read for %(days)d days, so I stopped "
            "expecting it. /sources shows its state; /remove it, or /add another."
        )
        return NoticeReply(text % {"url": self.location, "days": GONE_AFTER.days}, "error")


def note_polls(
    book: SqlSourceBook, polled: Iterable[tuple[int, bool]], now: datetime
) -> list[GoneNotice]:
    """Record each feed's outcome; return the notices owed to chats of feeds gone just now."""
    notices: list[GoneNotice] = []
    for source_id, ok in polled:
        if book.record_health(source_id, ok=ok, now=now):
            location = book.location(source_id)
            notices += [GoneNotice(scope, location) for scope in book.followers(source_id)]
    return notices
