"""The composition root: settings in, a typed application out.

This is the only module that builds concrete classes (the store, the library, the chat, the
platforms, the delivery); `serve`, `deliver`, `chat`, the CLI and the benches call it, and
tests hand it their own parts. Everything here is wiring: no decisions, no I/O beyond
opening what it builds.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.article_folder import ArticleFolder
from bot.chat.languages import LanguageBook
from bot.chat.library import ArticleIndex, Library
from bot.chat.ports import ArticleStore, ChatLanguages, Sources, Subscriptions
from bot.chat.replies import ChatContext
from bot.chat.service import ChatService
from bot.chat.visibility import View
from bot.delivery.content import DigestBuilder
from bot.delivery.engine import DEFAULT_CONCURRENCY, DigestDelivery
from bot.delivery.ledger import DeliveryLedger
from bot.delivery.model import ChatKey, Subscription
from bot.delivery.report import worker_name
from bot.delivery.repository import SubscriptionRepository
from bot.delivery.scheduler import DigestScheduler
from bot.delivery.subscriptions import SubscriptionService
from bot.delivery.times import is_valid_zone
from bot.i18n import words
from bot.logs import redact
from bot.platforms.base import ChatPort, Connection, Deduplicating, Listener, Paced, Sender
from bot.platforms.registry import configured, to_serve
from bot.platforms.shared.rate import DatabasePace, SharedPace
from bot.platforms.shared.seen import DatabaseSeen, SharedSeen
from bot.settings import Settings
from bot.sources.book import SqlSourceBook
from bot.sources.health import note_polls
from bot.sources.model import Scope
from bot.sources.service import SourceService
from bot.store.health import uses_postgresql
from bot.store.languages import SqlChatLanguages
from bot.store.sql import SqlArticleStore
from bot.web import WebServer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Application:
    """What `serve` and `chat` run: the database, the library over it, and the chat."""

    settings: Settings
    store: SqlArticleStore
    library: ArticleIndex
    subscriptions: SubscriptionService
    chat: ChatService
    sources: SourceService | None = None
    folder: ArticleFolder | None = None  # DIGESTBOT_ARTICLES, read again when files change

    def close(self) -> None:
        self.store.close()


def open_store(settings: Settings) -> SqlArticleStore:
    """Open the database named by DATABASE_URL, migrated to the latest schema; each new
    article is analysed once as it is stored (bot.library)."""
    from bot.library.store import IndexedArticleStore
    from bot.store.sql import open_store as open_sql_store

    return IndexedArticleStore(open_sql_store(settings.database_url).engine)


def migrate_database(settings: Settings) -> str:
    """`digestbot migrate`: upgrade the schema of DATABASE_URL; return the database's name."""
    from bot.store.db import describe, migrate

    migrate(settings.database_url)
    return describe(settings.database_url)


def build_library(settings: Settings, store: ArticleStore) -> ArticleIndex:
    """The library over a SQL store is served from the database (bot.library.stored), with a
    bounded cache; over an in-memory store (tests, fakes) it is indexed in memory."""
    if isinstance(store, SqlArticleStore):
        from bot.library.store import IndexedArticleStore
        from bot.library.stored import StoredLibrary

        # What this process stores is seen at once; other processes' within a second.
        indexed = store if isinstance(store, IndexedArticleStore) else None
        return StoredLibrary(
            store.engine,
            latest_hours=settings.latest_hours,
            latest_fallback=settings.latest_fallback,
            max_latest=settings.digest_max_articles,
            cache_size=settings.library_cache,
            changes=(lambda: indexed.generation) if indexed is not None else None,
        )
    return Library(
        store,
        latest_hours=settings.latest_hours,
        latest_fallback=settings.latest_fallback,
        max_latest=settings.digest_max_articles,
    )


def build_subscriptions(settings: Settings, store: SqlArticleStore) -> SubscriptionRepository:
    """The subscription tables on the article store's database, in the default time zone."""
    default_zone = settings.timezone if is_valid_zone(settings.timezone) else "UTC"
    if default_zone != settings.timezone:
        log.warning("DIGESTBOT_TIMEZONE %r is not a time zone; using UTC", settings.timezone)
    grace = timedelta(hours=settings.misfire_hours)
    return SubscriptionRepository(store.engine, default_zone=default_zone, grace=grace)


def build_app(settings: Settings, store: SqlArticleStore | None = None) -> Application:
    """Open (or take) the store, read the article folder, index the articles, build the chat."""
    store = store if store is not None else open_store(settings)
    folder = read_article_folder(store, settings)
    subscriptions = SubscriptionService(build_subscriptions(settings, store))
    library = build_library(settings, store)
    sources = build_sources(settings, store, library)
    languages = SqlChatLanguages(store.engine)
    library, chat = build_chat(
        settings, store, subscriptions, sources, library=library, languages=languages
    )
    return Application(settings, store, library, subscriptions, chat, sources, folder)


