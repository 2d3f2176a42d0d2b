"""Telegram's settings: on when TELEGRAM_BOT_TOKEN is set (the rest is in bot.settings)."""

from __future__ import annotations

from bot.settings import Settings


def enabled(settings: Settings) -> bool:
    return bool(settings.telegram_bot_token)
