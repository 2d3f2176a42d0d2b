"""The operator's side through the real command line: settings checked at start, `migrate`."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.bot_env import bot_env

TOKEN = "123456789:SECRET-telegram-token_abcdefghijk"
SLACK_TOKEN = "xoxb-SECRET-slack-token-0123456789"


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=env["HOME"],
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return bot_env(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path}/bot.sqlite3")


BAD_SETTINGS = {
    "zone": ({"DIGESTBOT_TIMEZONE": "Europe/Atlantis"}, "DIGESTBOT_TIMEZONE"),
    "webhook without token": (
        {"TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram/webhook"},
        "TELEGRAM_BOT_TOKEN",
    ),
    "mysql": ({"DATABASE_URL": "mysql://bob:SECRET-db-password@db.example.org/news"}, "mysql"),
    "no scheme": ({"DATABASE_URL": "var/bot.sqlite3"}, "DATABASE_URL"),
    "port word": ({"PORT": "http"}, "PORT"),
    "port too big": ({"PORT": "70000"}, "PORT"),
    "slack without secret": ({"SLACK_BOT_TOKEN": SLACK_TOKEN}, "SLACK_SIGNING_SECRET"),
    "log level": ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
    "log format": ({"LOG_FORMAT": "xml", "TELEGRAM_BOT_TOKEN": TOKEN}, "LOG_FORMAT"),
    "language": ({"DIGESTBOT_LANGUAGE": "sv"}, "DIGESTBOT_LANGUAGE"),
}


@pytest.mark.parametrize("case", list(BAD_SETTINGS), ids=list(BAD_SETTINGS))
@pytest.mark.parametrize("command", [["serve"], ["migrate"]], ids=["serve", "migrate"])
def test_a_bad_setting_stops_at_start_with_one_line(
    env: dict[str, str], case: str, command: list[str]
) -> None:
    settings, named = BAD_SETTINGS[case]
    env.update(settings)
    result = run(command, env)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert named in lines[0]
    assert "Traceback" not in result.stderr
    for secret in ("SECRET-telegram", "SECRET-slack", "SECRET-db-password"):
        assert secret not in result.stderr + result.stdout


def test_good_settings_in_other_spellings_are_accepted(env: dict[str, str]) -> None:
    env.update(LOG_LEVEL="debug", LOG_FORMAT="JSON", DIGESTBOT_LANGUAGE="nn", PORT="8081")
    env["DIGESTBOT_TIMEZONE"] = "America/Argentina/Buenos_Aires"
    result = run(["migrate"], env)
    assert result.returncode == 0, result.stderr


def test_migrate_brings_a_new_database_up_to_date_and_can_run_again(
    env: dict[str, str], tmp_path: Path
) -> None:
    first = run(["migrate"], env)
    assert first.returncode == 0, first.stderr
    assert "up to date" in first.stdout
    with sqlite3.connect(tmp_path / "bot.sqlite3") as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert {"articles", "alembic_version"} <= tables
    assert version is not None
    again = run(["migrate"], env)
    assert again.returncode == 0, again.stderr


@pytest.mark.postgres
def test_migrate_on_postgresql(env: dict[str, str], postgres_url: str) -> None:
    env["DATABASE_URL"] = postgres_url
    result = run(["migrate"], env)
    assert result.returncode == 0, result.stderr


def test_migrate_without_a_database_is_one_line_and_exit_2(env: dict[str, str]) -> None:
    env["DATABASE_URL"] = "postgresql://bob:SECRET-db-password@127.0.0.1:1/news"
    result = run(["migrate"], env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "unavailable" in lines[0]
    assert "SECRET-db-password" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