def build_chat(
    settings: Settings,
    store: ArticleStore,
    subscriptions: Subscriptions | None = None,
    sources: Sources | None = None,
    *,
    library: ArticleIndex | None = None,
    languages: ChatLanguages | None = None,
) -> tuple[ArticleIndex, ChatService]:
    """The library over the article store, indexed, and the chat that answers from it."""
    library = library if library is not None else build_library(settings, store)
    library.refresh()
    chat = ChatService(
        library,
        subscriptions=subscriptions,
        sources=sources,
        languages=languages,
        default_language=settings.language,
    )
    return library, chat


def build_sources(
    settings: Settings, store: SqlArticleStore, library: ArticleIndex | None = None
) -> SourceService:
    """The chats' source lists on the store's database; `library` versions the views."""
    from bot.feeds import FeedLimits

    return SourceService(
        SqlSourceBook(store.engine),
        store,
        limits=FeedLimits.from_settings(settings),
        quota=settings.sources_per_chat,
        library=library,
    )


def read_article_folder(store: SqlArticleStore, settings: Settings) -> ArticleFolder:
    """Read the new and changed files of DIGESTBOT_ARTICLES (all of them the first time)."""
    folder = ArticleFolder(settings.articles, store)
    if not folder.exists():
        if store.count() == 0:
            log.warning(
                "no articles yet, and DIGESTBOT_ARTICLES (%s) does not exist", folder.folder
            )
        return folder
    report = folder.read_changed()
    if report is not None:
        log.info("read the articles in %s: %s", folder.folder, report.summary())
    return folder


def settle() -> None:
    """Start-up is over: collect its garbage once, then keep what it built (the libraries'
    modules and tables, the app) out of the collector's full passes (`gc.freeze`).

    Those passes walk every tracked object; with ~150,000 from start-up each took ~150 ms,
    a few a minute while thousands of digests go out. `serve` and `deliver` call this once
    everything is built, before they begin their work.
    """
    gc.collect()
    gc.freeze()


# --- what several processes share ------------------------------------------------------


@dataclass(frozen=True)
class Shared:
    """What the bot's processes share: which updates were answered, and the sending rates."""

    backend: str  # "redis" or "database"
    seen: SharedSeen
    pace: SharedPace
    ready: Callable[[], Awaitable[bool]] | None = None  # a readiness check of its own
    close: Callable[[], Awaitable[None]] | None = None


def open_shared(settings: Settings, store: SqlArticleStore) -> Shared | None:
    """Redis when REDIS_URL is set, else PostgreSQL; None on SQLite (one process)."""
    if settings.redis_url:
        from bot.platforms.shared.redis_shared import RedisPace, RedisSeen, connect, redis_answers

        client = connect(settings.redis_url)

        async def ready() -> bool:
            answers = await redis_answers(client)
            if not answers:
                log.warning("readiness: Redis does not answer")
            return answers

        return Shared("redis", RedisSeen(client), RedisPace(client), ready, client.aclose)
    if uses_postgresql(store):
        pace = DatabasePace(store.engine)
        return Shared("database", DatabaseSeen(store.engine), pace, close=pace.close)
    return None


def share(shared: Shared | None, parts: Sequence[object]) -> None:
    """Hand the shared record and rates to the listeners and senders that use them."""
    if shared is None:
        return
    for part in parts:
        if isinstance(part, Deduplicating):
            part.seen.shared = shared.seen
        if isinstance(part, Paced):
            part.share_pace(shared.pace)


# --- platforms --------------------------------------------------------------------------


def build_listeners(settings: Settings, chat: ChatPort, web: WebServer | None) -> list[Listener]:
    """The platforms `serve` runs: those configured, else the console (bot.platforms.registry).

    Without a web server (benches), webhook and HTTP modes cannot be served.
    """
    return [platform.listener(settings, chat, web) for platform in to_serve(settings)]


@contextlib.asynccontextmanager
async def open_senders(
    settings: Settings, unavailable: dict[str, str]
) -> AsyncIterator[dict[str, Sender]]:
    """`deliver`: every configured platform's sender, open for sending; closed after.

    Only senders: no chat, no web server, no polling, so a `deliver` next to a running
    `serve` takes none of its updates. A platform that cannot open (token refused,
    unreachable) is left out and why goes into `unavailable`: `deliver` then fails.
    """
    opened: list[Connection] = []
    try:
        for platform in configured(settings):
            try:
                sender = platform.sender(settings)
                await sender.open()
            except Exception as error:  # noqa: BLE001 - any refusal: that platform sits out
                reason = redact(str(error) or type(error).__name__, settings)[:200]
                unavailable[platform.name] = reason
                log.error("%s unavailable for delivery: %s", platform.name, reason)
                continue
            opened.append(sender)
        yield {sender.name: sender for sender in opened}
    finally:
        for sender in opened:
            try:
                await sender.close()
            except Exception as error:  # noqa: BLE001 - the process is exiting; nothing to save
                log.warning("%s did not close cleanly: %s", sender.name, type(error).__name__)


