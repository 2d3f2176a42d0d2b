"""Fan-out of the daily digest: thousands of chats due at the same minute, at the platform's limit.

Figures (issue 6):
1. 3,000 Telegram subscriptions due at the same minute, one worker on SQLite, through the
   real adapter (python-telegram-bot with our flood control, TELEGRAM_RATE_PER_SECOND=300) to
   a fake Bot API limited to 300 messages/s: every chat gets its digest once, no 429, time
   against the ideal 3,000 / 300 = 10 s (target at most 1.15 times).
2. The same with two worker processes on PostgreSQL, started together (SKIP LOCKED claims).
   The platform's limit is the bot's, not a process's: each worker gets half of it
   (TELEGRAM_RATE_PER_SECOND=150), as an operator running two workers would set it.
3. Peak memory (VmHWM) of `digestbot serve` with 10,000 subscriptions and 1,000 articles,
   measured after its start-up sweep has delivered all 10,000 digests (target < 200 MB).

The fake Bot API is tests/fakes/telegram_server.py in a process of its own, with an overall
token bucket (300 a second, a second's worth of burst: "short bursts pass"), answering 429
with retry_after beyond it; it counts every message per chat.

The machine's other load counts: on a shared 2-CPU box the single worker is CPU-bound in
python-telegram-bot's HTTP stack (httpx/httpcore), and figures vary from run to run.

Run: .venv/bin/python bench/fanout.py [--subscriptions 3000] [--skip-postgres] [--skip-memory]
     [--stub-sniffio]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiohttp import ClientSession, web  # noqa: E402

from tests.fakes.telegram_server import ApiError, FakeChat, FakeTelegram  # noqa: E402

RATE = 300.0
TARGET_RATIO = 1.15
TARGET_MB = 200.0
DUE = datetime(2026, 11, 26, 7, 30, tzinfo=ZoneInfo("Europe/Oslo"))
POSTGRES = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
CHAT_BASE = 5_000_000_000
WORKER = [sys.executable, __file__, "worker"]
STUB_SNIFFIO = "DIGESTBOT_BENCH_STUB_SNIFFIO"
# Diagnostic: a folder where the fake and each worker write a cProfile of their run
# (fake.prof, worker-<pid>.prof) and their CPU seconds (cpu-*.json).
PROFILE = "DIGESTBOT_BENCH_PROFILE"


def profiled(name: str, run: Callable[[], None]) -> None:
    """Run `run`; with DIGESTBOT_BENCH_PROFILE set, under cProfile, dumped even when it is
    interrupted (the fake ends by SIGTERM), with the process's CPU time beside it."""
    folder = os.environ.get(PROFILE)
    if not folder:
        run()
        return
    import cProfile

    profile = cProfile.Profile()
    cpu = time.process_time()

    def dump(*_: object) -> None:
        profile.disable()
        profile.dump_stats(str(Path(folder) / f"{name}.prof"))
        spent = {"name": name, "cpu": time.process_time() - cpu}
        (Path(folder) / f"cpu-{name}.json").write_text(json.dumps(spent))

    signal.signal(signal.SIGTERM, lambda *_: (dump(), os._exit(0)))
    profile.enable()
    try:
        run()
    finally:
        dump()


# --- the fake Bot API, in its own process ----------------------------------------------------


