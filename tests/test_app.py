"""The whole bot from the outside: `ingest`, `chat` and `serve` as a user runs them."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"


def run(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=env["HOME"],
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_"))}
    values.update(
        HOME=str(tmp_path),
        PYTHONPATH=str(ROOT),
        DATABASE_URL=f"sqlite:///{tmp_path}/bot.sqlite3",
        DIGESTBOT_ARTICLES=str(ROOT / "examples"),
        DIGESTBOT_LANGUAGE="en",  # the bot's words in English; test_i18n has the default
        DIGESTBOT_CACHE_DIR=os.environ.get(
            "DIGESTBOT_CACHE_DIR", str(Path.home() / ".cache" / "digestbot")
        ),
    )
    return values


def test_ingest_then_chat_answers_like_a_user_expects(env: dict[str, str], tmp_path: Path) -> None:
    env["DIGESTBOT_ARTICLES"] = str(tmp_path / "no-samples")  # only what is ingested here
    ingested = run(["ingest", str(FIXTURES / "chat_nato.txt")], env)
    assert ingested.returncode == 0, ingested.stderr
    assert "added 1" in ingested.stdout
    again = run(["ingest", str(FIXTURES / "chat_nato.txt")], env)
    assert "added 0" in again.stdout and "unchanged 1" in again.stdout

    commands = "/help\n/topics\n/atom\n/ovelse\n/digest\n/search Steadfast Noon\n/foo\n"
    chat = run(["chat"], env, stdin=commands)
    assert chat.returncode == 0, chat.stderr
    out = chat.stdout
    assert "/subscribe [HH:MM] [TOPIC...]" in out
    assert "/atom" in out and "/ovelse" in out
    assert "En atomkrig kan aldri vinnes" in out
    assert "Neste uke starter to militærøvelser i Nord-Norge." in out
    assert "Øvelsen «Steadfast Noon» er en årlig øvelse for alliansen." in out
    assert "I know no command or topic /foo." in out
    assert "Traceback" not in out + chat.stderr


def test_chat_on_an_empty_database_reads_the_sample_articles(env: dict[str, str]) -> None:
    chat = run(["chat"], env, stdin="/topics\n")
    assert chat.returncode == 0, chat.stderr
    assert "/strom" in chat.stdout


def test_a_bad_database_url_is_one_line_without_the_password(env: dict[str, str]) -> None:
    env["DATABASE_URL"] = "postgresql://bob:hunter2secret@127.0.0.1:1/nowhere"
    result = run(["chat"], env, stdin="/help\n")
    assert result.returncode == 2
    assert "hunter2secret" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_without_tokens_is_a_console_bot_with_healthz(env: dict[str, str]) -> None:
    port = _free_port()
    env["PORT"] = str(port)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=env["HOME"],
    )
    try:
        assert process.stdin is not None and process.stdout is not None
        health = None
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    health = r.read().decode()
                    break
            except OSError:
                time.sleep(0.2)
        assert health is not None and "ok" in health
        process.stdin.write("/topics\n")
        process.stdin.flush()
        seen = ""
        deadline = time.monotonic() + 30
        while "/strom" not in seen and time.monotonic() < deadline:
            seen += process.stdout.readline()
        assert "/strom" in seen
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    stderr = process.stderr.read() if process.stderr else ""
    assert "Traceback" not in stderr


def test_serve_without_tokens_answers_piped_commands_and_ends_with_its_input(
    env: dict[str, str],
) -> None:
    env["PORT"] = "0"
    quiet = run(["serve"], env, stdin="/atom\n")
    assert quiet.returncode == 0, quiet.stderr
    assert "Atomtrusselen fra Russland" in quiet.stdout
    assert quiet.stderr == ""  # the console logs warnings only, and there were none
    assert "digestbot>" not in quiet.stdout  # a pipe gets no prompt and no banner
    assert not quiet.stdout.startswith("Digestbot")

    env["LOG_LEVEL"] = "INFO"  # asked for: followed
    told = run(["serve"], env, stdin="/atom\n")
    assert told.returncode == 0
    assert " INFO " in told.stderr and "Atomtrusselen fra Russland" in told.stdout
    assert " INFO " not in told.stdout  # replies and logs stay apart