# --- delivery ---------------------------------------------------------------------------


def build_delivery(
    settings: Settings,
    store: SqlArticleStore,
    library: ArticleIndex,
    senders: dict[str, Sender],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> DigestDelivery:
    """Planning, claiming and sending due digests on the store's database through `senders`."""
    sources = build_sources(settings, store, library)

    def hidden(subscription: Subscription) -> View:
        chat = subscription.chat
        return sources.hidden_from(Scope(chat.platform, chat.chat_id, chat.thread_key))

    builder = DigestBuilder(library, max_articles=settings.digest_max_articles, hidden=hidden)
    grace = timedelta(hours=settings.misfire_hours)
    ledger = DeliveryLedger(store.engine, worker=worker_name())
    book = LanguageBook(SqlChatLanguages(store.engine), settings.language)

    def languages(chats: Sequence[ChatKey]) -> dict[ChatKey, str]:
        # No user asks: the chat's choice, else DIGESTBOT_LANGUAGE.
        spoken: dict[ChatKey, str] = {}
        for platform in {chat.platform for chat in chats}:
            ids = [chat.chat_id for chat in chats if chat.platform == platform]
            chosen = book.chosen_many(platform, ids)
            for chat in chats:
                if chat.platform == platform:
                    spoken[chat] = chosen.get(chat.chat_id) or book.default
        return spoken

    return DigestDelivery(
        ledger, senders, builder, grace=grace, concurrency=concurrency, languages=languages
    )


def build_scheduler(app: Application, listeners: Sequence[Sender]) -> DigestScheduler:
    """The scheduler inside `serve`: digests every minute through the running adapters."""
    from bot.feeds import FeedLimits
    from bot.library.retention import Retention
    from bot.poller import poll_feeds

    settings = app.settings
    store = app.store
    interval = timedelta(minutes=max(settings.feed_poll_minutes, 1.0))
    senders: dict[str, Sender] = {listener.name: listener for listener in listeners}
    loop = asyncio.get_running_loop()
    sources = app.sources or build_sources(settings, store, app.library)

    limits = FeedLimits.from_settings(settings)
    retention = Retention(store.engine, days=settings.retention_days)

    def poll(now: datetime) -> object:
        if app.folder is not None:
            try:
                read = app.folder.read_changed(now=now)
            except Exception:  # the feeds are polled all the same
                log.exception("reading %s failed", app.folder.folder)
            else:
                if read is not None:
                    log.info("read the changed files in %s: %s", app.folder.folder, read.summary())
        # Claimed feeds are fetched a few at once (limits.concurrency), so claim that many more.
        claim = 50 * max(limits.concurrency, 1)
        report = poll_feeds(store, now, interval=interval, limit=claim, limits=limits)
        retention.maintain(now)  # old articles no chat follows; articles not yet analysed
        if report.added or report.failures:
            log.info("feeds: %s", report.summary())
        for notice in note_polls(sources.book, report.polled, now):
            sender = senders.get(notice.scope.platform)
            if sender is None:
                continue
            thread = notice.scope.thread_id or None
            ctx = ChatContext(notice.scope.platform, notice.scope.chat_id, chat_kind="group")
            language = app.chat.language_of(ctx)
            sent = sender.deliver(
                notice.scope.chat_id, thread, notice.reply(words(language)), language=language
            )
            try:  # the poll runs in a thread; the senders live on the event loop
                asyncio.run_coroutine_threadsafe(sent, loop).result(timeout=60)
            except Exception as error:  # noqa: BLE001 - one chat's failure stops no other
                log.warning("gone notice to %s failed: %s", notice.scope.describe(), error)
        return report

    return DigestScheduler(
        build_delivery(settings, store, app.library, senders),
        grace=timedelta(hours=settings.misfire_hours),
        poll_feeds=poll,
        feed_interval=interval,
    )


@contextlib.asynccontextmanager
async def open_delivery(
    settings: Settings, unavailable: dict[str, str]
) -> AsyncIterator[DigestDelivery]:
    """`deliver`: the store, the library and the configured platforms' senders."""
    store = await asyncio.to_thread(open_store, settings)
    shared = open_shared(settings, store)
    try:
        library = build_library(settings, store)
        async with open_senders(settings, unavailable) as senders:
            # Several `deliver`s and workers keep to one rate per bot, chat and channel.
            share(shared, list(senders.values()))
            yield build_delivery(settings, store, library, senders)
    finally:
        if shared is not None and shared.close is not None:
            await shared.close()
        store.close()
