"""What several processes on one PostgreSQL share: which updates were answered, and the
bot's overall sending rate."""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiohttp import ClientSession
from sqlalchemy import Engine, text

from bot.platforms.shared.rate import DatabasePace
from bot.platforms.shared.seen import DatabaseSeen, SeenEvents
from bot.platforms.telegram.flood import FloodControl
from bot.platforms.telegram.sender import TelegramSender
from bot.settings import Settings
from bot.store.db import make_engine, migrate
from tests.fakes.slack_server import BOT_USER_ID, TEAM_ID, FakeSlack, User
from tests.fakes.telegram_server import ApiCall, FakeTelegram
from tests.test_ops_postgres import env  # noqa: F401 - a fixture
from tests.test_ops_serve import free_port, start, wait_for
from tests.test_slack import SECRET, TOKEN, sign

WEBHOOK_SECRET = "delt-hemmelighet-42"


async def _post(url: str, body: bytes, headers: dict[str, str]) -> int:
    async with ClientSession() as session, session.post(url, data=body, headers=headers) as answer:
        return answer.status


def _update(update_id: int, chat_id: int, command: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Kari"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Kari"},
            "text": command,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(command)}],
        },
    }


def _slack_event(event_id: str) -> bytes:
    event = {
        "type": "app_mention",
        "user": "U0MEMBER",
        "text": f"<@{BOT_USER_ID}> atom",
        "ts": "1700000500.000100",
        "channel": "C0NEWS",
        "event_ts": "1700000500.000100",
    }
    payload = {
        "token": "legacy-verification-token",
        "team_id": TEAM_ID,
        "api_app_id": "A0DIGEST",
        "event": event,
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
    }
    return json.dumps(payload).encode()


def _slack_headers(body: bytes, retry: int | None) -> dict[str, str]:
    ts = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": str(ts),
        "X-Slack-Signature": sign(body, ts),
    }
    if retry is not None:
        headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
    return headers


@pytest.mark.postgres
async def test_two_web_processes_answer_a_resent_update_and_a_slack_retry_once(
    env: dict[str, str],  # noqa: F811 - fixture
    postgres_url: str,
    processes: list[subprocess.Popen[str]],
) -> None:
    slack = FakeSlack(token=TOKEN, users={"U0MEMBER": User("U0MEMBER")})
    await slack.start()
    try:
        await _serve_two_and_repeat(env, postgres_url, processes, slack)
    finally:
        await slack.stop()


async def _serve_two_and_repeat(
    base_env: dict[str, str],
    postgres_url: str,
    started: list[subprocess.Popen[str]],
    slack: FakeSlack,
) -> None:
    async with FakeTelegram() as telegram:
        telegram.private_chat(401)
        ports = [free_port(), free_port()]
        for port in ports:
            process_env = dict(
                base_env,
                DATABASE_URL=postgres_url,
                PORT=str(port),
                TELEGRAM_BOT_TOKEN=telegram.token,
                TELEGRAM_API_BASE_URL=telegram.base_url,
                TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram/webhook",
                TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET,
                SLACK_BOT_TOKEN=TOKEN,
                SLACK_SIGNING_SECRET=SECRET,
                SLACK_API_URL=slack.api_url,
            )
            started.append(start(process_env, "serve", "--role", "web"))
            await asyncio.to_thread(wait_for, port, "/readyz", 200, 90)
        # Both take webhooks (wait until both registered theirs: they are accepting).
        await telegram_until(lambda: len(telegram.calls_of("setWebhook")) >= 2)

        # Telegram re-sends an update; behind the load balancer each copy reaches another process.
        update = json.dumps(_update(7001, 401, "/atom")).encode()
        headers = {
            "Content-Type": "application/json",
            "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET,
        }
        for port in ports:
            url = f"http://127.0.0.1:{port}/telegram/webhook"
            assert await _post(url, update, headers) == 200
        # Slack retries an event it thinks was slow, to the other process.
        body = _slack_event("Ev0SHARED1")
        for retry, port in zip((None, 1), ports, strict=True):
            url = f"http://127.0.0.1:{port}/slack/events"
            assert await _post(url, body, _slack_headers(body, retry)) == 200

        await telegram.wait_sent(1, timeout=20, chat_id=401)
        await slack.wait_for(lambda: len(slack.messages) >= 1, 20)
        await asyncio.sleep(2)  # time enough for a second answer to show
        assert len([m for m in telegram.sent if m.chat_id == 401]) == 1
        assert len(slack.messages) == 1

        # A new update is still answered, by whichever process gets it.
        newer = json.dumps(_update(7002, 401, "/atom")).encode()
        assert await _post(f"http://127.0.0.1:{ports[1]}/telegram/webhook", newer, headers) == 200
        await telegram.wait_sent(2, timeout=20, chat_id=401)


