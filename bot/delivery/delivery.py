"""Deliver the digests that are due: plan, claim, send through the adapters, record.

Many chats are served at once (asyncio tasks, bounded), paced by the adapters' own rate
limiters; a slow or failing chat holds one slot for one attempt, and its retries go back to
the ledger with a back-off instead of blocking a slot.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import Engine

from bot.chat.replies import DigestReply
from bot.delivery.content import DigestBuilder
from bot.delivery.ledger import LEASE, DeliveryLedger, Mark
from bot.delivery.model import ChatKey, Claim
from bot.delivery.planner import plan_due
from bot.platforms.base import DeliveryResult, Sender
from bot.store.db import utcnow
from bot.store.errors import StoreUnavailable

log = logging.getLogger(__name__)

# Enough sends under way to keep a platform busy at its limit over a slow network (100/s at
# 300 ms a round trip); more only lengthens HTTP connection pools and lease queues.
DEFAULT_CONCURRENCY = 32
CLAIM_BATCH = 50
# While waiting for a retry's back-off, look at the ledger at least this often.
MAX_NAP = 5.0

Outcome = Literal["sent", "skipped", "failed", "retry", "dead", "lost"]


@dataclass(frozen=True)
class RetryPolicy:
    """How often, and after how long, a transient failure is tried again."""

    delays: tuple[float, ...] = (5.0, 30.0, 120.0)

    @property
    def max_attempts(self) -> int:
        return len(self.delays) + 1

    def delay(self, attempts: int) -> float | None:
        """Return the wait before the next attempt after `attempts`, or None to give up."""
        return self.delays[attempts - 1] if 0 < attempts <= len(self.delays) else None


@dataclass
class DeliveryReport:
    """What one run did."""

    planned: int = 0
    late: int = 0  # skipped at planning: later than the grace
    outcomes: dict[str, int] = field(default_factory=dict)
    waiting: dict[str, int] = field(default_factory=dict)  # due on platforms not reachable here

    def count(self, outcome: Outcome) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def __getitem__(self, outcome: str) -> int:
        return self.outcomes.get(outcome, 0)

    def summary(self) -> str:
        parts = [f"planned {self.planned}"]
        if self.late:
            parts.append(f"skipped as late {self.late}")
        parts += [f"{name} {self[name]}" for name in ("sent", "skipped", "failed", "dead")]
        for name in ("retry", "lost"):
            if self[name]:
                parts.append(f"{name} {self[name]}")
        for platform, count in sorted(self.waiting.items()):
            parts.append(f"{count} waiting for {platform} (not configured here)")
        return ", ".join(parts)


def worker_name() -> str:
    """Name this process in the ledger's `claimed_by`, for an operator reading it."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}"


