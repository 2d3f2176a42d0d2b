"""Read an article source: a file path, an http(s) URL or `-` for stdin."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bot.core.errors import InputError

MAX_BYTES = 10 * 1024 * 1024 + 1  # a 10 MB article is read and then refused by size, not OOM
DEFAULT_TIMEOUT_SECONDS = 10.0


def _timeout_from_environment() -> float:
    """`DIGESTBOT_FETCH_TIMEOUT` (seconds, e.g. for tests) or the default 10 s."""
    try:
        seconds = float(os.environ.get("DIGESTBOT_FETCH_TIMEOUT", ""))
    except ValueError:
        return DEFAULT_TIMEOUT_SECONDS
    return seconds if 0 < seconds <= 3600 else DEFAULT_TIMEOUT_SECONDS


TIMEOUT_SECONDS = _timeout_from_environment()
_ACCEPTED_TYPES = (
    "text/",
    "application/xhtml",
    "application/xml",
    "application/rss",
    "application/atom",
)
USER_AGENT = "Digestbot/0.1 (+https://github.com/digestbot/digestbot)"


@dataclass(frozen=True)
class Document:
    """Raw text of a source, with what is known of its kind."""

    source: str
    text: str
    content_type: str | None = None
    url: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def decode(data: bytes, *, source: str, charset: str | None = None) -> str:
    """Decode bytes as text, refusing binary data with a clear message."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: looks like a binary file, not an article")
    for encoding in filter(None, (charset, "utf-8")):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError(f"{source}: is not UTF-8 text (save it as UTF-8 and try again)")


def read_file(path: str) -> Document:
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if file.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_BYTES)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) >= MAX_BYTES:
        raise InputError(f"{path}: is larger than 10 MB")
    return Document(source=path, text=decode(data, source=path))


def read_stdin() -> Document:
    data = sys.stdin.buffer.read(MAX_BYTES)
    if len(data) >= MAX_BYTES:
        raise InputError("-: standard input is larger than 10 MB")
    return Document(source="-", text=decode(data, source="standard input"))


def fetch_url(
    url: str,
    *,
    timeout: float = TIMEOUT_SECONDS,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Document | None:
    """GET a page or feed with a timeout, a size cap and a content-type check.

    `timeout` bounds every wait for the server and the whole download (a server
    trickling bytes cannot hold the reader longer). Returns None for `304 Not
    Modified` when `etag` or `last_modified` were given.
    """
    import httpx

    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/xml,text/*;q=0.8",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + timeout
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code == 304:
                return None
            if response.status_code >= 400:
                raise InputError(
                    f"{url}: the server answered {response.status_code} {response.reason_phrase}"
                )
            content_type = response.headers.get("content-type", "").lower()
            if content_type and not content_type.startswith(_ACCEPTED_TYPES):
                raise InputError(f"{url}: is {content_type.split(';')[0]}, not a web page or feed")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("the download took too long")
                size += len(chunk)
                if size >= MAX_BYTES:
                    raise InputError(f"{url}: the page is larger than 10 MB")
                chunks.append(chunk)
            text = decode(b"".join(chunks), source=url, charset=response.charset_encoding)
            return Document(
                source=url,
                text=text,
                content_type=content_type or None,
                url=str(response.url),
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
            )
    except httpx.TimeoutException:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.HTTPError as error:
        raise InputError(f"{url}: cannot be fetched ({type(error).__name__})") from None


def read_source(source: str) -> Document:
    """Read any source the command line accepts."""
    if source == "-":
        return read_stdin()
    if is_url(source):
        document = fetch_url(source)
        assert document is not None  # no conditional headers, so never 304
        return document
    return read_file(source)
