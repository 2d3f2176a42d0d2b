"""Telegram latency: from an update to its answer, our bot beside a bare PTB echo bot.

Both bots are the real python-telegram-bot, long-polling the same kind of fake Bot API
server (tests/fakes/telegram_server.py) in the same run. Our bot answers topic commands
from the real chat service; the echo bot sends the text back. Requests are paced under
Telegram's limits (about 25/s, each chat at most every 2 s) so that flood control, which
is correct behaviour, is not what gets measured.

Target (issue 4): our median at most 1.5 times the echo bot's median.

Run: .venv/bin/python bench/telegram_latency.py [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters  # noqa: E402

from bot.bootstrap import build_chat, build_listeners  # noqa: E402
from bot.core.parse import parse_text  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store.memory import InMemoryArticleStore  # noqa: E402
from tests.fakes.telegram_server import FakeTelegram  # noqa: E402

ARTICLES = (
    """Atomtrusselen øker i Europa

Russland har flere ganger antydet at atomvåpen kan bli brukt i krigen i Ukraina. Eksperter \
mener atomtrusselen er den største siden den kalde krigen. Atomtrusselen preger debatten.

Atomvåpen i beredskap

Regjeringen sier at atomtrusselen tas på alvor. Strålevernet har oppdatert beredskapen mot \
atomulykker. Mange har kjøpt jodtabletter etter at atomtrusselen økte.
""",
    """Militærøvelser i nord

NATO holder store militærøvelser i Nord-Norge denne vinteren. Over 20 000 soldater deltar i \
øvelsen. Russland følger øvelsen med interesse.

Øvelsen i kulda

Soldatene øver i krevende forhold med kulde og snø. Øvelsen skal vise at alliansen kan \
forsvare Norge. Neste øvelse holdes om to år.
""",
)
COMMANDS = ("/atom", "/ovelse", "/øvelse", "/topics")
CHATS = tuple(range(10_001, 10_051))
GAP = 0.04  # seconds between requests: 25/s overall, each of 50 chats every 2 s
WARM_UP = 10


async def measure(server: FakeTelegram, rounds: int) -> list[float]:
    """Send `rounds` commands one at a time; return seconds from update to first answer."""
    latencies: list[float] = []
    for index in range(rounds + WARM_UP):
        chat = CHATS[index % len(CHATS)]
        before = len(server.sent)
        queued = time.time()
        server.message(chat, COMMANDS[index % len(COMMANDS)])
        await server.wait_for(lambda before=before: len(server.sent) > before, timeout=10)
        if index >= WARM_UP:
            latencies.append(server.sent[before].sent_at - queued)
        await asyncio.sleep(GAP)
    return latencies


async def run_echo(server: FakeTelegram, rounds: int) -> list[float]:
    """Time a bare python-telegram-bot echo bot."""

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None and message.text is not None
        await context.bot.send_message(message.chat_id, message.text)

    app = ApplicationBuilder().token(server.token).base_url(server.base_url).job_queue(None).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(timeout=10)
    try:
        return await measure(server, rounds)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


async def run_ours(server: FakeTelegram, rounds: int) -> list[float]:
    """Time our adapter answering from the real chat service."""
    store = InMemoryArticleStore()
    for number, text in enumerate(ARTICLES):
        store.add(parse_text(text, source=f"artikkel-{number}.txt"))
    settings = Settings(telegram_bot_token=server.token, telegram_api_base_url=server.base_url)
    _, chat = build_chat(settings, store)
    (adapter,) = build_listeners(settings, chat, None)
    await adapter.start()
    try:
        return await measure(server, rounds)
    finally:
        await adapter.stop()


async def timed(
    runner: Callable[[FakeTelegram, int], Awaitable[list[float]]], rounds: int
) -> list[float]:
    async with FakeTelegram() as server:
        for chat in CHATS:
            server.private_chat(chat)
        return await runner(server, rounds)


def summary(latencies: list[float]) -> tuple[float, float]:
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p99 * 1000


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200, help="measured requests per bot")
    rounds = parser.parse_args().rounds
    logging.basicConfig(level=logging.WARNING)
    # Alternate the two bots in quarters so that a noisy moment hurts both alike.
    echo: list[float] = []
    ours: list[float] = []
    for _ in range(4):
        echo += await timed(run_echo, rounds // 4)
        ours += await timed(run_ours, rounds // 4)
    echo_median, echo_p99 = summary(echo)
    ours_median, ours_p99 = summary(ours)
    ratio = ours_median / echo_median
    print(f"update → answer, {len(ours)} requests each, through the fake Bot API server")
    print(f"{'bot':<10}{'median ms':>12}{'p99 ms':>10}")
    print(f"{'echo':<10}{echo_median:>12.2f}{echo_p99:>10.2f}")
    print(f"{'digestbot':<10}{ours_median:>12.2f}{ours_p99:>10.2f}")
    verdict = "met" if ratio <= 1.5 else "MISSED"
    print(f"ratio of medians: {ratio:.2f}× (target ≤ 1.5×: {verdict})")


if __name__ == "__main__":
    asyncio.run(main())
