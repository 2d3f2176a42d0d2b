"""Slack: listener (HTTP events or Socket Mode), sender, renderer (Block Kit), manifest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.platforms.base import ChatPort, Connection, Listener, Platform
from bot.platforms.slack.settings import enabled

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.web import WebServer


def _listener(settings: Settings, chat: ChatPort, web: WebServer | None) -> Listener:
    from bot.platforms.slack.listener import SlackListener

    return SlackListener(settings, chat, web)


def _sender(settings: Settings) -> Connection:
    from bot.platforms.slack.sender import SlackSender

    return SlackSender(settings)


PLATFORM = Platform("slack", enabled, _listener, _sender)
