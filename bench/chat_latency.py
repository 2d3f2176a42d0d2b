"""Chat command latency with 1,000 stored articles: parse, look up, render, in-process.

Target (issue 3): at most 5 ms at the 99th percentile for every command; /topics and
/search use the library's index, not a scan of every article's text.

Run: .venv/bin/python bench/chat_latency.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.bootstrap import build_chat  # noqa: E402
from bot.chat.replies import ChatContext  # noqa: E402
from bot.core.lexicon import lexicon  # noqa: E402
from bot.core.parse import parse_text  # noqa: E402
from bot.platforms.console.renderer import render  # noqa: E402
from bot.settings import Settings  # noqa: E402

N_ARTICLES = 1000
COMMANDS = [
    "/help",
    "/topics",
    "/digest",
    "/atom",
    "/ovelse",
    "/øvelse",
    "/search Steadfast Noon",
    "/search regjeringen skole",
    "/foo",
]
ROUNDS = 200


def articles() -> list[str]:
    """1,000 distinct Norwegian articles: NorSumm dev bodies, each with a line of its own."""
    items = json.loads((ROOT / "bench" / "data" / "NorSumm_dev.json").read_text(encoding="utf-8"))
    bodies = [item["article"].partition(" | ")[2] or item["article"] for item in items]
    seed = (ROOT / "tests" / "fixtures" / "chat_nato.txt").read_text(encoding="utf-8")
    bodies.append(seed)
    return [
        f"{bodies[i % len(bodies)].replace(' | ', chr(10) * 2)}\n\nArtikkel nummer {i} i arkivet."
        for i in range(N_ARTICLES)
    ]


def main() -> None:
    from bot.store.sql import open_store

    lexicon("nb").preload()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"sqlite:///{folder}/bench.sqlite3")
        start = time.perf_counter()
        for i, text in enumerate(articles()):
            store.add(parse_text(text, source=f"archive/{i}.txt", language="nb"))
        stored = time.perf_counter() - start
        start = time.perf_counter()
        _, chat = build_chat(Settings(), store)
        indexed = time.perf_counter() - start
        ctx = ChatContext("console", "bench")
        print(f"{N_ARTICLES} articles: stored in {stored:.1f} s, indexed in {indexed:.1f} s")
        print(f"{'command':<28}{'median ms':>10}{'p99 ms':>10}")
        worst = 0.0
        for command in COMMANDS:
            timings = []
            for _ in range(ROUNDS):
                t0 = time.perf_counter()
                render(chat.handle(command, ctx))
                timings.append((time.perf_counter() - t0) * 1000)
            timings.sort()
            p99 = timings[int(len(timings) * 0.99) - 1]
            worst = max(worst, p99)
            print(f"{command:<28}{statistics.median(timings):10.2f}{p99:10.2f}")
        print(f"worst p99: {worst:.2f} ms (target <= 5 ms)")
        store.close()


if __name__ == "__main__":
    main()
