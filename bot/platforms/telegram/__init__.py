"""Telegram: listener (polling or webhook), sender, renderer (HTML) and settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.platforms.base import ChatPort, Connection, Listener, Platform
from bot.platforms.telegram.settings import enabled

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.web import WebServer


def _listener(settings: Settings, chat: ChatPort, web: WebServer | None) -> Listener:
    from bot.platforms.telegram.listener import TelegramListener

    return TelegramListener(settings, chat, web)


def _sender(settings: Settings) -> Connection:
    from bot.platforms.telegram.sender import TelegramSender

    return TelegramSender(settings)


PLATFORM = Platform("telegram", enabled, _listener, _sender)
