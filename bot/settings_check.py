"""Checks of the settings at start: each mistake is one line naming the setting, never a secret.

A wrong setting must stop the process at once (exit 2) rather than surface later as a
fallback (a bad zone silently UTC) or a stack trace (a `mysql://` URL without its driver).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from bot.settings import Settings

LANGUAGES = ("nb", "nn", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOG_FORMATS = ("text", "json")
# The drivers installed with the bot: SQLite (standard library) and psycopg 3.
DATABASE_SCHEMES = ("sqlite", "sqlite+pysqlite", "postgresql", "postgres", "postgresql+psycopg")


def check(settings: Settings) -> None:
    """Raise ValueError with one line for the first setting that cannot work."""
    for problem in problems(settings):
        raise ValueError(problem)


def problems(settings: Settings) -> list[str]:
    """Every setting that cannot work, one line each, in the order of the settings table."""
    found: list[str] = []
    scheme = database_scheme(settings.database_url)
    if scheme not in DATABASE_SCHEMES:
        found.append(
            f"DATABASE_URL must start with sqlite:/// or postgresql://, not {scheme or '?'}://"
        )
    if not is_zone(settings.timezone):
        found.append(
            f"DIGESTBOT_TIMEZONE must be a time zone like Europe/Oslo, not {settings.timezone!r}"
        )
    if settings.telegram_webhook_url and not settings.telegram_bot_token:
        found.append("TELEGRAM_WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is not")
    if settings.telegram_webhook_url and not settings.telegram_webhook_url.startswith(
        ("https://", "http://")
    ):
        found.append("TELEGRAM_WEBHOOK_URL must be an https:// URL")
    if settings.slack_bot_token and not (settings.slack_signing_secret or settings.slack_app_token):
        found.append(
            "SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) "
            "nor SLACK_APP_TOKEN (Socket Mode) is"
        )
    if settings.language not in LANGUAGES:
        found.append(f"DIGESTBOT_LANGUAGE must be nb, nn or en, not {settings.language!r}")
    if settings.log_level is not None and settings.log_level not in LOG_LEVELS:
        found.append(
            f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {settings.log_level!r}"
        )
    if settings.log_format not in LOG_FORMATS:
        found.append(f"LOG_FORMAT must be text or json, not {settings.log_format!r}")
    if settings.redis_url is not None and not is_redis_url(settings.redis_url):
        # Never echo the URL: it may hold a password.
        found.append(
            "REDIS_URL must be redis://[:PASSWORD@]HOST[:PORT][/DB], rediss://... "
            "or unix:///PATH/TO/SOCKET"
        )
    return found


def is_redis_url(url: str) -> bool:
    """A URL redis-py can connect with: redis:// or rediss:// with a host, or unix://."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        port = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError:
        return False
    if parts.scheme == "unix":
        return bool(parts.path)
    if parts.scheme not in ("redis", "rediss") or not parts.hostname:
        return False
    database = parts.path.lstrip("/")
    return (database == "" or database.isdigit()) and (port is None or port > 0)


def database_scheme(url: str) -> str:
    """The scheme of a database URL (`postgresql+psycopg`), lower case; '' when there is none."""
    head, separator, _ = url.partition("://")
    if not separator or "@" in head or "/" in head:
        return ""
    return head.strip().lower()


def is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True
