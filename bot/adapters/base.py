"""What every platform adapter offers the scheduler, and the chat it asks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from bot.chat.ports import Permissions
from bot.chat.replies import ChatContext, Reply, TopicEntry
from bot.chat.request import Request


@dataclass(frozen=True)
class DeliveryResult:
    """How a delivery ended: sent, the chat is dead (or moved), or it failed."""

    status: Literal["sent", "dead", "failed"]
    message_id: str | None = None  # the first message of the reply
    message_ids: tuple[str, ...] = ()  # every message sent, when a reply was split
    reason: str | None = None
    retryable: bool = False
    new_chat_id: str | None = None  # the chat moved here (Telegram group → supergroup)

    @classmethod
    def sent(cls, message_ids: tuple[str, ...]) -> DeliveryResult:
        return cls("sent", message_ids[0] if message_ids else None, message_ids)

    @classmethod
    def dead(cls, reason: str, *, new_chat_id: str | None = None) -> DeliveryResult:
        return cls("dead", reason=reason, new_chat_id=new_chat_id)

    @classmethod
    def failed(
        cls, reason: str, *, retryable: bool, message_ids: tuple[str, ...] = ()
    ) -> DeliveryResult:
        first = message_ids[0] if message_ids else None
        return cls("failed", first, message_ids, reason=reason, retryable=retryable)


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

    async def answer(
        self, request: Request | None, ctx: ChatContext, permissions: Permissions
    ) -> Reply:
        """Answer a message parsed by `parse_command`; asks `permissions` when it must."""
        ...

    def topic_entries(self) -> tuple[TopicEntry, ...]:
        """Return the topics available now, for the command menu."""
        ...

    @property
    def topics_version(self) -> int:
        """A number that changes whenever the topics change."""
        ...
