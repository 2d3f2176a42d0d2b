"""The contract of a platform: its sender (outbound), its listener (inbound), its plug-in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from bot.chat.ports import Permissions
from bot.chat.replies import ChatContext, Reply, TopicEntry
from bot.chat.request import Request
from bot.i18n import ENGLISH

if TYPE_CHECKING:  # annotations only: `digestbot digest` must not pay for aiohttp
    from bot.platforms.shared.rate import SharedPace
    from bot.platforms.shared.seen import SeenEvents
    from bot.settings import Settings
    from bot.web import WebServer


@dataclass(frozen=True)
class DeliveryResult:
    """How a delivery ended: sent, the chat is dead (or moved), it failed, or it is uncertain.

    `uncertain` (maybe sent): the request went out and no answer came back, so the platform
    may have posted it; it must never be sent again automatically. A `failed` result is
    known not to have been posted (beyond `message_ids`); `retryable` says whether trying
    again later may help, not before `retry_after` seconds when the platform named a wait.
    """

    status: Literal["sent", "dead", "failed", "uncertain"]
    message_id: str | None = None  # the first message of the reply
    message_ids: tuple[str, ...] = ()  # every message sent, when a reply was split
    reason: str | None = None
    retryable: bool = False
    new_chat_id: str | None = None  # the chat moved here (Telegram group → supergroup)
    retry_after: float | None = None  # seconds the platform asked us to wait (a 429)

    @classmethod
    def sent(cls, message_ids: tuple[str, ...]) -> DeliveryResult:
        return cls("sent", message_ids[0] if message_ids else None, message_ids)

    @classmethod
    def dead(cls, reason: str, *, new_chat_id: str | None = None) -> DeliveryResult:
        return cls("dead", reason=reason, new_chat_id=new_chat_id)

    @classmethod
    def failed(
        cls,
        reason: str,
        *,
        retryable: bool,
        message_ids: tuple[str, ...] = (),
        retry_after: float | None = None,
    ) -> DeliveryResult:
        first = message_ids[0] if message_ids else None
        return cls(
            "failed",
            first,
            message_ids,
            reason=reason,
            retryable=retryable,
            retry_after=retry_after,
        )

    @classmethod
    def uncertain(cls, reason: str, *, message_ids: tuple[str, ...] = ()) -> DeliveryResult:
        first = message_ids[0] if message_ids else None
        return cls("uncertain", first, message_ids, reason=reason)


class PlatformUnavailable(RuntimeError):
    """A platform cannot send now (token refused, unreachable); the message says why, briefly."""


class Sender(Protocol):
    """Outbound: delivers replies for the scheduler; the only part `deliver` builds."""

    @property
    def name(self) -> str: ...

    async def deliver(
        self, chat_id: str, thread_id: str | None, reply: Reply, *, language: str = ENGLISH
    ) -> DeliveryResult:
        """Send a reply to a chat (and thread) in its language; say how it went, never raise."""
        ...


class Connection(Sender, Protocol):
    """A sender `deliver` opens and closes itself (a listener's sender runs with it)."""

    async def open(self) -> None:
        """Connect for sending only: no polling, no webhook, no menu change.

        Raises `PlatformUnavailable` (or any error) when the platform cannot send.
        """
        ...

    async def close(self) -> None:
        """Close what `open` opened."""
        ...


class Listener(Sender, Protocol):
    """Inbound and outbound in `serve`: answers chat commands, delivers scheduled replies."""

    async def start(self) -> None:
        """Connect and begin answering; routes on the shared web server are added before."""
        ...

    async def stop(self) -> None:
        """Stop answering and close connections, within 10 seconds."""
        ...


@runtime_checkable
class InputEnds(Protocol):
    """A listener whose input can end (the console's stdin at Ctrl-D or a pipe's end)."""

    def when_input_ends(self, callback: Callable[[], None]) -> None:
        """Call `callback` on the event loop when the input ends."""
        ...


@runtime_checkable
class Poller(Protocol):
    """A listener that may take updates by long polling, which one process at a time may do."""

    poll_on_start: bool

    @property
    def polls(self) -> bool: ...

    async def start_polling(self) -> None: ...

    async def stop_polling(self) -> None: ...


@runtime_checkable
class Paced(Protocol):
    """A sender that can keep to sending rates shared with the bot's other processes."""

    def share_pace(self, pace: SharedPace) -> None: ...


@runtime_checkable
class Deduplicating(Protocol):
    """A listener that answers each re-sent update or event once (its `seen` record)."""

    seen: SeenEvents


class ChatPort(Protocol):
    """The chat service as a listener sees it."""

    async def answer(
        self, request: Request | None, ctx: ChatContext, permissions: Permissions
    ) -> Reply:
        """Answer a message parsed by `parse_command`; asks `permissions` when it must."""
        ...

    async def localise(self, ctx: ChatContext, user_language: str | None = None) -> ChatContext:
        """Return `ctx` with the chat's language (its choice, its user's, or the default)."""
        ...

    @property
    def default_language(self) -> str:
        """The language of chats that chose none (DIGESTBOT_LANGUAGE)."""
        ...

    def topic_entries(self) -> tuple[TopicEntry, ...]:
        """Return the topics available now, for the command menu."""
        ...

    async def import_opml(self, data: bytes, ctx: ChatContext, permissions: Permissions) -> Reply:
        """Import the feeds of an OPML file sent to the chat (administrators only in groups)."""
        ...

    def latest_digest(self) -> Reply:
        """Return the digest of the latest articles (Slack's App Home shows it)."""
        ...

    @property
    def topics_version(self) -> int:
        """A number that changes whenever the topics change."""
        ...


@dataclass(frozen=True)
class Platform:
    """A platform plug-in: how to tell it is configured, and how to build its two halves."""

    name: str
    enabled: Callable[[Settings], bool]
    listener: Callable[[Settings, ChatPort, WebServer | None], Listener]
    sender: Callable[[Settings], Connection]
    fallback: bool = False  # `serve` runs it only when no other platform is configured
