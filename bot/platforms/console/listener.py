"""The console: chat commands on stdin, plain-text replies on stdout.

A first-class platform: `digestbot chat` and `digestbot serve` without tokens use it,
tests drive the whole bot through it, and scheduled digests are printed here too.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from dataclasses import replace
from typing import TextIO

from bot.chat.commands import parse_command
from bot.chat.replies import ChatContext, Reply
from bot.chat.service import ChatService
from bot.i18n import ENGLISH, words
from bot.platforms.base import ChatPort, DeliveryResult
from bot.platforms.console.renderer import render
from bot.platforms.console.sender import ConsoleSender

PROMPT = "digestbot> "
CONTEXT = ChatContext(platform="console", chat_id="console", user_id="console", chat_kind="private")


class _Operator:
    """Whoever types at the console runs the bot: every command is theirs."""

    async def is_admin(self, ctx: ChatContext) -> bool:
        return True


OPERATOR = _Operator()


def answer(chat: ChatService, line: str) -> str:
    """Answer one line as the console shows it."""
    ctx = replace(CONTEXT, language=chat.language_of(CONTEXT))
    return render(chat.handle(line, ctx), words=words(ctx.language))


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


class ConsoleListener:
    """The console inside `serve`: reads stdin on a daemon thread, prints replies."""

    name = "console"

    def __init__(
        self, chat: ChatPort, *, stdin: TextIO | None = None, stdout: TextIO | None = None
    ) -> None:
        self.chat = chat
        self.stdin = stdin or sys.stdin
        self.sender = ConsoleSender(stdout)
        self._write = self.sender.write
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str | None] = asyncio.Queue()

        def read() -> None:
            # A daemon thread: a blocking read must not hold up shutdown; once the loop
            # has closed there is no one left to tell.
            with contextlib.suppress(RuntimeError):
                for line in self.stdin:
                    loop.call_soon_threadsafe(queue.put_nowait, line)
                loop.call_soon_threadsafe(queue.put_nowait, None)

        threading.Thread(target=read, name="console-stdin", daemon=True).start()
        self._write("Digestbot is running in the console — type /help. Stop with Ctrl-C.")
        self._task = asyncio.create_task(self._serve(queue))

    async def _serve(self, queue: asyncio.Queue[str | None]) -> None:
        while (line := await queue.get()) is not None:
            if line.strip():
                request = parse_command(line.strip())
                ctx = await self.chat.localise(CONTEXT)
                reply = await self.chat.answer(request, ctx, OPERATOR)
                self._write(render(reply, words=words(ctx.language)) + "\n")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def deliver(
        self, chat_id: str, thread_id: str | None, reply: Reply, *, language: str = ENGLISH
    ) -> DeliveryResult:
        """Print a scheduled digest."""
        return await self.sender.deliver(chat_id, thread_id, reply, language=language)
