"""`serve` as an operator watches it: /metrics counts what happened, /readyz follows the
database, JSON log lines carry the chat and command and never a secret."""

from __future__ import annotations

import json
import logging
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.logs import configure_logging
from bot.settings import Settings
from tests.fixtures.bot_env import bot_env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(port: int, path: str) -> tuple[int, str]:
    """GET a path of `serve`; (status, body), or (0, "") while it does not listen yet."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return 0, ""


def wait_for(port: int, path: str, status: int, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    seen: tuple[int, str] = (0, "")
    while time.monotonic() < deadline:
        seen = get(port, path)
        if seen[0] == status:
            return seen[1]
        time.sleep(0.3)
    raise AssertionError(f"{path} answered {seen} instead of {status} within {timeout} s")


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of a /metrics page: (name, labels) -> value."""
    found: dict[tuple[str, frozenset[tuple[str, str]]], float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return found


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return bot_env(
        tmp_path, DATABASE_URL=f"sqlite:///{tmp_path}/db/bot.sqlite3", PORT=str(free_port())
    )


def start(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=env["HOME"],
    )


def stop(process: subprocess.Popen[str]) -> str:
    """SIGTERM, expect a clean exit, return what it logged."""
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    return stderr


def subscribe_console_at_next_minute(env: dict[str, str]) -> None:
    """A console subscription due at the next minute (a few seconds from now at least):
    the scheduler's tick then delivers it."""
    now = datetime.now(UTC)
    due = now.replace(second=0, microsecond=0) + timedelta(minutes=1 if now.second < 45 else 2)
    added = subprocess.run(
        [
            *(sys.executable, "-m", "bot", "subscriptions", "add", "--platform", "console"),
            *("--chat", "operator", "--time", due.strftime("%H:%M"), "--zone", "UTC"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=env["HOME"],
        timeout=120,
    )
    assert added.returncode == 0, added.stderr


def test_metrics_readyz_and_json_logs_of_a_serving_bot(
    env: dict[str, str], tmp_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    subscribe_console_at_next_minute(env)
    env.update(LOG_FORMAT="json", LOG_LEVEL="INFO")
    port = int(env["PORT"])
    process = start(env, "serve")
    processes.append(process)
    ready = json.loads(wait_for(port, "/readyz", 200))
    assert ready == {"database": "ok", "scheduler": "ok"}
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("/digest\n/topics\n")
    process.stdin.flush()

    def counted() -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
        return samples(wait_for(port, "/metrics", 200))

    digest = (
        "digestbot_commands_answered_total",
        frozenset({("command", "digest"), ("platform", "console")}),
    )
    sent = ("digestbot_deliveries_total", frozenset({("state", "sent"), ("platform", "console")}))
    deadline = time.monotonic() + 180
    found = counted()
    while (digest not in found or sent not in found) and time.monotonic() < deadline:
        time.sleep(0.5)
        found = counted()
    assert found.get(digest) == 1
    topics = (
        "digestbot_commands_answered_total",
        frozenset({("command", "topics"), ("platform", "console")}),
    )
    assert found.get(topics) == 1
    assert found.get(sent) == 1
    replies = ("digestbot_reply_seconds_count", frozenset({("platform", "console")}))
    assert found.get(replies) == 2

    # The database goes away (the file moved): not ready, naming the database; back: ready.
    database = tmp_path / "db" / "bot.sqlite3"
    moved = tmp_path / "db" / "elsewhere.sqlite3"
    database.rename(moved)
    gone = json.loads(wait_for(port, "/readyz", 503))
    assert gone["database"] != "ok" and gone["scheduler"] == "ok"
    assert get(port, "/healthz")[0] == 200  # alive all the same
    moved.rename(database)
    assert json.loads(wait_for(port, "/readyz", 200))["database"] == "ok"

    stderr = stop(process)
    lines = [json.loads(line) for line in stderr.splitlines() if line.strip()]
    assert lines and all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    answered = [line for line in lines if line.get("command") == "digest"]
    assert answered and answered[0]["chat"] and answered[0]["platform"] == "console"
    # Alembic and APScheduler stay quiet at INFO.
    assert not [line for line in lines if line["logger"].startswith(("alembic", "apscheduler"))]


def test_json_logs_redact_secrets_in_messages_and_tracebacks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    token = "123456789:SECRET-telegram-token_abcdefghijk"
    settings = Settings.from_env(
        {"TELEGRAM_BOT_TOKEN": token, "LOG_FORMAT": "json", "LOG_LEVEL": "DEBUG"}, dotenv=False
    )
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        configure_logging(settings)
        log = logging.getLogger("digestbot.test")
        log.info("calling https://api.example.org/bot%s/getMe", token, extra={"chat": 42})
        try:
            raise RuntimeError(f"refused {token}")
        except RuntimeError:
            log.exception("it failed", extra={"delivery": 7, "command": "digest"})
    finally:
        root.handlers[:], root.level = saved
    err = capsys.readouterr().err
    assert token not in err and "SECRET-telegram" not in err
    first, second = (json.loads(line) for line in err.strip().splitlines())
    assert first["chat"] == 42 and first["level"] == "INFO"
    assert second["delivery"] == 7 and second["command"] == "digest"
    assert "RuntimeError" in second["exception"]


def test_text_logs_stay_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings.from_env({}, dotenv=False)
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        configure_logging(settings)
        logging.getLogger("digestbot.test").info("plain words")
        logging.getLogger("alembic.runtime.migration").info("Running upgrade")
    finally:
        root.handlers[:], root.level = saved
    err = capsys.readouterr().err
    assert "INFO digestbot.test: plain words" in err
    assert "Running upgrade" not in err
    with pytest.raises(json.JSONDecodeError):
        json.loads(err.splitlines()[0])


def test_a_worker_delivers_and_answers_no_chat(
    env: dict[str, str], processes: list[subprocess.Popen[str]]
) -> None:
    subscribe_console_at_next_minute(env)
    port = int(env["PORT"])
    worker = start(env, "serve", "--role", "worker")
    processes.append(worker)
    assert json.loads(wait_for(port, "/readyz", 200)) == {"database": "ok", "scheduler": "ok"}
    assert worker.stdin is not None
    worker.stdin.write("/digest\n")
    worker.stdin.flush()
    sent = ("digestbot_deliveries_total", frozenset({("state", "sent"), ("platform", "console")}))
    deadline = time.monotonic() + 180
    found = samples(wait_for(port, "/metrics", 200))
    while sent not in found and time.monotonic() < deadline:
        time.sleep(0.5)
        found = samples(wait_for(port, "/metrics", 200))
    assert found.get(sent) == 1
    # The chat is the web role's: the worker read no command.
    assert not [key for key in found if key[0] == "digestbot_commands_answered_total"]
    worker.send_signal(signal.SIGTERM)
    out, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err
    assert out.strip()  # the digest, printed by the console sender
    assert "Traceback" not in err
