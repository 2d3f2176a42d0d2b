"""Rate limits per chat or channel, with memory bounded by forgetting idle ones."""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

from aiolimiter import AsyncLimiter

K = TypeVar("K", bound=Hashable)


class KeyedLimiters(Generic[K]):
    """One `AsyncLimiter(max_rate, period)` per key; past `max_keys`, idle ones are dropped."""

    def __init__(self, max_rate: float, period: float, *, max_keys: int = 4096) -> None:
        self.max_rate = max_rate
        self.period = period
        self.max_keys = max_keys
        self._limiters: OrderedDict[K, AsyncLimiter] = OrderedDict()

    def __call__(self, key: K) -> AsyncLimiter:
        """The key's limiter (`async with limiters(key): ...`)."""
        limiter = self._limiters.get(key)
        if limiter is None:
            limiter = self._limiters[key] = AsyncLimiter(self.max_rate, self.period)
            self._forget_idle()
        self._limiters.move_to_end(key)
        return limiter

    def __contains__(self, key: object) -> bool:
        return key in self._limiters

    def _forget_idle(self) -> None:
        """Drop the least recent keys whose limiters are full again (nothing is owed)."""
        excess = len(self._limiters) - self.max_keys
        if excess <= 0:
            return
        for key, limiter in list(itertools.islice(self._limiters.items(), excess)):
            if limiter.has_capacity(limiter.max_rate):
                del self._limiters[key]
