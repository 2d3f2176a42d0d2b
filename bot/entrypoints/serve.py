"""`digestbot serve --role web|worker|all`: what each process runs, until SIGTERM/SIGINT.

web: the platforms' listeners (webhooks, Slack events, the console, Telegram long polling
while this process holds the polling lock) and the HTTP server. worker: the scheduler
(deliveries, feed polling) with the platforms' senders only. all: both. Every role serves
`/healthz`, `/readyz` and `/metrics` on PORT, so each process can be watched.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator
from typing import Literal

from bot.bootstrap import (
    Application,
    build_app,
    build_listeners,
    build_scheduler,
    open_senders,
    open_shared,
    settle,
    share,
)
from bot.delivery.scheduler import DigestScheduler
from bot.logs import redact
from bot.platforms.base import InputEnds, Listener, Poller, Sender
from bot.platforms.shared.poll_lease import PollLease
from bot.settings import Settings
from bot.store.health import database_check, uses_postgresql
from bot.web import WebServer

log = logging.getLogger("digestbot")

SHUTDOWN_SECONDS = 10.0
Role = Literal["web", "worker", "all"]


class PlatformStartError(Exception):
    """A platform refused to start (a wrong token, an unreachable API)."""


async def serve(
    settings: Settings,
    *,
    role: Role = "all",
    stop: asyncio.Event | None = None,
    app: Application | None = None,
) -> int:
    """Run what `role` names, the web server and its checks until SIGTERM/SIGINT or `stop`."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)

    if app is None:
        app = await asyncio.to_thread(build_app, settings)
    web = WebServer(port=settings.port)
    database_answers = database_check(app.store)
    web.add_readiness("database", lambda: asyncio.to_thread(database_answers))
    listeners = build_listeners(settings, app.chat, web) if role != "worker" else []
    shared = open_shared(settings, app.store)
    if shared is not None and shared.ready is not None:
        web.add_readiness(shared.backend, shared.ready)
    share(shared, listeners)
    console_only = [listener.name for listener in listeners] == ["console"]
    if console_only:
        # The console is all this process serves: Ctrl-D (end of input) ends it, as in `chat`.
        for listener in listeners:
            if isinstance(listener, InputEnds):
                listener.when_input_ends(stop.set)
    started: list[Listener] = []
    leases: list[PollLease] = []
    scheduler: DigestScheduler | None = None
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
            lease = _poll_lease(app, listener)
            await _start(listener, settings)
            started.append(listener)
            if lease is not None:
                lease.begin()
                leases.append(lease)
            log.info("%s started", listener.name)
        async with _senders(settings, role, listeners) as senders:
            share(shared, senders)
            if role != "web":
                scheduler = build_scheduler(app, senders)
            settle()
            if scheduler is not None:
                running = scheduler
                web.add_readiness("scheduler", lambda: _true(running.running))
                await scheduler.start()
            await stop.wait()
            log.info("stopping")
            if scheduler is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(scheduler.stop(), SHUTDOWN_SECONDS)
    finally:
        if scheduler is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(scheduler.stop(), SHUTDOWN_SECONDS)
        for lease in leases:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(lease.end(), SHUTDOWN_SECONDS)
        for listener in reversed(started):
            try:
                await asyncio.wait_for(listener.stop(), SHUTDOWN_SECONDS)
            except Exception:  # stopping the others matters more
                log.exception("%s did not stop cleanly", listener.name)
        await web.stop()
        if shared is not None and shared.close is not None:
            with contextlib.suppress(Exception):
                await shared.close()
        app.close()
    return 0


async def _true(value: bool) -> bool:
    return value


async def _start(listener: Listener, settings: Settings) -> None:
    try:
        await listener.start()
    except Exception as error:  # noqa: BLE001 - any refusal stops the process, said once
        # A refused token must stop the process loudly, with the reason and never the
        # token: a process manager then shows the operator why.
        reason = redact(str(error) or type(error).__name__, settings)
        raise PlatformStartError(f"{listener.name} could not start: {reason}") from None


def _poll_lease(app: Application, listener: Listener) -> PollLease | None:
    """On PostgreSQL, a long-polling listener polls only while it holds the polling lock.

    (SQLite means one machine and one `serve`: it polls at once.)
    """
    if not isinstance(listener, Poller) or not listener.polls or not uses_postgresql(app.store):
        return None
    listener.poll_on_start = False
    return PollLease(app.store.engine, listener.start_polling, listener.stop_polling)


@contextlib.asynccontextmanager
async def _senders(
    settings: Settings, role: Role, listeners: list[Listener]
) -> AsyncIterator[list[Sender]]:
    """What the scheduler sends through: the running listeners, or (worker) senders alone."""
    if role == "worker":
        unavailable: dict[str, str] = {}
        async with open_senders(settings, unavailable) as senders:
            for name, reason in unavailable.items():
                # As for a listener: a refused token stops the process, said once.
                raise PlatformStartError(f"{name} could not start: {reason}")
            yield list(senders.values())
    else:
        yield list(listeners)
