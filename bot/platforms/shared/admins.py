"""Who administers which chat, as the platform said lately: asked once, then cached briefly."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class AdminCache(Generic[K]):
    """Answers that expire after `ttl` seconds; at most `size`, the least recent dropped."""

    def __init__(
        self, ttl: float, size: int = 10_000, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl = ttl
        self.size = size
        self._clock = clock
        self._entries: OrderedDict[K, tuple[float, bool]] = OrderedDict()

    def get(self, key: K) -> bool | None:
        """The cached answer, or None when there is none or it expired."""
        entry = self._entries.get(key)
        if entry is None or entry[0] < self._clock():
            return None
        return entry[1]

    def put(self, key: K, is_admin: bool) -> None:
        self._entries[key] = (self._clock() + self.ttl, is_admin)
        self._entries.move_to_end(key)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)
