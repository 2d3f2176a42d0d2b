"""The bot's rate shared by several workers: 10,000 daily digests due at the same minute.

A fake Bot API limited to 300 messages/s (tests/fakes/telegram_server.py in a process of
its own, an overall token bucket with a second's worth of burst, 429 with retry_after
beyond it). Every worker runs with TELEGRAM_RATE_PER_SECOND=300, the whole bot's rate, and
shares it, with each chat's own limit, as `serve --role worker` and `deliver` do:

1. one worker on PostgreSQL (the figures the others stand beside);
2. three workers on PostgreSQL, the rate in the table `send_pace`;
3. three workers on PostgreSQL, the rate in Redis (REDIS_URL).

Each must deliver every chat's digest once, get no 429, and take at most 1.15 times the
ideal 10,000 / 300 = 33.3 s (the bot's shared lane spaces sends exactly 1/300 s apart).
The workers start together once all are ready; the time runs from the first worker's
start to the last one's end. Beside each run: the CPU a digest cost the workers, the fake
Bot API and the PostgreSQL server (every session on it), when the first message went out
and how long after the last one the workers ended.

The machine's other load counts: figures vary from run to run on a shared 2-CPU box, where
the five processes (three workers, the fake, PostgreSQL) need about 5 ms of CPU a digest.
DIGESTBOT_BENCH_PROFILE=folder writes a cProfile of the fake and of each worker there.

With --unshared a first run shows the machine's own ceiling at that moment: the same
workers each pacing alone at 300/N a second, with nothing shared.

Run: .venv/bin/python bench/shared_rate.py [--subscriptions 10000] [--workers 3]
     [--redis redis://127.0.0.1:6379/0] [--skip-one] [--skip-redis] [--unshared]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import fanout  # noqa: E402

REDIS = "redis://127.0.0.1:6379/0"


def scenario(
    server: fanout.Fake,
    subscriptions: int,
    workers: int,
    folder: Path,
    options: tuple[str, ...],
) -> dict[str, Any]:
    """A fresh schema with `subscriptions` due chats, delivered by `workers` processes.

    Sharing, each worker keeps to the whole rate; alone, each to its share of it.
    """
    rate = fanout.RATE if "--shared" in options else fanout.RATE / workers
    url, schema = fanout.fresh_postgres()
    try:
        fanout.prepare(url, subscriptions)
        return fanout.fan_out(server, url, workers, rate, folder, options)
    finally:
        fanout.drop_postgres(schema)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--redis", default=REDIS)
    parser.add_argument("--skip-one", action="store_true", help="skip the one-worker run")
    parser.add_argument("--skip-redis", action="store_true")
    parser.add_argument(
        "--unshared",
        action="store_true",
        help="diagnostic, first: the workers each pacing alone at rate/N (no sharing), the "
        "machine's own ceiling",
    )
    args = parser.parse_args()
    count, rate = args.subscriptions, fanout.RATE
    runs: list[tuple[str, int, tuple[str, ...]]] = []
    if args.unshared:
        share = f"{rate / args.workers:g}"
        runs.append((f"{args.workers} workers, each alone at {share}/s", args.workers, ()))
    if not args.skip_one:
        runs.append(("one worker, PostgreSQL", 1, ("--shared",)))
    runs.append((f"{args.workers} workers, PostgreSQL (send_pace)", args.workers, ("--shared",)))
    if not args.skip_redis:
        redis = ("--shared", "--redis", args.redis)
        runs.append(
            (f"{args.workers} workers, PostgreSQL + Redis (REDIS_URL)", args.workers, redis)
        )

    results: list[tuple[str, dict[str, Any]]] = []
    ok = []
    with tempfile.TemporaryDirectory(prefix="digestbot-shared-rate-") as tmp:
        folder = Path(tmp)
        server = fanout.Fake(rate, folder)
        try:
            for number, (name, workers, options) in enumerate(runs, start=1):
                figures = scenario(server, count, workers, folder, options)
                title = (
                    f"{number}. {count:,} Telegram chats due at one minute, {name}, "
                    f"TELEGRAM_RATE_PER_SECOND={rate:g} shared"
                )
                ok.append(fanout.show_fan_out(title, count, figures))
                results.append((name, figures))
        finally:
            server.stop()

    ideal = count / rate
    print(f"\nSide by side (ideal {ideal:.1f} s, target <= {ideal * fanout.TARGET_RATIO:.1f} s)")
    print(f"  {'run':<48} {'time':>8} {'ratio':>7} {'429':>5} {'chats once':>11}")
    for name, figures in results:
        stats = figures["stats"]
        once = stats["per_chat"] == {"1": count}
        print(
            f"  {name:<48} {figures['seconds']:7.2f}s {figures['seconds'] / ideal:7.3f} "
            f"{stats['statuses'].get('429', 0):>5} {'yes' if once else 'NO':>11}"
        )
    return 0 if all(ok) else 1


if __name__ == "__main__":
    raise SystemExit(main())
