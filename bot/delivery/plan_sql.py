"""The planner's SQL: active schedules, deliveries already planned, and inserting new ones.

Rows go in with `INSERT ... ON CONFLICT DO NOTHING` on the unique (subscription, local date)
key, so planners racing each other leave one row a day.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.delivery.model import PlannedDay, Schedule
from bot.delivery.tables import DeliveryRow, SubscriptionRow

_CHUNK = 100


def active_schedules(session: Session) -> list[Schedule]:
    query = select(
        SubscriptionRow.id,
        SubscriptionRow.time,
        SubscriptionRow.timezone,
        SubscriptionRow.created_at,
    ).where(SubscriptionRow.active.is_(True))
    return [Schedule(*row) for row in session.execute(query)]


def planned_already(session: Session, dates: Collection[date]) -> set[tuple[int, date]]:
    query = select(DeliveryRow.subscription_id, DeliveryRow.local_date).where(
        DeliveryRow.local_date.in_(sorted(dates))
    )
    return {(row[0], row[1]) for row in session.execute(query)}


def insert_days(session: Session, days: Sequence[PlannedDay], now: datetime) -> int:
    """Insert delivery rows, leaving any that exist alone; return how many went in."""
    if not days:
        return 0
    statement = (
        _insert(session)
        .on_conflict_do_nothing(index_elements=["subscription_id", "local_date"])
        .returning(DeliveryRow.id)
    )
    # One statement compiled once, its rows sent many to a round trip (SQLAlchemy's
    # "insertmanyvalues"); RETURNING lists only the rows that went in.
    values = [_values(day, now) for day in days]
    found = session.execute(
        statement, values, execution_options={"insertmanyvalues_page_size": _CHUNK}
    )
    return len(found.all())


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
