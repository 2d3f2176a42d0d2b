"""Slack files: an OPML file shared with the bot is imported; an OPML export goes up as a file.

A shared file is downloaded with the bot token from its `url_private_download`, and only
from Slack's own file host for the Web API in use (`files.<API host>` over HTTPS, or the
API's own origin, which is where tests and proxies point `SLACK_API_URL`). Any other address
is refused before a byte is sent, so the token cannot travel elsewhere; the article fetch
guard and its allow list play no part. Downloads stop at MAX_OPML_BYTES.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from bot.chat.ports import Permissions
from bot.chat.replies import ChatContext, FileReply, NoticeReply, Reply
from bot.i18n import words
from bot.platforms.base import ChatPort
from bot.platforms.shared.policy import apology
from bot.platforms.shared.seen import SeenEvents
from bot.platforms.slack.incoming import chat_kind, mentions
from bot.platforms.slack.kit import escape
from bot.platforms.slack.sender import SlackSender, classify
from bot.sources.opml import MAX_OPML_BYTES

log = logging.getLogger(__name__)

OPML_SUFFIXES = (".opml", ".xml")
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class SharedFile:
    """A file a message shares, as Slack describes it (a stub has only its id)."""

    id: str
    name: str = ""
    size: int | None = None
    url: str | None = None  # url_private_download

    @classmethod
    def of(cls, data: dict[str, Any]) -> SharedFile:
        size = data.get("size")
        url = data.get("url_private_download") or data.get("url_private")
        return cls(
            id=str(data.get("id") or ""),
            name=str(data.get("name") or data.get("title") or ""),
            size=size if isinstance(size, int) else None,
            url=str(url) if url else None,
        )

    @property
    def described(self) -> bool:
        """Slack sends a stub (`file_access: check_file_info`) when files.info must be asked."""
        return bool(self.name and self.url)

    @property
    def opml_named(self) -> bool:
        return self.name.lower().endswith(OPML_SUFFIXES)

    @property
    def surely_opml(self) -> bool:
        """An `.opml` name says OPML; an `.xml` file may be anything."""
        return self.name.lower().endswith(".opml")

    @property
    def too_big(self) -> bool:
        return self.size is not None and self.size > MAX_OPML_BYTES


class FileTrouble(Exception):
    """A shared file that could not be fetched (the reason is for the log, in our words)."""

    def __init__(self, reason: str, *, too_big: bool = False) -> None:
        super().__init__(reason)
        self.too_big = too_big


def file_origins(api_url: str) -> frozenset[tuple[str, str]]:
    """The (scheme, host[:port]) a file may come from: Slack's file host for this Web API."""
    api = urlsplit(api_url)
    origins = {(api.scheme.lower(), api.netloc.lower())}
    if api.hostname:
        origins.add(("https", f"files.{api.hostname.lower()}"))
    return frozenset(origins)


class SlackFiles:
    """Download shared files and upload file replies for one bot token."""

    def __init__(self, sender: SlackSender, *, timeout: float) -> None:
        self.sender = sender
        self.timeout = timeout
        self._token = sender.settings.slack_bot_token or ""
        self._origins = file_origins(sender.settings.slack_api_url)

    def may_fetch(self, url: str) -> bool:
        """Tell whether a URL is on Slack's file host, where the bot token may be sent."""
        parts = urlsplit(url)
        return (parts.scheme.lower(), parts.netloc.lower()) in self._origins

    async def describe(self, file: SharedFile) -> SharedFile:
        """Complete a stub with files.info (name, size and download address)."""
        if file.described:
            return file
        try:
            response = await self.sender.client.files_info(file=file.id)
        except Exception as error:  # noqa: BLE001 - reported as trouble with this file
            raise FileTrouble(f"files.info failed: {classify(error).reason}") from None
        data = response.get("file")
        return SharedFile.of(data) if isinstance(data, dict) else file

    async def download(self, file: SharedFile) -> bytes:
        """Fetch a file's bytes with the bot token, from Slack's file host only, size-capped."""
        if file.too_big:
            raise FileTrouble("larger than the cap", too_big=True)
        if not file.url or not self.may_fetch(file.url):
            raise FileTrouble("its address is not on Slack's file host")
        headers = {"Authorization": f"Bearer {self._token}"}
        timeout = aiohttp.ClientTimeout(total=self.timeout)
        try:
            # No redirects: a redirect is Slack's sign-in page (no files:read scope) or
            # somewhere the token must not follow.
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.get(file.url, headers=headers, allow_redirects=False) as got,
            ):
                return await _capped_body(got)
        except (TimeoutError, aiohttp.ClientError) as error:
            raise FileTrouble(f"download failed ({type(error).__name__})") from None

    async def upload(self, channel: str, thread: str | None, reply: FileReply) -> bool:
        """Upload a file reply into the channel (thread), its caption as the comment; say
        whether it worked (if not, the caller shows the file's text instead)."""
        try:
            async with self.sender.turn(channel):
                await self.sender.client.files_upload_v2(
                    channel=channel,
                    thread_ts=thread,
                    content=reply.content,
                    filename=reply.filename,
                    title=reply.filename,
                    initial_comment=escape(reply.caption),
                )
        except Exception as error:  # noqa: BLE001 - the code block is the fallback
            log.warning("file upload to %s failed: %s", channel, _reason(error))
            return False
        return True


