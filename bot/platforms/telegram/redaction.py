"""The bot token is in every Bot API URL: a log filter that hides it (and the webhook secret)."""

from __future__ import annotations

import logging

from bot import logs


class RedactSecrets(logging.Filter):
    """Hide secrets (the bot token, the webhook secret) in log records: `bot.logs.redact`,
    installed on the loggers that see Bot API URLs."""

    def __init__(self, *values: str | None) -> None:
        super().__init__()
        self._filter = logs.RedactSecrets(values)
        self.secrets = self._filter.secrets

    def redact(self, text: str) -> str:
        return logs.redact(text)

    def filter(self, record: logging.LogRecord) -> bool:
        return self._filter.filter(record)

    def targets(self) -> list[logging.Logger | logging.Handler]:
        """Return where to apply: the loggers that see Bot API URLs, and the root's handlers."""
        # A logger's filter sees only records logged on that very logger, so name each one
        # (PTB creates its loggers at import time); handlers of the root see the rest.
        names = {"httpx", "httpcore", "telegram", "aiohttp.access", "aiohttp.server", "bot"}
        names |= {n for n in logging.root.manager.loggerDict if n.startswith("telegram.")}
        root = logging.getLogger()
        return [root, *root.handlers, *(logging.getLogger(n) for n in sorted(names))]

    def install(self) -> None:
        for target in self.targets():
            target.addFilter(self)

    def remove(self) -> None:
        for target in self.targets():
            target.removeFilter(self)
