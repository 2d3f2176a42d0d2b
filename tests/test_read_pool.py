"""Chat reads never wait behind database writes, and a blocked write says "busy" at once.

Another connection holds the write lock (SQLite `BEGIN IMMEDIATE`/`EXCLUSIVE`, PostgreSQL
`LOCK TABLE ... IN EXCLUSIVE MODE`, which still lets plain reads through) for as long as the
test wants: `/help` and `/digest` must be answered while it is held, `/subscribe` must answer
"busy", and once the lock goes nothing is lost and `/subscribe` works again.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from bot.chat.commands import parse_command
from bot.chat.replies import DigestReply, HelpReply, NoticeReply, Reply
from bot.store.db import in_transaction, utcnow
from bot.store.errors import StoreBusy
from bot.store.tables import SourceRow
from bot.store.waits import interactive_writes
from tests.fakes.slack_server import FakeSlack
from tests.fixtures.delivery_fakes import World, in_chat, make_world, oslo
from tests.test_slack import TOKEN, start_harness, stop_harness

HELD_ROW = (
    "INSERT INTO sources (kind, location, created_at, failures) "
    "VALUES ('page', 'https://held.example/', {now}, 0)"
)
# Generous: a read held behind the lock would wait until the test lets the lock go.
PROMPT = 10.0


@pytest.fixture
def world(db_engine: Engine) -> World:
    world = make_world(db_engine, oslo("2026-11-25 09:00"))
    world.add_article("atom")
    return world


@contextmanager
def write_lock(engine: Engine, mode: str = "IMMEDIATE") -> Iterator[None]:
    """Hold the database's write lock in a connection of its own until the block ends."""
    if engine.dialect.name == "sqlite":
        holder = sqlite3.connect(make_url(engine.url).database or "", isolation_level=None)
        holder.execute(f"BEGIN {mode}")
        holder.execute(HELD_ROW.format(now="'2026-11-25 08:00:00'"))
        try:
            yield
        finally:
            holder.commit()
            holder.close()
        return
    with engine.connect() as holder:
        transaction = holder.begin()
        # Both modes block every writer of the tables and let plain reads through.
        pg_mode = {"IMMEDIATE": "SHARE ROW EXCLUSIVE", "EXCLUSIVE": "EXCLUSIVE"}[mode]
        tables = "subscriptions, chat_settings, sources"
        holder.execute(text(f"LOCK TABLE {tables} IN {pg_mode} MODE"))
        holder.execute(text(HELD_ROW.format(now="now()")))
        try:
            yield
        finally:
            transaction.commit()


class NoAdmins:
    async def is_admin(self, ctx: object) -> bool:
        return False


async def ask(world: World, command: str, chat: str) -> Reply:
    answer = world.chat.answer(parse_command(command), in_chat(chat), NoAdmins())
    return await asyncio.wait_for(answer, PROMPT)


@pytest.mark.parametrize("mode", ["IMMEDIATE", "EXCLUSIVE"])
async def test_reads_answer_and_writes_say_busy_while_the_lock_is_held(
    world: World, mode: str
) -> None:
    with write_lock(world.engine, mode):
        writes = [ask(world, "/subscribe 07:30 atom", f"{n}") for n in range(12)]
        reads = [ask(world, "/help", "100"), ask(world, "/digest", "101")]
        *busy, help_reply, digest = await asyncio.gather(*writes, *reads)
        # All answered while the lock is still held: nobody waited for it to go.
        assert isinstance(help_reply, HelpReply)
        assert isinstance(digest, DigestReply) and digest.items
        for reply in busy:
            assert isinstance(reply, NoticeReply) and reply.kind == "error"
            assert "busy" in reply.text and "try again" in reply.text
        assert world.repository.find(world.service_chat(in_chat("0"))) is None
    # The lock is gone: what its holder wrote is there, and /subscribe works again.
    assert world.store.get_source("https://held.example/") is not None
    answer = world.say("/subscribe 07:30 atom", in_chat("0"))
    assert "Subscribed" in answer
    assert "07:30" in world.say("/subscriptions", in_chat("0"))


def test_a_chat_write_gives_up_but_the_schedulers_write_waits(world: World) -> None:
    def add(session: Session) -> None:
        session.add(SourceRow(kind="page", location="https://mine.example/", created_at=utcnow()))

    with write_lock(world.engine), interactive_writes(0.5), pytest.raises(StoreBusy):
        in_transaction(world.engine, add, write=True)
    # Without a deadline (the scheduler, the CLI) the same write simply goes through later.
    in_transaction(world.engine, add, write=True)
    assert world.store.get_source("https://mine.example/") is not None


async def test_in_slack_help_is_answered_and_subscribe_says_busy_under_the_lock(
    world: World,
) -> None:
    fake = FakeSlack(token=TOKEN)
    await fake.start()
    harness = await start_harness(fake, world.chat)
    try:
        with write_lock(world.engine):
            await harness.slash("subscribe 07:30 atom", channel="D0MEMBER")
            await harness.slash("help", channel="D0MEMBER")
            await harness.slash("", channel="D0MEMBER")
            # Answered while the lock is still held.
            answers = await harness.answers(3, timeout=PROMPT)
            texts = [a.text for a in answers]
            assert any("busy" in t and "try again" in t for t in texts)
            assert any("`/digest timezone AREA/CITY`" in t for t in texts)  # the help
            assert any("Beredskap ved atomulykker" in t for t in texts)  # the digest
            assert len({a.text for a in answers}) == 3
        await harness.slash("subscribe 07:30 atom", channel="D0MEMBER")
        answers = await harness.answers(4, timeout=PROMPT)
        assert "Subscribed" in answers[-1].text
    finally:
        await stop_harness(harness)
        await fake.stop()
