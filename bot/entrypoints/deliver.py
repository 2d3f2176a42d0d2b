"""`digestbot deliver --due-at ISO8601` and `digestbot subscriptions list|add|remove`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TextIO

from bot.delivery.engine import DigestDelivery
from bot.delivery.model import ChatKey, Delivery, Subscription
from bot.delivery.report import STOP_GRACE, DeliveryReport
from bot.delivery.repository import SubscriptionRepository
from bot.delivery.subscriptions import SubscriptionError, parse_subscribe
from bot.delivery.times import DEFAULT_TIME, TimeError, resolve_zone, zone
from bot.logs import redact
from bot.settings import Settings

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(ValueError):
    """A bad argument: one line on stderr, exit status 2."""


def run_delivery_command(args: argparse.Namespace, settings: Settings) -> int:
    """Run `deliver` or `subscriptions`; return the exit status."""
    try:
        if args.command == "deliver":
            due_at = parse_instant(args.due_at, settings.timezone)
            return deliver(settings, due_at)
        return manage(args, settings, out=sys.stdout)
    except (UsageError, TimeError, SubscriptionError) as error:
        sys.stderr.write(f"digestbot: {error}\n")
        return EXIT_BAD_INPUT


def parse_instant(text: str, default_zone: str) -> datetime:
    """Read an ISO 8601 instant; one without an offset is local time in the default zone."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("z", "Z"))
    except ValueError:
        raise UsageError(
            f"--due-at {text!r} is not an ISO 8601 time (e.g. 2026-11-26T07:30:00+01:00)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(default_zone))
    return moment


def deliver(settings: Settings, due_at: datetime) -> int:
    """Deliver every digest due at or before `due_at` that is not yet delivered.

    Exit 0 only when every due digest was delivered or skipped by rule; 1 when a platform
    refused or could not be reached, a digest failed or is "maybe sent", or digests remain
    undelivered (interrupted, or still retrying when the grace ran out). One line on stderr
    says which.
    """
    from bot.bootstrap import settle

    report = asyncio.run(_deliver(settings, due_at, built=settle))
    sys.stderr.write(f"digestbot: {redact(report.summary())}\n")
    return EXIT_OK if report.complete else EXIT_FAILED


def _on_signals(delivery: DigestDelivery, task: asyncio.Task[DeliveryReport]) -> None:
    """SIGTERM/SIGINT: stop claiming and hand back what is not yet sending; a second one
    abandons the sends under way (their leases run out; a taker-over marks them maybe sent)."""
    loop = asyncio.get_running_loop()
    received: list[int] = []

    def handle(number: int) -> None:
        received.append(number)
        if len(received) == 1:
            log.warning("stopping: handing back the digests not yet sending")
            delivery.stop()
            loop.call_later(STOP_GRACE, task.cancel)
        else:
            task.cancel()

    for number in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(number, handle, number)


async def _deliver(
    settings: Settings, due_at: datetime, *, built: Callable[[], None] | None = None
) -> DeliveryReport:
    """Deliver; `built` is called once everything is built, before the run (`settle`)."""
    from bot.bootstrap import open_delivery

    unavailable: dict[str, str] = {}
    async with open_delivery(settings, unavailable) as delivery:
        if built is not None:
            built()
        task = asyncio.ensure_future(delivery.run(due_at))
        _on_signals(delivery, task)
        try:
            report = await task
        except asyncio.CancelledError:
            report = DeliveryReport(interrupted=True)
            report.unfinished = await asyncio.to_thread(
                delivery.ledger.unfinished, due_by=due_at, platforms=delivery.adapters
            )
        report.unavailable.update(unavailable)
        return report


# --- subscriptions list|add|remove ------------------------------------------------------


def manage(args: argparse.Namespace, settings: Settings, *, out: TextIO) -> int:
    """Run `subscriptions list|add|remove` for one or more chats (`--chat a,b,c`)."""
    from bot.bootstrap import build_subscriptions, open_store

    store = open_store(settings)
    try:
        repository = build_subscriptions(settings, store)
        if args.action == "list":
            return _list(repository, args, out)
        chats = _chats(args)
        if args.action == "add":
            return _add(repository, chats, args, out)
        return _remove(repository, chats, out)
    finally:
        store.close()


def _chats(args: argparse.Namespace) -> list[ChatKey]:
    if not args.platform or not args.chat:
        raise UsageError(f"subscriptions {args.action} needs --platform and --chat")
    thread = args.thread or None
    ids = [c.strip() for c in str(args.chat).split(",") if c.strip()]
    if not ids:
        raise UsageError("--chat names no chat")
    return [ChatKey(args.platform.strip().lower(), chat, thread) for chat in ids]


def _add(
    repository: SubscriptionRepository,
    chats: Sequence[ChatKey],
    args: argparse.Namespace,
    out: TextIO,
) -> int:
    words = " ".join([args.time or DEFAULT_TIME, *(args.topics or [])])
    at, topics = parse_subscribe(words)
    zone_name = resolve_zone(args.zone) if args.zone else None
    for chat in chats:
        subscription = repository.save(
            chat, time=at, topics=topics, created_by="operator", zone=zone_name
        )
        out.write(_line(subscription, None) + "\n")
    return EXIT_OK


def _remove(repository: SubscriptionRepository, chats: Sequence[ChatKey], out: TextIO) -> int:
    missing = 0
    for chat in chats:
        if repository.remove(chat):
            out.write(f"removed {chat}\n")
        else:
            missing += 1
            sys.stderr.write(f"digestbot: no subscription for {chat}\n")
    return EXIT_FAILED if missing else EXIT_OK


HEADER = "platform\tchat\tthread\ttime\tzone\ttopics\tstate\tlast delivery"


def _list(repository: SubscriptionRepository, args: argparse.Namespace, out: TextIO) -> int:
    rows = repository.listing(platform=args.platform, chat_id=args.chat)
    if args.thread is not None:
        rows = [(s, d) for s, d in rows if (s.chat.thread_id or "") == args.thread]
    out.write(HEADER + "\n")
    for subscription, last in rows:
        out.write(_line(subscription, last) + "\n")
    return EXIT_OK


def _line(subscription: Subscription, last: Delivery | None) -> str:
    state = (
        "active"
        if subscription.active
        else f"stopped ({subscription.dead_reason or 'by the chat'})"
    )
    topics = ",".join(subscription.topics) or "*"
    cells = [
        subscription.chat.platform,
        subscription.chat.chat_id,
        subscription.chat.thread_id or "-",
        str(subscription.time),
        subscription.timezone,
        topics,
        state,
        _delivery_cell(last),
    ]
    return "\t".join(cells)


def _delivery_cell(last: Delivery | None) -> str:
    if last is None:
        return "-"
    cell = f"{last.local_date.isoformat()} {STATUS_WORDS.get(last.status, last.status)}"
    if last.reason and last.status != "sent":
        cell += f" ({redact(last.reason)})"
    return cell


# How a delivery's state reads for an operator; "maybe sent" says why it is not repeated.
STATUS_WORDS = {"uncertain": "maybe sent", "sending": "sending"}
