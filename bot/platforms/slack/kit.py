"""Block Kit by hand: Slack's escaping, its limits, and packing blocks into messages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
# Slack documents no limit for a context element; 2000 keeps well inside what it accepts.
MAX_CONTEXT_TEXT = 2000
# chat.postMessage answers `msg_blocks_too_long` at roughly 12-13k characters of block
# text in all (undocumented; bolt-js #2509), so each message stays under this budget.
MAX_MESSAGE_TEXT = 11_000
# Slack advises at most 4000 characters of `text`; it is only the notification fallback.
MAX_FALLBACK_TEXT = 3000
ELLIPSIS = "…"
# A block_id prefix for blocks that introduce what follows (an article's title and source
# line): like headers, they move to the next message rather than end one.
STICKY = "intro-"


def sticky(name: str) -> dict[str, str]:
    """A block_id (unique in its message) marking a block that stays with what follows."""
    return {"block_id": f"{STICKY}{name}"[:255]}


@dataclass(frozen=True)
class SlackMessage:
    """One chat.postMessage worth: the `text` fallback and the Block Kit blocks."""

    text: str
    blocks: list[Block]


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_len(text: str) -> int:
    """Count UTF-16 code units, never fewer than Python's code points, to stay inside limits."""
    return len(text.encode("utf-16-le")) // 2


def _header(text: str) -> Block:
    clean = " ".join(text.split()) or "Digest"
    return {
        "type": "header",
        "text": {"type": "plain_text", "text": _clip(clean, MAX_HEADER_TEXT), "emoji": True},
    }


def _context(texts: Iterable[str]) -> Block:
    elements = [
        {"type": "mrkdwn", "text": _clip_escaped(t, MAX_CONTEXT_TEXT)} for t in texts if t.strip()
    ]
    return {"type": "context", "elements": elements[:MAX_CONTEXT_ELEMENTS]}


def _sections(
    lines: Iterable[str], *, heading: str | None = None, limit: int = MAX_SECTION_TEXT
) -> list[Block]:
    """Pack mrkdwn lines under an optional heading into as few section blocks as fit."""
    chunks: list[str] = []
    current = heading or ""
    # A heading alone at the end of a block would be cut off from its first line.
    lonely_heading = bool(heading)
    for line in lines:
        rest = line.strip()
        while rest:
            room = limit - slack_len(current) - (1 if current else 0)
            if slack_len(rest) <= room:
                current, rest = (f"{current}\n{rest}" if current else rest), ""
            elif current and (lonely_heading or slack_len(rest) > limit) and room >= _MIN_PIECE:
                # This line has to be cut anyway (or must follow its heading): fill the room.
                head, rest = _cut(rest, room)
                chunks.append(f"{current}\n{head}")
                current = ""
            elif current:
                chunks.append(current)
                current = ""
            else:
                head, rest = _cut(rest, limit)
                chunks.append(head)
            lonely_heading = False
    if current and not lonely_heading:
        chunks.append(current)
    return [{"type": "section", "text": {"type": "mrkdwn", "text": c}} for c in chunks]


_MIN_PIECE = 200


def _cut(line: str, limit: int) -> tuple[str, str]:
    """Cut an escaped line within `limit`, at a space where it can; return both parts."""
    end = _fit(line, limit)
    if end >= len(line):
        return line, ""
    space = line.rfind(" ", 0, end + 1)
    if space > end // 2:
        end = space
    else:
        # Never cut inside an entity such as `&amp;`: Slack would show its halves.
        amp = line.rfind("&", max(0, end - 4), end)
        if amp > 0 and ";" not in line[amp:end]:
            end = amp
    return line[:end].rstrip(), line[end:].strip()


def _fit(text: str, limit: int) -> int:
    """Return the longest prefix length of `text` whose UTF-16 length is within `limit`."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return max(index, 1)
    return len(text)


def _one_line(text: str) -> str:
    """Collapse whitespace, so a bullet or heading cannot break the mrkdwn layout."""
    return " ".join(text.split())


def _clip(text: str, limit: int) -> str:
    """Shorten plain text to `limit` (UTF-16 units), ending with an ellipsis."""
    if slack_len(text) <= limit:
        return text
    return text[: _fit(text, limit - 1)].rstrip() + ELLIPSIS


def _clip_escaped(text: str, limit: int) -> str:
    """Shorten escaped mrkdwn without cutting an entity."""
    if slack_len(text) <= limit:
        return text
    return _cut(text, limit - 1)[0] + ELLIPSIS


def _block_text(block: Block) -> str:
    kind = block["type"]
    if kind in ("header", "section"):
        return str(block["text"]["text"])
    if kind == "context":
        return " ".join(str(e.get("text", "")) for e in block["elements"])
    return ""


def fallback_text(blocks: Sequence[Block]) -> str:
    """Return the plain `text` Slack shows in notifications for these blocks."""
    lines = []
    for block in blocks:
        text = _block_text(block)
        if block["type"] == "header":
            text = escape(text)
        if text.strip():
            lines.append(text)
    text = "\n".join(lines) or "Digestbot"
    return _clip_escaped(text, MAX_FALLBACK_TEXT)


def _introduces(block: Block) -> bool:
    return block["type"] in ("header", "divider") or str(block.get("block_id", "")).startswith(
        STICKY
    )


def pack(blocks: Sequence[Block]) -> list[SlackMessage]:
    """Split blocks into messages of at most 50 blocks and the cumulative text budget."""
    messages: list[list[Block]] = []
    current: list[Block] = []
    size = 0
    for block in blocks:
        cost = slack_len(_block_text(block))
        if current and (len(current) >= MAX_BLOCKS or size + cost > MAX_MESSAGE_TEXT):
            # A header or divider at the end would be cut off from what it introduces.
            carry: list[Block] = []
            while len(current) > 1 and _introduces(current[-1]):
                carry.insert(0, current.pop())
            messages.append(current)
            current = [b for b in carry if b["type"] != "divider"]
            size = sum(slack_len(_block_text(b)) for b in current)
        if block["type"] == "divider" and not current:
            continue
        current.append(block)
        size += cost
    if current:
        messages.append(current)
    return [SlackMessage(fallback_text(m), m) for m in messages]
