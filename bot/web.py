"""The one HTTP server of `serve` on PORT: `GET /healthz`, the Telegram webhook, Slack events.

Adapters add their routes before `start()`; nothing here knows a platform.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class WebServer:
    """An aiohttp server that adapters attach routes to."""

    def __init__(self, *, host: str = "0.0.0.0", port: int = 8080) -> None:
        self.host = host
        self.port = port
        self.app = web.Application(client_max_size=1024 * 1024)
        self.app.router.add_get("/healthz", self._healthz)
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None

    async def _healthz(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

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
