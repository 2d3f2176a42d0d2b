"""A fake Slack Web API on 127.0.0.1 that the real slack_sdk talks HTTP to.

It checks the bot token, validates Block Kit as Slack does, answers 429 with Retry-After
over a per-channel rate (or during a storm), 5xx or a hang when told to, and the errors of
dead channels; it records every accepted message so tests can assert on what users see.
Files (shared ones to download, the bot's uploads) are in `files` (tests/fakes/slack_files.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from tests.fakes.slack_files import FakeFiles

TEAM_ID = "T0DIGEST"
BOT_USER_ID = "U0BOT"
BOT_ID = "B0BOT"
MAX_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_ACTIONS = 25
MAX_BUTTON_TEXT = 75
MAX_CONTEXT_ELEMENTS = 10
# Slack refuses with msg_blocks_too_long around 12-13k characters of block text in all.
MAX_MESSAGE_TEXT = 12_000
MAX_RESPONSE_URL_USES = 5


@dataclass
class Message:
    """A message Slack accepted: where it went and what it said."""

    method: str  # chat.postMessage, chat.postEphemeral or response_url
    channel: str | None
    text: str
    blocks: list[dict[str, Any]]
    ts: str
    thread_ts: str | None = None
    user: str | None = None  # who sees an ephemeral message
    response_type: str | None = None

    @property
    def block_text(self) -> str:
        """All text of the blocks, for assertions."""
        parts: list[str] = []
        for block in self.blocks:
            if "text" in block:
                parts.append(block["text"]["text"])
            for element in block.get("elements", []):
                text = element.get("text", "")
                parts.append(text["text"] if isinstance(text, dict) else text)
        return "\n".join(parts)

    @property
    def buttons(self) -> list[tuple[str, str, str]]:
        """The buttons of the message: (label, action_id, value)."""
        return [
            (e["text"]["text"], e["action_id"], e.get("value", ""))
            for block in self.blocks
            if block.get("type") == "actions"
            for e in block["elements"]
        ]

    @property
    def titles(self) -> list[str]:
        """The article titles of a digest (bold, a link when the article has an address)."""
        found = []
        for block in self.blocks:
            if str(block.get("block_id", "")).startswith("intro-title"):
                text = block["text"]["text"].strip("*")
                found.append(text.rsplit("|", 1)[-1].removesuffix(">") if "|" in text else text)
        return found


@dataclass
class User:
    id: str
    is_admin: bool = False
    is_owner: bool = False


@dataclass
class FakeSlack:
    """The fake Web API: start it, point `SLACK_API_URL` at `api_url`, read `messages`."""

    token: str = "xoxb-test-token"
    users: dict[str, User] = field(default_factory=dict)
    dead_channels: dict[str, str] = field(default_factory=dict)  # channel -> error
    channel_interval: float = 0.0  # seconds between two accepted posts to one channel
    retry_after: str = "1"  # Retry-After header value of every 429
    messages: list[Message] = field(default_factory=list)
    views: list[dict[str, Any]] = field(default_factory=list)
    calls: list[tuple[str, int]] = field(default_factory=list)  # (method, HTTP status)
    response_urls: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (ch, user)

    def __post_init__(self) -> None:
        self._storm = 0
        self._server_errors = 0
        self._hangs: list[float] = []
        self._auth_hangs: list[float] = []  # auth.test held this long (past a timeout)
        self._late: list[float] = []  # posted, then the answer is held this long
        self._raw: list[tuple[int, str]] = []
        self._refusals: list[str] = []
        self._last_post: dict[str, float] = {}
        self._response_uses: dict[str, int] = {}
        self._ts = itertools.count(1)
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.files = FakeFiles(self)

    # --- set-up -----------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)
        app.router.add_post("/respond/{key}", self._respond)
        self.files.routes(app)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, key: str, channel: str, user: str) -> str:
        """Return a response_url for a slash command in `channel` by `user`."""
        self.response_urls[key] = (channel, user)
        return f"http://127.0.0.1:{self.port}/respond/{key}"

    def storm(self, count: int) -> None:
        """Answer the next `count` message posts with 429, whatever the rate."""
        self._storm = count

    def fail_next(self, count: int) -> None:
        """Answer the next `count` message posts with 503."""
        self._server_errors = count

    def refuse_next(self, error: str) -> None:
        """Refuse the next message (a post or a response_url answer) with this error."""
        self._refusals.append(error)

    def hang_next(self, seconds: float) -> None:
        """Keep the next message post waiting, then answer 504 without posting it."""
        self._hangs.append(seconds)

    def hang_auth_next(self, seconds: float) -> None:
        """Hold the next auth.test answer `seconds`: a slow network at start."""
        self._auth_hangs.append(seconds)

    def post_then_hang(self, seconds: float) -> None:
        """Post the next message, then hold the answer `seconds` (past the client's timeout)."""
        self._late.append(seconds)

    def answer_raw_next(self, status: int, body: str) -> None:
        """Answer the next message post with a raw HTML body, as a proxy in front would."""
        self._raw.append((status, body))

    # --- what tests read --------------------------------------------------------------

    def status_count(self, status: int) -> int:
        return sum(1 for _, s in self.calls if s == status)

    def in_channel(self, channel: str) -> list[Message]:
        return [m for m in self.messages if m.channel == channel]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait until `predicate()` holds, or fail after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out; messages so far: {self.messages}")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.1))

    async def settle(self, seconds: float = 0.3) -> None:
        """Give late (wrong) messages a chance to arrive before asserting on counts."""
        await asyncio.sleep(seconds)

    # --- the Web API ------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        args = await _arguments(request)
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return self._answer(method, {"ok": False, "error": "invalid_auth"})
        handler = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
            "chat.postEphemeral": self._post_message,
            "views.publish": self._views_publish,
            "users.info": self._users_info,
            **self.files.methods(),
        }.get(method)
        if handler is None:
            return self._answer(method, {"ok": False, "error": "unknown_method"})
        return await handler(method, args)

    def _answer(
        self, method: str, body: dict[str, Any], status: int = 200, **headers: str
    ) -> web.Response:
        self.calls.append((method, status))
        return web.json_response(body, status=status, headers=headers)

    async def _auth_test(self, method: str, args: dict[str, Any]) -> web.Response:
        if self._auth_hangs:
            await asyncio.sleep(self._auth_hangs.pop(0))
        return self._answer(
            method,
            {
                "ok": True,
                "url": "https://digest-test.slack.com/",
                "team": "Digest test",
                "user": "digestbot",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
            },
        )

    async def _users_info(self, method: str, args: dict[str, Any]) -> web.Response:
        user = self.users.get(str(args.get("user")))
        if user is None:
            return self._answer(method, {"ok": False, "error": "user_not_found"})
        profile = {"id": user.id, "is_admin": user.is_admin, "is_owner": user.is_owner}
        return self._answer(method, {"ok": True, "user": {**profile, "is_bot": False}})

    async def _views_publish(self, method: str, args: dict[str, Any]) -> web.Response:
        view = args.get("view")
        if isinstance(view, str):
            view = json.loads(view)
        if not isinstance(view, dict) or view.get("type") != "home" or not args.get("user_id"):
            return self._answer(method, {"ok": False, "error": "invalid_arguments"})
        error = validate_blocks(view.get("blocks"), max_blocks=MAX_VIEW_BLOCKS)
        if error:
            return self._answer(method, {"ok": False, "error": error})
        self.views.append({"user_id": args["user_id"], **view})
        self._changed.set()
        return self._answer(method, {"ok": True, "view": {"id": f"V{len(self.views)}"}})

    async def _post_message(self, method: str, args: dict[str, Any]) -> web.Response:
        channel = str(args.get("channel") or "")
        refusal = await self._refuse(method, channel)
        if refusal is not None:
            return refusal
        if not channel:
            return self._answer(method, {"ok": False, "error": "channel_not_found"})
        if channel in self.dead_channels:
            return self._answer(method, {"ok": False, "error": self.dead_channels[channel]})
        if method == "chat.postEphemeral" and not args.get("user"):
            return self._answer(method, {"ok": False, "error": "user_not_found"})
        if self._refusals:
            return self._answer(method, {"ok": False, "error": self._refusals.pop(0)})
        message, error = self._message(method, args, channel)
        if error:
            return self._answer(method, {"ok": False, "error": error})
        assert message is not None
        self._last_post[channel] = time.monotonic()
        self._accept(message)
        if self._late:
            await asyncio.sleep(self._late.pop(0))
        key = "message_ts" if method == "chat.postEphemeral" else "ts"
        return self._answer(method, {"ok": True, "channel": channel, key: message.ts})

    async def _refuse(self, method: str, channel: str) -> web.Response | None:
        """Answer as an overloaded Slack would: a hang, a 503, or a 429 with Retry-After."""
        if self._raw:
            status, body = self._raw.pop(0)
            self.calls.append((method, status))
            return web.Response(status=status, text=body, content_type="text/html")
        if self._hangs:
            await asyncio.sleep(self._hangs.pop(0))
            return self._answer(method, {"ok": False, "error": "request_timeout"}, 504)
        if self._server_errors:
            self._server_errors -= 1
            return self._answer(method, {"ok": False, "error": "service_unavailable"}, 503)
        last = self._last_post.get(channel)
        too_soon = last is not None and time.monotonic() - last < self.channel_interval
        if self._storm or too_soon:
            self._storm = max(0, self._storm - 1)
            body = {"ok": False, "error": "ratelimited"}
            return self._answer(method, body, 429, **{"Retry-After": self.retry_after})
        return None

    def _message(
        self, method: str, args: dict[str, Any], channel: str | None
    ) -> tuple[Message | None, str | None]:
        blocks = args.get("blocks")
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        text = args.get("text")
        if not isinstance(text, str) or not text.strip():
            # Slack allows blocks alone, but the project's contract is a text fallback always.
            return None, "no_text"
        if blocks is not None:
            error = validate_blocks(blocks, max_blocks=MAX_BLOCKS)
            if error:
                return None, error
        message = Message(
            method=method,
            channel=channel,
            text=text,
            blocks=list(blocks or []),
            ts=f"{1700000000 + next(self._ts)}.000100",
            thread_ts=args.get("thread_ts") or None,
            user=args.get("user") if method == "chat.postEphemeral" else None,
            response_type=args.get("response_type"),
        )
        return message, None

    def _accept(self, message: Message) -> None:
        self.messages.append(message)
        self._changed.set()

    async def _respond(self, request: web.Request) -> web.StreamResponse:
        key = request.match_info["key"]
        if key not in self.response_urls:
            return _plain("response_url", self, "expired_url", 404)
        uses = self._response_uses.get(key, 0)
        if uses >= MAX_RESPONSE_URL_USES:
            return _plain("response_url", self, "used_url", 404)
        args = await request.json()
        if self._refusals:
            return _plain("response_url", self, self._refusals.pop(0), 400)
        channel, user = self.response_urls[key]
        message, error = self._message("response_url", args, channel)
        if error:
            return _plain("response_url", self, error, 400)
        assert message is not None
        if message.response_type != "in_channel":
            message.user = user
        self._response_uses[key] = uses + 1
        self._accept(message)
        return _plain("response_url", self, "ok", 200)


