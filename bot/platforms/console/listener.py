"""The console: chat commands on stdin, plain-text replies on stdout.

A first-class platform: `digestbot chat` and `digestbot serve` without tokens use it,
tests drive the whole bot through it, and scheduled digests are printed here too. At a
terminal both show the same banner and prompt, with line editing and history
(bot.platforms.console.prompt); from a pipe they read plain lines and print plain replies.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TextIO

from bot.chat.commands import parse_command
from bot.chat.replies import ChatContext, Reply
from bot.chat.service import ChatService
from bot.i18n import ENGLISH, words
from bot.platforms.base import ChatPort, DeliveryResult
from bot.platforms.console.prompt import PROMPT, LineReader
from bot.platforms.console.renderer import render
from bot.platforms.console.sender import ConsoleSender

__all__ = ["PROMPT", "ConsoleListener", "answer", "banner", "run_chat"]

CONTEXT = ChatContext(platform="console", chat_id="console", user_id="console", chat_kind="private")
EXAMPLE_TOPICS = 3


class _Operator:
    """Whoever types at the console runs the bot: every command is theirs."""

    async def is_admin(self, ctx: ChatContext) -> bool:
        return True


OPERATOR = _Operator()


def banner(chat: ChatPort, language: str = CONTEXT.language) -> str:
    """The greeting at a terminal: what to type first, with topics that exist now."""
    _ = words(language).gettext
    # One topic from each of the first few articles: a taste of what is there.
    firsts: dict[str, str] = {}
    for topic in chat.topic_entries():
        firsts.setdefault(topic.article.source, f"/{topic.command}")
    topics = list(firsts.values())
    if topics:
        text = _(
            "Digestbot: the news in short. Try /digest for the latest articles, /topics, "
            "a topic such as %(examples)s, or /search WORDS; /help lists every command."
        ) % {"examples": " ".join(topics[:EXAMPLE_TOPICS])}
    else:
        text = _(
            "Digestbot: the news in short. No articles yet: add a feed with /add URL; "
            "/help lists every command."
        )
    return text + "\n" + _("Up arrow: earlier commands. Ctrl-D: leave.")


def answer(chat: ChatService, line: str) -> str:
    """Answer one line as the console shows it."""
    ctx = replace(CONTEXT, language=chat.language_of(CONTEXT))
    return render(chat.handle(line, ctx), words=words(ctx.language))


def run_chat(
    chat: ChatService, *, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    """Answer commands until end of input; a prompt when a person types at a terminal."""
    reader = LineReader(stdin, stdout)
    reader.open()
    if reader.interactive:
        reader.write(banner(chat, chat.language_of(CONTEXT)))
    first = True
    try:
        while (line := reader.read()) is not None:
            line = line.strip()
            if not line:
                continue
            if not first and not reader.interactive:
                reader.write("")
            reply = answer(chat, line)
            # At a terminal a blank line parts each reply from the next prompt.
            reader.write(reply + "\n" if reader.interactive else reply)
            first = False
    except KeyboardInterrupt:
        reader.write("")
    finally:
        reader.close()
    return 0


class ConsoleListener:
    """The console inside `serve`: reads stdin on a daemon thread, prints replies.

    Each line is answered before the next prompt; at the end of input (Ctrl-D) the
    callbacks given to `when_input_ends` run, which ends `serve` when the console is all
    it runs.
    """

    name = "console"

    def __init__(
        self, chat: ChatPort, *, stdin: TextIO | None = None, stdout: TextIO | None = None
    ) -> None:
        self.chat = chat
        self.reader = LineReader(stdin, stdout)
        self.sender = ConsoleSender(stdout, write=self.reader.write)
        self._ended: list[Callable[[], None]] = []
        self._pending: concurrent.futures.Future[None] | None = None

    def when_input_ends(self, callback: Callable[[], None]) -> None:
        """Call `callback` on the event loop when stdin ends."""
        self._ended.append(callback)

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self.reader.open()
        if self.reader.interactive:
            ctx = await self.chat.localise(CONTEXT)
            self.reader.write(banner(self.chat, ctx.language))
        threading.Thread(target=self._read, args=(loop,), name="console-stdin", daemon=True).start()

    def _read(self, loop: asyncio.AbstractEventLoop) -> None:
        # A daemon thread: a blocking read must not hold up shutdown. Once the loop has
        # closed there is no one left to answer, and nothing to tell.
        try:
            while (line := self.reader.read()) is not None:
                if line.strip():
                    self._pending = asyncio.run_coroutine_threadsafe(
                        self._answer(line.strip()), loop
                    )
                    self._pending.result()  # the answer is printed before the next prompt
        except Exception:  # noqa: BLE001 - the loop closed or the answer was cancelled: stop
            return
        for callback in self._ended:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(callback)

    async def _answer(self, line: str) -> None:
        ctx = await self.chat.localise(CONTEXT)
        reply = await self.chat.answer(parse_command(line), ctx, OPERATOR)
        self.reader.write(render(reply, words=words(ctx.language)) + "\n")

    async def stop(self) -> None:
        if self._pending is not None:
            self._pending.cancel()  # an answer under way does not outlive the store
        self.reader.close()

    async def deliver(
        self, chat_id: str, thread_id: str | None, reply: Reply, *, language: str = ENGLISH
    ) -> DeliveryResult:
        """Print a scheduled digest."""
        return await self.sender.deliver(chat_id, thread_id, reply, language=language)
