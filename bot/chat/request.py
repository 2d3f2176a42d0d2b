"""The one parser of chat messages: `/name@bot args`, or plain words, for every platform."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass

from bot.core.text import match_key

MAX_ARGS_CHARS = 500
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class Request:
    """A message as the chat reads it.

    `name` is the folded command or topic (`Øvelse` → `ovelse`), "" for plain words that name
    no command; `raw_name` is as typed, for messages; `addressee` is the bot a `/name@bot`
    command is meant for (None when it names none).
    """

    name: str
    args: str
    raw_name: str
    slash: bool = False
    addressee: str | None = None

    def addressed_to(self, username: str | None) -> bool:
        """Tell whether `/name@bot` names this bot (case-insensitive)."""
        return self.addressee is not None and self.addressee.lower() == (username or "").lower()


def clean_input(text: str) -> str:
    """Drop control characters and direction marks; keep letters, emoji and spaces."""
    text = _INVISIBLE.sub("", text)
    text = "".join(c if c in "\t\n" or unicodedata.category(c)[0] != "C" else " " for c in text)
    return " ".join(text.split())


def parse_request(text: str, commands: Container[str]) -> Request | None:
    """Split `/name@bot args` into a folded name and its arguments; None for an empty message.

    Plain words (a DM, the console, Slack's `/digest WORDS`) are a command when the first
    word is one of `commands`, else a topic query.
    """
    text = clean_input(text)
    if not text:
        return None
    if not text.startswith("/"):
        head, _, rest = text.partition(" ")
        if match_key(head) in commands:
            return Request(match_key(head), rest[:MAX_ARGS_CHARS], head)
        return Request("", text[:MAX_ARGS_CHARS], text[:40])
    head, _, rest = text[1:].partition(" ")
    raw, at, addressee = head.partition("@")
    return Request(
        match_key(raw)[:64],
        rest.strip()[:MAX_ARGS_CHARS],
        raw[:40],
        slash=True,
        addressee=addressee if at else None,
    )


MORE = "more"  # `/digest more`: what the last daily digest had no room for


def read_page_args(args: str) -> tuple[bool, int] | None:
    """Read `/digest` arguments that ask for a page: `2`, `more`, `more 2` as (more?, page);
    None for anything else (a topic or command after Slack's `/digest`)."""
    words = args.lower().split()
    leftover = bool(words) and words[0] == MORE
    if leftover:
        words = words[1:]
    if not words:
        return (True, 1) if leftover else None
    if len(words) == 1 and words[0].isdigit() and 0 < int(words[0]) < 10_000:
        return leftover, int(words[0])
    return None
