"""Plan the digests that are due: one delivery per subscription and local date.

Planning is idempotent and safe from several processes at once: the ledger keeps one
delivery per (subscription, local date) key (`Ledger.insert_days` leaves existing ones
alone), so however many planners run, a day's digest exists once. Due times are computed
here with zoneinfo (see `times.due_instant` for DST), not by a scheduler's triggers.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.delivery.model import PlannedDay, Schedule
from bot.delivery.ports import Ledger
from bot.delivery.times import DailyTime, occurrences

log = logging.getLogger(__name__)

# How far back a planner looks beyond the grace: far enough to notice (and log) yesterday's
# digest when the process was down for the whole of it.
LOOKBACK = timedelta(days=1)


@dataclass(frozen=True)
class PlanReport:
    planned: int = 0
    skipped: int = 0


def plan_due(
    ledger: Ledger, now: datetime, *, grace: timedelta, stamp: datetime | None = None
) -> PlanReport:
    """Plan every digest due at or before `now`; those later than `grace` are skipped, logged.

    `now` is the instant planned for (`deliver --due-at` may name another than the clock's);
    `stamp` is the clock's time for the rows' bookkeeping.
    """
    schedules = ledger.schedules()
    days = due_days(schedules, now, grace=grace)
    if not days:
        return PlanReport()
    known = ledger.planned_already({d.local_date for d in days})
    fresh = [d for d in days if (d.subscription_id, d.local_date) not in known]
    if not fresh:
        return PlanReport()
    inserted = ledger.insert_days(fresh, stamp or now)
    skipped = [d for d in fresh if d.status == "skipped"]
    _log_skipped(skipped)
    return PlanReport(planned=max(inserted - len(skipped), 0), skipped=len(skipped))


def _log_skipped(days: Sequence[PlannedDay]) -> None:
    """Log late digests, one line per date and reason: thousands of chats miss together."""
    groups: dict[tuple[date, str | None], list[int]] = defaultdict(list)
    for day in days:
        groups[(day.local_date, day.reason)].append(day.subscription_id)
    for (local, reason), ids in sorted(groups.items(), key=lambda g: g[0][0]):
        shown = ", ".join(map(str, ids[:10])) + (", …" if len(ids) > 10 else "")
        log.warning(
            "%d digest(s) for %s skipped, %s (subscriptions %s)", len(ids), local, reason, shown
        )


def due_days(schedules: Sequence[Schedule], now: datetime, *, grace: timedelta) -> list[PlannedDay]:
    """Return the digests of `schedules` due in the look-back window ending at `now`."""
    start = now - grace - LOOKBACK
    by_time: dict[tuple[str, str], list[Schedule]] = defaultdict(list)
    for schedule in schedules:
        by_time[(schedule.time, schedule.timezone)].append(schedule)
    days: list[PlannedDay | None] = []
    # Thousands of subscriptions share a few (time, zone) pairs: compute each pair once.
    for (at, zone_name), group in by_time.items():
        try:
            found = occurrences(DailyTime.parse(at), zone_name, start, now)
        except (ValueError, KeyError) as error:  # a row edited by hand; the others go on
            ids = [s.id for s in group]
            log.error(
                "subscriptions %s have a bad time or zone (%s %s): %s", ids, at, zone_name, error
            )
            continue
        for day, due in found:
            days.extend(_day(s, day, due, now, grace) for s in group)
    return [d for d in days if d is not None]


def _day(
    schedule: Schedule, day: date, due: datetime, now: datetime, grace: timedelta
) -> PlannedDay | None:
    if due >= now - grace:
        # Within the grace even when due before the subscription existed: `deliver --due-at`
        # may replay a past instant. A subscription made after today's time is not owed
        # today's digest: `subscribe` records that day as skipped, so it is not planned here.
        return PlannedDay(schedule.id, day, due, "planned")
    if due < schedule.created_at:
        return None  # never owed: the subscription did not exist yet
    late = now - due
    reason = f"missed: {_hours(late)} late, more than the grace of {_hours(grace)}"
    return PlannedDay(schedule.id, day, due, "skipped", reason)


def _hours(span: timedelta) -> str:
    hours = span.total_seconds() / 3600
    return f"{hours:.1f} h" if hours < 10 else f"{hours:.0f} h"