class BucketTelegram(FakeTelegram):
    """The fake Bot API with an overall token bucket, and every chat id known."""

    def __init__(self, rate: float, **options: Any) -> None:
        super().__init__(**options)
        self.rate = rate
        self.tokens = rate
        self.stamp = time.monotonic()
        self.statuses: Counter[int] = Counter()
        self.per_chat: Counter[int] = Counter()
        self.first = self.last = 0.0
        self.cpu = time.process_time()

    def _chat(self, chat_id: Any) -> FakeChat:
        try:
            number = int(chat_id)
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        if number not in self.chats:
            self.chats[number] = FakeChat(number, "private", "Kari")
        return super()._chat(chat_id)

    def _check_rate(self, chat_id: int) -> None:
        now = time.monotonic()
        self.tokens = min(self.rate, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1.0:
            raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        self.tokens -= 1.0

    def _answer(self, method: str, params: dict[str, Any], outcome: Any) -> web.Response:
        response = super()._answer(method, params, outcome)
        self.calls.clear()  # counted below instead: 13,000 calls need not be kept
        if method == "sendMessage":
            self.statuses[response.status] += 1
            if response.status == 200:
                now = time.time()
                self.first = self.first or now
                self.last = now
                self.per_chat[int(params["chat_id"])] += 1
                self.sent.clear()
        return response

    def _notify(self) -> None:
        return None  # nobody waits on this server; skip the per-request task

    async def stats(self, request: web.Request) -> web.Response:
        counts = Counter(self.per_chat.values())
        return web.json_response(
            {
                "chats": len(self.per_chat),
                "messages": sum(self.per_chat.values()),
                "per_chat": {str(k): v for k, v in counts.items()},
                "statuses": {str(k): v for k, v in self.statuses.items()},
                "first": self.first,
                "last": self.last,
                "cpu": time.process_time() - self.cpu,
            }
        )

    async def reset(self, request: web.Request) -> web.Response:
        self.per_chat.clear()
        self.statuses.clear()
        self.first = self.last = 0.0
        self.cpu = time.process_time()
        self.tokens, self.stamp = self.rate, time.monotonic()
        return web.json_response({"ok": True})

    async def serve(self, port_file: Path) -> None:
        app = web.Application()
        app.router.add_get("/stats", self.stats)
        app.router.add_post("/reset", self.reset)
        app.router.add_route("*", "/bot{token}/{method}", self._dispatch)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        port_file.write_text(str(self.port))
        await asyncio.Event().wait()


def run_fake(port_file: Path, rate: float) -> None:
    profiled("fake", lambda: asyncio.run(BucketTelegram(rate, max_long_poll=1.0).serve(port_file)))


class Fake:
    """The fake server process, seen from the bench."""

    def __init__(self, rate: float, folder: Path) -> None:
        port_file = folder / "fake.port"
        self.process = subprocess.Popen(
            [sys.executable, __file__, "fake", str(port_file), "--rate", str(rate)], cwd=ROOT
        )
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text():
            if time.monotonic() > deadline:
                raise RuntimeError("the fake Bot API did not start")
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{int(port_file.read_text())}"
        self.token = FakeTelegram().token

    @property
    def base_url(self) -> str:
        return f"{self.url}/bot"

    def call(self, method: str, path: str) -> dict[str, Any]:
        async def go() -> dict[str, Any]:
            async with ClientSession() as session, session.request(method, self.url + path) as r:
                data: dict[str, Any] = await r.json()
                return data

        return asyncio.run(go())

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


# --- the database: articles and subscriptions -------------------------------------------------


def prepare(
    url: str, subscriptions: int, *, articles: int = 1, at: str = "07:30", due: datetime = DUE
) -> None:
    """Migrate, store articles, and subscribe `subscriptions` Telegram chats at `at`."""
    from sqlalchemy import insert

    from bot.core.parse import parse_document
    from bot.delivery.tables import SubscriptionRow
    from bot.store.db import make_engine, migrate
    from bot.store.sql import SqlArticleStore
    from tests.fixtures.delivery_articles import ARTICLES

    engine = make_engine(url)
    migrate(engine)
    store = SqlArticleStore(engine)
    texts = list(ARTICLES.values())
    for number in range(articles):
        text = texts[number % len(texts)] + f"\n\nOppdatering nummer {number} fra redaksjonen.\n"
        store.add(parse_document(text, kind="markdown", source=f"artikkel-{number}.md"))
    # Made half a day before they are due: yesterday's time was before they existed.
    created = due.astimezone(UTC) - timedelta(hours=12)
    rows = [
        {
            "platform": "telegram",
            "chat_id": str(CHAT_BASE + n),
            "thread_id": "",
            "time": at,
            "timezone": "Europe/Oslo",
            "topics": [],
            "active": True,
            "created_at": created,
            "updated_at": created,
        }
        for n in range(subscriptions)
    ]
    with engine.begin() as connection:
        for start in range(0, len(rows), 1000):
            connection.execute(insert(SubscriptionRow), rows[start : start + 1000])
    engine.dispose()


def fresh_postgres() -> tuple[str, str]:
    """Create an empty schema on the test server; return its URL and name."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from bot.store.db import normalise_url

    schema = f"digestbot_bench_{os.getpid()}"
    admin = create_engine(normalise_url(POSTGRES))
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    url = make_url(POSTGRES).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), schema


def drop_postgres(schema: str) -> None:
    from sqlalchemy import create_engine, text

    from bot.store.db import normalise_url

    admin = create_engine(normalise_url(POSTGRES))
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


# --- a delivery worker: the real adapter and the real delivery -------------------------------


async def work(
    url: str,
    fake_url: str,
    rate: float,
    start_when: Path | None,
    concurrency: int | None,
    *,
    shared: bool = False,
    redis_url: str | None = None,
) -> dict[str, Any]:
    """Deliver what is due through the real adapter; with `shared`, the bot's rate and each
    chat's are shared with the other workers (PostgreSQL, or Redis with `redis_url`), as
    `serve --role worker` and `deliver` share them."""
    from bot.bootstrap import (
        build_chat,
        build_delivery,
        build_listeners,
        open_shared,
        settle,
        share,
    )
    from bot.delivery.engine import DEFAULT_CONCURRENCY
    from bot.settings import Settings
    from bot.store.db import make_engine
    from bot.store.sql import SqlArticleStore

    engine = make_engine(url)
    store = SqlArticleStore(engine)
    settings = Settings(
        telegram_bot_token=FakeTelegram().token,
        telegram_api_base_url=f"{fake_url}/bot",
        telegram_rate_per_second=rate,
        misfire_hours=6,
        digest_max_articles=5,
        redis_url=redis_url,
    )
    library, chat = await asyncio.to_thread(build_chat, settings, store)
    (adapter,) = build_listeners(settings, chat, None)
    await adapter.start()
    common = open_shared(settings, store) if shared else None
    if shared and common is None:
        raise RuntimeError("a shared rate needs PostgreSQL or Redis")
    share(common, [adapter])
    delivery = build_delivery(
        settings,
        store,
        library,
        {"telegram": adapter},
        concurrency=concurrency or DEFAULT_CONCURRENCY,
    )
    settle()  # as `serve` and `deliver` do once they are built
    if start_when is not None:
        Path(f"{start_when}.ready.{os.getpid()}").touch()
        while not start_when.exists():
            await asyncio.sleep(0.002)
    started, cpu = time.time(), time.process_time()
    report = await delivery.run(DUE)
    finished, cpu = time.time(), time.process_time() - cpu
    await adapter.stop()
    if common is not None and common.close is not None:
        await common.close()
    engine.dispose()
    return {"started": started, "finished": finished, "cpu": cpu, "report": report.summary()}


def run_worker(args: argparse.Namespace) -> None:
    start_when = Path(args.start_when) if args.start_when else None
    if os.environ.get(STUB_SNIFFIO):
        # Diagnostic only: httpcore imports sniffio on every request; when it is not
        # installed, each request walks sys.path for it. This shows what that costs.
        sys.modules["sniffio"] = None  # type: ignore[assignment]
    results: list[dict[str, Any]] = []

    def run() -> None:
        coroutine = work(
            args.url,
            args.fake_url,
            args.rate,
            start_when,
            args.concurrency,
            shared=args.shared,
            redis_url=args.redis,
        )
        results.append(asyncio.run(coroutine))

    profiled(f"worker-{os.getpid()}", run)
    print(json.dumps(results[0]), flush=True)


# --- the scenarios -----------------------------------------------------------------------------


def fan_out(
    fake: Fake,
    url: str,
    workers: int,
    rate: float,
    folder: Path,
    options: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Deliver with `workers` processes started together; return the fake's and their figures."""
    fake.call("POST", "/reset")
    go = folder / f"go-{workers}-{time.monotonic_ns()}"
    processes = [
        subprocess.Popen(
            [*WORKER, url, fake.url, "--rate", str(rate), "--start-when", str(go), *options],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(workers)
    ]
    deadline = time.monotonic() + 120
    while len(list(folder.glob(f"{go.name}.ready.*"))) < workers:
        if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
            raise RuntimeError("a worker did not start")
        time.sleep(0.01)
    database = postgres_cpu()
    go.touch()
    results = [
        json.loads(p.communicate(timeout=600)[0].strip().splitlines()[-1]) for p in processes
    ]
    stats = fake.call("GET", "/stats")
    seconds = max(r["finished"] for r in results) - min(r["started"] for r in results)
    cpu = {
        "workers": sum(r["cpu"] for r in results),
        "fake": stats["cpu"],
        "postgres": postgres_cpu() - database,
    }
    return {"seconds": seconds, "stats": stats, "workers": results, "cpu": cpu}


def postgres_cpu() -> float:
    """CPU seconds of the local PostgreSQL server's processes so far, ended backends included
    (the postmaster reaps them), or 0 where /proc does not show them. Every client's work
    counts, this bench's and whatever else uses the server meanwhile."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, fields = text[text.find("(") + 1 : text.rfind(")")], text[text.rfind(")") + 2 :]
        if name != "postgres":
            continue
        values = fields.split()
        total += sum(int(v) for v in values[11:15])  # utime stime cutime cstime
    return total / os.sysconf("SC_CLK_TCK")


def show_fan_out(title: str, subscriptions: int, figures: dict[str, Any]) -> bool:
    stats = figures["stats"]
    ideal = subscriptions / RATE
    ratio = figures["seconds"] / ideal
    once = stats["chats"] == subscriptions and stats["per_chat"] == {"1": subscriptions}
    flooded = stats["statuses"].get("429", 0)
    ok = once and not flooded and ratio <= TARGET_RATIO
    print(f"\n{title}")
    print(f"  chats with a digest     {stats['chats']:>8} of {subscriptions}")
    print(f"  digests per chat        {stats['per_chat']}")
    print(f"  HTTP statuses           {stats['statuses']}")
    print(f"  time                    {figures['seconds']:8.2f} s   (ideal {ideal:.1f} s)")
    print(f"  ratio to ideal          {ratio:8.3f}     (target <= {TARGET_RATIO})")
    start = min(w["started"] for w in figures["workers"])
    end = max(w["finished"] for w in figures["workers"])
    print(
        f"  first to last message   {stats['last'] - stats['first']:8.2f} s   (the first "
        f"{stats['first'] - start:.2f} s after the start, the end {end - stats['last']:.2f} s "
        "after the last)"
    )
    cpu = figures["cpu"]
    per = {k: 1000 * v / max(stats["messages"], 1) for k, v in cpu.items()}
    print(
        f"  CPU per digest          workers {per['workers']:.2f} ms, fake Bot API "
        f"{per['fake']:.2f} ms, PostgreSQL {per['postgres']:.2f} ms (whole server)"
    )
    for number, worker in enumerate(figures["workers"], start=1):
        print(f"  worker {number}: {worker['report']}")
    print(f"  {'PASS' if ok else 'FAIL'}")
    return ok


def memory(fake: Fake, folder: Path, subscriptions: int, articles: int) -> bool:
    """Run `digestbot serve` on 10,000 due subscriptions; report its peak RSS."""
    fake.call("POST", "/reset")
    database = folder / "memory.sqlite3"
    url = f"sqlite:///{database}"
    due = datetime.now(ZoneInfo("Europe/Oslo")) - timedelta(minutes=2)
    prepare(url, subscriptions, articles=articles, at=f"{due:%H:%M}", due=due)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_"))}
    env.update(
        DATABASE_URL=url,
        TELEGRAM_BOT_TOKEN=fake.token,
        TELEGRAM_API_BASE_URL=fake.base_url,
        TELEGRAM_RATE_PER_SECOND=str(RATE),
        PORT="0",
        PYTHONPATH=str(ROOT),
        HOME=str(folder),
    )
    started = time.monotonic()
    serve = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    delivered = 0
    try:
        deadline = time.monotonic() + 300
        while delivered < subscriptions and time.monotonic() < deadline:
            if serve.poll() is not None:
                raise RuntimeError(f"serve exited: {serve.stderr.read() if serve.stderr else ''}")
            time.sleep(1.0)
            delivered = fake.call("GET", "/stats")["chats"]
        peak = _peak_rss_mb(serve.pid)
    finally:
        serve.send_signal(signal.SIGTERM)
        serve.wait(timeout=30)
    seconds = time.monotonic() - started
    ok = delivered == subscriptions and peak < TARGET_MB
    print(f"\n3. `digestbot serve`, {subscriptions:,} subscriptions and {articles:,} articles")
    print(f"  digests delivered       {delivered:>8} of {subscriptions}   ({seconds:.0f} s in all)")
    print(f"  peak RSS (VmHWM)        {peak:8.1f} MB   (target < {TARGET_MB:.0f} MB)")
    print(f"  {'PASS' if ok else 'FAIL'}")
    return ok


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command")
    fake = commands.add_parser("fake")
    fake.add_argument("port_file")
    fake.add_argument("--rate", type=float, default=RATE)
    worker = commands.add_parser("worker")
    worker.add_argument("url")
    worker.add_argument("fake_url")
    worker.add_argument("--rate", type=float, default=RATE)
    worker.add_argument("--start-when", default=None)
    worker.add_argument("--concurrency", type=int, default=None)
    worker.add_argument("--shared", action="store_true", help="share the rate (PostgreSQL)")
    worker.add_argument("--redis", default=None, help="share the rate through this Redis")
    parser.add_argument("--subscriptions", type=int, default=3000)
    parser.add_argument("--memory-subscriptions", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument(
        "--stub-sniffio",
        action="store_true",
        help="diagnostic: workers skip httpcore's per-request search for the absent sniffio",
    )
    args = parser.parse_args()
    if args.stub_sniffio:
        os.environ[STUB_SNIFFIO] = "1"
        print("(workers run with the sniffio stub: a diagnostic, not the shipped setup)")
    if args.command == "fake":
        run_fake(Path(args.port_file), args.rate)
        return 0
    if args.command == "worker":
        run_worker(args)
        return 0

    results = []
    with tempfile.TemporaryDirectory(prefix="digestbot-fanout-") as tmp:
        folder = Path(tmp)
        server = Fake(RATE, folder)
        try:
            url = f"sqlite:///{folder / 'one.sqlite3'}"
            prepare(url, args.subscriptions)
            figures = fan_out(server, url, 1, RATE, folder)
            title = (
                f"1. {args.subscriptions:,} Telegram chats due at one minute, one worker, SQLite"
            )
            results.append(show_fan_out(title, args.subscriptions, figures))
            if not args.skip_postgres:
                pg_url, schema = fresh_postgres()
                try:
                    prepare(pg_url, args.subscriptions)
                    figures = fan_out(server, pg_url, 2, RATE / 2, folder)
                    title = (
                        f"2. {args.subscriptions:,} Telegram chats due at one minute, two workers "
                        f"(each {RATE / 2:g}/s), PostgreSQL"
                    )
                    results.append(show_fan_out(title, args.subscriptions, figures))
                finally:
                    drop_postgres(schema)
            if not args.skip_memory:
                results.append(memory(server, folder, args.memory_subscriptions, args.articles))
        finally:
            server.stop()
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
