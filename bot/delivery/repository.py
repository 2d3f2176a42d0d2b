"""Subscriptions and chat settings in the database: the truth the scheduler is derived from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import Engine, and_, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.delivery.convert import delivery_of, subscription_of
from bot.delivery.model import NOT_OWED, ChatKey, Delivery, PlannedDay, Subscription
from bot.delivery.plan_sql import insert_days
from bot.delivery.tables import ChatSettingRow, DeliveryRow, SubscriptionRow
from bot.delivery.times import DailyTime, next_occurrence, occurrences
from bot.store.db import in_transaction, utcnow


class SubscriptionRepository:
    """Read and change subscriptions; every call is one transaction."""

    def __init__(
        self,
        engine: Engine,
        *,
        default_zone: str,
        grace: timedelta,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.engine = engine
        self.default_zone = default_zone
        self.grace = grace
        self.clock = clock

    # --- reading --------------------------------------------------------------------

    def find(self, chat: ChatKey) -> Subscription | None:
        """Return the subscription of a chat (thread), active or not."""

        def work(session: Session) -> Subscription | None:
            row = _row(session, chat)
            return subscription_of(row) if row else None

        return in_transaction(self.engine, work)

    def in_chat(self, platform: str, chat_id: str) -> list[Subscription]:
        """Return the active subscriptions of a chat, all its threads."""
        query = select(SubscriptionRow).where(
            SubscriptionRow.platform == platform,
            SubscriptionRow.chat_id == chat_id,
            SubscriptionRow.active.is_(True),
        )
        return in_transaction(self.engine, lambda s: [subscription_of(r) for r in s.scalars(query)])

    def chat_zone(self, platform: str, chat_id: str) -> str:
        """Return a chat's time zone: set with /timezone, else the default."""

        def work(session: Session) -> str:
            return _chat_zone(session, platform, chat_id) or self.default_zone

        return in_transaction(self.engine, work)

    def listing(
        self, *, platform: str | None = None, chat_id: str | None = None
    ) -> list[tuple[Subscription, Delivery | None]]:
        """Return subscriptions with their last delivery, oldest subscription first."""

        def work(session: Session) -> list[tuple[Subscription, Delivery | None]]:
            query = select(SubscriptionRow).order_by(SubscriptionRow.id)
            if platform is not None:
                query = query.where(SubscriptionRow.platform == platform)
            if chat_id is not None:
                query = query.where(SubscriptionRow.chat_id == chat_id)
            rows = list(session.scalars(query))
            last = _last_deliveries(session, [r.id for r in rows])
            return [(subscription_of(r), last.get(r.id)) for r in rows]

        return in_transaction(self.engine, work)

    def last_delivery(self, subscription_id: int) -> Delivery | None:
        last = in_transaction(self.engine, lambda s: _last_deliveries(s, [subscription_id]))
        return last.get(subscription_id)

    def next_due(self, subscription: Subscription) -> datetime:
        """Return when the subscription's next digest falls due (a day with one is skipped)."""
        now = self.clock()

        def taken(session: Session) -> frozenset[date]:
            since = now.date() - timedelta(days=2)
            query = select(DeliveryRow.local_date).where(
                DeliveryRow.subscription_id == subscription.id, DeliveryRow.local_date >= since
            )
            return frozenset(session.scalars(query))

        days = in_transaction(self.engine, taken)
        return next_occurrence(subscription.time, subscription.timezone, now, taken=days)[1]

    # --- changing ---------------------------------------------------------------------

    def save(
        self,
        chat: ChatKey,
        *,
        time: DailyTime,
        topics: Sequence[str],
        created_by: str | None,
        zone: str | None = None,
    ) -> Subscription:
        """Subscribe a chat (thread), or change its time and topics; return the subscription."""
        now = self.clock()

        def work(session: Session) -> Subscription:
            row = _row(session, chat)
            chosen = zone or _chat_zone(session, chat.platform, chat.chat_id)
            if row is None:
                row = SubscriptionRow(
                    platform=chat.platform,
                    chat_id=chat.chat_id,
                    thread_id=chat.thread_key,
                    created_by=created_by,
                    created_at=now,
                    active=True,
                )
                session.add(row)
            elif not row.active or row.created_by is None:
                row.created_by = created_by  # a new subscriber takes over a stopped one
            row.time = str(time)
            row.timezone = chosen or row.timezone or self.default_zone
            row.topics = list(topics)
            row.active, row.dead_reason, row.updated_at = True, None, now
            session.flush()
            self._not_owed(session, row, now)
            return subscription_of(row)

        try:
            return in_transaction(self.engine, work, write=True)
        except IntegrityError:
            # Another process subscribed the same chat at the same moment: now it is an update.
            return in_transaction(self.engine, work, write=True)

    def _not_owed(self, session: Session, row: SubscriptionRow, now: datetime) -> None:
        """Record as skipped the days whose time already passed (within the grace) today.

        Without this, a subscription made at 09:00 for 08:00 would be "an hour late" and get
        a digest at once; the user expects the first one tomorrow.
        """
        # Markers of an earlier time or zone go: the days are judged again by the new one.
        session.execute(
            delete(DeliveryRow).where(
                DeliveryRow.subscription_id == row.id,
                DeliveryRow.status == "skipped",
                DeliveryRow.reason == NOT_OWED,
            )
        )
        at = DailyTime.parse(row.time)
        days = [
            PlannedDay(row.id, day, due, "skipped", NOT_OWED)
            for day, due in occurrences(at, row.timezone, now - self.grace, now)
        ]
        if days:
            insert_days(session, days, now)

    def stop(self, chat: ChatKey, *, reason: str | None = None) -> Subscription | None:
        """Stop a chat's subscription (kept for its history); None when there was none."""
        now = self.clock()

        def work(session: Session) -> Subscription | None:
            row = _row(session, chat)
            if row is None or not row.active:
                return None
            row.active, row.dead_reason, row.updated_at = False, reason, now
            # Digests planned but not yet claimed will not be sent now.
            session.execute(
                update(DeliveryRow)
                .where(DeliveryRow.subscription_id == row.id, DeliveryRow.status == "planned")
                .values(status="skipped", reason="unsubscribed", updated_at=now)
            )
            return subscription_of(row)

        return in_transaction(self.engine, work, write=True)

    def remove(self, chat: ChatKey) -> bool:
        """Delete a subscription and its deliveries (the operator's `subscriptions remove`)."""

        def work(session: Session) -> bool:
            row = _row(session, chat)
            if row is None:
                return False
            # Deleted explicitly too, not only by ON DELETE CASCADE, whatever the database.
            session.execute(delete(DeliveryRow).where(DeliveryRow.subscription_id == row.id))
            session.delete(row)
            return True

        return in_transaction(self.engine, work, write=True)

    def set_chat_zone(self, platform: str, chat_id: str, zone: str) -> list[Subscription]:
        """Set a chat's time zone, for its subscriptions now and later ones."""
        now = self.clock()

        def work(session: Session) -> list[Subscription]:
            setting = session.get(ChatSettingRow, (platform, chat_id))
            if setting is None:
                setting = ChatSettingRow(platform=platform, chat_id=chat_id)
                session.add(setting)
            setting.timezone, setting.updated_at = zone, now
            rows = list(
                session.scalars(
                    select(SubscriptionRow).where(
                        SubscriptionRow.platform == platform, SubscriptionRow.chat_id == chat_id
                    )
                )
            )
            for row in rows:
                row.timezone, row.updated_at = zone, now
                session.flush()
                if row.active:
                    self._not_owed(session, row, now)
            return [subscription_of(r) for r in rows if r.active]

        try:
            return in_transaction(self.engine, work, write=True)
        except IntegrityError:
            return in_transaction(self.engine, work, write=True)