async def _capped_body(got: aiohttp.ClientResponse) -> bytes:
    """Read a download's body, refusing what is not a file or is larger than the cap."""
    if got.status != 200:
        raise FileTrouble(f"the file host answered {got.status}")
    if got.content_type == "text/html":
        raise FileTrouble("the file host answered a web page (is files:read granted?)")
    if (got.content_length or 0) > MAX_OPML_BYTES:
        raise FileTrouble("larger than the cap", too_big=True)
    data = bytearray()
    async for chunk in got.content.iter_chunked(_CHUNK):
        data += chunk
        if len(data) > MAX_OPML_BYTES:
            raise FileTrouble("larger than the cap", too_big=True)
    return bytes(data)


def _reason(error: BaseException) -> str:
    # Slack's error code (not_in_channel, file_uploads_disabled) or the exception's type:
    # never its text, which for a refused upload POST quotes the upload's body.
    return classify(error).reason or type(error).__name__


@dataclass(frozen=True)
class FileAnswer:
    """One answer to a shared file: where it goes, and in which language."""

    channel: str
    thread: str | None
    reply: Reply
    language: str


class FileImports:
    """Answer the files a message shares: import OPML, say clearly what cannot be imported.

    Files that are not OPML pass in silence unless the message addresses the bot (a DM or a
    mention); a `.xml` file in a channel is only taken when it reads as OPML.
    """

    def __init__(
        self, files: SlackFiles, chat: ChatPort, permissions: Permissions, seen: SeenEvents
    ) -> None:
        self.files = files
        self.chat = chat
        self.permissions = permissions
        self.seen = seen

    async def answers(self, event: dict[str, Any], bot_user_id: str | None) -> list[FileAnswer]:
        """Import each OPML file of a `file_share` message (or a mention with files), once."""
        channel, ts = str(event.get("channel") or ""), str(event.get("ts") or "")
        shared = [SharedFile.of(f) for f in event.get("files") or () if isinstance(f, dict)]
        # One message can arrive twice, as `message` and as `app_mention`: answer it once.
        if not channel or not shared or not await self.seen.first_time(f"files:{channel}:{ts}"):
            return []
        thread = event.get("thread_ts")
        user = event.get("user")
        ctx = ChatContext("slack", channel, thread, user, chat_kind(channel))
        ctx = await self.chat.localise(ctx)
        addressed = ctx.chat_kind == "private" or mentions(str(event.get("text", "")), bot_user_id)
        # In a channel the answer goes to the message's thread, as for a mention.
        where = thread if ctx.chat_kind == "private" else (thread or ts or None)
        replies: list[Reply] = []
        for file in shared:
            try:
                reply = await self._import(file, ctx, addressed)
            except Exception:
                log.exception("shared file %s failed", file.id)
                reply = apology(ctx.language)
            if reply is not None:
                replies.append(reply)
        if not replies and addressed:
            name = next((f.name for f in shared if f.name), shared[0].id)
            text = words(ctx.language).gettext(
                "%(name)s is not an OPML file: send a .opml or .xml file to import its feeds."
            )
            replies.append(NoticeReply(text % {"name": name}, "error"))
        return [FileAnswer(channel, where, reply, ctx.language) for reply in replies]

    async def _import(self, file: SharedFile, ctx: ChatContext, addressed: bool) -> Reply | None:
        """Import one file; None when it is not ours to answer."""
        try:
            file = await self.files.describe(file)
            if not file.opml_named:
                return None
            data = await self.files.download(file)
        except FileTrouble as trouble:
            log.warning("shared file %s not fetched: %s", file.id, trouble)
            return _trouble(file, trouble, ctx.language) if addressed or file.surely_opml else None
        if not (addressed or file.surely_opml) and b"<opml" not in data[:4096].lower():
            return None  # some other XML shared in a channel: not for the bot
        return await self.chat.import_opml(data, ctx, self.permissions)


def _trouble(file: SharedFile, trouble: FileTrouble, language: str) -> NoticeReply:
    """Say clearly why a shared file could not be imported."""
    _ = words(language).gettext
    if trouble.too_big:
        text = _("That file is larger than %(size)s KB: too big to import.")
        return NoticeReply(text % {"size": MAX_OPML_BYTES // 1024}, "error")
    text = _("I could not download %(name)s from Slack. Please try again later.")
    return NoticeReply(text % {"name": file.name or file.id}, "error")
