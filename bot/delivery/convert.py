"""Rows to domain values."""

from __future__ import annotations

from typing import cast

from bot.delivery.model import ChatKey, Delivery, DeliveryStatus, Subscription
from bot.delivery.tables import DeliveryRow, SubscriptionRow
from bot.delivery.times import DailyTime


def subscription_of(row: SubscriptionRow) -> Subscription:
    return Subscription(
        id=row.id,
        chat=ChatKey(row.platform, row.chat_id, row.thread_id or None),
        time=DailyTime.parse(row.time),
        timezone=row.timezone,
        topics=tuple(row.topics or ()),
        created_by=row.created_by,
        active=row.active,
        created_at=row.created_at,
        dead_reason=row.dead_reason,
        last_delivered_at=row.last_delivered_at,
        delivered_through=row.delivered_through,
        previous_through=row.previous_through,
    )


def delivery_of(row: DeliveryRow) -> Delivery:
    return Delivery(
        id=row.id,
        subscription_id=row.subscription_id,
        local_date=row.local_date,
        status=cast(DeliveryStatus, row.status),
        due_at=row.due_at,
        attempts=row.attempts,
        message_id=row.message_id,
        reason=row.reason,
        sent_at=row.sent_at,
    )
