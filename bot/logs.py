"""Logging for `serve` and friends: one format, and secrets redacted from every record.

Redaction lives here, once: every log handler's filter and every error text the bot stores
or shows goes through `redact`. It matches each secret case-insensitively (python-telegram-bot
lower-cases error descriptions) and in its URL-encoded forms (`%3A` for the `:` of a token).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
import time
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

from bot.settings import Settings

MASK = "<redacted>"
_MIN_LENGTH = 4  # shorter "secrets" would mask ordinary words

_lock = threading.Lock()
_known: set[str] = set()
_pattern: re.Pattern[str] | None = None


def _forms(secret: str) -> set[str]:
    """A secret as it may appear: itself, and URL-encoded (lower- or upper-case hex)."""
    forms = {secret, quote(secret, safe=""), quote_plus(secret, safe="")}
    return forms | {f.lower() for f in forms if "%" in f}


def _compile(secrets: Iterable[str]) -> re.Pattern[str] | None:
    forms = {form for secret in secrets for form in _forms(secret)}
    if not forms:
        return None
    ordered = sorted(forms, key=len, reverse=True)  # the longest form wins an overlap
    return re.compile("|".join(re.escape(f) for f in ordered), re.IGNORECASE)


def register_secrets(secrets: Iterable[str | None]) -> None:
    """Add secrets to the process-wide set that `redact` and every log filter hide."""
    global _pattern
    fresh = {s for s in secrets if s and len(s) >= _MIN_LENGTH}
    with _lock:
        if fresh <= _known:
            return
        _known.update(fresh)
        _pattern = _compile(_known)


def redact(text: str, settings: Settings | None = None) -> str:
    """Return `text` with every known secret (and those of `settings`) replaced by a mark."""
    if settings is not None:
        register_secrets(secrets_of(settings))
    pattern = _pattern
    return pattern.sub(MASK, text) if pattern is not None and text else text


def redact_record(record: logging.LogRecord, extra: re.Pattern[str] | None = None) -> None:
    """Redact a log record in place: its message (arguments folded in), traceback and stack."""

    def clean(text: str) -> str:
        text = redact(text)
        return extra.sub(MASK, text) if extra is not None else text

    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a broken format string is the logging call's problem
        message = str(record.msg)
    cleaned = clean(message)
    if cleaned != message or record.args:
        record.msg, record.args = cleaned, None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = clean(record.exc_text)
    if record.stack_info:
        record.stack_info = clean(record.stack_info)


class RedactSecrets(logging.Filter):
    """A log filter that hides every registered secret, plus the ones given here."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        super().__init__()
        own = [s for s in secrets if s and len(s) >= _MIN_LENGTH]
        register_secrets(own)
        self.secrets = tuple(own)

    def _clean(self, text: str) -> str:
        return redact(text)

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


def secrets_of(settings: Settings) -> list[str | None]:
    from sqlalchemy.engine import make_url

    password: str | None = None
    try:
        password = make_url(settings.database_url).password
    except Exception:  # noqa: BLE001 - an unparseable URL has no password to hide
        password = None
    redis_password: str | None = None
    if settings.redis_url:
        from urllib.parse import unquote, urlsplit

        try:
            raw = urlsplit(settings.redis_url).password
        except ValueError:
            raw = None
        redis_password = unquote(raw) if raw else None
    return [
        settings.telegram_bot_token,
        settings.telegram_webhook_secret,
        settings.slack_bot_token,
        settings.slack_signing_secret,
        settings.slack_app_token,
        password,
        redis_password,
    ]


# Fields a record may carry (`extra={...}`) that JSON lines name on their own.
CONTEXT_FIELDS = ("chat", "command", "platform", "delivery", "subscription")
# Libraries that say too much at INFO; they speak at WARNING unless LOG_LEVEL=DEBUG.
QUIET_AT_INFO = (
    "httpx",
    "httpcore",
    "apscheduler",
    "alembic",
    "telegram.ext.Updater",
    "aiohttp.access",
)


class JsonLines(logging.Formatter):
    """One JSON object a line: time, level, logger, message, the context fields it carries."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in CONTEXT_FIELDS:
            value = record.__dict__.get(name)
            if value is not None:
                entry[name] = value if isinstance(value, int | float | bool) else str(value)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = redact(record.exc_text)
        return json.dumps(entry, ensure_ascii=False)


JsonLines.converter = time.gmtime


def configure_logging(
    settings: Settings, *, level: int | None = None, console: bool = False
) -> None:
    """Log to stderr with secrets redacted, as text or JSON lines; quiet chatty libraries.

    LOG_LEVEL unset means INFO, except in the console (`chat`, and `serve` with no platform
    but the console), where warnings alone go to stderr so that nothing is mixed into the
    replies; a LOG_LEVEL that is set is followed there. `level` caps what other commands
    log (they log warnings only, unless LOG_LEVEL asks for more detail than INFO).
    """
    named = logging.getLevelName(settings.log_level or "INFO")
    wanted = named if isinstance(named, int) else logging.INFO
    if console:
        wanted = wanted if settings.log_level is not None else logging.WARNING
    elif level is not None and wanted >= logging.INFO:
        wanted = max(level, wanted)
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        handler.setFormatter(JsonLines())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets_of(settings)))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(wanted)
    quiet = logging.DEBUG if wanted <= logging.DEBUG else logging.WARNING
    for noisy in QUIET_AT_INFO:
        logging.getLogger(noisy).setLevel(quiet)
