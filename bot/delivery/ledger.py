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
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, cast

from sqlalchemy import Engine, Table, and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from bot.delivery.convert import subscription_of
from bot.delivery.model import Claim, Subscription
from bot.delivery.tables import ChatSettingRow, DeliveryRow, SubscriptionRow
from bot.logs import redact
from bot.store.db import UTCDateTime, in_transaction

log = logging.getLogger(__name__)

# Short, and renewed by the worker's heartbeat (every third of it) while it lives: a dead
# worker's claims come back within a minute.
LEASE = timedelta(seconds=60)
ABANDONED = "its worker stopped while sending"
_NO_SYNC = {"synchronize_session": False}


@dataclass(frozen=True)
class Mark:
    """How a claimed digest ended, to be recorded: sent, skipped, failed, dead, uncertain
    (maybe sent), or given back (`planned` again, not before `not_before`); or `sending`:
    the request is about to go out."""

    claim: Claim
    status: Literal["sending", "sent", "skipped", "failed", "dead", "uncertain", "planned"]
    reason: str | None = None
    message_id: str | None = None
    through: datetime | None = None  # the newest article in a sent digest
    not_before: datetime | None = None


class DeliveryLedger:
    """Claims and marks on the deliveries table, each one short transaction."""

    def __init__(self, engine: Engine, *, worker: str, lease: timedelta = LEASE) -> None:
        self.engine = engine
        self.worker = worker[:64]
        self.lease = lease

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
            lost = _take_over_sending(session, due_by, now, platforms)
            if abandoned is not None:
                abandoned.extend(lost)
            found = session.execute(query).all()
            if not found:
                return []
            params = [
                {
                    "b_id": delivery.id,
                    "b_status": delivery.status,
                    "b_attempts": delivery.attempts,
                    "b_next": delivery.attempts + 1,
                    "b_lease": now + self.lease,
                    "b_worker": self.worker,
                    "b_now": now,
                }
                for delivery, _ in found
            ]
            session.execute(_TAKE, params)
            held = _versions(session, [delivery.id for delivery, _ in found])
            return [
                Claim(
                    delivery_id=delivery.id,
                    attempts=delivery.attempts + 1,
                    local_date=delivery.local_date,
                    due_at=delivery.due_at,
                    subscription=subscription_of(subscription),
                )
                for delivery, subscription in found
                if held.get(delivery.id) == ("claimed", delivery.attempts + 1)
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
        results = in_transaction(self.engine, lambda s: _apply(s, marks, now), write=True)
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
            .execution_options(**_NO_SYNC)
        )
        result = in_transaction(
            self.engine, lambda s: cast(Any, s.execute(statement)).rowcount, write=True
        )
        return int(result or 0)

    def sent(
        self, claim: Claim, *, message_id: str | None, through: datetime | None, now: datetime
    ) -> bool:
        """Record a digest as sent, and move the subscription's "new since" mark."""
        return self.record([Mark(claim, "sent", message_id=message_id, through=through)], now=now)[
            0
        ]

    def skipped(self, claim: Claim, reason: str, *, now: datetime) -> bool:
        """Record that nothing was sent on purpose (nothing new, say)."""
        return self.record([Mark(claim, "skipped", reason)], now=now)[0]

    def failed(self, claim: Claim, reason: str, *, now: datetime) -> bool:
        """Record a digest as failed for good, with the reason."""
        return self.record([Mark(claim, "failed", reason)], now=now)[0]

    def retry_later(self, claim: Claim, reason: str, *, at: datetime, now: datetime) -> bool:
        """Give a digest back to be claimed again (by anyone) from `at` on."""
        return self.record([Mark(claim, "planned", reason, not_before=at)], now=now)[0]

    def dead(self, claim: Claim, reason: str, *, now: datetime) -> bool:
        """Record a dead chat: the digest, and the subscription, stop."""
        return self.record([Mark(claim, "dead", reason)], now=now)[0]

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
        found = in_transaction(self.engine, lambda s: (s.scalar(retries), s.scalar(held)))
        moments = [_aware(value) for value in found if value is not None]
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
        rows = in_transaction(self.engine, lambda s: s.execute(query).all())
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
        return int(in_transaction(self.engine, lambda s: s.scalar(query)) or 0)


def _aware(value: Any) -> datetime:
    # min() keeps the column's type, so the value comes back aware; guard a raw string.
    moment: datetime = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _take_over_sending(
    session: Session, due_by: datetime, now: datetime, platforms: Collection[str]
) -> list[int]:
    """Turn the sends of dead workers (`sending`, lease run out) into `uncertain`."""
    query = (
        select(DeliveryRow.id)
        .join(SubscriptionRow, SubscriptionRow.id == DeliveryRow.subscription_id)
        .where(
            DeliveryRow.status == "sending",
            DeliveryRow.lease_until < now,
            DeliveryRow.due_at <= due_by,
            SubscriptionRow.platform.in_(sorted(platforms)),
        )
        .with_for_update(skip_locked=True, of=DeliveryRow)
    )
    ids = list(session.scalars(query))
    if ids:
        session.execute(
            update(DeliveryRow)
            .where(
                DeliveryRow.id.in_(ids),
                DeliveryRow.status == "sending",
                DeliveryRow.lease_until < now,
            )
            .values(status="uncertain", reason=ABANDONED, lease_until=None, updated_at=now)
            .execution_options(**_NO_SYNC)
        )
        log.warning(
            "%d digest(s) were being sent when their worker stopped: maybe sent, not repeated "
            "(deliveries %s)",
            len(ids),
            ", ".join(map(str, ids[:10])),
        )
    return ids


