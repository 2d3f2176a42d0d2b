"""Marks written in batches: whatever is waiting goes into one transaction."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime

from bot.delivery.model import Mark
from bot.delivery.ports import Ledger
from bot.store.errors import StoreUnavailable

log = logging.getLogger(__name__)


class GroupCommit:
    """Write marks in batches: whatever is waiting goes into one transaction.

    A sender waits for its own mark before it takes the next digest, so at most the digests
    in flight are sent-but-unrecorded at any moment, batch or no batch.
    """

    def __init__(
        self,
        ledger: Ledger,
        clock: Callable[[], datetime],
        *,
        deadline: Callable[[], datetime],
        max_batch: int = 200,
    ) -> None:
        self.ledger = ledger
        self.clock = clock
        self.deadline = deadline
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
            except Exception as error:  # noqa: BLE001 - every waiting mark must learn of the failure
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                continue
            for (_, future), ok in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(ok)

    async def _commit(self, marks: list[Mark]) -> list[bool]:
        """Commit a batch, trying again while the database is away or locked, until our
        lease ends: a sent digest left unmarked would be taken over as "maybe sent"."""
        attempt = 0
        while True:
            try:
                return await asyncio.to_thread(self.ledger.record, marks, now=self.clock())
            except StoreUnavailable as error:
                attempt += 1
                left = (self.deadline() - self.clock()).total_seconds()
                log.warning(
                    "recording %d deliveries failed (%s); %s",
                    len(marks),
                    error,
                    f"trying again for {left:.0f} s" if left > 0 else "giving up",
                )
                if left <= 0:
                    raise
                await asyncio.sleep(min(0.2 * attempt, 2.0, left))
