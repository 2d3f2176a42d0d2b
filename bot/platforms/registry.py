"""The platforms the bot knows: adding one is a folder and a line here.

Each entry names a package whose `PLATFORM` is a `Platform`; the package is imported only
when asked for, so a configuration without Slack never imports slack_bolt.
"""

from __future__ import annotations

import importlib

from bot.platforms.base import Platform
from bot.settings import Settings

PLATFORMS: dict[str, str] = {
    "telegram": "bot.platforms.telegram",
    "slack": "bot.platforms.slack",
    "console": "bot.platforms.console",
}


def platform(name: str) -> Platform:
    """Load one platform's plug-in."""
    plugin = importlib.import_module(PLATFORMS[name]).PLATFORM
    if not isinstance(plugin, Platform) or plugin.name != name:
        raise TypeError(f"{PLATFORMS[name]}.PLATFORM is not the {name} platform")
    return plugin


def configured(settings: Settings) -> list[Platform]:
    """The platforms the settings enable, in registry order."""
    return [p for p in map(platform, PLATFORMS) if p.enabled(settings)]


def to_serve(settings: Settings) -> list[Platform]:
    """The platforms `serve` listens on: those configured, else the fallback (the console)."""
    enabled = configured(settings)
    return [p for p in enabled if not p.fallback] or [p for p in enabled if p.fallback]
