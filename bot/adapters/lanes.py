"""Two lanes of threads for the chat: reads (`/help`, `/digest`, topics) and settings changes.

`asyncio.to_thread` shares one small pool (CPUs + 4 threads) with the scheduler's database
work. A write waiting for a lock another process holds would hold one of those threads, and
enough of them make every `/help` wait too. Here reads have their own pool and writes another,
so a read never queues behind a write; writes themselves give up quickly (`interactive_writes`).
"""

from __future__ import annotations

import asyncio
import contextvars
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from bot.chat.replies import ChatContext, Reply
from bot.store.waits import interactive_writes

READ_THREADS = 8
WRITE_THREADS = 4

_reads = ThreadPoolExecutor(max_workers=READ_THREADS, thread_name_prefix="chat-read")
_writes = ThreadPoolExecutor(max_workers=WRITE_THREADS, thread_name_prefix="chat-write")


class Answering(Protocol):
    def handle(self, text: str, ctx: ChatContext) -> Reply: ...
    def requires_admin(self, text: str) -> bool: ...


async def ask_chat(chat: Answering, text: str, ctx: ChatContext) -> Reply:
    """Answer `text` on the lane its command belongs to: a settings change writes."""
    lane = _writes if chat.requires_admin(text) else _reads
    # The write deadline starts now, so time spent queued for a thread counts against it.
    with interactive_writes():
        context = contextvars.copy_context()
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(lane, context.run, chat.handle, text, ctx)


__all__ = ["ask_chat"]
