"""The adapters `digestbot deliver` sends through, built from the settings without `serve`.

They only send: no polling, no webhook changes, no web server, so a `deliver` run next to a
running `serve` takes none of its updates.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from bot.adapters.base import Adapter
from bot.chat.service import ChatService
from bot.logs import redact
from bot.settings import Settings

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def sending_adapters(
    settings: Settings, chat: ChatService, unavailable: dict[str, str] | None = None
) -> AsyncIterator[dict[str, Adapter]]:
    """Yield the adapters configured in the settings, open for sending; close them after.

    A configured platform that cannot send (token refused, unreachable) is left out, and
    why goes into `unavailable`.
    """
    unavailable = {} if unavailable is None else unavailable
    from bot.adapters.console import ConsoleAdapter

    adapters: dict[str, Adapter] = {"console": ConsoleAdapter(chat)}
    opened: list[Any] = []
    try:
        if settings.telegram_bot_token:
            telegram = await _telegram(settings, chat, unavailable)
            if telegram is not None:
                adapters["telegram"] = telegram
                opened.append(telegram)
        if settings.slack_bot_token:
            slack = _slack(settings, chat, unavailable)
            if slack is not None:
                adapters["slack"] = slack
        yield adapters
    finally:
        for adapter in opened:
            await _close(adapter)


def _unstarted_web(settings: Settings) -> Any:
    # Adapters in webhook or HTTP mode register a route at construction; this server is
    # never started, so `deliver` listens on no port.
    from bot.web import WebServer

    return WebServer(port=settings.port)


async def _telegram(
    settings: Settings, chat: ChatService, unavailable: dict[str, str]
) -> Adapter | None:
    from telegram.error import TelegramError

    from bot.adapters.telegram import TelegramAdapter, delivery_failure

    try:
        adapter = TelegramAdapter(settings, chat, _unstarted_web(settings))
        await _open_for_sending(adapter)
    except TelegramError as error:
        why = delivery_failure(error).reason or type(error).__name__
        unavailable["telegram"] = why
        log.error("Telegram unavailable for delivery: %s", why)
        return None
    except Exception as error:
        unavailable["telegram"] = type(error).__name__
        log.error("Telegram unavailable for delivery: %s", type(error).__name__)
        return None
    return adapter


async def _open_for_sending(adapter: Any) -> None:
    """Connect a Telegram adapter for sending only (getMe), without polling or a webhook."""
    await adapter.open_for_delivery()


async def _close(adapter: Any) -> None:
    try:
        await adapter.close_for_delivery()
    except Exception as error:  # noqa: BLE001 - the process is exiting; nothing left to save
        log.warning("%s adapter did not close cleanly: %s", adapter.name, type(error).__name__)


def _slack(settings: Settings, chat: ChatService, unavailable: dict[str, str]) -> Adapter | None:
    from bot.adapters.slack import SlackAdapter

    try:
        # Posting needs only the bot token's Web API client, created with the adapter.
        adapter: Adapter = SlackAdapter(settings, chat, _unstarted_web(settings))
    except Exception as error:
        unavailable["slack"] = redact(str(error))[:200]
        log.error("Slack unavailable for delivery: %s", error)
        return None
    return adapter
