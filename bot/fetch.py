"""Read an article source: a file path, an http(s) URL or `-` for stdin."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core.errors import InputError
from bot.fetch_body import ACCEPT_ENCODING, decode, decoded_bytes, sniff_charset
from bot.fetch_guard import (
    MAX_BYTES,
    FetchPolicy,
    FetchRefused,
    check_scheme,
    guarded_transport,
)
from bot.settings import Settings

if TYPE_CHECKING:
    import httpx

__all__ = ["Document", "FetchPolicy", "decode", "fetch_url", "is_url", "read_source"]

_ACCEPTED_TYPES = (
    "text/",
    "application/xhtml",
    "application/xml",
    "application/rss",
    "application/atom",
)
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Document:
    """Raw text of a source, with what is known of its kind."""

    source: str
    text: str
    content_type: str | None = None
    url: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def default_policy() -> FetchPolicy:
    """Return the policy the settings (environment and `.env`) give."""
    try:
        return FetchPolicy.from_settings(Settings.from_env())
    except ValueError as error:
        raise InputError(str(error)) from None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_file(path: str) -> Document:
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if file.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: is larger than 10 MB")
    return Document(source=path, text=decode(data, source=path))


def read_stdin() -> Document:
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError("-: standard input is larger than 10 MB")
    return Document(source="-", text=decode(data, source="standard input"))


def fetch_url(
    url: str,
    *,
    policy: FetchPolicy | None = None,
    timeout: float | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Document | None:
    """GET a page or feed through the fetch guard, with a timeout, a size cap and a type check.

    Redirects are followed here, hop by hop, each one checked like the first URL.
    `timeout` (else the policy's) bounds every wait and the whole fetch, redirects and
    download together. Returns None for `304 Not Modified` when `etag` or
    `last_modified` were given.
    """
    import httpx

    policy = policy or default_policy()
    timeout = policy.timeout if timeout is None else timeout
    headers = {
        "User-Agent": policy.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/xml,text/*;q=0.8",
        "Accept-Encoding": ACCEPT_ENCODING,
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + timeout
    current = url
    try:
        with httpx.Client(
            transport=guarded_transport(policy), headers=headers, timeout=timeout, trust_env=False
        ) as client:
            for _hop in range(policy.max_redirects + 1):
                target = httpx.URL(current)
                try:
                    check_scheme(target)
                    document, location = _get(client, url, target, policy, deadline)
                except FetchRefused as error:
                    hop = "" if current == url else f"redirected to {current}: "
                    raise FetchRefused(f"{url}: {hop}{error}") from None
                if location is None:
                    return document
                current = location
            raise InputError(f"{url}: too many redirects (more than {policy.max_redirects})")
    except httpx.TimeoutException:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except httpx.InvalidURL:
        raise InputError(f"{url}: is not a valid URL") from None
    except httpx.HTTPError as error:
        raise InputError(f"{url}: cannot be fetched ({type(error).__name__})") from None


def _get(
    client: httpx.Client, url: str, target: httpx.URL, policy: FetchPolicy, deadline: float
) -> tuple[Document | None, str | None]:
    """GET one hop; return its document, or where it redirects to."""
    import httpx

    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise httpx.ReadTimeout("the fetch took too long")
    with client.stream("GET", target, timeout=remaining) as response:
        if response.status_code in _REDIRECTS and "location" in response.headers:
            return None, str(target.join(response.headers["location"]))
        if response.status_code == 304:
            return None, None
        if response.status_code >= 400:
            raise InputError(
                f"{url}: the server answered {response.status_code} {response.reason_phrase}"
            )
        content_type = response.headers.get("content-type", "").lower()
        if content_type and not content_type.startswith(_ACCEPTED_TYPES):
            raise InputError(f"{url}: is {content_type.split(';')[0]}, not a web page or feed")
        encodings = response.headers.get_list("content-encoding", split_commas=True)
        chunks: list[bytes] = []
        try:
            for piece in decoded_bytes(response.iter_raw(), encodings, cap=policy.max_bytes):
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("the download took too long")
                chunks.append(piece)
        except InputError as error:
            raise InputError(f"{url}: {error}") from None
        data = b"".join(chunks)
        charset = response.charset_encoding or sniff_charset(data)
        document = Document(
            source=url,
            text=decode(data, source=url, charset=charset),
            content_type=content_type or None,
            url=str(response.url),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )
        return document, None


def read_source(source: str) -> Document:
    """Read any source the command line accepts."""
    if source == "-":
        return read_stdin()
    if is_url(source):
        document = fetch_url(source)
        assert document is not None  # no conditional headers, so never 304
        return document
    return read_file(source)
