"""The one command table: it feeds /help, Telegram's command menu and the Slack manifest."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    """A chat command: its name (without the slash), arguments and one line of help."""

    name: str
    args: str
    help: str
    admin_only: bool = False
    aliases: tuple[str, ...] = ()


COMMANDS: tuple[Command, ...] = (
    Command("start", "", "what this bot does", aliases=()),
    Command("help", "", "the commands and the topics available now"),
    Command("digest", "", "the digest of the latest articles"),
    Command("topics", "", "the topic commands available now"),
    Command("search", "WORDS", "the article sentences that match the words"),
    Command(
        "subscribe",
        "[HH:MM] [TOPIC...]",
        "a daily digest in this chat at that local time, optionally only on topics",
        admin_only=True,
    ),
    Command("unsubscribe", "", "stop this chat's daily digest", admin_only=True),
    Command("subscriptions", "", "this chat's subscription and its last delivery"),
    Command("timezone", "AREA/CITY", "set this chat's time zone", admin_only=True),
)

BY_NAME: dict[str, Command] = {c.name: c for c in COMMANDS} | {
    alias: c for c in COMMANDS for alias in c.aliases
}
