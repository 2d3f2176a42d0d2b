"""A live entry's stamp: its time, in minutes after midnight, and a police log's place."""

from __future__ import annotations

import re

_STAMP_TIME = re.compile(r"(\d{1,2})[:.]?(\d{2})\b")  # («0446» too)
_TWELVE_HOUR = re.compile(r"\d\s*[ap]\.?m\b", re.IGNORECASE)  # «11:00 p.m.»
# «Narvik: 10.21: Hittet båt …»: a police log's place before its time.
_ENTRY_PLACE = re.compile(r"^([A-ZÆØÅ][\w-]+(?:[ /][A-ZÆØÅ][\w-]+)?):\s+(?:kl\.?\s*)?\d")


def minutes(stamp: str) -> int:
    """The stamp's time in minutes after midnight; -1 without one."""
    match = _STAMP_TIME.search(stamp)
    if not match:
        return -1
    hour, minute = int(match.group(1)), int(match.group(2))
    if _TWELVE_HOUR.search(stamp):  # «11:00 p.m.»: 23:00, «12:05 a.m.»: 00:05
        hour = hour % 12 + (12 if "p" in stamp[match.end() :].lower() else 0)
    return hour * 60 + minute


def entry_place(stamp: str) -> str:
    """What of the stamp the entry keeps: a police log's place («Narvik: »), where the reader
    asks where it happened; a time alone goes."""
    place = _ENTRY_PLACE.match(stamp)
    return place.group(1) + ": " if place else ""
