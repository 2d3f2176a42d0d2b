"""Remember recently seen keys, so an update or event the platform sends again is handled once."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class RecentKeys(Generic[K]):
    """The last `size` keys seen (Telegram update ids, Slack event ids)."""

    def __init__(self, size: int = 10_000) -> None:
        self.size = size
        self._keys: OrderedDict[K, None] = OrderedDict()

    def first_time(self, key: K) -> bool:
        """Record `key`; True the first time, False when it was seen already."""
        if key in self._keys:
            return False
        self._keys[key] = None
        if len(self._keys) > self.size:
            self._keys.popitem(last=False)
        return True
