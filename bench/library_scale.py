"""The library at scale on PostgreSQL: 10,000 chats with 5 sources each out of 2,000 feeds,
100,000 stored articles (issue 12, item 4). Not a unit test.

Figures, for the library served from the database (bot.library.stored) and, in the same
run, today's in-memory library (bot.chat.library.Library, which re-analyses the newest
5,000 articles at start and sees no older one):
1. `serve`'s library ready time: from a new process to a chat that answers (build_app);
2. resident memory after start and peak after the commands (VmRSS, VmHWM);
3. `/topics` then a topic from it, for random chats: p50 and p99 of each;
4. one poll round of the 2,000 feeds from a local fake feed server (eight loopback
   addresses, allowed through DIGESTBOT_FETCH_ALLOW), each feed listing its ten newest
   stored articles and one new full-text entry: claimed, fetched (a few at once per host),
   deduplicated, linked and the new ones analysed.

The database is a scratch schema in POSTGRES (dropped at the end). Seeding writes rows
directly (COPY): the 100,000 articles are made from a few hundred generated texts, each
analysed once, so seeding does not take the hours 100,000 analyses would.

Run: .venv/bin/python bench/library_scale.py [--chats 10000] [--feeds 2000]
     [--articles 100000] [--commands 600] [--skip-memory] [--poll-workers 1]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

POSTGRES = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
HOSTS = [f"127.0.0.{n}" for n in range(1, 9)]
TEMPLATES = 300
FEED_ITEMS = 10
NOW = datetime.now(UTC)

THEMES = [
    "ferry",
    "harbour",
    "quay",
    "glacier",
    "meltwater",
    "lighthouse",
    "railway",
    "tunnel",
    "bridge",
    "school",
    "teacher",
    "hospital",
    "nurse",
    "election",
    "council",
    "budget",
    "salmon",
    "fishery",
    "forest",
    "wildfire",
    "airport",
    "runway",
    "library",
    "museum",
    "festival",
    "storm",
    "flood",
    "energy",
    "turbine",
    "housing",
    "rent",
    "tram",
    "bicycle",
    "avalanche",
    "reindeer",
    "copper",
    "mine",
    "vaccine",
    "pharmacy",
    "orchestra",
    "stadium",
    "marathon",
    "bakery",
    "harvest",
    "drought",
    "volcano",
    "earthquake",
    "satellite",
    "rocket",
    "submarine",
    "whale",
    "coral",
    "prison",
    "court",
    "judge",
    "union",
]
VERBS = [
    "opened",
    "closed",
    "delayed",
    "welcomed",
    "criticised",
    "inspected",
    "repaired",
    "expanded",
    "measured",
    "funded",
    "planned",
    "cancelled",
    "approved",
    "rejected",
    "studied",
    "described",
]
PLACES = ["Brenndal", "Skarvø", "Nordvik", "Havøy", "Lindås", "Austmark", "Vestfjell", "Solberg"]


# --- generated articles (our own words) -----------------------------------------------


def _template(number: int) -> tuple[str, list[tuple[str | None, list[str]]]]:
    rng = random.Random(number)
    themes = rng.sample(THEMES, 3)
    place = rng.choice(PLACES)
    title = f"{place} {themes[0]} {rng.choice(VERBS)} after a long {themes[1]} debate"
    sections: list[tuple[str | None, list[str]]] = []
    for index, theme in enumerate(themes):
        other = rng.choice([t for t in THEMES if t not in themes])
        verb, verb2 = rng.sample(VERBS, 2)
        paragraphs = [
            f"The {theme} in {place} was {verb} on Monday, and the {theme} committee said "
            f"the {theme} plan would cost more than the {other} plan.",
            f"Residents {verb2} the new {theme} rules. The {theme} board met the {other} "
            f"group twice, and a second {theme} report is due before the summer.",
            f"Critics of the {theme} say the {other} budget was ignored for years.",
        ]
        heading = None if index == 0 else f"The {theme} question"
        sections.append((heading, paragraphs))
    return title, sections


def _analysed_templates() -> list[dict[str, Any]]:
    from bot.chat.ports import StoredArticle
    from bot.core.model import Article, Section
    from bot.library.index import prepare
    from bot.store.rows import sections_to_json

    made = []
    for number in range(TEMPLATES):
        title, parts = _template(number)
        article = Article("bench", title, "en", None, tuple(Section(h, tuple(p)) for h, p in parts))
        prepared = prepare(StoredArticle(0, article, "", NOW))
        made.append(
            {
                "title": title,
                "sections": sections_to_json(article.sections),
                "text": article.text,
                "digest": prepared.digest,
                "passages": json.dumps(prepared.passages),
                "keys": sorted(prepared.keys),
            }
        )
    return made


def _entry_html(feed: int) -> str:
    title, parts = _template(10_000 + feed)
    body = "".join(
        (f"<h2>{h}</h2>" if h else "") + "".join(f"<p>{p} (Feed {feed}.)</p>" for p in ps) * 2
        for h, ps in parts
    )
    return f"<h1>{title}</h1>{body}"


# --- the fake feed server ----------------------------------------------------------------


class FeedServers:
    """One HTTP server on each of eight loopback addresses; feed i lives on HOSTS[i % 8]."""

    def __init__(self, feeds: int) -> None:
        self.feeds = feeds
        self.port = 0
        self._servers: list[ThreadingHTTPServer] = []
        self.requests = 0
        self.agents: set[str] = set()
        self._lock = threading.Lock()

    def base(self, feed: int) -> str:
        return f"http://{HOSTS[feed % len(HOSTS)]}:{self.port}"

    def article_url(self, article: int) -> str:
        return f"{self.base(article % self.feeds)}/a/{article}"

    def rss(self, feed: int, articles: int) -> bytes:
        newest = [j for j in range(articles - self.feeds + feed, -1, -self.feeds)][:FEED_ITEMS]
        items = "".join(
            f"<item><title>Article {j}</title><link>{self.article_url(j)}</link>"
            f"<description>Article {j}.</description></item>"
            for j in newest
        )
        new = (
            f"<item><title>New on feed {feed}</title><link>{self.base(feed)}/new/{feed}</link>"
            f"<description><![CDATA[{_entry_html(feed)}]]></description></item>"
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Feed {feed}</title><link>{self.base(feed)}/</link>"
            f"<description>Feed {feed}</description>{new}{items}</channel></rss>"
        ).encode()

    def start(self, articles: int) -> None:
        servers = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:
                with servers._lock:
                    servers.requests += 1
                    servers.agents.add(self.headers.get("User-Agent", ""))
                name = self.path.rsplit("/", 1)[-1]
                if self.path.startswith("/feed/") and name.removesuffix(".rss").isdigit():
                    body = servers.rss(int(name.removesuffix(".rss")), articles)
                    kind = "application/rss+xml; charset=utf-8"
                else:
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        first = ThreadingHTTPServer((HOSTS[0], 0), Handler)
        self.port = first.server_address[1]
        self._servers = [first] + [ThreadingHTTPServer((h, self.port), Handler) for h in HOSTS[1:]]
        for server in self._servers:
            server.daemon_threads = True
            server.request_queue_size = 128
            threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()


# --- seeding -----------------------------------------------------------------------------


@contextlib.contextmanager
def scratch_schema() -> Iterator[str]:
    """A fresh schema in POSTGRES; yields a URL whose connections use it; dropped after."""
    admin = create_engine(POSTGRES.replace("postgresql://", "postgresql+psycopg://", 1))
    schema = f"library_scale_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(POSTGRES).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def seed(url: str, servers: FeedServers, *, chats: int, feeds: int, articles: int) -> float:
    """Write the sources, the chats' lists and the analysed articles; return the seconds."""
    from bot.store.db import make_engine, migrate
    from bot.store.keys import canonical_url

    started = time.perf_counter()
    engine = make_engine(url)
    migrate(engine)
    templates = _analysed_templates()
    rng = random.Random(12)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        with cursor.copy(
            "COPY sources (id, kind, location, failures, created_at) FROM STDIN"
        ) as copy:
            for feed in range(feeds):
                location = f"{servers.base(feed)}/feed/{feed}.rss"
                copy.write_row((feed + 1, "feed", location, 0, NOW))
        with cursor.copy("COPY source_states (source_id, private) FROM STDIN") as copy:
            for feed in range(feeds):
                copy.write_row((feed + 1, True))
        with cursor.copy(
            "COPY chat_sources (platform, chat_id, thread_id, source_id, added_at) FROM STDIN"
        ) as copy:
            for number in range(chats):
                for feed in rng.sample(range(feeds), 5):
                    copy.write_row(("telegram", str(number), "", feed + 1, NOW))
        span = timedelta(days=20).total_seconds()
        with cursor.copy(
            "COPY articles (id, source, canonical_url, url, title, language, text, sections, "
            "content_hash, ingested_at, source_id) FROM STDIN"
        ) as copy:
            for j in range(articles):
                t = templates[j % TEMPLATES]
                link = canonical_url(servers.article_url(j))
                title = f"{t['title']} ({j})"
                at = NOW - timedelta(seconds=span * (articles - j) / articles)
                sections = json.dumps(t["sections"])
                text_ = f"{title}\n\n{t['text'].split(chr(10), 2)[-1]}"
                digest = uuid.uuid5(uuid.NAMESPACE_URL, link).hex * 2
                copy.write_row(
                    (
                        j + 1,
                        link,
                        link,
                        link,
                        title,
                        "en",
                        text_,
                        sections,
                        digest,
                        at,
                        j % feeds + 1,
                    )
                )
        with cursor.copy(
            "COPY article_sources (article_id, source_id, ingested_at) FROM STDIN"
        ) as copy:
            for j in range(articles):
                at = NOW - timedelta(seconds=span * (articles - j) / articles)
                copy.write_row((j + 1, j % feeds + 1, at))
        with cursor.copy(
            "COPY library_articles (article_id, ingested_at, public, language, digest, "
            "passages, analysed_with) FROM STDIN"
        ) as copy:
            for j in range(articles):
                t = templates[j % TEMPLATES]
                at = NOW - timedelta(seconds=span * (articles - j) / articles)
                digest = dict(t["digest"], title=f"{t['title']} ({j})")
                copy.write_row((j + 1, at, False, "en", json.dumps(digest), t["passages"], 1))
        with cursor.copy("COPY library_keys (key, article_id) FROM STDIN") as copy:
            for j in range(articles):
                for key in templates[j % TEMPLATES]["keys"]:
                    copy.write_row((key, j + 1))
        for name in ("sources", "articles", "chat_sources"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT max(id) FROM {name}))"
            )
        cursor.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
        engine.dispose()
    return time.perf_counter() - started


