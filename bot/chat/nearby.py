"""Understanding people: the command or topic a near miss meant (`/digets` → `/digest`).

Typos are matched with difflib's similarity ratio (stdlib); habits from other bots
(`/list`, `/settings`) are a small table.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher

from bot.chat.replies import TopicEntry, UnknownReply

# What people type out of habit, and the command that does it here.
HABITS: dict[str, str] = {
    "list": "sources",
    "feeds": "sources",
    "feed": "sources",
    "kilder": "sources",
    "settings": "subscriptions",
    "status": "subscriptions",
    "subscription": "subscriptions",
    "abonnement": "subscriptions",
    "stop": "unsubscribe",
    "news": "digest",
    "nyheter": "digest",
    "today": "digest",
    "summary": "digest",
    "more": "digest more",
    "commands": "help",
    "hjelp": "help",
}
# How alike a near miss must be (difflib's ratio): `digets`/`digest` 0.83, `hepl`/`help`
# 0.75, `atomm`/`atom` 0.89; `add`/`atom` 0.29 is no near miss.
CUTOFF = 0.75
# Short words differ by one letter from too many others to guess.
MIN_LENGTH = 3


def did_you_mean(name: str, known: Iterable[str]) -> str | None:
    """The one known name `name` most likely meant, or None when none is close enough."""
    if name in HABITS:
        return HABITS[name]
    if len(name) < MIN_LENGTH:
        return None
    best: tuple[float, str] | None = None
    for candidate in dict.fromkeys(known):
        if candidate == name or abs(len(candidate) - len(name)) > 2:
            continue
        score = SequenceMatcher(None, name, candidate).ratio()
        if score >= CUTOFF and (best is None or score > best[0]):
            best = (score, candidate)
    return best[1] if best else None


# An unknown command's answer lists this many topics, then points to /topics for the rest.
SHOWN_TOPICS = 10


def unknown_reply(
    text: str, topics: tuple[TopicEntry, ...], suggestion: str | None = None
) -> UnknownReply:
    """A short answer to what matched nothing: the text, the near miss, the first topics."""
    shown = topics[:SHOWN_TOPICS]
    return UnknownReply(text, shown, suggestion, len(topics) - len(shown))
