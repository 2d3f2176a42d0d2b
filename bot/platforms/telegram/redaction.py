"""The bot token is in every Bot API URL: a log filter that hides it (and the webhook secret)."""

from __future__ import annotations

import logging
from urllib.parse import quote

log = logging.getLogger(__name__)


class RedactSecrets(logging.Filter):
    """Replace secrets (the bot token, the webhook secret) in log records."""

    def __init__(self, *values: str | None) -> None:
        super().__init__()
        found = {v for v in values if v} | {quote(v, safe="") for v in values if v}
        self.secrets = tuple(sorted(found, key=len, reverse=True))

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<redacted>")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the logging call's problem, not ours
            return True
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True

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
