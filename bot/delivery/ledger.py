"""The deliveries table as a ledger: claim a digest with a lease, then record how it ended.

Exactly once, as far as a platform without idempotency keys allows: a worker commits its
claim before sending and marks the digest sent right after, so a crash between the two
repeats only what was in flight. Every mark is a compare-and-set on the claim's `attempts`
(bumped by each claim), so a worker whose lease ran out and was taken over cannot overwrite
the new owner's record.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select, update
from sqlalchemy.orm import Session

from bot.delivery.convert import subscription_of
from bot.delivery.model import Claim, Subscription
from bot.delivery.tables import ChatSettingRow, DeliveryRow, SubscriptionRow
from bot.store.db import in_transaction

log = logging.getLogger(__name__)

# Long enough for a send that waits out a 429 or two; a crashed worker's claims come back
# after it. Workers claim only what they can send soon, so the lease never runs out in a queue.
LEASE = timedelta(minutes=5)
_NO_SYNC = {"synchronize_session": False}


class DeliveryLedger:
    """Claims and marks on the deliveries table, each one short transaction."""

    def __init__(self, engine: Engine, *, worker: str, lease: timedelta = LEASE) -> None:
        self.engine = engine
        self.worker = worker[:64]
        self.lease = lease

    def claim(
        self, *, due_by: datetime, now: datetime, limit: int, platforms: Collection[str]
    ) -> list[Claim]:
        """Claim up to `limit` digests due by `due_by` on `platforms`: planned ones, or ones
        whose lease ran out (their worker died)."""
        if limit <= 0 or not platforms:
            return []
        claimable = or_(
            and_(
                DeliveryRow.status == "planned",
                or_(DeliveryRow.not_before.is_(None), DeliveryRow.not_before <= now),
            ),
            and_(DeliveryRow.status == "claimed", DeliveryRow.lease_until < now),
        )
        query = (
            select(DeliveryRow, SubscriptionRow)
            .join(SubscriptionRow, SubscriptionRow.id == DeliveryRow.subscription_id)
            .where(
                claimable,
                DeliveryRow.due_at <= due_by,
                SubscriptionRow.active.is_(True),
                SubscriptionRow.platform.in_(sorted(platforms)),
            )
            .order_by(DeliveryRow.due_at, DeliveryRow.id)
            .limit(limit)
            # PostgreSQL: rows another worker is claiming are skipped, not waited for. SQLite
            # drops the clause; there BEGIN IMMEDIATE serialises claims and the
            # compare-and-set below is what makes a claim exclusive.
            .with_for_update(skip_locked=True, of=DeliveryRow)
        )

        def work(session: Session) -> list[Claim]:
            claims: list[Claim] = []
            for delivery, subscription in session.execute(query).all():
                if _take(session, delivery, now + self.lease, self.worker, now):
                    claims.append(
                        Claim(
                            delivery_id=delivery.id,
                            attempts=delivery.attempts + 1,
                            local_date=delivery.local_date,
                            due_at=delivery.due_at,
                            subscription=subscription_of(subscription),
                        )
                    )
            return claims

        return in_transaction(self.engine, work, write=True)

    def sent(
        self, claim: Claim, *, message_id: str | None, through: datetime | None, now: datetime
    ) -> bool:
        """Record a digest as sent, and move the subscription's "new since" mark."""

        def work(session: Session) -> bool:
            ok = _mark(
                session,
                claim,
                status="sent",
                message_id=(message_id or "")[:128] or None,
                sent_at=now,
                reason=None,
                updated_at=now,
            )
            if ok:
                row = session.get(SubscriptionRow, claim.subscription.id)
                if row is not None:
                    row.last_delivered_at = now
                    if through is not None and (
                        row.delivered_through is None or row.delivered_through < through
                    ):
                        row.delivered_through = through
            return ok

        return self._record(claim, "sent", work)

    def skipped(self, claim: Claim, reason: str, *, now: datetime) -> bool:
        """Record that nothing was sent on purpose (nothing new, say)."""
        return self._record(
            claim,
            "skipped",
            lambda s: _mark(s, claim, status="skipped", reason=reason[:2000], updated_at=now),
        )

    def failed(self, claim: Claim, reason: str, *, now: datetime) -> bool:
        """Record a digest as failed for good, with the reason."""
        return self._record(
            claim,
            "failed",
            lambda s: _mark(s, claim, status="failed", reason=reason[:2000], updated_at=now),
        )

    def retry_later(self, claim: Claim, reason: str, *, at: datetime, now: datetime) -> bool:
        """Give a digest back to be claimed again (by anyone) from `at` on."""
        return self._record(
            claim,
            "planned",
            lambda s: _mark(
                s, claim, status="planned", not_before=at, reason=reason[:2000], updated_at=now
            ),
        )

    def dead(self, claim: Claim, reason: str, *, now: datetime) -> bool:
        """Record a dead chat: the digest, and the subscription, stop."""

        def work(session: Session) -> bool:
            ok = _mark(session, claim, status="dead", reason=reason[:2000], updated_at=now)
            if ok:
                _deactivate(session, claim.subscription.id, reason, now)
            return ok

        return self._record(claim, "dead", work)

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
                _deactivate(session, row.id, reason, now)
                return None
            _move_zone(session, row.platform, row.chat_id, new_chat_id, now)
            row.chat_id, row.updated_at = new_chat_id, now
            session.flush()
            return subscription_of(row)

        moved = in_transaction(self.engine, work, write=True)
        log.info("subscription %s moved from %s to chat %s", old.id, old.chat, new_chat_id)
        return moved

    def next_retry(self, *, due_by: datetime, platforms: Collection[str]) -> datetime | None:
        """Return when the earliest digest given back for a retry may be claimed again."""
        query = (
            select(func.min(DeliveryRow.not_before))
            .join(SubscriptionRow, SubscriptionRow.id == DeliveryRow.subscription_id)
            .where(
                DeliveryRow.status == "planned",
                DeliveryRow.due_at <= due_by,
                DeliveryRow.not_before.is_not(None),
                SubscriptionRow.active.is_(True),
                SubscriptionRow.platform.in_(sorted(platforms)),
            )
        )
        found: Any = in_transaction(self.engine, lambda s: s.scalar(query))
        if found is None:
            return None
        # min() keeps the column's type, so the value comes back aware; guard a raw string.
        moment: datetime = found if isinstance(found, datetime) else datetime.fromisoformat(found)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def waiting(self, *, due_by: datetime, platforms: Collection[str]) -> dict[str, int]:
        """Count digests due by `due_by` and not yet sent, per platform not in `platforms`."""
        query = (
            select(SubscriptionRow.platform, func.count())
            .join(DeliveryRow, SubscriptionRow.id == DeliveryRow.subscription_id)
            .where(
                DeliveryRow.status.in_(("planned", "claimed")),
                DeliveryRow.due_at <= due_by,
                SubscriptionRow.active.is_(True),
                SubscriptionRow.platform.not_in(sorted(platforms)),
            )
            .group_by(SubscriptionRow.platform)
        )
        rows = in_transaction(self.engine, lambda s: s.execute(query).all())
        return {platform: count for platform, count in rows}

    def _record(self, claim: Claim, status: str, work: Any) -> bool:
        ok: bool = in_transaction(self.engine, work, write=True)
        if not ok:
            # Our lease ran out and another worker took the digest over: its record stands.
            log.warning(
                "delivery %s (%s) not marked %s: its claim was taken over",
                claim.delivery_id,
                claim.subscription.chat,
                status,
            )
        return ok