def _plain(method: str, fake: FakeSlack, body: str, status: int) -> web.Response:
    fake.calls.append((method, status))
    return web.Response(text=body, status=status)


async def _arguments(request: web.Request) -> dict[str, Any]:
    """Read a Web API call's arguments from JSON, a form or the query string."""
    args: dict[str, Any] = dict(request.query)
    raw = await request.read()
    if not raw:
        return args
    if request.content_type == "application/json":
        args.update(json.loads(raw))
    else:
        args.update(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
    return args


def validate_blocks(blocks: Any, *, max_blocks: int) -> str | None:
    """Return Slack's error for blocks it would refuse, or None."""
    if not isinstance(blocks, list) or not blocks or len(blocks) > max_blocks:
        return "invalid_blocks"
    total = 0
    action_ids: set[str] = set()
    block_ids = [b.get("block_id") for b in blocks if isinstance(b, dict) and "block_id" in b]
    if len(block_ids) != len(set(block_ids)) or any(len(str(i)) > 255 for i in block_ids):
        return "invalid_blocks"
    for block in blocks:
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "divider":
            continue
        if kind == "header":
            text = block.get("text", {})
            if text.get("type") != "plain_text" or not 0 < len(text.get("text", "")) <= MAX_HEADER:
                return "invalid_blocks"
            total += len(text["text"])
        elif kind == "section":
            text = block.get("text", {})
            body = text.get("text", "")
            if text.get("type") not in ("mrkdwn", "plain_text") or not body.strip():
                return "invalid_blocks"
            if len(body) > MAX_SECTION:
                return "invalid_blocks"
            total += len(body)
        elif kind == "context":
            elements = block.get("elements", [])
            if not 0 < len(elements) <= MAX_CONTEXT_ELEMENTS:
                return "invalid_blocks"
            if any(not str(e.get("text", "")).strip() for e in elements):
                return "invalid_blocks"
            total += sum(len(e["text"]) for e in elements)
        elif kind == "actions":
            if _invalid_actions(block, action_ids):
                return "invalid_blocks"
        else:
            return "invalid_blocks"
    return "msg_blocks_too_long" if total > MAX_MESSAGE_TEXT else None


def _invalid_actions(block: dict[str, Any], action_ids: set[str]) -> bool:
    """Buttons as Slack takes them: 1-25 a block, plain-text labels of 1-75 characters,
    action_ids unique in the message (at most 255), values of at most 2000."""
    elements = block.get("elements", [])
    if not 0 < len(elements) <= MAX_ACTIONS:
        return True
    for element in elements:
        text = element.get("text", {})
        action_id = str(element.get("action_id", ""))
        if element.get("type") != "button" or text.get("type") != "plain_text":
            return True
        if not 0 < len(text.get("text", "")) <= MAX_BUTTON_TEXT or not text["text"].strip():
            return True
        if not 0 < len(action_id) <= 255 or action_id in action_ids:
            return True
        if len(str(element.get("value", ""))) > 2000:
            return True
        action_ids.add(action_id)
    return False
