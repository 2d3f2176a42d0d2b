"""Logging for `serve` and friends: one format, and secrets redacted from every record."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

from bot.settings import Settings


class RedactSecrets(logging.Filter):
    """Replace every known secret in a log record's message and arguments with ***."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def _clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        cleaned = self._clean(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        record.msg, record.args = cleaned, None
        return True


def secrets_of(settings: Settings) -> list[str | None]:
    from sqlalchemy.engine import make_url

    password: str | None = None
    try:
        password = make_url(settings.database_url).password
    except Exception:
        password = None
    return [
        settings.telegram_bot_token,
        settings.telegram_webhook_secret,
        settings.slack_bot_token,
        settings.slack_signing_secret,
        settings.slack_app_token,
        password,
    ]


def redact(text: str, settings: Settings) -> str:
    """Return `text` with every secret of the settings replaced by ***."""
    return RedactSecrets(secrets_of(settings))._clean(text)


def configure_logging(settings: Settings, *, level: int = logging.INFO) -> None:
    """Log to stderr with secrets redacted; quiet the chatty HTTP libraries."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets_of(settings)))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in (
        "httpx",
        "httpcore",
        "apscheduler.executors",
        "telegram.ext.Updater",
        "aiohttp.access",
    ):
        logging.getLogger(noisy).setLevel(logging.WARNING)