# Statements run with many rows at once (executemany): a compare-and-set each, whose
# effect is read back in the same transaction, since executemany has no per-row count.
_D = cast(Table, DeliveryRow.__table__)
_S = cast(Table, SubscriptionRow.__table__)
_TIME = UTCDateTime()
_TAKE = (
    update(_D)
    .where(
        _D.c.id == bindparam("b_id"),
        _D.c.status == bindparam("b_status"),
        _D.c.attempts == bindparam("b_attempts"),
    )
    .values(
        status="claimed",
        attempts=bindparam("b_next"),
        lease_until=bindparam("b_lease", type_=_TIME),
        claimed_by=bindparam("b_worker"),
        updated_at=bindparam("b_now", type_=_TIME),
    )
)
_START = (
    update(_D)
    .where(
        _D.c.id == bindparam("b_id"),
        _D.c.status == "claimed",
        _D.c.attempts == bindparam("b_attempts"),
    )
    .values(status="sending", updated_at=bindparam("b_now", type_=_TIME))
)
_MARK = (
    update(_D)
    .where(
        _D.c.id == bindparam("b_id"),
        or_(_D.c.status == "claimed", _D.c.status == "sending"),  # no IN: executemany
        _D.c.attempts == bindparam("b_attempts"),
    )
    .values(
        status=bindparam("b_status"),
        reason=bindparam("b_reason"),
        message_id=bindparam("b_message"),
        sent_at=bindparam("b_sent", type_=_TIME),
        not_before=bindparam("b_not_before", type_=_TIME),
        lease_until=None,
        updated_at=bindparam("b_now", type_=_TIME),
    )
)
_DELIVERED = (
    update(_S)
    .where(_S.c.id == bindparam("b_sid"))
    .values(last_delivered_at=bindparam("b_now", type_=_TIME))
)
_THROUGH = (
    update(_S)
    .where(
        _S.c.id == bindparam("b_sid"),
        or_(
            _S.c.delivered_through.is_(None),
            _S.c.delivered_through < bindparam("b_through", type_=_TIME),
        ),
    )
    .values(delivered_through=bindparam("b_through", type_=_TIME))
)


def _versions(session: Session, ids: list[int]) -> dict[int, tuple[str, int]]:
    """Return the status and attempts of deliveries, as this transaction sees them."""
    query = select(_D.c.id, _D.c.status, _D.c.attempts).where(_D.c.id.in_(ids))
    return {row.id: (row.status, row.attempts) for row in session.execute(query)}


def _apply(session: Session, marks: Sequence[Mark], now: datetime) -> list[bool]:
    """Apply marks (compare-and-set on each claim) and note sent digests on subscriptions."""
    starting = [m for m in marks if m.status == "sending"]
    ending = [m for m in marks if m.status != "sending"]
    if starting:
        session.execute(
            _START,
            [
                {"b_id": m.claim.delivery_id, "b_attempts": m.claim.attempts, "b_now": now}
                for m in starting
            ],
        )
    if ending:
        session.execute(_MARK, [_mark_params(mark, now) for mark in ending])
    held = _versions(session, [mark.claim.delivery_id for mark in marks])
    results = [
        held.get(mark.claim.delivery_id) == (mark.status, mark.claim.attempts) for mark in marks
    ]
    sent = [m for m, ok in zip(marks, results, strict=True) if ok and m.status == "sent"]
    if sent:
        session.execute(
            _DELIVERED, [{"b_sid": m.claim.subscription.id, "b_now": now} for m in sent]
        )
        reached = [
            {"b_sid": m.claim.subscription.id, "b_through": m.through}
            for m in sent
            if m.through is not None
        ]
        if reached:
            session.execute(_THROUGH, reached)
    for mark, ok in zip(marks, results, strict=True):
        if ok and mark.status == "dead":
            _deactivate(session, mark.claim.subscription.id, mark.reason or "the chat is gone", now)
    return results


def _mark_params(mark: Mark, now: datetime) -> dict[str, Any]:
    sent = mark.status == "sent"
    return {
        "b_id": mark.claim.delivery_id,
        "b_attempts": mark.claim.attempts,
        "b_status": mark.status,
        # Stored reasons are shown in chats and listings: never with a secret in them.
        "b_reason": None if sent or not mark.reason else redact(mark.reason)[:2000],
        "b_message": (mark.message_id or "")[:128] or None if sent else None,
        "b_sent": now if sent else None,
        "b_not_before": mark.not_before if mark.status == "planned" else None,
        "b_now": now,
    }


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
