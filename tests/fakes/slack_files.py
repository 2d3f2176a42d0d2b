"""The files part of the fake Slack: shared files to download, and the bot's uploads.

Downloads are served at `url_private_download` only with the bot token in the Authorization
header (without it, Slack redirects to its sign-in page). Uploads take Slack's three steps:
files.getUploadURLExternal (filename and a positive length), a POST of the bytes to the
upload URL it gave (the declared length, no token needed), then files.completeUploadExternal
(a JSON list of {id, title} for uploaded files, once each), which shares the file in the
channel (or thread) with its initial comment.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, web

if TYPE_CHECKING:
    from tests.fakes.slack_server import FakeSlack

TEAM_ID = "T0DIGEST"


@dataclass
class SlackFile:
    """A file in the fake workspace: shared by a user, or uploaded by the bot."""

    id: str
    name: str
    content: bytes
    user: str
    title: str = ""
    mimetype: str = "application/xml"
    declared_size: int | None = None  # what Slack says the size is, if not the true one
    download_url: str | None = None  # where `url_private_download` points, if not the fake

    def info(self, base: str) -> dict[str, Any]:
        """The file object as Slack gives it in events and files.info."""
        path = f"/files-pri/{TEAM_ID}-{self.id}"
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title or self.name,
            "mimetype": self.mimetype,
            "filetype": self.name.rsplit(".", 1)[-1].lower() if "." in self.name else "",
            "user": self.user,
            "size": len(self.content) if self.declared_size is None else self.declared_size,
            "mode": "hosted",
            "is_external": False,
            "url_private": f"{base}{path}/{self.name}",
            "url_private_download": self.download_url or f"{base}{path}/download/{self.name}",
            "permalink": f"https://digest-test.slack.com/files/{self.user}/{self.id}/{self.name}",
        }

    def stub(self) -> dict[str, Any]:
        """The file as some events carry it: an id, and a hint to ask files.info."""
        return {"id": self.id, "file_access": "check_file_info"}


@dataclass
class Upload:
    """A file the bot shared with files.completeUploadExternal."""

    file: SlackFile
    channel: str | None
    thread_ts: str | None
    initial_comment: str | None


@dataclass
class _Pending:
    filename: str
    length: int
    content: bytes | None = None


@dataclass
class FakeFiles:
    """Files of the fake Slack; `FakeSlack.files` is one."""

    fake: FakeSlack
    stored: dict[str, SlackFile] = field(default_factory=dict)
    uploads: list[Upload] = field(default_factory=list)
    downloads: list[tuple[str, bool]] = field(default_factory=list)  # (file id, token right)
    refuse_uploads: str | None = None  # an error for files.getUploadURLExternal, e.g. disabled

    def __post_init__(self) -> None:
        self._ids = itertools.count(1)
        self._pending: dict[str, _Pending] = {}

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/files-pri/{key}/download/{name}", self._download)
        app.router.add_get("/signin", self._signin)
        app.router.add_post("/upload/v1/{key}", self._upload)

    def methods(self) -> dict[str, Callable[[str, dict[str, Any]], Awaitable[web.Response]]]:
        return {
            "files.info": self._info,
            "files.getUploadURLExternal": self._get_upload_url,
            "files.completeUploadExternal": self._complete_upload,
        }

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.fake.port}"

    def add(self, name: str, content: bytes, *, user: str, **extra: Any) -> SlackFile:
        """A file a user uploads to the workspace (to share it in a message)."""
        file = SlackFile(f"F{next(self._ids):09d}", name, content, user, **extra)
        self.stored[file.id] = file
        return file

    def event_file(self, file: SlackFile) -> dict[str, Any]:
        return file.info(self.base)

    # --- the Web API methods ----------------------------------------------------------

    async def _info(self, method: str, args: dict[str, Any]) -> web.Response:
        file = self.stored.get(str(args.get("file") or ""))
        if file is None:
            return self.fake._answer(method, {"ok": False, "error": "file_not_found"})
        return self.fake._answer(method, {"ok": True, "file": file.info(self.base)})

    async def _get_upload_url(self, method: str, args: dict[str, Any]) -> web.Response:
        if self.refuse_uploads:
            return self.fake._answer(method, {"ok": False, "error": self.refuse_uploads})
        filename = str(args.get("filename") or "")
        try:
            length = int(str(args.get("length", "")))
        except ValueError:
            return self.fake._answer(method, {"ok": False, "error": "invalid_arguments"})
        if not filename:
            return self.fake._answer(method, {"ok": False, "error": "invalid_arguments"})
        if length <= 0:
            return self.fake._answer(method, {"ok": False, "error": "missing_argument"})
        file_id = f"F{next(self._ids):09d}"
        self._pending[file_id] = _Pending(filename, length)
        body = {"ok": True, "file_id": file_id, "upload_url": f"{self.base}/upload/v1/{file_id}"}
        return self.fake._answer(method, body)

    async def _complete_upload(self, method: str, args: dict[str, Any]) -> web.Response:
        try:
            items = json.loads(str(args.get("files") or ""))
        except ValueError:
            items = None
        if (
            not isinstance(items, list)
            or not items
            or not all(isinstance(i, dict) and i.get("id") for i in items)
        ):
            return self.fake._answer(method, {"ok": False, "error": "invalid_arguments"})
        channel = str(args.get("channel_id") or "") or None
        thread = str(args.get("thread_ts") or "") or None
        if thread and not channel:
            return self.fake._answer(method, {"ok": False, "error": "invalid_arguments"})
        if channel in self.fake.dead_channels:
            error = self.fake.dead_channels[str(channel)]
            return self.fake._answer(method, {"ok": False, "error": error})
        pending = [self._pending.get(str(i["id"])) for i in items]
        if any(p is None or p.content is None for p in pending):
            # Never given, never uploaded, or completed already: Slack knows no such file.
            return self.fake._answer(method, {"ok": False, "error": "file_not_found"})
        done = []
        for item, part in zip(items, pending, strict=True):
            assert part is not None and part.content is not None
            file_id = str(item["id"])
            del self._pending[file_id]
            title = str(item.get("title") or part.filename)
            file = SlackFile(file_id, part.filename, part.content, "U0BOT", title=title)
            self.stored[file_id] = file
            comment = args.get("initial_comment") or None
            self.uploads.append(Upload(file, channel, thread, comment))
            done.append({"id": file_id, "title": title})
        self.fake._changed.set()
        return self.fake._answer(method, {"ok": True, "files": done})

    # --- the file host ----------------------------------------------------------------

    async def _download(self, request: web.Request) -> web.StreamResponse:
        file_id = request.match_info["key"].removeprefix(f"{TEAM_ID}-")
        file = self.stored.get(file_id)
        allowed = request.headers.get("Authorization") == f"Bearer {self.fake.token}"
        self.downloads.append((file_id, allowed))
        if not allowed:
            # Slack sends a request without the right token to its sign-in page.
            raise web.HTTPFound("/signin")
        if file is None or file.name != request.match_info["name"]:
            return web.Response(status=404, text="file not found")
        if file.declared_size is None:
            return web.Response(body=file.content, content_type=file.mimetype)
        # A size that was misstated: sent in chunks, with no Content-Length to go by.
        response = web.StreamResponse(headers={"Content-Type": file.mimetype})
        response.enable_chunked_encoding()
        await response.prepare(request)
        for start in range(0, len(file.content), 64 * 1024):
            await response.write(file.content[start : start + 64 * 1024])
        await response.write_eof()
        return response

    async def _signin(self, request: web.Request) -> web.StreamResponse:
        return web.Response(
            text="<html><body>Sign in to Slack</body></html>", content_type="text/html"
        )

    async def _upload(self, request: web.Request) -> web.StreamResponse:
        pending = self._pending.get(request.match_info["key"])
        if pending is None or pending.content is not None:
            return web.Response(status=404, text="upload url unknown or used")
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            part = await reader.next()
            data = await part.read() if isinstance(part, BodyPartReader) else b""
        else:
            data = await request.read()
        if len(data) != pending.length:
            return web.Response(status=400, text="length does not match")
        pending.content = bytes(data)
        return web.Response(text=f"OK - {len(data)}")
