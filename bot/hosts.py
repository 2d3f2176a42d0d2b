"""Politeness: at most a few fetches at once to any one host, however many feeds it serves."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit


class HostSlots:
    """A semaphore per host name: `slot(url)` waits while `per_host` fetches to it run."""

    def __init__(self, per_host: int) -> None:
        self.per_host = max(per_host, 1)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}

    def _of(self, url: str) -> threading.BoundedSemaphore:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            slot = self._slots.get(host)
            if slot is None:
                slot = self._slots[host] = threading.BoundedSemaphore(self.per_host)
            return slot

    @contextlib.contextmanager
    def slot(self, url: str) -> Iterator[None]:
        with self._of(url):
            yield