# --- the measured processes --------------------------------------------------------------


def _memory() -> dict[str, float]:
    status = Path("/proc/self/status").read_text()
    values = {}
    for line in status.splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0]) / 1024
    return values


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def child(kind: str, url: str, chats: int, commands: int) -> dict[str, Any]:
    """One process: build what `serve` builds, then answer /topics and a topic for chats."""
    started = time.perf_counter()
    from bot.bootstrap import build_app, build_sources
    from bot.chat.library import Library
    from bot.chat.replies import ChatContext, ExcerptReply
    from bot.chat.service import ChatService
    from bot.settings import Settings
    from bot.store.sql import open_store

    settings = Settings(database_url=url, fetch_allow="127.0.0.0/8")
    if kind == "stored":
        app = build_app(settings)
        chat, library = app.chat, app.library
    else:
        store = open_store(url)
        library = Library(store)
        library.refresh()  # today's start: the newest 5,000 articles analysed again
        sources = build_sources(settings, store, library)
        chat = ChatService(library, sources=sources)
    ready = time.perf_counter() - started
    at_ready = _memory()
    rng = random.Random(5)
    topics_ms: list[float] = []
    topic_ms: list[float] = []
    cold_ms: list[float] = []
    answered = empty = 0
    asked: list[tuple[ChatContext, str]] = []
    for _ in range(commands):
        ctx = ChatContext("telegram", str(rng.randrange(chats)), None, "1", "private", False)
        t0 = time.perf_counter()
        chat.handle("/topics", ctx)
        topics_ms.append((time.perf_counter() - t0) * 1000)
        entries = chat.current_topics(ctx)
        if not entries:
            empty += 1
            continue
        name = rng.choice(entries).command
        t0 = time.perf_counter()
        reply = chat.handle(f"/{name}", ctx)
        topic_ms.append((time.perf_counter() - t0) * 1000)
        answered += isinstance(reply, ExcerptReply)
        asked.append((ctx, name))
    # The same topic commands again with nothing cached: a chat that types one cold.
    forget = getattr(library, "forget", None)
    for ctx, name in asked:
        if forget is not None:
            forget()
        t0 = time.perf_counter()
        chat.handle(f"/{name}", ctx)
        cold_ms.append((time.perf_counter() - t0) * 1000)
    return {
        "cold_p50_ms": statistics.median(cold_ms) if cold_ms else float("nan"),
        "cold_p99_ms": _percentile(cold_ms, 0.99) if cold_ms else float("nan"),
        "ready_s": ready,
        "rss_ready_mb": at_ready["VmRSS"],
        "rss_peak_mb": _memory()["VmHWM"],
        "topics_p50_ms": statistics.median(topics_ms),
        "topics_p99_ms": _percentile(topics_ms, 0.99),
        "topic_p50_ms": statistics.median(topic_ms) if topic_ms else float("nan"),
        "topic_p99_ms": _percentile(topic_ms, 0.99) if topic_ms else float("nan"),
        "answered": answered,
        "chats_without_topics": empty,
        "commands": commands,
    }


