"""The command-line commands that need settings and the database: ingest, chat, serve,
deliver, subscriptions. (`digest`, `ask` and `topics` read files only: bot.cli.)"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from datetime import timedelta
from typing import TextIO

from bot.settings import Settings
from bot.store.errors import StoreUnavailable

log = logging.getLogger("digestbot")


def run_command(args: argparse.Namespace) -> int:
    """Run a command that needs settings and the database; return the exit status."""
    from bot.logs import configure_logging

    try:
        settings = Settings.from_env()
    except ValueError as error:
        sys.stderr.write(f"digestbot: {error}\n")
        return 2
    configure_logging(
        settings,
        level=None if args.command in ("serve", "migrate") else logging.WARNING,
        console=_console_mode(args, settings),
    )
    # Imported per command: each needs only its part of the bot (start-up time matters
    # for `ingest` and `subscriptions` in scripts).
    try:
        if args.command == "ingest":
            return run_ingest_command(args.sources, settings)
        if args.command == "chat":
            return run_chat(settings)
        if args.command == "migrate":
            return run_migrate(settings)
        if args.command == "serve":
            from bot.entrypoints.serve import PlatformStartError, serve

            log.info("starting (%s): %s", args.role, settings.describe())
            try:
                return asyncio.run(serve(settings, role=args.role))
            except PlatformStartError as error:
                sys.stderr.write(f"digestbot: {error}\n")
                return 2
        if args.command == "sources":
            from bot.sources.cli import run_sources_command

            return run_sources_command(args, settings)
        if args.command in ("deliver", "subscriptions"):
            from bot.entrypoints.deliver import run_delivery_command

            return run_delivery_command(args, settings)
    except StoreUnavailable as error:
        sys.stderr.write(f"digestbot: {error}\n")
        return 2
    sys.stderr.write(f"digestbot: unknown command {args.command}\n")
    return 2


def _console_mode(args: argparse.Namespace, settings: Settings) -> bool:
    """Tell whether this process talks with a person in the terminal: `chat`, or `serve`
    with no platform but the console."""
    if args.command == "chat":
        return True
    if args.command != "serve" or args.role == "worker":
        return False
    from bot.platforms.registry import to_serve

    return [platform.name for platform in to_serve(settings)] == ["console"]


def run_chat(settings: Settings) -> int:
    """`digestbot chat`: the console chat on stdin and stdout."""
    from bot.bootstrap import build_app
    from bot.platforms.console.listener import run_chat as console_chat

    app = build_app(settings)
    try:
        return console_chat(app.chat)
    finally:
        app.close()


def run_ingest_command(
    sources: list[str],
    settings: Settings,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    progress: bool | None = None,
) -> int:
    """Run `digestbot ingest`: print the summary, one line per failure.

    Exit 0 when every source was read, 1 when some failed (a summary line on stderr says
    how many), 2 when all of them did.
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    if not sources:
        err.write("digestbot: ingest needs at least one file, folder or URL\n")
        return 2
    from bot.bootstrap import open_store
    from bot.feeds import FeedLimits
    from bot.ingest import ingest

    try:
        store = open_store(settings)
    except StoreUnavailable as error:
        err.write(f"digestbot: {error}\n")
        return 2
    try:
        report = ingest(
            sources,
            store,
            progress=progress,
            interval=timedelta(minutes=settings.feed_poll_minutes),
            limits=FeedLimits.from_settings(settings),
        )
    except StoreUnavailable as error:
        err.write(f"digestbot: {error}\n")
        return 2
    except KeyboardInterrupt:
        err.write("digestbot: interrupted\n")
        return 130
    else:
        # What the operator reads is shared: every chat sees it (and it is on the shared list).
        from bot.sources.book import SqlSourceBook

        SqlSourceBook(store.engine).share(report.sources)
    finally:
        store.close()
    out.write(report.summary() + "\n")
    if not report.failures:
        return 0
    for failure in report.failures:
        err.write(f"digestbot: {failure.line()}\n")
    partly = report.added + report.unchanged > 0
    err.write(f"digestbot: ingest {'incomplete' if partly else 'failed'}: {report.summary()}\n")
    return 1 if partly else 2


def run_migrate(settings: Settings) -> int:
    """`digestbot migrate`: upgrade the schema to the newest version (the `release` step)."""
    from bot.bootstrap import migrate_database

    where = migrate_database(settings)
    print(f"the database {where} is up to date")
    return 0
