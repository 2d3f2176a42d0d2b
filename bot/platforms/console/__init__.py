"""The console: a first-class platform (stdin in, plain text out) that tests drive too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.platforms.base import ChatPort, Connection, Listener, Platform
from bot.platforms.console.settings import enabled

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.web import WebServer


def _listener(settings: Settings, chat: ChatPort, web: WebServer | None) -> Listener:
    from bot.platforms.console.listener import ConsoleListener

    return ConsoleListener(chat)


def _sender(settings: Settings) -> Connection:
    from bot.platforms.console.sender import ConsoleSender

    return ConsoleSender()


PLATFORM = Platform("console", enabled, _listener, _sender, fallback=True)
