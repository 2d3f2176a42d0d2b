"""The console, outbound: scheduled digests printed as plain text."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TextIO

from bot.chat.replies import Reply
from bot.i18n import ENGLISH, words
from bot.platforms.base import DeliveryResult
from bot.platforms.console.renderer import render


class ConsoleSender:
    """Print replies on stdout; the console never fails to deliver.

    `write` prints one whole line; the console listener passes its own, which draws the
    prompt again below a digest that arrives while a person is typing.
    """

    name = "console"

    def __init__(
        self, stdout: TextIO | None = None, *, write: Callable[[str], None] | None = None
    ) -> None:
        self.stdout = stdout or sys.stdout
        self._lock = threading.Lock()
        self._sent = 0
        self._write = write

    def write(self, text: str) -> None:
        """Print a line, whole, even when the stdin thread prints too."""
        if self._write is not None:
            self._write(text)
            return
        with self._lock:
            self.stdout.write(text + "\n")
            self.stdout.flush()

    async def open(self) -> None:
        """Nothing to connect."""

    async def close(self) -> None:
        """Nothing to close."""

    async def deliver(
        self, chat_id: str, thread_id: str | None, reply: Reply, *, language: str = ENGLISH
    ) -> DeliveryResult:
        self.write(render(reply, words=words(language)) + "\n")
        self._sent += 1
        return DeliveryResult.sent((f"console-{self._sent}",))
