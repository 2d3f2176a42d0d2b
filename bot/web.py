"""The one HTTP server of `serve` on PORT: `GET /healthz`, the Telegram webhook, Slack events.

Adapters add their routes before `start()`; nothing here knows a platform.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot import metrics

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# A readiness check: True when its part works; it must answer within READY_SECONDS.
Check = Callable[[], Awaitable[bool]]
READY_SECONDS = 3.0


class WebServer:
    """An aiohttp server that adapters attach routes to."""

    def __init__(self, *, host: str = "0.0.0.0", port: int = 8080) -> None:
        self.host = host
        self.port = port
        self.app = web.Application(client_max_size=1024 * 1024)
        self.app.router.add_get("/healthz", self._healthz)
        self.app.router.add_get("/readyz", self._readyz)
        self.app.router.add_get("/metrics", self._metrics)
        self._checks: dict[str, Check] = {}
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None

    async def _healthz(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    def add_readiness(self, name: str, check: Check) -> None:
        """Make `/readyz` ask `check` too, reported under `name`."""
        self._checks[name] = check

    async def _readyz(self, request: web.Request) -> web.Response:
        """200 when every part answers ok; 503 naming the parts that do not."""
        names = list(self._checks)
        results = await asyncio.gather(
            *(asyncio.wait_for(self._checks[name](), READY_SECONDS) for name in names),
            return_exceptions=True,
        )
        status = {
            name: "ok" if ok is True else "failing" for name, ok in zip(names, results, strict=True)
        }
        ready = all(value == "ok" for value in status.values())
        return web.json_response(status, status=200 if ready else 503)

    async def _metrics(self, request: web.Request) -> web.Response:
        body = metrics.render()
        return web.Response(body=body, headers={"Content-Type": metrics.CONTENT_TYPE})

    def add_route(self, method: str, path: str, handler: Handler) -> None:
        self.app.router.add_route(method, path, handler)

    async def start(self) -> None:
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        self._site = web.TCPSite(self._runner, self.host, self.port)
        await self._site.start()
        log.info("HTTP server listening on %s:%s", self.host, self.bound_port)

    @property
    def bound_port(self) -> int:
        """The real port (PORT=0 in tests picks a free one)."""
        if self._site is not None and self._site._server is not None:
            sockets = getattr(self._site._server, "sockets", None)
            if sockets:
                return int(sockets[0].getsockname()[1])
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