def poll_child(url: str, feeds: int, batch: int) -> dict[str, Any]:
    """Poll rounds as a worker runs them: claim `batch` due feeds, poll them, again until
    none is due. Several of these at once are several workers (claims never overlap)."""
    from bot.bootstrap import open_store
    from bot.feeds import FeedLimits
    from bot.poller import poll_feeds
    from bot.settings import Settings

    settings = Settings(database_url=url, fetch_allow="127.0.0.0/8", contact="bench@example.org")
    store = open_store(settings)
    limits = FeedLimits.from_settings(settings)
    started, began = time.perf_counter(), time.time()
    polled = added = unchanged = failed = 0
    while polled < feeds:
        report = poll_feeds(store, datetime.now(UTC), limit=batch, limits=limits)
        if not report.polled:
            break
        polled += len(report.polled)
        added, unchanged = added + report.added, unchanged + report.unchanged
        failed += report.failed
    seconds = time.perf_counter() - started
    links = store.engine.connect().execute(text("SELECT count(*) FROM article_sources")).scalar()
    store.close()
    return {
        "poll_s": seconds,
        "began": began,
        "ended": began + seconds,
        "polled": polled,
        "added": added,
        "unchanged": unchanged,
        "failed": failed,
        "links": links,
        "per_host": limits.per_host,
        "concurrency": limits.concurrency,
    }