def _take(
    session: Session, row: DeliveryRow, lease_until: datetime, worker: str, now: datetime
) -> bool:
    """Compare-and-set a claim: it holds only if nobody changed the row since we read it."""
    result: Any = session.execute(
        update(DeliveryRow)
        .where(
            DeliveryRow.id == row.id,
            DeliveryRow.status == row.status,
            DeliveryRow.attempts == row.attempts,
        )
        .values(
            status="claimed",
            attempts=row.attempts + 1,
            lease_until=lease_until,
            claimed_by=worker,
            updated_at=now,
        )
        .execution_options(**_NO_SYNC)
    )
    return bool(result.rowcount == 1)


def _mark(session: Session, claim: Claim, **values: Any) -> bool:
    """Change a claimed row, if this claim still holds it; clear the lease."""
    result: Any = session.execute(
        update(DeliveryRow)
        .where(
            DeliveryRow.id == claim.delivery_id,
            DeliveryRow.status == "claimed",
            DeliveryRow.attempts == claim.attempts,
        )
        .values(lease_until=None, **values)
        .execution_options(**_NO_SYNC)
    )
    return bool(result.rowcount == 1)


def _deactivate(session: Session, subscription_id: int, reason: str, now: datetime) -> None:
    session.execute(
        update(SubscriptionRow)
        .where(SubscriptionRow.id == subscription_id)
        .values(active=False, dead_reason=reason[:2000], updated_at=now)
        .execution_options(**_NO_SYNC)
    )
    session.execute(
        update(DeliveryRow)
        .where(DeliveryRow.subscription_id == subscription_id, DeliveryRow.status == "planned")
        .values(status="skipped", reason="the subscription stopped", updated_at=now)
        .execution_options(**_NO_SYNC)
    )


def _move_zone(session: Session, platform: str, old: str, new: str, now: datetime) -> None:
    """Carry a chat's time zone over to the chat it moved to, unless that has its own."""
    setting = session.get(ChatSettingRow, (platform, old))
    if setting is not None and session.get(ChatSettingRow, (platform, new)) is None:
        session.add(
            ChatSettingRow(
                platform=platform, chat_id=new, timezone=setting.timezone, updated_at=now
            )
        )