def _row(session: Session, chat: ChatKey) -> SubscriptionRow | None:
    query = select(SubscriptionRow).where(
        SubscriptionRow.platform == chat.platform,
        SubscriptionRow.chat_id == chat.chat_id,
        SubscriptionRow.thread_id == chat.thread_key,
    )
    return session.scalars(query).first()


def _chat_zone(session: Session, platform: str, chat_id: str) -> str | None:
    setting = session.get(ChatSettingRow, (platform, chat_id))
    return setting.timezone if setting else None


def _last_deliveries(session: Session, ids: list[int]) -> dict[int, Delivery]:
    """Return each subscription's latest delivery that was owed (by local date)."""
    if not ids:
        return {}
    owed = or_(DeliveryRow.reason.is_(None), DeliveryRow.reason != NOT_OWED)
    latest = (
        select(DeliveryRow.subscription_id, func.max(DeliveryRow.local_date).label("day"))
        .where(owed)
        .group_by(DeliveryRow.subscription_id)
        .subquery()
    )
    query = select(DeliveryRow).join(
        latest,
        and_(
            DeliveryRow.subscription_id == latest.c.subscription_id,
            DeliveryRow.local_date == latest.c.day,
        ),
    )
    wanted = set(ids)
    if len(ids) < 500:
        query = query.where(DeliveryRow.subscription_id.in_(ids))
    return {
        row.subscription_id: delivery_of(row)
        for row in session.scalars(query)
        if row.subscription_id in wanted
    }