def poll_round(url: str, feeds: int, workers: int) -> dict[str, Any]:
    """One round of every feed by `workers` worker processes at once."""
    env = dict(os.environ, DIGESTBOT_FETCH_ALLOW="127.0.0.0/8", LOG_LEVEL="WARNING")
    batch = feeds if workers == 1 else 400  # the worker role claims 50 a poll thread (8)
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "poll", url, str(feeds), str(batch)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(workers)
    ]
    results = []
    for process in children:
        out, err = process.communicate()
        if process.returncode != 0:
            raise SystemExit(f"poll failed:\n{err[-3000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    first = results[0]
    return first | {
        "poll_s": max(r["ended"] for r in results) - min(r["began"] for r in results),
        "polled": sum(r["polled"] for r in results),
        "added": sum(r["added"] for r in results),
        "unchanged": sum(r["unchanged"] for r in results),
        "failed": sum(r["failed"] for r in results),
        "workers": workers,
    }


def _run(args: list[str]) -> dict[str, Any]:
    env = dict(os.environ, DIGESTBOT_FETCH_ALLOW="127.0.0.0/8", LOG_LEVEL="WARNING")
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _load() -> str:
    return " ".join(f"{v:.1f}" for v in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description="The library at scale on PostgreSQL.")
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--feeds", type=int, default=2_000)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--commands", type=int, default=600)
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument(
        "--poll-workers", type=int, default=1, help="worker processes polling at once"
    )
    options = parser.parse_args()
    servers = FeedServers(options.feeds)
    servers.start(options.articles)
    try:
        with scratch_schema() as url:
            print(f"load average before: {_load()}", flush=True)
            seconds = seed(
                url,
                servers,
                chats=options.chats,
                feeds=options.feeds,
                articles=options.articles,
            )
            print(
                f"seeded {options.chats} chats x 5 of {options.feeds} feeds, "
                f"{options.articles} articles in {seconds:.0f} s",
                flush=True,
            )
            common = [url, str(options.chats), str(options.commands)]
            stored = _run(["child", "stored", *common])
            print(f"stored: {json.dumps(stored)} (load {_load()})", flush=True)
            memory = None if options.skip_memory else _run(["child", "memory", *common])
            if memory:
                print(f"memory: {json.dumps(memory)} (load {_load()})", flush=True)
            poll = poll_round(url, options.feeds, options.poll_workers)
            print(f"poll: {json.dumps(poll)} (load {_load()})", flush=True)
    finally:
        servers.stop()
    _table(stored, memory, poll, servers)


