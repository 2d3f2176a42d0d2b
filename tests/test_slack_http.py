"""`POST /slack/events` under hostile input, and answers to slash commands at full speed."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator

import pytest

from bot.chat.replies import NoticeReply
from bot.platforms.slack.http import MAX_BODY_BYTES
from tests.fakes.slack_server import FakeSlack, User
from tests.test_slack import (
    TOKEN,
    Harness,
    make_chat,
    sign,
    start_harness,
    stop_harness,
)

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack(token=TOKEN, users={"U0MEMBER": User("U0MEMBER")}, retry_after="0.2")
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def bot(fake: FakeSlack) -> AsyncIterator[Harness]:
    harness = await start_harness(fake, make_chat())
    yield harness
    await stop_harness(harness)


async def raw_post(bot: Harness, body: bytes, headers: dict[str, str]) -> int:
    async with bot.http.post(bot.url, data=body, headers=headers) as response:
        await response.read()
        return response.status


def signed(body: bytes, content_type: str) -> dict[str, str]:
    ts = int(time.time())
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": str(ts),
        "X-Slack-Signature": sign(body, ts),
    }


def hostile_requests() -> list[tuple[str, bytes, dict[str, str], set[int]]]:
    """What an attacker (or a broken proxy) sends: name, body, headers, acceptable answers."""
    deep_list = b"[" * 50_000 + b"]" * 50_000
    deep_object = (b'{"a":' * 200) + b"1" + (b"}" * 200)
    junk = b"\xff\xfe" * 100
    huge = b"x" * (MAX_BODY_BYTES + 1)
    refused = {401}
    bad = {400}
    return [
        ("unsigned {x", b"{x", {"Content-Type": JSON}, refused),
        ("unsigned list", b"[1, 2, 3]", {"Content-Type": JSON}, refused),
        ("unsigned deep nesting", deep_list, {"Content-Type": JSON}, refused),
        ("no headers at all", b'{"type": "event_callback"}', {}, refused),
        ("garbage timestamp", b"{}", {"X-Slack-Request-Timestamp": "soon"} | _sig("v0=a"), refused),
        ("signature not hex", b"{}", _ts() | _sig("v0=" + "zz" * 32), refused),
        ("wrong secret", b"{}", _ts() | _sig(sign(b"{}", int(time.time()), "other")), refused),
        ("unsigned huge body", b"x" * (2 * MAX_BODY_BYTES), {"Content-Type": FORM}, refused),
        ("signed {x", b"{x", signed(b"{x", JSON), bad),
        ("signed list", b"[1, 2, 3]", signed(b"[1, 2, 3]", JSON), bad),
        ("signed deep list", deep_list, signed(deep_list, JSON), bad),
        ("signed deep object", deep_object, signed(deep_object, JSON), bad),
        ("signed, wrong content type", b"{}", signed(b"{}", "text/plain"), bad),
        ("signed form, payload not JSON", b"payload=%7Bx", signed(b"payload=%7Bx", FORM), bad),
        ("signed, not UTF-8", junk, signed(junk, FORM), bad),
        ("unsigned, not UTF-8", junk, {"Content-Type": FORM}, refused),
        ("signed empty body", b"", signed(b"", JSON), bad),
        ("signed huge body", huge, signed(huge, FORM), {413}),
    ]  # fmt: skip


def _ts() -> dict[str, str]:
    return {"X-Slack-Request-Timestamp": str(int(time.time())), "Content-Type": JSON}


def _sig(signature: str) -> dict[str, str]:
    return {"X-Slack-Signature": signature}


async def test_hostile_requests_get_4xx_and_one_short_log_line_each(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cases = hostile_requests()
    answers: dict[str, set[int]] = {}
    for number in range(200):
        name, body, headers, allowed = cases[number % len(cases)]
        status = await raw_post(bot, body, headers)
        answers.setdefault(name, set()).add(status)
        assert status in allowed, f"{name}: {status}"
    assert len(answers) == len(cases)
    records = [r for r in caplog.records if r.name.startswith(("bot", "aiohttp", "slack"))]
    assert len(records) <= 200
    assert "Traceback" not in caplog.text
    assert all(r.exc_info is None for r in caplog.records)
    assert len(caplog.text) < 200 * 200  # a short line each; before, 200 wrote 373 KB
    assert all("\n" not in r.getMessage() for r in records)
    await bot.fake.settle()
    assert bot.fake.messages == []
    # The endpoint still serves Slack afterwards.
    assert (await bot.slash("atom"))[0] == 200
    [answer] = await bot.answers(1)
    assert answer.method == "response_url"


async def test_the_signature_is_checked_before_the_body_is_read(bot: Harness) -> None:
    # An unsigned request announcing a huge body is refused without the body being read.
    headers = {"Content-Type": JSON, "Content-Length": str(50 * MAX_BODY_BYTES)}
    reader, writer = await asyncio.open_connection("127.0.0.1", bot.web.bound_port)
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    writer.write(f"POST /slack/events HTTP/1.1\r\nHost: x\r\n{head}\r\n".encode())
    await writer.drain()
    status_line = await asyncio.wait_for(reader.readline(), timeout=5)
    writer.close()
    assert status_line.split()[1] == b"401"


async def test_signed_events_and_commands_still_work(bot: Harness) -> None:
    body = json.dumps({"token": "x", "challenge": "c-1", "type": "url_verification"})
    status, text = await bot.post(body.encode(), JSON)
    assert (status, json.loads(text)) == (200, {"challenge": "c-1"})
    assert await bot.dm("atom") == 200
    [answer] = await bot.answers(1)
    assert answer.channel == "D0MEMBER"


async def test_forty_digests_at_once_in_one_channel_are_not_paced(fake: FakeSlack) -> None:
    # Slack's one-message-a-second rule is for channel posts; answers to a response_url are
    # not posts. At SLACK_RATE_PER_SECOND=1 pacing them would take 40 s.
    fake.channel_interval = 1.0  # the fake refuses channel posts faster than that with 429
    harness = await start_harness(fake, make_chat(), slack_rate_per_second=1.0)
    try:
        statuses = await asyncio.gather(*(harness.slash("") for _ in range(40)))
        assert [status for status, _ in statuses] == [200] * 40
        answers = await harness.answers(40, timeout=10)
        assert len(answers) == 40
        assert {a.method for a in answers} == {"response_url"}
        assert {a.channel for a in answers} == {"C0NEWS"}
        assert "C0NEWS" not in harness.adapter.sender._limiters  # the channel's pacing was not used
        # Channel posts of the same adapter keep their pace.
        result = await harness.adapter.deliver("C0NEWS", None, NoticeReply("Hei fra testen."))
        assert result.status == "sent"
        assert fake.status_count(429) == 0
    finally:
        await stop_harness(harness)
