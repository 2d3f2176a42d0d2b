"""Plan the digests that are due: one `deliveries` row per subscription and local date.

Planning is idempotent and safe from several processes at once: rows go in with
`INSERT ... ON CONFLICT DO NOTHING` on the unique (subscription, local date) key, so however
many planners run, a day's digest exists once. Due times are computed here with zoneinfo
(see `times.due_instant` for DST), not by a scheduler's triggers.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.delivery.tables import DeliveryRow, SubscriptionRow
from bot.delivery.times import DailyTime, occurrences
from bot.store.db import in_transaction

log = logging.getLogger(__name__)

# How far back a planner looks beyond the grace: far enough to notice (and log) yesterday's
# digest when the process was down for the whole of it.
LOOKBACK = timedelta(days=1)
_CHUNK = 500


@dataclass(frozen=True)
class PlannedDay:
    """A digest a planner found due: whose, which local date, when, and in what state."""

    subscription_id: int
    local_date: date
    due_at: datetime
    status: str  # planned, or skipped when later than the grace
    reason: str | None = None


@dataclass(frozen=True)
class PlanReport:
    planned: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class _Schedule:
    id: int
    time: str
    timezone: str
    created_at: datetime


def plan_due(
    engine: Engine, now: datetime, *, grace: timedelta, stamp: datetime | None = None
) -> PlanReport:
    """Plan every digest due at or before `now`; those later than `grace` are skipped, logged.

    `now` is the instant planned for (`deliver --due-at` may name another than the clock's);
    `stamp` is the clock's time for the rows' bookkeeping.
    """
    schedules = in_transaction(engine, _active_schedules)
    days = due_days(schedules, now, grace=grace)
    if not days:
        return PlanReport()
    known = in_transaction(engine, lambda s: _planned_already(s, {d.local_date for d in days}))
    fresh = [d for d in days if (d.subscription_id, d.local_date) not in known]
    if not fresh:
        return PlanReport()
    stamped = stamp or now
    inserted = in_transaction(engine, lambda s: insert_days(s, fresh, stamped), write=True)
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


def due_days(
    schedules: Sequence[_Schedule], now: datetime, *, grace: timedelta
) -> list[PlannedDay]:
    """Return the digests of `schedules` due in the look-back window ending at `now`."""
    start = now - grace - LOOKBACK
    by_time: dict[tuple[str, str], list[_Schedule]] = defaultdict(list)
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
    schedule: _Schedule, day: date, due: datetime, now: datetime, grace: timedelta
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


def _active_schedules(session: Session) -> list[_Schedule]:
    query = select(
        SubscriptionRow.id,
        SubscriptionRow.time,
        SubscriptionRow.timezone,
        SubscriptionRow.created_at,
    ).where(SubscriptionRow.active.is_(True))
    return [_Schedule(*row) for row in session.execute(query)]


def _planned_already(session: Session, dates: set[date]) -> set[tuple[int, date]]:
    query = select(DeliveryRow.subscription_id, DeliveryRow.local_date).where(
        DeliveryRow.local_date.in_(sorted(dates))
    )
    return {(row[0], row[1]) for row in session.execute(query)}


def insert_days(session: Session, days: Sequence[PlannedDay], now: datetime) -> int:
    """Insert delivery rows, leaving any that exist alone; return how many went in."""
    inserted = 0
    for start in range(0, len(days), _CHUNK):
        values = [_values(day, now) for day in days[start : start + _CHUNK]]
        statement = _insert(session).values(values)
        statement = statement.on_conflict_do_nothing(
            index_elements=["subscription_id", "local_date"]
        ).returning(DeliveryRow.id)
        # RETURNING lists only the rows that went in; rowcount is -1 here on psycopg.
        inserted += len(session.execute(statement).all())
    return inserted


def _insert(session: Session) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(DeliveryRow)
    if dialect == "sqlite":
        return sqlite.insert(DeliveryRow)
    raise RuntimeError(f"deliveries need SQLite or PostgreSQL, not {dialect}")


def _values(day: PlannedDay, now: datetime) -> dict[str, Any]:
    return {
        "subscription_id": day.subscription_id,
        "local_date": day.local_date,
        "status": day.status,
        "due_at": day.due_at,
        "reason": day.reason,
        "attempts": 0,
        "created_at": now,
        "updated_at": now,
    }
