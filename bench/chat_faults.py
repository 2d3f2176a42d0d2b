"""Chat under faults: a held SQLite write lock, hostile Slack requests, 40 /digest at once.

Prints (1) how long `/help`, `/digest` and `/subscribe` take while another connection holds
the write lock for HOLD seconds, (2) the status codes and log bytes of 200 unsigned malformed
Slack requests, and (3) how long 40 simultaneous `/digest` in one channel take to be answered
at SLACK_RATE_PER_SECOND=1.

Run: .venv/bin/python bench/chat_faults.py [HOLD_SECONDS]
"""

from __future__ import annotations

import asyncio
import io
import logging
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.bootstrap import build_chat, build_subscriptions  # noqa: E402
from bot.chat.commands import parse_command  # noqa: E402
from bot.chat.library import Library  # noqa: E402
from bot.chat.replies import ChatContext, Reply  # noqa: E402
from bot.chat.service import ChatService  # noqa: E402
from bot.core.parse import parse_text  # noqa: E402
from bot.delivery.subscriptions import SubscriptionService  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store.sql import open_store  # noqa: E402
from tests.fakes.slack_server import FakeSlack  # noqa: E402
from tests.test_slack import TOKEN, start_harness, stop_harness  # noqa: E402


class Operator:
    async def is_admin(self, ctx: ChatContext) -> bool:
        return True


ARTICLE = "Atom i nord\n\nAtomtrusselen er tilbake. Forskere mener risikoen er lav.\n"


async def under_lock(hold: float, writers: int = 10) -> None:
    path = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    store = open_store(f"sqlite:///{path}")
    store.add(parse_text(ARTICLE, source="a.txt", language="nb"))
    subscriptions = SubscriptionService(build_subscriptions(Settings(), store))
    _, chat = build_chat(Settings(), store, subscriptions)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    asyncio.get_running_loop().call_later(hold, holder.rollback)

    async def timed(text: str, n: int) -> tuple[str, float, Reply]:
        started = time.monotonic()
        ctx = ChatContext("telegram", f"chat{n}", chat_kind="private")
        reply = await chat.answer(parse_command(text), ctx, Operator())
        return text, time.monotonic() - started, reply

    jobs = [timed("/subscribe 07:30", n) for n in range(writers)]
    results = await asyncio.gather(*jobs, timed("/help", 900), timed("/digest", 901))
    print(f"write lock held {hold:.0f} s by another connection, {writers} /subscribe at once:")
    for command in ("/help", "/digest", "/subscribe 07:30"):
        took = max(r[1] for r in results if r[0] == command)
        print(f"  {command:<17} answered after {took:5.2f} s")
    busy = sum("busy" in str(getattr(r[2], "text", "")) for r in results)
    print(f"  'busy, try again' answers: {busy} of {writers}")
    store.close()


async def hostile_slack() -> None:
    fake = FakeSlack(token=TOKEN)
    await fake.start()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    harness = await start_harness(fake, ChatService(Library(_memory_store())))
    bodies = [b"{x", b"[1, 2, 3]", b"[" * 20_000 + b"]" * 20_000]
    statuses: Counter[int] = Counter()
    try:
        for number in range(200):
            headers = {"Content-Type": "application/json"}
            body = bodies[number % len(bodies)]
            async with harness.http.post(harness.url, data=body, headers=headers) as response:
                statuses[response.status] += 1
    finally:
        await stop_harness(harness)
        await fake.stop()
        logging.getLogger().removeHandler(handler)
    log = stream.getvalue()
    print(
        f"200 unsigned malformed Slack requests: statuses {dict(statuses)}, "
        f"log {len(log.encode()) / 1024:.1f} KB in {log.count(chr(10))} lines, "
        f"tracebacks {log.count('Traceback')}"
    )


async def forty_digests() -> None:
    fake = FakeSlack(token=TOKEN)
    await fake.start()
    harness = await start_harness(
        fake, ChatService(Library(_memory_store())), slack_rate_per_second=1.0
    )
    try:
        started = time.monotonic()
        await asyncio.gather(*(harness.slash("") for _ in range(40)))
        await fake.wait_for(lambda: len(fake.messages) >= 40, timeout=120)
        took = time.monotonic() - started
    finally:
        await stop_harness(harness)
        await fake.stop()
    print(f"40 simultaneous /digest in one channel at 1 message/s: all answered in {took:.2f} s")


def _memory_store() -> object:
    from bot.store.memory import InMemoryArticleStore

    store = InMemoryArticleStore()
    store.add(parse_text(ARTICLE, source="a.txt", language="nb"))
    return store


async def main() -> None:
    hold = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
    logging.disable(logging.WARNING)  # the lock's "busy" warnings are not the point here
    await under_lock(hold)
    logging.disable(logging.NOTSET)
    await hostile_slack()
    await forty_digests()


if __name__ == "__main__":
    asyncio.run(main())
