"""How long a write may wait for the database's write lock, set by who asks for the write.

A chat command's write must answer "busy, try again" within seconds rather than hold one of
the few worker threads (and the user) while a long transaction elsewhere keeps the lock; the
scheduler's and the CLI's writes keep waiting as long as they always did.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# Seconds a chat-triggered write waits for a lock before it gives up with `StoreBusy`.
CHAT_WRITE_WAIT = 2.0

# The instant (time.monotonic) by which this context's writes give up; None: no limit.
_deadline: ContextVar[float | None] = ContextVar("digestbot_write_deadline", default=None)


@contextmanager
def interactive_writes(wait: float = CHAT_WRITE_WAIT) -> Iterator[None]:
    """Let writes in this context (and the threads it starts) wait at most `wait` seconds.

    Nested, the earlier deadline wins: time a command spent queued for a thread counts.
    """
    deadline = time.monotonic() + wait
    outer = _deadline.get()
    token = _deadline.set(deadline if outer is None else min(outer, deadline))
    try:
        yield
    finally:
        _deadline.reset(token)


def write_wait() -> float | None:
    """Return the seconds left to wait for a lock (0 when none); None for the usual patience."""
    deadline = _deadline.get()
    return None if deadline is None else max(deadline - time.monotonic(), 0.0)
