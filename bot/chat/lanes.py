"""Two lanes of threads for the chat: reads (`/help`, `/digest`, topics) and settings changes.

`asyncio.to_thread` shares one small pool (CPUs + 4 threads) with the scheduler's database
work. A write waiting for a lock another process holds would hold one of those threads, and
enough of them make every `/help` wait too. Here reads have their own pool and writes another,
so a read never queues behind a write; writes themselves give up quickly (`interactive_writes`).
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from bot.store.waits import interactive_writes

READ_THREADS = 8
WRITE_THREADS = 4
T = TypeVar("T")

_reads = ThreadPoolExecutor(max_workers=READ_THREADS, thread_name_prefix="chat-read")
_writes = ThreadPoolExecutor(max_workers=WRITE_THREADS, thread_name_prefix="chat-write")


def run_in_lane(write: bool, work: Callable[[], T]) -> Awaitable[T]:
    """Run blocking chat work on its lane: a settings change on the writers' threads.

    Its writes wait for a database lock only briefly (`interactive_writes`), and the wait
    starts now, so time spent queued for a thread counts against it.
    """
    with interactive_writes():
        context = contextvars.copy_context()
    loop = asyncio.get_running_loop()
    return loop.run_in_executor(_writes if write else _reads, context.run, work)
