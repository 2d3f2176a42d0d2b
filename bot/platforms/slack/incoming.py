"""Slack, inbound: the words of a message as a command, and what kind of conversation it is."""

from __future__ import annotations

import re
from typing import Literal

from bot.chat.request import read_page_args
from bot.platforms.slack.renderer import SLASH_COMMAND

_MENTION = re.compile(r"<@([A-Z0-9]+)(?:\|[^>]*)?>")


def to_command(text: str) -> str:
    """Turn the words after `/digest`, in a mention or a DM into a command (`atom` → `/atom`)."""
    # Slack escapes &, < and > in what users type; mentions arrive as <@U123>.
    plain = _MENTION.sub(" ", text).replace("&lt;", "<").replace("&gt;", ">")
    words = plain.replace("&amp;", "&").split()
    if not words:
        return SLASH_COMMAND
    line = " ".join(words)
    if read_page_args(line) is not None:
        return f"{SLASH_COMMAND} {line}"  # `/digest 2`, `/digest more`: pages of the digest
    return line if line.startswith("/") else f"/{line}"


def chat_kind(channel: str) -> Literal["private", "group"]:
    """D… is a direct message; C… and G… are channels and group conversations."""
    return "private" if channel.startswith("D") else "group"


def mentions(text: str, user_id: str | None) -> bool:
    """Tell whether a message's text mentions this user (the bot): `<@U123>`."""
    return bool(user_id) and any(m.group(1) == user_id for m in _MENTION.finditer(text))
