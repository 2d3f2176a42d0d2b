"""A fake Telegram Bot API server on 127.0.0.1 that the real python-telegram-bot talks to.

It answers what the bot uses (getMe, getUpdates, sendMessage, setMyCommands, getChatMember,
answerCallbackQuery, setWebhook, deleteWebhook, getWebhookInfo), rejects what Telegram
rejects (bad HTML, over-long text, unknown or blocked chats, bad command names), answers 429
over its configured rates, and records everything for the tests to inspect.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientSession, ClientTimeout, web

JSON = dict[str, Any]

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
    "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_TOKEN = re.compile(
    r"<(?P<close>/?)(?P<name>[a-zA-Z][a-zA-Z0-9-]*)(?P<attrs>[^<>]*)>"
    r"|&(?P<entity>[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);"
    r"|(?P<bad>[<>&])"
)
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_JSON_FIELDS = {
    "reply_markup", "link_preview_options", "commands", "allowed_updates", "scope",
    "reply_parameters", "entities",
}  # fmt: skip
_INT_FIELDS = {"message_thread_id", "user_id", "offset", "limit", "timeout", "message_id"}


class ApiError(Exception):
    """A Bot API error answer."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def parse_html(text: str) -> str:
    """Return the visible text of Telegram HTML, or raise ApiError as Telegram would."""

    def fail(reason: str) -> ApiError:
        return ApiError(400, f"Bad Request: can't parse entities: {reason}")

    stack: list[str] = []
    visible: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        visible.append(text[position : match.start()])
        position = match.end()
        offset = len(text[: match.start()].encode())
        if match["bad"]:
            raise fail(f"unexpected {match['bad']!r} at byte offset {offset}")
        if match["entity"]:
            name = match["entity"]
            if name.startswith("#"):
                visible.append(html.unescape(match.group()))
            elif name in _ENTITIES:
                visible.append(_ENTITIES[name])
            else:
                raise fail(f"unsupported HTML entity at byte offset {offset}")
            continue
        tag = match["name"].lower()
        if tag not in ALLOWED_TAGS:
            raise fail(f'unsupported start tag "{tag}" at byte offset {offset}')
        if match["close"]:
            if not stack or stack[-1] != tag:
                raise fail(f"unexpected end tag at byte offset {offset}")
            stack.pop()
            continue
        if tag == "a" and not re.fullmatch(r'\s+href="[^"]+"\s*', match["attrs"]):
            raise fail(f"bad link at byte offset {offset}")
        stack.append(tag)
    visible.append(text[position:])
    if stack:
        raise fail(f'can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(visible)


@dataclass
class FakeChat:
    """A chat the fake server knows."""

    id: int
    type: str  # private, group, supergroup, channel
    title: str = ""
    is_forum: bool = False
    admins: set[int] = field(default_factory=set)
    creator: int | None = None
    gone: str | None = None  # a 403 description: blocked or kicked
    migrated_to: int | None = None

    def to_json(self) -> JSON:
        if self.type == "private":
            return {"id": self.id, "type": "private", "first_name": self.title or "Kari"}
        data: JSON = {"id": self.id, "type": self.type, "title": self.title or "Gruppe"}
        if self.is_forum:
            data["is_forum"] = True
        return data


@dataclass(frozen=True)
class SentMessage:
    """A message the bot sent and the server accepted."""

    message_id: int
    chat_id: int
    thread_id: int | None
    html: str
    text: str
    buttons: tuple[tuple[str, str], ...]
    link_preview_disabled: bool
    sent_at: float


@dataclass(frozen=True)
class SentDocument:
    """A file the bot sent (sendDocument, multipart upload)."""

    message_id: int
    chat_id: int
    thread_id: int | None
    filename: str
    content: bytes
    caption: str


@dataclass(frozen=True)
class ApiCall:
    """One request the bot made, with the status it got."""

    method: str
    params: JSON
    status: int


@dataclass
class _Failure:
    code: int
    description: str
    parameters: JSON | None
    remaining: int


class FakeTelegram:
    """The fake Bot API server; `base_url` goes to ApplicationBuilder().base_url()."""

    def __init__(
        self,
        *,
        token: str = "123456789:TEST-fake-token_abcdefghijklmnopqrstu",
        username: str = "DigestTestBot",
        per_chat_rate: tuple[int, float] | None = None,
        overall_rate: tuple[int, float] | None = None,
        retry_after: float = 1.0,
        max_long_poll: float = 1.0,
    ) -> None:
        self.token = token
        self.bot_user: JSON = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "Digestbot",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.per_chat_rate = per_chat_rate
        self.overall_rate = overall_rate
        self.retry_after = retry_after
        self.max_long_poll = max_long_poll
        self.chats: dict[int, FakeChat] = {}
        self.sent: list[SentMessage] = []
        self.documents: list[SentDocument] = []
        self.files: dict[str, bytes] = {}  # file_id -> the bytes a user sent
        self.calls: list[ApiCall] = []
        self.commands: list[JSON] = []  # the default menu (no language_code)
        self.menus: dict[str, list[JSON]] = {}  # each language_code's menu ("": the default)
        self.language_codes: dict[int, str] = {}  # users' client languages (default "en")
        self.answered_callbacks: list[str] = []
        self.webhook: JSON | None = None
        self.webhook_responses: list[int] = []
        self._updates: list[JSON] = []
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._open_callbacks: set[str] = set()
        self._failures: dict[str, list[_Failure]] = {}
        self._hangs: dict[str, list[float]] = {}
        self._raw: dict[str, list[tuple[int, str, str]]] = {}
        self._chat_sends: dict[int, deque[float]] = {}
        self._all_sends: deque[float] = deque()
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    # --- running ------------------------------------------------------------------------

    async def start(self) -> FakeTelegram:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._dispatch)
        app.router.add_get("/file/bot{token}/documents/{file_id}", self._download)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        return self

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegram:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # --- the world: chats and what users do ---------------------------------------------

    def private_chat(
        self, user_id: int, name: str = "Kari", *, language_code: str | None = None
    ) -> FakeChat:
        if language_code is not None:
            self.language_codes[user_id] = language_code
        return self._add(FakeChat(user_id, "private", name))

    def group(
        self,
        chat_id: int,
        *,
        title: str = "Nyhetsgruppe",
        supergroup: bool = True,
        forum: bool = False,
        admins: tuple[int, ...] = (),
        creator: int | None = None,
    ) -> FakeChat:
        kind = "supergroup" if supergroup else "group"
        return self._add(FakeChat(chat_id, kind, title, forum, set(admins), creator))

    def channel(self, chat_id: int, *, title: str = "Nyhetskanal") -> FakeChat:
        return self._add(FakeChat(chat_id, "channel", title))

    def block(self, chat_id: int) -> None:
        self.chats[chat_id].gone = "Forbidden: bot was blocked by the user"

    def kick(self, chat_id: int) -> None:
        self.chats[chat_id].gone = "Forbidden: bot was kicked from the group chat"

    def migrate(self, chat_id: int, new_chat_id: int) -> FakeChat:
        old = self.chats[chat_id]
        old.migrated_to = new_chat_id
        return self.group(new_chat_id, title=old.title, admins=tuple(old.admins))

    def _add(self, chat: FakeChat) -> FakeChat:
        self.chats[chat.id] = chat
        return chat

    def user(self, user_id: int, name: str = "Kari") -> JSON:
        """A user as Telegram describes one; `language_code` is their client's language."""
        code = self.language_codes.get(user_id, "en")
        return {"id": user_id, "is_bot": False, "first_name": name, "language_code": code}

    def message(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        thread_id: int | None = None,
        sender_chat_id: int | None = None,
    ) -> int:
        """Queue a text message (or a channel post) from a user; return its update_id."""
        chat = self.chats[chat_id]
        message: JSON = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat.to_json(),
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split()[0]) if text.split() else 1
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        if chat.type == "channel":
            message["sender_chat"] = chat.to_json()
            return self.queue({"channel_post": message})
        if sender_chat_id is not None:
            message["sender_chat"] = self.chats[sender_chat_id].to_json()
            message["from"] = {"id": 1087968824, "is_bot": True, "first_name": "Group"}
        else:
            message["from"] = self.user(user_id if user_id is not None else chat_id)
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        return self.queue({"message": message})

    def document(
        self, chat_id: int, name: str, content: bytes, *, user_id: int | None = None
    ) -> int:
        """Queue a file a user sends to the chat (getFile and the file URL serve it)."""
        file_id = f"doc{len(self.files) + 1}"
        self.files[file_id] = content
        chat = self.chats[chat_id]
        message: JSON = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat.to_json(),
            "from": self.user(user_id if user_id is not None else chat_id),
            "document": {
                "file_id": file_id,
                "file_unique_id": f"u{file_id}",
                "file_name": name,
                "mime_type": "text/x-opml",
                "file_size": len(content),
            },
        }
        return self.queue({"message": message})

    def press(self, sent: SentMessage, data: str, *, user_id: int) -> int:
        """Queue a press on an inline button under a message the bot sent."""
        callback_id = str(next(self._callback_ids))
        self._open_callbacks.add(callback_id)
        chat = self.chats[sent.chat_id]
        message: JSON = {
            "message_id": sent.message_id,
            "date": int(sent.sent_at),
            "chat": chat.to_json(),
            "from": self.bot_user,
            "text": sent.text,
        }
        if sent.thread_id is not None:
            message["message_thread_id"] = sent.thread_id
            message["is_topic_message"] = True
        query = {
            "id": callback_id,
            "from": self.user(user_id),
            "chat_instance": f"ci{chat.id}",
            "message": message,
            "data": data,
        }
        return self.queue({"callback_query": query})

    def queue(self, update: JSON) -> int:
        """Queue an update for getUpdates (or push it to the webhook when one is set)."""
        update = {"update_id": next(self._update_ids), **update}
        if self.webhook:
            task = asyncio.get_running_loop().create_task(self._push(update))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        else:
            self._updates.append(update)
            self._notify()
        return int(update["update_id"])

    async def post_webhook(self, update: JSON, *, secret: str | None = "same") -> int:
        """POST an update to the webhook as Telegram does; return the HTTP status."""
        assert self.webhook is not None, "no webhook set"
        if secret == "same":
            secret = self.webhook.get("secret_token")
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        async with (
            ClientSession(timeout=ClientTimeout(total=5)) as session,
            session.post(self.webhook["url"], json=update, headers=headers) as response,
        ):
            return response.status

    async def _push(self, update: JSON) -> None:
        status = await self.post_webhook(update)
        self.webhook_responses.append(status)
        self._notify()

    def fail_next(
        self,
        method: str,
        code: int,
        description: str,
        *,
        count: int = 1,
        parameters: JSON | None = None,
    ) -> None:
        """Answer the next `count` calls of `method` with this error."""
        failure = _Failure(code, description, parameters, count)
        self._failures.setdefault(method, []).append(failure)

    def hang_next(self, method: str, seconds: float, *, count: int = 1) -> None:
        """Carry out the next `count` calls of `method`, then hold the answer `seconds`."""
        self._hangs.setdefault(method, []).extend([seconds] * count)

    def answer_raw_next(
        self, method: str, status: int, body: str, *, content_type: str = "text/html"
    ) -> None:
        """Answer the next call of `method` with a raw body, as a proxy in front would."""
        self._raw.setdefault(method, []).append((status, body, content_type))

    # --- what tests wait for and look at ------------------------------------------------

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait until `predicate()` holds, re-checked after every request."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(predicate)

    async def wait_sent(self, count: int, timeout: float = 5.0, **match: Any) -> list[SentMessage]:
        """Wait until `count` messages matching chat_id=/thread_id= were sent; return them."""

        def found() -> list[SentMessage]:
            return [m for m in self.sent if all(getattr(m, k) == v for k, v in match.items())]

        await self.wait_for(lambda: len(found()) >= count, timeout)
        return found()

    def calls_of(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method == method]

    def _notify(self) -> None:
        async def notify() -> None:
            async with self._changed:
                self._changed.notify_all()

        task = asyncio.get_running_loop().create_task(notify())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # --- the Bot API --------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        if request.match_info["token"] != self.token:
            return self._answer(method, params, ApiError(401, "Unauthorized"))
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return self._answer(method, params, ApiError(404, "Not Found"))
        raw = self._raw.get(method)
        if raw:
            status, body, content_type = raw.pop(0)
            self.calls.append(ApiCall(method, params, status))
            self._notify()
            return web.Response(status=status, text=body, content_type=content_type)
        try:
            failure = self._injected_failure(method)
            if failure is not None:
                raise failure
            result = await handler(params)
        except ApiError as error:
            return self._answer(method, params, error)
        hangs = self._hangs.get(method)
        if hangs:
            # Done (the message is posted), but the answer comes too late or never.
            self.calls.append(ApiCall(method, params, 0))
            self._notify()
            await asyncio.sleep(hangs.pop(0))
        return self._answer(method, params, result)

    def _answer(self, method: str, params: JSON, outcome: Any) -> web.Response:
        if isinstance(outcome, ApiError):
            body: JSON = {
                "ok": False,
                "error_code": outcome.code,
                "description": outcome.description,
            }
            if outcome.parameters:
                body["parameters"] = outcome.parameters
            status = outcome.code
        else:
            body, status = {"ok": True, "result": outcome}, 200
        self.calls.append(ApiCall(method, params, status))
        self._notify()
        return web.json_response(body, status=status)

    def _injected_failure(self, method: str) -> ApiError | None:
        queue = self._failures.get(method)
        if not queue:
            return None
        failure = queue[0]
        failure.remaining -= 1
        if failure.remaining <= 0:
            queue.pop(0)
        return ApiError(failure.code, failure.description, failure.parameters)

    async def _api_getMe(self, params: JSON) -> JSON:
        return self.bot_user

    async def _api_getUpdates(self, params: JSON) -> list[JSON]:
        if self.webhook:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        timeout = min(float(params.get("timeout") or 0), self.max_long_poll)
        if not self._updates and timeout > 0:
            with contextlib.suppress(TimeoutError):
                await self.wait_for(lambda: bool(self._updates), timeout)
        limit = int(params.get("limit") or 100)
        return self._updates[:limit]

    async def _api_sendMessage(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id"))
        text = str(params.get("text", ""))
        visible = parse_html(text) if params.get("parse_mode") == "HTML" else text
        if not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(visible) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        thread_id = params.get("message_thread_id")
        if thread_id is not None and not chat.is_forum:
            raise ApiError(400, "Bad Request: message thread not found")
        buttons = _buttons(params.get("reply_markup"))
        self._check_rate(chat.id)
        preview = params.get("link_preview_options") or {}
        sent = SentMessage(
            message_id=next(self._message_ids),
            chat_id=chat.id,
            thread_id=thread_id,
            html=text,
            text=visible,
            buttons=buttons,
            link_preview_disabled=bool(preview.get("is_disabled")),
            sent_at=time.time(),
        )
        self.sent.append(sent)
        message: JSON = {
            "message_id": sent.message_id,
            "date": int(sent.sent_at),
            "chat": chat.to_json(),
            "from": self.bot_user,
            "text": visible,
        }
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        return message

    async def _api_getFile(self, params: JSON) -> JSON:
        file_id = str(params.get("file_id"))
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(self.files[file_id]),
            "file_path": f"documents/{file_id}",
        }

    async def _download(self, request: web.Request) -> web.Response:
        content = self.files.get(request.match_info["file_id"])
        if request.match_info["token"] != self.token or content is None:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=content, content_type="application/octet-stream")

    async def _api_sendDocument(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id"))
        upload = params.get("document")
        if not isinstance(upload, tuple):
            raise ApiError(400, "Bad Request: there is no document in the request")
        filename, content = upload
        self._check_rate(chat.id)
        sent = SentDocument(
            message_id=next(self._message_ids),
            chat_id=chat.id,
            thread_id=params.get("message_thread_id"),
            filename=filename,
            content=content,
            caption=str(params.get("caption", "")),
        )
        self.documents.append(sent)
        self._notify()
        document = {"file_id": f"sent{sent.message_id}", "file_unique_id": f"s{sent.message_id}"}
        return {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": chat.to_json(),
            "from": self.bot_user,
            "document": {**document, "file_name": filename, "file_size": len(content)},
            "caption": sent.caption,
        }

    async def _api_setMyCommands(self, params: JSON) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: commands must be an array")
        if len(commands) > 100:
            raise ApiError(400, "Bad Request: BOT_COMMANDS_TOO_MUCH")
        for entry in commands:
            name, description = entry.get("command", ""), entry.get("description", "")
            if not COMMAND_NAME.match(name) or not 1 <= len(description) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        code = params.get("language_code") or ""
        if code and not re.fullmatch(r"[a-z]{2}", str(code)):
            raise ApiError(400, "Bad Request: invalid language code specified")
        self.menus[str(code)] = commands
        if not code:
            self.commands = commands
        return True

    async def _api_getMyCommands(self, params: JSON) -> list[JSON]:
        return self.menus.get(str(params.get("language_code") or ""), [])

    async def _api_getChatMember(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id"))
        user_id = int(params["user_id"])
        user = self.user(user_id)
        if user_id == chat.creator:
            return {"status": "creator", "user": user, "is_anonymous": False}
        if user_id in chat.admins:
            rights = (
                "can_be_edited is_anonymous can_manage_chat can_delete_messages "
                "can_manage_video_chats can_restrict_members can_promote_members can_change_info "
                "can_invite_users can_post_stories can_edit_stories can_delete_stories"
            )
            return {"status": "administrator", "user": user, **dict.fromkeys(rights.split(), False)}
        return {"status": "member", "user": user}

    async def _api_answerCallbackQuery(self, params: JSON) -> bool:
        callback_id = str(params.get("callback_query_id"))
        if callback_id not in self._open_callbacks:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query id is invalid",
            )
        self._open_callbacks.discard(callback_id)
        self.answered_callbacks.append(callback_id)
        return True

    async def _api_setWebhook(self, params: JSON) -> bool:
        url = str(params.get("url") or "")
        if not url:
            self.webhook = None
            return True
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = {"url": url, "secret_token": secret}
        return True

    async def _api_deleteWebhook(self, params: JSON) -> bool:
        self.webhook = None
        if params.get("drop_pending_updates") in (True, "true", "True"):
            self._updates.clear()
        return True

    async def _api_getWebhookInfo(self, params: JSON) -> JSON:
        return {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def _chat(self, chat_id: Any) -> FakeChat:
        try:
            chat = self.chats[int(chat_id)]
        except (KeyError, TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        if chat.migrated_to is not None:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )
        if chat.gone:
            raise ApiError(403, chat.gone)
        return chat

    def _check_rate(self, chat_id: int) -> None:
        now = time.monotonic()
        windows = []
        if self.per_chat_rate:
            windows.append((self._chat_sends.setdefault(chat_id, deque()), *self.per_chat_rate))
        if self.overall_rate:
            windows.append((self._all_sends, *self.overall_rate))
        for sends, count, period in windows:
            while sends and sends[0] <= now - period:
                sends.popleft()
            if len(sends) >= count:
                raise ApiError(
                    429,
                    f"Too Many Requests: retry after {self.retry_after:g}",
                    {"retry_after": self.retry_after},
                )
        for sends, _, _ in windows:
            sends.append(now)


async def _params(request: web.Request) -> JSON:
    """Read the call's parameters: PTB posts them as a form with JSON-encoded values."""
    if request.content_type == "application/json":
        data = await request.json()
        return dict(data) if isinstance(data, dict) else {}
    form = await request.post() if request.can_read_body else {}
    params: JSON = {}
    for key, value in form.items():
        if isinstance(value, web.FileField):  # an upload: (file name, bytes)
            params[key] = (value.filename, value.file.read())
            continue
        text = str(value)
        if key in _JSON_FIELDS:
            params[key] = json.loads(text)
        elif key in _INT_FIELDS:
            params[key] = int(text)
        elif text in ("true", "false"):
            params[key] = text == "true"
        else:
            params[key] = text
    return params


def _buttons(markup: Any) -> tuple[tuple[str, str], ...]:
    if not markup:
        return ()
    buttons = []
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data", "")
            if not 1 <= len(data.encode()) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            buttons.append((button["text"], data))
    return tuple(buttons)
