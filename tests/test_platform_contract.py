"""Every platform in the registry keeps the same promises, its sender and its listener alike.

Each platform has a driver here: how to reach a fake of it, a live chat, maybe a chat that
is gone, what arrived in a chat, and how a user says something to the listener. A new
platform in `bot.platforms.registry` without a driver fails the first test.
"""

from __future__ import annotations

import asyncio
import io
import itertools
import os
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest

from bot.bootstrap import build_chat
from bot.chat.replies import ArticleRef, DigestItem, DigestReply, NoticeReply
from bot.chat.service import ChatService
from bot.core.model import SectionDigest
from bot.core.parse import parse_text
from bot.platforms.base import Connection
from bot.platforms.console.listener import ConsoleListener
from bot.platforms.console.sender import ConsoleSender
from bot.platforms.registry import PLATFORMS, platform
from bot.settings import Settings
from bot.store.memory import InMemoryArticleStore
from bot.web import WebServer
from tests.fakes.slack_server import FakeSlack
from tests.fakes.telegram_server import FakeTelegram
from tests.test_slack import SECRET, TOKEN, Harness

ARTICLE = """Atomtrusselen øker i Europa

Russland har flere ganger antydet at atomvåpen kan bli brukt. Eksperter mener atomtrusselen \
er den største siden den kalde krigen. Atomtrusselen preger debatten i hele Europa.

Beredskap mot atomulykker

Strålevernet har oppdatert beredskapen mot atomulykker. Mange kjøper jodtabletter etter at \
atomtrusselen økte.
"""
NOTICE = "Kontraktsprøve: en kort melding."


def make_chat() -> ChatService:
    store = InMemoryArticleStore()
    store.add(parse_text(ARTICLE, source="kontrakt.txt"))
    # The contract is about the platforms, not the language: the bot speaks English here.
    return build_chat(Settings(language="en"), store)[1]


def long_digest() -> DigestReply:
    """A digest too long for one message on any platform with a limit."""
    ref = ArticleRef("Et langt sammendrag", "lang.txt")
    bullet = "Dette er et langt punkt om atomtrusselen som gjentas for å fylle meldingen. " * 8
    sections = tuple(SectionDigest(f"Del {n}", (bullet, bullet), (), n) for n in range(40))
    return DigestReply((DigestItem(ref, sections),))


@dataclass
class World:
    """One platform's fake, seen through what every contract case needs."""

    settings: Settings
    live_chat: str
    dead_chat: str | None
    received: Callable[[str], list[str]]  # the texts a chat got, in order
    listen: Callable[[ChatService], AbstractAsyncContextManager[Callable[[str], Any]]]


# --- drivers -------------------------------------------------------------------------------


@asynccontextmanager
async def telegram_world() -> AsyncIterator[World]:
    async with FakeTelegram() as server:
        server.private_chat(501)
        server.private_chat(502)
        server.block(502)
        settings = Settings(telegram_bot_token=server.token, telegram_api_base_url=server.base_url)

        def received(chat: str) -> list[str]:
            return [m.text for m in server.sent if m.chat_id == int(chat)]

        @asynccontextmanager
        async def listen(chat: ChatService) -> AsyncIterator[Callable[[str], Any]]:
            listener = platform("telegram").listener(settings, chat, None)
            await listener.start()

            async def say(text: str) -> str:
                before = len(received("501"))
                server.message(501, text)
                return (await server.wait_sent(before + 1, chat_id=501))[before].text

            try:
                yield say
            finally:
                await listener.stop()

        yield World(settings, "501", "502", received, listen)


@asynccontextmanager
async def slack_world() -> AsyncIterator[World]:
    fake = FakeSlack(token=TOKEN, dead_channels={"C0GONE": "channel_not_found"})
    await fake.start()
    settings = Settings(
        slack_bot_token=TOKEN,
        slack_signing_secret=SECRET,
        slack_api_url=fake.api_url,
        slack_rate_per_second=50.0,
    )

    def received(chat: str) -> list[str]:
        return [m.block_text or m.text for m in fake.messages if m.channel == chat]

    @asynccontextmanager
    async def listen(chat: ChatService) -> AsyncIterator[Callable[[str], Any]]:
        web = WebServer(host="127.0.0.1", port=0)
        listener = platform("slack").listener(settings, chat, web)
        await web.start()
        await listener.start()
        http = aiohttp.ClientSession()
        harness = Harness(listener, web, fake, http, itertools.count(1))  # type: ignore[arg-type]

        async def say(text: str) -> str:
            before = len(received("D0CONTRACT"))
            await harness.dm(text, channel="D0CONTRACT")
            await fake.wait_for(lambda: len(received("D0CONTRACT")) > before)
            return received("D0CONTRACT")[before]

        try:
            yield say
        finally:
            await http.close()
            await listener.stop()
            await web.stop()

    try:
        yield World(settings, "C0NEWS", "C0GONE", received, listen)
    finally:
        await fake.stop()


