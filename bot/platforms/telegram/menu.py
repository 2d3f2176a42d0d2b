"""Telegram's command menu in each language a client may run in (setMyCommands)."""

from __future__ import annotations

from collections.abc import Iterable

from telegram import Bot, BotCommand

from bot.chat.replies import TopicEntry
from bot.i18n import ENGLISH, language_of, words
from bot.platforms.telegram.renderer import menu_commands

# The clients' `language_code`s that get a menu of their own; "" is the default menu, for
# every other client, in DIGESTBOT_LANGUAGE. Telegram's `no` is Norwegian: Bokmål.
MENU_LANGUAGE_CODES = ("", "nb", "nn", "no", ENGLISH)

Menu = tuple[tuple[str, str], ...]


def menus(topics: Iterable[TopicEntry], default_language: str) -> dict[str, Menu]:
    """The (command, description) pairs of each language_code's menu."""
    topics = tuple(topics)
    return {
        code: menu_commands(topics, words=words(language_of(code) or default_language))
        for code in MENU_LANGUAGE_CODES
    }


async def publish(bot: Bot, wanted: dict[str, Menu], shown: dict[str, Menu], force: bool) -> None:
    """Send the menus that changed since `shown` (all with `force`); update `shown`."""
    for code, menu in wanted.items():
        if menu != shown.get(code) or force:
            commands = [BotCommand(name, description) for name, description in menu]
            await bot.set_my_commands(commands, language_code=code or None)
            shown[code] = menu
