"""The deliveries table as a ledger: claim a digest with a lease, then record how it ended.

Exactly once, as far as a platform without idempotency keys allows: a worker commits its
claim, then `sending` right before the request goes out, and marks the digest sent right
after. A claim whose worker died (its lease ran out: leases are short and renewed by a
heartbeat while the worker lives) is taken over: if it was `claimed`, nothing went out and it
is sent; if it was `sending`, it may have arrived, so it becomes `uncertain` ("maybe sent")
and is never sent again automatically. Every mark is a compare-and-set on the claim's
`attempts` (bumped by each claim), so a worker whose lease ran out and was taken over cannot
overwrite the new owner's record.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Engine, and_, func, or_, select, update
from sqlalchemy.orm import Session

from bot.delivery.convert import subscription_of
from bot.delivery.ledger_sql import (
    NO_SYNC,
    apply_marks,
    aware,
    deactivate,
    hash_joins,
    in_index_order,
    move_zone,
    take,
    take_over_sending,
)
from bot.delivery.model import LEASE, Claim, Mark, PlannedDay, Schedule, Subscription
from bot.delivery.plan_sql import active_schedules, insert_days, planned_already
from bot.delivery.tables import DeliveryRow, SubscriptionRow
from bot.store.db import in_transaction

log = logging.getLogger(__name__)

# Planned digests committed together.
PLAN_COMMIT = 500


class DeliveryLedger:
    """Claims and marks on the deliveries table, each one short transaction."""

    def __init__(self, engine: Engine, *, worker: str, lease: timedelta = LEASE) -> None:
        self.engine = engine
        self.worker = worker[:64]
        self.lease = lease

    def schedules(self) -> list[Schedule]:
        return in_transaction(self.engine, active_schedules)

    def planned_already(self, dates: Collection[date]) -> set[tuple[int, date]]:
        return in_transaction(self.engine, lambda s: planned_already(s, dates))

    def insert_days(self, days: Sequence[PlannedDay], now: datetime) -> int:
        """Insert the days, each few hundred in a transaction of its own, so workers can
        claim the first while the rest go in (planning again is harmless: rows that exist
        are left alone)."""
        inserted = 0
        for start in range(0, len(days), PLAN_COMMIT):
            chunk = days[start : start + PLAN_COMMIT]

            def work(session: Session, chunk: Sequence[PlannedDay] = chunk) -> int:
                return insert_days(session, chunk, now)

            inserted += in_transaction(self.engine, work, write=True)
        return inserted

    def claim(
        self,
        *,
        due_by: datetime,
        now: datetime,
        limit: int,
        platforms: Collection[str],
        abandoned: list[int] | None = None,
    ) -> list[Claim]:
        """Claim up to `limit` digests due by `due_by` on `platforms`: planned ones, or ones
        whose lease ran out before they were sending (their worker died).

        Those whose worker died while sending become `uncertain` in the same transaction;
        their ids are appended to `abandoned`.
        """
        if limit <= 0 or not platforms:
            return []
        due = (
            DeliveryRow.due_at <= due_by,
            SubscriptionRow.active.is_(True),
            SubscriptionRow.platform.in_(sorted(platforms)),
        )
        # Two queries, each an equality on `status`, so each reads the index
        # (status, due_at, id) in its order and stops after `limit` rows: the claims of
        # dead workers (their lease ran out before they were sending) first, then planned.
        expired = (DeliveryRow.status == "claimed", DeliveryRow.lease_until < now)
        planned = (
            DeliveryRow.status == "planned",
            or_(DeliveryRow.not_before.is_(None), DeliveryRow.not_before <= now),
        )

        def due_rows(session: Session, where: tuple[Any, ...], count: int) -> list[Any]:
            query = (
                select(DeliveryRow, SubscriptionRow)
                .join(SubscriptionRow, SubscriptionRow.id == DeliveryRow.subscription_id)
                .where(*where, *due)
                .order_by(DeliveryRow.due_at, DeliveryRow.id)
                .limit(count)
                # PostgreSQL: rows another worker is claiming are skipped, not waited for.
                # SQLite drops the clause; there BEGIN IMMEDIATE serialises claims and the
                # compare-and-set below is what makes a claim exclusive.
                .with_for_update(skip_locked=True, of=DeliveryRow)
            )
            return list(session.execute(query).all())

        def work(session: Session) -> list[Claim]:
            hash_joins(session)
            lost = take_over_sending(session, due_by, now, platforms)
            if abandoned is not None:
                abandoned.extend(lost)
            in_index_order(session)
            found = due_rows(session, expired, limit)
            if len(found) < limit:
                found += due_rows(session, planned, limit - len(found))
            if not found:
                return []
            versions = [(d.id, d.status, d.attempts) for d, _ in found]
            held = take(session, versions, lease=now + self.lease, worker=self.worker, now=now)
            return [
                Claim(
                    delivery_id=delivery.id,
                    attempts=delivery.attempts + 1,
                    local_date=delivery.local_date,
                    due_at=delivery.due_at,
                    subscription=subscription_of(subscription),
                )
                for delivery, subscription in found
                if delivery.id in held
            ]

        return in_transaction(self.engine, work, write=True)

    def record(self, marks: Sequence[Mark], *, now: datetime) -> list[bool]:
        """Record how digests ended, all in one transaction; True for each mark that held.

        Many sends finish within a few milliseconds of each other; committing their marks
        together (group commit) keeps SQLite, whose commits are serialised, at the
        platform's pace. Each digest is still marked before its sender takes another.
        """
        if not marks:
            return []
        results = in_transaction(self.engine, lambda s: apply_marks(s, marks, now), write=True)
        for mark, ok in zip(marks, results, strict=True):
            if not ok:
                # Our lease ran out and another worker took the digest over: its record stands.
                log.warning(
                    "delivery %s (%s) not marked %s: its claim was taken over",
                    mark.claim.delivery_id,
                    mark.claim.subscription.chat,
                    mark.status,
                )
        return results

    def renew(self, *, now: datetime) -> int:
        """Extend the lease of every claim this worker holds (the heartbeat); return how many."""
        statement = (
            update(DeliveryRow)
            .where(
                DeliveryRow.claimed_by == self.worker,
                DeliveryRow.status.in_(("claimed", "sending")),
            )
            .values(lease_until=now + self.lease)
            .execution_options(**NO_SYNC)
        )
        result = in_transaction(
            self.engine, lambda s: cast(Any, s.execute(statement)).rowcount, write=True
        )
        return int(result or 0)

    def move_chat(self, claim: Claim, new_chat_id: str, *, now: datetime) -> Subscription | None:
        """Move a subscription to the chat its chat became (a Telegram group → supergroup).

        Returns the moved subscription, or None when the new chat has one of its own (then
        the old one stops).
        """
        old = claim.subscription

        def work(session: Session) -> Subscription | None:
            row = session.get(SubscriptionRow, old.id)
            if row is None:
                return None
            taken = session.scalars(
                select(SubscriptionRow.id).where(
                    SubscriptionRow.platform == row.platform,
                    SubscriptionRow.chat_id == new_chat_id,
                    SubscriptionRow.thread_id == row.thread_id,
                )
            ).first()
            if taken is not None:
                reason = f"the chat moved to {new_chat_id}, which has its own subscription"
                deactivate(session, row.id, reason, now)
                return None
            move_zone(session, row.platform, row.chat_id, new_chat_id, now)
            row.chat_id, row.updated_at = new_chat_id, now
            session.flush()
            return subscription_of(row)

        moved = in_transaction(self.engine, work, write=True)
        log.info("subscription %s moved from %s to chat %s", old.id, old.chat, new_chat_id)
        return moved

    def next_retry(self, *, due_by: datetime, platforms: Collection[str]) -> datetime | None:
        """Return when something due may next be claimable: a digest given back for a retry,
        or a claim another worker holds (sent by then, or its lease ran out)."""
        due = and_(
            DeliveryRow.due_at <= due_by,
            SubscriptionRow.active.is_(True),
            SubscriptionRow.platform.in_(sorted(platforms)),
        )
        retries = (
            select(func.min(DeliveryRow.not_before))
            .join(SubscriptionRow, SubscriptionRow.id == DeliveryRow.subscription_id)
            .where(due, DeliveryRow.status == "planned", DeliveryRow.not_before.is_not(None))
        )
        held = (
            select(func.min(DeliveryRow.lease_until))
            .join(SubscriptionRow, SubscriptionRow.id == DeliveryRow.subscription_id)
            .where(
                due,
                DeliveryRow.status.in_(("claimed", "sending")),
                or_(DeliveryRow.claimed_by.is_(None), DeliveryRow.claimed_by != self.worker),
            )
        )

        def work(session: Session) -> tuple[Any, Any]:
            hash_joins(session)
            return session.scalar(retries), session.scalar(held)

        found = in_transaction(self.engine, work)
        moments = [aware(value) for value in found if value is not None]
        return min(moments) if moments else None

    def waiting(self, *, due_by: datetime, platforms: Collection[str]) -> dict[str, int]:
        """Count digests due by `due_by` and not yet sent, per platform not in `platforms`."""
        query = (
            select(SubscriptionRow.platform, func.count())
            .join(DeliveryRow, SubscriptionRow.id == DeliveryRow.subscription_id)
            .where(
                DeliveryRow.status.in_(("planned", "claimed", "sending")),
                DeliveryRow.due_at <= due_by,
                SubscriptionRow.active.is_(True),
                SubscriptionRow.platform.not_in(sorted(platforms)),
            )
            .group_by(SubscriptionRow.platform)
        )

        def work(session: Session) -> list[Any]:
            hash_joins(session)
            return list(session.execute(query).all())

        rows = in_transaction(self.engine, work)
        return {platform: count for platform, count in rows}

    def unfinished(self, *, due_by: datetime, platforms: Collection[str]) -> int:
        """Count digests due by `due_by` on `platforms` that are not yet sent or settled."""
        query = (
            select(func.count())
            .select_from(DeliveryRow)
            .join(SubscriptionRow, SubscriptionRow.id == DeliveryRow.subscription_id)
            .where(
                DeliveryRow.status.in_(("planned", "claimed", "sending")),
                DeliveryRow.due_at <= due_by,
                SubscriptionRow.active.is_(True),
                SubscriptionRow.platform.in_(sorted(platforms)),
            )
        )

        def work(session: Session) -> int:
            hash_joins(session)
            return int(session.scalar(query) or 0)

        return in_transaction(self.engine, work)