class DigestDelivery:
    """Plan and deliver every digest due by an instant, across adapters, at most once each."""

    def __init__(
        self,
        engine: Engine,
        adapters: Mapping[str, Sender],
        builder: DigestBuilder,
        *,
        grace: timedelta,
        concurrency: int = DEFAULT_CONCURRENCY,
        retry: RetryPolicy | None = None,
        lease: timedelta = LEASE,
        clock: Callable[[], datetime] = utcnow,
        worker: str | None = None,
    ) -> None:
        self.engine = engine
        self.adapters = dict(adapters)
        self.builder = builder
        self.grace = grace
        self.concurrency = max(1, concurrency)
        self.retry = retry or RetryPolicy()
        self.lease = lease
        self.clock = clock
        self.ledger = DeliveryLedger(engine, worker=worker or worker_name(), lease=lease)
        self._marks = GroupCommit(self.ledger, clock)
        self._stopping = False

    def stop(self) -> None:
        """Claim nothing more, for good; the digests in flight are finished."""
        self._stopping = True

    async def run(self, due_by: datetime, *, wait_for_retries: bool = True) -> DeliveryReport:
        """Plan and deliver what is due by `due_by`.

        `wait_for_retries` keeps the run going until digests given back for a retry are
        done (the `deliver` command); the scheduler leaves them to its next tick.
        """
        report = DeliveryReport()
        plan = await asyncio.to_thread(
            plan_due, self.engine, due_by, grace=self.grace, stamp=self.clock()
        )
        report.planned, report.late = plan.planned, plan.skipped
        await asyncio.to_thread(self.builder.refresh)
        await self._fan_out(due_by, report, wait_for_retries=wait_for_retries)
        report.waiting = await asyncio.to_thread(
            self.ledger.waiting, due_by=due_by, platforms=self.adapters
        )
        return report

    async def _fan_out(
        self, due_by: datetime, report: DeliveryReport, *, wait_for_retries: bool
    ) -> None:
        in_flight: set[asyncio.Task[None]] = set()
        # Refill when half the slots are free: claims come in batches, not one per send.
        low_water = max(1, self.concurrency // 2)
        exhausted = False
        try:
            while True:
                if not self._stopping and not exhausted and len(in_flight) <= low_water:
                    want = min(self.concurrency - len(in_flight), CLAIM_BATCH)
                    claims = await asyncio.to_thread(
                        self.ledger.claim,
                        due_by=due_by,
                        now=self.clock(),
                        limit=want,
                        platforms=self.adapters,
                    )
                    for claim in claims:
                        in_flight.add(asyncio.create_task(self._deliver(claim, report)))
                    exhausted = len(claims) < want
                    if not exhausted:
                        continue
                if in_flight:
                    _, in_flight = await asyncio.wait(
                        in_flight, return_when=asyncio.FIRST_COMPLETED
                    )
                    # Freed slots; and other workers' expired leases or retries may be due.
                    exhausted = exhausted and len(in_flight) > 0
                    continue
                if self._stopping or not wait_for_retries:
                    return
                wake = await asyncio.to_thread(
                    self.ledger.next_retry, due_by=due_by, platforms=self.adapters
                )
                if wake is None:
                    return
                pause = (wake - self.clock()).total_seconds()
                await asyncio.sleep(min(max(pause, 0.0) + 0.01, MAX_NAP))
                exhausted = False
        finally:
            # Cancelled (a shutdown that ran out of time): stop the sends; their leases expire
            # and another run takes them over.
            for task in in_flight:
                task.cancel()
            if in_flight:
                await asyncio.gather(*in_flight, return_exceptions=True)

    async def _deliver(self, claim: Claim, report: DeliveryReport) -> None:
        """Deliver one claimed digest and record how it ended; never raises."""
        try:
            outcome = await self._attempt(claim)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("delivery %s to %s failed", claim.delivery_id, claim.subscription.chat)
            outcome = "lost"
        report.count(outcome)

    async def _attempt(self, claim: Claim) -> Outcome:
        if claim.attempts > self.retry.max_attempts:
            # Claimed again and again and never marked: its worker keeps dying mid-send.
            reason = f"gave up after {claim.attempts - 1} attempts"
            return await self._record(claim, "failed", reason)
        content = self.builder.for_subscription(claim.subscription)
        if content.reply is None:
            return await self._record(claim, "skipped", content.reason or "nothing new")
        result = await self._send(claim.subscription.chat, content.reply)
        if result.status == "dead" and result.new_chat_id:
            result = await self._follow(claim, result.new_chat_id, content.reply)
        return await self._settle(claim, result, content.through)

    async def _send(self, chat: ChatKey, reply: DigestReply) -> DeliveryResult:
        adapter = self.adapters[chat.platform]
        # A send that hangs past half the lease would let another worker take the digest
        # over while this one may still post it.
        limit = self.lease.total_seconds() / 2
        try:
            return await asyncio.wait_for(
                adapter.deliver(chat.chat_id, chat.thread_id, reply), timeout=limit
            )
        except TimeoutError:
            return DeliveryResult.failed(f"no answer within {limit:.0f} s", retryable=True)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # an adapter bug must not stop the other chats
            log.exception("%s adapter raised while delivering to %s", chat.platform, chat)
            return DeliveryResult.failed(f"{type(error).__name__}: {error}"[:300], retryable=True)

    async def _follow(self, claim: Claim, new_chat_id: str, reply: DigestReply) -> DeliveryResult:
        """Move the subscription to the chat its chat became, and deliver there."""
        moved = await asyncio.to_thread(self.ledger.move_chat, claim, new_chat_id, now=self.clock())
        if moved is None:
            return DeliveryResult.dead(f"the chat moved to {new_chat_id}")
        result = await self._send(moved.chat, reply)
        if result.status == "dead" and result.new_chat_id:
            return DeliveryResult.dead(f"the chat moved twice (to {result.new_chat_id})")
        return result

    async def _settle(
        self, claim: Claim, result: DeliveryResult, through: datetime | None
    ) -> Outcome:
        chat = claim.subscription.chat
        if result.status == "sent":
            return await self._record(claim, "sent", None, result.message_id, through)
        reason = result.reason or result.status
        if result.status == "dead":
            log.warning("chat %s is gone (%s): its subscription stops", chat, reason)
            return await self._record(claim, "dead", reason)
        delay = self.retry.delay(claim.attempts) if result.retryable else None
        if delay is not None and not result.message_ids:
            log.info("delivery to %s failed (%s); again in %.0f s", chat, reason, delay)
            return await self._record(claim, "retry", reason, retry_in=delay)
        if result.message_ids:
            reason = f"partly sent ({len(result.message_ids)} messages), then: {reason}"
        log.warning("delivery to %s failed: %s", chat, reason)
        return await self._record(claim, "failed", reason)

    async def _record(
        self,
        claim: Claim,
        outcome: Outcome,
        reason: str | None,
        message_id: str | None = None,
        through: datetime | None = None,
        *,
        retry_in: float = 0.0,
    ) -> Outcome:
        """Record an outcome (with the others finishing now: one commit) and wait for it."""
        status = "planned" if outcome == "retry" else outcome
        assert status in ("sent", "skipped", "failed", "dead", "planned")
        not_before = self.clock() + timedelta(seconds=retry_in) if outcome == "retry" else None
        mark = Mark(claim, status, reason, message_id, through, not_before)
        ok = await self._marks.record(mark)
        return outcome if ok else "lost"


class GroupCommit:
    """Write marks in batches: whatever is waiting goes into one transaction.

    A sender waits for its own mark before it takes the next digest, so at most the digests
    in flight are sent-but-unrecorded at any moment, batch or no batch.
    """

    def __init__(
        self, ledger: DeliveryLedger, clock: Callable[[], datetime], *, max_batch: int = 200
    ) -> None:
        self.ledger = ledger
        self.clock = clock
        self.max_batch = max_batch
        self._waiting: list[tuple[Mark, asyncio.Future[bool]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def record(self, mark: Mark) -> bool:
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._waiting.append((mark, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write())
        # Shielded: a cancelled sender must not drop a mark that is being written.
        return await asyncio.shield(future)

    async def _write(self) -> None:
        while self._waiting:
            batch = self._waiting[: self.max_batch]
            del self._waiting[: self.max_batch]
            try:
                results = await self._commit([mark for mark, _ in batch])
            except Exception as error:
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                continue
            for (_, future), ok in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(ok)

    async def _commit(self, marks: list[Mark]) -> list[bool]:
        """Commit a batch, trying again briefly while the database is away."""
        for attempt in range(3):
            try:
                return await asyncio.to_thread(self.ledger.record, marks, now=self.clock())
            except StoreUnavailable as error:
                log.warning("recording %d deliveries failed: %s", len(marks), error)
                if attempt == 2:
                    raise
                await asyncio.sleep(0.5 * (attempt + 1))
        raise AssertionError("not reached")
