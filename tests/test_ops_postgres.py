"""Several `serve` processes on one PostgreSQL: one long-polls Telegram at a time, and
`/readyz` follows the database."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from tests.fakes.telegram_server import FakeTelegram
from tests.fixtures.bot_env import bot_env
from tests.fixtures.db import _postgres_admin_url
from tests.test_ops_serve import free_port, get, start, wait_for

pytestmark = pytest.mark.postgres


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return bot_env(tmp_path)


@pytest.fixture
def own_database(_postgres_admin: Engine) -> Iterator[tuple[Engine, str]]:
    """A database of its own (it gets renamed), dropped after; (admin engine, its name)."""
    name = f"digestbot_ready_{uuid.uuid4().hex[:12]}"
    admin = create_engine(
        _postgres_admin.url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3}
    )
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin, name
    with admin.connect() as connection:
        for database in (name, f"{name}_away"):
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    admin.dispose()


def _rename(admin: Engine, old: str, new: str) -> None:
    """Rename a database, ending the sessions on it first (a web process reconnects)."""
    deadline = time.monotonic() + 30
    while True:
        with admin.connect() as connection:
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :db"),
                {"db": old},
            )
            try:
                connection.execute(text(f'ALTER DATABASE "{old}" RENAME TO "{new}"'))
                return
            except Exception:
                if time.monotonic() > deadline:
                    raise
        time.sleep(0.1)


def test_readyz_is_503_while_the_database_is_gone_and_200_when_it_returns(
    env: dict[str, str], own_database: tuple[Engine, str], processes: list[subprocess.Popen[str]]
) -> None:
    admin, name = own_database
    url = make_url(_postgres_admin_url()).set(database=name)
    env.update(DATABASE_URL=url.render_as_string(hide_password=False), PORT=str(free_port()))
    port = int(env["PORT"])
    web = start(env, "serve", "--role", "web")
    processes.append(web)
    # The web role runs no scheduler: only the database is checked.
    assert json.loads(wait_for(port, "/readyz", 200)) == {"database": "ok"}
    _rename(admin, name, f"{name}_away")
    assert json.loads(wait_for(port, "/readyz", 503)) == {"database": "failing"}
    assert get(port, "/healthz")[0] == 200
    _rename(admin, f"{name}_away", name)
    assert json.loads(wait_for(port, "/readyz", 200)) == {"database": "ok"}


async def _until(predicate: object, timeout: float) -> bool:
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.2)
    return bool(predicate())


def _polls(fake: FakeTelegram) -> int:
    return sum(1 for call in fake.calls if call.method == "getUpdates")


async def test_one_web_process_polls_telegram_and_another_takes_over_when_it_dies(
    env: dict[str, str], postgres_url: str, processes: list[subprocess.Popen[str]]
) -> None:
    # Each process talks to a fake Bot API of its own, so the test sees who polls; the
    # lock that decides is the one PostgreSQL both share.
    async with FakeTelegram() as first, FakeTelegram() as second:
        fakes = (first, second)
        for fake in fakes:
            process_env = dict(
                env,
                DATABASE_URL=postgres_url,
                PORT=str(free_port()),
                TELEGRAM_BOT_TOKEN=fake.token,
                TELEGRAM_API_BASE_URL=fake.base_url,
            )
            processes.append(start(process_env, "serve", "--role", "web"))
            await asyncio.sleep(0.5)  # the first one migrates the schema first
        assert await _until(lambda: _polls(first) + _polls(second) > 0, 90)
        # Several retry periods later, still only one of them polls.
        await asyncio.sleep(8)
        polling = [fake for fake in fakes if _polls(fake)]
        assert len(polling) == 1
        holder = fakes.index(polling[0])
        other = fakes[1 - holder]
        assert all(fake.calls for fake in fakes)  # both are up (getMe), one waits

        processes[holder].kill()  # kill -9: no clean release, PostgreSQL drops the lock
        processes[holder].wait()
        assert await _until(lambda: _polls(other) > 0, 20)
        other_process = processes[1 - holder]
        assert other_process.poll() is None
        other_process.terminate()
        _, stderr = await asyncio.to_thread(other_process.communicate, timeout=30)
        assert other_process.returncode == 0, stderr
        # A 409 is Telegram's answer to two pollers; the random schema name in the log
        # may hold the digits «409», so the status is looked for as a word, and not in the
        # log lines' stamps («07:25:02,409»: their milliseconds).
        logged = re.sub(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", "", stderr, flags=re.M)
        assert not re.search(r"\b409\b|Conflict", logged) and "Traceback" not in stderr
