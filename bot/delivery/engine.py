"""Deliver the digests that are due: plan, claim, send through the adapters, record.

Many chats are served at once (asyncio tasks, bounded), paced by the adapters' own rate
limiters; a slow or failing chat holds one slot for one attempt, and its retries go back to
the ledger with a back-off instead of blocking a slot, until the grace runs out.

A send whose request went out but whose answer never came is "maybe sent" (`uncertain`):
recorded, counted and shown, never repeated automatically.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bot import metrics
from bot.chat.replies import DigestReply
from bot.delivery.content import DigestBuilder
from bot.delivery.group_commit import GroupCommit
from bot.delivery.model import ChatKey, Claim, Mark
from bot.delivery.planner import PlanReport, plan_due
from bot.delivery.ports import Ledger
from bot.delivery.report import DeliveryReport, Outcome, RetryPolicy
from bot.i18n import ENGLISH
from bot.platforms.base import DeliveryResult, Sender
from bot.store.errors import StoreUnavailable

log = logging.getLogger(__name__)

# The language each chat's digest is written in, for many chats at once.
Languages = Callable[[Sequence[ChatKey]], Mapping[ChatKey, str]]

# Enough sends under way to keep a platform busy at its limit over a slow network (100/s at
# 300 ms a round trip); more only lengthens HTTP connection pools and lease queues.
DEFAULT_CONCURRENCY = 32
# An adapter that hangs longer than this (its own timeouts failed) is given up on.
SEND_LIMIT = 300.0
CLAIM_BATCH = 50
# While waiting for a retry's back-off, or for the digests other workers hold, look at the
# ledger at least this often: a run that has nothing left ends within this long of the
# last digest the others send (one small query a nap).
MAX_NAP = 1.0
# Dated digests kept (each with the digest it was made from, so an id is not reused).
DATED = 64
# While planning still commits digests, claim again at least this often (seconds).
PLANNING_POLL = 0.02
# How long a run that finds nothing to claim, but digests still planned, looks again (two
# runs at once: the other's planner may still be committing); how often.
SETTLE = timedelta(seconds=5)
SETTLE_POLL = 0.1
# A claim the database refused while sends are under way is tried again after this long.
CLAIM_PAUSE = 0.5


class DigestDelivery:
    """Plan and deliver every digest due by an instant, across adapters, at most once each."""

    def __init__(
        self,
        ledger: Ledger,
        adapters: Mapping[str, Sender],
        builder: DigestBuilder,
        *,
        grace: timedelta,
        concurrency: int = DEFAULT_CONCURRENCY,
        retry: RetryPolicy | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        languages: Languages = lambda chats: dict.fromkeys(chats, ENGLISH),
    ) -> None:
        self.ledger = ledger
        # The languages the chats' digests are written in: looked up with each claim, for
        # the claimed chats at once.
        self.languages = languages
        self._spoken: dict[ChatKey, str] = {}
        self._dated_replies: dict[tuple[int, date], tuple[DigestReply, DigestReply]] = {}
        self.adapters = dict(adapters)
        self.builder = builder
        self.grace = grace
        self.concurrency = max(1, concurrency)
        self.retry = retry or RetryPolicy()
        self.lease = ledger.lease
        self.clock = clock
        # Until when our claims are surely ours: the last lease the heartbeat wrote.
        self.lease_end = clock() + self.lease
        self._marks = GroupCommit(self.ledger, clock, deadline=lambda: self.lease_end)
        self._stopping = False

    def stop(self) -> None:
        """Claim nothing more, for good; hand back the claims not yet sending, and let the
        sends under way finish."""
        self._stopping = True

    async def run(self, due_by: datetime, *, wait_for_retries: bool = True) -> DeliveryReport:
        """Plan and deliver what is due by `due_by`.

        `wait_for_retries` keeps the run going until digests given back for a retry are
        done (the `deliver` command); the scheduler leaves them to its next tick.
        """
        report = DeliveryReport()
        # Planning commits its digests a few hundred at a time, and sending starts with the
        # first of them: 10,000 chats due at one minute need not wait for the last row.
        planning = asyncio.create_task(
            asyncio.to_thread(plan_due, self.ledger, due_by, grace=self.grace, stamp=self.clock())
        )
        heartbeat: asyncio.Task[None] | None = None
        try:
            await asyncio.to_thread(self.builder.refresh)
            heartbeat = asyncio.create_task(self._heartbeat())
            await self._fan_out(due_by, report, planning, wait_for_retries=wait_for_retries)
        finally:
            if heartbeat is not None:
                heartbeat.cancel()
            planning.cancel()  # a no-op once it is done (its thread cannot be stopped)
            await asyncio.gather(*filter(None, (heartbeat, planning)), return_exceptions=True)
        plan = planning.result()  # a planner that failed fails the run, as it always did
        report.planned, report.late = plan.planned, plan.skipped
        report.interrupted = self._stopping
        report.waiting = await asyncio.to_thread(
            self.ledger.waiting, due_by=due_by, platforms=self.adapters
        )
        report.unfinished = await asyncio.to_thread(
            self.ledger.unfinished, due_by=due_by, platforms=self.adapters
        )
        return report

    async def _heartbeat(self) -> None:
        """Renew our leases every third of a lease, so only a dead worker's claims expire."""
        beat = max(self.lease.total_seconds() / 3, 0.05)
        while True:
            await asyncio.sleep(beat)
            try:
                now = self.clock()
                await asyncio.to_thread(self.ledger.renew, now=now)
                self.lease_end = now + self.lease
            except StoreUnavailable as error:
                log.warning("leases not renewed: %s", error)

    async def _fan_out(
        self,
        due_by: datetime,
        report: DeliveryReport,
        planning: asyncio.Task[PlanReport],
        *,
        wait_for_retries: bool,
    ) -> None:
        in_flight: set[asyncio.Task[None]] = set()
        # Refill when half the slots are free: claims come in batches, not one per send.
        low_water = max(1, self.concurrency // 2)
        exhausted = False
        settle_by: datetime | None = None
        try:
            while True:
                if planning.done() and (planning.cancelled() or planning.exception()):
                    # No plan, no claims: the sends under way finish, then the run fails.
                    if in_flight:
                        await asyncio.wait(in_flight)
                    return
                # Read before claiming: a claim sees all that is planned only if planning had
                # ended before it began.
                planned = planning.done()
                if not self._stopping and not exhausted and len(in_flight) <= low_water:
                    want = min(self.concurrency - len(in_flight), CLAIM_BATCH)
                    abandoned: list[int] = []
                    now = self.clock()
                    try:
                        claims = await asyncio.to_thread(self._claim, due_by, now, want, abandoned)
                    except StoreUnavailable as error:
                        if not in_flight:
                            raise  # nothing under way to wait for: the run fails, as before
                        # The database is locked or gone for a moment. The sends under way
                        # still need it for their marks; claim again once one of them ends.
                        log.warning("no more claims for now: %s", error)
                        _, in_flight = await asyncio.wait(
                            in_flight, timeout=CLAIM_PAUSE, return_when=asyncio.FIRST_COMPLETED
                        )
                        continue
                    if claims:
                        self.lease_end = now + self.lease
                    for _ in abandoned:
                        report.count("uncertain")
                    for claim in claims:
                        in_flight.add(asyncio.create_task(self._deliver(claim, report)))
                    exhausted = len(claims) < want
                    if not exhausted:
                        continue
                if not planned:
                    # More digests may be committed any moment: look again shortly.
                    waiting: set[asyncio.Future[Any]] = {planning, *in_flight}
                    await asyncio.wait(
                        waiting, timeout=PLANNING_POLL, return_when=asyncio.FIRST_COMPLETED
                    )
                    in_flight = {task for task in in_flight if not task.done()}
                    exhausted = False
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
                    # Another run's planner may commit its last digests after our claims
                    # found none: look again for a few seconds before calling them undelivered.
                    now = self.clock()
                    settle_by = settle_by or now + SETTLE
                    left = await asyncio.to_thread(
                        self.ledger.unfinished, due_by=due_by, platforms=self.adapters
                    )
                    if not left or now >= settle_by:
                        return
                    await asyncio.sleep(SETTLE_POLL)
                    exhausted = False
                    continue
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

    def _claim(
        self, due_by: datetime, now: datetime, limit: int, abandoned: list[int]
    ) -> list[Claim]:
        """Claim digests, and look up their chats' languages (blocking: reads the database)."""
        claims = self.ledger.claim(
            due_by=due_by, now=now, limit=limit, platforms=self.adapters, abandoned=abandoned
        )
        if claims:
            chats = [claim.subscription.chat for claim in claims]
            try:
                self._spoken.update(self.languages(chats))
            except Exception as error:  # noqa: BLE001 - each send looks its chat's up again
                log.warning("chats' languages not read with their claims: %s", error)
        return claims

    async def _deliver(self, claim: Claim, report: DeliveryReport) -> None:
        """Deliver one claimed digest and record how it ended; never raises."""
        try:
            outcome = await self._attempt(claim)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            log.exception("delivery %s to %s failed", claim.delivery_id, claim.subscription.chat)
            outcome = "lost"
            if isinstance(error, StoreUnavailable):
                log.error("the database is unavailable: %s", error)
        finally:
            self._spoken.pop(claim.subscription.chat, None)
        report.count(outcome)
        metrics.delivery_ended(outcome, claim.subscription.chat.platform)

    def _deadline(self, claim: Claim) -> datetime:
        """The last moment a digest may still go out: its due time plus the misfire grace."""
        return claim.due_at + self.grace

    async def _attempt(self, claim: Claim) -> Outcome:
        if claim.attempts > 1 and self.clock() > self._deadline(claim) + self.lease:
            # Claimed again well after the grace (its worker kept dying before sending; a
            # retry is due within the grace): too late.
            reason = f"not delivered within the grace of {_span(self.grace)}"
            return await self._record(claim, "failed", reason)
        content = self.builder.for_subscription(claim.subscription)
        if content.reply is None:
            return await self._record(claim, "skipped", content.reason or "nothing new")
        if self._stopping:
            # Interrupted before this one went out: hand it back for the next run, at once.
            return await self._record(claim, "released", "handed back: its worker stopped")
        if await self._record(claim, "sending", None) == "lost":
            return "lost"
        # A daily digest opens with its day, in the chat's words («Today's news, Monday 30 …»).
        reply = self._dated(content.reply, claim.local_date)
        result = await self._send(claim.subscription.chat, reply)
        if result.status == "dead" and result.new_chat_id:
            result = await self._follow(claim, result.new_chat_id, reply)
        return await self._settle(claim, result, content.through)

    def _dated(self, reply: DigestReply, day: date) -> DigestReply:
        """The digest with its day: one object for every chat that gets the same digest on
        the same day, so an adapter can render it once."""
        key = (id(reply), day)
        found = self._dated_replies.get(key)
        if found is None or found[0] is not reply:
            if len(self._dated_replies) >= DATED:
                self._dated_replies.clear()
            found = self._dated_replies[key] = (reply, replace(reply, day=day))
        return found[1]

    async def _send(self, chat: ChatKey, reply: DigestReply) -> DeliveryResult:
        adapter = self.adapters[chat.platform]
        # The adapters' own timeouts come first; this one only stops an adapter that hangs.
        # The request may be out by then: maybe sent.
        limit = SEND_LIMIT
        try:
            language = self._spoken.get(chat)
            if language is None:
                language = (await asyncio.to_thread(self.languages, [chat]))[chat]
            return await asyncio.wait_for(
                adapter.deliver(chat.chat_id, chat.thread_id, reply, language=language),
                timeout=limit,
            )
        except TimeoutError:
            return DeliveryResult.uncertain(f"no answer within {limit:.0f} s")
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
        if result.message_ids:
            reason = f"partly sent ({len(result.message_ids)} messages), then: {reason}"
        if result.status == "uncertain":
            log.warning("delivery to %s maybe sent (%s): not sent again", chat, reason)
            return await self._record(claim, "uncertain", reason)
        if result.retryable and not result.message_ids:
            delay = max(self.retry.delay(claim.attempts), result.retry_after or 0.0)
            if self.clock() + timedelta(seconds=delay) <= self._deadline(claim):
                log.info("delivery to %s failed (%s); again in %.0f s", chat, reason, delay)
                return await self._record(claim, "retry", reason, retry_in=delay)
            reason = f"{reason}; still failing when the grace of {_span(self.grace)} ran out"
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
        status = "planned" if outcome in ("retry", "released") else outcome
        assert status in ("sending", "sent", "skipped", "failed", "dead", "uncertain", "planned")
        not_before = self.clock() + timedelta(seconds=retry_in) if outcome == "retry" else None
        mark = Mark(claim, status, reason, message_id, through, not_before)
        ok = await self._marks.record(mark)
        return outcome if ok else "lost"


def _span(span: timedelta) -> str:
    hours = span.total_seconds() / 3600
    return f"{hours:g} h" if hours >= 1 else f"{span.total_seconds():g} s"
