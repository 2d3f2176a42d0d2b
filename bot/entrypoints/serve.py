"""`digestbot serve`: the platforms, the web server and the scheduler until SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from bot.bootstrap import Application, build_app, build_listeners, build_scheduler
from bot.logs import redact
from bot.platforms.base import Listener
from bot.settings import Settings
from bot.web import WebServer

log = logging.getLogger("digestbot")

SHUTDOWN_SECONDS = 10.0


class PlatformStartError(Exception):
    """A platform refused to start (a wrong token, an unreachable API)."""


async def serve(
    settings: Settings, *, stop: asyncio.Event | None = None, app: Application | None = None
) -> int:
    """Run the platforms, the web server and the scheduler until SIGTERM/SIGINT or `stop`."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)

    if app is None:
        app = await asyncio.to_thread(build_app, settings)
    web = WebServer(port=settings.port)
    listeners = build_listeners(settings, app.chat, web)
    console_only = [listener.name for listener in listeners] == ["console"]
    scheduler = build_scheduler(app, listeners)
    started: list[Listener] = []
    try:
        try:
            await web.start()
        except OSError as error:
            if not console_only:
                raise
            log.warning(
                "port %s is busy (%s): running without /healthz", settings.port, error.strerror
            )
        for listener in listeners:
            try:
                await listener.start()
            except Exception as error:  # noqa: BLE001 - any refusal stops the process, said once
                # A refused token must stop the process loudly, with the reason and
                # never the token: a process manager then shows the operator why.
                reason = redact(str(error) or type(error).__name__, settings)
                raise PlatformStartError(f"{listener.name} could not start: {reason}") from None
            started.append(listener)
            log.info("%s started", listener.name)
        await scheduler.start()
        await stop.wait()
        log.info("stopping")
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(scheduler.stop(), SHUTDOWN_SECONDS)
        for listener in reversed(started):
            try:
                await asyncio.wait_for(listener.stop(), SHUTDOWN_SECONDS)
            except Exception:  # stopping the others matters more
                log.exception("%s did not stop cleanly", listener.name)
        await web.stop()
        app.close()
    return 0
