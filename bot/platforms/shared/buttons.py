"""Topic buttons, the same on every platform that has them: how many, how long a label."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.chat.replies import TopicEntry
from bot.core.text import COMMAND_RE

MAX_TOPIC_BUTTONS = 30
MAX_BUTTON_LABEL = 40
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def topic_choices(topics: Iterable[TopicEntry]) -> list[tuple[str, str]]:
    """(label, command) for each valid topic, once each, at most MAX_TOPIC_BUTTONS."""
    choices: list[tuple[str, str]] = []
    seen: set[str] = set()
    for topic in topics:
        if not COMMAND_RE.match(topic.command) or topic.command in seen:
            continue
        seen.add(topic.command)
        label = " ".join(_INVISIBLE.sub("", topic.label or "").split())
        choices.append((label[:MAX_BUTTON_LABEL] or topic.command, topic.command))
        if len(choices) == MAX_TOPIC_BUTTONS:
            break
    return choices
