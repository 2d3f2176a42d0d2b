"""The console: chat commands on stdin, plain-text replies on stdout.

A first-class platform: `digestbot chat` and `digestbot serve` without tokens use it,
tests drive the whole bot through it, and scheduled digests are printed here too.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from typing import TextIO

from bot.adapters.base import DeliveryResult
from bot.chat.replies import ChatContext, Reply
from bot.chat.service import ChatService
from bot.render.text import render

PROMPT = "digestbot> "
CONTEXT = ChatContext(platform="console", chat_id="console", user_id="console", chat_kind="private")


def answer(chat: ChatService, line: str) -> str:
    """Answer one line as the console shows it."""
    return render(chat.handle(line, CONTEXT))


def run_chat(
    chat: ChatService, *, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    """Answer commands until end of input; a prompt when a person types at a terminal."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty() and stdout.isatty()
    if interactive:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401 - line editing and history at the prompt
        stdout.write("Digestbot — type /help for the commands, Ctrl-D to leave.\n")
    first = True
    while True:
        try:
            line = input(PROMPT) if interactive else stdin.readline()
        except EOFError:
            break
        except KeyboardInterrupt:
            stdout.write("\n")
            break
        if not interactive and line == "":
            break
        line = line.strip()
        if not line:
            continue
        if not first and not interactive:
            stdout.write("\n")
        stdout.write(answer(chat, line) + "\n")
        stdout.flush()
        first = False
    return 0


class ConsoleAdapter:
    """The console inside `serve`: reads stdin on a daemon thread, prints replies."""

    name = "console"

    def __init__(
        self, chat: ChatService, *, stdin: TextIO | None = None, stdout: TextIO | None = None
    ) -> None:
        self.chat = chat
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self._task: asyncio.Task[None] | None = None
        self._lock = threading.Lock()
        self._sent = 0

    def _write(self, text: str) -> None:
        with self._lock:
            self.stdout.write(text + "\n")
            self.stdout.flush()

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str | None] = asyncio.Queue()

        def read() -> None:
            # A daemon thread: a blocking read must not hold up shutdown.
            for line in self.stdin:
                loop.call_soon_threadsafe(queue.put_nowait, line)
            loop.call_soon_threadsafe(queue.put_nowait, None)

        threading.Thread(target=read, name="console-stdin", daemon=True).start()
        self._write("Digestbot is running in the console — type /help. Stop with Ctrl-C.")
        self._task = asyncio.create_task(self._serve(queue))

    async def _serve(self, queue: asyncio.Queue[str | None]) -> None:
        while (line := await queue.get()) is not None:
            if line.strip():
                reply = await asyncio.to_thread(answer, self.chat, line.strip())
                self._write(reply + "\n")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def deliver(self, chat_id: str, thread_id: str | None, reply: Reply) -> DeliveryResult:
        """Print a scheduled digest; the console never fails to deliver."""
        self._write(render(reply) + "\n")
        self._sent += 1
        return DeliveryResult.sent((f"console-{self._sent}",))
