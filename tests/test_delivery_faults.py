"""Delivery when things go wrong: a slow Telegram, an outage behind nginx, an echoed token,
a refused token, a database locked for longer than its timeout."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from datetime import timedelta
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, event, text

from bot.delivery.engine import DigestDelivery
from bot.delivery.ledger import DeliveryLedger
from bot.entrypoints.deliver import _line
from bot.logs import redact, register_secrets
from bot.settings import Settings
from bot.store.db import make_engine
from bot.store.errors import StoreBusy
from tests.fixtures.delivery_fakes import FAST_RETRIES, GRACE, World, in_chat, make_world, oslo

quiet_ptb = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
DUE = oslo("2026-11-25 07:30")
NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    "</body>\r\n</html>\r\n"
)


@pytest.fixture
def world(db_engine: Engine) -> World:
    world = make_world(db_engine, oslo("2026-11-25 06:00"))
    world.add_article("atom")
    return world


def subscribe(world: World, chat_id: str) -> None:
    assert world.say("/subscribe 07:30", in_chat(chat_id)).startswith("Subscribed")


async def telegram(world: World, fake: Any, **settings: Any) -> Any:
    from bot.platforms.telegram.flood import FloodControl
    from bot.platforms.telegram.sender import TelegramSender

    options = dict(telegram_bot_token=fake.token, telegram_api_base_url=fake.base_url)
    flood = FloodControl(backoff=0.01, chat_per_second=50.0, chat_burst=50, max_flood_wait=0.2)
    sender = TelegramSender(Settings(**(options | settings)), flood=flood)
    await sender.open()
    return sender


def status_of(world: World) -> list[tuple[str, str | None, int]]:
    return [(r.status, r.reason, r.attempts) for r in world.deliveries()]


@quiet_ptb
async def test_a_send_whose_answer_never_came_is_maybe_sent_and_never_repeated(
    world: World,
) -> None:
    from tests.fakes.telegram_server import FakeTelegram

    subscribe(world, "961")
    async with FakeTelegram() as fake:
        fake.private_chat(961)
        fake.hang_next("sendMessage", 3.0)  # posted, but the answer outlives the read timeout
        adapter = await telegram(world, fake, send_timeout=0.5)
        try:
            report = await world.deliver_at(DUE, adapters={"telegram": adapter})
            again = await world.deliver_at(
                DUE + timedelta(minutes=5), adapters={"telegram": adapter}
            )
        finally:
            await adapter.close()
        arrived = len(fake.sent)
    assert arrived == 1  # exactly one message, and no second try
    assert report["uncertain"] == 1 and not report.complete
    assert "maybe sent 1 (not sent again)" in report.summary()
    assert again["sent"] == 0 and again.complete
    ((status, reason, _),) = status_of(world)
    assert status == "uncertain" and reason == "the request went out, then no answer in time"
    assert "maybe sent" in world.say("/subscriptions", in_chat("961"))
    (listed,) = world.repository.listing()
    assert "2026-11-25 maybe sent" in _line(*listed)


@quiet_ptb
async def test_an_outage_behind_nginx_is_outlasted_and_its_page_never_stored(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    from tests.fakes.telegram_server import FakeTelegram

    subscribe(world, "962")
    subscribe(world, "963")
    world.clock.ticking = True
    async with FakeTelegram() as fake:
        fake.private_chat(962)
        fake.private_chat(963)
        for _ in range(10):  # 10 calls: more than the adapter's own quick retries, twice over
            fake.answer_raw_next("sendMessage", 502, NGINX_502)
        adapter = await telegram(world, fake)
        try:
            outage = await world.deliver_at(DUE, adapters={"telegram": adapter})
            # A second, endless outage: the grace runs out, the reason is ours.
            for _ in range(10_000):
                fake.answer_raw_next("sendMessage", 502, NGINX_502)
            world.say("/subscribe 07:30", in_chat("964"))
            fake.private_chat(964)
            endless = await world.deliver_at(
                oslo("2026-11-26 07:30"), adapters={"telegram": adapter}, grace=timedelta(seconds=1)
            )
        finally:
            await adapter.close()
    assert outage["sent"] == 2 and outage["retry"] >= 2 and outage.complete
    assert endless["failed"] >= 1 and not endless.complete
    failed = [(s, r, a) for s, r, a in status_of(world) if s == "failed"]
    assert failed and all(
        r and r.startswith("Telegram answered 502 (server error") for _, r, _ in failed
    )
    assert all("nginx" not in (r or "") and "<" not in (r or "") for _, r, _ in status_of(world))
    assert "nginx" not in world.say("/subscriptions", in_chat("964"))
    assert "nginx" not in caplog.text and "<html" not in caplog.text


@quiet_ptb
async def test_a_429_wait_is_honoured_by_the_next_attempt(world: World) -> None:
    from tests.fakes.telegram_server import FakeTelegram

    subscribe(world, "965")
    async with FakeTelegram() as fake:
        fake.private_chat(965)
        wait = {"retry_after": 40}
        fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 40", parameters=wait)
        adapter = await telegram(world, fake)
        try:
            world.clock.set(DUE)
            delivery = world.delivery(adapters={"telegram": adapter})
            report = await delivery.run(world.clock(), wait_for_retries=False)
        finally:
            await adapter.close()
    (row,) = world.deliveries()
    assert report["retry"] == 1 and row.status == "planned"
    assert row.not_before is not None and row.not_before >= DUE + timedelta(seconds=40)


@quiet_ptb
async def test_a_token_echoed_in_an_error_is_never_logged_stored_or_shown(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    from tests.fakes.telegram_server import FakeTelegram

    caplog.set_level(logging.DEBUG)
    subscribe(world, "966")
    async with FakeTelegram() as fake:
        fake.private_chat(966)
        token = fake.token
        echo = (
            f"Forbidden: bot {token.upper()} (bot{quote(token, safe='')}) was blocked by the user"
        )
        fake.fail_next("sendMessage", 403, echo)
        adapter = await telegram(world, fake)
        try:
            report = await world.deliver_at(DUE, adapters={"telegram": adapter})
        finally:
            await adapter.close()
    assert report["dead"] == 1
    subscription = world.repository.find(world.service_chat(in_chat("966")))
    assert subscription is not None and subscription.dead_reason is not None
    reply = world.say("/subscriptions", in_chat("966"))
    secret = token.split(":")[1].lower()
    for text_seen in (caplog.text, subscription.dead_reason, reply, str(status_of(world))):
        assert secret not in text_seen.lower() and "%3a" + secret not in text_seen.lower()
    assert "blocked by the user" in reply


def test_redaction_is_case_insensitive_and_catches_url_encoded_forms() -> None:
    register_secrets(["123456:AbC-dEf_secret"])
    seen = redact("GET /bot123456%3AAbC-dEf_secret/x and 123456:abc-def_SECRET and %3aabc")
    assert "secret" not in seen.lower() and seen.count("<redacted>") == 2


@quiet_ptb
async def test_deliver_says_when_telegram_refuses_the_token(world: World) -> None:
    from bot.entrypoints.deliver import _deliver
    from tests.fakes.telegram_server import FakeTelegram

    subscribe(world, "967")
    async with FakeTelegram() as fake:
        fake.private_chat(967)
        url = world.engine.url.render_as_string(hide_password=False)
        settings = Settings(
            database_url=url,
            telegram_bot_token="999:wrong-token-for-this-bot",
            telegram_api_base_url=fake.base_url,
        )
        report = await _deliver(settings, DUE)
    assert not report.complete  # so `deliver` exits 1
    assert report.unavailable == {"telegram": "Telegram refused the bot token (401/404)"}
    assert "wrong-token" not in report.summary()
    assert "telegram unavailable: Telegram refused the bot token" in report.summary()


async def test_a_database_locked_longer_than_its_timeout_leaves_no_sent_digest_unmarked(
    world: World, db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    subscribe(world, "968")
    subscribe(world, "969")
    engine = make_engine(db_url, busy_timeout=0.1)
    postgres = engine.dialect.name == "postgresql"
    if postgres:

        @event.listens_for(engine, "connect")
        def short_lock_wait(connection: Any, _record: Any) -> None:
            with connection.cursor() as cursor:
                cursor.execute("SET lock_timeout = '100ms'")

    release = threading.Event()
    locked = threading.Event()

    def hold_the_lock() -> None:
        if postgres:
            with world.engine.connect() as connection:  # a transaction begins by itself
                connection.execute(text("LOCK TABLE deliveries IN EXCLUSIVE MODE"))
                locked.set()
                release.wait(10)
                connection.rollback()
            return
        raw = sqlite3.connect(str(world.engine.url.database), isolation_level=None)
        try:
            raw.execute("BEGIN IMMEDIATE")
            locked.set()
            release.wait(10)
            raw.execute("ROLLBACK")
        finally:
            raw.close()

    holder = threading.Thread(target=hold_the_lock)

    class LockedWhileSending:
        """The platform: while the first digest is out, someone locks the database."""

        name = "telegram"

        async def deliver(
            self, chat_id: str, thread_id: str | None, reply: Any, *, language: str = "en"
        ) -> Any:
            if not holder.is_alive() and not locked.is_set():
                holder.start()
            assert await asyncio.to_thread(locked.wait, 5)
            return await world.adapter.deliver(chat_id, thread_id, reply)

    async def lock_while_sending() -> None:
        assert await asyncio.to_thread(locked.wait, 30)
        await asyncio.sleep(2.0)  # longer than every retry of one transaction put together
        release.set()
        await asyncio.to_thread(holder.join)

    try:
        world.clock.set(DUE)
        world.clock.ticking = True
        from bot.delivery.content import DigestBuilder

        delivery = DigestDelivery(
            DeliveryLedger(engine, worker="faults"),
            {"telegram": LockedWhileSending()},
            DigestBuilder(world.library, max_articles=5),
            grace=GRACE,
            clock=world.clock,
            retry=FAST_RETRIES,
        )
        report, _ = await asyncio.gather(delivery.run(world.clock()), lock_while_sending())
    finally:
        engine.dispose()
    assert report["sent"] == 2 and report.complete, report.summary()
    assert [r.status for r in world.deliveries()] == ["sent", "sent"]
    assert sorted(world.adapter.calls) == ["968", "969"]  # each sent once
    assert "deliveries failed" in caplog.text  # the lock did stop the marks


async def test_a_claim_the_database_refuses_while_a_digest_is_out_does_not_end_the_run(
    world: World,
) -> None:
    subscribe(world, "971")
    subscribe(world, "972")
    world.adapter.delays["*"] = 0.2
    refused: list[str] = []

    class LockedForClaims(DeliveryLedger):
        """The database: locked for new claims while a digest is out (another writer)."""

        def claim(self, **options: Any) -> Any:
            out = len(world.adapter.calls) > len(world.adapter.sent)
            if out and len(refused) < 3:
                refused.append("locked")
                raise StoreBusy("database is locked")
            return super().claim(**options)

    from bot.delivery.content import DigestBuilder

    world.clock.set(DUE)
    delivery = DigestDelivery(
        LockedForClaims(world.engine, worker="faults"),
        {"telegram": world.adapter},
        DigestBuilder(world.library, max_articles=5),
        grace=GRACE,
        clock=world.clock,
        retry=FAST_RETRIES,
        concurrency=1,  # one out at a time: the next claim comes while it is out
    )
    report = await delivery.run(world.clock())
    assert refused  # the database did refuse a claim
    assert report["sent"] == 2 and report.complete, report.summary()
    assert [r.status for r in world.deliveries()] == ["sent", "sent"]
    assert sorted(world.adapter.calls) == ["971", "972"]  # each once


async def test_slack_maybe_sent_is_not_repeated_and_an_nginx_outage_is_outlasted(
    world: World,
) -> None:
    from bot.platforms.slack.sender import SlackSender
    from tests.fakes.slack_server import FakeSlack

    fake = FakeSlack(retry_after="0")
    await fake.start()
    try:
        for channel in ("C1", "C2"):
            reply = world.say(
                "/subscribe 07:30", in_chat(channel, platform="slack", kind="group", admin=True)
            )
            assert reply.startswith("Subscribed"), reply
        fake.post_then_hang(2.0)  # the first post lands, its answer does not
        for _ in range(30):  # then a proxy's 502 pages, longer than the client's own retries
            fake.answer_raw_next(502, NGINX_502)
        settings = Settings(
            slack_bot_token=fake.token, slack_api_url=fake.api_url, slack_signing_secret="s3cret"
        )
        adapter = SlackSender(settings, backoff=0.01, timeout=1)
        world.clock.ticking = True
        report = await world.deliver_at(DUE, adapters={"slack": adapter})
        again = await world.deliver_at(DUE + timedelta(minutes=5), adapters={"slack": adapter})
        await fake.settle(1.2)
    finally:
        await fake.stop()
    assert [len(fake.in_channel(c)) for c in ("C1", "C2")] == [1, 1]  # once each, no repeat
    assert report["uncertain"] == 1 and report["sent"] == 1 and report["retry"] >= 1
    assert again["sent"] == 0
    assert sorted(s for s, _, _ in status_of(world)) == ["sent", "uncertain"]
    assert all("nginx" not in (r or "") for _, r, _ in status_of(world))


@quiet_ptb
async def test_deliver_says_when_telegram_cannot_be_reached(world: World) -> None:
    import socket

    from bot.entrypoints.deliver import _deliver

    subscribe(world, "970")
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    settings = Settings(
        database_url=world.engine.url.render_as_string(hide_password=False),
        telegram_bot_token="970:a-token-nobody-checks",
        telegram_api_base_url=f"http://127.0.0.1:{port}/bot",
    )
    report = await _deliver(settings, DUE)
    assert not report.complete  # so `deliver` exits 1, and says why in its one line
    assert report.unavailable["telegram"].startswith("Telegram could not be reached")
    assert "1 waiting for telegram" in report.summary()
    assert [r.status for r in world.deliveries()] == ["planned"]  # kept for the next run
