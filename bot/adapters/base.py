"""What every platform adapter offers the scheduler, and the chat it asks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from bot.chat.replies import ChatContext, Reply, TopicEntry


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


class Adapter(Protocol):
    """A running platform connection: answers chat commands, delivers scheduled replies."""

    @property
    def name(self) -> str: ...

    async def start(self) -> None:
        """Connect and begin answering; routes on the shared web server are added before."""
        ...

    async def stop(self) -> None:
        """Stop answering and close connections, within 10 seconds."""
        ...

    async def deliver(self, chat_id: str, thread_id: str | None, reply: Reply) -> DeliveryResult:
        """Send a reply to a chat (and thread) on the scheduler's behalf."""
        ...


class ChatPort(Protocol):
    """The chat service as an adapter sees it."""

    def handle(self, text: str, ctx: ChatContext) -> Reply:
        """Answer a message as typed (`/atom`, `/subscribe 07:30`); blocking, run in a thread."""
        ...

    def requires_admin(self, text: str) -> bool:
        """Tell whether the command changes settings (only admins may in groups)."""
        ...

    def topic_entries(self) -> tuple[TopicEntry, ...]:
        """Return the topics available now, for the command menu."""
        ...

    @property
    def topics_version(self) -> int:
        """A number that changes whenever the topics change."""
        ...
