"""The ledger's SQL: the statements and per-session steps behind `DeliveryLedger`.

Each compare-and-set runs as one `executemany`; a mark applies only while its claim holds.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, case, or_, select, text, tuple_, update
from sqlalchemy.orm import Session

from bot.delivery.model import ABANDONED, Mark
from bot.delivery.tables import ChatSettingRow, DeliveryRow, SubscriptionRow
from bot.logs import redact
from bot.store.db import UTCDateTime

log = logging.getLogger(__name__)
NO_SYNC = {"synchronize_session": False}


def aware(value: Any) -> datetime:
    # min() keeps the column's type, so the value comes back aware; guard a raw string.
    moment: datetime = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# Statistics lag behind a planner that just added thousands of due digests, and behind a
# day of sending them (the last ANALYZE saw them all planned, or all sent): PostgreSQL's
# query planner then guesses a handful of rows and picks plans that read every due one,
# once per claim or once per subscription (seconds, for 10,000 chats due at one minute).
# Each ledger transaction says which plan its queries need, for this transaction only.
_IN_INDEX_ORDER = text(
    "SELECT set_config('enable_sort', 'off', true), set_config('enable_nestloop', 'on', true)"
)
_HASH_JOINS = text("SELECT set_config('enable_nestloop', 'off', true)")


def in_index_order(session: Session) -> None:
    """Claims read the claim index in order and stop at their limit: no sort to choose."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_IN_INDEX_ORDER)


def hash_joins(session: Session) -> None:
    """Counts and minimums join deliveries in some statuses to their subscriptions by
    hashing, each side read once: no loop that scans the status index per subscription."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_HASH_JOINS)


def take_over_sending(
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
            .execution_options(**NO_SYNC)
        )
        log.warning(
            "%d digest(s) were being sent when their worker stopped: maybe sent, not repeated "
            "(deliveries %s)",
            len(ids),
            ", ".join(map(str, ids[:10])),
        )
    return ids


# Every mark is a compare-and-set on (id, attempts) and the status it expects. Claims and
# `sending` marks set the same values on every row: one UPDATE of all the rows whose
# RETURNING names those that held. Other marks set values of their own: one UPDATE
# (RETURNING) for one, an executemany for several, whose effect is read back in the same
# transaction (executemany has no per-row count).
_D = cast(Table, DeliveryRow.__table__)
_S = cast(Table, SubscriptionRow.__table__)
_TIME = UTCDateTime()


_TAKE = (
    update(_D)
    .where(tuple_(_D.c.id, _D.c.status, _D.c.attempts).in_(bindparam("b_found", expanding=True)))
    .values(
        status="claimed",
        attempts=_D.c.attempts + 1,
        lease_until=bindparam("b_lease", type_=_TIME),
        claimed_by=bindparam("b_worker"),
        updated_at=bindparam("b_now", type_=_TIME),
    )
    .returning(_D.c.id)
)
_START = (
    update(_D)
    .where(
        tuple_(_D.c.id, _D.c.attempts).in_(bindparam("b_held", expanding=True)),
        _D.c.status == "claimed",
    )
    .values(status="sending", updated_at=bindparam("b_now", type_=_TIME))
    .returning(_D.c.id)
)


def take(
    session: Session,
    found: Sequence[tuple[int, str, int]],
    *,
    lease: datetime,
    worker: str,
    now: datetime,
) -> set[int]:
    """Claim deliveries, each still (id, status, attempts) as found; return those that held."""
    values = {"b_found": list(found), "b_lease": lease, "b_worker": worker, "b_now": now}
    return set(session.scalars(_TAKE, values))


def start_sending(session: Session, marks: Sequence[Mark], now: datetime) -> set[int]:
    """Mark claims `sending` (the request goes out next); return those that held."""
    held = [(mark.claim.delivery_id, mark.claim.attempts) for mark in marks]
    return set(session.scalars(_START, {"b_held": held, "b_now": now}))


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
_MARK_ONE = _MARK.returning(_D.c.id)
_THROUGH = bindparam("b_through", type_=_TIME)
# A digest's window moves on when its newest article is newer than the last one's.
_LATER = and_(
    _THROUGH.is_not(None),
    or_(_S.c.delivered_through.is_(None), _S.c.delivered_through < _THROUGH),
)
_DELIVERED = (
    update(_S)
    .where(_S.c.id == bindparam("b_sid"))
    # SET reads the old values: the window of this digest began where the last one ended.
    .values(
        last_delivered_at=bindparam("b_now", type_=_TIME),
        previous_through=case((_LATER, _S.c.delivered_through), else_=_S.c.previous_through),
        delivered_through=case((_LATER, _THROUGH), else_=_S.c.delivered_through),
    )
)


def versions_of(session: Session, ids: list[int]) -> dict[int, tuple[str, int]]:
    """Return the status and attempts of deliveries, as this transaction sees them."""
    query = select(_D.c.id, _D.c.status, _D.c.attempts).where(_D.c.id.in_(ids))
    return {row.id: (row.status, row.attempts) for row in session.execute(query)}


def apply_marks(session: Session, marks: Sequence[Mark], now: datetime) -> list[bool]:
    """Apply marks (compare-and-set on each claim) and note sent digests on subscriptions."""
    starting = [m for m in marks if m.status == "sending"]
    ending = [m for m in marks if m.status != "sending"]
    held = start_sending(session, starting, now) if starting else set()
    if len(ending) == 1:
        held |= set(session.scalars(_MARK_ONE, _mark_params(ending[0], now)))
    elif ending:
        session.execute(_MARK, [_mark_params(mark, now) for mark in ending])
        versions = versions_of(session, [mark.claim.delivery_id for mark in ending])
        held |= {
            mark.claim.delivery_id
            for mark in ending
            if versions.get(mark.claim.delivery_id) == (mark.status, mark.claim.attempts)
        }
    results = [mark.claim.delivery_id in held for mark in marks]
    sent = [m for m, ok in zip(marks, results, strict=True) if ok and m.status == "sent"]
    if sent:
        session.execute(
            _DELIVERED,
            [
                {"b_sid": m.claim.subscription.id, "b_now": now, "b_through": m.through}
                for m in sent
            ],
        )
    for mark, ok in zip(marks, results, strict=True):
        if ok and mark.status == "dead":
            deactivate(session, mark.claim.subscription.id, mark.reason or "the chat is gone", now)
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


def deactivate(session: Session, subscription_id: int, reason: str, now: datetime) -> None:
    session.execute(
        update(SubscriptionRow)
        .where(SubscriptionRow.id == subscription_id)
        .values(active=False, dead_reason=reason[:2000], updated_at=now)
        .execution_options(**NO_SYNC)
    )
    session.execute(
        update(DeliveryRow)
        .where(DeliveryRow.subscription_id == subscription_id, DeliveryRow.status == "planned")
        .values(status="skipped", reason="the subscription stopped", updated_at=now)
        .execution_options(**NO_SYNC)
    )


def move_zone(session: Session, platform: str, old: str, new: str, now: datetime) -> None:
    """Carry a chat's time zone over to the chat it moved to, unless that has its own."""
    setting = session.get(ChatSettingRow, (platform, old))
    if setting is not None and session.get(ChatSettingRow, (platform, new)) is None:
        session.add(
            ChatSettingRow(
                platform=platform, chat_id=new, timezone=setting.timezone, updated_at=now
            )
        )
