"""Telegram's HTTP requests: sent, not sent, or maybe sent (the request went out, no answer)."""

from __future__ import annotations

import json
from typing import Any

import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import HTTPXRequest


class NotSent(NetworkError):
    """The request never reached Telegram (no connection, pool full): safe to repeat."""


class MaybeSent(TimedOut):
    """The request went out and no answer came back: Telegram may have posted it."""


class ServerError(NetworkError):
    """Telegram (or a proxy before it) answered 5xx, or something that is not the Bot API."""

    def __init__(self, code: int, *, readable: bool = True) -> None:
        kind = "server error" if code >= 500 else "not a Bot API answer"
        if not readable and code >= 500:
            kind = "server error, not a Bot API answer"
        super().__init__(f"Telegram answered {code} ({kind})")
        self.code = code


# Errors raised before a byte of the request was written; after any of the others the request
# may be out. (A write timeout or error leaves the body incomplete: Telegram cannot act on it.)
_BEFORE_SENDING = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteTimeout,
    httpx.WriteError,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
)


class SendRequest(HTTPXRequest):
    """PTB's HTTPX request, telling a request that never left from one whose answer never came.

    PTB wraps both in `TimedOut`/`NetworkError`; the httpx error it chains says which it was.
    Non-2xx answers that are not the Bot API's JSON (an nginx 502 page) never reach PTB's
    parser, which would copy the raw body into the error.
    """

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        try:
            code, payload = await super().do_request(*args, **kwargs)
        except NetworkError as error:
            cause = error.__cause__
            if isinstance(cause, _BEFORE_SENDING):
                raise NotSent(f"Telegram could not be reached ({type(cause).__name__})") from None
            if isinstance(cause, httpx.HTTPError):
                timed_out = isinstance(cause, httpx.TimeoutException)
                what = "no answer in time" if timed_out else "the connection dropped"
                raise MaybeSent(f"the request went out, then {what}") from None
            raise
        if 200 <= code <= 299:
            return code, payload
        readable = _is_api_answer(payload)
        if code >= 500 or not readable:
            raise ServerError(code, readable=readable)
        return code, payload


def _is_api_answer(payload: bytes) -> bool:
    try:
        data = json.loads(payload)
    except ValueError:
        return False
    return isinstance(data, dict) and "ok" in data
