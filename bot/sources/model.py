"""What a chat's source list holds, as plain values (no database, no platform)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

# A source failing this long is gone: its chats are told once, and it is polled rarely.
GONE_AFTER = timedelta(days=3)
DEFAULT_QUOTA = 50


@dataclass(frozen=True)
class Scope:
    """Whose source list: a chat (and thread) on a platform; `SHARED` is every chat's."""

    platform: str
    chat_id: str
    thread_id: str = ""

    @property
    def shared(self) -> bool:
        return not self.platform and not self.chat_id

    def describe(self) -> str:
        if self.shared:
            return "the shared sources"
        thread = f"#{self.thread_id}" if self.thread_id else ""
        return f"{self.platform}:{self.chat_id}{thread}"


SHARED = Scope("", "", "")


@dataclass(frozen=True)
class FollowedSource:
    """One line of a source list: the source, how it was named, and how it fares."""

    source_id: int
    kind: Literal["file", "page", "feed"]
    location: str
    title: str | None
    html_url: str | None
    last_read_at: datetime | None
    failing_since: datetime | None
    gone_at: datetime | None
    last_error: str | None = None

    @property
    def state(self) -> str:
        """`ok`, `failing since …`, `gone`, or `not read yet`."""
        if self.gone_at is not None:
            return "gone"
        if self.failing_since is not None:
            return f"failing since {self.failing_since:%Y-%m-%d %H:%M} UTC"
        return "ok" if self.last_read_at is not None else "not read yet"


@dataclass(frozen=True)
class OutlineSource:
    """A feed or page as an OPML outline names it."""

    url: str
    title: str | None = None
    html_url: str | None = None
    feed: bool = True
