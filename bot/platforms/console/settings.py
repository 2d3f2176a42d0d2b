"""The console's settings: none. It is the fallback `serve` runs when no platform has a token,
and `deliver` prints console subscriptions' digests."""

from __future__ import annotations

from bot.settings import Settings


def enabled(settings: Settings) -> bool:
    return True