def _table(
    stored: dict[str, Any],
    memory: dict[str, Any] | None,
    poll: dict[str, Any],
    servers: FeedServers,
) -> None:
    rows = [
        ("library ready (new process)", "ready_s", "{:.2f} s", "< 5 s"),
        ("resident memory when ready", "rss_ready_mb", "{:.0f} MB", ""),
        ("peak memory after the commands", "rss_peak_mb", "{:.0f} MB", "< 300 MB"),
        ("/topics p50", "topics_p50_ms", "{:.1f} ms", ""),
        ("/topics p99", "topics_p99_ms", "{:.1f} ms", ""),
        ("topic command after /topics, p50", "topic_p50_ms", "{:.1f} ms", ""),
        ("topic command after /topics, p99", "topic_p99_ms", "{:.1f} ms", "< 20 ms"),
        ("topic command, nothing cached, p50", "cold_p50_ms", "{:.1f} ms", ""),
        ("topic command, nothing cached, p99", "cold_p99_ms", "{:.1f} ms", "< 20 ms"),
        ("chats that saw no topic", "chats_without_topics", "{}", ""),
    ]
    print()
    print(f"{'':36} {'database library':>18} {'in-memory (today)':>18}  target")
    for label, key, shape, target in rows:
        right = shape.format(memory[key]) if memory else "-"
        print(f"{label:36} {shape.format(stored[key]):>18} {right:>18}  {target}")
    print(
        f"one poll round by {poll['workers']} worker process(es): "
        f"{poll['polled']} feeds in {poll['poll_s']:.1f} s (target < 60 s), "
        f"{poll['added']} new, {poll['unchanged']} known, {poll['failed']} failed; "
        f"{poll['per_host']} at once per host, {poll['concurrency']} in all"
    )
    print(f"User-Agent seen by the feed server: {sorted(servers.agents)}")
    print(f"load average after: {_load()}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        kind, url, chats, commands = sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
        print(json.dumps(child(kind, url, chats, commands)))
    elif len(sys.argv) > 1 and sys.argv[1] == "poll":
        print(json.dumps(poll_child(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
    else:
        main()
