"""REDIS_URL: de-duplication and the shared sending rates through Redis, with real processes
(two workers on one rate, two web processes on one re-sent update, a 429 that pauses every
process), and the same lane contract on Redis and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, text

from bot.platforms.shared.rate import Lane, SharedPace, Turn, take_turns
from bot.platforms.shared.seen import SeenEvents
from bot.settings import Settings
from bot.settings_check import is_redis_url
from bot.store.db import make_engine, migrate
from tests.fakes.telegram_server import JSON, ApiError, FakeTelegram
from tests.test_ops_postgres import env  # noqa: F401 - a fixture
from tests.test_ops_serve import free_port, start, wait_for
from tests.test_ops_shared import WEBHOOK_SECRET, _post, _update, telegram_until

pytestmark = pytest.mark.redis


# --- the lane contract, on Redis and on PostgreSQL -------------------------------------


async def one(pace: SharedPace, lane: Lane, horizon: float = 10) -> Turn:
    (turn,) = await pace.reserve([lane], horizon)
    return turn


async def test_a_lane_spaces_sends_allows_its_burst_and_holds_for_a_429(pace: SharedPace) -> None:
    lane = Lane(f"test:{uuid.uuid4().hex}", interval=0.5, burst=1)
    waits = [(await one(pace, lane)).wait for _ in range(3)]
    assert waits[0] == pytest.approx(0.0, abs=0.05)
    assert waits[1] == pytest.approx(0.5, abs=0.1)
    assert waits[2] == pytest.approx(1.0, abs=0.1)
    # A slot further off than the horizon is not taken: the next one is no later.
    later = await one(pace, lane, horizon=0.5)
    assert not later.taken and later.wait == pytest.approx(1.5, abs=0.1)
    assert (await one(pace, lane)).wait == pytest.approx(1.5, abs=0.1)

    chat = Lane(f"test:{uuid.uuid4().hex}", interval=1.0, burst=3)
    burst = [(await one(pace, chat)).wait for _ in range(4)]
    assert burst[:3] == pytest.approx([0.0, 0.0, 0.0], abs=0.05)
    assert burst[3] == pytest.approx(1.0, abs=0.1)

    held = Lane(f"test:{uuid.uuid4().hex}", interval=1.0, burst=3)
    await pace.hold(held, 4.0)  # a 429 said retry_after 4: even the burst waits
    assert (await one(pace, held)).wait == pytest.approx(4.0, abs=0.1)


async def test_several_lanes_are_reserved_in_one_step_each_on_its_own(pace: SharedPace) -> None:
    chat = Lane(f"test:chat:{uuid.uuid4().hex}", interval=1.0, burst=2)
    bot = Lane(f"test:bot:{uuid.uuid4().hex}", interval=0.2)
    turns = [await pace.reserve([chat, bot], horizon=1.5) for _ in range(4)]
    chat_waits = [t.wait for t, _ in turns[:3]]
    assert chat_waits == pytest.approx([0.0, 0.0, 1.0], abs=0.1)
    assert [b.wait for _, b in turns] == pytest.approx([0.0, 0.2, 0.4, 0.6], abs=0.1)
    chat_turn, bot_turn = turns[3]  # the chat's 4th slot is 2 s off: beyond the horizon
    assert not chat_turn.taken and chat_turn.wait == pytest.approx(2.0, abs=0.1)
    assert bot_turn.taken


async def test_take_turns_waits_for_the_latest_lane_and_wastes_no_burst(pace: SharedPace) -> None:
    chat = Lane(f"test:chat:{uuid.uuid4().hex}", interval=1.0, burst=1)
    bot = Lane(f"test:bot:{uuid.uuid4().hex}", interval=0.1)
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        await asyncio.sleep(seconds)

    await take_turns(pace, [chat, bot], sleep)
    assert sum(slept) == pytest.approx(0.0, abs=0.05)
    slept.clear()
    started = time.monotonic()
    await take_turns(pace, [chat, bot], sleep)  # the chat's next slot is a second away
    assert time.monotonic() - started == pytest.approx(1.0, abs=0.25)
    # The bot's early slot went unused; the send took a fresh one when the chat allowed it.
    (after,) = await pace.reserve([bot])
    assert after.wait <= 0.25


async def test_redis_seen_answers_each_key_once_across_processes(redis_url: str) -> None:
    from bot.platforms.shared.redis_shared import RedisSeen, connect

    client = connect(redis_url)
    try:
        first, second = SeenEvents("telegram"), SeenEvents("telegram")
        first.shared = second.shared = RedisSeen(client)
        assert await first.first_time(10)
        assert not await second.first_time(10)
        slack = SeenEvents("slack")
        slack.shared = RedisSeen(client)
        assert await slack.first_time(10)  # each platform its own keys
        ttl = await client.ttl("digestbot:seen:telegram:10")
        assert 86_400 < ttl <= 2 * 86_400  # forgotten after two days
    finally:
        await client.aclose()


@pytest.mark.parametrize(
    "url",
    [
        "redis://127.0.0.1:6379",
        "redis://:pass@redis.internal:6380/2",
        "rediss://user:pass@cache.example.org",
        "unix:///run/redis/redis.sock",
    ],
)
def test_redis_urls_that_work_are_accepted(url: str) -> None:
    assert is_redis_url(url)
    assert Settings.from_env({"REDIS_URL": url}, dotenv=False).redis_url == url


@pytest.mark.parametrize(
    "url",
    [
        "127.0.0.1:6379",
        "http://:hemmelig@127.0.0.1:6379",
        "redis://",
        "redis://:hemmelig@host:port",
        "redis://h/x",
    ],
)
def test_a_malformed_redis_url_stops_the_start_in_one_line_without_the_url(url: str) -> None:
    with pytest.raises(ValueError) as error:
        Settings.from_env({"REDIS_URL": url}, dotenv=False)
    assert str(error.value).startswith("REDIS_URL must be")
    assert "\n" not in str(error.value) and "hemmelig" not in str(error.value)


def test_migrate_exits_2_on_a_malformed_redis_url(
    env: dict[str, str],  # noqa: F811 - fixture
    sqlite_url: str,
) -> None:
    secret_url = "redis//:hemmelig-passord@127.0.0.1"
    process = start(dict(env, DATABASE_URL=sqlite_url, REDIS_URL=secret_url), "migrate")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert len(err.strip().splitlines()) == 1 and "REDIS_URL must be" in err
    assert "hemmelig" not in err


# --- real processes ----------------------------------------------------------------------


class MeteredTelegram(FakeTelegram):
    """The fake Bot API, answering getMe only once `workers` processes asked (so they start
    sending together), stamping every sendMessage, refusing the ones numbered in `flood`."""

    def __init__(self, *, workers: int, flood: range = range(0), **options: Any) -> None:
        super().__init__(**options)
        self.workers = workers
        self.flood = flood
        self.flood_wait = 5.0
        self.stamps: list[tuple[float, int, int]] = []  # (monotonic, status, chat)
        self._asked = 0
        self._all_asked = asyncio.Event()

    async def _api_getMe(self, params: JSON) -> JSON:
        self._asked += 1
        if self._asked >= self.workers:
            self._all_asked.set()
        await asyncio.wait_for(self._all_asked.wait(), 120)
        return await super()._api_getMe(params)

    async def _api_sendMessage(self, params: JSON) -> JSON:
        now, chat = time.monotonic(), int(params.get("chat_id", 0))
        if len(self.stamps) in self.flood:
            self.stamps.append((now, 429, chat))
            wait = self.flood_wait
            raise ApiError(429, f"Too Many Requests: retry after {wait:g}", {"retry_after": wait})
        try:
            answer = await super()._api_sendMessage(params)
        except ApiError as error:
            self.stamps.append((now, error.code, chat))
            raise
        self.stamps.append((now, 200, chat))
        return answer


CHAT_BASE = 880_000


def subscribe_due(url: str, chats: int) -> None:
    """Store one article; subscribe `chats` Telegram chats to a digest due a minute ago."""
    from bot.core.parse import parse_document
    from bot.delivery.tables import SubscriptionRow
    from bot.store.sql import SqlArticleStore
    from tests.fixtures.delivery_articles import ARTICLES

    engine = make_engine(url)
    migrate(engine)
    article = next(iter(ARTICLES.values()))
    SqlArticleStore(engine).add(parse_document(article, kind="markdown", source="a.md"))
    oslo = ZoneInfo("Europe/Oslo")
    due = datetime.now(oslo) - timedelta(minutes=1)
    created = due.astimezone(UTC) - timedelta(hours=12)
    rows = [
        {
            "platform": "telegram",
            "chat_id": str(CHAT_BASE + n),
            "thread_id": "",
            "time": f"{due:%H:%M}",
            "timezone": "Europe/Oslo",
            "topics": [],
            "active": True,
            "created_at": created,
            "updated_at": created,
        }
        for n in range(chats)
    ]
    with engine.begin() as connection:
        connection.execute(insert(SubscriptionRow), rows)
    engine.dispose()


def pace_rows(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM send_pace")).scalar_one())
    finally:
        engine.dispose()


@pytest.fixture
def workers_env(
    env: dict[str, str],  # noqa: F811 - fixture
    postgres_url: str,
    redis_url: str,
    tmp_path: Any,
) -> Iterator[dict[str, str]]:
    # No article folder: each chat's digest is the one stored article, one message.
    empty = tmp_path / "no-articles"
    empty.mkdir()
    yield dict(
        env,
        DATABASE_URL=postgres_url,
        REDIS_URL=redis_url,
        DIGESTBOT_LANGUAGE="en",
        DIGESTBOT_ARTICLES=str(empty),
    )


def start_workers(
    base: dict[str, str], telegram: FakeTelegram, count: int, rate: float
) -> list[tuple[subprocess.Popen[str], int]]:
    started = []
    for _ in range(count):
        port = free_port()
        worker_env = dict(
            base,
            PORT=str(port),
            TELEGRAM_BOT_TOKEN=telegram.token,
            TELEGRAM_API_BASE_URL=telegram.base_url,
            TELEGRAM_RATE_PER_SECOND=str(rate),
        )
        started.append((start(worker_env, "serve", "--role", "worker"), port))
    return started


@pytest.mark.postgres
async def test_two_workers_on_redis_never_exceed_the_platform_rate(
    workers_env: dict[str, str],
    processes: list[subprocess.Popen[str]],
) -> None:
    # The bot keeps to 16/s, the platform allows 20/s; two workers pacing alone (32/s) would
    # be refused within the first second.
    rate, limit, chats = 16, 20, 120
    subscribe_due(workers_env["DATABASE_URL"], chats)
    async with MeteredTelegram(workers=2, overall_rate=(limit, 1.0)) as telegram:
        for n in range(chats):
            telegram.private_chat(CHAT_BASE + n)
        workers = start_workers(workers_env, telegram, 2, rate)
        processes.extend(process for process, _ in workers)
        await telegram_until(lambda: len(telegram.stamps) >= chats, timeout=120)
        await asyncio.sleep(1.0)  # a second part or a second copy would show by now
        for _, port in workers:  # both ready, with the shared store named
            body = await asyncio.to_thread(wait_for, port, "/readyz", 200, 30)
            assert json.loads(body)["redis"] == "ok"
    statuses = [status for _, status, _ in telegram.stamps]
    assert statuses.count(429) == 0
    assert sorted(chat for _, _, chat in telegram.stamps) == [CHAT_BASE + n for n in range(chats)]
    span = telegram.stamps[-1][0] - telegram.stamps[0][0]
    assert span >= (chats - rate) / rate  # paced, not sent at once
    # The rate went through Redis: the database's pace table was never written.
    assert pace_rows(workers_env["DATABASE_URL"]) == 0


@pytest.mark.postgres
async def test_a_429_pauses_every_worker_for_its_retry_after(
    workers_env: dict[str, str],
    processes: list[subprocess.Popen[str]],
) -> None:
    # At 10/s shared, the 9th to 11th messages get 429 "retry after 5": the process that got
    # two of them holds the bot's lane in Redis, and the other process waits too.
    rate, chats = 10, 60
    subscribe_due(workers_env["DATABASE_URL"], chats)
    async with MeteredTelegram(workers=2, flood=range(8, 11)) as telegram:
        for n in range(chats):
            telegram.private_chat(CHAT_BASE + n)
        workers = start_workers(workers_env, telegram, 2, rate)
        processes.extend(process for process, _ in workers)
        await telegram_until(lambda: len(telegram.stamps) >= 11, timeout=120)
        await asyncio.sleep(telegram.flood_wait + 1)
        first_429 = min(stamp for stamp, status, _ in telegram.stamps if status == 429)
        # Sends reserved before the pause may still go (at most a second's worth: the
        # horizon); after that, nobody sends until the retry_after has passed.
        quiet = [
            stamp
            for stamp, _, _ in telegram.stamps
            if first_429 + 2.0 < stamp < first_429 + telegram.flood_wait - 0.1
        ]
        assert quiet == []
        await telegram_until(
            lambda: len({chat for _, status, chat in telegram.stamps if status == 200}) == chats,
            timeout=60,
        )
    sent = [chat for _, status, chat in telegram.stamps if status == 200]
    assert sorted(sent) == [CHAT_BASE + n for n in range(chats)]  # each once, after the pause


async def test_two_web_processes_with_their_own_databases_answer_an_update_once_via_redis(
    env: dict[str, str],  # noqa: F811 - fixture
    redis_url: str,
    tmp_path: Any,
    processes: list[subprocess.Popen[str]],
) -> None:
    # Each process has a SQLite database of its own: only Redis can tell them the update
    # was answered already.
    update_id = 7_000_000 + uuid.uuid4().int % 1_000_000
    async with FakeTelegram() as telegram:
        telegram.private_chat(402)
        ports = [free_port(), free_port()]
        for number, port in enumerate(ports):
            process_env = dict(
                env,
                DATABASE_URL=f"sqlite:///{tmp_path / f'web{number}.sqlite3'}",
                REDIS_URL=redis_url,
                PORT=str(port),
                TELEGRAM_BOT_TOKEN=telegram.token,
                TELEGRAM_API_BASE_URL=telegram.base_url,
                TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram/webhook",
                TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET,
            )
            processes.append(start(process_env, "serve", "--role", "web"))
        for port in ports:
            body = await asyncio.to_thread(wait_for, port, "/readyz", 200, 90)
            assert json.loads(body)["redis"] == "ok"
        await telegram_until(lambda: len(telegram.calls_of("setWebhook")) >= 2)

        update = json.dumps(_update(update_id, 402, "/atom")).encode()
        headers = {
            "Content-Type": "application/json",
            "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET,
        }
        for port in ports:
            assert await _post(f"http://127.0.0.1:{port}/telegram/webhook", update, headers) == 200
        await telegram.wait_sent(1, timeout=20, chat_id=402)
        await asyncio.sleep(2)  # time enough for a second answer to show
        assert len([m for m in telegram.sent if m.chat_id == 402]) == 1
