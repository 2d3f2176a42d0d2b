"""One poll of every due feed: conditional GETs, a few at once per host, backing off on failure.

Feeds are fetched by a small pool of threads (`FeedLimits.concurrency`), never more than
`FeedLimits.per_host` at once to one host, each with the bot's User-Agent (bot.fetch_guard).
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from bot import metrics
from bot.core.errors import InputError
from bot.feeds import DEFAULT_POLL_INTERVAL, FeedLimits, backoff, feed_limits, parse_feed
from bot.hosts import HostSlots
from bot.ingest import POLL_LEASE, IngestReport, _Ingester
from bot.store.errors import StoreUnavailable
from bot.store.ports import LibraryStore, SourceRecord

log = logging.getLogger("bot.ingest")  # polls log as ingestion always did: filters keep working


def poll_feeds(
    store: LibraryStore,
    now: datetime,
    *,
    interval: timedelta = DEFAULT_POLL_INTERVAL,
    timeout: float | None = None,
    limit: int = 50,
    limits: FeedLimits | None = None,
) -> IngestReport:
    """Poll the feeds that are due with a conditional GET; failing feeds back off exponentially.

    The whole poll ends after `limits.poll_seconds`: feeds not reached by then stay claimed
    until the lease ends and are polled next time.
    """
    limits = feed_limits(limits, timeout)
    seconds = min(limits.poll_seconds, POLL_LEASE.total_seconds() / 2)
    hosts = HostSlots(limits.per_host)
    run = _Ingester(store, limits=limits, now=now, interval=interval, seconds=seconds, hosts=hosts)
    feeds = store.claim_due_feeds(now, lease=POLL_LEASE, limit=limit)

    def poll(feed: SourceRecord) -> bool:
        if run.out_of_time():
            return False
        run.guarded(feed.location, _poll_one, run, feed)
        return True

    with ThreadPoolExecutor(max(limits.concurrency, 1), thread_name_prefix="poll") as pool:
        done = list(pool.map(poll, feeds))  # re-raises StoreUnavailable from any feed
    if not all(done):
        log.warning("feed poll out of time: %d feeds wait for the next", done.count(False))
    for failure in run.report.failures:  # a refused or broken entry is skipped, and said so
        log.warning("feed poll: %s", failure.line())
    return run.report


def _poll_one(run: _Ingester, feed: SourceRecord) -> None:
    store, now = run.store, run.now
    try:
        document = run.fetch(feed.location, etag=feed.etag, last_modified=feed.last_modified)
        parsed = parse_feed(document) if document is not None else None
    except StoreUnavailable:
        raise
    except Exception as error:
        text = str(error) if isinstance(error, InputError) else type(error).__name__
        reason = " ".join(text.removeprefix(f"{feed.location}: ").split())
        failures = feed.failures + 1
        metrics.feed_polled("failed")
        store.record_poll(
            feed.id,
            polled_at=now,
            next_poll_at=now + backoff(run.interval, failures),
            error=reason,
        )
        run.report.polled.append((feed.id, False))
        raise
    run.report.polled.append((feed.id, True))
    if document is None:  # 304 Not Modified: nothing new, keep the validators
        metrics.feed_polled("unchanged")
        store.record_poll(
            feed.id,
            polled_at=now,
            next_poll_at=now + run.interval,
            etag=feed.etag,
            last_modified=feed.last_modified,
        )
        return
    metrics.feed_polled("ok")
    store.record_poll(
        feed.id,
        polled_at=now,
        next_poll_at=now + run.interval,
        etag=document.etag,
        last_modified=document.last_modified,
    )
    if not run.feed_entries(parsed, feed=feed.location, source_id=feed.id):
        # Cut short: forget the validators, or the next poll's 304 would hide what is left.
        store.record_poll(feed.id, polled_at=now, next_poll_at=now + run.interval)
