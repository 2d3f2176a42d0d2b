"""What a Telegram message asks of the chat: the request, the context and the sender."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from telegram import Chat, User
from telegram.constants import ChatType

from bot.chat.replies import ChatContext
from bot.chat.request import Request

_KINDS: dict[str, Literal["private", "group", "channel"]] = {
    ChatType.PRIVATE: "private",
    ChatType.GROUP: "group",
    ChatType.SUPERGROUP: "group",
    ChatType.CHANNEL: "channel",
}


@dataclass(frozen=True)
class Incoming:
    """A message for the chat: the parsed request, where it came from and who sent it."""

    request: Request
    ctx: ChatContext
    chat: Chat
    thread_id: int | None
    addressed: bool = False  # `/cmd@ThisBot`: meant for us even in a group with other bots
    user_language: str | None = None  # the sender's `language_code` (private chats follow it)


def incoming_for(
    request: Request,
    chat: Chat,
    thread: int | None,
    user: User | None,
    sender: Chat | None,
) -> Incoming:
    """Who asks, from where, in which language: the chat's view of a Telegram message."""
    kind = _KINDS.get(chat.type, "group")
    # A post on behalf of a chat (an anonymous admin, a linked channel) is that chat's.
    who = sender.id if sender is not None else (user.id if user is not None else None)
    ctx = ChatContext(
        platform="telegram",
        chat_id=str(chat.id),
        thread_id=str(thread) if thread is not None else None,
        user_id=str(who) if who is not None else None,
        chat_kind=kind,
        is_admin=kind == "private",
    )
    code = user.language_code if user is not None and sender is None else None
    return Incoming(request, ctx, chat, thread, user_language=code)
