"""The limits every process shares, whichever sends: `digestbot deliver` processes keep to
one rate per bot, two senders keep to one Telegram chat's or Slack channel's own limit, and
a Slack 429 holds the channel for both."""

from __future__ import annotations

import asyncio
import subprocess
import time
from datetime import UTC, datetime

import pytest

from bot.platforms.shared.rate import SharedPace
from bot.platforms.slack.renderer import SlackMessage
from bot.platforms.slack.sender import SlackSender
from bot.platforms.telegram.flood import FloodControl
from bot.platforms.telegram.sender import TelegramSender
from bot.settings import Settings
from tests.fakes.slack_server import FakeSlack
from tests.fakes.telegram_server import FakeTelegram
from tests.test_ops_postgres import env  # noqa: F401 - a fixture
from tests.test_ops_redis import CHAT_BASE, MeteredTelegram, pace_rows, subscribe_due
from tests.test_ops_serve import start


async def test_two_senders_keep_one_chats_limit_together(pace: SharedPace) -> None:
    # The platform allows a chat 5 messages in 2 s. Each sender alone keeps to about 1/s
    # with a burst of 3, so two of them pacing alone post 6 at once; sharing the chat's
    # lane they post 3, then one a second.
    async with FakeTelegram(per_chat_rate=(5, 2.0)) as fake:
        fake.private_chat(610)
        settings = Settings(telegram_bot_token=fake.token, telegram_api_base_url=fake.base_url)
        senders = []
        for _ in range(2):
            flood = FloodControl(overall_per_second=30.0, max_flood_wait=0.0, max_retries=0)
            flood.shared = pace
            sender = TelegramSender(settings, flood=flood)
            await sender.open()
            senders.append(sender)
        try:
            await asyncio.gather(
                *(s.bot.send_message(610, f"del {n}") for n in range(3) for s in senders)
            )
        finally:
            for sender in senders:
                await sender.close()
    sends = fake.calls_of("sendMessage")
    assert [call.status for call in sends] == [200] * 6


@pytest.mark.postgres
async def test_two_deliver_processes_share_the_bots_rate_through_the_database(
    env: dict[str, str],  # noqa: F811 - fixture
    postgres_url: str,
    processes: list[subprocess.Popen[str]],
) -> None:
    rate, limit, chats = 16, 20, 120
    subscribe_due(postgres_url, chats)
    async with MeteredTelegram(workers=2, overall_rate=(limit, 1.0)) as telegram:
        for n in range(chats):
            telegram.private_chat(CHAT_BASE + n)
        deliver_env = dict(
            env,
            DATABASE_URL=postgres_url,
            TELEGRAM_BOT_TOKEN=telegram.token,
            TELEGRAM_API_BASE_URL=telegram.base_url,
            TELEGRAM_RATE_PER_SECOND=str(rate),
        )
        now = datetime.now(UTC).isoformat()
        started = [start(deliver_env, "deliver", "--due-at", now) for _ in range(2)]
        processes.extend(started)
        results = [await asyncio.to_thread(p.communicate, None, 120) for p in started]
    assert [p.returncode for p in started] == [0, 0], results
    statuses = [status for _, status, _ in telegram.stamps]
    assert statuses.count(429) == 0
    assert sorted(chat for _, _, chat in telegram.stamps) == [CHAT_BASE + n for n in range(chats)]
    assert pace_rows(postgres_url) >= 1  # the rate went through send_pace


MESSAGE = SlackMessage(
    text="Dagens sammendrag",
    blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": "Dagens sammendrag"}}],
)


def _slack_senders(fake: FakeSlack, pace: SharedPace | None, count: int = 2) -> list[SlackSender]:
    settings = Settings(
        slack_bot_token=fake.token,
        slack_api_url=fake.api_url,
        slack_signing_secret="s3cret",
        slack_rate_per_second=1.0,
    )
    senders = [SlackSender(settings, backoff=0.01, timeout=5) for _ in range(count)]
    for sender in senders:
        if pace is not None:
            sender.share_pace(pace)
    return senders


async def test_two_slack_senders_keep_one_channels_rate_together(pace: SharedPace) -> None:
    # Slack refuses a second post to a channel within 0.8 s; each sender alone spaces its own
    # posts a second apart, but only the shared lane spaces the two senders' posts.
    fake = FakeSlack(channel_interval=0.8)
    await fake.start()
    try:
        senders = _slack_senders(fake, pace)
        message = MESSAGE
        await asyncio.gather(*(s.post("C0SHARED", message) for s in senders for _ in range(2)))
    finally:
        await fake.stop()
    assert fake.status_count(429) == 0
    assert len(fake.in_channel("C0SHARED")) == 4


async def test_a_slack_429_holds_the_channel_for_the_other_sender(pace: SharedPace) -> None:
    fake = FakeSlack(retry_after="2")
    await fake.start()
    try:
        first, second = _slack_senders(fake, pace)
        message = MESSAGE
        fake.storm(1)  # the first post gets 429 Retry-After: 2
        started = time.monotonic()
        refused = asyncio.create_task(first.post("C0HELD", message))
        await fake.wait_for(lambda: fake.status_count(429) == 1, 5)
        await asyncio.sleep(0.2)  # the hold is written before the first sender sleeps
        await second.post("C0HELD", message)
        waited = time.monotonic() - started
        await refused
    finally:
        await fake.stop()
    # Pacing alone would let the second post go 1.1 s after the first; the hold keeps it
    # back until Slack's Retry-After has passed.
    assert waited >= 1.9
    assert len(fake.in_channel("C0HELD")) == 2
