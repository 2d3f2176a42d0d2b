"""Settings, read once at start from the environment (and a `.env` in the working folder)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path


def _redact(value: str | None) -> str:
    return "unset" if not value else "set (hidden)"


@dataclass(frozen=True)
class Settings:
    """Everything configurable, as the interface page names it."""

    database_url: str = "sqlite:///var/digestbot.sqlite3"
    timezone: str = "Europe/Oslo"
    articles: str = "examples/"
    telegram_bot_token: str | None = field(default=None, repr=False)
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: str | None = field(default=None, repr=False)
    slack_bot_token: str | None = field(default=None, repr=False)
    slack_signing_secret: str | None = field(default=None, repr=False)
    slack_app_token: str | None = field(default=None, repr=False)
    slack_api_url: str = "https://slack.com/api/"
    port: int = 8080
    telegram_rate_per_second: float = 30.0
    slack_rate_per_second: float = 1.0
    misfire_hours: float = 6.0
    latest_hours: float = 24.0
    latest_fallback: int = 5
    digest_max_articles: int = 5
    feed_poll_minutes: float = 30.0
    fetch_allow: str | None = None
    fetch_timeout: float = 10.0
    feed_max_entries: int = 50
    feed_poll_seconds: float = 240.0
    sources_per_chat: int = 50  # DIGESTBOT_SOURCES_PER_CHAT: the most sources a chat may add
    # Seconds to wait for a platform's answer to a send: long enough for Telegram's real
    # latency; a send that outlives it is "maybe sent" and never repeated.
    send_timeout: float = 30.0
    language: str = "nb"
    # LOG_LEVEL; None when unset: INFO for `serve`, WARNING in the console (bot.logs).
    log_level: str | None = None
    log_format: str = "text"
    retention_days: float = 30.0  # articles older than this that no chat follows are removed
    library_cache: int = 1000  # entries the library keeps in memory (least recently used go)
    contact: str | None = None  # named in the User-Agent of every fetch
    poll_per_host: int = 2  # fetches at once to one host during a feed poll
    poll_concurrency: int = 8  # fetches at once during a feed poll, all hosts together
    # REDIS_URL: de-duplication and the shared sending rates through Redis, not the database.
    redis_url: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, dotenv: bool = True) -> Settings:
        """Read the settings; a `.env` file fills in what the environment leaves unset."""
        values: dict[str, str] = {}
        if dotenv and env is None and Path(".env").is_file():
            from dotenv import dotenv_values

            values.update({k: v for k, v in dotenv_values(".env").items() if v is not None})
        values.update(os.environ if env is None else env)

        def get(name: str, default: str | None = None) -> str | None:
            value = values.get(name)
            return value if value not in (None, "") else default

        def number(name: str, default: float) -> float:
            raw = get(name)
            try:
                return float(raw) if raw is not None else default
            except ValueError:
                raise ValueError(f"{name} must be a number, not {raw!r}") from None

        def positive(name: str, default: float) -> float:
            value = number(name, default)
            if not 0 < value <= 86_400:
                raise ValueError(f"{name} must be more than 0, not {value:g}")
            return value

        settings = cls(
            database_url=get("DATABASE_URL", cls.database_url) or cls.database_url,
            timezone=get("DIGESTBOT_TIMEZONE", cls.timezone) or cls.timezone,
            articles=get("DIGESTBOT_ARTICLES", cls.articles) or cls.articles,
            telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
            telegram_api_base_url=get("TELEGRAM_API_BASE_URL", cls.telegram_api_base_url)
            or cls.telegram_api_base_url,
            telegram_webhook_url=get("TELEGRAM_WEBHOOK_URL"),
            telegram_webhook_secret=get("TELEGRAM_WEBHOOK_SECRET"),
            slack_bot_token=get("SLACK_BOT_TOKEN"),
            slack_signing_secret=get("SLACK_SIGNING_SECRET"),
            slack_app_token=get("SLACK_APP_TOKEN"),
            slack_api_url=get("SLACK_API_URL", cls.slack_api_url) or cls.slack_api_url,
            port=_port(get("PORT")),
            telegram_rate_per_second=number(
                "TELEGRAM_RATE_PER_SECOND", cls.telegram_rate_per_second
            ),
            slack_rate_per_second=number("SLACK_RATE_PER_SECOND", cls.slack_rate_per_second),
            misfire_hours=number("DIGESTBOT_MISFIRE_HOURS", cls.misfire_hours),
            latest_hours=number("DIGESTBOT_LATEST_HOURS", cls.latest_hours),
            latest_fallback=int(number("DIGESTBOT_LATEST_FALLBACK", cls.latest_fallback)),
            digest_max_articles=int(
                number("DIGESTBOT_DIGEST_MAX_ARTICLES", cls.digest_max_articles)
            ),
            feed_poll_minutes=number("DIGESTBOT_FEED_POLL_MINUTES", cls.feed_poll_minutes),
            fetch_allow=get("DIGESTBOT_FETCH_ALLOW"),
            fetch_timeout=positive("DIGESTBOT_FETCH_TIMEOUT", cls.fetch_timeout),
            feed_max_entries=int(positive("DIGESTBOT_FEED_MAX_ENTRIES", cls.feed_max_entries)),
            feed_poll_seconds=positive("DIGESTBOT_FEED_POLL_SECONDS", cls.feed_poll_seconds),
            send_timeout=positive("DIGESTBOT_SEND_TIMEOUT", cls.send_timeout),
            language=(get("DIGESTBOT_LANGUAGE") or cls.language).strip().lower(),
            log_level=(get("LOG_LEVEL") or "").strip().upper() or None,
            log_format=(get("LOG_FORMAT") or cls.log_format).strip().lower(),
            sources_per_chat=int(positive("DIGESTBOT_SOURCES_PER_CHAT", cls.sources_per_chat)),
            retention_days=positive("DIGESTBOT_RETENTION_DAYS", cls.retention_days),
            library_cache=int(positive("DIGESTBOT_LIBRARY_CACHE", cls.library_cache)),
            contact=(get("DIGESTBOT_CONTACT") or "").strip() or None,
            poll_per_host=int(positive("DIGESTBOT_POLL_PER_HOST", cls.poll_per_host)),
            poll_concurrency=int(positive("DIGESTBOT_POLL_CONCURRENCY", cls.poll_concurrency)),
            redis_url=get("REDIS_URL"),
        )
        from bot.settings_check import check

        check(settings)
        from bot.fetch_guard import parse_allow

        parse_allow(settings.fetch_allow or "")  # a mistyped entry is an error at start
        return settings

    def describe(self) -> str:
        """Return a log-safe summary: secrets are never printed, only whether they are set."""
        return (
            f"database={redact_url(self.database_url)} timezone={self.timezone} "
            f"telegram={_redact(self.telegram_bot_token)} slack={_redact(self.slack_bot_token)} "
            f"port={self.port} redis={_redact(self.redis_url)}"
        )


def _port(raw: str | None) -> int:
    if raw is None:
        return Settings.port
    if not raw.strip().isdigit() or not 0 <= int(raw) <= 65535:
        raise ValueError(f"PORT must be a port number from 0 to 65535, not {raw!r}")
    return int(raw)


def redact_url(url: str) -> str:
    """Hide the password of a database URL (`postgresql://u:***@host/db`)."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - describe() must never fail on a bad URL
        return "<unparseable database URL>"
