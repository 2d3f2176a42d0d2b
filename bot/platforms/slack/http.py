"""The gate of `POST /slack/events`: size, signature and timestamp first, then a safe parse.

Slack signs the raw body (`v0:TIMESTAMP:BODY`, HMAC-SHA256 with the signing secret). Until
that signature is checked nothing of the body is parsed, so an unsigned `{x`, a JSON list or
deep nesting costs one HMAC and one log line. A signed body is then parsed the way bolt will
parse it, and refused with 400 when bolt could not use it (bolt would raise a 500).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl

from aiohttp import web
from slack_sdk.signature import SignatureVerifier

# Slack's own payloads stay well below this; a bigger body is refused before it is read.
MAX_BODY_BYTES = 256 * 1024
# Slack payloads nest a dozen levels at most (rich-text blocks); more is not from Slack.
MAX_DEPTH = 64
CONTENT_TYPES = frozenset({"application/json", "application/x-www-form-urlencoded"})
_TIMESTAMP = re.compile(r"^\d{1,12}$")
_SIGNATURE = re.compile(r"^v0=[0-9a-f]{64}$")


@dataclass(frozen=True)
class Refusal:
    """Why a request is refused, in a few words for the log and the answer."""

    status: int
    reason: str


async def read_signed(request: web.Request, verifier: SignatureVerifier) -> str | Refusal:
    """Return the body of a signed, fresh, well-formed Slack request, or why it is refused."""
    timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
    signature = request.headers.get("X-Slack-Signature", "")
    if not timestamp or not signature:
        return Refusal(401, "unsigned (signature headers missing)")
    if not _TIMESTAMP.match(timestamp) or not _SIGNATURE.match(signature):
        return Refusal(401, "malformed signature headers")
    length = request.content_length
    if length is not None and length > MAX_BODY_BYTES:
        return Refusal(413, f"body of {length} bytes is too large")
    raw = await _read_capped(request)
    if raw is None:
        return Refusal(413, "body is too large")
    try:
        text = raw.decode("utf-8")  # Slack sends UTF-8 only, and slack_sdk signs text
    except UnicodeDecodeError:
        return Refusal(400, "body is not UTF-8")
    # slack_sdk checks the 5-minute window and compares in constant time.
    if not verifier.is_valid(text, timestamp, signature):
        return Refusal(401, "bad signature or stale timestamp")
    content_type = request.content_type.lower()
    if content_type not in CONTENT_TYPES:
        return Refusal(400, f"unexpected content type {content_type[:40]!r}")
    problem = _unusable(text, content_type)
    return Refusal(400, problem) if problem else text


async def _read_capped(request: web.Request) -> bytes | None:
    """Read the body up to the cap (a chunked body has no Content-Length to check first)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := await request.content.read(64 * 1024):
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _unusable(text: str, content_type: str) -> str | None:
    """Say why bolt could not use this body (it parses JSON and a form's `payload`)."""
    if not text:
        return "empty body"
    data: object
    try:
        # The same rule as bolt's parse_body: JSON when declared or when it starts with "{".
        if content_type == "application/json" or text.startswith("{"):
            data = json.loads(text)
        else:
            form = dict(parse_qsl(text, keep_blank_values=True))
            data = json.loads(form["payload"]) if "payload" in form else form
    except (ValueError, RecursionError):
        return "body is not valid JSON or form data"
    if not isinstance(data, dict):
        return "body is not a JSON object"
    if _depth(data) > MAX_DEPTH:
        return "body nests too deeply"
    return None


def _depth(value: object) -> int:
    """Return how deeply lists and objects nest (iteratively: no recursion to exhaust)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: list[object] = list(item.values())
        elif isinstance(item, list):
            children = list(item)
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


__all__ = ["MAX_BODY_BYTES", "Refusal", "read_signed"]
