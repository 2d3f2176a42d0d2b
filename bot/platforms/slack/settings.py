"""Slack's settings: on when SLACK_BOT_TOKEN is set; HTTP mode or Socket Mode (bot.settings)."""

from __future__ import annotations

from bot.settings import Settings


class SlackError(RuntimeError):
    """Slack cannot be started: a missing setting or a refused token (never the token)."""


def enabled(settings: Settings) -> bool:
    return bool(settings.slack_bot_token)
