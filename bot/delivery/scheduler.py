"""The scheduler inside `serve`: deliver due digests every minute, poll feeds when they are due.

Why one minute tick and not a job per subscription: the database is the truth, and several
`serve` and `deliver` processes may share it. A tick plans and claims from the database each
minute, so a subscription made in another process (or by `digestbot subscriptions add`) is
seen within a minute with nothing to re-derive; APScheduler's own job store is never shared
(its FAQ warns of duplicate and missed runs); due instants, DST included, are computed by the
planner with zoneinfo rather than by per-zone cron triggers; and each digest's exactly-once
comes from the ledger, whatever runs it. The first tick runs at start: it is the sweep that
delivers what fell due while the process was down (within the grace) and logs what is lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.delivery.engine import DigestDelivery
from bot.delivery.report import DeliveryReport
from bot.store.db import utcnow

log = logging.getLogger(__name__)

FEED_CHECK = timedelta(minutes=1)
# zoneinfo, as APScheduler 3.11 wants (pytz is deprecated there); local times are the
# planner's business, so the jobs themselves run on UTC.
_UTC = ZoneInfo("UTC")


class DigestScheduler:
    """Run the delivery every minute and the feed poll on schedule, on the running loop."""

    def __init__(
        self,
        delivery: DigestDelivery,
        *,
        grace: timedelta,
        poll_feeds: Callable[[datetime], object] | None = None,
        feed_interval: timedelta = timedelta(minutes=30),
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.delivery = delivery
        self.grace = grace
        self.poll_feeds = poll_feeds
        self.feed_interval = feed_interval
        self.clock = clock
        self.last_report: DeliveryReport | None = None
        self._scheduler: AsyncIOScheduler | None = None
        self._delivering = asyncio.Lock()
        self._polling = asyncio.Lock()

    async def start(self) -> None:
        """Schedule the jobs; the first delivery tick (the start-up sweep) runs at once."""
        grace_seconds = max(int(self.grace.total_seconds()), 60)
        scheduler = AsyncIOScheduler(
            timezone=_UTC,
            job_defaults={
                # A tick delayed by a busy loop still runs (hours of grace), once (coalesce).
                "misfire_grace_time": grace_seconds,
                "coalesce": True,
                "max_instances": 1,
            },
        )
        now = datetime.now(UTC)
        scheduler.add_job(
            self.tick,
            CronTrigger(second=0, timezone=_UTC),
            id="digests",
            name="deliver due digests",
            next_run_time=now,
        )
        if self.poll_feeds is not None:
            # Checked every minute; each feed's own next poll time (its interval, or its
            # back-off after failures) decides whether it is fetched.
            scheduler.add_job(
                self.poll,
                IntervalTrigger(seconds=FEED_CHECK.total_seconds(), timezone=_UTC),
                id="feeds",
                name="poll due feeds",
                next_run_time=now + timedelta(seconds=5),
            )
        scheduler.start()
        self._scheduler = scheduler
        log.info("scheduler started: digests every minute, grace %s", self.grace)

    async def stop(self) -> None:
        """Stop claiming, let the digests in flight finish, then stop the jobs."""
        self.delivery.stop()
        if self._scheduler is not None:
            self._scheduler.pause()
        async with self._delivering:  # waits for a tick under way to finish its sends
            pass
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None

    async def tick(self) -> DeliveryReport | None:
        """Plan and deliver what is due now; a tick still running makes this one a no-op."""
        if self._delivering.locked():
            log.debug("previous delivery still running; this tick has nothing to add")
            return None
        async with self._delivering:
            try:
                report = await self.delivery.run(self.clock(), wait_for_retries=False)
            except Exception:
                log.exception("delivery tick failed; the next tick tries again")
                return None
        if report.planned or report.outcomes or report.late:
            log.info("digests: %s", report.summary())
        self.last_report = report
        return report

    async def poll(self) -> None:
        """Poll the feeds that are due, in a thread (fetching blocks)."""
        if self.poll_feeds is None or self._polling.locked():
            return
        async with self._polling:
            try:
                await asyncio.to_thread(self.poll_feeds, self.clock())
            except Exception:
                log.exception("feed poll failed; the next one tries again")