@asynccontextmanager
async def console_world() -> AsyncIterator[World]:
    out = io.StringIO()

    def received(chat: str) -> list[str]:
        return [part for part in out.getvalue().split("\n\n\n") if part.strip()]

    @asynccontextmanager
    async def listen(chat: ChatService) -> AsyncIterator[Callable[[str], Any]]:
        read_end, write_end = os.pipe()
        stdin, typed = os.fdopen(read_end, encoding="utf-8"), os.fdopen(write_end, "w")
        writer = io.StringIO()
        listener = ConsoleListener(chat, stdin=stdin, stdout=writer)
        await listener.start()

        async def say(text: str) -> str:
            writer.seek(0)
            writer.truncate()
            typed.write(text + "\n")
            typed.flush()
            for _ in range(500):
                if writer.getvalue().strip():
                    break
                await asyncio.sleep(0.01)
            return writer.getvalue()

        try:
            yield say
        finally:
            typed.close()  # end of input: the reading thread finishes
            await listener.stop()
            stdin.close()

    world = World(Settings(), "console", None, received, listen)
    world.sender_stdout = out  # type: ignore[attr-defined]
    yield world


DRIVERS: dict[str, Callable[[], AbstractAsyncContextManager[World]]] = {
    "telegram": telegram_world,
    "slack": slack_world,
    "console": console_world,
}
WITH_GONE_CHATS = ["telegram", "slack"]  # the console cannot lose a chat


def sender_of(name: str, world: World) -> Connection:
    if name == "console":
        return ConsoleSender(world.sender_stdout)  # type: ignore[attr-defined]
    return platform(name).sender(world.settings)


# --- the contract --------------------------------------------------------------------------


def test_every_registered_platform_has_a_driver_and_loads() -> None:
    assert set(DRIVERS) == set(PLATFORMS)
    for name in PLATFORMS:
        plugin = platform(name)
        assert plugin.name == name
        assert plugin.enabled(Settings()) is plugin.fallback


@pytest.mark.parametrize("name", list(DRIVERS))
async def test_a_sender_delivers_and_names_the_messages(name: str) -> None:
    async with DRIVERS[name]() as world:
        sender = sender_of(name, world)
        await sender.open()
        try:
            result = await sender.deliver(world.live_chat, None, NoticeReply(NOTICE))
        finally:
            await sender.close()
        assert result.status == "sent"
        assert result.message_ids and result.message_id == result.message_ids[0]
        assert NOTICE in world.received(world.live_chat)[-1]


@pytest.mark.parametrize("name", list(DRIVERS))
async def test_a_long_reply_arrives_whole_in_order(name: str) -> None:
    async with DRIVERS[name]() as world:
        sender = sender_of(name, world)
        await sender.open()
        try:
            result = await sender.deliver(world.live_chat, None, long_digest())
        finally:
            await sender.close()
        assert result.status == "sent"
        texts = world.received(world.live_chat)
        assert len(result.message_ids) == len(texts) == len(set(result.message_ids))
        assert "Et langt sammendrag" in texts[0]
        joined = "\n".join(texts)
        positions = [joined.find(f"Del {n}") for n in range(40)]
        assert all(p >= 0 for p in positions) and positions == sorted(positions)


@pytest.mark.parametrize("name", WITH_GONE_CHATS)
async def test_a_chat_that_is_gone_is_reported_dead_not_failed(name: str) -> None:
    async with DRIVERS[name]() as world:
        assert world.dead_chat is not None
        sender = sender_of(name, world)
        await sender.open()
        try:
            result = await sender.deliver(world.dead_chat, None, NoticeReply(NOTICE))
        finally:
            await sender.close()
        assert result.status == "dead"
        assert result.reason


@pytest.mark.parametrize("name", list(DRIVERS))
async def test_a_listener_answers_help_topics_and_unknown_commands(name: str) -> None:
    async with DRIVERS[name]() as world, world.listen(make_chat()) as say:
        assert "/digest" in await say("/help")
        assert "Strålevernet har oppdatert beredskapen" in await say("/atom")
        assert "I know no command or topic" in await say("/finnesikke")