async def telegram_until(predicate: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.1)


async def test_seen_events_are_claimed_once_and_old_ones_pruned(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate(engine)
    try:
        shared = DatabaseSeen(engine, keep=timedelta(days=2))
        # Two processes' listeners, each with its own memory, one database.
        first, second = SeenEvents("telegram"), SeenEvents("telegram")
        first.shared = second.shared = shared
        assert await first.first_time(10)
        assert not await second.first_time(10)
        assert not await first.first_time(10)
        slack = SeenEvents("slack")
        slack.shared = shared
        assert await slack.first_time(10)  # each platform its own keys
        old = datetime.now(UTC) - timedelta(days=3)
        with engine.begin() as connection:
            connection.execute(text("UPDATE seen_events SET seen_at = :old"), {"old": old})
        fresh = DatabaseSeen(engine, keep=timedelta(days=2))
        assert await fresh.claim("telegram", "11")  # its first insert prunes the old rows
        with engine.connect() as connection:
            keys = connection.execute(text("SELECT platform, key FROM seen_events")).all()
        assert sorted(map(tuple, keys)) == [("telegram", "11")]
    finally:
        engine.dispose()


async def _two_senders_burst(engine: Engine | None, rate: int, limit: int) -> list[ApiCall]:
    """Two senders, each keeping to `rate` alone, send 30 messages each to 40 chats, with a
    shared pace on `engine` (or none), to a Bot API that refuses more than `limit` a second.
    Returns the fake's sendMessage calls (the first message of each, which opens its HTTP
    connection, included)."""
    chats, per_sender = 40, 30
    async with FakeTelegram(overall_rate=(limit, 1.0)) as fake:
        for chat in range(chats):
            fake.private_chat(500 + chat)
        settings = Settings(
            telegram_bot_token=fake.token,
            telegram_api_base_url=fake.base_url,
            telegram_rate_per_second=float(rate),
        )
        senders = []
        for _ in range(2):
            # Each process alone keeps to the whole rate; together only the shared pace holds.
            flood = FloodControl(overall_per_second=float(rate), max_flood_wait=0.0, max_retries=0)
            flood.shared = DatabasePace(engine) if engine is not None else None
            sender = TelegramSender(settings, flood=flood)
            await sender.open()
            # Its first message opens the HTTP connection: not part of what is measured.
            await sender.bot.send_message(500, "hei")
            senders.append(sender)
        try:

            async def burst(sender: TelegramSender, offset: int) -> None:
                # As a worker delivers: several digests at a time, not all at once.
                at_once = asyncio.Semaphore(8)

                async def send(n: int) -> None:
                    async with at_once:
                        await sender.bot.send_message(500 + (offset + n) % chats, f"melding {n}")

                await asyncio.gather(*(send(n) for n in range(per_sender)), return_exceptions=True)

            await asyncio.gather(
                *(burst(s, i * per_sender) for i, s in enumerate(senders)),
                return_exceptions=True,
            )
        finally:
            for sender in senders:
                await sender.close()
    return fake.calls_of("sendMessage")


# The bot keeps to 12/s, the platform allows 20/s. The fake Bot API runs in the senders' own
# event loop, so a stalled loop (a loaded CI machine) releases several due sends at once:
# 21 within one second would take sends 1.7 s of slots apart landing together. Two senders
# pacing alone (24/s) are refused within the first seconds.
RATE, LIMIT = 12, 20


@pytest.mark.postgres
async def test_two_senders_sharing_the_rate_never_exceed_the_platform_limit(
    postgres_url: str,
) -> None:
    engine = make_engine(postgres_url)
    migrate(engine)
    try:
        sends = await _two_senders_burst(engine, RATE, LIMIT)
    finally:
        engine.dispose()
    assert len(sends) == 2 * 30 + 2
    assert all(call.status == 200 for call in sends)


async def test_two_senders_pacing_alone_are_refused_by_the_platform() -> None:
    # The control: without the shared pace the same two senders break the platform's limit.
    sends = await _two_senders_burst(None, RATE, LIMIT)
    assert any(call.status == 429 for call in sends)
