"""Chat policy every platform applies the same way: when to stay quiet, how to apologise."""

from __future__ import annotations

from bot.chat.replies import ChatContext, NoticeReply, Reply, UnknownReply, apology
from bot.i18n import LANGUAGES


def stay_quiet(reply: Reply, ctx: ChatContext, *, addressed: bool) -> bool:
    """In a group, an unknown command not addressed to us is most likely another bot's."""
    return isinstance(reply, UnknownReply) and ctx.chat_kind != "private" and not addressed


def is_apology(reply: Reply) -> bool:
    """Tell whether a reply is the apology (never apologise for a failed apology)."""
    return isinstance(reply, NoticeReply) and any(reply == apology(lang) for lang in LANGUAGES)


__all__ = ["apology", "is_apology", "stay_quiet"]
