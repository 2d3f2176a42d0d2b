"""Wiring: build the bot from settings, and run `ingest`, `chat`, `serve`, `deliver`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.chat.library import Library
from bot.chat.service import ChatService
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.delivery.scheduler import DigestScheduler

log = logging.getLogger("digestbot")

SHUTDOWN_SECONDS = 10.0


class AdapterStartError(Exception):
    """A platform refused to start (a wrong token, an unreachable API)."""


@dataclass
class Bot:
    """Everything `serve` runs, built by `build_bot`; tests build it with fakes."""

    settings: Settings
    store: Any
    library: Library
    chat: ChatService


def open_store(settings: Settings) -> Any:
    """Open the database named by DATABASE_URL, migrated to the latest schema."""
    from bot.store.sql import open_store as open_sql_store

    return open_sql_store(settings.database_url)


def seed_library(store: Any, settings: Settings) -> None:
    """On a fresh database, read the sample articles so the bot has something to say."""
    if store.count() > 0:
        return
    from pathlib import Path

    from bot.ingest import ingest

    folder = Path(settings.articles)
    if not folder.exists():
        log.warning("no articles yet, and DIGESTBOT_ARTICLES (%s) does not exist", folder)
        return
    report = ingest([str(folder)], store, progress=False)
    log.info("read the sample articles in %s: %s", folder, report.summary())


def build_bot(settings: Settings, store: Any | None = None) -> Bot:
    store = store if store is not None else open_store(settings)
    seed_library(store, settings)
    library = Library(
        store,
        latest_hours=settings.latest_hours,
        latest_fallback=settings.latest_fallback,
        max_latest=settings.digest_max_articles,
    )
    library.refresh()
    from bot.delivery.subscriptions import SubscriptionService

    subscriptions = SubscriptionService.for_store(store, settings)
    chat = ChatService(library, subscriptions=subscriptions)
    return Bot(settings, store, library, chat)


def cmd_chat(settings: Settings) -> int:
    from bot.adapters.console import run_chat

    bot = build_bot(settings)
    try:
        return run_chat(bot.chat)
    finally:
        bot.store.close()


async def serve(
    settings: Settings, *, stop: asyncio.Event | None = None, bot: Bot | None = None
) -> int:
    """Run the adapters, the web server and the scheduler until SIGTERM/SIGINT or `stop`."""
    from bot.web import WebServer

    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)

    if bot is None:
        bot = await asyncio.to_thread(build_bot, settings)
    web = WebServer(port=settings.port)
    adapters: list[Any] = []
    if settings.telegram_bot_token:
        from bot.adapters.telegram import TelegramAdapter

        adapters.append(TelegramAdapter(settings, bot.chat, web))
    if settings.slack_bot_token:
        from bot.adapters.slack import SlackAdapter

        adapters.append(SlackAdapter(settings, bot.chat, web))
    console_only = not adapters
    if console_only:
        from bot.adapters.console import ConsoleAdapter

        adapters.append(ConsoleAdapter(bot.chat))

    scheduler = _scheduler(bot, adapters)
    started: list[Any] = []
    try:
        try:
            await web.start()
        except OSError as error:
            if not console_only:
                raise
            log.warning(
                "port %s is busy (%s): running without /healthz", settings.port, error.strerror
            )
        for adapter in adapters:
            try:
                await adapter.start()
            except Exception as error:
                # A refused token must stop the process loudly, with the reason and
                # never the token: a process manager then shows the operator why.
                from bot.logs import redact

                reason = redact(str(error) or type(error).__name__, settings)
                raise AdapterStartError(f"{adapter.name} could not start: {reason}") from None
            started.append(adapter)
            log.info("%s adapter started", adapter.name)
        await scheduler.start()
        await stop.wait()
        log.info("stopping")
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(scheduler.stop(), SHUTDOWN_SECONDS)
        for adapter in reversed(started):
            try:
                await asyncio.wait_for(adapter.stop(), SHUTDOWN_SECONDS)
            except Exception:
                log.exception("%s adapter did not stop cleanly", adapter.name)
        await web.stop()
        bot.store.close()
    return 0


def _scheduler(bot: Bot, adapters: list[Any]) -> DigestScheduler:
    from bot.delivery.scheduler import DigestScheduler

    return DigestScheduler.for_bot(bot, {a.name: a for a in adapters})


def run_command(args: argparse.Namespace) -> int:
    """Run the commands that need settings and the database."""
    from bot.logs import configure_logging
    from bot.store.errors import StoreUnavailable

    try:
        settings = Settings.from_env()
    except ValueError as error:
        sys.stderr.write(f"digestbot: {error}\n")
        return 2
    configure_logging(settings, level=logging.INFO if args.command == "serve" else logging.WARNING)
    try:
        if args.command == "ingest":
            from bot.ingest import run_ingest_command

            return run_ingest_command(args.sources, settings)
        if args.command == "chat":
            return cmd_chat(settings)
        if args.command == "serve":
            log.info("starting: %s", settings.describe())
            return asyncio.run(serve(settings))
        if args.command in ("deliver", "subscriptions"):
            from bot.delivery.cli import run_delivery_command

            status: int = run_delivery_command(args, settings)
            return status
    except AdapterStartError as error:
        sys.stderr.write(f"digestbot: {error}\n")
        return 2
    except StoreUnavailable as error:
        sys.stderr.write(f"digestbot: {error}\n")
        return 2
    sys.stderr.write(f"digestbot: unknown command {args.command}\n")
    return 2
